/**
 * Self-service for POCs, always in a direct message: see one's record, confirm it, change one
 * field (preview, then confirm). A POC is recognised only by the email their chat platform
 * verified; an email typed in a message grants nothing.
 */

import { randomUUID } from "node:crypto";
import type { WaitingAck } from "../../bot/acknowledgements.js";
import { cardMessage } from "../../bot/cards.js";
import type { TurnContext } from "../../bot/context.js";
import { InputError } from "../../bot/errors.js";
import { withLocale } from "../../bot/language/current.js";
import { conjunction } from "../../bot/language/intl.js";
import { say as wording } from "../../bot/language/messages.js";
import { chosenPlaceOf } from "../../bot/people/schema.js";
import { stateName } from "../../bot/people/states.js";
import type { ActionEvent } from "../../bot/types.js";
import {
  changePreviewCard,
  editFormCard,
  fieldName,
  ownRecordCard,
  recordHeading,
  shownValue,
} from "./cards.js";
import { keepEmailRequest, waitingEmailRequest } from "./email-requests.js";
import {
  displayField,
  EDITABLE_FIELDS,
  type EditableField,
  fieldFromWords,
  fieldLabel,
  readFieldChange,
} from "./fields.js";
import { notifySecretariat } from "./notify.js";
import type { ChangeRequest } from "./parse.js";
import { actorOf, verifiedEmailOf } from "./people.js";
import type { Say } from "./private.js";
import { CONFIRMATION_MONTHS } from "./repository.js";
import {
  missingForType,
  type PendingChange,
  type PocRecord,
  type PocType,
  pendingChangeSchema,
} from "./schema.js";
import type { PocServices } from "./services.js";
import { addMonthsUtc, DIRECTORY_ZONE, formatDay, formatMoment } from "./time.js";

/** How long a previewed change waits for its Confirm click. */
export const PENDING_TTL_MS = 15 * 60 * 1000;

/**
 * The answer to someone the directory does not know as a POC.
 * @example await say(noRecordText(ctx));
 */
export function noRecordText(ctx: TurnContext): string {
  const email = verifiedEmailOf(ctx);
  return email ? wording(ctx.locale, "poc.noRecord", { email }) : wording(ctx.locale, "poc.noRecordNoEmail");
}

/**
 * No record of the type asked for: when the asker holds the other one ("my technical
 * details" from the diplomatic POC), says so instead of "no POC record".
 */
async function noRecordOfType(services: PocServices, ctx: TurnContext, type?: PocType): Promise<string> {
  const held = type ? await ownRecords(services, ctx) : [];
  const other = held[0];
  if (!other) return noRecordText(ctx);
  return wording(ctx.locale, "poc.otherType", {
    held: wording(ctx.locale, `poc.type.${other.type}`),
    state: stateName(other.state, ctx.locale),
    code: other.state,
    asked: wording(ctx.locale, `poc.type.${type}`),
  });
}

/**
 * The answer to a click on another POC's button (same words whether the record exists or not).
 * @example notYours("en") // "Only the POC concerned can do that, …"
 */
export const notYours = (locale: string) => wording(locale, "poc.notYours");

/**
 * The asker's own records (matched on their verified email), optionally of one type.
 * @example (await ownRecords(services, ctx)).map((r) => r.id) // ["KEN:technical"]
 */
export async function ownRecords(
  services: PocServices,
  ctx: TurnContext,
  type?: PocType,
): Promise<PocRecord[]> {
  const records = await services.directory.forEmail(verifiedEmailOf(ctx));
  return type ? records.filter((record) => record.type === type) : records;
}

/** The asker's record with this id, or undefined when it is not theirs (or does not exist). */
async function ownRecord(
  services: PocServices,
  ctx: TurnContext,
  id: string,
): Promise<PocRecord | undefined> {
  const email = verifiedEmailOf(ctx);
  const record = await services.directory.get(id);
  return record && email && record.emails.includes(email) ? record : undefined;
}

/**
 * "my details": the asker's record(s) with Confirm and Change buttons.
 * @example router.message(MY_DETAILS, (ctx) => answerPrivately(ctx, (say) => showMyDetails(services, ctx, say)));
 */
export async function showMyDetails(services: PocServices, ctx: TurnContext, say: Say, type?: PocType) {
  const records = await ownRecords(services, ctx, type);
  if (records.length === 0) return say(await noRecordOfType(services, ctx, type));
  for (const record of records) {
    const waiting = await waitingEmailRequest(services.store, record);
    await say(() =>
      cardMessage(
        ownRecordCard(
          record,
          waiting &&
            wording(ctx.locale, "poc.own.waitingEmails", {
              day: formatDay(waiting.requestedAt, record.timeZone),
              list: waiting.emails,
              who: waiting.by,
            }),
          ctx.now(),
          chosenPlaceOf(ctx.contact, record.timeZone),
        ),
        ctx.locale,
      ),
    );
  }
}

/**
 * "my email is not x@y.org": a denied value is no new value. Says what the record holds and
 * asks for the right value; writes nothing and previews nothing.
 * @example await answerDenial(services, ctx, { field: "emails", value: "x@y.org", negated: true }, say);
 */
export async function answerDenial(
  services: PocServices,
  ctx: TurnContext,
  request: ChangeRequest,
  say: Say,
) {
  const records = await ownRecords(services, ctx, request.type);
  if (records.length === 0) return say(await noRecordOfType(services, ctx, request.type));
  const field = fieldLabel(request.field, ctx.locale);
  const lines = records.map((record) =>
    wording(ctx.locale, "poc.denied.holds", {
      field,
      type: wording(ctx.locale, `poc.type.${record.type}`),
      value: displayField(request.field, record, ctx.locale),
    }),
  );
  return say([...lines, wording(ctx.locale, "poc.denied.ask", { field })].join("\n"));
}

/**
 * "change my phone to …": checks the value and previews the change; writes nothing.
 * @example await previewChange(services, ctx, { field: "phone", value: "+254 20 123 4567" }, say);
 */
export async function previewChange(
  services: PocServices,
  ctx: TurnContext,
  request: ChangeRequest,
  say: Say,
  record?: PocRecord,
): Promise<void> {
  const target = record ?? (await pickRecord(services, ctx, request));
  if (!target) return say(await noRecordOfType(services, ctx, request.type));
  const change = readFieldChange(request.field, request.value, target, ctx.locale);
  const after: Partial<PocRecord> = { ...target, ...change.patch };
  for (const cleared of change.clears) delete after[cleared];
  const before = displayField(request.field, target);
  const afterText = displayField(request.field, after);
  const label = wording(ctx.locale, `poc.field.${request.field}`);
  if (before === afterText) {
    // displayField shows an empty field as "—"; said as a sentence, it is "not set".
    const hours = request.field === "hours" ? "Hours" : "";
    throw new InputError(
      before === "—"
        ? wording(ctx.locale, `poc.error.notSet${hours}`, { field: label })
        : wording(ctx.locale, `poc.error.already${hours}`, { field: label, value: before }),
    );
  }
  let warning: string | undefined;
  if (request.field === "emails") warning = emailNotes(ctx, target, change.patch.emails ?? []);
  // A zone named by a place: the place as written beside the IANA zone the record will hold.
  if (change.place !== undefined && change.patch.timeZone)
    warning = wording(ctx.locale, "poc.zoneFromPlace", {
      written: change.place,
      zone: change.patch.timeZone,
    });
  const pending: PendingChange = {
    nonce: randomUUID(),
    userId: ctx.user.id,
    pocId: target.id,
    recordVersion: target.version,
    field: request.field,
    patch: change.patch,
    clears: change.clears,
    before,
    after: afterText,
    expiresAt: new Date(ctx.now().getTime() + PENDING_TTL_MS).toISOString(),
  };
  await services.store.set(`pending:${ctx.user.id}`, pending, PENDING_TTL_MS);
  await say(() => cardMessage(changePreviewCard(pending, target, warning), ctx.locale));
}

/**
 * "add <email> to my emails", "remove <email> from my emails": the asker's list with that one
 * address more or fewer, previewed as "change my emails to …" would be (a new address still
 * goes to the Secretariat after the confirmation). Writes nothing.
 * @throws {InputError} when the words hold no address or several, when the address to add is
 * listed already, or the one to remove is not listed.
 * "add <email> as my technical email" names the record (of a POC of both types, which one).
 * @example await previewEmailEdit(services, ctx, { action: "add", addresses: ["a@mission.example"] }, say);
 */
export async function previewEmailEdit(
  services: PocServices,
  ctx: TurnContext,
  edit: { action: "add" | "remove"; addresses: readonly string[]; type?: PocType },
  say: Say,
): Promise<void> {
  const [address, ...more] = edit.addresses;
  if (address === undefined || more.length > 0)
    throw new InputError(wording(ctx.locale, "poc.error.emailOne"));
  // "add x@y.org as my technical email": that record; none of that type is said as such.
  const target = await pickRecord(services, ctx, {
    field: "emails",
    value: "",
    ...(edit.type ? { type: edit.type } : {}),
  });
  if (!target) return say(edit.type ? await noRecordOfType(services, ctx, edit.type) : noRecordText(ctx));
  const listed = target.emails.includes(address);
  if (edit.action === "add" && listed)
    throw new InputError(wording(ctx.locale, "poc.error.emailListed", { email: address }));
  if (edit.action === "remove" && !listed)
    throw new InputError(
      wording(ctx.locale, "poc.error.emailNotListed", {
        email: address,
        list: conjunction(ctx.locale, target.emails),
      }),
    );
  const emails =
    edit.action === "add" ? [...target.emails, address] : target.emails.filter((email) => email !== address);
  return previewChange(services, ctx, { field: "emails", value: emails.join(", ") }, say, target);
}

async function pickRecord(
  services: PocServices,
  ctx: TurnContext,
  request: ChangeRequest,
): Promise<PocRecord | undefined> {
  const records = await ownRecords(services, ctx, request.type);
  if (records.length > 1) {
    throw new InputError(
      wording(ctx.locale, "poc.error.whichType", {
        state: records[0]?.state ?? "",
        field: fieldLabel(request.field, ctx.locale),
      }),
    );
  }
  return records[0];
}

/**
 * Notes on an e-mail change shown with its preview. Whether an address belongs to another
 * State's POC is not checked here: the answer must be the same either way (see
 * requestNewEmails), or the directory could be probed one address at a time.
 */
function emailNotes(ctx: TurnContext, record: PocRecord, emails: string[]): string | undefined {
  const notes: string[] = [];
  if (emails.some((email) => !record.emails.includes(email))) {
    notes.push(wording(ctx.locale, "poc.emailNewAddresses"));
  }
  // "change my email to X" replaces the list: every address that goes is named (a shared
  // desk's address would otherwise go unnoticed).
  const removed = record.emails.filter((email) => !emails.includes(email));
  if (removed.length > 0) {
    notes.push(
      wording(ctx.locale, "poc.emailRemovedAddresses", {
        count: removed.length,
        list: conjunction(ctx.locale, removed),
      }),
    );
  }
  const mine = verifiedEmailOf(ctx);
  if (mine && !emails.includes(mine)) {
    notes.push(wording(ctx.locale, "poc.emailAccountWarning", { email: mine }));
  }
  return notes.length > 0 ? notes.join("\n") : undefined;
}

/**
 * The Confirm click of a preview: applies the pending change if it is still the one shown.
 * @example router.action(ACTIONS.changeConfirm, (ctx) => answerPrivately(ctx, (say) => confirmChange(services, ctx, say)));
 */
export async function confirmChange(services: PocServices, ctx: TurnContext<ActionEvent>, say: Say) {
  return applyPending(services, ctx, say, ctx.event.value);
}

/**
 * The person's change preview still waiting for its Confirm or Cancel, if any (expired ones
 * are none): a typed "confirm", "oui", "annuler" answers it.
 */
export async function waitingPreview(
  services: PocServices,
  ctx: TurnContext,
): Promise<PendingChange | undefined> {
  const pending = await services.store.get(`pending:${ctx.user.id}`, pendingChangeSchema);
  return pending && pending.expiresAt >= ctx.now().toISOString() ? pending : undefined;
}

/**
 * A typed answer to the preview on screen ("confirm", "confirm the change", "oui", "确认"):
 * applies it as its Confirm button does. Without this a typed "confirm" confirmed the record as
 * it stood, the old value certified for a year and the correction dropped.
 * @example await confirmTypedChange(services, ctx, say);
 */
export async function confirmTypedChange(services: PocServices, ctx: TurnContext, say: Say) {
  return applyPending(services, ctx, say);
}

/**
 * A bare "ok", "oui", "confirm" while the preview waits and something else waits for the
 * asker's acknowledgement (a ping test, a broadcast): which it answers is not known, so nothing
 * is applied or recorded, and the answer names both and the words that choose each.
 * @example await say(whichWaiting(pending, await deps.acknowledgements.waiting(ctx), ctx.locale));
 */
export function whichWaiting(pending: PendingChange, others: readonly WaitingAck[], locale: string): string {
  return withLocale(locale, () =>
    wording(locale, "poc.whichWaiting", {
      field: fieldName(pending.field),
      value: shownValue(pending.field, pending.after, locale),
      list: conjunction(
        locale,
        others.map((other) => other.label),
      ),
      confirm: wording(locale, "poc.preview.confirm"),
    }),
  );
}

/**
 * Applies the pending change: the one a button's `nonce` names, or (typed) the one waiting.
 */
async function applyPending(services: PocServices, ctx: TurnContext, say: Say, nonce?: string) {
  const key = `pending:${ctx.user.id}`;
  const pending = await services.store.get(key, pendingChangeSchema);
  const stale = wording(ctx.locale, "poc.notPending");
  if (!pending || (nonce !== undefined && pending.nonce !== nonce)) return say(stale);
  if (pending.expiresAt < ctx.now().toISOString()) {
    await services.store.delete(key);
    return say(stale);
  }
  const record = await ownRecord(services, ctx, pending.pocId);
  if (!record) return say(notYours(ctx.locale));
  if (record.version !== pending.recordVersion) {
    await services.store.delete(key);
    return say(wording(ctx.locale, "poc.changedSincePreview"));
  }
  if (!(await services.store.setIfAbsent(`applied:${pending.nonce}`, true, 24 * 3_600_000))) {
    return say(wording(ctx.locale, "poc.alreadyApplied"));
  }
  if (pending.field === "emails") {
    const added = (pending.patch.emails ?? []).filter((email) => !record.emails.includes(email));
    if (added.length > 0) {
      await services.store.delete(key);
      return requestNewEmails(services, ctx, record, added, pending, say);
    }
  }
  const now = ctx.now().toISOString();
  const apply = (current: PocRecord): PocRecord => {
    const updated: PocRecord = { ...current, ...pending.patch, version: current.version + 1, updatedAt: now };
    for (const cleared of pending.clears) delete updated[cleared];
    return updated;
  };
  const missing = missingForType(record.type, apply(record));
  if (missing.length > 0) return say(`${missing.join("; ")}. Nothing was changed.`);
  // Written only if nobody changed the record since it was read (another POC of the same
  // record confirming at the same moment): otherwise nothing is written.
  const actor = actorOf(ctx);
  // The change and its audit entry: one atomic write.
  const saved = await services.directory.update(
    record.id,
    (current) => (current?.version === pending.recordVersion ? apply(current) : undefined),
    () => [
      {
        pocId: record.id,
        at: now,
        by: actor,
        source: "self-service",
        field: pending.field,
        before: pending.before,
        after: pending.after,
      },
    ],
  );
  await services.store.delete(key);
  if (!saved) {
    return say(wording(ctx.locale, "poc.changedSincePreview"));
  }
  // Their record's zone is theirs in every answer from the next message on.
  if (pending.field === "timeZone")
    await services.deps.people.recordContact(ctx.user, undefined, ctx.now(), { relist: true });
  // The Secretariat's notice is in English, whatever the POC's language.
  const label = (EDITABLE_FIELDS as readonly string[]).includes(pending.field)
    ? fieldLabel(pending.field as EditableField, "en")
    : pending.field;
  const locale = ctx.locale;
  // The Secretariat's notice is in English, whatever the POC's language.
  const [heading, changedOn] = withLocale("en", () => [
    recordHeading(record),
    formatMoment(now, DIRECTORY_ZONE),
  ]);
  const notified = await notifySecretariat(
    services.deps,
    `${record.id}@${now}`,
    `POC details changed: ${heading}`,
    [
      `${label}: ${pending.before} → ${pending.after}`,
      `Changed by ${actor.email ?? actor.userId} (the POC, self-service) on ${changedOn}.`,
    ],
    ctx.now(),
  );
  // Only say the Secretariat is told when a notice was queued to someone.
  const told = wording(locale, notified > 0 ? "poc.told" : "poc.logged");
  await say(() =>
    wording(locale, "poc.done", {
      field: fieldName(pending.field),
      value: shownValue(pending.field, pending.after, locale),
      told,
    }),
  );
}

/**
 * The one answer to a POC adding e-mail addresses, whether or not one is another State's, in
 * their language.
 * @example NEW_EMAILS_ANSWER(["a@mission.example"], "fr").startsWith("Merci.")
 */
export const NEW_EMAILS_ANSWER = (added: readonly string[], locale = "en"): string =>
  wording(locale, "poc.newEmails", { list: added.join(", ") });

/**
 * What an e-mail request does to the list, for the Secretariat: the addresses it adds, those
 * it removes, and whether the POC's own chat address is among the removed (after the change
 * their account would not be recognised as this POC).
 */
function emailListChange(
  record: PocRecord,
  added: readonly string[],
  pending: PendingChange,
  own: string | undefined,
): string {
  const after = pending.patch.emails ?? [];
  const removed = record.emails.filter((email) => !after.includes(email));
  if (removed.length === 0) return `adding ${added.join(", ")}`;
  const ownGoes =
    own !== undefined && removed.includes(own) ? " — the POC's own chat address among them" : "";
  return `adding ${added.join(", ")}; removing ${removed.join(", ")}${ownGoes}`;
}

/**
 * An e-mail change that adds addresses: nothing is written; the Secretariat gets the
 * request, with any address that already belongs to another State's POC named as a
 * conflict. The POC gets {@link NEW_EMAILS_ANSWER} either way, so nobody can learn from the
 * answer whether an address is in the directory.
 */
async function requestNewEmails(
  services: PocServices,
  ctx: TurnContext,
  record: PocRecord,
  added: readonly string[],
  pending: PendingChange,
  say: Say,
): Promise<void> {
  const conflicts: string[] = [];
  for (const other of await services.directory.all()) {
    if (other.state === record.state) continue;
    for (const email of added.filter((address) => other.emails.includes(address))) {
      conflicts.push(
        `CONFLICT: ${email} is already an email of ${recordHeading(other)}; an email can belong to one State only.`,
      );
    }
  }
  const actor = actorOf(ctx);
  const now = ctx.now();
  await notifySecretariat(
    services.deps,
    `${record.id}@${now.toISOString()}|emails|${pending.nonce}`,
    `${conflicts.length > 0 ? "Conflicting email request" : "Email addresses to add"}: ${recordHeading(record)}`,
    [
      `${actor.email ?? actor.userId} (the POC) asks for the email list: ${pending.after} (${emailListChange(record, added, pending, actor.email)}).`,
      ...conflicts,
      conflicts.length > 0
        ? "Nothing was changed. The POC was not told about the conflict (the answer is the same for every new address)."
        : 'Nothing was changed yet: if the addresses are right, add them to the directory file and import it ("import poc directory").',
      `Requested ${formatMoment(now.toISOString(), DIRECTORY_ZONE)}.`,
    ],
    now,
  );
  // "my details" says it waits, until an import brings the addresses (email-requests.ts).
  await keepEmailRequest(services.store, record.id, {
    emails: pending.after,
    added: [...added],
    requestedAt: now.toISOString(),
    by: actor.email ?? ctx.user.id,
  });
  await say(NEW_EMAILS_ANSWER(added, ctx.locale));
}

/**
 * The Cancel click of a preview.
 * @example router.action(ACTIONS.changeCancel, (ctx) => answerPrivately(ctx, (say) => cancelChange(services, ctx, say)));
 */
export async function cancelChange(services: PocServices, ctx: TurnContext<ActionEvent>, say: Say) {
  return dropPending(services, ctx, say, ctx.event.value);
}

/**
 * A typed Cancel of the preview waiting ("cancel", "annuler", "нет"): nothing is changed.
 * @example await cancelTypedChange(services, ctx, say);
 */
export async function cancelTypedChange(services: PocServices, ctx: TurnContext, say: Say) {
  return dropPending(services, ctx, say);
}

async function dropPending(services: PocServices, ctx: TurnContext, say: Say, nonce?: string) {
  const key = `pending:${ctx.user.id}`;
  const pending = await services.store.get(key, pendingChangeSchema);
  if (!pending || (nonce !== undefined && pending.nonce !== nonce))
    return say(wording(ctx.locale, "poc.preview.nothingToCancel"));
  await services.store.delete(key);
  await say(wording(ctx.locale, "poc.preview.cancelled"));
}

/** A POC's own record as a card under `heading` (a catalogue key), with its Confirm button. */
function recordShown(ctx: TurnContext, record: PocRecord, heading: string) {
  return cardMessage(
    ownRecordCard(
      record,
      wording(ctx.locale, heading),
      ctx.now(),
      chosenPlaceOf(ctx.contact, record.timeZone),
    ),
    ctx.locale,
  );
}

/**
 * The "Confirm, still correct" click: the record is confirmed for another 12 months.
 * @example router.action(ACTIONS.confirm, (ctx) => answerPrivately(ctx, (say) => confirmRecord(services, ctx, say)));
 */
export async function confirmRecord(services: PocServices, ctx: TurnContext<ActionEvent>, say: Say) {
  const [id = "", version = ""] = (ctx.event.value ?? "").split("|");
  const record = await ownRecord(services, ctx, id);
  if (!record) return say(notYours(ctx.locale));
  if (String(record.version) !== version) {
    return say(() => recordShown(ctx, record, "poc.changedSince"));
  }
  await confirmAsItStands(services, ctx, record, say);
}

/**
 * "confirm", "my details are correct", "all correct" typed by a POC: their one record (or the
 * one of the type named) confirmed as it stands now, as the button does. A POC of both types
 * who names neither is asked which, and nothing is confirmed.
 * @throws {InputError} when the POC has both records and named no type.
 * @example await confirmTyped(services, ctx, say, "technical");
 */
export async function confirmTyped(services: PocServices, ctx: TurnContext, say: Say, type?: PocType) {
  const records = await ownRecords(services, ctx, type);
  if (records.length === 0) return say(await noRecordOfType(services, ctx, type));
  if (records.length > 1) {
    throw new InputError(wording(ctx.locale, "poc.whichConfirm", { state: records[0]?.state ?? "" }));
  }
  // Shown with its Confirm button, not confirmed: a short "correct" or "all good" may answer
  // something else, and a POC confirms what they see (the click carries the record's version).
  const record = records[0] as PocRecord;
  await say(() => recordShown(ctx, record, "poc.confirmPrompt"));
}

async function confirmAsItStands(services: PocServices, ctx: TurnContext, record: PocRecord, say: Say) {
  const now = ctx.now().toISOString();
  const nextDueAt = addMonthsUtc(now, CONFIRMATION_MONTHS);
  const saved = await services.directory.update(
    record.id,
    (current) =>
      current?.version === record.version
        ? {
            ...current,
            status: "confirmed",
            lastConfirmedAt: now,
            nextDueAt,
            version: current.version + 1,
            updatedAt: now,
          }
        : undefined,
    () => [
      {
        pocId: record.id,
        at: now,
        by: actorOf(ctx),
        source: "confirmation",
        field: "lastConfirmedAt",
        before: record.lastConfirmedAt ?? null,
        after: now,
      },
    ],
  );
  if (!saved) {
    const latest = (await services.directory.get(record.id)) ?? record;
    return say(() =>
      cardMessage(
        ownRecordCard(
          latest,
          wording(ctx.locale, "poc.changedSince"),
          ctx.now(),
          chosenPlaceOf(ctx.contact, latest.timeZone),
        ),
        ctx.locale,
      ),
    );
  }
  await say(() => wording(ctx.locale, "poc.confirmed", { day: formatDay(nextDueAt, record.timeZone) }));
}

/**
 * The "Change a field" click: a form asking which field and its new value.
 * @example router.action(ACTIONS.edit, (ctx) => answerPrivately(ctx, (say) => showEditForm(services, ctx, say)));
 */
export async function showEditForm(services: PocServices, ctx: TurnContext<ActionEvent>, say: Say) {
  const record = await ownRecord(services, ctx, ctx.event.value ?? "");
  if (!record) return say(notYours(ctx.locale));
  await say(() => cardMessage(editFormCard(record), ctx.locale));
}

/**
 * The form's submission: the same checks and preview as a typed change.
 * @example router.action(ACTIONS.editSubmit, (ctx) => answerPrivately(ctx, (say) => submitEditForm(services, ctx, say)));
 */
export async function submitEditForm(services: PocServices, ctx: TurnContext<ActionEvent>, say: Say) {
  const record = await ownRecord(services, ctx, ctx.event.value ?? "");
  if (!record) return say(notYours(ctx.locale));
  const fieldWords = ctx.event.inputs?.field ?? "";
  const field = fieldFromWords(fieldWords);
  if (!field) {
    const names = withLocale(ctx.locale, () => EDITABLE_FIELDS.map(fieldName).join(", "));
    throw new InputError(wording(ctx.locale, "poc.edit.unknownField", { words: fieldWords.trim(), names }));
  }
  await previewChange(services, ctx, { field, value: ctx.event.inputs?.value ?? "" }, say, record);
}
