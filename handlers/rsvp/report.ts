/**
 * The Secretariat's RSVP report ("reception RSVPs", "who is coming to the reception?"),
 * narrowed when asked: to the answers that bring experts ("who is coming to the reception with
 * experts?") or to one State's ("… from France"), and followed up within 15 minutes ("and
 * France's?", "what about Kenya?": that State's answers to the same event; "and with experts?":
 * the last report narrowed to the answers bringing experts).
 */
import { cardMessage } from "../../bot/cards.js";
import { FOLLOW_UP_MS, type TurnContext } from "../../bot/context.js";
import { ForbiddenError, InputError } from "../../bot/errors.js";
import { currentLocale } from "../../bot/language/current.js";
import { rsvpGrammar } from "../../bot/language/grammar.js";
import { say } from "../../bot/language/messages.js";
import type { BotDeps } from "../../bot/module.js";
import { notAState, stateCodeFor, stateName } from "../../bot/people/states.js";
import { personWho } from "../../bot/people/who.js";
import type { SocialOccurrence } from "../../bot/programme/catalogue.js";
import type { MessageEvent } from "../../bot/types.js";
import { type Allocation, allocate, partySize } from "./allocation.js";
import { reportCard } from "./cards.js";
import { invitationScope, matchRsvpEvents, rsvpDeadline, scopeNouns } from "./events.js";
import type { RsvpAnswer } from "./schema.js";
import type { ReportAsked, RsvpRepository } from "./store.js";

/** What a report is narrowed to. */
export type ReportFilter = Omit<ReportAsked, "eventId" | "at">;

/**
 * The event named by words, or undefined when they name none or several (so another feature
 * may answer). Asked of many messages ("who is invited to …" reads as a report's shape), so it
 * matches without building the refusal `resolveRsvpEvent` would throw.
 * @example eventOrNothing(deps, "reception", now)?.id === "oewg-7-reception-2024-03-04"
 */
export function eventOrNothing(
  deps: BotDeps,
  words: string | undefined,
  now: Date,
): SocialOccurrence | undefined {
  const matches = matchRsvpEvents(deps.catalogue, words, now);
  return matches.length === 1 ? matches[0] : undefined;
}

/**
 * A report's event words, with what narrows it at their end: "reception with experts",
 * "reception from France", "reception from France with experts". Undefined when the words
 * name no event; a State that is none is refused once the rest names the event.
 * @example readReportWords(deps, "reception with experts", now) // { event: reception, filter: { experts: true } }
 */
export function readReportWords(
  deps: BotDeps,
  words: string | undefined,
  now: Date,
  filter: ReportFilter = {},
): { event: SocialOccurrence; filter: ReportFilter } | undefined {
  const event = eventOrNothing(deps, words, now);
  if (event) return { event, filter };
  if (!words || Object.keys(filter).length >= 2) return undefined;
  const g = rsvpGrammar();
  const experts = filter.experts ? null : g.reportWithExperts.exec(words);
  if (experts) return readReportWords(deps, experts[1], now, { ...filter, experts: true });
  const from = filter.state ? null : g.reportFromState.exec(words);
  if (!from) return undefined;
  const state = stateOf(from[2] ?? "");
  const rest = readReportWords(deps, from[1], now, { ...filter, ...(state ? { state } : {}) });
  if (rest && !state) throw new InputError(notAState(from[2] ?? ""));
  return rest;
}

/** A State's code from its name or code, "France's" too. */
function stateOf(words: string): string | undefined {
  return stateCodeFor(words) ?? stateCodeFor(words.replace(rsvpGrammar().possessiveEnd, ""));
}

/**
 * "and France's?", "what about Kenya?", "and with experts?" after a report: the last report's
 * event narrowed again; false when the message is no such follow-up (no report asked within 15
 * minutes, or words that name no State: "and friday?" is the programme's).
 * @example if (!(await followUpReport(ctx, deps, rsvps))) return next();
 */
export async function followUpReport(
  ctx: TurnContext<MessageEvent>,
  deps: BotDeps,
  rsvps: RsvpRepository,
): Promise<boolean> {
  const found = rsvpGrammar().reportFollowUp.exec(ctx.event.text.trim());
  if (!found?.groups) return false;
  const state = found.groups.state === undefined ? undefined : stateOf(found.groups.state);
  if (!found.groups.experts && !state) return false;
  if (!ctx.roles.includes("secretariat")) return false;
  const last = await rsvps.lastReport(ctx.user.id);
  const recent = last && ctx.now().getTime() - Date.parse(last.at) <= FOLLOW_UP_MS;
  const event = last && recent && eventOrNothing(deps, last.eventId, ctx.now());
  if (!last || !event) return false;
  // "and France's?" asks for France's answers (all of them); "and with experts?" narrows the
  // last report (its State kept).
  const filter: ReportFilter = state
    ? { state }
    : { experts: true, ...(last.state ? { state: last.state } : {}) };
  await showReport(ctx, deps, rsvps, event, filter);
  return true;
}

/**
 * The report card, in a direct message, narrowed by `filter`; remembered for a follow-up.
 * @example await showReport(ctx, deps, rsvps, reception, { state: "FRA" });
 */
export async function showReport(
  ctx: TurnContext<MessageEvent>,
  deps: BotDeps,
  rsvps: RsvpRepository,
  event: SocialOccurrence,
  filter: ReportFilter = {},
): Promise<void> {
  if (!ctx.roles.includes("secretariat"))
    throw new ForbiddenError("Sorry, only the Secretariat can see the RSVP list.");
  const settings = await rsvps.settings(event.id);
  const answers = await rsvps.answersFor(event.id);
  const answered = new Set(
    answers.flatMap((answer) => [answer.userId, ...(answer.email ? [answer.email] : [])]),
  );
  const inScope = await deps.audiences.resolve(invitationScope(event)).catch(() => []);
  const scopeIds = new Set(
    inScope.flatMap((person) => [person.key, ...(person.userId ? [person.userId] : [])]),
  );
  const roster = (await deps.people.roster())?.people ?? [];
  const stateByEmail = new Map(roster.map((person) => [person.email, person.state]));
  const stateOfPerson = (key: string) => stateByEmail.get(key.toLowerCase());
  // The people not answered yet: of the State asked about, none when only experts are asked about.
  const notAnswered = filter.experts
    ? undefined
    : inScope
        .filter((person) => !answered.has(person.key) && !(person.userId && answered.has(person.userId)))
        .filter((person) => !filter.state || stateOfPerson(person.key) === filter.state)
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((person) => personWho(currentLocale(), person.name, stateOfPerson(person.key)));
  const invited = filter.state
    ? inScope.filter((person) => stateOfPerson(person.key) === filter.state).length
    : inScope.length;
  const card = reportCard(event, narrowed(allocate(answers, settings?.capacity), filter), {
    deadline: rsvpDeadline(event, settings),
    ...(notAnswered ? { notAnswered, invited } : {}),
    ...(narrowing(filter, ctx.locale) ? { narrowedTo: narrowing(filter, ctx.locale) } : {}),
    scope: {
      nouns: scopeNouns(event),
      // Someone the Secretariat invited outside the scope (e.g. a delegate) is another invitee.
      includes: (answer) => scopeIds.has(answer.userId) || (!!answer.email && scopeIds.has(answer.email)),
    },
  });
  await ctx.replyPrivately(cardMessage(card, ctx.locale));
  await rsvps.rememberReport(ctx.user.id, { eventId: event.id, at: ctx.now().toISOString(), ...filter });
  if (!ctx.event.isDirect) await ctx.reply("I've sent you the RSVP list in a direct message.");
}

/** What the report is narrowed to, in words ("answers bringing experts · France"); undefined for none. */
function narrowing(filter: ReportFilter, locale: string): string | undefined {
  const parts = [
    ...(filter.experts ? [say(locale, "secretariat.rsvp.withExperts")] : []),
    ...(filter.state
      ? [say(locale, "secretariat.rsvp.ofState", { state: stateName(filter.state, locale) })]
      : []),
  ];
  return parts.length > 0 ? parts.join(" · ") : undefined;
}

/**
 * The allocation's lists kept to the answers `filter` takes, with their people counted again;
 * places and waitlist order stay those of everyone's answers.
 * @example narrowed(allocation, { experts: true }).confirmed.every((a) => a.experts.count > 0) === true
 */
export function narrowed(allocation: Allocation, filter: ReportFilter): Allocation {
  if (!filter.experts && !filter.state) return allocation;
  const takes = (answer: RsvpAnswer) =>
    (!filter.experts || answer.experts.count > 0) && (!filter.state || answer.state === filter.state);
  const people = (list: readonly RsvpAnswer[]) => list.reduce((sum, answer) => sum + partySize(answer), 0);
  const confirmed = allocation.confirmed.filter(takes);
  const waitlisted = allocation.waitlisted.filter(takes);
  const tentative = allocation.tentative.filter(takes);
  return {
    ...allocation,
    confirmed,
    waitlisted,
    tentative,
    declined: allocation.declined.filter(takes),
    confirmedPeople: people(confirmed),
    waitlistedPeople: people(waitlisted),
    tentativePeople: people(tentative),
  };
}
