/**
 * A real core with the roster, RSVP, reminder and calendar modules (and the core modules they
 * rely on), a fixed clock, a recording adapter named "test", and helpers to speak as a user.
 * Several harnesses on the same SQLite file with a clock of their own = a restart.
 */
import { randomUUID } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BotCore, createBotCore } from "../../bot/bot.js";
import { fixedClock } from "../../bot/clock.js";
import { loadCoreConfig } from "../../bot/config.js";
import { buildDeps } from "../../bot/deps.js";
import { silentLogger } from "../../bot/logger.js";
import type { BotDeps, HandlerModule } from "../../bot/module.js";
import type { Catalogue } from "../../bot/programme/catalogue.js";
import { loadCatalogue } from "../../bot/programme/load.js";
import { openStore } from "../../bot/store/index.js";
import type { Store } from "../../bot/store/port.js";
import type { ActionEvent, Address, MessageEvent, UserRef } from "../../bot/types.js";
import { calendar } from "../../handlers/calendar/module.js";
import { fallback } from "../../handlers/fallback.js";
import { help } from "../../handlers/help.js";
import { identity } from "../../handlers/identity.js";
import { inputGuard } from "../../handlers/input-guard.js";
import { reminders } from "../../handlers/reminders/module.js";
import { roster, rosterImport } from "../../handlers/roster/module.js";
import { rsvp } from "../../handlers/rsvp/module.js";
import { recordingAdapter } from "../support/recording-adapter.js";

/** The modules under test, in the order `handlers/index.ts` installs them. */
export const MODULES: readonly HandlerModule[] = [
  rosterImport,
  inputGuard,
  identity,
  help,
  roster,
  rsvp,
  reminders,
  calendar,
  fallback,
];

/** The Secretariat's verified email in these tests. */
export const SECRETARIAT = "desk@un.example";

/** A chat user of the recording adapter. */
export function user(name: string, options: { email?: string; timeZone?: string } = {}): UserRef {
  return {
    id: `test:${name}` as Address,
    displayName: name,
    verifiedEmail: options.email,
    timeZone: options.timeZone,
    isBot: false,
    isMe: false,
  };
}

/** A direct message from a user. */
export function message(from: UserRef, text: string): MessageEvent {
  return {
    kind: "message",
    id: randomUUID(),
    text,
    user: from,
    address: `test:dm-${from.id.slice(5)}` as Address,
    isDirect: true,
  };
}

/** A click on a card button, with the card's inputs. */
export function click(
  from: UserRef,
  actionId: string,
  value: string,
  inputs?: Record<string, string>,
): ActionEvent {
  return {
    kind: "action",
    id: randomUUID(),
    actionId,
    value,
    inputs,
    user: from,
    address: `test:dm-${from.id.slice(5)}` as Address,
    isDirect: true,
  };
}

/** Options of {@link harness}. */
export interface HarnessOptions {
  now?: string;
  storeUrl?: string;
  store?: Store;
  catalogue?: Catalogue;
  env?: Record<string, string>;
  modules?: readonly HandlerModule[];
}

/**
 * @example const h = await harness(); await h.say(h.users.hod1, "rsvp attending");
 */
export async function harness(options: HarnessOptions = {}) {
  const clock = fixedClock(options.now ?? "2024-03-01T12:00:00Z");
  const store = options.store ?? (await openStore(options.storeUrl ?? "memory:"));
  const config = loadCoreConfig({ STORE_URL: "memory:", SECRETARIAT_EMAILS: SECRETARIAT, ...options.env });
  const deps: BotDeps = buildDeps({
    config,
    store,
    clock,
    log: silentLogger(),
    catalogue: options.catalogue,
  });
  const platform = recordingAdapter("test");
  deps.messenger.add(platform.adapter);
  const core: BotCore = createBotCore(deps, options.modules ?? MODULES);
  /** Texts sent to one address (a DM is `test:dm-<name>`). */
  const textsTo = (name: string) =>
    platform.sent.filter((sent) => sent.to === `test:dm-${name}`).map((sent) => sent.text);
  const say = async (from: UserRef, text: string) => {
    const before = platform.sent.length;
    await core.sink.dispatch(message(from, text));
    return platform.sent
      .slice(before)
      .map((sent) => sent.text)
      .join("\n---\n");
  };
  const press = async (from: UserRef, actionId: string, value: string, inputs?: Record<string, string>) => {
    const before = platform.sent.length;
    await core.sink.dispatch(click(from, actionId, value, inputs));
    return platform.sent
      .slice(before)
      .map((sent) => sent.text)
      .join("\n---\n");
  };
  return { core, deps, clock, store, platform, textsTo, say, press };
}

/** A roster: the Secretariat, three heads of delegation and two delegates. */
export const ROSTER_CSV = [
  "email,name,state,roles",
  "ann@ken.example,Ann Mwangi,KEN,head of delegation",
  "claire@fra.example,Claire Martin,FRA,head of delegation;poc",
  "li@sgp.example,Li Wei,SGP,head of delegation",
  "peter@ken.example,Peter Otieno,KEN,delegate",
  "sam@bra.example,Sam Souza,BRA,delegate",
  `${SECRETARIAT},OEWG Secretariat desk,,secretariat`,
].join("\n");

/** Roster users by first name. */
export const people = {
  secretariat: user("desk", { email: SECRETARIAT }),
  ann: user("ann", { email: "ann@ken.example", timeZone: "Africa/Nairobi" }),
  claire: user("claire", { email: "claire@fra.example", timeZone: "Europe/Paris" }),
  li: user("li", { email: "li@sgp.example", timeZone: "Asia/Singapore" }),
  peter: user("peter", { email: "peter@ken.example" }),
};

/** Imports {@link ROSTER_CSV} as the Secretariat would. */
export async function withRoster(h: Awaited<ReturnType<typeof harness>>): Promise<void> {
  const answer = await h.say(people.secretariat, `import roster\n${ROSTER_CSV}`);
  if (!answer.startsWith("Roster imported")) throw new Error(`roster import failed: ${answer}`);
}

/** A meeting slot of a test programme. */
export interface TestMeeting {
  id: string;
  date: string;
  start: string;
  end: string;
  topic?: string;
}

/**
 * Writes a programme YAML into a fresh folder and loads it as a catalogue.
 * @example testCatalogue({ zone: "Europe/Paris", meetings: [{ id: "s-1", date: "2024-03-31", start: "03:30", end: "05:00" }] })
 */
export function testCatalogue(options: {
  id?: string;
  zone: string;
  meetings: TestMeeting[];
  reception?: { date: string; start: string; chatList?: string; link?: string };
}): Catalogue {
  const dir = mkdtempSync(join(tmpdir(), "delegate-bot-catalogue-"));
  const id = options.id ?? "test-prog";
  const lines = [
    `id: ${id}`,
    "series: Test series",
    "title: Test programme",
    "shortTitle: Test session",
    "status: provisional",
    "version: 1",
    `timeZone: ${options.zone}`,
    "venue:",
    "  name: Test Venue",
    "  city: Testville",
    "source:",
    "  kind: letter",
    "  date: 2024-01-01",
    "  from: The Chair",
    "meetings:",
    ...options.meetings.flatMap((meeting) => [
      `  - id: ${meeting.id}`,
      `    date: ${meeting.date}`,
      `    start: "${meeting.start}"`,
      `    end: "${meeting.end}"`,
      "    items:",
      `      - id: ${meeting.id}-item`,
      "        types: [discussion]",
      `        title: ${meeting.topic ?? `Discussion ${meeting.id}`}`,
    ]),
  ];
  if (options.reception) {
    lines.push(
      "socialEvents:",
      `  - id: ${id}-reception`,
      "    kind: reception",
      "    title: Test reception",
      `    date: ${options.reception.date}`,
      `    start: "${options.reception.start}"`,
      "    place:",
      "      name: Test Mission",
      "      address: [1 Test Street]",
      "    invitation: Heads of Delegation plus accompanying experts",
      "    rsvp:",
      "      required: true",
      ...(options.reception.link ? [`      originalLink: ${options.reception.link}`] : []),
      ...(options.reception.chatList ? [`      chatList: ${options.reception.chatList}`] : []),
    );
  }
  writeFileSync(join(dir, `${id}.yaml`), `${lines.join("\n")}\n`);
  return loadCatalogue(dir);
}
