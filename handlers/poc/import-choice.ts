/**
 * The Secretariat's click on a held import's choice (see `held-import.ts`): keep the POCs'
 * values, take the file's, or cancel. The click runs the import with that choice; a
 * correction made after the list was shown is asked about again.
 */
import type { TurnContext } from "../../bot/context.js";
import { ForbiddenError } from "../../bot/errors.js";
import type { ActionEvent } from "../../bot/types.js";
import type { CorrectionChoice } from "./corrections.js";
import { HELD_IMPORT_TTL_MS, heldImportKey, heldImportSchema } from "./held-import.js";
import { isSecretariat } from "./people.js";
import { importFromChat } from "./secretariat.js";
import type { PocServices } from "./services.js";

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
  const key = heldImportKey(ctx);
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
