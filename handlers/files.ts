/**
 * Files sent to the bot: a roster or POC directory CSV, or a programme YAML, arrives as an
 * attachment (fetched by the adapter, `bot/attachments.ts`) and is read exactly as a paste of
 * it would be: this module turns the message into "import roster" / "import poc directory" /
 * "revise programme" followed by the file's text, and the paste handlers behind it do the
 * rest (who may, validation, preview, confirmation). A file that cannot be read (too large,
 * not CSV or YAML, not text, download failed, or a CSV that is neither) gets a specific
 * answer and changes nothing.
 */

import { attachmentKind, MAX_ATTACHMENT_BYTES } from "../bot/attachments.js";
import { InputError } from "../bot/errors.js";
import { say } from "../bot/language/messages.js";
import type { BotDeps, HandlerModule } from "../bot/module.js";
import type { Attachment, AttachmentProblem, MessageEvent } from "../bot/types.js";
import { findUnsafeCharacter } from "../bot/unsafe-text.js";
import { languageOfLocale } from "./language.js";
import { importCsvOf, POC_IMPORT_COMMAND } from "./poc/parse.js";
import { REVISE_COMMAND, REVISE_PROGRAMME } from "./revisions/parse.js";
import { importCommandCsv, ROSTER_IMPORT_COMMAND } from "./roster/parse.js";

/** What a file is for. */
export type FileTarget = "roster" | "poc-directory" | "programme";

/**
 * True when the message's text came from a file the adapter fetched (already held to
 * {@link MAX_ATTACHMENT_BYTES}), so the paste handlers' chat length limits do not apply.
 * @example if (!fromFile(ctx.event) && ctx.event.text.length > MAX_ROSTER_MESSAGE) throw …
 */
export function fromFile(event: MessageEvent): boolean {
  return event.attachments?.some((attachment) => attachment.text !== undefined) ?? false;
}

/**
 * A CSV's target by its header line: the roster's has `roles`, the directory's `type`.
 * @example csvTarget("email,name,state,roles\n…") === "roster"
 */
export function csvTarget(csv: string): FileTarget | undefined {
  const header = csv
    .split(/\r?\n/)
    .find((line) => line.trim() !== "")
    ?.toLowerCase()
    .split(/[,;\t]/)
    .map((column) => column.trim().replace(/^"|"$/g, ""));
  if (!header) return undefined;
  if (header.includes("roles") && header.includes("email")) return "roster";
  if (header.includes("type") && header.includes("state")) return "poc-directory";
  return undefined;
}

/** The message the file is read as: the sender's own command if they typed one, else the target's. */
function asPaste(text: string, file: string, kind: "csv" | "yaml"): string | undefined {
  const typed = text.trim();
  const command =
    typed !== "" && (importCommandCsv(typed) ?? importCsvOf(typed) ?? REVISE_PROGRAMME.exec(typed))
      ? typed
      : undefined;
  if (command) return `${command}\n${file}`;
  const target = kind === "yaml" ? "programme" : csvTarget(file);
  if (!target) return undefined;
  const canonical = {
    roster: ROSTER_IMPORT_COMMAND,
    "poc-directory": POC_IMPORT_COMMAND,
    programme: REVISE_COMMAND,
  }[target];
  return `${canonical}\n${file}`;
}

/**
 * A file name as it may be shown back: without the control, bidirectional and invisible
 * characters `bot/unsafe-text.ts` names (a name is only echoed, never stored), at most 80
 * characters.
 * @example shownName("\u202Egpj.csv") === "gpj.csv"
 */
export function shownName(name: string): string {
  let shown = name;
  for (let found = findUnsafeCharacter(shown); found; found = findUnsafeCharacter(shown)) {
    const without = shown.replace(String.fromCodePoint(found.codePoint), "");
    if (without === shown) return "";
    shown = without;
  }
  shown = shown.replace(/\s+/g, " ").trim();
  return shown.length > 80 ? `${shown.slice(0, 79)}…` : shown;
}

function megabytes(bytes: number): string {
  return (Math.ceil(bytes / 100_000) / 10).toString();
}

/** The catalogue key of an attachment's problem, and its placeholders. */
function problemKey(attachment: Attachment): { key: string; values: Record<string, string> } {
  const values = {
    name: shownName(attachment.name),
    size: megabytes(attachment.size ?? MAX_ATTACHMENT_BYTES + 1),
    limit: megabytes(MAX_ATTACHMENT_BYTES),
  };
  const keys: Record<AttachmentProblem, string> = {
    "too-large": "file.tooLarge",
    "unsupported-type": "file.unsupportedType",
    "not-text": "file.notText",
    "download-failed": "file.downloadFailed",
  };
  return { key: keys[attachment.problem ?? "download-failed"] ?? "file.downloadFailed", values };
}

/**
 * The language a refusal is said in: the one the person chose, else the one they last wrote
 * in, else their platform's (the language module, which runs after the paste handlers, would
 * pick the same for a message with no words of its own).
 */
async function localeOf(event: MessageEvent, deps: BotDeps): Promise<string> {
  const contact = await deps.people.contact(event.user.id).catch(() => undefined);
  return contact?.language ?? contact?.languageInUse ?? languageOfLocale(event.user.locale) ?? "en";
}

/**
 * Installed first, before the paste handlers it hands the file to.
 * @example export const handlerModules = [fileIntake, pocImport, rosterImport, revisionPaste, inputGuard, …];
 */
export const fileIntake: HandlerModule = {
  name: "files",
  install(router, deps) {
    router.useOnMessages(
      (ctx) => (ctx.event.attachments?.length ?? 0) > 0,
      async (ctx, next) => {
        const event = ctx.event;
        const attachments = event.attachments ?? [];
        const refuse = async (key: string, values: Record<string, string | number>) =>
          new InputError(say(await localeOf(event, deps), key, values));
        if (attachments.length > 1) throw await refuse("file.oneAtATime", { count: attachments.length });
        const [attachment] = attachments as [Attachment];
        if (attachment.problem || attachment.text === undefined) {
          const problem = problemKey(attachment);
          throw await refuse(problem.key, problem.values);
        }
        const kind = attachmentKind(attachment.name, attachment.mediaType);
        if (!kind) throw await refuse("file.unsupportedType", { name: shownName(attachment.name) });
        const text = asPaste(event.text, attachment.text.replace(/\s+$/, ""), kind);
        if (text === undefined) throw await refuse("file.unknownCsv", { name: shownName(attachment.name) });
        // The paste handlers read the event's text: the file becomes the paste it stands for.
        (ctx as { event: MessageEvent }).event = { ...event, text };
        return next();
      },
    );
  },
};
