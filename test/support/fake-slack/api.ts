/**
 * A fake Slack Web API on 127.0.0.1, port 0: it answers the methods the bot uses, records
 * every call, and has fault knobs (429 with Retry-After, 5xx, `ok:false` errors, a
 * response that never comes). It also serves `response_url`s, and can watch Slack's
 * ~1 message/s per channel limit (recording violations, optionally answering 429), for
 * broadcast tests.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { TEST_BOT_TOKEN } from "./sign.js";

/**
 * One request the fake received.
 * @example const [post]: FakeCall[] = fake.callsTo("chat.postMessage"); post?.args.channel; // "DU0GENEVA"
 */
export interface FakeCall {
  /** Web API method (`"chat.postMessage"`), or `"response_url"`. */
  method: string;
  args: Record<string, unknown>;
  /** The bearer token, when one was sent. */
  token?: string;
  /** `Date.now()` when it arrived. */
  at: number;
  /** The JSON the fake answered with (absent for faults). */
  response?: Record<string, unknown>;
}

/**
 * A fault served instead of the normal answer.
 * @example fake.fail("users.info", { kind: "hang" } satisfies FakeFault);
 */
export type FakeFault =
  | { kind: "ratelimited"; retryAfterSec: number }
  | { kind: "http"; status: number }
  | { kind: "error"; error: string }
  | { kind: "hang" };

/**
 * A workspace member as `users.info` returns it.
 * @example await startFakeSlack({ users: [{ id: "U1", name: "ana", tz: "Europe/Madrid" } satisfies FakeUser] });
 */
export interface FakeUser {
  id: string;
  name: string;
  real_name?: string;
  tz?: string;
  locale?: string;
  is_bot?: boolean;
  profile?: { email?: string; display_name?: string; real_name?: string };
}

/**
 * Options of {@link startFakeSlack}.
 * @example await startFakeSlack({ channelIntervalMs: 1000, enforceChannelRate: true });
 */
export interface FakeSlackOptions {
  team?: string;
  botUserId?: string;
  botId?: string;
  users?: FakeUser[];
  /** Minimum gap between posts to one channel; closer posts are recorded as violations. Default 1000 ms. */
  channelIntervalMs?: number;
  /** Answer 429 (Retry-After: 1) to a post that violates the channel interval. */
  enforceChannelRate?: boolean;
  /** Keep JSON fields (`blocks`, `view`) as the strings sent, to spare CPU (benchmarks). */
  rawJsonFields?: boolean;
  /** The token file downloads must carry (default: the tests' bot token). */
  botToken?: string;
  /** The WebSocket URL `apps.connections.open` hands out (a fake Socket Mode server's). */
  socketModeUrl?: string;
}

/**
 * The running fake.
 * @example const fake: FakeSlack = await startFakeSlack(); await fake.waitForCalls("chat.postMessage", 1);
 */
export interface FakeSlack {
  /** Base URL for `SLACK_API_URL`, ending with `/api/`. */
  apiUrl: string;
  /** Every call so far, in order of arrival. */
  calls: FakeCall[];
  /** Calls of one method. */
  callsTo(method: string): FakeCall[];
  /** A `response_url` served by the fake; posts to it are recorded as method `"response_url"` with `args.id`. */
  responseUrl(id: string): string;
  /** Serves `fault` instead of the answer to the next `times` calls of `method`. */
  fail(method: string, fault: FakeFault, times?: number): void;
  /** Posts closer than `channelIntervalMs` to the same channel. */
  violations: Array<{ channel: string; gapMs: number }>;
  /**
   * Hosts a file as Slack does for one shared in a DM and returns its file object, with a
   * `url_private_download` on the fake that serves the bytes only to the bot token
   * (`Authorization: Bearer`); downloads are recorded as calls of `"files.download"`, whose
   * faults `fail()` sets like any method's.
   */
  addFile(file: { name: string; mimetype: string; content: string | Buffer; filetype?: string }): FakeFile;
  /** Waits until `count` calls of `method` arrived; rejects after `timeoutMs`. */
  waitForCalls(method: string, count: number, timeoutMs?: number): Promise<FakeCall[]>;
  users: Map<string, FakeUser>;
  team: string;
  botUserId: string;
  botId: string;
  close(): Promise<void>;
}

/**
 * A file object as a `message` event's `files` carries it.
 * @example directMessage(t.ctx, "Ev1", { text: "", user: "U0SEC", files: [t.fake.addFile({ name: "roster.csv", mimetype: "text/csv", content: csv })] })
 */
export interface FakeFile {
  id: string;
  name: string;
  title: string;
  mimetype: string;
  filetype: string;
  size: number;
  mode: "hosted";
  url_private: string;
  url_private_download: string;
}

/**
 * Default members: a delegate in Geneva, one in New York, one without a zone.
 * @example DEFAULT_FAKE_USERS[0]?.tz === "Europe/Zurich"
 */
export const DEFAULT_FAKE_USERS: FakeUser[] = [
  {
    id: "U0GENEVA",
    name: "amina",
    real_name: "Amina Diallo",
    tz: "Europe/Zurich",
    locale: "en-GB",
    profile: { email: "amina.diallo@example.org", display_name: "Amina", real_name: "Amina Diallo" },
  },
  {
    id: "U0NEWYORK",
    name: "jon",
    real_name: "Jon Park",
    tz: "America/New_York",
    profile: { email: "jon.park@example.org", display_name: "", real_name: "Jon Park" },
  },
  { id: "U0NOZONE", name: "kim", profile: {} },
];

const JSON_FIELDS = new Set(["blocks", "view", "attachments", "metadata"]);

/**
 * @example
 * const fake = await startFakeSlack();
 * fake.fail("chat.postMessage", { kind: "ratelimited", retryAfterSec: 1 });
 * // SLACK_API_URL = fake.apiUrl
 */
export async function startFakeSlack(options: FakeSlackOptions = {}): Promise<FakeSlack> {
  const team = options.team ?? "T0TEAM";
  const botToken = options.botToken ?? TEST_BOT_TOKEN;
  const botUserId = options.botUserId ?? "U0BOT";
  const botId = options.botId ?? "B0BOT";
  const users = new Map((options.users ?? DEFAULT_FAKE_USERS).map((user) => [user.id, user]));
  const intervalMs = options.channelIntervalMs ?? 1000;
  const calls: FakeCall[] = [];
  const faults = new Map<string, FakeFault[]>();
  const lastPost = new Map<string, number>();
  const violations: FakeSlack["violations"] = [];
  let tsCounter = 0;
  const files = new Map<string, { bytes: Buffer; mimetype: string }>();
  const fileObjects = new Map<string, FakeFile>();

  const answer = (method: string, args: Record<string, unknown>): Record<string, unknown> => {
    switch (method) {
      case "auth.test":
        return {
          ok: true,
          url: "https://fake.slack.test/",
          team: "Fake",
          user: "delegate-bot",
          team_id: team,
          user_id: botUserId,
          bot_id: botId,
        };
      case "users.info": {
        const user = users.get(String(args.user));
        return user ? { ok: true, user: { team_id: team, ...user } } : { ok: false, error: "user_not_found" };
      }
      case "users.lookupByEmail": {
        const email = String(args.email ?? "").toLowerCase();
        const user = [...users.values()].find(
          (candidate) => candidate.profile?.email?.toLowerCase() === email,
        );
        return user
          ? { ok: true, user: { team_id: team, ...user } }
          : { ok: false, error: "users_not_found" };
      }
      case "conversations.open": {
        const user = String(args.users ?? "");
        return users.has(user)
          ? { ok: true, channel: { id: `D${user}` } }
          : { ok: false, error: "user_not_found" };
      }
      case "chat.postMessage": {
        tsCounter += 1;
        const ts = `1709560800.${String(tsCounter).padStart(6, "0")}`;
        return {
          ok: true,
          channel: args.channel,
          ts,
          message: { text: args.text, ts, bot_id: botId, user: botUserId },
        };
      }
      case "files.info": {
        const file = fileObjects.get(String(args.file));
        return file ? { ok: true, file } : { ok: false, error: "file_not_found" };
      }
      case "chat.update":
        return { ok: true, channel: args.channel, ts: args.ts };
      case "apps.connections.open":
        return options.socketModeUrl ? { ok: true, url: options.socketModeUrl } : { ok: true };
      case "views.publish":
      case "views.open":
        return { ok: true, view: { id: `V${calls.length}` } };
      default:
        return { ok: true };
    }
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const url = new URL(request.url ?? "/", "http://fake");
    if (url.pathname.startsWith("/files-pri/")) return serveFile(request, response, url);
    const isResponseUrl = url.pathname.startsWith("/respond/");
    const method = isResponseUrl ? "response_url" : url.pathname.replace(/^\/api\//, "");
    const args: Record<string, unknown> = parseBody(
      raw,
      request.headers["content-type"],
      !options.rawJsonFields,
    );
    if (isResponseUrl) args.id = decodeURIComponent(url.pathname.slice("/respond/".length));
    const auth = request.headers.authorization;
    const now = Date.now();
    const call: FakeCall = { method, args, token: auth?.replace(/^Bearer /, ""), at: now };
    calls.push(call);

    const fault = faults.get(method)?.shift();
    if (fault) return serveFault(response, fault);

    if (method === "chat.postMessage") {
      const channel = String(args.channel);
      const previous = lastPost.get(channel);
      if (previous !== undefined && now - previous < intervalMs) {
        violations.push({ channel, gapMs: now - previous });
        if (options.enforceChannelRate)
          return serveFault(response, { kind: "ratelimited", retryAfterSec: 1 });
      }
      lastPost.set(channel, now);
    }
    const body = isResponseUrl ? { ok: true } : answer(method, args);
    call.response = body;
    response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
  };

  const serveFile = (request: IncomingMessage, response: ServerResponse, url: URL) => {
    const token = request.headers.authorization?.replace(/^Bearer /, "");
    const call: FakeCall = { method: "files.download", args: { path: url.pathname }, token, at: Date.now() };
    calls.push(call);
    const fault = faults.get("files.download")?.shift();
    if (fault) return serveFault(response, fault);
    const file = files.get(url.pathname);
    // Slack answers a request without the right token with its sign-in page, never the file.
    if (token !== botToken)
      return response.writeHead(403, { "content-type": "text/html" }).end("<html>sign in</html>");
    if (!file) return response.writeHead(404, { "content-type": "text/plain" }).end("not found");
    response
      .writeHead(200, { "content-type": file.mimetype, "content-length": String(file.bytes.length) })
      .end(file.bytes);
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      response.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    apiUrl: `${base}/api/`,
    calls,
    callsTo: (method) => calls.filter((call) => call.method === method),
    responseUrl: (id) => `${base}/respond/${encodeURIComponent(id)}`,
    fail(method, fault, times = 1) {
      const queue = faults.get(method) ?? [];
      for (let index = 0; index < times; index += 1) queue.push(fault);
      faults.set(method, queue);
    },
    violations,
    addFile(file) {
      const id = `F${String(files.size + 1).padStart(8, "0")}`;
      const path = `/files-pri/${team}-${id}/download/${encodeURIComponent(file.name)}`;
      const bytes = Buffer.isBuffer(file.content) ? file.content : Buffer.from(file.content, "utf8");
      files.set(path, { bytes, mimetype: file.mimetype });
      const object: FakeFile = {
        id,
        name: file.name,
        title: file.name,
        mimetype: file.mimetype,
        filetype: file.filetype ?? file.name.split(".").pop() ?? "text",
        size: bytes.length,
        mode: "hosted",
        url_private: `${base}/files-pri/${team}-${id}/${encodeURIComponent(file.name)}`,
        url_private_download: `${base}${path}`,
      };
      fileObjects.set(id, object);
      return object;
    },
    async waitForCalls(method, count, timeoutMs = 3_000) {
      const deadline = Date.now() + timeoutMs;
      while (calls.filter((call) => call.method === method).length < count) {
        if (Date.now() > deadline) {
          throw new Error(
            `expected ${count} ${method} call(s), got ${calls.filter((call) => call.method === method).length}`,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      return calls.filter((call) => call.method === method);
    },
    users,
    team,
    botUserId,
    botId,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function parseBody(
  raw: string,
  contentType: string | undefined,
  parseJson: boolean,
): Record<string, unknown> {
  if (raw === "") return {};
  if (contentType?.startsWith("application/json")) return JSON.parse(raw) as Record<string, unknown>;
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    args[key] = parseJson && JSON_FIELDS.has(key) && /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return args;
}

function serveFault(response: ServerResponse, fault: FakeFault): void {
  switch (fault.kind) {
    case "ratelimited":
      response
        .writeHead(429, { "retry-after": String(fault.retryAfterSec), "content-type": "application/json" })
        .end(JSON.stringify({ ok: false, error: "ratelimited" }));
      return;
    case "http":
      response.writeHead(fault.status, { "content-type": "text/plain" }).end("fault");
      return;
    case "error":
      response
        .writeHead(200, { "content-type": "application/json" })
        .end(JSON.stringify({ ok: false, error: fault.error }));
      return;
    case "hang":
      return; // never answered; close() drops the connection
  }
}
