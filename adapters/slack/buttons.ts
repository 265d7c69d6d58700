/**
 * What a rendered button carries back to us. Slack returns a button's `value` (≤ 2000
 * characters) with the click, so the core's action id, its value and, for cards with
 * inputs, the form to open travel inside it as compact JSON. No server-side state is
 * needed, so any replica can answer a click.
 */
import { z } from "zod";
import type { CardInput } from "../../bot/cards.js";

/**
 * Slack's limit on a button value.
 * @example encodeButtonValue(payload).length <= BUTTON_VALUE_LIMIT
 */
export const BUTTON_VALUE_LIMIT = 2000;

const inputSchema = z.object({
  id: z.string(),
  l: z.string(),
  p: z.string().optional(),
  d: z.string().optional(),
  m: z.literal(1).optional(),
  o: z.literal(1).optional(),
});

const payloadSchema = z.object({
  a: z.string().min(1),
  v: z.string().optional(),
  f: z
    .object({ t: z.string().optional(), i: z.array(inputSchema).min(1), l: z.string().max(8).optional() })
    .optional(),
});

/**
 * A form a button opens: the card's title and inputs.
 * @example const form: FormSpec = { title: "RSVP", inputs: [{ id: "experts", label: "Accompanying experts" }] };
 */
export interface FormSpec {
  title?: string;
  inputs: CardInput[];
  /** The reader's language, for the modal's Cancel and its failure message (English when absent). */
  locale?: string;
}

/**
 * A decoded button click.
 * @example const click: ButtonPayload = { actionId: "rsvp:answer", value: "yes" };
 */
export interface ButtonPayload {
  actionId: string;
  value?: string;
  form?: FormSpec;
}

/**
 * Encodes a button's payload, shrinking an embedded form (initial values first, then
 * placeholders, then long labels) until it fits Slack's 2000-character limit.
 * @example encodeButtonValue({ actionId: "rsvp:answer", value: "yes" }) === '{"a":"rsvp:answer","v":"yes"}'
 */
export function encodeButtonValue(payload: ButtonPayload): string {
  const base = { a: payload.actionId, ...(payload.value !== undefined ? { v: payload.value } : {}) };
  if (!payload.form) return JSON.stringify(base);
  const form = payload.form;
  const attempts = [
    (input: CardInput) => ({ p: input.placeholder, d: input.initial }),
    (input: CardInput) => ({ p: input.placeholder }),
    () => ({}),
  ];
  let encoded = "";
  for (const extras of attempts) {
    const inputs = form.inputs.map((input) => ({
      id: input.id,
      l: input.label.slice(0, 300),
      ...extras(input),
      ...(input.multiline ? { m: 1 } : {}),
      ...(input.optional ? { o: 1 } : {}),
    }));
    encoded = JSON.stringify({
      ...base,
      f: { t: form.title?.slice(0, 100), i: inputs, ...(form.locale ? { l: form.locale } : {}) },
    });
    if (encoded.length <= BUTTON_VALUE_LIMIT) return encoded;
  }
  return encoded;
}

/**
 * Decodes a button value made by {@link encodeButtonValue}; `undefined` for anything else
 * (a button from an older version, or not ours).
 * @example decodeButtonValue('{"a":"rsvp:answer","v":"yes"}') // { actionId: "rsvp:answer", value: "yes" }
 */
export function decodeButtonValue(raw: string | undefined): ButtonPayload | undefined {
  if (!raw?.startsWith("{")) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return undefined;
  }
  const parsed = payloadSchema.safeParse(json);
  if (!parsed.success) return undefined;
  const { a, v, f } = parsed.data;
  const form: FormSpec | undefined = f && {
    title: f.t,
    inputs: f.i.map((input) => ({
      id: input.id,
      label: input.l,
      placeholder: input.p,
      initial: input.d,
      multiline: input.m === 1 ? true : undefined,
      optional: input.o === 1 ? true : undefined,
    })),
    ...(f.l ? { locale: f.l } : {}),
  };
  return { actionId: a, value: v, form };
}
