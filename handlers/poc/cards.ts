/**
 * Cards of the POC directory. Every card that shows contact details is only ever sent in a
 * direct message to the POC concerned or to the Secretariat (see module.ts).
 */
import type { Card, CardField } from "../../bot/cards.js";
import { stateName } from "../../bot/people/states.js";
import { displayField, EDITABLE_FIELDS, FIELD_LABELS } from "./fields.js";
import type { AuditEntry, PendingChange, PocRecord } from "./schema.js";
import { formatDay, formatMoment } from "./time.js";

/** Action ids of the directory's buttons. */
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
  return `${stateName(record.state)} (${record.state}) — ${record.type} POC`;
}

function fingerprintGroups(fingerprint: string): string {
  return fingerprint.replace(/(.{4})(?=.)/g, "$1 ");
}

/**
 * The fields of a record, as label/value lines.
 * @example recordFields(record)[0] // { label: "Phone", value: "+254 20 1234567" }
 */
export function recordFields(record: PocRecord, zone?: string): CardField[] {
  const fields: CardField[] = EDITABLE_FIELDS.filter((field) => field !== "pgpFingerprint").map((field) => ({
    label: capitalise(FIELD_LABELS[field] === "email" ? "emails" : FIELD_LABELS[field]),
    value: displayField(field, record),
  }));
  if (record.pgpFingerprint)
    fields.push({ label: "PGP fingerprint", value: fingerprintGroups(record.pgpFingerprint) });
  fields.push(
    { label: "Status", value: statusText(record) },
    { label: "Last confirmed", value: formatDay(record.lastConfirmedAt, zone) },
    { label: "Next confirmation due", value: formatDay(record.nextDueAt, zone) },
  );
  return fields;
}

/** Unconfirmed with a confirmation date: an import changed the record after it. */
function statusText(record: PocRecord): string {
  if (record.status === "confirmed") return "confirmed";
  return record.lastConfirmedAt
    ? "changed by the Secretariat since the POC last confirmed it; not confirmed again yet"
    : "not yet confirmed by the POC";
}

/**
 * The POC's own record, with Confirm and Change buttons.
 * @example await ctx.replyPrivately(cardMessage(ownRecordCard(record)));
 */
export function ownRecordCard(record: PocRecord, intro?: string): Card {
  return {
    title: `Your entry in the POC directory: ${recordHeading(record)}`,
    sections: [...(intro ? [{ text: intro }] : []), { fields: recordFields(record, record.timeZone) }],
    buttons: [
      {
        actionId: ACTIONS.confirm,
        label: "Confirm, still correct",
        value: `${record.id}|${record.version}`,
        style: "primary",
      },
      { actionId: ACTIONS.edit, label: "Change a field", value: record.id },
    ],
    footer: 'You can also type e.g. "change my phone to +254 20 123 4567".',
  };
}

/**
 * A record shown to the Secretariat (the view is logged by the caller).
 * @example await say(cardMessage(secretariatRecordCard(record, ctx.timeZone)));
 */
export function secretariatRecordCard(record: PocRecord, zone?: string): Card {
  return {
    title: recordHeading(record),
    sections: [{ fields: recordFields(record, zone) }],
    footer: "Shown to you as the Secretariat; this view is logged.",
  };
}

/**
 * The form behind "Change a field".
 * @example await say(cardMessage(editFormCard(record)));
 */
export function editFormCard(record: PocRecord): Card {
  const names = EDITABLE_FIELDS.map((field) => FIELD_LABELS[field]).join(", ");
  return {
    title: `Change a field: ${recordHeading(record)}`,
    sections: [
      {
        text: `Which field (${names}) and its new value. I'll show you before and after, and change nothing until you confirm.`,
      },
    ],
    inputs: [
      { id: "field", label: "Field", placeholder: "phone" },
      { id: "value", label: "New value", placeholder: "+254 20 123 4567" },
    ],
    buttons: [
      { actionId: ACTIONS.editSubmit, label: "Preview the change", value: record.id, style: "primary" },
    ],
  };
}

/**
 * Before → after of a pending change, with Confirm and Cancel.
 * @example await say(cardMessage(changePreviewCard(pending, record)));
 */
export function changePreviewCard(change: PendingChange, record: PocRecord, warning?: string): Card {
  return {
    title: `Change your ${FIELD_LABELS[change.field as keyof typeof FIELD_LABELS] ?? change.field}?`,
    sections: [
      {
        text: recordHeading(record),
        fields: [
          { label: "Before", value: change.before },
          { label: "After", value: change.after },
        ],
      },
      ...(warning ? [{ text: warning }] : []),
    ],
    buttons: [
      { actionId: ACTIONS.changeConfirm, label: "Confirm the change", value: change.nonce, style: "primary" },
      { actionId: ACTIONS.changeCancel, label: "Cancel", value: change.nonce },
    ],
    footer: `Nothing changes until you confirm. This preview expires ${formatMoment(change.expiresAt, record.timeZone)}.`,
  };
}

/** Field names of the audit trail as people read them (the form's words). */
const AUDIT_FIELD_LABELS: Readonly<Record<string, string>> = {
  ...FIELD_LABELS,
  lastConfirmedAt: "last confirmed",
  status: "status",
  record: "record",
};

/**
 * A field of the audit trail as the form names it ("phone247" → "24/7 phone").
 * @example auditFieldLabel("lastConfirmedAt") === "last confirmed"
 */
export const auditFieldLabel = (field: string) => AUDIT_FIELD_LABELS[field] ?? field;

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

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
