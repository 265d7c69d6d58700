/**
 * Programme questions as a handler module: any message the programme parser recognises
 * is answered from the catalogue, in the venue's time and the asker's. Within 15 minutes a
 * short question fills its gaps from the person's previous one (`follow-up.ts`).
 */
import { z } from "zod";
import { cardMessage } from "../../bot/cards.js";
import { FOLLOW_UP_MS, type TurnContext } from "../../bot/context.js";
import type { BotDeps, HandlerModule } from "../../bot/module.js";
import type { Catalogue, SocialOccurrence } from "../../bot/programme/catalogue.js";
import { endOf } from "../../bot/programme/ends.js";
import { isLocalDate } from "../../bot/programme/time.js";
import { changeNotesFor } from "../revisions/note.js";
import { rsvpEvents } from "../rsvp/events.js";
import { rsvpRepository } from "../rsvp/module.js";
import { mayAnswer } from "../rsvp/service.js";
import { answerQuery, programmeHelp } from "./answer.js";
import { type ProgrammeQuery, parseQuestion } from "./parse.js";

/** Store key prefix: a person's last programme query and the day its answer was about, for follow-ups. */
const RECENT_QUERY = "programme:recent-query:";
/** The query is ours, written by this module; only its envelope is checked on the way back. */
const recentSchema = z.object({
  at: z.number(),
  day: z.string().refine(isLocalDate).optional(),
  query: z.looseObject({
    facet: z.string(),
    words: z.array(z.object({ surface: z.string(), term: z.string() })),
  }),
});

/**
 * The asker's answers to RSVP events still to come (one read per such event; none once they
 * are over), so that a card stops asking someone who has answered.
 */
async function ownRsvpAnswers(deps: BotDeps, userId: string, now: Date): Promise<Map<string, string>> {
  const answers = new Map<string, string>();
  const events = rsvpEventsOf(deps.catalogue);
  const at = now.getTime();
  if (!events.some((event) => endOf(event) > at)) return answers;
  const repository = rsvpRepository(deps);
  for (const event of events) {
    if (endOf(event) <= at) continue;
    const answer = await repository.answer(event.id, userId);
    if (answer) answers.set(event.id, answer.status);
  }
  return answers;
}

/**
 * The RSVP events still to start whose invitation includes the asker (the same test as an
 * answer's, `mayAnswer`): a card asks only them to answer.
 */
async function invitedTo(deps: BotDeps, ctx: TurnContext, now: Date): Promise<Set<string>> {
  const invited = new Set<string>();
  for (const event of rsvpEventsOf(deps.catalogue)) {
    if (event.start <= now.getTime()) continue;
    if (await mayAnswer(ctx, deps, event)) invited.add(event.id);
  }
  return invited;
}

/** RSVP events by catalogue (a published revision swaps the catalogue): every turn asks, the catalogue has hundreds of occurrences. */
const rsvpEventsByCatalogue = new WeakMap<Catalogue, readonly SocialOccurrence[]>();

function rsvpEventsOf(catalogue: Catalogue): readonly SocialOccurrence[] {
  let events = rsvpEventsByCatalogue.get(catalogue);
  if (!events) {
    events = rsvpEvents(catalogue);
    rsvpEventsByCatalogue.set(catalogue, events);
  }
  return events;
}

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
      const rsvpAnswers = await ownRsvpAnswers(deps, ctx.user.id, ctx.now());
      const rsvpInvited = await invitedTo(deps, ctx, ctx.now());
      const answer = answerQuery(query, {
        now: ctx.now(),
        timeZone: ctx.timeZone,
        ...(ctx.timeZonePlace ? { timeZonePlace: ctx.timeZonePlace } : {}),
        catalogue: deps.catalogue,
        locale: ctx.locale,
        ...(fresh
          ? {
              previous: {
                query: fresh.query as unknown as ProgrammeQuery,
                ...(fresh.day ? { day: fresh.day } : {}),
              },
            }
          : {}),
        ...(changes.note ? { changeNote: changes.note } : {}),
        ...(rsvpAnswers.size > 0 ? { rsvpAnswers } : {}),
        rsvpInvited,
      });
      if (!answer) return next();
      await ctx.reply(cardMessage(answer.card, ctx.locale));
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
