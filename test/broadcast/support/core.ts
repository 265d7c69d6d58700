/**
 * A real core with the broadcast module, recording adapters as the platforms, and test
 * audiences registered the way the roster, RSVP and POC features register theirs.
 */
import type { Recipient } from "../../../bot/audiences.js";
import type { Card } from "../../../bot/cards.js";
import type { BotDeps, HandlerModule } from "../../../bot/module.js";
import type { ActionEvent, Address, MessageEvent, UserRef } from "../../../bot/types.js";
import { createBroadcastModule } from "../../../handlers/broadcast/module.js";
import type { ProgressOptions } from "../../../handlers/broadcast/progress.js";
import { identity } from "../../../handlers/identity.js";
import { inputGuard } from "../../../handlers/input-guard.js";
import { SESSION_MONDAY_MORNING, testCore } from "../../support/core.js";
import { recordingAdapter } from "../../support/recording-adapter.js";

/** A person of the test audiences. */
export interface TestPerson extends Recipient {
  state?: string;
  roles: string[];
  poc?: "diplomatic" | "technical";
}

export const SECRETARIAT_EMAIL = "sec@un.org";

/**
 * `count` people spread over the platforms in turn (u0 on the first, u1 on the second…),
 * every tenth a head of delegation, States cycling through KEN, FRA, SGP, BRA.
 */
export function makePeople(count: number, platforms: readonly string[]): TestPerson[] {
  const states = ["KEN", "FRA", "SGP", "BRA"];
  return Array.from({ length: count }, (_, i) => {
    const platform = platforms[i % platforms.length] ?? "alpha";
    return {
      key: `p${i}@mission.example`,
      name: `Person ${i}`,
      userId: `${platform}:u${i}` as Address,
      state: states[i % states.length],
      roles: i % 10 === 0 ? ["head_of_delegation"] : ["delegate"],
      poc: i % 50 === 1 ? "technical" : i % 50 === 2 ? "diplomatic" : undefined,
    };
  });
}

/** Registers everyone / role / state / poc / rsvp / subscribers over a list of people. */
export function registerTestAudiences(
  deps: BotDeps,
  people: () => TestPerson[],
  extra: { rsvp?: Map<string, TestPerson[]>; subscribers?: Map<string, TestPerson[]>; only?: string[] } = {},
) {
  const audiences = {
    register: (
      info: { name: string; description: string; example: string },
      resolve: (argument: string | undefined) => Promise<Recipient[]>,
    ) => {
      if (!extra.only || extra.only.includes(info.name)) deps.audiences.register(info, resolve);
    },
  };
  const plain = (list: TestPerson[]): Recipient[] =>
    list.map(({ key, name, userId }) => (userId ? { key, name, userId } : { key, name }));
  audiences.register({ name: "everyone", description: "everyone", example: "everyone" }, async () =>
    plain(people()),
  );
  audiences.register(
    { name: "role", description: "people with a role", example: "role:head_of_delegation" },
    async (role) => plain(people().filter((p) => p.roles.includes(role ?? ""))),
  );
  audiences.register(
    { name: "state", description: "delegates of States", example: "state:KEN,FRA" },
    async (codes) => {
      const wanted = new Set((codes ?? "").split(","));
      return plain(people().filter((p) => p.state && wanted.has(p.state)));
    },
  );
  audiences.register({ name: "poc", description: "POCs", example: "poc:technical" }, async (type) =>
    plain(people().filter((p) => p.poc && (type === "all" || p.poc === type))),
  );
  audiences.register(
    { name: "rsvp", description: "people who answered an RSVP", example: "rsvp:reception:attending" },
    async (arg) => plain(extra.rsvp?.get(arg ?? "") ?? []),
  );
  audiences.register(
    { name: "subscribers", description: "subscribers of a session", example: "subscribers:<occurrence>" },
    async (arg) => plain(extra.subscribers?.get(arg ?? "") ?? []),
  );
}

/** The Secretariat member driving the tests, on the first platform. */
export function secretariatUser(platform = "alpha"): UserRef {
  return {
    id: `${platform}:sec`,
    displayName: "Secretariat",
    verifiedEmail: SECRETARIAT_EMAIL,
    isBot: false,
    isMe: false,
  };
}

/** A delegate (not on the roster). */
export function delegateUser(platform = "alpha", id = "del"): UserRef {
  return {
    id: `${platform}:${id}`,
    displayName: "A Delegate",
    verifiedEmail: `${id}@mission.example`,
    isBot: false,
    isMe: false,
  };
}

/**
 * A roster person on the `test` platform, by id and verified e-mail.
 * @example rosterMember("ann", "ann@mission.ke").id === "test:ann"
 */
export function rosterMember(id: string, email: string): UserRef {
  return { id: `test:${id}` as Address, displayName: id, verifiedEmail: email, isBot: false, isMe: false };
}

let eventCounter = 0;

/** A direct message from a user. */
export function message(user: UserRef, text: string): MessageEvent {
  eventCounter += 1;
  return { kind: "message", id: `m${eventCounter}`, text, isDirect: true, user, address: dmOf(user.id) };
}

/** A click (or form submission) by a user in their DM. */
export function action(
  user: UserRef,
  actionId: string,
  value?: string,
  inputs?: Record<string, string>,
): ActionEvent {
  eventCounter += 1;
  return {
    kind: "action",
    id: `a${eventCounter}`,
    actionId,
    value,
    inputs,
    isDirect: true,
    user,
    address: dmOf(user.id),
  };
}

/** The DM address the recording adapter gives a user. */
export function dmOf(userId: string): Address {
  const colon = userId.indexOf(":");
  return `${userId.slice(0, colon)}:dm-${userId.slice(colon + 1)}` as Address;
}

/**
 * A core with the broadcast module on `platforms` recording adapters.
 * @example const t = await broadcastCore({ people: makePeople(10, ["alpha"]) });
 */
export async function broadcastCore(options: {
  people?: TestPerson[];
  platforms?: string[];
  now?: string;
  storeUrl?: string;
  progress?: ProgressOptions;
  rsvp?: Map<string, TestPerson[]>;
  subscribers?: Map<string, TestPerson[]>;
  /** Register only these test audiences (all by default). */
  audiences?: string[];
  /** More of the core's environment (e.g. `APPROVALS_REQUIRED`). */
  env?: Record<string, string>;
  /** The Secretariat's emails (default: {@link SECRETARIAT_EMAIL}). */
  secretariatEmails?: string[];
  /** Modules installed after the input guard and identity, before broadcasts. */
  before?: readonly HandlerModule[];
}) {
  const platformNames = options.platforms ?? ["alpha"];
  const { core, clock, deps, store } = await testCore({
    modules: [inputGuard, identity, ...(options.before ?? []), createBroadcastModule(options.progress)],
    now: options.now ?? SESSION_MONDAY_MORNING,
    storeUrl: options.storeUrl,
    secretariatEmails: options.secretariatEmails ?? [SECRETARIAT_EMAIL],
    ...(options.env ? { env: options.env } : {}),
  });
  const platforms = Object.fromEntries(platformNames.map((name) => [name, recordingAdapter(name)]));
  for (const platform of Object.values(platforms)) deps.messenger.add(platform.adapter);
  let people = options.people ?? [];
  registerTestAudiences(deps, () => people, {
    rsvp: options.rsvp,
    subscribers: options.subscribers,
    only: options.audiences,
  });
  const first = platforms[platformNames[0] ?? "alpha"];
  if (!first) throw new Error("no platform");

  /** Messages the bot sent to an address (replies and deliveries). */
  const sentTo = (address: Address) =>
    Object.values(platforms).flatMap((p) => p.sent.filter((s) => s.to === address));
  /** The last card the bot sent to an address. */
  const lastCard = (address: Address): Card | undefined => sentTo(address).at(-1)?.message.card;

  return {
    core,
    clock,
    deps,
    store,
    platforms,
    first,
    setPeople(next: TestPerson[]) {
      people = next;
    },
    sentTo,
    lastCard,
    /** Sends a message as a user and returns the bot's answers to it. */
    async say(user: UserRef, text: string) {
      const before = sentTo(dmOf(user.id)).length;
      await core.sink.dispatch(message(user, text));
      return sentTo(dmOf(user.id)).slice(before);
    },
    async click(user: UserRef, actionId: string, value?: string, inputs?: Record<string, string>) {
      const before = sentTo(dmOf(user.id)).length;
      await core.sink.dispatch(action(user, actionId, value, inputs));
      return sentTo(dmOf(user.id)).slice(before);
    },
    /** Ticks the scheduler (producers, then the outbox), moving the clock 1 s between ticks, until nothing is due. */
    async runUntilQuiet(maxTicks = 100) {
      for (let tick = 0; tick < maxTicks; tick += 1) {
        await deps.scheduler.tick();
        const pending = await store.namespace("outbox").list("due:", (await import("zod")).z.unknown());
        if (pending.length === 0) return tick + 1;
        clock.advance(1_000);
      }
      throw new Error(`still deliveries due after ${maxTicks} ticks`);
    },
  };
}

/** The draft id of a preview card (its Confirm button's value). */
export function draftIdOf(card: Card | undefined): string {
  const value = card?.buttons?.find(
    (button) => button.actionId === "broadcast:confirm" || button.actionId === "broadcast:cancel",
  )?.value;
  if (!value) throw new Error(`not a preview card: ${JSON.stringify(card)}`);
  return value;
}
