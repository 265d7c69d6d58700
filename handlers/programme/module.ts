/**
 * Programme questions as a handler module: any message the programme parser recognises
 * is answered from the catalogue, in the venue's time and the asker's. A follow-up with only a
 * time of day ("and the afternoon?") within 15 minutes means the day the last answer was about.
 */
import { z } from "zod";
import { cardMessage } from "../../bot/cards.js";
import type { HandlerModule } from "../../bot/module.js";
import { isLocalDate } from "../../bot/programme/time.js";
import { looksLikeAnotherLanguage } from "../language.js";
import { changeNotesFor } from "../revisions/note.js";
import { answerQuery, isFollowUp, programmeHelp } from "./answer.js";
import { parseQuestion } from "./parse.js";

/** Store key prefix: the day a person's last day question was about, for follow-ups. */
const RECENT_DAY = "programme:recent-day:";
/** How long "and the afternoon?" follows on from the last day asked about. */
const FOLLOW_UP_MS = 15 * 60_000;
const recentDaySchema = z.object({ day: z.string().refine(isLocalDate), at: z.number() });

export const programmeQuestions: HandlerModule = {
  name: "programme",
  help: programmeHelp,
  install(router, deps) {
    router.use(async (ctx, next) => {
      if (ctx.event.kind !== "message") return next();
      // In another language: the fallback says the bot answers in English (a guess would mislead).
      if (looksLikeAnotherLanguage(ctx.event.text)) return next();
      const query = parseQuestion(ctx.event.text);
      const key = `${RECENT_DAY}${ctx.user.id}`;
      // Read only for a question that could follow on ("and the afternoon?").
      const recent = isFollowUp(query) ? await deps.store.get(key, recentDaySchema) : undefined;
      const previousDay = recent && ctx.now().getTime() - recent.at < FOLLOW_UP_MS ? recent.day : undefined;
      const changes = await changeNotesFor(deps, ctx.user.id);
      const answer = answerQuery(query, {
        now: ctx.now(),
        timeZone: ctx.timeZone,
        catalogue: deps.catalogue,
        ...(previousDay ? { previousDay } : {}),
        ...(changes.note ? { changeNote: changes.note } : {}),
      });
      if (!answer) return next();
      await ctx.reply(cardMessage(answer.card));
      await changes.seen();
      if (answer.day) {
        // Aged by the bot's clock (`at`); the store's own expiry only clears it away.
        await deps.store.set(key, { day: answer.day, at: ctx.now().getTime() }, FOLLOW_UP_MS);
      }
    });
  },
};
