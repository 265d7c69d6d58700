/**
 * "did li wei get it?": whether one named person received (and acknowledged) the latest ping
 * test or broadcast — the latest of the two when the question names neither — for the
 * Secretariat, in a direct message. Read from the same records as the reports.
 */
import type { TurnContext } from "../../bot/context.js";
import { ForbiddenError, InputError } from "../../bot/errors.js";
import { pingGrammar } from "../../bot/language/grammar.js";
import { say } from "../../bot/language/messages.js";
import type { HandlerModule } from "../../bot/module.js";
import type { MessageEvent } from "../../bot/types.js";
import { BroadcastRepository } from "../broadcast/repository.js";
import { pingServices } from "../ping/service.js";
import { isSecretariat } from "../poc/people.js";
import { answerPrivately } from "../poc/private.js";
import { broadcastReceipt } from "./broadcast.js";
import { pingReceipt } from "./ping.js";

/**
 * The question, and a name that names someone ("did everyone get it?" is the report's, "did I
 * answer the ping?" the POC's own): anchored at its first word, so other messages cost one test.
 * @example personGot("did li wei get it?", ctx) === true
 */
function personGot(text: string, ctx: TurnContext<MessageEvent>): boolean {
  const grammar = pingGrammar();
  const match = grammar.personGot.exec(text);
  const name = match?.groups?.name;
  if (!match || name === undefined || grammar.notAName(name)) return false;
  ctx.match = match;
  return true;
}

/**
 * Whether a named person got the latest broadcast or ping test (Secretariat).
 * @example export const handlerModules = [..., broadcast, pingTests, receipt, programmeQuestions, fallback];
 */
export const receipt: HandlerModule = {
  name: "receipt",
  help: {
    title: "Did someone get it? (Secretariat)",
    roles: ["secretariat"],
    examples: [
      "did li wei get it?",
      "has Peter Otieno acknowledged the ping?",
      "did Ann Mwangi get the broadcast?",
    ],
  },
  install(router, deps) {
    const services = pingServices(deps);
    const broadcasts = new BroadcastRepository(deps.store.namespace("broadcast"));
    router.message(personGot, (ctx) =>
      answerPrivately(ctx, async (reply) => {
        const t = (key: string) => say(ctx.locale, `secretariat.receipt.${key}`);
        if (!isSecretariat(ctx)) throw new ForbiddenError(t("only"));
        const groups = ctx.match?.groups ?? {};
        const name = (groups.name ?? "").trim();
        const testId = groups.broadcast ? undefined : await services.tests.latest();
        const test = testId ? await services.tests.test(testId) : undefined;
        const broadcast = groups.ping ? undefined : (await broadcasts.all())[0];
        const reader = {
          locale: ctx.locale,
          now: ctx.now(),
          ...(ctx.timeZone ? { zone: ctx.timeZone } : {}),
          ...(ctx.timeZonePlace ? { place: ctx.timeZonePlace } : {}),
        };
        // "it": whichever went out last.
        const pingIsLatest = test && (!broadcast || test.startedAt >= broadcast.confirmedAt);
        if (test && pingIsLatest) return reply(await pingReceipt(services, test, name, reader));
        if (broadcast) return reply(await broadcastReceipt(deps, broadcasts, broadcast, name, reader));
        throw new InputError(t(groups.ping ? "noPing" : groups.broadcast ? "noBroadcast" : "noneSent"));
      }),
    );
  },
};
