/**
 * The RSVP repository: answers, per-event settings and place notices, in the store's
 * `rsvp` namespace. A version record changes after every write, so that readers which scan
 * everything on each tick (the reminder producer, the reconciler) can keep a snapshot in
 * memory and re-read only after a change.
 */
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { FOLLOW_UP_MS } from "../../bot/context.js";
import type { Store } from "../../bot/store/port.js";
import {
  type EventSettings,
  eventSettingsSchema,
  type PlaceNotice,
  placeNoticeSchema,
  type RsvpAnswer,
  rsvpAnswerSchema,
} from "./schema.js";

/**
 * Every answer and setting at one version.
 * @example (await rsvps.snapshot()).answers.length
 */
export interface RsvpSnapshot {
  version: string | undefined;
  answers: RsvpAnswer[];
  settings: Map<string, EventSettings>;
}

const answerKey = (eventId: string, userId: string) => `answer:${eventId}|${userId}`;

/** A report asked for: its event, when, and what it was narrowed to (answers bringing experts, a State). */
export const reportAskedSchema = z.object({
  eventId: z.string(),
  /** When it was asked (the bot's clock: a rehearsal's store expiry runs on real time). */
  at: z.string(),
  experts: z.boolean().optional(),
  state: z.string().optional(),
});
/** @example const asked: ReportAsked = { eventId: "oewg-7-reception-2024-03-04", experts: true }; */
export type ReportAsked = z.output<typeof reportAskedSchema>;

/**
 * @example
 * const rsvps = new RsvpRepository(deps.store.namespace("rsvp"));
 * await rsvps.rsvpsOf("slack:T1/U1"); // [{ eventId: "oewg-7-reception-2024-03-04", status: "attending", … }]
 */
export class RsvpRepository {
  private cached?: RsvpSnapshot;

  constructor(private readonly store: Store) {}

  /** One person's answer for one event. */
  answer(eventId: string, userId: string): Promise<RsvpAnswer | undefined> {
    return this.store.get(answerKey(eventId, userId), rsvpAnswerSchema);
  }

  /** Writes an answer (the whole record, one write) and marks the data as changed. */
  async save(answer: RsvpAnswer): Promise<void> {
    await this.store.set(answerKey(answer.eventId, answer.userId), rsvpAnswerSchema.parse(answer));
    await this.touch();
  }

  /** Every answer for an event, read fresh from the store. */
  async answersFor(eventId: string): Promise<RsvpAnswer[]> {
    return (await this.store.list(`answer:${eventId}|`, rsvpAnswerSchema)).map((entry) => entry.value);
  }

  /**
   * A person's answers across events (for "my RSVPs" and the Home view).
   * @example await rsvps.rsvpsOf("slack:T1/U1")
   */
  async rsvpsOf(userId: string): Promise<RsvpAnswer[]> {
    return (await this.snapshot()).answers.filter((answer) => answer.userId === userId);
  }

  /** The Secretariat's settings for an event. */
  settings(eventId: string): Promise<EventSettings | undefined> {
    return this.store.get(`settings:${eventId}`, eventSettingsSchema);
  }

  async saveSettings(eventId: string, settings: EventSettings): Promise<void> {
    await this.store.set(`settings:${eventId}`, eventSettingsSchema.parse(settings));
    await this.touch();
  }

  /** What a person was last told about their place. */
  notice(eventId: string, userId: string): Promise<PlaceNotice | undefined> {
    return this.store.get(`notice:${eventId}|${userId}`, placeNoticeSchema);
  }

  async saveNotice(eventId: string, userId: string, notice: PlaceNotice): Promise<void> {
    await this.store.set(`notice:${eventId}|${userId}`, placeNoticeSchema.parse(notice));
  }

  /**
   * The report a Secretariat member last asked for (event and filter), for a follow-up such
   * as "and France's?"; kept {@link FOLLOW_UP_MS}. Not an answer: no version change.
   */
  async rememberReport(userId: string, asked: ReportAsked): Promise<void> {
    await this.store.set(`report-asked:${userId}`, reportAskedSchema.parse(asked), FOLLOW_UP_MS);
  }

  /** The report this person last asked for, within {@link FOLLOW_UP_MS}. */
  lastReport(userId: string): Promise<ReportAsked | undefined> {
    return this.store.get(`report-asked:${userId}`, reportAskedSchema);
  }

  /** The current version mark (changes after every write of an answer or setting). */
  version(): Promise<string | undefined> {
    return this.store.get("version", z.string());
  }

  /** Every answer and setting; re-read from the store only when the version changed. */
  async snapshot(): Promise<RsvpSnapshot> {
    const version = await this.version();
    if (this.cached && version !== undefined && this.cached.version === version) return this.cached;
    const answers = (await this.store.list("answer:", rsvpAnswerSchema)).map((entry) => entry.value);
    const settings = new Map(
      (await this.store.list("settings:", eventSettingsSchema)).map((entry) => [
        entry.key.slice("settings:".length),
        entry.value,
      ]),
    );
    this.cached = { version, answers, settings };
    return this.cached;
  }

  private async touch(): Promise<void> {
    await this.store.set("version", randomUUID());
  }
}
