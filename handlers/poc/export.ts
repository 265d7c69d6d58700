/**
 * "export poc directory": the whole directory as CSV for the Secretariat, in a direct message
 * only, through `bot/csv.ts` (a cell a spreadsheet would run as a formula gets a leading
 * apostrophe, which the import takes off again). The columns are the import template's, then
 * the record's standing: the file can be edited and imported back.
 */
import type { TurnContext } from "../../bot/context.js";
import { exportCsv } from "../../bot/csv.js";
import { ForbiddenError, InputError } from "../../bot/errors.js";
import { say } from "../../bot/language/index.js";
import { PART_GAP_MS } from "../broadcast/report.js";
import { splitCsv } from "../broadcast/tally.js";
import { formatHours } from "./hours.js";
import { EXPORT_ONLY_COLUMNS, POC_COLUMNS } from "./import.js";
import { isSecretariat } from "./people.js";
import { formatPhone } from "./phone.js";
import type { PocRecord } from "./schema.js";
import type { PocServices } from "./services.js";

/** "export poc directory", "export the poc directory as csv", "poc directory csv". */
export const EXPORT_DIRECTORY =
  /^(?:(?:export|download|send me)\s+(?:the\s+)?(?:whole\s+)?poc\s+directory(?:\s+(?:as\s+)?csv)?|poc\s+directory\s+(?:csv|export))[.!?]*$/i;

/** Largest CSV part, in characters (one message on every platform). */
const PART_CHARS = 20_000;

/**
 * One row per record: the template's columns (re-importable), then status and next due date.
 * @example directoryExportCsv(records) // "state,type,name,…,last_confirmed,status,next_due\nKEN,technical,…"
 */
export function directoryExportCsv(records: readonly PocRecord[]): string {
  const rows = [...records]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((record) => {
      const cells: Record<(typeof POC_COLUMNS)[number] | (typeof EXPORT_ONLY_COLUMNS)[number], string> = {
        state: record.state,
        type: record.type,
        name: record.name,
        title: record.title,
        organisation: record.organisation,
        emails: record.emails.join("; "),
        phone: formatPhone(record.phone),
        phone_24_7: record.phone247 ? formatPhone(record.phone247) : "",
        time_zone: record.timeZone,
        hours: formatHours(record.hours),
        pgp_fingerprint: record.pgpFingerprint ?? "",
        last_confirmed: record.lastConfirmedAt?.slice(0, 10) ?? "",
        status: record.status,
        next_due: record.nextDueAt.slice(0, 10),
      };
      return [...POC_COLUMNS, ...EXPORT_ONLY_COLUMNS].map((column) => cells[column]);
    });
  return exportCsv([[...POC_COLUMNS, ...EXPORT_ONLY_COLUMNS], ...rows]);
}

/**
 * Answers "export poc directory": Secretariat only, in a direct message only (refused in a
 * channel, where the CSV would be seen by everyone), in parts of at most 20,000 characters.
 * @example router.message(EXPORT_DIRECTORY, (ctx) => exportDirectory(services, ctx));
 */
export async function exportDirectory(services: PocServices, ctx: TurnContext): Promise<void> {
  if (!isSecretariat(ctx)) throw new ForbiddenError();
  const locale = ctx.locale;
  if (!ctx.event.isDirect) throw new InputError(say(locale, "secretariat.export.channel"));
  const records = await services.directory.all();
  if (records.length === 0) {
    await ctx.reply(say(locale, "secretariat.export.empty"));
    return;
  }
  const parts = splitCsv(directoryExportCsv(records), PART_CHARS);
  for (const [index, part] of parts.entries()) {
    // One message at a time to one conversation (Slack allows about one per second).
    if (index > 0) await new Promise((resolve) => setTimeout(resolve, PART_GAP_MS));
    const heading =
      parts.length > 1
        ? say(locale, "secretariat.export.part", {
            count: records.length,
            part: index + 1,
            parts: parts.length,
          })
        : say(locale, "secretariat.export.whole", { count: records.length });
    await ctx.reply(`${heading}\n${part}`);
  }
}
