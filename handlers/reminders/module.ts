import { z } from "zod";
import { FOLLOW_UP_MS, type TurnContext } from "../../bot/context.js";
import { say } from "../../bot/language/messages.js";
import type { HandlerModule } from "../../bot/module.js";
import { REMINDER_KIND, ReminderProducer } from "../../schedules/reminders/producer.js";
import { displayZone } from "../rsvp/service.js";
import { registerSubscriberAudience } from "./audiences.js";
import {
  changeReminders,
  listReminders,
  type ReminderKit,
  readFromAnotherLanguage,
  remind,
  stopButton,
  stopReminders,
} from "./commands.js";
import { reminderLines, reminderRepository, sourceFor } from "./kit.js";
import { parseRemind, readReminderCommand, readReminderFollowUp } from "./parse.js";
import { reminderRenderer, STOP_ACTION } from "./render.js";

export { leadText, reminderLines, reminderRepository } from "./kit.js";

/** The store key of the moment a person last set a reminder (for a follow-up without the verb). */
const RECENT_REMINDER = "reminders:recent:";
const recentSchema = z.object({ at: z.number() });

/**
 * The reminders feature module.
 * @example // "remind me 15 minutes before every session" → "I'll remind you 15 minutes before every session. The next one: …"
 */
export const reminders: HandlerModule = {
  name: "reminders",
  help: {
    wording: "help.modules.reminders",
    title: say("en", "help.modules.reminders.title"),
    examples: say("en", "help.modules.reminders.examples").split("\n"),
  },
  async homeSection(ctx, deps) {
    const lines = await reminderLines(
      deps,
      ctx.user.id,
      displayZone(ctx.timeZone),
      ctx.now(),
      ctx.locale,
      ctx.timeZonePlace,
    );
    return lines.length > 0
      ? { heading: say(ctx.locale, "reminders.title"), text: lines.join("\n") }
      : undefined;
  },
  install(router, deps) {
    const kit: ReminderKit = { deps, repository: reminderRepository(deps), source: sourceFor(deps) };
    deps.outbox.register(REMINDER_KIND, reminderRenderer(deps, kit.source));
    deps.scheduler.add(
      new ReminderProducer({
        store: deps.store.namespace("reminder-producer"),
        outbox: deps.outbox,
        catalogue: () => deps.catalogue,
        subscriptions: kit.source,
        graceMinutes: deps.config.REMINDER_GRACE_MINUTES,
        log: deps.log.child({ part: "reminders" }),
      }),
    );
    registerSubscriberAudience(deps, kit.source);

    router.message(
      (text) => readReminderCommand(text) !== undefined,
      async (ctx) => {
        const command = readReminderCommand(ctx.event.text);
        switch (command?.kind) {
          case "list":
            return listReminders(ctx, kit);
          case "stop":
            return stopReminders(ctx, kit, command.what);
          case "change":
            return changeReminders(ctx, kit, command);
          case "remind":
            // A message read from another language is not quoted back in its English reading.
            await remind(ctx, kit, parseRemind(command.rest, !readFromAnotherLanguage(ctx)));
            return remembered(ctx);
        }
      },
    );

    // "and for the reception, 2h before" right after a reminder was set: the same, for that.
    router.useOnMessages(
      (ctx) => readReminderFollowUp(ctx.event.text) !== undefined,
      async (ctx, next) => {
        const rest = readReminderFollowUp(ctx.event.text) ?? "";
        const recent = await deps.store.get(`${RECENT_REMINDER}${ctx.user.id}`, recentSchema);
        if (!recent || ctx.now().getTime() - recent.at >= FOLLOW_UP_MS) return next();
        await remind(ctx, kit, parseRemind(rest, !readFromAnotherLanguage(ctx)));
        await remembered(ctx);
      },
    );

    /** Notes that this person just set a reminder (aged by the bot's clock). */
    const remembered = (ctx: TurnContext) =>
      deps.store.set(`${RECENT_REMINDER}${ctx.user.id}`, { at: ctx.now().getTime() }, FOLLOW_UP_MS);

    router.action(STOP_ACTION, (ctx) => stopButton(ctx, kit));
  },
};
