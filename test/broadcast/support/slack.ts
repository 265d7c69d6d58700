/**
 * The Slack side of the broadcast tests: the fake Slack Web API with a workspace of
 * `count` members (U00000…), a fault proxy in front of it, and the real Slack adapter.
 */
import { createSlackAdapter, parseSlackConfig } from "../../../adapters/slack/index.js";
import type { Address, UserRef } from "../../../bot/types.js";
import { type FakeSlack, type FakeUser, startFakeSlack } from "../../support/fake-slack/api.js";
import { TEST_BOT_TOKEN, TEST_SIGNING_SECRET } from "../../support/fake-slack/sign.js";
import { SECRETARIAT_EMAIL, type TestPerson } from "./core.js";
import { type ProxiedRequest, type ProxyFault, startFaultProxy } from "./proxy.js";

export const TEAM = "T0TEAM";
export const SECRETARIAT_SLACK_ID = "USEC";

/** A member id: `memberId(7) === "U00007"`. */
export const memberId = (index: number) => `U${String(index).padStart(5, "0")}`;

/** The Secretariat member, and their DM with the bot. */
export const slackSecretariat: { user: UserRef; dm: Address } = {
  user: {
    id: `slack:${TEAM}/@${SECRETARIAT_SLACK_ID}`,
    displayName: "Secretariat",
    verifiedEmail: SECRETARIAT_EMAIL,
    isBot: false,
    isMe: false,
  },
  dm: `slack:${TEAM}/D${SECRETARIAT_SLACK_ID}`,
};

/**
 * People 0…count-1 as Slack users; `unknown` indices are in the audience but not in the workspace.
 * @example const { people, fake, adapter } = await slackWorkspace(2_000, { unknown: [3, 103] });
 */
export async function slackWorkspace(
  count: number,
  options: { unknown?: readonly number[]; fault?: (request: ProxiedRequest) => ProxyFault | undefined } = {},
) {
  const unknown = new Set(options.unknown ?? []);
  const members: FakeUser[] = [
    { id: SECRETARIAT_SLACK_ID, name: "sec", profile: { email: SECRETARIAT_EMAIL } },
    ...Array.from({ length: count }, (_, i) => ({ id: memberId(i), name: `person${i}` })).filter(
      (_, i) => !unknown.has(i),
    ),
  ];
  const fake: FakeSlack = await startFakeSlack({ team: TEAM, users: members });
  const proxy = options.fault ? await startFaultProxy(fake.apiUrl, options.fault) : undefined;
  const adapter = createSlackAdapter(
    parseSlackConfig({
      SLACK_BOT_TOKEN: TEST_BOT_TOKEN,
      SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
      SLACK_API_URL: proxy ? `${proxy.url}api/` : fake.apiUrl,
    }),
    { api: { timeoutMs: 10_000 } },
  );
  const people: TestPerson[] = Array.from({ length: count }, (_, i) => ({
    key: `p${i}@mission.example`,
    name: `Person ${i}`,
    userId: `slack:${TEAM}/@${memberId(i)}` as Address,
    roles: ["delegate"],
  }));
  return {
    fake,
    proxy,
    adapter,
    people,
    /** Posts the fake accepted to recipients (not the Secretariat) whose text includes `text`, by channel. */
    postsWith(text: string): Map<string, number> {
      const byChannel = new Map<string, number>();
      for (const call of fake.callsTo("chat.postMessage")) {
        if (call.response?.ok !== true || !String(call.args.text ?? "").includes(text)) continue;
        const channel = String(call.args.channel);
        if (channel === `D${SECRETARIAT_SLACK_ID}`) continue;
        byChannel.set(channel, (byChannel.get(channel) ?? 0) + 1);
      }
      return byChannel;
    },
    async close() {
      await proxy?.close();
      await fake.close();
    },
  };
}
