/**
 * Named audiences for broadcasts and campaigns. Features register the audiences they know
 * (the roster registers roles and States, RSVPs register "who answered yes", the POC
 * directory registers POC types), and the broadcast feature resolves a selector without
 * knowing how any of them is stored.
 */
import type { Address } from "./types.js";

/** One person an audience names. `userId` is absent when they cannot be reached in chat yet. */
export interface Recipient {
  /** Stable identity for de-duplication across audiences: the email, else the user address. */
  key: string;
  name: string;
  userId?: Address;
  /** Their State (the roster's or the POC directory's), shown beside their name in lists. */
  state?: string;
  /** A POC of the directory: their record's type, shown beside their State. */
  pocType?: "diplomatic" | "technical";
}

/** Resolves an audience; `argument` is what follows the first colon of the selector. */
export type AudienceResolver = (argument: string | undefined) => Promise<Recipient[]>;

/** An audience as listed to the Secretariat. */
export interface AudienceInfo {
  name: string;
  description: string;
  /** Example selector, e.g. "state:KEN,FRA". */
  example: string;
}

/**
 * @example
 * audiences.register({ name: "role", description: "people with a role", example: "role:head_of_delegation" }, resolveRole);
 * const people = await audiences.resolve("role:head_of_delegation");
 */
export class Audiences {
  private readonly resolvers = new Map<string, { info: AudienceInfo; resolve: AudienceResolver }>();

  register(info: AudienceInfo, resolve: AudienceResolver): void {
    this.resolvers.set(info.name, { info, resolve });
  }

  list(): AudienceInfo[] {
    return [...this.resolvers.values()].map((entry) => entry.info);
  }

  /** True when a selector names a registered audience. */
  has(selector: string): boolean {
    return this.resolvers.has(selector.split(":")[0] ?? "");
  }

  /**
   * Resolves one or more selectors joined by " + " into recipients, without duplicates.
   * Throws an Error naming the unknown audience.
   */
  async resolve(selectors: string): Promise<Recipient[]> {
    const byKey = new Map<string, Recipient>();
    for (const selector of selectors.split(/\s*\+\s*/).filter(Boolean)) {
      const colon = selector.indexOf(":");
      const name = colon === -1 ? selector : selector.slice(0, colon);
      const argument = colon === -1 ? undefined : selector.slice(colon + 1);
      const entry = this.resolvers.get(name);
      if (!entry)
        throw new Error(`Unknown audience "${name}". Known: ${[...this.resolvers.keys()].join(", ")}`);
      for (const recipient of await entry.resolve(argument)) {
        const existing = byKey.get(recipient.key);
        if (!existing || (!existing.userId && recipient.userId)) byKey.set(recipient.key, recipient);
      }
    }
    return [...byKey.values()];
  }
}
