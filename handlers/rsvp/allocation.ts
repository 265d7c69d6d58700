/**
 * Places and waitlist, derived from the answers every time (never a stored counter): the
 * attending answers in order of `queuedAt` take places until the capacity is reached; from
 * the first party that does not fit, everyone waits, in that order (strictly first come,
 * first served: a smaller party behind does not jump the queue).
 */
import type { RsvpAnswer } from "./schema.js";

/**
 * Where one attending answer stands.
 * @example const place: Place = { state: "waitlisted", position: 2 };
 */
export type Place = { state: "confirmed" } | { state: "waitlisted"; position: number };

/**
 * The derived picture of an event.
 * @example allocate(answers, 120).confirmedPeople // 87
 */
export interface Allocation {
  confirmed: RsvpAnswer[];
  waitlisted: RsvpAnswer[];
  tentative: RsvpAnswer[];
  declined: RsvpAnswer[];
  /** Heads plus experts with a confirmed place. */
  confirmedPeople: number;
  waitlistedPeople: number;
  tentativePeople: number;
  capacity?: number;
  /** Where a user's attending answer stands; undefined when they are not attending. */
  placeOf(userId: string): Place | undefined;
}

/**
 * People an answer brings: the head of delegation plus their experts.
 * @example partySize({ experts: { count: 2, names: [] } }) === 3
 */
export function partySize(answer: Pick<RsvpAnswer, "experts">): number {
  return 1 + answer.experts.count;
}

/**
 * Queue order: earlier `queuedAt` first, then the first answer, then the user id (stable).
 * @example answers.filter((a) => a.status === "attending").sort(queueOrder)
 */
export function queueOrder(a: RsvpAnswer, b: RsvpAnswer): number {
  return (
    a.queuedAt.localeCompare(b.queuedAt) ||
    a.firstRespondedAt.localeCompare(b.firstRespondedAt) ||
    a.userId.localeCompare(b.userId)
  );
}

/**
 * @example
 * const allocation = allocate(answers, 120);
 * allocation.placeOf("slack:U1"); // { state: "waitlisted", position: 3 }
 */
export function allocate(answers: readonly RsvpAnswer[], capacity?: number): Allocation {
  const attending = answers.filter((answer) => answer.status === "attending").sort(queueOrder);
  const confirmed: RsvpAnswer[] = [];
  const waitlisted: RsvpAnswer[] = [];
  let used = 0;
  for (const answer of attending) {
    const size = partySize(answer);
    if (waitlisted.length === 0 && (capacity === undefined || used + size <= capacity)) {
      confirmed.push(answer);
      used += size;
    } else {
      waitlisted.push(answer);
    }
  }
  const places = new Map<string, Place>();
  for (const answer of confirmed) places.set(answer.userId, { state: "confirmed" });
  waitlisted.forEach((answer, index) => {
    places.set(answer.userId, { state: "waitlisted", position: index + 1 });
  });
  const byName = (a: RsvpAnswer, b: RsvpAnswer) => a.name.localeCompare(b.name);
  const tentative = answers.filter((answer) => answer.status === "tentative").sort(byName);
  const sum = (list: RsvpAnswer[]) => list.reduce((total, answer) => total + partySize(answer), 0);
  return {
    confirmed,
    waitlisted,
    tentative,
    declined: answers.filter((answer) => answer.status === "declined").sort(byName),
    confirmedPeople: used,
    waitlistedPeople: sum(waitlisted),
    tentativePeople: sum(tentative),
    capacity,
    placeOf: (userId) => places.get(userId),
  };
}
