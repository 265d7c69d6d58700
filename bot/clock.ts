/**
 * Time is injected everywhere through a {@link Clock}, so that tests, the `ask` CLI's
 * `--now` and the schedules all agree on "now".
 */
export interface Clock {
  now(): Date;
}

/** The real clock. */
export const systemClock: Clock = { now: () => new Date() };

/**
 * A clock that stands still until moved; for tests and the `ask` CLI.
 * @example const clock = fixedClock("2024-03-04T08:00:00-05:00"); clock.advance(60_000);
 */
export function fixedClock(
  start: Date | string,
): Clock & { set(at: Date | string): void; advance(ms: number): void } {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set: (at) => {
      current = new Date(at);
    },
    advance: (ms) => {
      current = new Date(current.getTime() + ms);
    },
  };
}

/**
 * A clock that starts at `start` and runs on in real time (`BOT_NOW`: rehearsing a meeting
 * that is over, or not yet begun).
 * @example const clock = offsetClock(new Date("2024-03-04T08:00:00-05:00")); // a minute later it says 08:01
 */
export function offsetClock(start: Date, realNow: () => number = Date.now): Clock {
  const offset = start.getTime() - realNow();
  return { now: () => new Date(realNow() + offset) };
}
