/**
 * Ping tests as a handler module: the Secretariat starts one ("start ping test …"), each POC
 * in scope gets a direct message with an Acknowledge button, reminders go out at halfway,
 * and the report goes to the Secretariat at the close. Durable through the outbox.
 */
import type { HandlerModule } from "../../bot/module.js";
import { answerPrivately } from "../poc/private.js";
import { PING_ACTIONS } from "./cards.js";
import {
  acknowledge,
  cancelPreview,
  cancelTest,
  previewTest,
  showReport,
  showUnanswered,
  startTest,
} from "./handlers.js";
import { registerPingLinks } from "./link.js";
import { listTests } from "./list.js";
import {
  ACK_ASKED,
  ACKNOWLEDGE,
  ACKNOWLEDGE_SOFTLY,
  CANCEL,
  LIST,
  REPORT,
  START,
  UNANSWERED,
} from "./parse.js";
import { pingProducer, registerPingRenderers } from "./producer.js";
import { pingServices } from "./service.js";
import { acknowledgeByText, acknowledgeIfWaiting, PING_ACKS, waitingPings } from "./typed-ack.js";

/**
 * The ping tests feature.
 * @example export const handlerModules = [pocImport, inputGuard, identity, pocDirectory, pingTests, fallback];
 */
export const pingTests: HandlerModule = {
  name: "ping-tests",
  help: {
    title: "Ping tests of the POC directory (Secretariat)",
    roles: ["secretariat"],
    examples: [
      "start ping test all",
      "start ping test technical window 24h",
      "start ping test KEN, FRA",
      "start ping test diplomatic Côte d'Ivoire",
      "ping test report",
      "who hasn't answered the ping test?",
      "ping tests",
      "cancel ping test",
    ],
  },
  install(router, deps) {
    const services = pingServices(deps);
    registerPingRenderers(services);
    registerPingLinks(services);
    deps.scheduler.add(pingProducer(services));
    deps.acknowledgements.register(PING_ACKS, (ctx) => waitingPings(services, ctx));
    router.message(START, (ctx) => previewTest(services, ctx, ctx.match?.[1] ?? ""));
    router.message(LIST, (ctx) => answerPrivately(ctx, (say) => listTests(services, ctx, say)));
    router.message(CANCEL, (ctx) => cancelTest(services, ctx, ctx.match?.[1]));
    router.message(REPORT, (ctx) =>
      answerPrivately(ctx, (say) => showReport(services, ctx, ctx.match?.[1], say)),
    );
    router.message(UNANSWERED, (ctx) =>
      answerPrivately(ctx, (say) => showUnanswered(services, ctx, ctx.match?.[1], say)),
    );
    router.action(PING_ACTIONS.start, (ctx) => startTest(services, ctx));
    router.action(PING_ACTIONS.cancel, (ctx) => cancelPreview(services, ctx));
    router.action(PING_ACTIONS.ack, (ctx) => answerPrivately(ctx, (say) => acknowledge(services, ctx, say)));
    router.message(ACKNOWLEDGE, (ctx) =>
      answerPrivately(ctx, (say) => acknowledgeByText(services, ctx, say)),
    );
    router.message(ACK_ASKED, (ctx) =>
      answerPrivately(ctx, (say) => acknowledgeByText(services, ctx, say, true)),
    );
    // "got it, thanks" is an acknowledgement only while a ping waits for one; else small talk.
    router.useOnMessages(
      (ctx) => ACKNOWLEDGE_SOFTLY(ctx.event.text),
      async (ctx, next) => {
        const answer = await acknowledgeIfWaiting(services, ctx);
        if (answer === undefined) return next();
        await answerPrivately(ctx, (say) => say(answer));
      },
    );
  },
};
