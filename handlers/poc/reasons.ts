/**
 * Why a value typed for a POC field cannot be taken, as a reason code and its values: one
 * source for the Secretariat's import report (English) and a POC's own correction in chat
 * (their language). The wording is `poc.reason.<code>` in `bot/language/locales/<tag>/features.ts`.
 */
import type { z } from "zod";
import { say } from "../../bot/language/messages.js";
import { stateName } from "../../bot/people/states.js";

/** The reason codes: the keys of `poc.reason`. */
export type ReasonCode =
  | "phoneEmpty"
  | "extensionTooLong"
  | "phoneCharacters"
  | "noCountryCode"
  | "phoneTooShort"
  | "phoneTooShortIn"
  | "phoneTooLong"
  | "phoneTooLongIn"
  | "unknownCountryCode"
  | "phoneUnreadable"
  | "phoneInvalid"
  | "phoneInvalidIn"
  | "hoursSpan"
  | "startClock"
  | "endClock"
  | "startAt24"
  | "endBeforeStart"
  | "days"
  | "emailNeeded"
  | "emailInvalid"
  | "fingerprintEmpty"
  | "fingerprintCharacters"
  | "fingerprintLength"
  | "zoneCity"
  | "zoneUnknown"
  | "textEmpty"
  | "textLong"
  | "textLines"
  | "textLetters";

/**
 * One reason. `values.state` is a State or country code (shown as its name in the reader's
 * language) and `values.field` a field of `poc.field` (shown as its name); the rest as written.
 */
export interface Reason {
  code: ReasonCode;
  values?: Record<string, string | number>;
}

/**
 * A reason in words, in `locale`.
 * @example reasonText("fr", { code: "phoneTooShortIn", values: { written: "12", state: "KEN" } }) === "« 12 » est trop court pour un numéro de téléphone au Kenya"
 */
export function reasonText(locale: string, reason: Reason): string {
  const values = { ...reason.values };
  if (typeof values.state === "string") values.country = stateName(values.state, locale);
  if (typeof values.field === "string") values.field = say(locale, `poc.field.${values.field}`);
  return say(locale, `poc.reason.${reason.code}`, values);
}

/**
 * Adds a reason to a zod refinement: its message is the English one (the import report), and
 * its params carry the reason for a reader in another language ({@link issueText}).
 * @example addReason(ctx, { code: "emailNeeded" });
 */
export function addReason(ctx: z.RefinementCtx, reason: Reason): void {
  ctx.addIssue({ code: "custom", message: reasonText("en", reason), params: { reason } });
}

/**
 * A zod issue in `locale`: its reason when it has one, else its message as it is.
 * @example issueText("ar", parsed.error.issues[0])
 */
export function issueText(
  locale: string,
  issue: { message: string; params?: Record<string, unknown> },
): string {
  const reason = issue.params?.reason as Reason | undefined;
  return reason ? reasonText(locale, reason) : issue.message;
}

/**
 * A failed reading with its reason, and its English message.
 * @example failWith({ code: "startAt24" }) // { ok: false, reason: { code: "startAt24" }, message: "the hours cannot start at 24:00" }
 */
export function failWith(reason: Reason): { ok: false; reason: Reason; message: string } {
  return { ok: false, reason, message: reasonText("en", reason) };
}
