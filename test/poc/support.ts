/**
 * Shared set-up of the POC directory and ping test suites: a real core with the features
 * installed, a recording adapter that also keeps the cards it was sent, chat users with
 * verified emails, and CSV builders.
 */
import countries from "i18n-iso-countries";
import { type CountryCode, getExampleNumber, isSupportedCountry } from "libphonenumber-js/max";
import examples from "libphonenumber-js/mobile/examples";
import type { CardButton, Outgoing } from "../../bot/cards.js";
import type { Logger } from "../../bot/logger.js";
import type { HandlerModule } from "../../bot/module.js";
import { UN_STATES } from "../../bot/people/un-states.js";
import type { ActionEvent, Address, MessageEvent } from "../../bot/types.js";
import { fallback } from "../../handlers/fallback.js";
import { help } from "../../handlers/help.js";
import { identity } from "../../handlers/identity.js";
import { handlerModules } from "../../handlers/index.js";
import { inputGuard } from "../../handlers/input-guard.js";
import { pingTests } from "../../handlers/ping/module.js";
import { POC_COLUMNS } from "../../handlers/poc/import.js";
import { pocDirectory, pocImport } from "../../handlers/poc/module.js";
import { PocRepository } from "../../handlers/poc/repository.js";
import { testCore } from "../support/core.js";
import { recordingAdapter } from "../support/recording-adapter.js";

export const SECRETARIAT_EMAIL = "secretariat@un.example";

/** The modules of these suites, in the order of handlers/index.ts. */
export const POC_MODULES: readonly HandlerModule[] = [
  pocImport,
  inputGuard,
  identity,
  help,
  pocDirectory,
  pingTests,
  fallback,
];

/** A chat user; `email` is what the platform verified (absent: none shared). */
export interface User {
  id: Address;
  name: string;
  email?: string;
  timeZone?: string;
}

/** A user whose platform verified `email`. */
export function user(slug: string, email?: string, timeZone?: string): User {
  return {
    id: `test:${slug}` as Address,
    name: slug,
    ...(email ? { email } : {}),
    ...(timeZone ? { timeZone } : {}),
  };
}

/** The direct conversation of a user with the bot (as the recording adapter names it). */
export const dmOf = (who: User): Address => `test:dm-${who.id.slice("test:".length)}` as Address;

export const CHANNEL: Address = "test:channel-1";

let eventCounter = 0;

/** A real core (test/support/core.ts) with the POC suites' modules (unless given) and Secretariat. */
function core(options: PocBotOptions) {
  return testCore({
    modules: POC_MODULES,
    ...options,
    secretariatEmails: options.secretariatEmails ?? [SECRETARIAT_EMAIL],
  });
}

/** Options of {@link pocBot}; `modules` replaces the POC suites' modules (e.g. to add broadcasts). */
export interface PocBotOptions {
  now?: string;
  storeUrl?: string;
  log?: Logger;
  modules?: readonly HandlerModule[];
  /** More of the core's environment (e.g. `PUBLIC_URL`). */
  env?: Record<string, string>;
  /** The Secretariat's emails (default: {@link SECRETARIAT_EMAIL}). */
  secretariatEmails?: string[];
}

/** One message sent to someone, with its card. */
export interface Sent {
  to: Address;
  message: Outgoing;
}

/**
 * @example const bot = await pocBot(); await bot.say(secretariat, "who hasn't confirmed?");
 */
export async function pocBot(options: PocBotOptions = {}) {
  const bot = await core(options);
  const platform = recordingAdapter("test");
  const sent: Sent[] = [];
  const send = platform.adapter.send.bind(platform.adapter);
  platform.adapter.send = async (to, message) => {
    const ref = await send(to, message);
    sent.push({ to, message });
    return ref;
  };
  bot.deps.messenger.add(platform.adapter);

  const userRef = (who: User) => ({
    id: who.id,
    displayName: who.name,
    isBot: false,
    isMe: false,
    ...(who.email ? { verifiedEmail: who.email } : {}),
    ...(who.timeZone ? { timeZone: who.timeZone } : {}),
  });

  /** Sends a message (in the DM unless `channel`); resolves to what the bot sent during the turn. */
  async function say(who: User, text: string, where: { channel?: boolean } = {}): Promise<Sent[]> {
    const before = sent.length;
    eventCounter += 1;
    const event: MessageEvent = {
      kind: "message",
      id: `m${eventCounter}`,
      text,
      user: userRef(who),
      address: where.channel ? CHANNEL : dmOf(who),
      isDirect: !where.channel,
    };
    await bot.core.sink.dispatch(event);
    return sent.slice(before);
  }

  /** Clicks a button (in the DM unless `channel`); resolves to what the bot sent. */
  async function click(
    who: User,
    button: Pick<CardButton, "actionId" | "value">,
    inputs?: Record<string, string>,
    where: { channel?: boolean } = {},
  ): Promise<Sent[]> {
    const before = sent.length;
    eventCounter += 1;
    const event: ActionEvent = {
      kind: "action",
      id: `a${eventCounter}`,
      actionId: button.actionId,
      ...(button.value !== undefined ? { value: button.value } : {}),
      ...(inputs ? { inputs } : {}),
      user: userRef(who),
      address: where.channel ? CHANNEL : dmOf(who),
      isDirect: !where.channel,
    };
    await bot.core.sink.dispatch(event);
    return sent.slice(before);
  }

  return { ...bot, platform, sent, say, click, directory: new PocRepository(bot.store.namespace("poc")) };
}

/** Every text of some sent messages, joined (cards included through their text fallback). */
export const textOf = (messages: readonly Sent[]) => messages.map((m) => m.message.text).join("\n---\n");

/** The buttons of some sent messages. */
export const buttonsOf = (messages: readonly Sent[]): CardButton[] =>
  messages.flatMap((m) => m.message.card?.buttons ?? []);

/** The button with this action id, or a test failure. */
export function button(messages: readonly Sent[], actionId: string): CardButton {
  const found = buttonsOf(messages).find((b) => b.actionId === actionId);
  if (!found) throw new Error(`no ${actionId} button in:\n${textOf(messages)}`);
  return found;
}

/** One row of a directory CSV; unspecified columns get valid values for the State. */
export type Row = Partial<Record<(typeof POC_COLUMNS)[number], string>> & { state: string; type: string };

const FINGERPRINT = "0123 4567 89AB CDEF 0123 4567 89AB CDEF 0123 4567";

/** A valid phone of a State in international format (libphonenumber's example number). */
export function examplePhone(state: string): string {
  const alpha2 = countries.alpha3ToAlpha2(state) as CountryCode;
  const example = getExampleNumber(alpha2, examples);
  if (!example) throw new Error(`no example phone for ${state}`);
  return example.formatInternational();
}

/** The email of a State's POC in generated directories. */
export const pocEmail = (state: string, type: string) => `${type}.${state.toLowerCase()}@poc.example`;

/** Builds CSV text from rows. */
export function directoryCsv(rows: readonly Row[]): string {
  const lines = rows.map((row) => {
    const full: Record<string, string> = {
      name: `${row.type} POC of ${row.state}`,
      title: "Officer",
      organisation: `Ministry of ${row.state}`,
      emails: pocEmail(row.state, row.type),
      phone: examplePhone(row.state),
      phone_24_7: row.type === "technical" ? examplePhone(row.state) : "",
      time_zone: "UTC",
      hours: "09:00-17:00 Mon-Fri",
      pgp_fingerprint: row.type === "technical" ? FINGERPRINT : "",
      last_confirmed: "",
      ...row,
    };
    return POC_COLUMNS.map((column) => csvCell(full[column] ?? "")).join(",");
  });
  return [POC_COLUMNS.join(","), ...lines].join("\n");
}

function csvCell(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * `count` UN States (alpha-3) whose phone numbers libphonenumber has examples for, in the order
 * of their alpha-2 codes.
 */
export function someStates(count: number): string[] {
  return UN_STATES.map((state) => state.alpha2)
    .sort()
    .filter((alpha2) => isSupportedCountry(alpha2) && getExampleNumber(alpha2 as CountryCode, examples))
    .map((alpha2) => UN_STATES.find((state) => state.alpha2 === alpha2)?.code)
    .filter((code): code is string => typeof code === "string")
    .slice(0, count);
}

/** Kenya's technical and diplomatic POCs and France's technical POC, as in the template. */
export const KEN_TECH = user("peter", "peter.otieno@cert.example", "Africa/Nairobi");
export const KEN_DIPLO = user("amina", "amina.njoroge@mission.example");
export const FRA_TECH = user("claire", "claire.martin@cert.example", "Europe/Paris");
export const DELEGATE = user("dan", "dan.delegate@mission.example");
export const SECRETARIAT = user("sec", SECRETARIAT_EMAIL, "America/New_York");
/** Singapore's diplomatic POC: on the ping suites' directory, and has not written to the bot. */
export const SGP_DIPLO = user("wei", "nobody.yet@mission.example", "Asia/Singapore");

/** A bot of {@link pocBot}. */
export type PocBot = Awaited<ReturnType<typeof pocBot>>;

/** The template's POCs as directory rows, with their names, and Peter's phone and zone; spread to change a column. */
export const PETER: Row = {
  state: "KEN",
  type: "technical",
  name: "Peter Otieno",
  emails: KEN_TECH.email,
  phone: "+254 20 123 4567",
  time_zone: "Africa/Nairobi",
};
export const AMINA: Row = {
  state: "KEN",
  type: "diplomatic",
  name: "Amina Njoroge",
  emails: KEN_DIPLO.email,
};
export const CLAIRE: Row = { state: "FRA", type: "technical", name: "Claire Martin", emails: FRA_TECH.email };

/**
 * Imports a directory of `rows` as the Secretariat; throws with the bot's answer unless it
 * imported every row.
 * @example await importDirectory(bot, [PETER, AMINA]);
 */
export async function importDirectory(bot: PocBot, rows: readonly Row[]): Promise<void> {
  const answer = textOf(await bot.say(SECRETARIAT, `import poc directory\n${directoryCsv(rows)}`));
  if (!answer.startsWith(`Imported ${rows.length} POC record`)) throw new Error(answer);
}

/** Each of `users` writes "hello": the bot then knows their chat account. */
export async function greet(bot: PocBot, users: readonly User[]): Promise<void> {
  for (const who of users) await bot.say(who, "hello");
}

/**
 * The ping suites' bot on 10 June 2024, 13:00 UTC: KEN technical and diplomatic, FRA
 * technical (in their zones) and SGP diplomatic on the directory; every one of them but
 * SGP's, and the Secretariat, has written to the bot.
 */
export async function pingBot(modules?: readonly HandlerModule[]): Promise<PocBot> {
  const bot = await pocBot({ now: "2024-06-10T13:00:00.000Z", ...(modules ? { modules } : {}) });
  await importDirectory(bot, [
    { state: "KEN", type: "technical", emails: KEN_TECH.email, time_zone: "Africa/Nairobi" },
    { state: "KEN", type: "diplomatic", emails: KEN_DIPLO.email },
    { state: "FRA", type: "technical", emails: FRA_TECH.email, time_zone: "Europe/Paris" },
    { state: "SGP", type: "diplomatic", emails: SGP_DIPLO.email },
  ]);
  await greet(bot, [SECRETARIAT, KEN_TECH, KEN_DIPLO, FRA_TECH]);
  return bot;
}

/** Kip Rono, Kenya's diplomatic POC (listed in New York time), whose own platform zone is UTC. */
export const KIP = user("kip", "kip@ken.example", "UTC");

/**
 * The whole bot (every handler module) on 4 March 2024 with one POC record, Kip's: for the
 * time-zone tests, where a POC's own zone and their record's are told apart.
 */
export async function kipBot() {
  const bot = await pocBot({ now: "2024-03-04T08:00:00-05:00", modules: handlerModules });
  await importDirectory(bot, [
    {
      state: "KEN",
      type: "diplomatic",
      name: "Kip Rono",
      emails: KIP.email ?? "",
      time_zone: "America/New_York",
    },
  ]);
  return bot;
}
