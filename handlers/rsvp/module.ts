/**
 * RSVPs for events that take them (the reception): invitations, answers by button or by
 * phrase, "my RSVPs", and for the Secretariat the report, the CSV export, capacity, deadline
 * and sending the invitations. Registers the outbox renderers, the place-notice producer and
 * the "rsvp:<event>:<status>" audience.
 */

import { cardMessage } from "../../bot/cards.js";
import type { TurnContext } from "../../bot/context.js";
import { ForbiddenError, InputError } from "../../bot/errors.js";
import { withLocale } from "../../bot/language/current.js";
import { asksAboutRsvp, rsvpGrammar } from "../../bot/language/grammar.js";
import { say } from "../../bot/language/messages.js";
import type { BotDeps, HandlerModule } from "../../bot/module.js";
import type { SocialOccurrence } from "../../bot/programme/catalogue.js";
import { addDays, wallTimeToInstant } from "../../bot/programme/time.js";
import type { MessageEvent } from "../../bot/types.js";
import { ReminderRepository } from "../reminders/store.js";
import { allocate } from "./allocation.js";
import { registerRsvpAudience } from "./audiences.js";
import { answerReply, EXPERTS_COUNT_INPUT, EXPERTS_NAMES_INPUT, RSVP_ACTION } from "./cards.js";
import {
  describeDeadline,
  matchRsvpEvents,
  parseDeadline,
  resolveRsvpEvent,
  rsvpDeadline,
  rsvpEventList,
} from "./events.js";
import { csvParts, rsvpCsv } from "./export.js";
import { INVITATION_KIND, invitationRenderer, sendInvitations } from "./invitations.js";
import { myRsvps } from "./mine.js";
import {
  MY_RSVPS,
  parseCapacity,
  parseExperts,
  parseRsvp,
  RSVP_EXPORT,
  RSVP_MESSAGE,
  RSVP_REPORT,
  RSVP_REPORT_CUE,
  type RsvpCommand,
  rsvpStatusWord,
  SEND_INVITATIONS,
  SET_CAPACITY,
  SET_DEADLINE,
} from "./parse.js";
import { PLACE_NOTICE_KIND, placeNoticeProducer, placeNoticeRenderer } from "./places.js";
import { installPlainRsvp, type Respond, type RespondTo } from "./plain.js";
import { eventOrNothing, followUpReport, readReportWords, showReport } from "./report.js";
import { displayZone, recordAnswer } from "./service.js";
import { RsvpRepository } from "./store.js";

/**
 * The RSVP repository on the bot's store (for other features: the Home view, reminders).
 * @example const mine = await rsvpRepository(deps).rsvpsOf(ctx.user.id);
 */
export function rsvpRepository(deps: Pick<BotDeps, "store">): RsvpRepository {
  return new RsvpRepository(deps.store.namespace("rsvp"));
}

/**
 * Whether the automatic reminder for an event will go to this person, as the reminder source
 * decides it (`handlers/reminders/sources.ts`): not after "stop" or "no reminder for the
 * reception", nor when their own reminder for the event replaces it.
 */
async function automaticReminder(
  reminders: ReminderRepository,
  userId: string,
  eventId: string,
): Promise<boolean> {
  const prefs = await reminders.prefs(userId);
  if (prefs && (!prefs.rsvpReminders || prefs.mutedEvents.includes(eventId))) return false;
  const own = await reminders.remindersOf(userId);
  return !own.some((sub) => sub.target.type === "occurrence" && sub.target.occurrenceId === eventId);
}

function requireSecretariat(ctx: TurnContext, what: string): void {
  if (!ctx.roles.includes("secretariat"))
    throw new ForbiddenError(`Sorry, only the Secretariat can ${what}.`);
}

/**
 * The event of an "rsvp …" command. Words that name no event are words not understood: the
 * answer says so and shows the command to type (with the events' ids only for the Secretariat).
 */
function commandEvent(
  deps: BotDeps,
  command: RsvpCommand,
  now: Date,
  withIds: boolean,
  locale: string,
): SocialOccurrence {
  const words = command.eventWords;
  if (words !== undefined && matchRsvpEvents(deps.catalogue, words, now).length === 0) {
    throw new InputError(
      say(locale, "rsvp.error.notUnderstood", {
        words,
        list: rsvpEventList(deps.catalogue, withIds, locale),
      }),
    );
  }
  return resolveRsvpEvent(deps.catalogue, words, now, { withIds, locale });
}

/** A deadline to suggest: two days before the event, at 17:00 (venue time), if still ahead; else "now". */
function laterExample(event: SocialOccurrence, now: number): string {
  const date = addDays(event.date, -2);
  const instant = wallTimeToInstant(date, "17:00", event.programme.zone);
  return instant !== undefined && instant > now && instant < event.start ? `${date} 17:00` : "now";
}

/**
 * The RSVP feature module.
 * @example // "rsvp attending with 1 expert: Ana Lima" → "Thank you — you are attending the Cocktail reception …"
 */
export const rsvp: HandlerModule = {
  name: "rsvp",
  help: {
    wording: "help.modules.rsvp",
    title: say("en", "help.modules.rsvp.title"),
    examples: say("en", "help.modules.rsvp.examples").split("\n"),
    secretariatExamples: [
      "reception RSVPs · export reception RSVPs",
      "set reception capacity 120 · set reception deadline 2024-03-01 17:00 · send reception invitations",
    ],
  },
  async homeSection(ctx, deps) {
    const card = await myRsvps(ctx, deps, rsvpRepository(deps));
    if (card.sections.every((section) => !section.fields)) return undefined;
    const lines = card.sections.map(
      (section) =>
        `• ${section.heading}: ${section.fields?.find((field) => field.label === "Your answer")?.value ?? ""}`,
    );
    return { heading: say(ctx.locale, "rsvp.mineTitle"), text: lines.join("\n") };
  },
  install(router, deps) {
    const rsvps = rsvpRepository(deps);
    const reminders = new ReminderRepository(deps.store.namespace("reminders"));
    deps.outbox.register(INVITATION_KIND, invitationRenderer(deps, rsvps));
    deps.outbox.register(PLACE_NOTICE_KIND, placeNoticeRenderer(deps, rsvps));
    deps.scheduler.add(placeNoticeProducer(deps, rsvps));
    registerRsvpAudience(deps, rsvps);

    router.message(MY_RSVPS, async (ctx) => {
      await ctx.reply(cardMessage(await myRsvps(ctx, deps, rsvps), ctx.locale));
    });

    router.message(
      (text) => RSVP_EXPORT.some((pattern) => pattern.test(text)),
      async (ctx) => {
        requireSecretariat(ctx, "export the RSVP list");
        const words = RSVP_EXPORT.map((pattern) => ctx.event.text.trim().match(pattern)).find(Boolean)?.[1];
        const event = resolveRsvpEvent(deps.catalogue, words, ctx.now(), {
          withIds: ctx.roles.includes("secretariat"),
        });
        const settings = await rsvps.settings(event.id);
        const csv = rsvpCsv(allocate(await rsvps.answersFor(event.id), settings?.capacity));
        const parts = csvParts(csv);
        for (const [index, part] of parts.entries()) {
          const heading = `RSVPs for the ${event.event.title} as CSV${parts.length > 1 ? ` (part ${index + 1} of ${parts.length})` : ""} — copy it into a .csv file:`;
          await ctx.replyPrivately(`${heading}\n${part}`);
        }
        if (!ctx.event.isDirect) await ctx.reply("I've sent you the CSV in a direct message.");
      },
    );

    router.use(async (ctx, next) => {
      if (ctx.event.kind !== "message") return next();
      const text = ctx.event.text.trim();
      // Each report names RSVPs or who is coming: other messages are tried against none of them.
      const reports = RSVP_REPORT_CUE.test(text) ? RSVP_REPORT : [];
      for (const [index, pattern] of reports.entries()) {
        const match = text.match(pattern);
        if (!match) continue;
        // Only the explicit "rsvps for …" insists on the event; other shapes must name one.
        // Words after the event may narrow the report ("… with experts", "… from France").
        const read = readReportWords(deps, match[1], ctx.now());
        const event =
          read?.event ??
          (index === 0
            ? resolveRsvpEvent(deps.catalogue, match[1], ctx.now(), {
                withIds: ctx.roles.includes("secretariat"),
              })
            : undefined);
        if (!event) continue;
        await showReport(ctx as TurnContext<MessageEvent>, deps, rsvps, event, read?.filter);
        return;
      }
      // "and France's?" after a report: the same report for one State.
      if (await followUpReport(ctx as TurnContext<MessageEvent>, deps, rsvps)) return;
      return next();
    });

    router.message(SET_CAPACITY, async (ctx) => {
      const event = eventOrNothing(deps, ctx.match?.[1], ctx.now());
      if (!event) throw new InputError(`I know no event that takes RSVPs called "${ctx.match?.[1] ?? ""}".`);
      requireSecretariat(ctx, "set the capacity");
      const capacity = parseCapacity(ctx.match?.[2] ?? "");
      const current = await rsvps.settings(event.id);
      await rsvps.saveSettings(event.id, {
        ...current,
        capacity,
        updatedBy: ctx.user.verifiedEmail ?? ctx.user.id,
        updatedAt: ctx.now().toISOString(),
      });
      const allocation = allocate(await rsvps.answersFor(event.id), capacity);
      await ctx.reply(
        `Capacity of the ${event.event.title}: ${capacity === undefined ? "no limit" : `${capacity} places`}. ` +
          `Now ${allocation.confirmedPeople} confirmed, ${allocation.waitlistedPeople} on the waitlist; anyone whose place changed will be told.`,
      );
    });

    router.message(SET_DEADLINE, async (ctx) => {
      const event = eventOrNothing(deps, ctx.match?.[1], ctx.now());
      if (!event) throw new InputError(`I know no event that takes RSVPs called "${ctx.match?.[1] ?? ""}".`);
      requireSecretariat(ctx, "set the RSVP deadline");
      const words = (ctx.match?.[2] ?? "").trim();
      const now = ctx.now().getTime();
      const deadline = rsvpGrammar().noDeadline.test(words)
        ? undefined
        : rsvpGrammar().now.test(words)
          ? now
          : parseDeadline(words, event);
      if (deadline !== undefined && deadline >= event.start) {
        throw new InputError(`The deadline must be before the ${event.event.title} begins.`);
      }
      if (deadline !== undefined && deadline < now) {
        throw new InputError(
          `That deadline (${describeDeadline(deadline, event)}) has already passed, so answers would close at once. Give a later one, e.g. "set ${event.event.kind} deadline ${laterExample(event, now)}", or "set ${event.event.kind} deadline now" to close answers now. Nothing was changed.`,
        );
      }
      const current = await rsvps.settings(event.id);
      await rsvps.saveSettings(event.id, {
        ...current,
        deadline: deadline === undefined ? undefined : new Date(deadline).toISOString(),
        updatedBy: ctx.user.verifiedEmail ?? ctx.user.id,
        updatedAt: ctx.now().toISOString(),
      });
      const effective = rsvpDeadline(event, await rsvps.settings(event.id));
      await ctx.reply(
        `RSVP deadline of the ${event.event.title}: ${effective === undefined ? "none" : describeDeadline(effective, event, displayZone(ctx.timeZone))}${deadline === undefined && effective !== undefined ? " (from the programme)" : ""}.`,
      );
    });

    router.useOnMessages(
      (ctx) => SEND_INVITATIONS.test(ctx.event.text.trim()),
      async (ctx, next) => {
        const match = ctx.event.text.trim().match(SEND_INVITATIONS);
        const event = match ? eventOrNothing(deps, match[1], ctx.now()) : undefined;
        if (!match || !event) return next();
        requireSecretariat(ctx, "send invitations");
        const run = await sendInvitations(deps, rsvps, event, match[2], ctx.now());
        const unreachable =
          run.unreachable.length > 0
            ? ` ${run.unreachable.length} in scope have not talked to me yet, so I cannot message them: ${run.unreachable.slice(0, 30).join(", ")}${run.unreachable.length > 30 ? ", …" : ""}. Send the invitations again once they have; nobody gets it twice.`
            : "";
        await ctx.reply(
          `Invitations to the ${event.event.title} (${run.selector}): ${run.queued} queued now, ${run.alreadyInvited} sent earlier${run.alreadyAnswered > 0 ? `, ${run.alreadyAnswered} not sent because they have answered already` : ""}.${unreachable}`,
        );
      },
    );

    const respondTo: RespondTo = async (ctx, event, status, experts) => {
      const { answer, place } = await recordAnswer(ctx, deps, rsvps, event, status, experts);
      const autoReminder = await automaticReminder(reminders, ctx.user.id, event.id);
      await ctx.reply(
        withLocale(ctx.locale, () =>
          answerReply(
            event,
            answer,
            place,
            displayZone(ctx.timeZone),
            ctx.now(),
            autoReminder,
            ctx.timeZonePlace,
          ),
        ),
      );
    };
    const respond: Respond = async (ctx, command) => {
      await respondTo(
        ctx,
        commandEvent(deps, command, ctx.now(), ctx.roles.includes("secretariat"), ctx.locale),
        command.status,
        command.experts,
      );
    };
    installPlainRsvp(router, deps, rsvps, respond, respondTo);

    // "rsvp link for the cocktail" asks about the RSVP: the programme's answers give the link.
    router.message(
      (text) => RSVP_MESSAGE.test(text) && !asksAboutRsvp(text),
      async (ctx) => {
        await respond(ctx, parseRsvp(ctx.event.text.trim().match(RSVP_MESSAGE)?.[1] ?? "", ctx.locale));
      },
    );

    router.action(RSVP_ACTION, async (ctx) => {
      const [eventId = "", word = ""] = (ctx.event.value ?? "").split("|");
      const status = rsvpStatusWord(word);
      const event = deps.catalogue.byId.get(eventId);
      if (!status || !event || event.kind !== "social" || !event.event.rsvp) {
        throw new InputError(say(ctx.locale, "rsvp.error.staleInvitation"));
      }
      const inputs = ctx.event.inputs;
      const experts =
        inputs === undefined || status === "declined"
          ? undefined
          : parseExperts(inputs[EXPERTS_COUNT_INPUT], inputs[EXPERTS_NAMES_INPUT], ctx.locale);
      await respondTo(ctx, event, status, experts);
    });
  },
};
