/**
 * Files sent to the bot in a Teams personal chat. With `supportsFiles: true` in the app
 * manifest, Teams puts a file the user sends on their OneDrive and hands the bot an
 * attachment of type `application/vnd.microsoft.teams.file.download.info` whose
 * `content.downloadUrl` is a short-lived, pre-authenticated link; the Emulator and Web Chat
 * send plain attachments with a `contentUrl`. Both are fetched without credentials through
 * the core's `fetchAttachment` (size and type limits). The `text/html` copy of the message
 * Teams attaches, and cards, are not files.
 */
import type { Activity } from "@microsoft/agents-activity";
import { type FetchOptions, fetchAttachment } from "../../bot/attachments.js";
import type { Logger } from "../../bot/logger.js";
import type { Attachment } from "../../bot/types.js";

/**
 * The content type of Teams' file download info.
 * @example { contentType: FILE_DOWNLOAD_INFO, name: "roster.csv", content: { downloadUrl: "https://…", fileType: "csv" } }
 */
export const FILE_DOWNLOAD_INFO = "application/vnd.microsoft.teams.file.download.info";

/** A file of an activity: where to fetch it and what it says it is. */
export interface TeamsFile {
  name: string;
  mediaType: string;
  url: string;
}

/** Attachment types that are never a file the user sent (the message's own HTML, cards). */
const NOT_FILES = /^(?:text\/html|application\/vnd\.microsoft\.(?:card\.|teams\.card\.))/i;

/**
 * The files of a message activity (personal chats only; anything else has none).
 * @example filesOf({ attachments: [{ contentType: FILE_DOWNLOAD_INFO, name: "roster.csv", content: { downloadUrl: "https://x/y" } }] } as Activity)
 * // → [{ name: "roster.csv", mediaType: "", url: "https://x/y" }]
 */
export function filesOf(activity: Partial<Activity>): TeamsFile[] {
  const files: TeamsFile[] = [];
  for (const attachment of activity.attachments ?? []) {
    const contentType = attachment.contentType ?? "";
    const name = attachment.name ?? "";
    if (contentType === FILE_DOWNLOAD_INFO) {
      const content = attachment.content as { downloadUrl?: unknown } | undefined;
      const url = typeof content?.downloadUrl === "string" ? content.downloadUrl : "";
      files.push({ name: name || "file", mediaType: "", url });
      continue;
    }
    if (NOT_FILES.test(contentType) || !attachment.contentUrl) continue;
    files.push({ name: name || "file", mediaType: contentType, url: attachment.contentUrl });
  }
  return files;
}

/**
 * Fetches a Teams file into an attachment; never throws.
 * @example const attachments = await Promise.all(filesOf(activity).map((file) => downloadTeamsFile(file, log)));
 */
export async function downloadTeamsFile(
  file: TeamsFile,
  log: Logger,
  options?: FetchOptions,
): Promise<Attachment> {
  if (!/^https?:\/\//i.test(file.url)) {
    log.warn({ name: file.name }, "Teams file without a download URL");
    return { name: file.name, mediaType: file.mediaType, problem: "download-failed" };
  }
  const attachment = await fetchAttachment(
    { name: file.name, mediaType: file.mediaType, url: file.url },
    options,
  );
  if (attachment.problem) log.info({ name: file.name, problem: attachment.problem }, "Teams file not read");
  return attachment;
}
