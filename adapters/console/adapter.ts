/**
 * The console adapter: a chat in the terminal through the real pipeline. One user
 * ("console:me", or "console:<email>" with an email) in one direct conversation
 * ("console:local"); buttons are numbered and
 * picked by typing their number; a card's inputs are asked for one by one. Lines pasted
 * together (a roster or POC directory CSV) arrive as one message when the input is a
 * terminal; piped input is read a line per message.
 */
import { randomUUID } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import { createInterface, type Interface } from "node:readline/promises";
import type { Readable, Writable } from "node:stream";
import { attachmentFromBytes, MAX_ATTACHMENT_BYTES } from "../../bot/attachments.js";
import type { Card, Outgoing } from "../../bot/cards.js";
import { DeliveryError } from "../../bot/errors.js";
import type {
  AdapterHost,
  Address,
  Attachment,
  ChatAdapter,
  IncomingEvent,
  SentRef,
  UserRef,
} from "../../bot/types.js";
import { renderForConsole } from "./render.js";

/** What leaves the console chat, as Ctrl-D does: "/quit" or "/exit", alone on its line. */
const LEAVE = /^\s*\/(?:quit|exit)\s*$/i;

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
  /**
   * Lines that arrive within this many ms of each other form one message (a paste). Default
   * 40 ms when the input is a terminal (no one types Enter twice that fast), else 0: one
   * message per line.
   */
  joinLinesWithinMs?: number;
}

/**
 * `/file <path> [what to do with it]`: sends a local file as an attachment, as a file shared
 * in Slack or Teams would arrive (`/file data/templates/roster.csv`, `/file "my roster.csv"
 * import roster, removing missing`).
 */
const FILE_COMMAND = /^\/file\s+(?:"([^"]+)"|(\S+))(?:\s+([\s\S]*))?$/;

/** A local file as an attachment; a file that cannot be read is a failed download. */
async function readLocalFile(path: string): Promise<Attachment> {
  const name = basename(path);
  try {
    const info = await stat(path);
    if (info.size > MAX_ATTACHMENT_BYTES)
      return { name, mediaType: "", size: info.size, problem: "too-large" };
    return attachmentFromBytes(name, "", await readFile(path));
  } catch {
    return { name, mediaType: "", problem: "download-failed" };
  }
}

/** The console adapter, with `say` to type a line as the user would. */
export interface ConsoleAdapter extends ChatAdapter {
  /** The console's one user (the CLI keeps its `--lang` choice on their contact record). */
  readonly user: UserRef;
  /** Dispatches a line as if the user typed it; resolves when the turn is done. */
  say(text: string): Promise<void>;
  /** Resolves when the input ends (Ctrl-D) or `stop()` is called. */
  closed(): Promise<void>;
}

/** The single conversation of the console (its one user's direct conversation). */
export const CONSOLE_ADDRESS: Address = "console:local";

/**
 * @example
 * const consoleAdapter = createConsoleAdapter({ timeZone: "Europe/Zurich" });
 * await consoleAdapter.start(host);
 */
export function createConsoleAdapter(options: ConsoleOptions = {}): ConsoleAdapter {
  const output = options.output ?? process.stdout;
  const user: UserRef = {
    // One user per CONSOLE_EMAIL, so that rehearsing as several people in one store keeps
    // their answers apart.
    id: options.email ? `console:${options.email.trim().toLowerCase()}` : "console:me",
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

  /**
   * Whether an address is this console's: its conversation or its user. Consoles of other
   * e-mails on the same store are other people; what the bot sends them on its own is theirs.
   */
  const isMine = (address: Address) => address === CONSOLE_ADDRESS || address === user.id;

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
    const file = FILE_COMMAND.exec(text.trim());
    if (file) {
      const path = file[1] ?? file[2] ?? "";
      await dispatch({
        ...base,
        id: randomUUID(),
        kind: "message",
        text: file[3] ?? "",
        attachments: [await readLocalFile(path)],
      });
      return;
    }
    const choice = /^\d{1,2}$/.test(text.trim()) ? await actionFor(Number(text.trim())) : undefined;
    // A number picks a button of the card just shown: once the person has written something
    // else, an older card's buttons are gone ("1" applied a change preview shown two messages
    // earlier, after a programme answer in between).
    if (!choice) lastCard = undefined;
    await dispatch(choice ?? { ...base, id: randomUUID(), kind: "message", text });
  };

  return {
    name: "console",
    user,
    say,
    closed: () => closedPromise,
    async start(startHost) {
      host = startHost;
      if (!options.input) return;
      const reader = createInterface({ input: options.input, output, terminal: false });
      lines = reader;
      const prompt = options.prompt ?? "";
      const joinMs =
        options.joinLinesWithinMs ?? ((options.input as { isTTY?: boolean }).isTTY === true ? 40 : 0);
      const loop = joinMs > 0 ? pastedMessages(reader, joinMs) : reader;
      const run = async () => {
        if (prompt) output.write(prompt);
        for await (const text of loop) {
          // "/quit" or "/exit" leaves, as Ctrl-D does (a console command, never the bot's).
          if (LEAVE.test(text)) {
            reader.close();
            break;
          }
          await say(text);
          if (prompt) output.write(prompt);
        }
      };
      // The loop runs in the background; `closed()` resolves when the input ends.
      run()
        .catch((error: unknown) => startHost.log.error({ err: error }, "console input failed"))
        .finally(resolveClosed);
    },
    async stop() {
      lines?.close();
      resolveClosed();
    },
    async send(to: Address, message: Outgoing): Promise<SentRef> {
      // Never show another console user's message here (it would be lost to them): a
      // transient failure leaves it for their console. The outbox asks `serves` first.
      if (!isMine(to)) throw new DeliveryError(`${to} is not this console's user (${user.id})`, false);
      lastCard = message.card?.buttons?.length ? message.card : lastCard;
      output.write(`${renderForConsole(message)}\n\n`);
      sentCount += 1;
      // Every console's conversation is "console:local": the message id names this console's
      // user, so that an update made by another console's process (a broadcast's progress line,
      // refreshed when a delegate acknowledges) is not shown to that delegate.
      return { address: to, messageId: `${user.id}#${sentCount}` };
    },
    async update(sent: SentRef, message: Outgoing) {
      if (!sent.messageId.startsWith(`${user.id}#`)) return;
      output.write(`(updated) ${renderForConsole(message)}\n\n`);
    },
    async openDirect(to: Address) {
      return isMine(to) ? CONSOLE_ADDRESS : to;
    },
    serves: isMine,
  };
}

/**
 * The lines of a reader as messages, lines that arrive within `joinMs` of each other joined
 * by newlines (a paste). An answer to a card's input never shows up here: readline hands a
 * line to a pending `question()` instead of emitting it.
 */
async function* pastedMessages(reader: Interface, joinMs: number): AsyncGenerator<string> {
  const ready: string[] = [];
  let pending: string[] = [];
  let timer: NodeJS.Timeout | undefined;
  let ended = false;
  let wake: () => void = () => undefined;
  const flush = () => {
    timer = undefined;
    if (pending.length > 0) ready.push(pending.join("\n"));
    pending = [];
    wake();
  };
  reader.on("line", (line) => {
    pending.push(line);
    clearTimeout(timer);
    timer = setTimeout(flush, joinMs);
  });
  reader.on("close", () => {
    clearTimeout(timer);
    flush();
    ended = true;
    wake();
  });
  for (;;) {
    const next = ready.shift();
    if (next !== undefined) {
      yield next;
      continue;
    }
    if (ended) return;
    await new Promise<void>((resolve) => {
      wake = resolve;
    });
  }
}
