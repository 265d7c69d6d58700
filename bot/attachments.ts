/**
 * Files sent to the bot, the platform-neutral half: which files are taken (CSV and YAML
 * text, at most {@link MAX_ATTACHMENT_BYTES}) and how an adapter fetches one into an
 * {@link Attachment}. Adapters know where a file is and which credentials it needs; this
 * module knows neither platform.
 */
import type { Attachment } from "./types.js";

/**
 * Largest file taken, in bytes (1 MB): a roster or directory of a few thousand rows, or
 * a programme file, fits many times over.
 * @example if (size > MAX_ATTACHMENT_BYTES) return { name, mediaType, size, problem: "too-large" };
 */
export const MAX_ATTACHMENT_BYTES = 1_000_000;

/** What a file is, by its name and media type. */
export type AttachmentKind = "csv" | "yaml";

const CSV_TYPES = new Set(["text/csv", "application/csv", "text/comma-separated-values"]);
const YAML_TYPES = new Set(["application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml"]);

/**
 * CSV or YAML, by extension first (platforms often report `text/plain` or
 * `application/octet-stream` for both), else by media type; undefined for anything else.
 * @example attachmentKind("roster.csv", "text/plain") === "csv"
 * @example attachmentKind("photo.png", "image/png") === undefined
 */
export function attachmentKind(name: string, mediaType: string): AttachmentKind | undefined {
  const extension = /\.([a-z0-9]+)$/i.exec(name.trim())?.[1]?.toLowerCase();
  if (extension === "csv") return "csv";
  if (extension === "yaml" || extension === "yml") return "yaml";
  if (extension !== undefined && extension !== "txt") return undefined;
  const type = mediaType.split(";")[0]?.trim().toLowerCase() ?? "";
  if (CSV_TYPES.has(type)) return "csv";
  if (YAML_TYPES.has(type)) return "yaml";
  return undefined;
}

/**
 * Where and how an adapter fetches a file.
 * @example { name: "roster.csv", mediaType: "text/csv", size: 812, url: file.url_private_download, headers: { authorization: `Bearer ${token}` } }
 */
export interface AttachmentSource {
  name: string;
  mediaType: string;
  /** Size the platform reported, if any (checked before downloading). */
  size?: number;
  url: string;
  headers?: Record<string, string>;
}

/**
 * How {@link fetchAttachment} talks HTTP; `fetch` by default (tests may inject one).
 * @example fetchAttachment(source, { timeoutMs: 5_000 })
 */
export interface FetchOptions {
  fetch?: typeof fetch;
  /** Whole download's time limit. Default 15 s. */
  timeoutMs?: number;
  maxBytes?: number;
}

/**
 * Fetches a file the sender shared into an {@link Attachment}: its text, or the problem
 * (wrong kind and too large are decided before any byte is downloaded when the platform
 * reports them; a body that grows past the limit is cut off). Never throws.
 * @example const attachment = await fetchAttachment({ name, mediaType, size, url, headers });
 */
export async function fetchAttachment(
  source: AttachmentSource,
  options: FetchOptions = {},
): Promise<Attachment> {
  const maxBytes = options.maxBytes ?? MAX_ATTACHMENT_BYTES;
  const base: Attachment = {
    name: source.name,
    mediaType: source.mediaType,
    ...(source.size !== undefined ? { size: source.size } : {}),
  };
  if (!attachmentKind(source.name, source.mediaType)) return { ...base, problem: "unsupported-type" };
  if (source.size !== undefined && source.size > maxBytes) return { ...base, problem: "too-large" };
  let bytes: Buffer;
  try {
    const response = await (options.fetch ?? fetch)(source.url, {
      headers: source.headers,
      redirect: "follow",
      signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
    });
    if (!response.ok || !response.body) {
      await response.body?.cancel().catch(() => undefined);
      return { ...base, problem: "download-failed" };
    }
    const declared = Number(response.headers.get("content-length"));
    if (Number.isFinite(declared) && declared > maxBytes) {
      await response.body.cancel().catch(() => undefined);
      return { ...base, size: declared, problem: "too-large" };
    }
    const read = await readAtMost(response.body, maxBytes);
    if (read === undefined) return { ...base, problem: "too-large" };
    bytes = read;
  } catch {
    // Refused, reset, timed out: the sender is told the download failed and may send it again.
    return { ...base, problem: "download-failed" };
  }
  return attachmentFromBytes(source.name, source.mediaType, bytes, maxBytes);
}

/**
 * An attachment from bytes already at hand (the console's `/file`): the same kind, size and
 * text checks as a download.
 * @example attachmentFromBytes("roster.csv", "", readFileSync("roster.csv"))
 */
export function attachmentFromBytes(
  name: string,
  mediaType: string,
  bytes: Buffer,
  maxBytes = MAX_ATTACHMENT_BYTES,
): Attachment {
  const base: Attachment = { name, mediaType, size: bytes.length };
  if (!attachmentKind(name, mediaType)) return { ...base, problem: "unsupported-type" };
  if (bytes.length > maxBytes) return { ...base, problem: "too-large" };
  const text = decodeText(bytes);
  if (text === undefined) return { ...base, problem: "not-text" };
  return { ...base, text };
}

async function readAtMost(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<Buffer | undefined> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** UTF-8 text (a byte-order mark dropped), or undefined for bytes that are not text. */
function decodeText(bytes: Buffer): string | undefined {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
  if (text.includes("\u0000")) return undefined;
  return text.replace(/^\uFEFF/, "");
}
