/**
 * The Secretariat's choice, in chat, when an import would overwrite values POCs set
 * themselves: the import is held (nothing written), the corrections are listed with three
 * buttons — keep the POCs' values (the default, first), take the file's, cancel — and the
 * click runs the import with that choice. A correction made after the list was shown is
 * asked about again.
 */
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { type Card, cardMessage } from "../../bot/cards.js";
import type { TurnContext } from "../../bot/context.js";
import { ForbiddenError } from "../../bot/errors.js";
import type { ActionEvent } from "../../bot/types.js";
import {
  type CorrectionChoice,
  correctionKey,
  describeCorrection,
  type PocCorrection,
} from "./corrections.js";
import { isSecretariat } from "./people.js";
import { importFromChat } from "./secretariat.js";
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
const heldImportSchema = z.object({
  nonce: z.string(),
  csv: z.string(),
  removeMissing: z.boolean(),
  /** A second Secretariat member approved the import (four eyes): the choice runs it. */
  approved: z.boolean().default(false),
  seen: z.array(z.string()),
  expiresAt: z.string(),
});
type HeldImport = z.output<typeof heldImportSchema>;

const heldKey = (ctx: TurnContext) => `import-held:${ctx.user.id}`;

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
  await services.store.set(heldKey(ctx), held, HELD_IMPORT_TTL_MS);
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

const GONE =
  "That import is no longer waiting (it expired, was cancelled, done, or replaced by a newer one). Nothing was imported; paste the file again.";

/**
 * A click on one of the choice's buttons.
 * @example router.action(IMPORT_ACTIONS.keep, (ctx) => applyHeldImport(services, ctx, "keep"));
 */
export async function applyHeldImport(
  services: PocServices,
  ctx: TurnContext<ActionEvent>,
  choice: CorrectionChoice | "cancel",
): Promise<void> {
  if (!isSecretariat(ctx)) throw new ForbiddenError();
  const key = heldKey(ctx);
  const held = await services.store.get(key, heldImportSchema);
  if (!held || held.nonce !== ctx.event.value || held.expiresAt < ctx.now().toISOString()) {
    await ctx.reply(GONE);
    return;
  }
  // One click applies it: a second (double click, another replica) finds it gone.
  if (!(await services.store.setIfAbsent(`import-applied:${held.nonce}`, true, HELD_IMPORT_TTL_MS))) {
    await ctx.reply(GONE);
    return;
  }
  await services.store.delete(key);
  if (choice === "cancel") {
    await ctx.reply("Cancelled. Nothing was imported.");
    return;
  }
  // The import as chosen: run now, or (four eyes, not yet approved) held for a second member
  // with this choice; corrections made since the list was shown are asked about again.
  await importFromChat(services, ctx, held.csv, {
    removeMissing: held.removeMissing,
    approved: held.approved,
    policy: { corrections: choice, seen: held.seen },
  });
}
