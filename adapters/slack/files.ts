/**
 * Files shared with the bot in a Slack DM (a `message` event with `files`, subtype
 * `file_share`): each is downloaded from its `url_private_download` with the bot token
 * (`Authorization: Bearer`, scope `files:read`) through the core's `fetchAttachment`, which
 * holds it to the size and type limits. The token is only ever sent to Slack's file host
 * or to the configured `SLACK_API_URL`'s origin (a fake Slack in tests).
 */
import { z } from "zod";
import { type FetchOptions, fetchAttachment } from "../../bot/attachments.js";
import type { Logger } from "../../bot/logger.js";
import type { Attachment } from "../../bot/types.js";

/**
 * A file object of a message event, as far as the adapter reads it.
 * @example { id: "F1", name: "roster.csv", mimetype: "text/csv", size: 812, url_private_download: "https://files.slack.com/…" }
 */
export const slackFileSchema = z.object({
  id: z.string().optional(),
  name: z.string().optional(),
  title: z.string().optional(),
  mimetype: z.string().optional(),
  filetype: z.string().optional(),
  size: z.number().optional(),
  url_private_download: z.string().optional(),
  url_private: z.string().optional(),
  /** `"check_file_info"` when the event carries only the id (Slack Connect, big events). */
  file_access: z.string().optional(),
});

/** A Slack file object. */
export type SlackFile = z.infer<typeof slackFileSchema>;

/**
 * `files.info` through the adapter's Web API client: the full file object of an id.
 * @example slackFileDownloader({ token, apiUrl, log, fileInfo: fileInfoVia(api) })
 */
export function fileInfoVia(api: {
  call(
    method: string,
    args: Record<string, unknown>,
    how: { idempotent: boolean },
  ): Promise<Record<string, unknown>>;
}): (id: string) => Promise<SlackFile | undefined> {
  return async (id) => {
    const result = await api.call("files.info", { file: id }, { idempotent: true });
    const parsed = slackFileSchema.safeParse(result.file);
    return parsed.success ? parsed.data : undefined;
  };
}

/** Slack's host for `url_private` / `url_private_download`. */
const SLACK_FILE_ORIGIN = "https://files.slack.com";

/**
 * Downloads a Slack file into an attachment; never throws (a failure is the attachment's problem).
 * @example const download = slackFileDownloader({ token, apiUrl, log }); const attachment = await download(file);
 */
export function slackFileDownloader(options: {
  token: string;
  apiUrl: string;
  log: Logger;
  fetch?: FetchOptions;
  /** `files.info`, for a file the event carries only by id (`file_access: "check_file_info"`). */
  fileInfo?: (id: string) => Promise<SlackFile | undefined>;
}): (file: SlackFile) => Promise<Attachment> {
  const trusted = new Set([SLACK_FILE_ORIGIN, new URL(options.apiUrl).origin]);
  return async (shared) => {
    const file =
      shared.file_access === "check_file_info" && shared.id && options.fileInfo
        ? ((await options.fileInfo(shared.id).catch(() => undefined)) ?? shared)
        : shared;
    const name = file.name ?? file.title ?? file.id ?? "file";
    const mediaType = file.mimetype ?? "";
    const url = file.url_private_download ?? file.url_private;
    let origin: string | undefined;
    try {
      origin = url ? new URL(url).origin : undefined;
    } catch {
      origin = undefined;
    }
    if (!url || !origin || !trusted.has(origin)) {
      options.log.warn({ file: file.id, origin }, "Slack file without a download URL on Slack's file host");
      return {
        name,
        mediaType,
        ...(file.size !== undefined ? { size: file.size } : {}),
        problem: "download-failed",
      };
    }
    const attachment = await fetchAttachment(
      { name, mediaType, size: file.size, url, headers: { authorization: `Bearer ${options.token}` } },
      options.fetch,
    );
    if (attachment.problem)
      options.log.info({ file: file.id, problem: attachment.problem }, "Slack file not read");
    return attachment;
  };
}
