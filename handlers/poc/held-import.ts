/**
 * An import held for the Secretariat's choice, in chat, when it would overwrite values POCs
 * set themselves: nothing is written, the corrections are listed with three buttons — keep
 * the POCs' values (the default, first), take the file's, cancel. The click is handled in
 * `import-choice.ts`; this file holds the waiting record and the card, so that the import
 * (`secretariat.ts`) can hold itself without depending on the click that runs it.
 */
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { type Card, cardMessage } from "../../bot/cards.js";
import type { TurnContext } from "../../bot/context.js";
import { correctionKey, describeCorrection, type PocCorrection } from "./corrections.js";
import type { PocServices } from "./services.js";
import { formatMoment } from "./time.js";

/** Action ids of the choice's buttons. */
export const IMPORT_ACTIONS = {
  keep: "poc:import-keep",
  file: "poc:import-file",
  cancel: "poc:import-cancel",
} as const;

/** How long a held import waits for the Secretariat's choice. */
export const HELD_IMPORT_TTL_MS = 30 * 60 * 1000;

/** An import waiting for the choice (the file's text, parsed again when applied). */
export const heldImportSchema = z.object({
  nonce: z.string(),
  csv: z.string(),
  removeMissing: z.boolean(),
  /** A second Secretariat member approved the import (four eyes): the choice runs it. */
  approved: z.boolean().default(false),
  seen: z.array(z.string()),
  expiresAt: z.string(),
});
type HeldImport = z.output<typeof heldImportSchema>;

/** The store key of the import `ctx`'s member holds (one at a time: a newer one replaces it). */
export const heldImportKey = (ctx: TurnContext) => `import-held:${ctx.user.id}`;

/** Most corrections listed in one card. */
const MAX_LISTED = 40;

/**
 * Holds an import and asks the Secretariat what to do with the POCs' corrections.
 * @example await holdImport(services, ctx, csv, { removeMissing: false, approved: false }, outcome.corrections);
 */
export async function holdImport(
  services: PocServices,
  ctx: TurnContext,
  csv: string,
  how: { removeMissing: boolean; approved: boolean },
  corrections: readonly PocCorrection[],
  intro?: string,
): Promise<void> {
  const held: HeldImport = {
    nonce: randomUUID(),
    csv,
    removeMissing: how.removeMissing,
    approved: how.approved,
    seen: corrections.map(correctionKey),
    expiresAt: new Date(ctx.now().getTime() + HELD_IMPORT_TTL_MS).toISOString(),
  };
  await services.store.set(heldImportKey(ctx), held, HELD_IMPORT_TTL_MS);
  await ctx.reply(cardMessage(choiceCard(held, corrections, ctx.timeZone, intro), ctx.locale));
}

function choiceCard(
  held: HeldImport,
  corrections: readonly PocCorrection[],
  zone: string | undefined,
  intro?: string,
): Card {
  const n = corrections.length;
  const lines = corrections
    .slice(0, MAX_LISTED)
    .map((correction) => `• ${describeCorrection(correction, zone)}`);
  if (n > MAX_LISTED) lines.push(`… and ${n - MAX_LISTED} more (the CLI lists them all).`);
  return {
    title: "Nothing imported yet: the file would overwrite POCs' own corrections",
    sections: [
      ...(intro ? [{ text: intro }] : []),
      {
        text: `The file differs from ${n} value${n === 1 ? "" : "s"} the POCs set themselves in chat:\n${lines.join("\n")}`,
      },
    ],
    buttons: [
      { actionId: IMPORT_ACTIONS.keep, label: "Keep the POCs' values", value: held.nonce, style: "primary" },
      { actionId: IMPORT_ACTIONS.file, label: "Take the file's values", value: held.nonce, style: "danger" },
      { actionId: IMPORT_ACTIONS.cancel, label: "Cancel the import", value: held.nonce },
    ],
    footer: `Everything else in the file is imported either way. This choice waits until ${formatMoment(held.expiresAt, zone)}.`,
  };
}
