/**
 * The reminder commands, one named handler each: "my reminders", "stop …", "remind me …",
 * "change my reminder to …", and the "Stop these reminders" button. A session is one
 * reminder however it is named ("the next session", its topic, its day): asking again under
 * other words replaces the reminder instead of adding one.
 */

import { type Card, cardMessage } from "../../bot/cards.js";
import type { TurnContext } from "../../bot/context.js";
import { InputError } from "../../bot/errors.js";
import { say } from "../../bot/language/messages.js";
import type { BotDeps } from "../../bot/module.js";
import type { Occurrence } from "../../bot/programme/catalogue.js";
import type { ActionEvent, MessageEvent } from "../../bot/types.js";
import {
  DEFAULT_LEAD_MINUTES,
  momentOf,
  type ReminderSubscription,
  type ReminderTarget,
  reminderAnchor,
} from "../../schedules/reminders/due.js";
import { displayZone } from "../rsvp/service.js";
import {
  leadText,
  leadWithWhen,
  milestoneLead,
  muteEvent,
  nextReminder,
  reminderLines,
  unmuteEvent,
  whenText,
  withTheirSlots,
} from "./kit.js";
import { checkLead, leadOf, type RemindCommand } from "./parse.js";
import { relativeTime, sessionLabel } from "./render.js";
import { EVERY_SESSION, NEXT, resolveOccurrences } from "./resolve.js";
import type { Subscription } from "./schema.js";
import type { ReminderRepository } from "./store.js";

/**
 * What every command works with.
 * @example const kit: ReminderKit = { deps, repository: reminderRepository(deps), source: sourceFor(deps) };
 */
export interface ReminderKit {
  deps: BotDeps;
  repository: ReminderRepository;
  /** Every effective subscription (own and automatic). */
  source: () => Promise<ReminderSubscription[]>;
}

type MessageContext = TurnContext<MessageEvent>;

/**
 * A message the language module read from another language into English words: its errors
 * do not quote those words back (the person wrote others).
 * @example if (readFromAnotherLanguage(ctx)) say(ctx.locale, "reminders.error.notFoundUnquoted");
 */
export function readFromAnotherLanguage(ctx: TurnContext): boolean {
  return ctx.event.kind === "message" && ctx.event.asWritten !== undefined;
}

const MINUTE = 60_000;

async function mine(kit: ReminderKit, userId: string): Promise<ReminderSubscription[]> {
  return (await kit.source()).filter((subscription) => subscription.userId === userId);
}

async function subscribe(kit: ReminderKit, ctx: TurnContext, target: ReminderTarget, leadMinutes: number) {
  const stamp = ctx.now().toISOString();
  return kit.repository.subscribe({
    userId: ctx.user.id,
    target,
    leadMinutes,
    createdAt: stamp,
    updatedAt: stamp,
  });
}

function occurrenceOf(kit: ReminderKit, id: string): Occurrence | undefined {
  const found = kit.deps.catalogue.byId.get(id);
  return found && found.kind !== "notice" ? found : undefined;
}

/**
 * "my reminders": the person's reminders and the next one.
 * @example await listReminders(ctx, kit);
 */
export async function listReminders(ctx: MessageContext, kit: ReminderKit): Promise<void> {
  const { deps } = kit;
  const subscriptions = await mine(kit, ctx.user.id);
  const zone = displayZone(ctx.timeZone);
  const lines = await reminderLines(deps, ctx.user.id, zone, ctx.now(), ctx.locale, ctx.timeZonePlace);
  const next = nextReminder(subscriptions, deps.catalogue, ctx.now());
  const nextOccurrence = next ? occurrenceOf(kit, next.occurrenceId) : undefined;
  const card: Card = {
    title: say(ctx.locale, "reminders.title"),
    sections: [
      {
        text: lines.length > 0 ? lines.join("\n") : say(ctx.locale, "reminders.empty"),
      },
      ...(next && nextOccurrence
        ? [
            {
              heading: say(ctx.locale, "reminders.nextHeading"),
              text: `${sessionLabel(nextOccurrence, ctx.locale)} — ${leadText(next.leadMinutes, ctx.locale)} ${whenText(nextOccurrence, zone, ctx.locale, ctx.timeZonePlace)}`,
            },
          ]
        : []),
    ],
    footer: say(ctx.locale, "reminders.listFooter"),
  };
  await ctx.reply(cardMessage(card, ctx.locale));
}

/**
 * "stop", "unsubscribe", "stop reminders" (all, automatic ones included), "stop reminders for
 * every session", "stop the ping reminders" / "stop reminders about the reception" (one).
 * @throws {InputError} when the words name nothing in the programme.
 * @example await stopReminders(ctx, kit, "the reception");
 */
export async function stopReminders(
  ctx: MessageContext,
  kit: ReminderKit,
  what: string | undefined,
): Promise<void> {
  const { deps, repository } = kit;
  const now = ctx.now();
  if (!what) {
    const automatic = (await mine(kit, ctx.user.id)).filter(
      (subscription) =>
        subscription.origin === "rsvp" &&
        subscription.target.type === "occurrence" &&
        (occurrenceOf(kit, subscription.target.occurrenceId)?.start ?? 0) > now.getTime(),
    );
    const removed = await repository.unsubscribeAll(ctx.user.id);
    await muteEvent(repository, ctx.user.id, undefined, now);
    const stopped = removed + automatic.length;
    const locale = ctx.locale;
    await ctx.reply(
      stopped === 0
        ? say(locale, "reminders.stoppedNone")
        : say(locale, "reminders.stopped", {
            count: stopped,
            automatic: automatic.length > 0 ? say(locale, "reminders.automatic") : "",
          }),
    );
    return;
  }
  if (EVERY_SESSION.test(what)) {
    const removed = await repository.unsubscribe(ctx.user.id, "every-session");
    await ctx.reply(say(ctx.locale, removed ? "reminders.stoppedEvery" : "reminders.noneEvery"));
    return;
  }
  const occurrences = resolveOccurrences(deps.catalogue, what, now);
  if (occurrences.length === 0)
    throw new InputError(
      // A message read from another language is not quoted back in its English reading.
      readFromAnotherLanguage(ctx)
        ? say(ctx.locale, "reminders.error.stopNotFoundUnquoted")
        : say(ctx.locale, "reminders.error.stopNotFound", { what }),
    );
  const own = await mine(kit, ctx.user.id);
  const stopped: string[] = [];
  // A reminder set under other words for the same session stops too.
  const named = withTheirSlots(deps.catalogue, occurrences);
  const targets = new Map<string, Occurrence>();
  for (const occurrence of named) targets.set(occurrence.id, occurrence);
  for (const { occurrence } of subscriptionsNaming(kit, own, named)) targets.set(occurrence.id, occurrence);
  for (const occurrence of targets.values()) {
    const removed = await repository.unsubscribe(ctx.user.id, `o:${occurrence.id}`);
    const wasAutomatic = own.some(
      (s) => s.origin === "rsvp" && s.target.type === "occurrence" && s.target.occurrenceId === occurrence.id,
    );
    if (occurrence.kind === "social") await muteEvent(repository, ctx.user.id, occurrence.id, now);
    if (removed || wasAutomatic) stopped.push(sessionLabel(occurrence, ctx.locale));
  }
  const everySession = own.some((s) => s.target.type === "every-session");
  const covered = occurrences.some((o) => o.kind === "meeting" || o.kind === "item");
  const still = everySession && covered ? say(ctx.locale, "reminders.stillEvery") : "";
  await ctx.reply(
    stopped.length > 0
      ? say(ctx.locale, "reminders.stoppedAbout", {
          what: stopped.join(say(ctx.locale, "programme.listSeparator")),
          still,
        })
      : say(ctx.locale, still ? "reminders.noneAboutOwn" : "reminders.noneAbout", {
          what: occurrences
            .map((occurrence) => sessionLabel(occurrence, ctx.locale))
            .join(say(ctx.locale, "programme.listSeparator")),
          still,
        }),
  );
}

/**
 * "remind me …": every session, or the occurrences the words name, each once.
 * @throws {InputError} for words naming nothing, or only what has begun.
 * @example await remind(ctx, kit, { what: "the next session", leadMinutes: 10 });
 */
export async function remind(ctx: TurnContext, kit: ReminderKit, command: RemindCommand): Promise<void> {
  await ctx.reply(await setReminders(ctx, kit, command));
}

/** Records what "remind me …" asks for; returns the answer. */
async function setReminders(ctx: TurnContext, kit: ReminderKit, command: RemindCommand): Promise<string> {
  const { deps, repository } = kit;
  const zone = displayZone(ctx.timeZone);
  const now = ctx.now();
  if (EVERY_SESSION.test(command.what)) {
    const lead = command.leadMinutes ?? DEFAULT_LEAD_MINUTES.meeting;
    const previous = await subscribe(kit, ctx, { type: "every-session" }, lead);
    const next = nextReminder(
      [{ userId: ctx.user.id, target: { type: "every-session" }, leadMinutes: lead }],
      deps.catalogue,
      now,
    );
    const nextOccurrence = next ? occurrenceOf(kit, next.occurrenceId) : undefined;
    const locale = ctx.locale;
    const changed =
      previous && previous.leadMinutes !== lead
        ? say(locale, "reminders.was", { lead: leadText(previous.leadMinutes, ctx.locale) })
        : "";
    const nextText = nextOccurrence
      ? say(locale, "reminders.next", {
          label: sessionLabel(nextOccurrence, ctx.locale),
          when: whenText(nextOccurrence, zone, ctx.locale, ctx.timeZonePlace),
        })
      : say(locale, "reminders.noneLeft");
    return say(locale, "reminders.everySession", {
      lead: leadText(lead, ctx.locale),
      changed,
      next: nextText,
    });
  }
  const found = resolveOccurrences(deps.catalogue, command.what, now);
  if (found.length === 0) {
    throw new InputError(
      NEXT.test(command.what.trim().replace(/[.?!]+$/, ""))
        ? say(ctx.locale, "reminders.error.nothingNext")
        : readFromAnotherLanguage(ctx)
          ? say(ctx.locale, "reminders.error.notFoundUnquoted")
          : say(ctx.locale, "reminders.error.notFound", { what: command.what }),
    );
  }
  const upcoming = found.filter((occurrence) => reminderAnchor(occurrence) > now.getTime());
  if (upcoming.length === 0) {
    throw new InputError(
      found.length === 1
        ? say(ctx.locale, "reminders.error.begun", {
            label: sessionLabel(found[0] as Occurrence, ctx.locale),
            when: whenText(found[0] as Occurrence, zone, ctx.locale, ctx.timeZonePlace),
          })
        : say(ctx.locale, "reminders.error.begunMany", {
            list: found
              .map(
                (occurrence) =>
                  `• ${sessionLabel(occurrence, ctx.locale)} (${whenText(occurrence, zone, ctx.locale, ctx.timeZonePlace)})`,
              )
              .join("\n"),
          }),
    );
  }
  const own = await repository.remindersOf(ctx.user.id);
  const everySession = own.find((subscription) => subscription.target.type === "every-session");
  const ownByMoment = new Map<string, Subscription[]>();
  for (const subscription of own) {
    if (subscription.target.type !== "occurrence") continue;
    const occurrence = occurrenceOf(kit, subscription.target.occurrenceId);
    if (!occurrence) continue;
    const moment = momentOf(deps.catalogue, occurrence);
    ownByMoment.set(moment, [...(ownByMoment.get(moment) ?? []), subscription]);
  }
  const lines: string[] = [];
  const notes: string[] = [];
  const seen = new Set<string>();
  for (const occurrence of upcoming) {
    const moment = momentOf(deps.catalogue, occurrence);
    // Two names for one session in the same request ("the slot and its item") make one reminder.
    if (seen.has(moment)) continue;
    seen.add(moment);
    const sameSession = ownByMoment.get(moment) ?? [];
    const exact = sameSession.find(
      (s) => s.target.type === "occurrence" && s.target.occurrenceId === occurrence.id,
    );
    // Without a lead in the words, a reminder the person already has keeps its own lead.
    const before = exact?.leadMinutes ?? sameSession[0]?.leadMinutes;
    const lead = command.leadMinutes ?? before ?? DEFAULT_LEAD_MINUTES[occurrence.kind];
    const anchor = reminderAnchor(occurrence);
    const dueAt = anchor - lead * MINUTE;
    const startsIn = Math.round((anchor - now.getTime()) / MINUTE);
    if (dueAt < now.getTime() - MINUTE / 2 || (dueAt <= now.getTime() + MINUTE / 2 && lead > 0)) {
      // A reminder whose moment has passed (or is this very minute) would never come: nothing is recorded.
      const values = {
        label: sessionLabel(occurrence, ctx.locale),
        in: relativeTime(startsIn, ctx.locale),
        when: whenText(occurrence, zone, ctx.locale, ctx.timeZonePlace),
        lead: leadText(lead, ctx.locale),
      };
      notes.push(
        dueAt >= now.getTime() - MINUTE / 2
          ? say(ctx.locale, "reminders.isNow", values)
          : say(ctx.locale, "reminders.tooSoon", {
              ...values,
              what: command.what,
              minutes: Math.max(1, Math.floor(startsIn / 2)),
            }),
      );
      continue;
    }
    const replaced: string[] = [];
    for (const other of sameSession) {
      if (other.target.type !== "occurrence" || other.target.occurrenceId === occurrence.id) continue;
      await repository.unsubscribe(ctx.user.id, `o:${other.target.occurrenceId}`);
      const otherOccurrence = occurrenceOf(kit, other.target.occurrenceId);
      if (otherOccurrence) replaced.push(sessionLabel(otherOccurrence, ctx.locale));
    }
    await subscribe(kit, ctx, { type: "occurrence", occurrenceId: occurrence.id }, lead);
    if (occurrence.kind === "social") await unmuteEvent(repository, ctx.user.id, occurrence.id, now);
    const when =
      occurrence.kind === "milestone"
        ? leadWithWhen(
            milestoneLead(lead, occurrence.programme, ctx.locale),
            whenText(occurrence, zone, ctx.locale, ctx.timeZonePlace),
            ctx.locale,
          )
        : `${leadText(lead, ctx.locale)} ${whenText(occurrence, zone, ctx.locale, ctx.timeZonePlace)}`;
    // "already had" speaks of this very reminder; another one for the same session under
    // another name ("Thursday morning" for its item) is told as replaced, not as already had.
    const had = exact?.leadMinutes;
    const remarks = [
      before !== undefined && before !== lead
        ? say(ctx.locale, "reminders.remark.was", { lead: leadText(before, ctx.locale) })
        : "",
      had !== undefined && had === lead ? say(ctx.locale, "reminders.remark.alreadyHad") : "",
      replaced.length > 0
        ? say(ctx.locale, "reminders.remark.replaces", {
            what: replaced.join(say(ctx.locale, "programme.listSeparator")),
          })
        : "",
      everySession &&
      everySession.leadMinutes !== lead &&
      (occurrence.kind === "meeting" ||
        (occurrence.kind === "item" && moment.startsWith(`${occurrence.meetingId}@`)))
        ? say(ctx.locale, "reminders.remark.insteadOfEvery", {
            lead: leadText(everySession.leadMinutes, ctx.locale),
          })
        : "",
    ].filter(Boolean);
    lines.push(
      say(ctx.locale, "programme.colon", {
        head: sessionLabel(occurrence, ctx.locale),
        rest: `${when}${remarks.length > 0 ? ` (${remarks.join(say(ctx.locale, "programme.listSeparator"))})` : ""}`,
      }),
    );
  }
  const set =
    lines.length === 0
      ? []
      : [
          lines.length === 1
            ? say(ctx.locale, "reminders.aboutOne", { what: lines[0] ?? "" })
            : say(ctx.locale, "reminders.aboutMany", {
                list: lines.map((line) => `• ${line}`).join("\n"),
              }),
        ];
  return [...set, ...notes].join("\n");
}

/** The answer to a change that names no single reminder: the person's reminders, and how to name one. */
async function whichOne(
  kit: ReminderKit,
  ctx: MessageContext,
  key: "reminders.noneNamed" | "reminders.severalNamed" | "reminders.whichToChange",
  lead: number,
): Promise<InputError> {
  const lines = await reminderLines(
    kit.deps,
    ctx.user.id,
    displayZone(ctx.timeZone),
    ctx.now(),
    ctx.locale,
    ctx.timeZonePlace,
  );
  return new InputError(say(ctx.locale, key, { list: lines.join("\n"), lead: leadText(lead, ctx.locale) }));
}

/**
 * "change my reminder to 30 minutes before" (the person's one upcoming reminder; several:
 * asks which), "change all my reminders to …", "change my reception reminder to …" / "change
 * my Thursday reminder to …" (the one of theirs the words name; none or several: lists theirs
 * and changes nothing; "… reminders" changes every one named), "make it an hour before" (the
 * one set last).
 * @throws {InputError} for a lead out of range.
 * @example await changeReminders(ctx, kit, { what: undefined, all: false, latest: false, leadText: "30 minutes before" });
 */
export async function changeReminders(
  ctx: MessageContext,
  kit: ReminderKit,
  command: { what?: string; all: boolean; latest: boolean; leadText: string },
): Promise<void> {
  const lead = checkLead(
    leadOf(command.leadText) ?? Number.NaN,
    command.leadText,
    !readFromAnotherLanguage(ctx),
  );
  const now = ctx.now().getTime();
  const upcoming = (await mine(kit, ctx.user.id)).filter((subscription) => {
    if (subscription.target.type === "every-session") return true;
    const occurrence = occurrenceOf(kit, subscription.target.occurrenceId);
    return occurrence !== undefined && reminderAnchor(occurrence) > now;
  });
  if (upcoming.length === 0) {
    throw new InputError(say(ctx.locale, "reminders.error.nothingToChange"));
  }
  let chosen = upcoming;
  if (command.what) {
    // The person's own reminders the words name; none or several (for one): which ones they have.
    chosen = namedAmong(kit, upcoming, command.what, ctx.now());
    if (chosen.length === 0 || (chosen.length > 1 && !command.all))
      throw await whichOne(
        kit,
        ctx,
        chosen.length === 0 ? "reminders.noneNamed" : "reminders.severalNamed",
        lead,
      );
  } else if (command.latest) {
    const own = await kit.repository.remindersOf(ctx.user.id);
    const latest = own.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
    chosen = latest ? [latest] : upcoming.slice(0, 1);
  } else if (!command.all && upcoming.length > 1) {
    throw await whichOne(kit, ctx, "reminders.whichToChange", lead);
  }
  const answers: string[] = [];
  for (const subscription of chosen) {
    const what =
      subscription.target.type === "every-session" ? "every session" : subscription.target.occurrenceId;
    answers.push(await setReminders(ctx, kit, { what, leadMinutes: lead }));
  }
  await ctx.reply(answers.join("\n"));
}

/**
 * The reminders among `subscriptions` that some words name, as "stop my … reminder" names
 * them: every session, or a reminder for an occurrence the words name (its event, topic, agenda
 * item or day), for its meeting slot or an item of it, or for the same session under other words.
 * @example namedAmong(kit, upcoming, "the reception", now) // the reception's reminder, if there is one
 */
function namedAmong(
  kit: ReminderKit,
  subscriptions: readonly ReminderSubscription[],
  what: string,
  now: Date,
): ReminderSubscription[] {
  if (EVERY_SESSION.test(what)) return subscriptions.filter((s) => s.target.type === "every-session");
  const { catalogue } = kit.deps;
  const named = withTheirSlots(catalogue, resolveOccurrences(catalogue, what, now));
  return subscriptionsNaming(kit, subscriptions, named).map(({ subscription }) => subscription);
}

/**
 * The reminders for one of the occurrences named, or for another at the same moment (a
 * reminder set under other words for the same session): what stopping and changing one act on.
 */
function subscriptionsNaming(
  kit: ReminderKit,
  subscriptions: readonly ReminderSubscription[],
  named: readonly Occurrence[],
): { subscription: ReminderSubscription; occurrence: Occurrence }[] {
  const { catalogue } = kit.deps;
  const ids = new Set(named.map((occurrence) => occurrence.id));
  const moments = new Set(named.map((occurrence) => momentOf(catalogue, occurrence)));
  const found: { subscription: ReminderSubscription; occurrence: Occurrence }[] = [];
  for (const subscription of subscriptions) {
    if (subscription.target.type !== "occurrence") continue;
    const occurrence = occurrenceOf(kit, subscription.target.occurrenceId);
    if (occurrence && (ids.has(occurrence.id) || moments.has(momentOf(catalogue, occurrence))))
      found.push({ subscription, occurrence });
  }
  return found;
}

/**
 * The "Stop these reminders" button of a reminder.
 * @throws {InputError} for a button no longer valid.
 * @example router.action(STOP_ACTION, (ctx) => stopButton(ctx, kit));
 */
export async function stopButton(ctx: TurnContext<ActionEvent>, kit: ReminderKit): Promise<void> {
  const { repository } = kit;
  const value = ctx.event.value ?? "";
  const now = ctx.now();
  if (value === "every-session") {
    await repository.unsubscribe(ctx.user.id, "every-session");
    await ctx.reply(say(ctx.locale, "reminders.stoppedEvery"));
    return;
  }
  const [kind, id = ""] = [value.slice(0, value.indexOf(":")), value.slice(value.indexOf(":") + 1)];
  if (kind !== "o" && kind !== "rsvp") throw new InputError(say(ctx.locale, "reminders.error.staleButton"));
  const occurrence = occurrenceOf(kit, id);
  if (kind === "o") await repository.unsubscribe(ctx.user.id, `o:${id}`);
  if (kind === "rsvp" || occurrence?.kind === "social") await muteEvent(repository, ctx.user.id, id, now);
  await ctx.reply(
    say(ctx.locale, "reminders.stoppedAbout", {
      what: occurrence ? sessionLabel(occurrence, ctx.locale) : id,
      still: "",
    }),
  );
}
