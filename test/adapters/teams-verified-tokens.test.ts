/**
 * The cache of verified inbound tokens on its own, on an injected clock: what it keeps,
 * for how long, and how it is bounded. The Teams auth suite shows it inside the adapter.
 */
import { describe, expect, it } from "vitest";
import { tokenExpiry, VerifiedTokens } from "../../adapters/teams/verified-tokens.js";

const T0 = Date.parse("2024-03-04T14:00:00Z");

function clock() {
  let now = T0;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe("VerifiedTokens", () => {
  it("keeps a verification until the token's exp when that comes before the maximum age", () => {
    const time = clock();
    const cache = new VerifiedTokens<string>({ now: time.now, maxAgeMs: 300_000 });
    cache.remember("k", "identity", T0 + 60_000);
    time.advance(59_999);
    expect(cache.get("k")).toEqual("identity");
    time.advance(1);
    expect(cache.get("k")).toBeUndefined();
    expect(cache.size).toEqual(0);
  });

  it("keeps a long-lived token no longer than the maximum age", () => {
    const time = clock();
    const cache = new VerifiedTokens<string>({ now: time.now, maxAgeMs: 300_000 });
    cache.remember("k", "identity", T0 + 3_600_000);
    time.advance(299_999);
    expect(cache.get("k")).toEqual("identity");
    time.advance(1);
    expect(cache.get("k")).toBeUndefined();
  });

  it("does not keep a token that has already expired", () => {
    const time = clock();
    const cache = new VerifiedTokens<string>({ now: time.now });
    expect(cache.remember("k", "identity", T0 - 1)).toEqual("identity");
    expect(cache.get("k")).toBeUndefined();
    expect(cache.size).toEqual(0);
  });

  it("drops the oldest entry when full", () => {
    const time = clock();
    const cache = new VerifiedTokens<number>({ now: time.now, maxEntries: 3 });
    for (const n of [1, 2, 3, 4]) cache.remember(`k${n}`, n, T0 + 60_000);
    expect([cache.get("k1"), cache.get("k2"), cache.get("k3"), cache.get("k4")]).toEqual([
      undefined,
      2,
      3,
      4,
    ]);
    expect(cache.size).toEqual(3);
  });

  it("keys a token by channel and service URL too", () => {
    const header = "Bearer eyJ.a.b";
    const keys = new Set([
      VerifiedTokens.key(header, "msteams", "https://smba.trafficmanager.net/amer/"),
      VerifiedTokens.key(header, "msteams", "https://smba.trafficmanager.net/emea/"),
      VerifiedTokens.key(header, "emulator", "https://smba.trafficmanager.net/amer/"),
      VerifiedTokens.key(header, undefined, undefined),
    ]);
    expect(keys.size).toEqual(4);
  });

  it("reads exp in seconds from the claims, and nothing when it is missing or not a number", () => {
    expect(
      tokenExpiry([
        { type: "aud", value: "x" },
        { type: "exp", value: 1709560900 },
      ]),
    ).toEqual(1709560900000);
    expect(tokenExpiry([{ type: "aud", value: "x" }])).toBeUndefined();
    expect(tokenExpiry([{ type: "exp", value: "1709560900" }])).toBeUndefined();
  });
});
