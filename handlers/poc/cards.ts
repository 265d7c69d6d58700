/**
 * Cards of the POC directory. Every card that shows contact details is only ever sent in a
 * direct message to the POC concerned or to the Secretariat (see module.ts).
 */

import type { Card, CardField } from "../../bot/cards.js";
import { currentLocale } from "../../bot/language/current.js";
import { say } from "../../bot/language/messages.js";
import { stateName } from "../../bot/people/states.js";
import { zoneLabel } from "../../bot/programme/format.js";
import {
  displayField,
  EDITABLE_FIELDS,
  type EditableField,
  fieldLabel,
  withPosixSignNote,
} from "./fields.js";
import { hoursIn } from "./hours.js";
import type { AuditEntry, PendingChange, PocRecord } from "./schema.js";
import { formatDay, formatMoment } from "./time.js";

/** Action ids of the directory's buttons. */
/** Wording in the turn's language (`bot/language/locales/<tag>/features.ts`, `poc.*`). */
const t = (key: string, values?: Record<string, string | number>) =>
  say(currentLocale(), `poc.${key}`, values);

/**
 * A field as named in a sentence, in the turn's language ("phone", "téléphone").
 * @example fieldName("hours") === "working hours"
 */
export function fieldName(field: string): string {
  return (EDITABLE_FIELDS as readonly string[]).includes(field) ? t(`field.${field}`) : field;
}

export const ACTIONS = {
  confirm: "poc:confirm",
  edit: "poc:edit",
  editSubmit: "poc:edit-submit",
  changeConfirm: "poc:change-confirm",
  changeCancel: "poc:change-cancel",
} as const;

/**
 * "Kenya — technical POC".
 * @example recordHeading({ state: "KEN", type: "technical" }) === "Kenya (KEN) — technical POC"
 */
export function recordHeading(record: Pick<PocRecord, "state" | "type">): string {
  return t("heading", { state: stateName(record.state), code: record.state, type: t(`type.${record.type}`) });
}

function fingerprintGroups(fingerprint: string): string {
  return fingerprint.replace(/(.{4})(?=.)/g, "$1 ");
}

/**
 * The fields of a record, as label/value lines.
 * `now`: the bot's clock, so a confirmation past its due date reads as overdue. `place`: the
 * place the reader (the POC) named the record's zone by when they chose it in chat ("Geneva"),
 * shown beside the zone's id as their answers label it ("Europe/Zurich (Geneva)"). `reader`: the
 * POC (a record they never confirmed is due now) or the Secretariat (the schedule's date).
 * @example recordFields(record)[0] // { label: "Phone", value: "+254 20 1234567" }
 */
export function recordFields(
  record: PocRecord,
  zone?: string,
  now?: Date,
  place?: string,
  reader: "poc" | "secretariat" = "poc",
): CardField[] {
  const locale = currentLocale();
  const fields: CardField[] = EDITABLE_FIELDS.filter((field) => field !== "pgpFingerprint").map((field) => {
    const value = shownValue(field, displayField(field, record, locale));
    return {
      label: t(`label.${field}`),
      value:
        field === "timeZone" && place && record.timeZone
          ? t("own.zoneWithPlace", { zone: value, place: zoneLabel(record.timeZone, locale, place) })
          : value,
    };
  });
  if (record.pgpFingerprint)
    fields.push({ label: t("label.pgpFingerprint"), value: fingerprintGroups(record.pgpFingerprint) });
  fields.push(
    { label: t("label.status"), value: statusText(record, zone, now) },
    { label: t("label.lastConfirmed"), value: formatDay(record.lastConfirmedAt, zone) },
    { label: t("label.nextDue"), value: nextDueText(record, zone, reader) },
  );
  return fields;
}

/**
 * When the next confirmation is due. A record its POC never confirmed is due now (to them): the
 * stored date is the yearly reminders' schedule (12 months after the import), not a deadline
 * any letter or file gives; the Secretariat sees that date, as its escalation list does.
 */
function nextDueText(record: PocRecord, zone: string | undefined, reader: "poc" | "secretariat"): string {
  if (reader === "poc" && !record.lastConfirmedAt && record.status !== "confirmed") return t("own.dueNow");
  return formatDay(record.nextDueAt, zone);
}

/**
 * Unconfirmed with a confirmation date: an import changed the record after it. A confirmation
 * whose due date has passed at `now` is overdue, not "confirmed".
 */
function statusText(record: PocRecord, zone?: string, now?: Date): string {
  if (record.status === "confirmed" && now && now.toISOString() >= record.nextDueAt)
    return t("status.overdue", { day: formatDay(record.nextDueAt, zone) });
  if (record.status === "confirmed") return t("status.confirmed");
  return record.lastConfirmedAt ? t("status.changedBySecretariat") : t("status.notYetConfirmed");
}

/**
 * The POC's own record, with Confirm and Change buttons; `place`: the place they named the
 * record's zone by, when it is the zone they chose in chat (`chosenPlaceOf(ctx.contact, record.timeZone)`).
 * @example await ctx.replyPrivately(cardMessage(ownRecordCard(record)));
 */
export function ownRecordCard(record: PocRecord, intro?: string, now?: Date, place?: string): Card {
  return {
    title: t("own.title", { heading: recordHeading(record) }),
    sections: [
      ...(intro ? [{ text: intro }] : []),
      { fields: recordFields(record, record.timeZone, now, place) },
    ],
    buttons: [
      {
        actionId: ACTIONS.confirm,
        label: t("own.confirm"),
        value: `${record.id}|${record.version}`,
        style: "primary",
      },
      { actionId: ACTIONS.edit, label: t("own.change"), value: record.id },
    ],
    footer: t("own.footer"),
  };
}

/**
 * A record shown to the Secretariat (the view is logged by the caller).
 * @example await say(cardMessage(secretariatRecordCard(record, ctx.timeZone)));
 */
export function secretariatRecordCard(record: PocRecord, zone?: string, now?: Date): Card {
  return {
    title: recordHeading(record),
    sections: [{ fields: recordFields(record, zone, now, undefined, "secretariat") }],
    footer: "Shown to you as the Secretariat; this view is logged.",
  };
}

/**
 * The form behind "Change a field".
 * @example await say(cardMessage(editFormCard(record)));
 */
export function editFormCard(record: PocRecord): Card {
  const names = EDITABLE_FIELDS.map(fieldName).join(", ");
  return {
    title: t("edit.title", { heading: recordHeading(record) }),
    sections: [{ text: t("edit.intro", { names }) }],
    inputs: [
      {
        id: "field",
        label: t("edit.field"),
        placeholder: fieldName("phone"),
        missing: t("edit.required", { label: t("edit.field") }),
      },
      {
        id: "value",
        label: t("edit.value"),
        placeholder: "+254 20 123 4567",
        missing: t("edit.required", { label: t("edit.value") }),
      },
    ],
    buttons: [{ actionId: ACTIONS.editSubmit, label: t("edit.preview"), value: record.id, style: "primary" }],
  };
}

/**
 * A field's value as written for the turn's reader (working hours' days in their language);
 * the stored before and after, which the audit trail and the Secretariat read, stay as they are.
 * @example shownValue("hours", "09:00-17:00 Mon-Fri") === "09:00-17:00 lun-ven" // in French
 * @example shownValue("timeZone", "Etc/GMT+3 (that is UTC−3)", "fr") === "Etc/GMT+3 (soit UTC−3)"
 */
export function shownValue(field: string, value: string, locale = currentLocale()): string {
  if (field === "hours") return hoursIn(locale, value);
  // A zone is stored with its note in English ("Etc/GMT+3 (that is UTC−3)"); its id is the first word.
  // (Right-to-left text wraps it in Unicode isolates, which are not part of the id.)
  if (field === "timeZone" && value !== "—")
    return withPosixSignNote((value.split(" ")[0] ?? value).replace(/[\u2066-\u2069]/g, ""), locale);
  return value;
}

/**
 * Before → after of a pending change, with Confirm and Cancel.
 * @example await say(cardMessage(changePreviewCard(pending, record)));
 */
export function changePreviewCard(change: PendingChange, record: PocRecord, warning?: string): Card {
  return {
    title: t("preview.title", {
      field: (EDITABLE_FIELDS as readonly string[]).includes(change.field)
        ? t(`fieldThe.${change.field}`)
        : change.field,
    }),
    sections: [
      {
        text: recordHeading(record),
        fields: [
          { label: t("preview.before"), value: shownValue(change.field, change.before) },
          { label: t("preview.after"), value: shownValue(change.field, change.after) },
        ],
      },
      ...(warning ? [{ text: warning }] : []),
    ],
    buttons: [
      { actionId: ACTIONS.changeConfirm, label: t("preview.confirm"), value: change.nonce, style: "primary" },
      { actionId: ACTIONS.changeCancel, label: t("preview.cancel"), value: change.nonce },
    ],
    footer: t("preview.footer", { when: formatMoment(change.expiresAt, record.timeZone) }),
  };
}

/** Field names of the audit trail as people read them (the form's words). */
const AUDIT_FIELD_LABELS: Readonly<Record<string, string>> = {
  lastConfirmedAt: "last confirmed",
  status: "status",
  record: "record",
};

/**
 * A field of the audit trail as the form names it ("phone247" → "24/7 phone").
 * @example auditFieldLabel("lastConfirmedAt") === "last confirmed"
 */
export const auditFieldLabel = (field: string) =>
  (EDITABLE_FIELDS as readonly string[]).includes(field)
    ? fieldLabel(field as EditableField, "en")
    : (AUDIT_FIELD_LABELS[field] ?? field);

/** Fields of the trail whose values are instants (shown as people read times). */
export const AUDIT_TIME_FIELDS: ReadonlySet<string> = new Set(["lastConfirmedAt", "nextDueAt"]);

/**
 * A record's audit trail for the Secretariat.
 * @example await say(cardMessage(historyCard(record, await directory.history(record.id))));
 */
export function historyCard(
  record: Pick<PocRecord, "state" | "type">,
  entries: readonly AuditEntry[],
  zone?: string,
): Card {
  const lines = entries.map((item) => {
    const value = (text: string | null) =>
      text === null || text === ""
        ? "—"
        : AUDIT_TIME_FIELDS.has(item.field)
          ? formatMoment(text, zone)
          : text;
    return `${formatMoment(item.at, zone)} — ${item.by.email ?? item.by.name ?? item.by.userId ?? "unknown"} (${item.source}): ${auditFieldLabel(item.field)}: ${value(item.before)} → ${value(item.after)}`;
  });
  return {
    title: `Audit trail: ${recordHeading(record)}`,
    sections: [{ text: lines.length > 0 ? lines.join("\n") : "No changes recorded." }],
    footer: "Shown to you as the Secretariat; this view is logged.",
  };
}
