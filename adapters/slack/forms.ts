/**
 * Card inputs as a Slack modal. A click on a button of a card with inputs opens the modal
 * (`views.open` with the click's `trigger_id`); its submission comes back as a
 * `view_submission` that becomes the core's ActionEvent with `inputs`.
 */

import type { types } from "@slack/bolt";
import { z } from "zod";
import { say } from "../../bot/language/messages.js";
import type { Address } from "../../bot/types.js";
import type { FormSpec } from "./buttons.js";
import { truncate } from "./text.js";

/**
 * The `callback_id` of every modal the adapter opens.
 * @example app.view(FORM_CALLBACK_ID, async ({ ack, body }) => { await ack(); … });
 */
export const FORM_CALLBACK_ID = "delegate.form";

/**
 * The action id of each input element; the core's input id is the block id.
 * @example view.state.values.experts[FORM_INPUT_ACTION_ID].value // "2"
 */
export const FORM_INPUT_ACTION_ID = "value";

/**
 * What a modal remembers (in `private_metadata`) until it is submitted.
 * @example const metadata: FormMetadata = { actionId: "rsvp:experts", value: "yes", replyTo: "slack:T1/D2", isDirect: true };
 */
export interface FormMetadata {
  /** The core action id the submission dispatches. */
  actionId: string;
  value?: string;
  /** Where replies to the submission go. */
  replyTo: Address;
  /** True when replies go to a one-to-one conversation with the bot. */
  isDirect: boolean;
}

const metadataSchema = z.object({
  a: z.string().min(1),
  v: z.string().optional(),
  to: z.string().regex(/^slack:/),
  d: z.boolean(),
});

/**
 * The modal for a form.
 * @example formModal({ title: "RSVP", inputs: [{ id: "experts", label: "Accompanying experts" }] }, { actionId: "rsvp:experts", replyTo: "slack:T1/D2", isDirect: true }, "Send")
 */
export function formModal(form: FormSpec, metadata: FormMetadata, submitLabel: string): types.ModalView {
  return {
    type: "modal",
    callback_id: FORM_CALLBACK_ID,
    private_metadata: JSON.stringify({
      a: metadata.actionId,
      v: metadata.value,
      to: metadata.replyTo,
      d: metadata.isDirect,
    }),
    title: { type: "plain_text", text: truncate(form.title || submitLabel, 24) },
    submit: { type: "plain_text", text: truncate(submitLabel, 24) },
    close: { type: "plain_text", text: truncate(say(form.locale ?? "en", "forms.cancel"), 24) },
    blocks: form.inputs.slice(0, 100).map((input) => ({
      type: "input" as const,
      block_id: truncate(input.id, 255),
      optional: input.optional === true,
      label: { type: "plain_text" as const, text: truncate(input.label, 2000) },
      element: {
        type: "plain_text_input" as const,
        action_id: FORM_INPUT_ACTION_ID,
        multiline: input.multiline === true,
        ...(input.initial ? { initial_value: truncate(input.initial, 3000) } : {}),
        ...(input.placeholder
          ? { placeholder: { type: "plain_text" as const, text: truncate(input.placeholder, 150) } }
          : {}),
      },
    })),
  };
}

/**
 * Reads a modal's `private_metadata`; `undefined` when it is not one of ours.
 * @example readFormMetadata('{"a":"rsvp:experts","to":"slack:T1/D2","d":true}') // { actionId: "rsvp:experts", replyTo: "slack:T1/D2", isDirect: true }
 */
export function readFormMetadata(raw: string | undefined): FormMetadata | undefined {
  let json: unknown;
  try {
    json = JSON.parse(raw ?? "");
  } catch {
    return undefined;
  }
  const parsed = metadataSchema.safeParse(json);
  if (!parsed.success) return undefined;
  const { a, v, to, d } = parsed.data;
  return { actionId: a, value: v, replyTo: to as Address, isDirect: d };
}

/**
 * The `view.state.values` of a submission.
 * @example const values: ViewStateValues = { experts: { value: { value: "2" } } };
 */
export type ViewStateValues = Record<string, Record<string, { value?: string | null } | undefined>>;

/**
 * The submitted values by input id (empty optional inputs give `""`).
 * @example formValues({ experts: { value: { type: "plain_text_input", value: "2" } } }) // { experts: "2" }
 */
export function formValues(values: ViewStateValues | undefined): Record<string, string> {
  const inputs: Record<string, string> = {};
  for (const [blockId, actions] of Object.entries(values ?? {})) {
    inputs[blockId] = actions[FORM_INPUT_ACTION_ID]?.value ?? "";
  }
  return inputs;
}
