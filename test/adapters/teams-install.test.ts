/**
 * Reach at install: Teams tells the bot when its app is installed for a user (for example
 * pushed by an admin's app setup policy) or added to a team, before anyone writes. The
 * adapter records those members, with the email Teams has for them, so that they can be
 * found by email and sent to. Real adapter and SDK, signed activities, fake Bot Connector.
 */
import { afterEach, describe, expect, it } from "vitest";
import { conversationAddress, TeamsDeliveryError, userAddress } from "../../adapters/teams/index.js";
import type { HandlerModule } from "../../bot/module.js";
import { testCore } from "../support/core.js";
import {
  BOT_ID,
  PERSONAL_CONVERSATION,
  startTeamsRig,
  TENANT_ID,
  type TeamsRig,
  USER_ID,
} from "../support/fake-connector/harness.js";

let rig: TeamsRig | undefined;
afterEach(async () => {
  await rig?.stop();
  rig = undefined;
});

let turns = 0;
const counter: HandlerModule = {
  name: "counter",
  install: (router) =>
    router.use(async () => {
      turns += 1;
    }),
};

const AMINA = { id: USER_ID, name: "Amina Diallo", email: "amina.diallo@mfa.example" };
const team = [
  { id: "29:kenji", name: "Kenji Sato", email: "kenji.sato@mofa.example" },
  { id: "29:lucia", name: "Lucía Pérez", userPrincipalName: "lucia.perez@cancilleria.example" },
  { id: "29:guest", name: "Guest", userPrincipalName: "guest_ext.example#EXT#@un.onmicrosoft.example" },
];

describe("Teams adapter: people the app was installed for are reachable before they write", () => {
  it("an installation in a user's personal scope: found by email, and sent to in that chat", async () => {
    rig = await startTeamsRig(await testCore({ modules: [counter] }));
    rig.connector.setMember(AMINA);
    const before = turns;

    expect((await rig.post(rig.installation())).status).toEqual(200);

    const user = await rig.adapter.findUserByEmail("Amina.Diallo@mfa.example");
    expect(user).toEqual(userAddress(TENANT_ID, USER_ID));
    const sent = await rig.adapter.send(user ?? "teams:none", { text: "Your ping test: please answer ok." });
    expect(sent.address).toEqual(conversationAddress(TENANT_ID, PERSONAL_CONVERSATION));
    expect(rig.connector.conversationsCreated()).toEqual([]);
    expect(rig.connector.activities().map((activity) => [activity.conversationId, activity.text])).toEqual([
      [PERSONAL_CONVERSATION, "Your ping test: please answer ok."],
    ]);
    expect(turns - before).toEqual(0); // nothing for the core: nobody said anything
  });

  it("the bot added to a team: the roster is read page by page, and each member can be sent to", async () => {
    rig = await startTeamsRig(await testCore({ modules: [counter] }), { connector: { rosterPageSize: 2 } });
    for (const member of team) rig.connector.setMember(member);

    expect((await rig.post(rig.membersAdded([{ id: BOT_ID, name: "Delegate" }]))).status).toEqual(200);

    expect(rig.connector.rosterPages).toEqual(2);
    const found = await Promise.all(
      [
        "kenji.sato@mofa.example",
        "lucia.perez@cancilleria.example",
        "guest_ext.example#EXT#@un.onmicrosoft.example",
      ].map((email) => rig?.adapter.findUserByEmail(email)),
    );
    expect(found).toEqual([
      userAddress(TENANT_ID, "29:kenji"),
      userAddress(TENANT_ID, "29:lucia"),
      undefined,
    ]);

    const sent = await rig.adapter.send(userAddress(TENANT_ID, "29:kenji"), {
      text: "Badges at the Visitors' Entrance.",
    });
    const created = rig.connector.conversationsCreated();
    expect(
      created.map((conversation) => [conversation.parameters.members, conversation.parameters.tenantId]),
    ).toEqual([[[{ id: "29:kenji", name: "" }], TENANT_ID]]);
    expect(sent.address).toEqual(conversationAddress(TENANT_ID, created[0]?.id ?? ""));
    expect(rig.connector.activities().map((activity) => [activity.conversationId, activity.text])).toEqual([
      [created[0]?.id, "Badges at the Visitors' Entrance."],
    ]);
    // The guest (#EXT# principal, no email) is still reachable by address.
    await rig.adapter.send(userAddress(TENANT_ID, "29:guest"), { text: "Welcome." });
    expect(rig.connector.conversationsCreated()).toHaveLength(2);
  });

  it("a roster slower than the turn budget is answered in time and finished in the background", async () => {
    rig = await startTeamsRig(await testCore({ modules: [counter] }), {
      adapter: { turnBudgetMs: 50 },
      connector: { rosterPageSize: 2, rosterLatencyMs: 1_000 },
    });
    for (const member of team) rig.connector.setMember(member);

    expect((await rig.post(rig.membersAdded([{ id: BOT_ID, name: "Delegate" }]))).status).toEqual(200);
    expect(await rig.adapter.findUserByEmail("lucia.perez@cancilleria.example")).toEqual(undefined);

    await rig.adapter.stop(); // waits for the work of past turns
    expect(await rig.adapter.findUserByEmail("lucia.perez@cancilleria.example")).toEqual(
      userAddress(TENANT_ID, "29:lucia"),
    );
    expect(rig.connector.rosterPages).toEqual(2);
  });

  it("a member added to a team later is looked up and recorded with their email", async () => {
    rig = await startTeamsRig(await testCore({ modules: [counter] }));
    rig.connector.setMember(team[0] as (typeof team)[number]);

    await rig.post(rig.membersAdded([{ id: "29:kenji", name: "Kenji Sato" }]));

    expect(rig.connector.rosterPages).toEqual(0);
    expect(rig.connector.memberLookups).toEqual(1);
    expect(await rig.adapter.findUserByEmail("kenji.sato@mofa.example")).toEqual(
      userAddress(TENANT_ID, "29:kenji"),
    );
  });

  it("records nobody on an uninstall, and an unknown person stays unreachable, permanently", async () => {
    rig = await startTeamsRig(await testCore({ modules: [counter] }));
    rig.connector.setMember(AMINA);

    expect((await rig.post(rig.installation({ action: "remove" }))).status).toEqual(200);

    expect(await rig.adapter.findUserByEmail(AMINA.email)).toEqual(undefined);
    const error = await rig.adapter
      .send(userAddress(TENANT_ID, "29:someone-else"), { text: "hello" })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TeamsDeliveryError);
    expect([(error as TeamsDeliveryError).reason, (error as TeamsDeliveryError).permanent]).toEqual([
      "no-reference",
      true,
    ]);
  });

  it("an unsigned installation changes nothing", async () => {
    rig = await startTeamsRig(await testCore({ modules: [counter] }));
    rig.connector.setMember(AMINA);

    expect((await rig.post(rig.installation(), { authorization: null })).status).toEqual(401);

    expect(await rig.adapter.findUserByEmail(AMINA.email)).toEqual(undefined);
    expect(rig.connector.memberLookups).toEqual(0);
  });
});
