/**
 * E-mail changes waiting for the Secretariat: a POC's change that adds an address is not
 * applied but sent to the Secretariat (self-service.ts, `requestNewEmails`); it is kept here,
 * one per record (the latest), so "my details" can say what waits and since when. It stops
 * waiting once the directory holds every address it adds (the Secretariat imported them), or
 * after {@link REQUEST_TTL_MS} (the Secretariat has no "reject" for it: an import that leaves
 * the addresses out is its answer).
 */
import { z } from "zod";
import type { Store } from "../../bot/store/port.js";
import type { PocRecord } from "./schema.js";

/** How long a request is said to wait at most (90 days). */
export const REQUEST_TTL_MS = 90 * 24 * 3_600_000;

const emailRequestSchema = z.object({
  /** The list the POC asked for, as shown in the preview. */
  emails: z.string(),
  /** The addresses it adds (what the Secretariat must check). */
  added: z.array(z.string()),
  requestedAt: z.string(),
  /** Who asked: their verified e-mail, else their chat id. */
  by: z.string(),
});

/** An e-mail change waiting for the Secretariat. */
export type EmailRequest = z.infer<typeof emailRequestSchema>;

const keyOf = (pocId: string) => `email-request:${pocId}`;

/**
 * Keeps the request of a record (replacing an older one).
 * @example await keepEmailRequest(store, "FRA:technical", { emails: "a@x.org, b@y.org", added: ["b@y.org"], requestedAt, by: "a@x.org" });
 */
export async function keepEmailRequest(store: Store, pocId: string, request: EmailRequest): Promise<void> {
  await store.set(keyOf(pocId), request, REQUEST_TTL_MS);
}

/**
 * The request still waiting for `record`: undefined when there is none or the directory now
 * holds every address it adds (then it is forgotten).
 * @example const waiting = await waitingEmailRequest(store, record);
 */
export async function waitingEmailRequest(
  store: Store,
  record: PocRecord,
): Promise<EmailRequest | undefined> {
  const request = await store.get(keyOf(record.id), emailRequestSchema);
  if (!request) return undefined;
  if (request.added.every((email) => record.emails.includes(email))) {
    await store.delete(keyOf(record.id));
    return undefined;
  }
  return request;
}
