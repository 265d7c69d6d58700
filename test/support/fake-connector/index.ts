/**
 * A fake Bot Connector (the Teams service the bot calls back), on 127.0.0.1. It records
 * the activities the bot sends, answers member look-ups, paged rosters
 * (`GET …/pagedmembers`) and conversation creation, checks the bot's outbound token, and
 * has fault knobs:
 *
 * - `failNext(...faults)`: the next activity posts answer these statuses (429 with or
 *   without `Retry-After`, 412, 502, 504, 403 `MessageWritesBlocked`, 404…);
 * - its own rate limits, per conversation (7/1 s, 8/2 s; a channel thread counts against its
 *   channel) and per tenant (30/1 s by default): a post over a limit is recorded as a
 *   violation and answered 429, as Teams does.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { textOfActivity } from "../../../adapters/teams/index.js";

/**
 * A fault injected into the next activity post.
 * @example connector.failNext({ status: 429, retryAfter: "2" })
 */
export interface Fault {
  status: number;
  /** `Retry-After` header value (seconds, or an HTTP date). */
  retryAfter?: string;
  /** JSON body, e.g. `{ error: { code: "MessageWritesBlocked", message: "…" } }`. */
  body?: unknown;
}

/**
 * An activity the fake accepted.
 * @example connector.activities().map((activity) => activity.text)
 */
export interface RecordedActivity {
  kind: "send" | "update";
  conversationId: string;
  /** Set when the bot replied to an activity (`POST …/activities/{replyToId}`). */
  replyToId?: string;
  tenantId: string;
  /** The plain text: `text`, else the Adaptive Card's `fallbackText`. */
  text: string;
  activity: Record<string, unknown>;
  /** `Date.now()` on arrival. */
  at: number;
  id: string;
}

/**
 * A post that broke one of the fake's rate limits.
 * @example expect(connector.violations()).toEqual([])
 */
export interface Violation {
  key: string;
  limit: number;
  perMs: number;
  at: number;
}

/**
 * A team member as `GET …/members/{id}` returns it.
 * @example connector.setMember({ id: "29:1Gc…", email: "amina.diallo@mfa.example" })
 */
export interface Member {
  id: string;
  name?: string;
  email?: string;
  userPrincipalName?: string;
  aadObjectId?: string;
}

/**
 * Options of {@link FakeConnector.start}.
 * @example await FakeConnector.start({ limits: false, latencyMs: 5 })
 */
export interface FakeConnectorOptions {
  /** Checks the `Authorization` header of every request; 401 when false. */
  verifyAuth?: (authorization: string | undefined) => Promise<boolean>;
  /** Per-tenant limit (posts per second); default 30. */
  tenantPerSecond?: number;
  /** False: no rate limits at all (the benchmark's bare comparisons). */
  limits?: boolean;
  /** Milliseconds before each activity post is answered (simulated service latency). */
  latencyMs?: number;
  /** Most members per roster page, whatever the bot asks for (Teams: 500); default 500. */
  rosterPageSize?: number;
  /** Milliseconds before each roster page is answered. */
  rosterLatencyMs?: number;
}

const CONVERSATION_LIMITS = [
  { limit: 7, perMs: 1_000 },
  { limit: 8, perMs: 2_000 },
];

/**
 * @example
 * const connector = await FakeConnector.start({ verifyAuth: (header) => openid.verifyOutbound(header) });
 * connector.failNext({ status: 429 });
 * // … activities with serviceUrl: connector.url
 * expect(connector.activities().map((a) => a.text)).toEqual(["…"]);
 */
export class FakeConnector {
  private readonly recorded: RecordedActivity[] = [];
  private readonly faults: Fault[] = [];
  private readonly violationList: Violation[] = [];
  private readonly arrivals = new Map<string, number[]>();
  private readonly memberMap = new Map<string, Member>();
  private readonly created: Array<{ id: string; parameters: Record<string, unknown> }> = [];
  private sequence = 0;
  private readonly hostedFiles = new Map<string, { bytes: Buffer; contentType: string }>();
  private readonly fileFaults: number[] = [];
  /** Paths of file downloads served (or refused), in order. */
  readonly fileDownloads: Array<{ path: string; authorization?: string }> = [];
  /** Every activity post, faults and refusals included. */
  attempts = 0;
  /** Requests refused for a bad or missing token. */
  unauthorized = 0;
  /** Member look-ups served. */
  memberLookups = 0;
  /** Roster pages served. */
  rosterPages = 0;

  private constructor(
    private readonly server: Server,
    /** The service URL to put in activities (ends with `/`, as Teams' do). */
    readonly url: string,
    private readonly options: FakeConnectorOptions,
  ) {}

  static async start(options: FakeConnectorOptions = {}): Promise<FakeConnector> {
    let self: FakeConnector | undefined;
    const server = createServer((request, response) => {
      if (!self) return response.writeHead(503).end();
      self.handle(request, response).catch((error: unknown) => {
        response.writeHead(500, { "content-type": "text/plain" }).end(String(error));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    self = new FakeConnector(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, options);
    return self;
  }

  /** Activities accepted so far, in arrival order. */
  activities(): RecordedActivity[] {
    return [...this.recorded];
  }

  /** Rate-limit violations so far. */
  violations(): Violation[] {
    return [...this.violationList];
  }

  /** Conversations the bot created (`POST /v3/conversations`). */
  conversationsCreated(): Array<{ id: string; parameters: Record<string, unknown> }> {
    return [...this.created];
  }

  /**
   * Hosts a file as OneDrive does for one a user sent the bot: returns the attachment Teams
   * puts on the message (`application/vnd.microsoft.teams.file.download.info`), whose
   * `downloadUrl` is pre-authenticated (a token in the query, no header needed).
   */
  hostFile(name: string, content: string | Buffer, contentType = "application/octet-stream") {
    const id = `file-${this.hostedFiles.size + 1}`;
    const bytes = Buffer.isBuffer(content) ? content : Buffer.from(content, "utf8");
    this.hostedFiles.set(`/files/${id}`, { bytes, contentType });
    const fileType = name.split(".").pop() ?? "";
    return {
      contentType: "application/vnd.microsoft.teams.file.download.info",
      contentUrl: `https://contoso-my.sharepoint.com/personal/amina/Documents/Microsoft Teams Chat Files/${name}`,
      name,
      content: { downloadUrl: `${this.url}files/${id}?tempauth=${id}-token`, uniqueId: id, fileType },
    };
  }

  /** Makes the next file downloads answer with these HTTP statuses. */
  failFileDownloads(...statuses: number[]): void {
    this.fileFaults.push(...statuses);
  }

  /** Makes the next activity posts fail, in order. */
  failNext(...faults: Fault[]): void {
    this.faults.push(...faults);
  }

  /** Sets what a member look-up returns for a user id; the member is also on the team roster. */
  setMember(member: Member): void {
    this.memberMap.set(member.id, member);
  }

  /** Waits until `count` activities were accepted, or `timeoutMs` passed. */
  async waitForActivities(count: number, timeoutMs = 5_000): Promise<RecordedActivity[]> {
    for (let waited = 0; this.recorded.length < count && waited < timeoutMs; waited += 10) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return this.activities();
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.closeAllConnections();
      this.server.close(() => resolve());
    });
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const json = (status: number, body: unknown, headers: Record<string, string> = {}): void => {
      response
        .writeHead(status, { "content-type": "application/json", ...headers })
        .end(JSON.stringify(body));
    };
    if ((request.url ?? "").startsWith("/files/")) return this.serveFile(request, response);
    const body = await readBody(request);
    if (this.options.verifyAuth && !(await this.options.verifyAuth(request.headers.authorization))) {
      this.unauthorized += 1;
      return json(401, { error: { code: "Unauthorized", message: "bad token" } });
    }
    const path = (request.url ?? "/").split("?")[0] ?? "/";
    const segments = path.split("/").filter(Boolean).map(decodeURIComponent);
    const [v3, conversations, conversationId, what, itemId] = segments;
    if (v3 !== "v3" || conversations !== "conversations") return json(404, { error: { code: "NotFound" } });

    if (request.method === "POST" && segments.length === 2) {
      const id = `a:created-${++this.sequence}`;
      this.created.push({ id, parameters: body });
      return json(201, { id });
    }
    if (request.method === "GET" && what === "pagedmembers" && conversationId) {
      this.rosterPages += 1;
      if (this.options.rosterLatencyMs)
        await new Promise((resolve) => setTimeout(resolve, this.options.rosterLatencyMs));
      const query = new URL(request.url ?? "/", "http://fake").searchParams;
      const size = Math.min(Number(query.get("pageSize") ?? 500) || 500, this.options.rosterPageSize ?? 500);
      const start = Number(query.get("continuationToken") ?? 0) || 0;
      const members = [...this.memberMap.values()];
      const page = members.slice(start, start + size);
      const next = start + size < members.length ? String(start + size) : undefined;
      return json(200, { members: page, ...(next ? { continuationToken: next } : {}) });
    }
    if (request.method === "GET" && what === "members" && conversationId && itemId) {
      this.memberLookups += 1;
      const member = this.memberMap.get(itemId) ?? { id: itemId, name: "Member" };
      return json(200, member);
    }
    if (what !== "activities" || !conversationId) return json(404, { error: { code: "NotFound" } });
    if (request.method !== "POST" && request.method !== "PUT") return json(405, {});

    this.attempts += 1;
    if (this.options.latencyMs) await new Promise((resolve) => setTimeout(resolve, this.options.latencyMs));
    const fault = this.faults.shift();
    if (fault) {
      return json(fault.status, fault.body ?? { error: { code: `Status${fault.status}` } }, {
        ...(fault.retryAfter !== undefined ? { "retry-after": fault.retryAfter } : {}),
      });
    }
    const tenantId = tenantOf(body);
    const at = Date.now();
    if (this.options.limits !== false) {
      const over =
        this.overLimit(`conversation:${conversationId.split(";messageid=")[0]}`, CONVERSATION_LIMITS, at) ??
        this.overLimit(
          `tenant:${tenantId}`,
          [{ limit: this.options.tenantPerSecond ?? 30, perMs: 1_000 }],
          at,
        );
      if (over) {
        this.violationList.push(over);
        return json(429, { error: { code: "Throttled", message: "rate limit" } });
      }
    }
    const kind = request.method === "PUT" ? "update" : "send";
    const id = kind === "update" && itemId ? itemId : `${at}${String(++this.sequence).padStart(4, "0")}`;
    this.recorded.push({
      kind,
      conversationId,
      ...(kind === "send" && itemId ? { replyToId: itemId } : {}),
      tenantId,
      text: textOfActivity(body),
      activity: body,
      at,
      id,
    });
    return json(kind === "send" ? 201 : 200, { id });
  }

  private serveFile(request: IncomingMessage, response: ServerResponse): void {
    const url = new URL(request.url ?? "/", "http://fake");
    this.fileDownloads.push({ path: url.pathname, authorization: request.headers.authorization });
    const fault = this.fileFaults.shift();
    if (fault) return void response.writeHead(fault, { "content-type": "text/plain" }).end("fault");
    const file = this.hostedFiles.get(url.pathname);
    const id = url.pathname.slice("/files/".length);
    if (!file || url.searchParams.get("tempauth") !== `${id}-token`)
      return void response.writeHead(404, { "content-type": "text/plain" }).end("not found");
    response
      .writeHead(200, { "content-type": file.contentType, "content-length": String(file.bytes.length) })
      .end(file.bytes);
  }

  /** Records the arrival and returns a violation when a window now holds more than its limit. */
  private overLimit(
    key: string,
    windows: Array<{ limit: number; perMs: number }>,
    at: number,
  ): Violation | undefined {
    const horizon = Math.max(...windows.map((window) => window.perMs));
    const times = (this.arrivals.get(key) ?? []).filter((time) => time > at - horizon);
    times.push(at);
    this.arrivals.set(key, times);
    for (const window of windows) {
      const inWindow = times.filter((time) => time > at - window.perMs).length;
      if (inWindow > window.limit) return { key, limit: window.limit, perMs: window.perMs, at };
    }
    return undefined;
  }
}

async function readBody(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  if (text === "") return {};
  return JSON.parse(text) as Record<string, unknown>;
}

function tenantOf(activity: Record<string, unknown>): string {
  const conversation = activity.conversation as { tenantId?: unknown } | undefined;
  if (typeof conversation?.tenantId === "string") return conversation.tenantId;
  const tenant = (activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant;
  if (typeof tenant?.id === "string") return tenant.id;
  const tenantId = activity.tenantId;
  return typeof tenantId === "string" ? tenantId : "";
}
