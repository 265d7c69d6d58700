/**
 * What the directory's handlers share: the bot's services, the records, and the namespace
 * holding pending changes.
 */
import type { BotDeps } from "../../bot/module.js";
import type { Store } from "../../bot/store/port.js";
import { PocRepository } from "./repository.js";

/** Services of the POC directory feature. */
export interface PocServices {
  deps: BotDeps;
  directory: PocRepository;
  /** The feature's namespace (`poc`): pending changes and claims live here too. */
  store: Store;
}

/**
 * @example const services = pocServices(deps); await services.directory.all();
 */
export function pocServices(deps: BotDeps): PocServices {
  const store = deps.store.namespace("poc");
  return { deps, directory: new PocRepository(store), store };
}
