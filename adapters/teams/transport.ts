/**
 * The HTTP transport under the SDK's connector clients. The Agents SDK's `HttpClient` sends
 * every Bot Connector call with `globalThis.fetch`, which builds WHATWG Request, Response,
 * Headers and web-stream objects around each call; this one sends the same request with
 * undici's `request()` (the library Node's own `fetch` is built on) on a keep-alive pool,
 * as the Slack adapter's transport does. Each reply to a message is one such call, so this is
 * on every turn's path.
 *
 * What the SDK and `retry.ts` read keeps its meaning: a non-2xx answer throws the SDK's own
 * `HttpError` with the status, the parsed body and the response headers (a `Headers`, so
 * `Retry-After` is read as before); a body that is not JSON comes back as text; the caller's
 * `signal` or `timeout` aborts the request. Requests that want a stream or an array buffer
 * (attachment downloads) and bodies other than JSON or a string go through the SDK's own
 * `fetch` path, unchanged.
 */
import { STATUS_CODES } from "node:http";
import {
  ConnectorClient,
  HttpClient,
  type HttpClientOptions,
  HttpError,
  type HttpRequestConfig,
  type HttpResponse,
} from "@microsoft/agents-hosting";
import { Agent, type Dispatcher, request } from "undici";

/** One pool for every connector client of the process: connections are reused across them. */
const sharedPool = new Agent({ keepAliveTimeout: 30_000, keepAliveMaxTimeout: 60_000 });

/**
 * The SDK's `HttpClient` with JSON requests sent by undici's `request()`.
 * @example const client = new PooledHttpClient({ baseURL: "https://smba.trafficmanager.net/amer/", headers });
 */
export class PooledHttpClient extends HttpClient {
  constructor(
    options: HttpClientOptions,
    private readonly dispatcher: Dispatcher = sharedPool,
  ) {
    super(options);
  }

  override async request<T = unknown>(config: HttpRequestConfig): Promise<HttpResponse<T>> {
    const { data } = config;
    const plainBody = data === undefined || data === null || typeof data === "string" || isPlainObject(data);
    if ((config.responseType !== undefined && config.responseType !== "json") || !plainBody)
      return super.request<T>(config);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries({ ...this.defaultHeaders, ...config.headers }))
      headers[name.toLowerCase()] = value;
    let body: string | undefined;
    if (typeof data === "string") body = data;
    else if (data !== undefined && data !== null) {
      body = JSON.stringify(data);
      headers["content-type"] ??= "application/json";
    }
    const response = await request(urlOf(this.baseURL, config), {
      method: config.method.toUpperCase() as Dispatcher.HttpMethod,
      headers,
      body,
      signal: config.signal ?? (config.timeout ? AbortSignal.timeout(config.timeout) : undefined),
      dispatcher: this.dispatcher,
    });
    const text = await response.body.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // Not JSON: the text itself, as the SDK's client gives it.
    }
    const httpResponse: HttpResponse<T> = {
      data: parsed as T,
      status: response.statusCode,
      statusText: STATUS_CODES[response.statusCode] ?? "",
      headers: headersOf(response.headers),
      config,
    };
    if (response.statusCode < 200 || response.statusCode >= 300)
      throw new HttpError(`Request failed with status ${response.statusCode}`, httpResponse, config);
    return httpResponse;
  }
}

/**
 * A connector client on a {@link PooledHttpClient}, with the base URL and headers (user agent,
 * `Accept`, the bearer token) the SDK's own `createClientWithToken` sets.
 * @example const client = PooledConnectorClient.withToken("https://smba.trafficmanager.net/amer/", token);
 */
export class PooledConnectorClient extends ConnectorClient {
  /** The SDK's client for this service URL and token, re-made on the pooled transport. */
  static withToken(serviceUrl: string, token: string, dispatcher?: Dispatcher): ConnectorClient {
    const sdkClient = ConnectorClient.createClientWithToken(serviceUrl, token).httpClient;
    return new PooledConnectorClient(
      new PooledHttpClient({ baseURL: sdkClient.baseURL, headers: sdkClient.defaultHeaders }, dispatcher),
    );
  }
}

/** The request's URL as the SDK's client builds it: absolute, or under the base URL; query parameters appended. */
function urlOf(baseURL: string, config: HttpRequestConfig): string {
  let url: string;
  if (config.url.startsWith("http://") || config.url.startsWith("https://")) url = config.url;
  else {
    if (!baseURL) throw new Error(`a relative URL (${config.url}) needs the client's base URL`);
    const base = baseURL.endsWith("/") ? baseURL.slice(0, -1) : baseURL;
    url = `${base}${config.url.startsWith("/") ? "" : "/"}${config.url}`;
  }
  if (config.params) {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(config.params)) if (value != null) search.set(key, value);
    const query = search.toString();
    if (query) url += `${url.includes("?") ? "&" : "?"}${query}`;
  }
  return url;
}

function isPlainObject(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null || Array.isArray(value);
}

function headersOf(raw: Record<string, string | string[] | undefined>): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (Array.isArray(value)) for (const one of value) headers.append(name, one);
    else if (value !== undefined) headers.set(name, value);
  }
  return headers;
}
