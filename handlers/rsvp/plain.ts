/**
 * RSVP changes in plain words, acting like the "rsvp …" commands they stand for:
 *   "cancel my rsvp", "annule ma réponse", "I can't come to the reception" → declined;
 *   "I will attend the reception" → attending (experts as before);
 *   "change my rsvp to 1 expert" → "rsvp attending with 1 expert"; "change my rsvp to tentative";
 *   "remove Taro from my rsvp" → that expert dropped (one fewer);
 *   "how do I rsvp?", "help rsvp" → how to answer in this chat.
 * Where the event is not named ("I can't come"), the answer is the exact command to type.
 */

import type { TurnContext } from "../../bot/context.js";
import { InputError } from "../../bot/errors.js";
import { commandMatcher } from "../../bot/language/compile.js";
import { withLocale } from "../../bot/language/current.js";
import { type ExpertsChangeWords, type RsvpStatement, rsvpGrammar } from "../../bot/language/grammar.js";
import { LOCALE_WORDS } from "../../bot/language/locales.js";
import { say } from "../../bot/language/messages.js";
import { toPivot } from "../../bot/language/pivot.js";
import type { BotDeps } from "../../bot/module.js";
import type { SocialOccurrence } from "../../bot/programme/catalogue.js";
import { endOf } from "../../bot/programme/ends.js";
import { formatDate } from "../../bot/programme/format.js";
import { local } from "../../bot/programme/translations.js";
import type { Router } from "../../bot/router.js";
import type { MessageEvent } from "../../bot/types.js";
import { hostRsvpLine, listKeeper, matchRsvpEvents, namedRsvpEvent, resolveRsvpEvent } from "./events.js";
import { comparableName, findExpert } from "./names.js";
import {
  beforeExperts,
  eventWordsOf,
  parseRsvp,
  type RsvpCommand,
  readExperts,
  writtenAsName,
} from "./parse.js";
import type { RsvpAnswer, RsvpStatus } from "./schema.js";
import type { ExpertsChange } from "./service.js";
import type { RsvpRepository } from "./store.js";

/**
 * "cancel my rsvp", "withdraw my RSVP for the reception".
 * @example CANCEL_RSVP.test("cancel my rsvp") === true
 */
export const CANCEL_RSVP: RegExp = rsvpGrammar().cancel;

/**
 * "annule ma réponse", "cancela mi rsvp", "отмени мой ответ", "取消我的回复": withdrawing one's
 * answer as a whole message in any language (`cancelRsvp` of `commands.ts`).
 * @example CANCEL_RSVP_COMMAND("annule ma réponse") === true
 */
export const CANCEL_RSVP_COMMAND = commandMatcher("cancelRsvp");

/**
 * "I can't come to the reception", "sorry, I won't be able to attend the reception".
 * @example "i can't come to the reception".match(CANNOT_COME)?.[1] === "reception"
 */
export const CANNOT_COME: RegExp = rsvpGrammar().cannotCome;

/**
 * "I will attend the reception", "I'll be there", "I am coming to the reception".
 * @example "I will attend the reception".match(WILL_ATTEND)?.[1] === "reception"
 */
export const WILL_ATTEND: RegExp = rsvpGrammar().willAttend;

/**
 * "change my rsvp to 1 expert", "update my RSVP: tentative".
 * @example "change my rsvp to 1 expert".match(CHANGE_RSVP)?.[1] === "1 expert"
 */
export const CHANGE_RSVP: RegExp = rsvpGrammar().change;

/**
 * "actually make it 1 expert, just Ana Lima": the experts changed in passing (attending).
 * @example "make it 1 expert: Ana Lima".match(CHANGE_EXPERTS)?.[1] === "1 expert: Ana Lima"
 */
export const CHANGE_EXPERTS: RegExp = rsvpGrammar().changeIt;

/**
 * The expert removed and the event's words, if named: "remove Taro from my rsvp", "take Ana
 * Lima off my party", "enlève Léa Petit de ma réponse", or the name first and the verb last
 * ("把王伟从我的回复中删除": Wang Wei).
 * @example REMOVED_EXPERT("remove Taro from my rsvp")?.expert === "Taro"; REMOVED_EXPERT("把王伟从我的回复中删除")?.expert === "王伟"
 */
const REMOVED_EXPERT = rsvpGrammar().removeExpertOf;

/**
 * "remove Taro", "enlève Léa Petit": an expert named with no "from my rsvp", taken as one only
 * when the person's answer names that expert.
 * @example "enlève Léa Petit".match(REMOVE_NAMED)?.[1] === "Léa Petit"
 */
export const REMOVE_NAMED: RegExp = rsvpGrammar().removeNamed;

/** An experts word right before a name removed ("删除专家", "احذف الخبير"): the name is an expert's. */
const EXPERT_BEFORE: RegExp = rsvpGrammar().expertBefore;

/**
 * "how do I rsvp?", "help rsvp", "rsvp help", "how to rsvp for the reception".
 * @example RSVP_HELP("how do i rsvp?") === true
 */
export const RSVP_HELP = commandMatcher("rsvpHelp");

const COUNT_FIRST = rsvpGrammar().countFirst;

/**
 * Records an answer for a parsed command and replies (the "rsvp …" path of the module).
 * @example const respond: Respond = async (ctx, command) => { … };
 */
export type Respond = (ctx: TurnContext<MessageEvent>, command: RsvpCommand) => Promise<void>;

/**
 * Records an answer for a known event with the experts given and replies.
 * @example await respondTo(ctx, reception, "attending", { count: 1, names: ["Ana Lima"], exact: true });
 */
export type RespondTo = (
  ctx: TurnContext,
  event: SocialOccurrence,
  status: RsvpStatus,
  experts: ExpertsChange | undefined,
) => Promise<void>;

/** The event words of a "can't come"/"will attend" message, when they name an RSVP event or nothing. */
function aboutRsvpEvent(deps: BotDeps, pattern: RegExp, text: string, now: Date): boolean {
  const match = text.match(pattern);
  if (!match) return false;
  return matchRsvpEvents(deps.catalogue, match[1] ?? "", now).length === 1;
}

/**
 * A statement that one will or will not attend an RSVP event, in any language ("I'll come to
 * the reception with 2 experts", "je viendrai à la réception", "我不参加招待会"), read from the
 * message as written (the pivot would drop the experts' names): the statement and the event
 * it names, else undefined (a question, or words that name no RSVP event).
 * @example statementAbout(deps, "count me in for the reception", now)?.event.id === "oewg-7-reception-2024-03-04"
 */
export function statementAbout(
  deps: BotDeps,
  written: string,
  now: Date,
): { statement: RsvpStatement; event: SocialOccurrence } | undefined {
  const statement = rsvpGrammar().statementOf(written);
  if (!statement) return undefined;
  const words = eventWordsOf(beforeExperts(statement.rest));
  const tongue = LOCALE_WORDS[statement.locale];
  // The event as written ("the reception"), else in the English words of its language ("приёме" → "reception").
  const event =
    namedRsvpEvent(deps.catalogue, words, now) ??
    (tongue ? namedRsvpEvent(deps.catalogue, toPivot(words, tongue).text, now) : undefined) ??
    onlyOpenEventForExperts(deps, statement, words, now);
  return event ? { statement, event } : undefined;
}

/**
 * « je viens avec 2 experts : Marie Dupont et Luc Bernard »: no event named, only experts, while
 * one RSVP event is open: it is about that event (an answer without experts still names it).
 */
function onlyOpenEventForExperts(
  deps: BotDeps,
  statement: RsvpStatement,
  words: string,
  now: Date,
): SocialOccurrence | undefined {
  if (words !== "" || statement.status !== "attending") return undefined;
  if (!readExperts(statement.rest, statement.locale).experts) return undefined;
  const open = matchRsvpEvents(deps.catalogue, undefined, now);
  return open.length === 1 ? open[0] : undefined;
}

/**
 * "mejor no voy, cancela", "отмени мой ответ, не смогу": a withdrawal beside statements of not
 * coming, each part set apart by a comma; the parts otherwise unread.
 * @example withdrawsWithReason("mejor no voy, cancela") === true
 */
export function withdrawsWithReason(text: string): boolean {
  if (!WITHDRAWAL_BREAK.test(text)) return false;
  const parts = text
    .trim()
    .split(WITHDRAWAL_PARTS)
    .filter((part) => part !== "");
  if (parts.length < 2) return false;
  const withdraws = (part: string) =>
    CANCEL_RSVP_COMMAND(part) || CANCEL_RSVP.test(part) || rsvpGrammar().withdrawVerb.test(part);
  if (!parts.some(withdraws)) return false;
  return parts.every((part) => withdraws(part) || rsvpGrammar().bareStatementOf(part)?.status === "declined");
}

const WITHDRAWAL_PARTS = /\s*[,，;；]\s*|\s*[.!。！]+\s*/u;
/** What sets two parts apart: a message without it is one part (every message is asked). */
const WITHDRAWAL_BREAK = /[,，;；.!。！]/u;

/**
 * How to answer in this chat, for "how do I rsvp?", in `locale`.
 * @example rsvpHelpText(deps, new Date(), "fr") // "Cocktail reception (lundi 4 mars) : sont invités …"
 */
export function rsvpHelpText(deps: BotDeps, now: Date, locale: string): string {
  const all = matchRsvpEvents(deps.catalogue, undefined, now);
  const events = all.filter((event) => event.start > now.getTime());
  // Every RSVP event has begun: answers are closed, as typing one then says (service.ts).
  if (events.length === 0 && all.length > 0) return closedText(all, now, locale);
  return withLocale(locale, () => {
    const invites = events.flatMap((event) => [
      say(locale, "rsvp.howTo.invites", {
        title: local(event.event.title, locale),
        day: formatDate(event.date),
        invited: event.event.invitation
          ? local(event.event.invitation, locale)
          : say(locale, "rsvp.error.namedGuests"),
      }),
      ...(hostRsvpLine(event) ? [hostRsvpLine(event)] : []),
    ]);
    const secretariat = events.some((event) => listKeeper(event) === "secretariat");
    return [
      ...invites,
      say(locale, secretariat ? "rsvp.howTo.introList" : "rsvp.howTo.intro"),
      say(locale, "rsvp.howTo.attending"),
      say(locale, "rsvp.howTo.others"),
      say(locale, "rsvp.howTo.change"),
      say(locale, "rsvp.howTo.mine"),
    ].join("\n");
  });
}

/** That answers to these events (all begun) are closed, and where one's answer shows. */
function closedText(events: readonly SocialOccurrence[], now: Date, locale: string): string {
  return withLocale(locale, () =>
    [
      ...events.map((event) =>
        now.getTime() >= endOf(event)
          ? say(locale, "rsvp.error.tookPlace", {
              title: local(event.event.title, locale),
              day: formatDate(event.date, { withYear: true }),
            })
          : say(locale, "rsvp.error.begun", { title: local(event.event.title, locale) }),
      ),
      say(locale, "rsvp.howTo.mine"),
    ].join("\n"),
  );
}

/**
 * Installs the plain-language routes (before "rsvp …", so that "rsvp help" is help).
 * @example installPlainRsvp(router, deps, rsvps, respond, respondTo);
 */
export function installPlainRsvp(
  router: Router,
  deps: BotDeps,
  rsvps: RsvpRepository,
  respond: Respond,
  respondTo: RespondTo,
): void {
  router.message(RSVP_HELP, async (ctx) => {
    await ctx.reply(rsvpHelpText(deps, ctx.now(), ctx.locale));
  });

  router.message(CANCEL_RSVP, async (ctx) => {
    await respond(ctx, { status: "declined", eventWords: ctx.match?.[1] });
  });

  router.message(CANCEL_RSVP_COMMAND, async (ctx) => {
    await respond(ctx, { status: "declined" });
  });

  router.message(
    (text, ctx) => withdrawsWithReason(ctx.event.asWritten ?? text),
    async (ctx) => {
      await respond(ctx, { status: "declined" });
    },
  );

  // « annule ma réponse pour la réception »: as written (the pivot keeps only "reception").
  router.message(
    (text, ctx) => rsvpGrammar().cancelForOf(ctx.event.asWritten ?? text) !== undefined,
    async (ctx) => {
      const found = rsvpGrammar().cancelForOf(ctx.event.asWritten ?? ctx.event.text);
      const words = eventWordsOf(found?.words ?? "");
      const tongue = found ? LOCALE_WORDS[found.locale] : undefined;
      // The event as written, else in the English words of its language ("recepción" → "reception").
      const event =
        namedRsvpEvent(deps.catalogue, words, ctx.now()) ??
        (tongue ? namedRsvpEvent(deps.catalogue, toPivot(words, tongue).text, ctx.now()) : undefined);
      if (event) await respondTo(ctx, event, "declined", undefined);
      else await respond(ctx, { status: "declined", eventWords: words });
    },
  );

  for (const [pattern, status] of [
    [CANNOT_COME, "declined"],
    [WILL_ATTEND, "attending"],
  ] as const) {
    router.message(
      (text, ctx) => aboutRsvpEvent(deps, pattern, text, ctx.now()),
      async (ctx) => {
        const words = ctx.event.text.trim().match(pattern)?.[1];
        if (words === undefined) {
          const [event] = matchRsvpEvents(deps.catalogue, undefined, ctx.now());
          if (!event) throw new InputError(say(ctx.locale, "rsvp.error.noEvents"));
          await ctx.reply(
            withLocale(ctx.locale, () =>
              say(ctx.locale, `rsvp.ifYouMean.${status}`, {
                title: local(event.event.title, ctx.locale),
                day: formatDate(event.date),
              }),
            ),
          );
          return;
        }
        await respond(ctx, { status, eventWords: words });
      },
    );
  }

  // "I'll come to the reception with 2 experts", "je serai à la réception avec 1 expert",
  // "我不参加招待会": the same answer, checks and reply as "rsvp …", experts' names as written.
  router.message(
    (text, ctx) => statementAbout(deps, ctx.event.asWritten ?? text, ctx.now()) !== undefined,
    async (ctx) => {
      const found = statementAbout(deps, ctx.event.asWritten ?? ctx.event.text, ctx.now());
      if (!found) return;
      const { statement, event } = found;
      const experts =
        statement.status === "declined" ? undefined : readExperts(statement.rest, ctx.locale).experts;
      await respond(ctx, { status: statement.status, eventWords: event.id, experts });
    },
  );

  // "je ne viendrai pas", "возможно приду", "ya no voy": a statement alone, with one RSVP event
  // open, is about it; answered as English "I can't come" is, with the command to type.
  router.message(
    (text, ctx) =>
      rsvpGrammar().bareStatementOf(ctx.event.asWritten ?? text) !== undefined &&
      matchRsvpEvents(deps.catalogue, undefined, ctx.now()).length === 1,
    async (ctx) => {
      const bare = rsvpGrammar().bareStatementOf(ctx.event.asWritten ?? ctx.event.text);
      const [event] = matchRsvpEvents(deps.catalogue, undefined, ctx.now());
      if (!bare || !event) return;
      await ctx.reply(
        withLocale(ctx.locale, () =>
          say(ctx.locale, `rsvp.ifYouMean.${bare.status}`, {
            title: local(event.event.title, ctx.locale),
            day: formatDate(event.date),
          }),
        ),
      );
    },
  );

  router.message(CHANGE_RSVP, async (ctx) => {
    const rest = (ctx.match?.[1] ?? "").trim();
    if (rest === "") {
      throw new InputError(say(ctx.locale, "rsvp.error.changeTo"));
    }
    await respond(ctx, parseRsvp(COUNT_FIRST.test(rest) ? `attending with ${rest}` : rest, ctx.locale));
  });

  router.message(CHANGE_EXPERTS, async (ctx) => {
    await respond(ctx, parseRsvp(`attending with ${(ctx.match?.[1] ?? "").trim()}`, ctx.locale));
  });

  // Matched as written: the pivot would drop the expert's name ("enlève Léa Petit de ma réponse",
  // "把王伟从我的回复中删除").
  router.message(
    (text, ctx) => REMOVED_EXPERT(ctx.event.asWritten ?? text) !== undefined,
    async (ctx) => {
      const removed = REMOVED_EXPERT(ctx.event.asWritten ?? ctx.event.text);
      await removeExpert(ctx, removed?.expert ?? "", removed?.event);
    },
  );

  // "remove Taro", "enlève Léa Petit": an expert on one of the person's open answers; a name
  // that is none of them ("enlève Paul Martin", "删除专家王伟") is answered with those she named,
  // changing nothing, when it is written as a name or after an experts word; any other "remove
  // …" ("remove my reminders") passes on. The store is read only for such messages.
  router.useOnMessages(
    (ctx) => REMOVE_NAMED.test((ctx.event.asWritten ?? ctx.event.text).trim()),
    async (ctx, next) => {
      const text = (ctx.event.asWritten ?? ctx.event.text).trim();
      const wanted = text.match(REMOVE_NAMED)?.[1]?.trim();
      if (!wanted) return next();
      let named: { id: string } | undefined;
      for (const event of matchRsvpEvents(deps.catalogue, undefined, ctx.now())) {
        const previous = await rsvps.answer(event.id, ctx.user.id);
        if (previous && previous.status !== "declined" && previous.experts.names.length > 0) {
          if (findExpert(previous.experts.names, wanted)) {
            await removeExpert(ctx as TurnContext<MessageEvent>, wanted, event.id);
            return;
          }
          named ??= event;
        }
      }
      const asExpert = writtenAsName(wanted) || EXPERT_BEFORE.test(text.slice(0, text.lastIndexOf(wanted)));
      // Not among hers: `removeExpert` says so, with her experts, and changes nothing.
      if (named && asExpert) await removeExpert(ctx as TurnContext<MessageEvent>, wanted, named.id);
      else return next();
    },
  );

  // "actually only 1 expert, Raj cant come", « finalement Luc ne vient pas, juste Marie »,
  // "只带一位专家：王芳": the experts of the person's open answer changed in passing. Read only
  // when the grammar finds such a change; names that are none of hers and not written as names
  // ("just checking") pass on. The store is read only for such messages.
  router.useOnMessages(
    (ctx) => rsvpGrammar().expertsChangeOf(ctx.event.asWritten ?? ctx.event.text) !== undefined,
    async (ctx, next) => {
      const change = rsvpGrammar().expertsChangeOf(ctx.event.asWritten ?? ctx.event.text);
      if (!change) return next();
      const open: Array<{ event: SocialOccurrence; previous: RsvpAnswer }> = [];
      for (const event of matchRsvpEvents(deps.catalogue, undefined, ctx.now())) {
        const previous = await rsvps.answer(event.id, ctx.user.id);
        if (previous && previous.status !== "declined") open.push({ event, previous });
      }
      const [only] = open;
      if (open.length === 0 && change.keptByColon) {
        await respond(ctx as TurnContext<MessageEvent>, {
          status: "attending",
          experts: { count: change.count, names: change.kept },
        });
        return;
      }
      if (open.length !== 1 || !only) return next();
      const named = only.previous.experts.names;
      const outcome = expertsAfter(change, only.previous.experts, named);
      if (outcome === "notOurs") return next();
      const title = local(only.event.event.title, ctx.locale);
      if (outcome.kind === "noExperts")
        throw new InputError(say(ctx.locale, "rsvp.error.noExperts", { title }));
      if (outcome.kind === "notAmong") {
        throw new InputError(
          say(ctx.locale, "rsvp.error.notAmong", {
            wanted: outcome.wanted,
            names: named.join(say(ctx.locale, "rsvp.nameSeparator")),
          }),
        );
      }
      if (outcome.kind === "ask") {
        const status = only.previous.status;
        throw new InputError(
          say(ctx.locale, "rsvp.error.namedBefore", {
            count: named.length,
            names: named.join(say(ctx.locale, "rsvp.nameSeparator")),
            // The example is a command the bot reads: English's words, as the grammar has them.
            example: `rsvp ${status} with ${outcome.count} expert${outcome.count === 1 ? "" : "s"}: ${named
              .slice(0, outcome.count)
              .join(", ")}`,
          }),
        );
      }
      await respondTo(ctx, only.event, only.previous.status, {
        count: outcome.count,
        names: outcome.names,
        exact: true,
      });
    },
  );

  async function removeExpert(
    ctx: TurnContext<MessageEvent>,
    wanted: string,
    eventWords: string | undefined,
  ): Promise<void> {
    const event = resolveRsvpEvent(deps.catalogue, eventWords, ctx.now(), { locale: ctx.locale });
    const previous = await rsvps.answer(event.id, ctx.user.id);
    const names = previous && previous.status !== "declined" ? previous.experts.names : [];
    if (!previous || names.length === 0) {
      throw new InputError(
        say(ctx.locale, "rsvp.error.noExperts", { title: local(event.event.title, ctx.locale) }),
      );
    }
    const found = findExpert(names, wanted);
    if (!found) {
      throw new InputError(
        say(ctx.locale, "rsvp.error.notAmong", {
          wanted,
          names: names.join(say(ctx.locale, "rsvp.nameSeparator")),
        }),
      );
    }
    await respondTo(ctx, event, previous.status, {
      count: previous.experts.count - 1,
      names: names.filter((name) => name !== found),
      exact: true,
    });
  }
}

/** What a change of the experts in passing comes to, against the answer's experts. */
type ExpertsOutcome =
  | "notOurs"
  | { kind: "noExperts" }
  | { kind: "notAmong"; wanted: string }
  | { kind: "ask"; count: number }
  | { kind: "set"; count: number; names: string[] };

/** A name as people write names: capitals, or a script without them (Chinese). */
function readsAsName(text: string): boolean {
  return writtenAsName(text) || /^\p{Script=Han}/u.test(text);
}

/**
 * The experts after "Raj can't come", "only 1 expert", "juste Marie": names resolved against
 * those named (a first name only one has is enough); a number that leaves names out, or a name
 * kept and absent at once, is asked about, not guessed. "notOurs" for words that name nobody
 * and are not written as names ("just checking").
 * @example expertsAfter({ count: 1, kept: [], absent: ["Raj"], keptByColon: false }, { count: 2, names: ["Ana Lima", "Raj Patel"] }, ["Ana Lima", "Raj Patel"]) // { kind: "set", count: 1, names: ["Ana Lima"] }
 */
export function expertsAfter(
  change: ExpertsChangeWords,
  before: { count: number },
  named: readonly string[],
): ExpertsOutcome {
  const resolve = (wanted: string, mayBeNew: boolean): { name: string } | ExpertsOutcome => {
    const found = findExpert(named, wanted);
    if (found) return { name: found };
    if (mayBeNew) return { name: wanted };
    // "juste Marie" with Marie Dupont and Marie Curie named: which one is asked, not guessed.
    const words = comparableName(wanted).split(" ");
    const shared = named.filter((name) =>
      words.every((word) => comparableName(name).split(" ").includes(word)),
    );
    if (shared.length > 1) return { kind: "ask", count: change.count ?? Math.max(named.length - 1, 0) };
    if (!readsAsName(wanted)) return "notOurs";
    return named.length === 0 ? { kind: "noExperts" } : { kind: "notAmong", wanted };
  };
  const absent: string[] = [];
  for (const wanted of change.absent) {
    const found = resolve(wanted, false);
    if (typeof found === "string" || !("name" in found)) return found;
    absent.push(found.name);
  }
  const kept: string[] = [];
  for (const wanted of change.kept) {
    const found = resolve(wanted, change.keptByColon);
    if (typeof found === "string" || !("name" in found)) return found;
    kept.push(found.name);
  }
  if (kept.some((name) => absent.includes(name))) return { kind: "ask", count: change.count ?? kept.length };
  const names = kept.length > 0 ? kept : named.filter((name) => !absent.includes(name));
  const count = change.count ?? (kept.length > 0 ? kept.length : Math.max(before.count - absent.length, 0));
  if (count < names.length) return { kind: "ask", count };
  return { kind: "set", count, names };
}
