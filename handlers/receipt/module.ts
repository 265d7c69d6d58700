/**
 * "did li wei get it?": whether one named person received (and acknowledged) a ping test or a
 * broadcast — the one named ("the 10 June ping", "the broadcast about the venue"), else the
 * latest of its kind, else the latest of the two — for the Secretariat, in a direct message.
 * Read from the same records as the reports. "did he get it?" asks about the person of the
 * asker's previous question, within the follow-up window.
 */
import { z } from "zod";
import { FOLLOW_UP_MS, type TurnContext } from "../../bot/context.js";
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
import { dayOf, namedOne } from "./which.js";

/** How many ping tests or broadcasts "nothing matches" lists. */
const RECENT_LISTED = 5;

/** The person a Secretariat member's last question named, for "did he get it?". */
const askedSchema = z.object({ person: z.string().min(1), at: z.number() });

/**
 * The question, and a name that names someone ("did everyone get it?" is the report's, "did I
 * answer the ping?" the POC's own) or a pronoun, and what was got in words this feature reads
 * ("did peter get lunch?" is not this question): anchored at its first word, so other messages
 * cost one test.
 * @example personGot("did li wei get it?", ctx) === true
 */
function personGot(text: string, ctx: TurnContext<MessageEvent>): boolean {
  const grammar = pingGrammar();
  const match = grammar.personGot.exec(text);
  const name = match?.groups?.name;
  if (!match || name === undefined) return false;
  // A pronoun alone is the Secretariat's follow-up; anyone else's "did they read it?" is not this.
  if (grammar.pronoun(name) ? !isSecretariat(ctx) : grammar.notAName(name)) return false;
  const what = match.groups?.what;
  if (what !== undefined && grammar.gotWhat(what) === undefined) return false;
  ctx.match = match;
  return true;
}

/**
 * Whether a named person got a broadcast or ping test (Secretariat).
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
      "did li wei get the 10 June ping?",
      "did li wei get the broadcast about the venue?",
    ],
  },
  install(router, deps) {
    const services = pingServices(deps);
    const broadcasts = new BroadcastRepository(deps.store.namespace("broadcast"));
    const asked = deps.store.namespace("receipt");
    router.message(personGot, (ctx) =>
      answerPrivately(ctx, async (reply) => {
        const t = (key: string, values: Record<string, string> = {}) =>
          say(ctx.locale, `secretariat.receipt.${key}`, values);
        if (!isSecretariat(ctx)) throw new ForbiddenError(t("only"));
        const grammar = pingGrammar();
        const groups = ctx.match?.groups ?? {};
        const said = (groups.name ?? "").trim();
        const what = groups.what ? grammar.gotWhat(groups.what) : undefined;
        const kind = what?.kind ?? "latest";
        const which = what && what.kind !== "latest" ? what.which : undefined;
        const now = ctx.now();
        // "he", "she", "they": the person the previous question named, within the window.
        const key = `asked:${ctx.user.id}`;
        let name = said;
        if (grammar.pronoun(said)) {
          const last = await asked.get(key, askedSchema);
          if (!last || now.getTime() - last.at > FOLLOW_UP_MS)
            return reply(t("whoIsMeant", { pronoun: said }));
          name = last.person;
        }
        const reader = {
          locale: ctx.locale,
          now,
          ...(ctx.timeZone ? { zone: ctx.timeZone } : {}),
          ...(ctx.timeZonePlace ? { place: ctx.timeZonePlace } : {}),
        };
        const listed = (items: ReadonlyArray<{ id: string; at: string }>) =>
          items
            .slice(0, RECENT_LISTED)
            .map((item) => `${item.id} (${dayOf(item.at)})`)
            .join(", ");
        const tests = kind === "broadcast" ? [] : await services.tests.all();
        const sent = kind === "ping" ? [] : await broadcasts.all();
        const testItems = tests.map((test) => ({ id: test.id, at: test.startedAt, test }));
        const broadcastItems = sent.map((broadcast) => ({
          id: broadcast.id,
          at: broadcast.confirmedAt,
          words: [broadcast.text, ...Object.values(broadcast.translations ?? {})],
          broadcast,
        }));
        const test = which ? namedOne(testItems, which, now)?.test : testItems[0]?.test;
        const broadcast = which
          ? namedOne(broadcastItems, which, now)?.broadcast
          : broadcastItems[0]?.broadcast;
        if (which && kind === "ping" && !test && testItems.length > 0)
          throw new InputError(t("noSuchPing", { which, list: listed(testItems) }));
        if (which && kind === "broadcast" && !broadcast && broadcastItems.length > 0)
          throw new InputError(t("noSuchBroadcast", { which, list: listed(broadcastItems) }));
        // "it": whichever went out last.
        const pingIsLatest = test && (!broadcast || test.startedAt >= broadcast.confirmedAt);
        const answer =
          test && pingIsLatest
            ? await pingReceipt(services, test, name, reader)
            : broadcast
              ? await broadcastReceipt(deps, broadcasts, broadcast, name, reader)
              : undefined;
        if (!answer)
          throw new InputError(
            t(kind === "ping" ? "noPing" : kind === "broadcast" ? "noBroadcast" : "noneSent"),
          );
        // The person named is who a following "he" means; a name that found no one, or several,
        // leaves nobody to mean.
        if (answer.person) await asked.set(key, { person: answer.person, at: now.getTime() }, FOLLOW_UP_MS);
        else await asked.delete(key);
        // None named among several: the latest, said as such, and how to name another.
        const others = test && pingIsLatest ? testItems : broadcastItems;
        const previous = others[1];
        const note =
          !which && answer.person && previous
            ? t(test && pingIsLatest ? "latestPing" : "latestBroadcast", {
                count: String(others.length),
                name: answer.person,
                day: dayOf(previous.at),
              })
            : undefined;
        return reply(note ? `${answer.text}\n${note}` : answer.text);
      }),
    );
  },
};
