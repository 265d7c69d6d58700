/**
 * Programme questions as a handler module: any message the programme parser recognises
 * is answered from the catalogue, in the venue's time and the asker's.
 */
import type { HandlerModule } from "../../bot/module.js";
import { answerProgrammeQuestion, programmeHelp } from "./answer.js";

export const programmeQuestions: HandlerModule = {
  name: "programme",
  help: programmeHelp,
  install(router, deps) {
    router.use(async (ctx, next) => {
      if (ctx.event.kind !== "message") return next();
      const answer = answerProgrammeQuestion(ctx.event.text, {
        now: ctx.now(),
        timeZone: ctx.timeZone,
        catalogue: deps.catalogue,
      });
      if (!answer) return next();
      await ctx.reply(answer);
    });
  },
};
