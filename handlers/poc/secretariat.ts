/**
 * The Secretariat's side of the directory: import, "who hasn't confirmed?", looking a record
 * up (logged), the audit trail. Everyone else asking for a POC's details gets one refusal,
 * the same words whether or not such a record exists.
 */
import { type Card, cardMessage } from "../../bot/cards.js";
import type { TurnContext } from "../../bot/context.js";
import { ForbiddenError, InputError } from "../../bot/errors.js";
import { say as words } from "../../bot/language/index.js";
import { stateName } from "../../bot/people/states.js";
import { approvalsRequired, holdForApproval } from "../approvals/service.js";
import { standing } from "./campaign.js";
import { historyCard, ownRecordCard, secretariatRecordCard } from "./cards.js";
import { holdImport } from "./held-import.js";
import { POC_COLUMNS, parsePocCsv } from "./import.js";
import { CONFIRMATION_MONTHS } from "./merge.js";
import type { LookupRequest } from "./parse.js";
import { actorOf, chatAccountFor, isSecretariat, verifiedEmailOf } from "./people.js";
import type { Say } from "./private.js";
import { type CorrectionsPolicy, describeSummary } from "./repository.js";
import { type PocType, pocId } from "./schema.js";
import type { PocServices } from "./services.js";
import { addMonthsUtc, daysBetween, formatDay } from "./time.js";

/** The one answer to anyone not entitled to a POC's details. */
export const LOOKUP_REFUSAL =
  "Sorry, I can only give a POC's contact details to that POC, or to the Secretariat, in a direct message. If you need to reach a State's POC, please ask the Secretariat.";

/** The approval kind of a chat import (four eyes). */
export const POC_IMPORT_APPROVAL = "poc-import";

/** Most problem lines shown in chat for a rejected import. */
const MAX_PROBLEM_LINES = 40;

function requireSecretariat(ctx: TurnContext): void {
  if (!isSecretariat(ctx)) throw new ForbiddenError();
}

/**
 * The choice on POCs' corrections a held import's approval carries (`corrections`, `seen`);
 * a request held before it carried one asks again.
 * @example approvedPolicy({ csv, corrections: "keep", seen: ["KEN:technical:phone:…"] }) // { corrections: "keep", seen: […] }
 */
export function approvedPolicy(payload: Readonly<Record<string, unknown>>): CorrectionsPolicy {
  const { corrections, seen } = payload;
  if (corrections !== "keep" && corrections !== "file") return { corrections: "ask" };
  return Array.isArray(seen) ? { corrections, seen: seen.map(String) } : { corrections };
}

/** How a chat import runs: see {@link importFromChat}. */
export interface ChatImportOptions {
  /** Remove the records the file lacks ("import poc directory, removing missing"). */
  removeMissing?: boolean;
  /** A second Secretariat member approved it (four eyes): it runs now. */
  approved?: boolean;
  /** The choice made on the POCs' own corrections, if one was (default: ask). */
  policy?: CorrectionsPolicy;
}

/**
 * "import poc directory" followed by the CSV, in a direct message. With four eyes, the member
 * who imports first chooses about any POCs' own corrections the file would overwrite; the
 * approval then holds that choice, and its preview counts what the import will do with it.
 * @example await importFromChat(services, ctx, csv); // replies with the summary or the row-by-row problems
 */
export async function importFromChat(
  services: PocServices,
  ctx: TurnContext,
  csv: string,
  options: ChatImportOptions = {},
): Promise<void> {
  const { removeMissing = false, approved = false, policy = { corrections: "ask" } } = options;
  requireSecretariat(ctx);
  if (!ctx.event.isDirect) {
    throw new InputError(
      "The POC directory holds contact details: paste it in a direct message to me, not in a channel. Nothing was imported.",
    );
  }
  if (csv.trim() === "") {
    await ctx.reply(
      `Paste the directory under the words "import poc directory", as CSV with this header line (template: data/templates/poc-directory.csv):\n${POC_COLUMNS.join(",")}`,
    );
    return;
  }
  const result = parsePocCsv(csv, ctx.now());
  if (!result.ok) {
    const shown = result.problems.slice(0, MAX_PROBLEM_LINES);
    const more = result.problems.length - shown.length;
    await ctx.reply(
      [
        `Nothing was imported: ${result.problems.length} problem(s) to fix, row by row (row 1 is the header):`,
        ...shown.map((problem) => `• ${problem}`),
        ...(more > 0 ? [`… and ${more} more.`] : []),
      ].join("\n"),
    );
    return;
  }
  // Four eyes: a checked file waits for a second Secretariat member, who runs it on approval.
  if (approvalsRequired(services.deps) && !approved) {
    // What it would do, as it stands now and with the choice made: the approver reads it
    // before approving. Corrections the file would overwrite are chosen about first, here.
    const preview = await services.directory.previewImport(result.rows, actorOf(ctx), ctx.now(), policy);
    if (preview.kind === "choose") {
      await holdImport(services, ctx, csv, { removeMissing, approved }, preview.corrections);
      return;
    }
    const what = `${words(ctx.locale, "secretariat.approval.whatImport", { count: result.rows.length })}: ${describeSummary(preview.summary)}`;
    await holdForApproval(services.deps, ctx, POC_IMPORT_APPROVAL, what, {
      csv,
      removeMissing,
      corrections: policy.corrections,
      ...(policy.seen ? { seen: [...policy.seen] } : {}),
    });
    return;
  }
  const outcome = await services.directory.importDirectory(
    result.rows,
    actorOf(ctx),
    ctx.now(),
    { removeMissing, retryHint: 'send the same message starting "import poc directory, removing missing"' },
    policy,
  );
  if (outcome.kind === "choose") {
    const intro =
      policy.corrections === "ask"
        ? undefined
        : approved && policy.seen
          ? "POCs corrected more fields since this import was asked for. Nothing was imported; please choose."
          : "POCs corrected more fields since the list you answered. Nothing was imported; please choose again.";
    await holdImport(services, ctx, csv, { removeMissing, approved }, outcome.corrections, intro);
    return;
  }
  await ctx.reply(`Imported ${describeSummary(outcome.summary)}. Every change is in the audit trail.`);
}

/**
 * "who hasn't confirmed?": due, overdue and escalated records by State and type, worst first,
 * then every record never confirmed that is not due yet (oldest import first, with its age),
 * and a count by status.
 * @example router.message(WHO_HAS_NOT_CONFIRMED, (ctx) => answerPrivately(ctx, (say) => confirmationList(services, ctx, say)));
 */
export async function confirmationList(services: PocServices, ctx: TurnContext, say: Say): Promise<void> {
  requireSecretariat(ctx);
  const now = ctx.now();
  const records = await services.directory.all();
  const contacts = await services.deps.people.contacts();
  const zone = ctx.timeZone;
  const groups = { escalated: [] as string[], overdue: [] as string[], "due-soon": [] as string[] };
  const neverDue: Array<{ since: string; line: string }> = [];
  const unreachable: string[] = [];
  // A confirmation past its due date is counted as overdue, not confirmed: counts agree with the lists.
  const byStatus = { confirmed: 0, lapsed: 0, never: 0, changed: 0 };
  for (const record of records) {
    const reachable = chatAccountFor(record, contacts) !== undefined;
    if (!reachable) unreachable.push(`${record.state} ${record.type}`);
    const status = record.status === "confirmed" ? "confirmed" : record.lastConfirmedAt ? "changed" : "never";
    const where = standing(record, now);
    byStatus[status === "confirmed" && (where === "overdue" || where === "escalated") ? "lapsed" : status] +=
      1;
    const notReachable = reachable
      ? ""
      : " — NOT REACHABLE in chat (no account with a matching verified email)";
    if (where === "current") {
      if (status === "never") {
        // A record never confirmed is due 12 months after its first import: that is its age.
        const since = addMonthsUtc(record.nextDueAt, -CONFIRMATION_MONTHS);
        const age = Math.max(0, daysBetween(since, now));
        neverDue.push({
          since,
          line: `${record.state} ${record.type} — ${stateName(record.state)} — imported ${formatDay(since, zone)} (${plural(age, "day")} ago), never confirmed, due ${formatDay(record.nextDueAt, zone)}${notReachable}`,
        });
      }
      continue;
    }
    const late = daysBetween(record.nextDueAt, now);
    const when =
      late >= 0
        ? `due ${formatDay(record.nextDueAt, zone)}, ${plural(late, "day")} overdue`
        : `due ${formatDay(record.nextDueAt, zone)}`;
    const never =
      status === "confirmed"
        ? ""
        : status === "changed"
          ? `, changed by an import since its confirmation of ${formatDay(record.lastConfirmedAt, zone)}`
          : ", never confirmed";
    groups[where].push(
      `${record.state} ${record.type} — ${stateName(record.state)} — ${when}${never}${notReachable}`,
    );
  }
  neverDue.sort((a, b) => (a.since < b.since ? -1 : a.since > b.since ? 1 : 0));
  const section = (heading: string, lines: string[]) => ({
    heading: `${heading} (${lines.length})`,
    text: cap(lines) || "None.",
  });
  const card: Card = {
    title: "Who hasn't confirmed their POC details",
    sections: [
      section(`Escalation — more than 14 days overdue`, groups.escalated),
      section("Overdue", groups.overdue),
      section("Due within 30 days", groups["due-soon"]),
      section(
        "Never confirmed, not due yet (oldest first)",
        neverDue.map((item) => item.line),
      ),
      section("Not reachable in chat (no reminder can be sent)", unreachable),
    ],
    footer: `${plural(records.length, "record")} in the directory: ${byStatus.confirmed} confirmed and up to date, ${byStatus.lapsed} confirmed but overdue, ${byStatus.never} never confirmed, ${byStatus.changed} changed by an import since their POC confirmed. Sorted by State and type.`,
  };
  await say(() => cardMessage(card, ctx.locale));
}

/** "1 day", "3 days". */
function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

function cap(lines: string[], max = 50): string {
  const shown = lines.slice(0, max);
  return [...shown, ...(lines.length > max ? [`… and ${lines.length - max} more`] : [])].join("\n");
}

/**
 * "what is Kenya's technical POC's phone?": the Secretariat gets the record (logged), the
 * POC concerned gets their own; everyone else gets {@link LOOKUP_REFUSAL}, whether or not
 * the record exists.
 * @example await answerPrivately(ctx, (say) => lookup(services, ctx, parseLookup(text) as LookupRequest, say));
 */
export async function lookup(
  services: PocServices,
  ctx: TurnContext,
  request: LookupRequest,
  say: Say,
): Promise<void> {
  if (!isSecretariat(ctx)) {
    const id = request.state ? pocId(request.state, request.type) : undefined;
    const email = verifiedEmailOf(ctx);
    const record = id && email ? await services.directory.get(id) : undefined;
    if (record && email && record.emails.includes(email))
      return say(() => cardMessage(ownRecordCard(record, undefined, ctx.now()), ctx.locale));
    return say(LOOKUP_REFUSAL);
  }
  const state = knownState(request);
  const record = await services.directory.get(pocId(state, request.type));
  if (!record) return say(`The directory has no ${request.type} POC for ${stateName(state)} (${state}).`);
  await logView(services, ctx, record.id, "record");
  await say(() => cardMessage(secretariatRecordCard(record, ctx.timeZone, ctx.now()), ctx.locale));
}

/**
 * "poc history KEN technical": the audit trail (Secretariat only, logged).
 * @example await answerPrivately(ctx, (say) => history(services, ctx, parseHistory("poc history KEN technical") as LookupRequest, say));
 */
export async function history(
  services: PocServices,
  ctx: TurnContext,
  request: LookupRequest,
  say: Say,
): Promise<void> {
  requireSecretariat(ctx);
  const state = knownState(request);
  const id = pocId(state, request.type);
  const entries = await services.directory.history(id);
  await logView(services, ctx, id, "audit trail");
  await say(() =>
    cardMessage(historyCard({ state, type: request.type as PocType }, entries, ctx.timeZone), ctx.locale),
  );
}

function knownState(request: LookupRequest): string {
  if (!request.state) {
    throw new InputError(
      `"${request.stateWords}" is not a State I know; use its English name or ISO 3166-1 alpha-3 code, e.g. Kenya or KEN.`,
    );
  }
  return request.state;
}

async function logView(services: PocServices, ctx: TurnContext, id: string, what: string): Promise<void> {
  const by = actorOf(ctx);
  await services.directory.logView({ pocId: id, at: ctx.now().toISOString(), by, what });
  ctx.log.info({ pocId: id, viewer: by.email ?? by.userId, what }, "POC details viewed by the Secretariat");
}
