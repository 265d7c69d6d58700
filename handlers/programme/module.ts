/**
 * Programme questions as a handler module: any message the programme parser recognises
 * is answered from the catalogue, in the venue's time and the asker's. Within 15 minutes a
 * short question fills its gaps from the person's previous one (`follow-up.ts`).
 */
import { z } from "zod";
import { cardMessage } from "../../bot/cards.js";
import type { HandlerModule } from "../../bot/module.js";
import { isLocalDate } from "../../bot/programme/time.js";
import { changeNotesFor } from "../revisions/note.js";
import { answerQuery, programmeHelp } from "./answer.js";
import { type ProgrammeQuery, parseQuestion } from "./parse.js";

/** Store key prefix: a person's last programme query and the day its answer was about, for follow-ups. */
const RECENT_QUERY = "programme:recent-query:";
/** How long a short question ("and the afternoon?", "where is it?") follows on from the last one. */
const FOLLOW_UP_MS = 15 * 60_000;
/** The query is ours, written by this module; only its envelope is checked on the way back. */
const recentSchema = z.object({
  at: z.number(),
  day: z.string().refine(isLocalDate).optional(),
  query: z.looseObject({
    facet: z.string(),
    words: z.array(z.object({ surface: z.string(), term: z.string() })),
  }),
});

export const programmeQuestions: HandlerModule = {
  name: "programme",
  help: programmeHelp,
  install(router, deps) {
    router.use(async (ctx, next) => {
      if (ctx.event.kind !== "message") return next();
      const query = parseQuestion(ctx.event.text);
      if (query.greeting) return next();
      const key = `${RECENT_QUERY}${ctx.user.id}`;
      const recent = await deps.store.get(key, recentSchema);
      const fresh = recent && ctx.now().getTime() - recent.at < FOLLOW_UP_MS ? recent : undefined;
      const changes = await changeNotesFor(deps, ctx.user.id);
      const answer = answerQuery(query, {
        now: ctx.now(),
        timeZone: ctx.timeZone,
        catalogue: deps.catalogue,
        ...(fresh
          ? {
              previous: {
                query: fresh.query as unknown as ProgrammeQuery,
                ...(fresh.day ? { day: fresh.day } : {}),
              },
            }
          : {}),
        ...(changes.note ? { changeNote: changes.note } : {}),
      });
      if (!answer) return next();
      await ctx.reply(cardMessage(answer.card));
      await changes.seen();
      // Aged by the bot's clock (`at`); the store's own expiry only clears it away.
      await deps.store.set(
        key,
        { query: answer.query, at: ctx.now().getTime(), ...(answer.day ? { day: answer.day } : {}) },
        FOLLOW_UP_MS,
      );
    });
  },
};
