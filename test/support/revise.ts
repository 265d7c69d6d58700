/**
 * Publishes a catalogue as the next programme version, as the Secretariat's "publish" does
 * (tests that build catalogues in code rather than YAML).
 */
import type { BotDeps } from "../../bot/module.js";
import type { Catalogue } from "../../bot/programme/catalogue.js";
import { diffCatalogues } from "../../bot/versions/diff.js";
import { filesOfCatalogue } from "../../bot/versions/files.js";

/**
 * @example await publishCatalogue(h.deps, version("11:00"));
 */
export async function publishCatalogue(deps: Pick<BotDeps, "programmes" | "clock">, next: Catalogue) {
  return deps.programmes.publish({
    base: deps.programmes.version,
    files: filesOfCatalogue(next),
    changes: diffCatalogues(deps.programmes.catalogue, next),
    author: "test",
    at: deps.clock.now(),
    note: "test revision",
  });
}
