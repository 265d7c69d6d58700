/**
 * A Secretariat member's revision waiting for confirmation: the files it would publish, the
 * version it was prepared from and its changes. One per author, kept a day.
 */
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Store } from "../../bot/store/port.js";
import { changeSchema, programmeFileSchema } from "../../bot/versions/model.js";

const DRAFT_TTL_MS = 24 * 60 * 60_000;

export const draftSchema = z.object({
  id: z.string(),
  base: z.number().int().positive(),
  files: z.array(programmeFileSchema),
  changes: z.array(changeSchema),
  note: z.string(),
  restores: z.number().int().positive().optional(),
  createdAt: z.string(),
});
export type Draft = z.output<typeof draftSchema>;

/**
 * @example const drafts = new DraftStore(deps.store.namespace("revisions")); await drafts.save(userId, draft);
 */
export class DraftStore {
  constructor(private readonly store: Store) {}

  /** Keeps the author's draft (replacing any earlier one); returns it with its id. */
  async save(userId: string, draft: Omit<Draft, "id">): Promise<Draft> {
    const saved = { ...draft, id: randomUUID().slice(0, 8) };
    await this.store.set(`draft:${userId}`, saved, DRAFT_TTL_MS);
    return saved;
  }

  async get(userId: string): Promise<Draft | undefined> {
    return this.store.get(`draft:${userId}`, draftSchema);
  }

  async discard(userId: string): Promise<boolean> {
    return this.store.delete(`draft:${userId}`);
  }
}
