/**
 * Inbound authentication of the Teams adapter against a local OpenID server: the
 * adapter's verifier checks tokens signed with a local key before the SDK's CloudAdapter
 * runs the turn. A rejected request never runs a turn. The Agents SDK alone (the bare
 * echo bot, with the SDK's own JWT middleware) accepts a token without a `serviceurl`
 * claim, or with one for another service; the adapter answers 401.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ChannelTokenVerifier, TeamsAuthError } from "../../adapters/teams/index.js";
import { type BareEchoBot, startBareEchoBot } from "../../bench/teams-baseline.js";
import type { HandlerModule } from "../../bot/module.js";
import { testCore } from "../support/core.js";
import { startTeamsRig, type TeamsRig } from "../support/fake-connector/harness.js";
import { type ChannelTokenOptions, TEST_APP_ID } from "../support/openid-server.js";

let rig: TeamsRig;
let bare: BareEchoBot;
let turns = 0;

const counter: HandlerModule = {
  name: "counter",
  install: (router) =>
    router.use(async (ctx) => {
      turns += 1;
      await ctx.reply("counted");
    }),
};

beforeAll(async () => {
  rig = await startTeamsRig(await testCore({ modules: [counter] }));
  bare = await startBareEchoBot(rig.openid.bareBotOptions());
});

afterAll(async () => {
  await bare.close();
  await rig.stop();
  vi.restoreAllMocks();
});

async function postWith(
  authorization: string | null,
  url = rig.botUrl,
  fields: Record<string, unknown> = {},
): Promise<number> {
  const activity = { ...rig.personalMessage("hello", { id: `auth-${Math.random()}` }), ...fields };
  const response = await fetch(`${url}/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(authorization === null ? {} : { authorization }) },
    body: JSON.stringify(activity),
  });
  await response.text();
  return response.status;
}

const token = (options: Partial<ChannelTokenOptions>) =>
  rig.openid.channelToken({ serviceUrl: rig.connector.url, ...options }).then((value) => `Bearer ${value}`);

describe("Teams adapter: inbound authentication", () => {
  it("accepts a valid token: 200 and one turn", async () => {
    const before = turns;
    expect(await postWith(await token({}))).toEqual(200);
    expect(turns - before).toEqual(1);
  });

  it.each<[string, () => Promise<string | null>]>([
    ["wrong audience", () => token({ audience: "00000000-0000-0000-0000-000000000000" })],
    ["wrong issuer", () => token({ issuer: "https://sts.example.org" })],
    ["expired 10 minutes ago", () => token({ expiresIn: -600 })],
    [
      "serviceurl claim for another service",
      () => token({ serviceUrlClaim: "https://smba.trafficmanager.net/emea/" }),
    ],
    ["no serviceurl claim", () => token({ serviceUrlClaim: null })],
    ["missing Authorization header", async () => null],
    ["a scheme other than Bearer", async () => (await token({})).replace("Bearer", "Basic")],
    ["a token that is not a JWT", async () => "Bearer not-a-jwt"],
    ["signed by an unknown key under the trusted kid", () => token({ key: "foreign" })],
    ["signed by a key with an unknown kid", () => token({ key: "unknown-kid" })],
    ["alg: none under the trusted kid", async () => `Bearer ${rig.openid.unsignedToken(rig.connector.url)}`],
    [
      "alg: none without a kid",
      async () => `Bearer ${rig.openid.unsignedToken(rig.connector.url, undefined)}`,
    ],
  ])("answers 401 and runs no turn for %s", async (_name, header) => {
    const before = turns;
    const sentBefore = rig.connector.activities().length;

    expect(await postWith(await header())).toEqual(401);

    expect(turns - before).toEqual(0);
    expect(rig.connector.activities().length).toEqual(sentBefore);
  });

  it("is stricter than the Agents SDK alone, which accepts a token without a serviceurl claim or for another service", async () => {
    const statuses = [
      await postWith(await token({ serviceUrlClaim: null }), bare.url),
      await postWith(await token({ serviceUrlClaim: "https://smba.trafficmanager.net/emea/" }), bare.url),
      await postWith(await token({ key: "foreign" }), bare.url),
      await postWith(`Bearer ${rig.openid.unsignedToken(rig.connector.url)}`, bare.url),
      await postWith(await token({}), bare.url),
    ];
    expect(statuses).toEqual([200, 200, 401, 401, 200]);
    expect(bare.turns()).toEqual(3);
  });

  it.each([
    ["a body that is not JSON", "text/plain", "hello", 415],
    ["malformed JSON", "application/json", "{", 400],
    ["a JSON array", "application/json", "[]", 400],
    [
      "more than 1 MB",
      "application/json",
      JSON.stringify({ type: "message", text: "x".repeat(1_100_000) }),
      413,
    ],
  ])("answers %s with a 4xx and runs no turn", async (_name, contentType, body, status) => {
    const before = turns;
    const response = await fetch(`${rig.botUrl}/api/messages`, {
      method: "POST",
      headers: { "content-type": contentType, authorization: await token({}) },
      body,
    });
    await response.text();
    expect(response.status).toEqual(status);
    expect(turns - before).toEqual(0);
  });
});

describe("Teams adapter: a token verified once is trusted until it expires", () => {
  // Counts full verifications: the adapter's authentication runs one for a token it has
  // not verified yet (the real verification still runs).
  const verifications = () => vi.spyOn(ChannelTokenVerifier.prototype, "verify");

  it("verifies a token the channel reuses once, and answers every activity", async () => {
    const header = await token({ expiresIn: 1800 });
    const spy = verifications();
    const before = turns;
    const statuses = [await postWith(header), await postWith(header), await postWith(header)];
    const verified = spy.mock.calls.length;
    spy.mockRestore();
    expect(statuses).toEqual([200, 200, 200]);
    expect(turns - before).toEqual(3);
    expect(verified).toEqual(1);
  });

  it("verifies a known token afresh for another service URL, and rejects it when its claim does not match", async () => {
    const header = await token({ expiresIn: 1700 });
    expect(await postWith(header)).toEqual(200);
    const spy = verifications();
    const before = turns;
    const status = await postWith(header, rig.botUrl, {
      serviceUrl: "https://smba.trafficmanager.net/emea/",
    });
    const verified = spy.mock.calls.length;
    spy.mockRestore();
    expect(status).toEqual(401);
    expect(verified).toEqual(1);
    expect(turns - before).toEqual(0);
  });

  it("does not trust a rejected token on its second try", async () => {
    const header = await token({ audience: "00000000-0000-0000-0000-000000000001" });
    const spy = verifications();
    const statuses = [await postWith(header), await postWith(header)];
    const verified = spy.mock.calls.length;
    spy.mockRestore();
    expect(statuses).toEqual([401, 401]);
    expect(verified).toEqual(2);
  });
});

describe("Teams adapter: signing keys that cannot be read", () => {
  it("answers 503 (the channel retries), not 401 or 500, when the OpenID metadata is unreachable", async () => {
    const verifier = new ChannelTokenVerifier(
      { openIdMetadataUrl: "http://127.0.0.1:1/metadata", tokenIssuer: rig.openid.channelIssuer },
      TEST_APP_ID,
    );
    const error = await verifier
      .authenticate(await token({}), { channelId: "msteams", serviceUrl: rig.connector.url })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TeamsAuthError);
    expect((error as TeamsAuthError).status).toEqual(503);
    // A malformed token is refused before any key is needed.
    const malformed = await verifier
      .authenticate("Bearer not-a-jwt", { channelId: "msteams", serviceUrl: rig.connector.url })
      .catch((caught: unknown) => caught);
    expect((malformed as TeamsAuthError).status).toEqual(401);
  });
});
