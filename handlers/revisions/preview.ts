/**
 * Preview and publication: a revision (a whole file, a chat-phrased change, or a restore) is
 * validated as `data/` is at start, compared item by item with the version in force, shown
 * with who it concerns, and kept as the author's draft until they confirm.
 */
import { type Card, cardMessage, type Outgoing } from "../../bot/cards.js";
import { InputError } from "../../bot/errors.js";
import type { BotDeps } from "../../bot/module.js";
import { describeIssue } from "../../bot/programme/errors.js";
import { diffCatalogues } from "../../bot/versions/diff.js";
import { catalogueFromFiles } from "../../bot/versions/files.js";
import type { ProgrammeFile } from "../../bot/versions/model.js";
import { affectedBy } from "./affected.js";
import { type Draft, DraftStore } from "./drafts.js";
import { changeLine, messages } from "./messages.js";
import { enqueueNotices, NoticePreferences } from "./notices.js";

/** Action ids of the preview's buttons (value: the draft id). */
export const PUBLISH_ACTION = "revisions:publish";
export const DISCARD_ACTION = "revisions:discard";

/** Problems listed in one answer; the rest are counted. */
const MAX_PROBLEMS_SHOWN = 25;

/**
 * The drafts and notice preferences of a core.
 * @example const { drafts, prefs } = revisionStores(deps);
 */
export function revisionStores(deps: Pick<BotDeps, "store">) {
  const store = deps.store.namespace("revisions");
  return { drafts: new DraftStore(store), prefs: new NoticePreferences(store) };
}

/**
 * Validates the files, compares them with the version in force, keeps the draft and returns
 * the preview card. Invalid files change nothing and name every problem's path in the file.
 * @throws {InputError} for invalid files or no change at all.
 * @example await ctx.reply(await prepareRevision(deps, ctx.user.id, files, "revised file"));
 */
export async function prepareRevision(
  deps: BotDeps,
  userId: string,
  files: ProgrammeFile[],
  note: string,
  options: { restores?: number; now: Date },
): Promise<Outgoing> {
  const built = catalogueFromFiles(files);
  if (!built.ok) {
    const lines = built.issues.slice(0, MAX_PROBLEMS_SHOWN).map(describeIssue);
    if (built.issues.length > MAX_PROBLEMS_SHOWN)
      lines.push(`…and ${built.issues.length - MAX_PROBLEMS_SHOWN} more`);
    throw new InputError(messages.invalid(built.issues.length, lines));
  }
  const base = deps.programmes.version;
  const current = deps.programmes.files();
  const same =
    current.length === files.length && current.every((file, index) => file.text === files[index]?.text);
  if (same) throw new InputError(messages.noChange(base));
  const changes = diffCatalogues(deps.catalogue, built.catalogue);
  const { drafts, prefs } = revisionStores(deps);
  const draft = await drafts.save(userId, {
    base,
    files,
    changes,
    note,
    restores: options.restores,
    createdAt: options.now.toISOString(),
  });
  const affected = await affectedBy(deps, deps.catalogue, built.catalogue, changes);
  const off = await prefs.offSet();
  const optedOut = [...affected.people.keys()].filter((id) => off.has(id)).length;
  return cardMessage(previewCard(draft, affected, optedOut, deps));
}

function previewCard(
  draft: Draft,
  affected: Awaited<ReturnType<typeof affectedBy>>,
  optedOut: number,
  deps: BotDeps,
): Card {
  const labels = new Map(deps.catalogue.programmes.map((entry) => [entry.id, entry.zoneLabel]));
  const lines =
    draft.changes.length === 0
      ? ["No time, room, link, title or cancellation changes; other details of the file differ."]
      : draft.changes.map(
          (change) => `• ${changeLine(change, { venueLabel: labels.get(change.programmeId) })}`,
        );
  return {
    title: messages.previewTitle(draft.base),
    sections: [
      { heading: `Changes (${draft.changes.length})`, text: lines.join("\n") },
      {
        heading: "Who is affected",
        text: messages.affectedLine(
          affected.withReminders.size,
          affected.withRsvps.size,
          affected.withCalendars,
          affected.people.size - optedOut,
          optedOut,
        ),
      },
    ],
    buttons: [
      { actionId: PUBLISH_ACTION, label: "Publish", value: draft.id },
      { actionId: DISCARD_ACTION, label: "Discard", value: draft.id },
    ],
    footer: messages.confirmHint,
  };
}

/**
 * Publishes the author's draft (the one with `draftId` when given) and queues the notices.
 * @throws {InputError} when there is no draft or the button belongs to an older one;
 *   {@link import("../../bot/errors.js").ConflictError} when another version was published since.
 * @example await ctx.reply(await publishDraft(deps, ctx.user.id, undefined, ctx.user.verifiedEmail ?? ctx.user.id));
 */
export async function publishDraft(
  deps: BotDeps,
  userId: string,
  draftId: string | undefined,
  author: string,
): Promise<string> {
  const { drafts, prefs } = revisionStores(deps);
  const draft = await drafts.get(userId);
  if (!draft) throw new InputError(messages.noDraft);
  if (draftId !== undefined && draftId !== draft.id) throw new InputError(messages.staleDraft);
  const before = deps.catalogue;
  const record = await deps.programmes.publish({
    base: draft.base,
    files: draft.files,
    changes: draft.changes,
    author,
    at: deps.clock.now(),
    note: draft.note,
    restores: draft.restores,
  });
  await drafts.discard(userId);
  const affected = await affectedBy(deps, before, deps.catalogue, record.changes);
  const told = await enqueueNotices(deps, record, affected, prefs);
  deps.log.info(
    { version: record.version, changes: record.changes.length, told },
    "programme revision published",
  );
  return messages.published(record.version, record.changes.length, told);
}

/**
 * Drops the author's draft.
 * @example await discardDraft(deps, ctx.user.id, undefined)
 */
export async function discardDraft(
  deps: BotDeps,
  userId: string,
  draftId: string | undefined,
): Promise<string> {
  const { drafts } = revisionStores(deps);
  const draft = await drafts.get(userId);
  if (!draft) throw new InputError(messages.noDraft);
  if (draftId !== undefined && draftId !== draft.id) throw new InputError(messages.staleDraft);
  await drafts.discard(userId);
  return messages.discarded;
}
