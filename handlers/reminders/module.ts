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
import { parseRemind, readReminderCommand } from "./parse.js";
import { reminderRenderer, STOP_ACTION } from "./render.js";

export { leadText, reminderLines, reminderRepository } from "./kit.js";

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
            return remind(ctx, kit, parseRemind(command.rest, !readFromAnotherLanguage(ctx)));
        }
      },
    );

    router.action(STOP_ACTION, (ctx) => stopButton(ctx, kit));
  },
};
