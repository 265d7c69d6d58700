/**
 * The console adapter: a chat in the terminal through the real pipeline. One user
 * ("console:me") in one direct conversation ("console:local"); buttons are numbered and
 * picked by typing their number; a card's inputs are asked for one by one.
 */
import { randomUUID } from "node:crypto";
import { createInterface, type Interface } from "node:readline/promises";
import type { Readable, Writable } from "node:stream";
import type { Card, Outgoing } from "../../bot/cards.js";
import type { AdapterHost, Address, ChatAdapter, IncomingEvent, SentRef, UserRef } from "../../bot/types.js";
import { renderForConsole } from "./render.js";

/** Options of {@link createConsoleAdapter}. */
export interface ConsoleOptions {
  input?: Readable;
  output?: Writable;
  /** The user's IANA zone; defaults to this machine's; `null` when unknown. */
  timeZone?: string | null;
  displayName?: string;
  /** Verified email of the console user (to act as a roster member when testing). */
  email?: string;
  /** A prompt shown before each line; none when output is not a terminal. */
  prompt?: string;
}

/** The console adapter, with `say` to type a line as the user would. */
export interface ConsoleAdapter extends ChatAdapter {
  /** Dispatches a line as if the user typed it; resolves when the turn is done. */
  say(text: string): Promise<void>;
  /** Resolves when the input ends (Ctrl-D) or `stop()` is called. */
  closed(): Promise<void>;
}

/** The single conversation of the console. */
export const CONSOLE_ADDRESS: Address = "console:local";

/**
 * @example
 * const consoleAdapter = createConsoleAdapter({ timeZone: "Europe/Zurich" });
 * await consoleAdapter.start(host);
 */
export function createConsoleAdapter(options: ConsoleOptions = {}): ConsoleAdapter {
  const output = options.output ?? process.stdout;
  const user: UserRef = {
    id: "console:me",
    displayName: options.displayName ?? "You",
    timeZone:
      options.timeZone === null
        ? undefined
        : (options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone),
    verifiedEmail: options.email,
    isBot: false,
    isMe: false,
  };
  let host: AdapterHost | undefined;
  let lines: Interface | undefined;
  let lastCard: Card | undefined;
  let sentCount = 0;
  let resolveClosed: () => void = () => undefined;
  const closedPromise = new Promise<void>((resolve) => {
    resolveClosed = resolve;
  });

  const dispatch = async (event: IncomingEvent) => {
    if (!host) throw new Error("The console adapter has not been started");
    await host.sink.dispatch(event);
  };

  const base = { id: "", user, address: CONSOLE_ADDRESS, isDirect: true } as const;

  const actionFor = async (choice: number): Promise<IncomingEvent | undefined> => {
    const button = lastCard?.buttons?.[choice - 1];
    if (!button) return undefined;
    const inputs: Record<string, string> = {};
    for (const input of lastCard?.inputs ?? []) {
      if (!lines) break;
      inputs[input.id] = (
        await lines.question(`${input.label}${input.optional ? " (optional)" : ""}: `)
      ).trim();
    }
    return {
      ...base,
      id: randomUUID(),
      kind: "action",
      actionId: button.actionId,
      value: button.value,
      inputs,
    };
  };

  const say = async (text: string) => {
    const choice = /^\d{1,2}$/.test(text.trim()) ? await actionFor(Number(text.trim())) : undefined;
    await dispatch(choice ?? { ...base, id: randomUUID(), kind: "message", text });
  };

  return {
    name: "console",
    say,
    closed: () => closedPromise,
    async start(startHost) {
      host = startHost;
      if (!options.input) return;
      const reader = createInterface({ input: options.input, output, terminal: false });
      lines = reader;
      const prompt = options.prompt ?? "";
      const loop = async () => {
        if (prompt) output.write(prompt);
        for await (const line of reader) {
          await say(line);
          if (prompt) output.write(prompt);
        }
      };
      // The loop runs in the background; `closed()` resolves when the input ends.
      loop()
        .catch((error: unknown) => startHost.log.error({ err: error }, "console input failed"))
        .finally(resolveClosed);
    },
    async stop() {
      lines?.close();
      resolveClosed();
    },
    async send(to: Address, message: Outgoing): Promise<SentRef> {
      lastCard = message.card?.buttons?.length ? message.card : lastCard;
      output.write(`${renderForConsole(message)}\n\n`);
      sentCount += 1;
      return { address: to, messageId: String(sentCount) };
    },
    async update(_sent: SentRef, message: Outgoing) {
      output.write(`(updated) ${renderForConsole(message)}\n\n`);
    },
    async openDirect() {
      return CONSOLE_ADDRESS;
    },
  };
}
