/**
 * Teams' documented limits for one bot: per conversation 7 messages per second, 8 per 2 s,
 * 60 per 30 s and 1800 per hour; per tenant at most 30 per second (configurable). The
 * limiter itself is `bot/pacing.ts`.
 */
import type { RateWindow } from "../../bot/pacing.js";

export { type PaceKey, Pacer, type PacerOptions, type PaceSlot, type RateWindow } from "../../bot/pacing.js";

/**
 * The documented Bot Framework limits for one bot in one conversation.
 * @example await pacer.acquire([{ key: "conversation:a:1", windows: CONVERSATION_WINDOWS }])
 */
export const CONVERSATION_WINDOWS: readonly RateWindow[] = [
  { limit: 7, perMs: 1_000 },
  { limit: 8, perMs: 2_000 },
  { limit: 60, perMs: 30_000 },
  { limit: 1_800, perMs: 3_600_000 },
];

/**
 * The per-tenant window for a given rate.
 * @example tenantWindows(30) // [{ limit: 30, perMs: 1000 }]
 */
export function tenantWindows(perSecond: number): readonly RateWindow[] {
  return [{ limit: perSecond, perMs: 1_000 }];
}
