/**
 * Features are modules that register themselves on the router. `handlers/index.ts`
 * installs them in order; the help answer is built from their `help` metadata.
 */

import type { Outbox } from "../schedules/outbox.js";
import type { Scheduler } from "../schedules/scheduler.js";
import type { Acknowledgements } from "./acknowledgements.js";
import type { Audiences } from "./audiences.js";
import type { CardSection } from "./cards.js";
import type { Clock } from "./clock.js";
import type { CoreConfig } from "./config.js";
import type { TurnContext } from "./context.js";
import type { RouteTable } from "./http.js";
import type { Links } from "./links/links.js";
import type { Logger } from "./logger.js";
import type { Messenger } from "./messenger.js";
import type { PeopleDirectory } from "./people/directory.js";
import type { Role } from "./people/schema.js";
import type { Catalogue } from "./programme/catalogue.js";
import type { Router } from "./router.js";
import type { Store } from "./store/port.js";
import type { ProgrammeSource } from "./versions/source.js";

/** What a module may show in the help answer. */
export interface HelpEntry {
  title: string;
  examples: string[];
  /** Only people with one of these roles see the section (everyone when absent). */
  roles?: readonly Role[];
  /** Extra examples only the Secretariat sees. */
  secretariatExamples?: string[];
  /**
   * Catalogue key of the section's wording in every language (`<key>.title`, `<key>.examples`
   * as lines): the help card shows it in the person's language; `title` and `examples` are
   * the English, read from the same key.
   */
  wording?: string;
  /** Whether the feature works in this deployment (calendars need PUBLIC_URL); shown only then. */
  available?: (deps: BotDeps) => boolean;
}

/** Services every module may use. */
export interface BotDeps {
  store: Store;
  clock: Clock;
  log: Logger;
  /** The programme version in force (read it at each use: revisions replace it). */
  readonly catalogue: Catalogue;
  /** Programme versions: the current one, history, publishing, what changed when. */
  programmes: ProgrammeSource;
  messenger: Messenger;
  people: PeopleDirectory;
  config: CoreConfig;
  /** Every proactive message goes through it (register renderers here). */
  outbox: Outbox;
  /** Producers of due deliveries are added here. */
  scheduler: Scheduler;
  /** Named audiences features register for broadcasts. */
  audiences: Audiences;
  /** What waits for a person's acknowledgement, per feature (for a typed "acknowledge"). */
  acknowledgements: Acknowledgements;
  /** HTTP routes features register (mounted by the app when its HTTP server runs). */
  routes?: RouteTable;
  /** One-click answers by link, for people reached by e-mail (`bot/links/`). */
  links: Links;
}

/**
 * A feature.
 * @example
 * export const ping: HandlerModule = {
 *   name: "ping",
 *   help: { title: "Check I'm here", examples: ["ping"] },
 *   install: (router) => router.message(/^ping$/i, (ctx) => ctx.reply("pong").then(() => undefined)),
 * };
 */
export interface HandlerModule {
  name: string;
  help?: HelpEntry;
  install(router: Router, deps: BotDeps, modules: readonly HandlerModule[]): void;
  /** The feature's section of the user's home view (their RSVPs, their reminders…), if any. */
  homeSection?(ctx: TurnContext, deps: BotDeps): Promise<CardSection | undefined>;
}
