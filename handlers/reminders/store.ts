/**
 * The reminder repository: subscriptions and preferences in the store's `reminders`
 * namespace, with a version record so the producer re-reads everything only after a change.
 */
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Store } from "../../bot/store/port.js";
import {
  type ReminderPrefs,
  reminderPrefsSchema,
  type Subscription,
  subscriptionSchema,
  targetKey,
} from "./schema.js";

/**
 * Every subscription and preference at one version.
 * @example (await reminders.snapshot()).subscriptions.length
 */
export interface ReminderSnapshot {
  version: string | undefined;
  subscriptions: Subscription[];
  prefs: Map<string, ReminderPrefs>;
}

const subKey = (userId: string, key: string) => `sub:${userId}|${key}`;

/**
 * @example
 * const reminders = new ReminderRepository(deps.store.namespace("reminders"));
 * await reminders.remindersOf("slack:T1/U1"); // [{ target: { type: "every-session" }, leadMinutes: 15, … }]
 */
export class ReminderRepository {
  private cached?: ReminderSnapshot;

  constructor(private readonly store: Store) {}

  /** Adds or replaces the subscription for its target; returns the one it replaced. */
  async subscribe(subscription: Subscription): Promise<Subscription | undefined> {
    const key = subKey(subscription.userId, targetKey(subscription.target));
    const previous = await this.store.get(key, subscriptionSchema);
    await this.store.set(
      key,
      subscriptionSchema.parse({ ...subscription, createdAt: previous?.createdAt ?? subscription.createdAt }),
    );
    await this.touch();
    return previous;
  }

  /** Removes one subscription; true when there was one. */
  async unsubscribe(userId: string, key: string): Promise<boolean> {
    const removed = await this.store.delete(subKey(userId, key));
    if (removed) await this.touch();
    return removed;
  }

  /** A person's own subscriptions (not the automatic RSVP ones). */
  async remindersOf(userId: string): Promise<Subscription[]> {
    return (await this.store.list(`sub:${userId}|`, subscriptionSchema)).map((entry) => entry.value);
  }

  /** Removes all of a person's subscriptions; returns how many. */
  async unsubscribeAll(userId: string): Promise<number> {
    const mine = await this.store.list(`sub:${userId}|`, subscriptionSchema);
    for (const entry of mine) await this.store.delete(entry.key);
    if (mine.length > 0) await this.touch();
    return mine.length;
  }

  async prefs(userId: string): Promise<ReminderPrefs | undefined> {
    return this.store.get(`prefs:${userId}`, reminderPrefsSchema);
  }

  async savePrefs(userId: string, prefs: ReminderPrefs): Promise<void> {
    await this.store.set(`prefs:${userId}`, reminderPrefsSchema.parse(prefs));
    await this.touch();
  }

  /** The current version mark. */
  version(): Promise<string | undefined> {
    return this.store.get("version", z.string());
  }

  /** Everything, re-read only after a change. */
  async snapshot(): Promise<ReminderSnapshot> {
    const version = await this.version();
    if (this.cached && version !== undefined && this.cached.version === version) return this.cached;
    const subscriptions = (await this.store.list("sub:", subscriptionSchema)).map((entry) => entry.value);
    const prefs = new Map(
      (await this.store.list("prefs:", reminderPrefsSchema)).map((entry) => [
        entry.key.slice("prefs:".length),
        entry.value,
      ]),
    );
    this.cached = { version, subscriptions, prefs };
    return this.cached;
  }

  private async touch(): Promise<void> {
    await this.store.set("version", randomUUID());
  }
}
