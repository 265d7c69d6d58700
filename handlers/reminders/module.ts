/**
 * Reminders, opted into in plain words: "remind me 15 minutes before every session",
 * "remind me about the reception", "remind me about capacity-building", "stop reminders",
 * "my reminders". People whose RSVP "attending" has a confirmed place are reminded
 * automatically an hour before. Installs the reminder producer (schedules/reminders), the
 * outbox renderer and the "subscribers:<session>" audience.
 */
import { type Card, cardMessage } from "../../bot/cards.js";
import type { TurnContext } from "../../bot/context.js";
import { InputError } from "../../bot/errors.js";
import type { BotDeps, HandlerModule } from "../../bot/module.js";
import type { Catalogue, Occurrence } from "../../bot/programme/catalogue.js";
import { describeWhen } from "../../bot/programme/format.js";
import {
  DEFAULT_LEAD_MINUTES,
  dueReminders,
  MILESTONE_TIME,
  type ReminderSubscription,
  type ReminderTarget,
  reminderAnchor,
} from "../../schedules/reminders/due.js";
import { REMINDER_KIND, ReminderProducer } from "../../schedules/reminders/producer.js";
import { rsvpRepository } from "../rsvp/module.js";
import { displayZone } from "../rsvp/service.js";
import { registerSubscriberAudience } from "./audiences.js";
import { MY_REMINDERS, parseRemind, REMIND, STOP } from "./parse.js";
import { relativeTime, reminderRenderer, STOP_ACTION, sessionLabel } from "./render.js";
import { EVERY_SESSION, resolveOccurrences } from "./resolve.js";
import type { ReminderPrefs } from "./schema.js";
import { subscriptionSource } from "./sources.js";
import { ReminderRepository } from "./store.js";

/**
 * The reminder repository on the bot's store (for other features: the Home view).
 * @example const mine = await reminderRepository(deps).remindersOf(ctx.user.id);
 */
export function reminderRepository(deps: Pick<BotDeps, "store">): ReminderRepository {
  return new ReminderRepository(deps.store.namespace("reminders"));
}

/**
 * "15 minutes before", "1 hour before", "at the start".
 * @example leadText(60) === "1 hour before"
 */
export function leadText(minutes: number): string {
  if (minutes === 0) return "at the start";
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts = [
    hours > 0 ? `${hours} hour${hours === 1 ? "" : "s"}` : "",
    rest > 0 ? `${rest} minute${rest === 1 ? "" : "s"}` : "",
  ];
  return `${parts.filter(Boolean).join(" ")} before`;
}

function whenText(occurrence: Occurrence, zone: string | undefined): string {
  const when = describeWhen(
    { start: occurrence.start, end: occurrence.end, dateOnly: occurrence.kind === "milestone" },
    { venueZone: occurrence.programme.zone, venueLabel: occurrence.programme.zoneLabel, askerZone: zone },
  );
  return when.asker ? `${when.venue} (${when.asker})` : when.venue;
}

/** The next reminder a person will get, if any, within 60 days. */
function nextReminder(subscriptions: ReminderSubscription[], catalogue: Catalogue, now: Date) {
  const start = now.getTime();
  return dueReminders(subscriptions, catalogue, start, start + 60 * 24 * 60 * 60_000)[0];
}

async function muteEvent(
  reminders: ReminderRepository,
  userId: string,
  eventId: string | undefined,
  now: Date,
): Promise<void> {
  const prefs: ReminderPrefs = (await reminders.prefs(userId)) ?? {
    rsvpReminders: true,
    mutedEvents: [],
    updatedAt: now.toISOString(),
  };
  const next = eventId
    ? { ...prefs, mutedEvents: [...new Set([...prefs.mutedEvents, eventId])] }
    : { ...prefs, rsvpReminders: false };
  await reminders.savePrefs(userId, { ...next, updatedAt: now.toISOString() });
}

async function unmuteEvent(
  reminders: ReminderRepository,
  userId: string,
  eventId: string,
  now: Date,
): Promise<void> {
  const prefs = await reminders.prefs(userId);
  if (!prefs?.mutedEvents.includes(eventId)) return;
  await reminders.savePrefs(userId, {
    ...prefs,
    mutedEvents: prefs.mutedEvents.filter((id) => id !== eventId),
    updatedAt: now.toISOString(),
  });
}

/** One subscription source per core (memoised on the data versions). */
const sources = new WeakMap<BotDeps, () => Promise<ReminderSubscription[]>>();

function sourceFor(deps: BotDeps): () => Promise<ReminderSubscription[]> {
  let source = sources.get(deps);
  if (!source) {
    source = subscriptionSource(reminderRepository(deps), rsvpRepository(deps), () => deps.catalogue);
    sources.set(deps, source);
  }
  return source;
}

/**
 * A person's reminders as lines: "• Every session — 15 minutes before". Reminders for
 * sessions that have started by `now` are left out, and counted in a last line.
 * @example await reminderLines(deps, "test:u1", "Europe/Paris", clock.now())
 */
export async function reminderLines(
  deps: BotDeps,
  userId: string,
  zone: string | undefined,
  now: Date,
): Promise<string[]> {
  const startOf = (subscription: ReminderSubscription) => {
    if (subscription.target.type === "every-session") return Number.NEGATIVE_INFINITY;
    const occurrence = deps.catalogue.byId.get(subscription.target.occurrenceId);
    return occurrence && occurrence.kind !== "notice" ? reminderAnchor(occurrence) : Number.POSITIVE_INFINITY;
  };
  const own = (await sourceFor(deps)()).filter((subscription) => subscription.userId === userId);
  const subscriptions = own
    .filter(
      (subscription) => subscription.target.type === "every-session" || startOf(subscription) > now.getTime(),
    )
    .sort((a, b) => startOf(a) - startOf(b));
  const past = own.length - subscriptions.length;
  const pastLine =
    past > 0
      ? [
          ...(subscriptions.length === 0 ? ["No upcoming reminders."] : []),
          `(${past} for sessions already begun or over, not shown)`,
        ]
      : [];
  return [
    ...subscriptions.map((subscription) => {
      if (subscription.target.type === "every-session")
        return `• Every session — ${leadText(subscription.leadMinutes)}`;
      const occurrence = deps.catalogue.byId.get(subscription.target.occurrenceId);
      const name =
        occurrence && occurrence.kind !== "notice"
          ? `${sessionLabel(occurrence)}, ${whenText(occurrence, zone)}`
          : `${subscription.target.occurrenceId} (no longer in the programme)`;
      const why = subscription.origin === "rsvp" ? " (because you RSVP'd attending)" : "";
      const lead =
        occurrence?.kind === "milestone"
          ? `on the day${subscription.leadMinutes > 0 ? `, ${leadText(subscription.leadMinutes)}` : ""} ${MILESTONE_TIME} ${occurrence.programme.zoneLabel}`
          : leadText(subscription.leadMinutes);
      return `• ${name} — ${lead}${why}`;
    }),
    ...pastLine,
  ];
}

/**
 * The reminders feature module.
 * @example // "remind me 15 minutes before every session" → "I'll remind you 15 minutes before every session. The next one: …"
 */
export const reminders: HandlerModule = {
  name: "reminders",
  help: {
    title: "Reminders",
    examples: [
      "remind me 15 minutes before every session",
      "remind me about the reception",
      "remind me about capacity-building 30 minutes before",
      "remind me about Thursday",
      "my reminders",
      "stop reminders (or: stop reminders about the reception)",
    ],
  },
  async homeSection(ctx, deps) {
    const lines = await reminderLines(deps, ctx.user.id, displayZone(ctx.timeZone), ctx.now());
    return lines.length > 0 ? { heading: "Your reminders", text: lines.join("\n") } : undefined;
  },
  install(router, deps) {
    const repository = reminderRepository(deps);
    const source = sourceFor(deps);
    deps.outbox.register(REMINDER_KIND, reminderRenderer(deps, source));
    deps.scheduler.add(
      new ReminderProducer({
        store: deps.store.namespace("reminder-producer"),
        outbox: deps.outbox,
        catalogue: () => deps.catalogue,
        subscriptions: source,
        graceMinutes: deps.config.REMINDER_GRACE_MINUTES,
        log: deps.log.child({ part: "reminders" }),
      }),
    );
    registerSubscriberAudience(deps, source);

    const mine = async (userId: string) =>
      (await source()).filter((subscription) => subscription.userId === userId);

    const subscribe = async (ctx: TurnContext, target: ReminderTarget, leadMinutes: number) => {
      const stamp = ctx.now().toISOString();
      return repository.subscribe({
        userId: ctx.user.id,
        target,
        leadMinutes,
        createdAt: stamp,
        updatedAt: stamp,
      });
    };

    router.message(MY_REMINDERS, async (ctx) => {
      const subscriptions = await mine(ctx.user.id);
      const zone = displayZone(ctx.timeZone);
      const lines = await reminderLines(deps, ctx.user.id, zone, ctx.now());
      const next = nextReminder(subscriptions, deps.catalogue, ctx.now());
      const nextOccurrence = next ? deps.catalogue.byId.get(next.occurrenceId) : undefined;
      const card: Card = {
        title: "Your reminders",
        sections: [
          {
            text:
              lines.length > 0
                ? lines.join("\n")
                : 'You have no reminders. Try "remind me 15 minutes before every session".',
          },
          ...(next && nextOccurrence && nextOccurrence.kind !== "notice"
            ? [
                {
                  heading: "Next",
                  text: `${sessionLabel(nextOccurrence)} — ${leadText(next.leadMinutes)} ${whenText(nextOccurrence, zone)}`,
                },
              ]
            : []),
        ],
        footer: 'Say "stop reminders" to stop them all, or "stop reminders about …" for one.',
      };
      await ctx.reply(cardMessage(card));
    });

    router.message(STOP, async (ctx) => {
      const what = ctx.match?.[1]?.trim();
      const now = ctx.now();
      if (!what) {
        const removed = await repository.unsubscribeAll(ctx.user.id);
        await muteEvent(repository, ctx.user.id, undefined, now);
        await ctx.reply(
          `Done: ${removed === 0 ? "you had no reminders of your own" : `${removed} reminder${removed === 1 ? "" : "s"} stopped`}, and no automatic reminders for events you RSVP to. Say "remind me …" to start again.`,
        );
        return;
      }
      if (EVERY_SESSION.test(what)) {
        const removed = await repository.unsubscribe(ctx.user.id, "every-session");
        await ctx.reply(
          removed
            ? "Done: no more reminders before every session."
            : "You had no reminder for every session.",
        );
        return;
      }
      const occurrences = resolveOccurrences(deps.catalogue, what, now);
      if (occurrences.length === 0)
        throw new InputError(`I couldn't find "${what}" in the programme. Type "my reminders" to see yours.`);
      const automatic = await mine(ctx.user.id);
      const stopped: string[] = [];
      for (const occurrence of withTheirSlots(deps.catalogue, occurrences)) {
        const removed = await repository.unsubscribe(ctx.user.id, `o:${occurrence.id}`);
        const wasAutomatic = automatic.some(
          (s) =>
            s.origin === "rsvp" && s.target.type === "occurrence" && s.target.occurrenceId === occurrence.id,
        );
        if (occurrence.kind === "social") await muteEvent(repository, ctx.user.id, occurrence.id, now);
        if (removed || wasAutomatic) stopped.push(sessionLabel(occurrence));
      }
      const everySession = automatic.some((s) => s.target.type === "every-session");
      const covered = occurrences.some((o) => o.kind === "meeting" || o.kind === "item");
      const still =
        everySession && covered
          ? ' You still have reminders before every session, which include it; say "stop reminders for every session" to end those.'
          : "";
      await ctx.reply(
        stopped.length > 0
          ? `Done: no more reminders about ${stopped.join("; ")}.${still}`
          : `You had no reminder about ${occurrences.map(sessionLabel).join("; ")}${still ? " on its own" : ""}.${still}`,
      );
    });

    router.message(REMIND, async (ctx) => {
      const command = parseRemind(ctx.match?.[1] ?? "");
      const zone = displayZone(ctx.timeZone);
      const now = ctx.now();
      if (EVERY_SESSION.test(command.what)) {
        const lead = command.leadMinutes ?? DEFAULT_LEAD_MINUTES.meeting;
        const previous = await subscribe(ctx, { type: "every-session" }, lead);
        const next = nextReminder(
          [{ userId: ctx.user.id, target: { type: "every-session" }, leadMinutes: lead }],
          deps.catalogue,
          now,
        );
        const nextOccurrence = next ? deps.catalogue.byId.get(next.occurrenceId) : undefined;
        const changed =
          previous && previous.leadMinutes !== lead ? ` (was ${leadText(previous.leadMinutes)})` : "";
        const nextText =
          nextOccurrence && nextOccurrence.kind !== "notice"
            ? ` The next one: ${sessionLabel(nextOccurrence)}, ${whenText(nextOccurrence, zone)}.`
            : " No session is left in the programme, though.";
        await ctx.reply(`I'll remind you ${leadText(lead)} every session${changed}.${nextText}`);
        return;
      }
      const found = resolveOccurrences(deps.catalogue, command.what, now);
      if (found.length === 0) {
        throw new InputError(
          `I couldn't find "${command.what}" in the programme. Try a topic ("capacity-building"), a day ("Thursday"), "the reception", "agenda item 5" or "every session".`,
        );
      }
      const upcoming = found.filter((occurrence) => reminderAnchor(occurrence) > now.getTime());
      if (upcoming.length === 0) {
        throw new InputError(
          found.length === 1
            ? `${sessionLabel(found[0] as Occurrence)} (${whenText(found[0] as Occurrence, zone)}) has already begun or taken place.`
            : `These have already begun or taken place:\n${found.map((occurrence) => `• ${sessionLabel(occurrence)} (${whenText(occurrence, zone)})`).join("\n")}`,
        );
      }
      // Without a lead in the words, a reminder the person already has keeps its own lead.
      const ownLeads = new Map(
        (await repository.remindersOf(ctx.user.id)).flatMap((subscription) =>
          subscription.target.type === "occurrence"
            ? [[subscription.target.occurrenceId, subscription.leadMinutes] as const]
            : [],
        ),
      );
      const lines: string[] = [];
      const tooLate: string[] = [];
      for (const occurrence of upcoming) {
        const before = ownLeads.get(occurrence.id);
        const lead = command.leadMinutes ?? before ?? DEFAULT_LEAD_MINUTES[occurrence.kind];
        const startsIn = Math.round((reminderAnchor(occurrence) - now.getTime()) / 60_000);
        if (startsIn <= lead) {
          // A reminder whose moment has passed would never come: nothing is recorded for it.
          tooLate.push(
            `${sessionLabel(occurrence)} starts ${relativeTime(startsIn)} (${whenText(occurrence, zone)}), sooner than ${leadText(lead)}: no reminder was set. For a shorter one: "remind me about ${command.what} ${Math.max(1, Math.floor(startsIn / 2))} minutes before".`,
          );
          continue;
        }
        await subscribe(ctx, { type: "occurrence", occurrenceId: occurrence.id }, lead);
        if (occurrence.kind === "social") await unmuteEvent(repository, ctx.user.id, occurrence.id, now);
        const when =
          occurrence.kind === "milestone"
            ? `on the day (${whenText(occurrence, zone)}), ${lead > 0 ? `${leadText(lead)} ` : "at "}${MILESTONE_TIME} ${occurrence.programme.zoneLabel}`
            : `${leadText(lead)} ${whenText(occurrence, zone)}`;
        const was = before !== undefined && before !== lead ? ` (was ${leadText(before)})` : "";
        lines.push(`${sessionLabel(occurrence)}: ${when}${was}`);
      }
      const set =
        lines.length === 0
          ? []
          : [
              lines.length === 1
                ? `I'll remind you about ${lines[0]}.`
                : `I'll remind you about:\n${lines.map((line) => `• ${line}`).join("\n")}`,
            ];
      await ctx.reply([...set, ...tooLate].join("\n"));
    });

    router.action(STOP_ACTION, async (ctx) => {
      const value = ctx.event.value ?? "";
      const now = ctx.now();
      if (value === "every-session") {
        await repository.unsubscribe(ctx.user.id, "every-session");
        await ctx.reply("Done: no more reminders before every session.");
        return;
      }
      const [kind, id = ""] = [value.slice(0, value.indexOf(":")), value.slice(value.indexOf(":") + 1)];
      if (kind !== "o" && kind !== "rsvp")
        throw new InputError('That button is no longer active. Type "my reminders" to see yours.');
      const occurrence = deps.catalogue.byId.get(id);
      if (kind === "o") await repository.unsubscribe(ctx.user.id, `o:${id}`);
      if (kind === "rsvp" || occurrence?.kind === "social") await muteEvent(repository, ctx.user.id, id, now);
      await ctx.reply(
        `Done: no more reminders about ${occurrence && occurrence.kind !== "notice" ? sessionLabel(occurrence) : id}.`,
      );
    });
  },
};

/**
 * The occurrences and the slots that remind of them: an item's meeting ("remind me about
 * Thursday" subscribes to the meeting) and a meeting's items, so that stopping reminders
 * about a topic stops every reminder that would bring it.
 */
function withTheirSlots(catalogue: Catalogue, occurrences: readonly Occurrence[]): Occurrence[] {
  const all = new Map<string, Occurrence>();
  for (const occurrence of occurrences) {
    all.set(occurrence.id, occurrence);
    const related =
      occurrence.kind === "item"
        ? [catalogue.byId.get(occurrence.meetingId)]
        : occurrence.kind === "meeting"
          ? occurrence.items
          : [];
    for (const other of related) if (other && other.kind !== "notice") all.set(other.id, other);
  }
  return [...all.values()];
}
