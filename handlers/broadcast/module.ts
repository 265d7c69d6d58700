/**
 * Secretariat broadcasts: compose (command or form) → preview with counts per platform →
 * confirm → one outbox delivery per recipient → progress in one edited message → final
 * report with a per-recipient CSV; acknowledgements when asked for.
 */
import { cardMessage } from "../../bot/cards.js";
import type { TurnContext } from "../../bot/context.js";
import { ForbiddenError, InputError } from "../../bot/errors.js";
import { broadcastGrammar } from "../../bot/language/grammar.js";
import { say } from "../../bot/language/index.js";
import { LANGUAGES } from "../../bot/language/locales.js";
import type { BotDeps, HandlerModule } from "../../bot/module.js";
import type { MessageMatcher } from "../../bot/router.js";
import type { IncomingEvent } from "../../bot/types.js";
import { approvalsRequired, holdForApproval, registerApprovalKind } from "../approvals/service.js";
import { acknowledgeBroadcast, broadcastAckAnswer, waitingBroadcasts } from "./acknowledge.js";
import { ACTIONS, broadcastMessage, composeForm, nothingToSend, previewCard, reportCard } from "./cards.js";
import { installChannelChoices } from "./channels.js";
import {
  type Author,
  compositionFromCommand,
  compositionFromForm,
  prepareDraft,
  previewFacts,
} from "./compose.js";
import { broadcastProducer, registerRenderers } from "./fanout.js";
import { registerBroadcastLinks } from "./link.js";
import { BROADCAST_COMMAND, MAX_TEXT_LENGTH } from "./parse.js";
import { BroadcastProgress, type ProgressOptions } from "./progress.js";
import { csvParts, PART_GAP_MS, ReportChain } from "./report.js";
import { BroadcastRepository, campaignOf } from "./repository.js";
import { type Broadcast, type Draft, draftSchema } from "./schema.js";
import { languageNameIn, readTagged, TAGGED, withOriginalLanguage, withTranslation } from "./translations.js";
import { describeSendTime, venueAt } from "./when.js";

const g = broadcastGrammar(LANGUAGES);
const FORM = g.form;
const AUDIENCES = g.audiences;
const LIST = g.list;
/** "broadcast report 4cde827d"; without an id, the latest broadcast. */
const REPORT = g.report;
const CANCEL = g.cancel;
/** "rehearse broadcast [id]", "test broadcast": the draft shown to its author only. */
const REHEARSE = g.rehearse;
/** "original: fr", "original is fr", "original language fr": the language the draft is written in. */
const ORIGINAL = g.original;

const count = (n: number) => n.toLocaleString("en-US");
/** The approval kind of a large broadcast (four eyes). */
const BROADCAST_APPROVAL = "broadcast";

/**
 * A matcher on the message as the Secretariat wrote it: a broadcast's text (French, Chinese…)
 * is sent as written, not as the language module read it into English words for questions.
 */
function asWritten(pattern: RegExp, secretariatOnly = false): MessageMatcher {
  return (_text, ctx) => {
    if (secretariatOnly && !ctx.roles.includes("secretariat")) return false;
    const match = (ctx.event.asWritten ?? ctx.event.text).trim().match(pattern);
    if (match) ctx.match = match;
    return match !== null;
  };
}

function requireSecretariat(ctx: TurnContext<IncomingEvent>): void {
  if (!ctx.roles.includes("secretariat"))
    throw new ForbiddenError("Sorry, only the Secretariat can send broadcasts and see their reports.");
}

function authorOf(ctx: TurnContext<IncomingEvent>): Author {
  return { userId: ctx.user.id, name: ctx.person?.name ?? ctx.user.displayName, timeZone: ctx.timeZone };
}

/**
 * Builds the module; tests may tune the progress throttle.
 * @example const module = createBroadcastModule({ intervalMs: 2_000 });
 */
export function createBroadcastModule(options: ProgressOptions = {}): HandlerModule {
  return {
    name: "broadcast",
    help: {
      title: "Broadcasts (Secretariat)",
      roles: ["secretariat"],
      examples: [
        "broadcast to heads of delegation: The afternoon meeting moves to Conference Room 4",
        "broadcast to delegates of Kenya and France tomorrow 9am, requiring acknowledgement: …",
        "broadcast (opens the form)",
        "broadcast report <id> · cancel broadcast <id> · broadcasts · broadcast audiences",
        "rehearse broadcast (your newest draft, shown to you only) · rehearse broadcast <id>",
        "broadcast to everyone by e-mail too: … · channels of ann@mission.example · announcement channels",
        "after drafting, one language per message: fr: <French text> · es: … · ru: … · zh: … · ar: … · original: fr (the draft's own language)",
      ],
    },
    install(router, deps) {
      const repo = new BroadcastRepository(deps.store.namespace("broadcast"));
      const reports = new ReportChain(deps, repo);
      const progress = new BroadcastProgress(deps, repo, reports, options);
      registerRenderers(deps, repo, progress);
      registerBroadcastLinks(deps, repo, progress);
      installChannelChoices(router, deps);
      deps.outbox.onSettled((delivery) => progress.onSettled(delivery));
      deps.outbox.onSettled((delivery) => reports.onSettled(delivery));
      deps.scheduler.add(broadcastProducer(deps, repo, progress, reports));

      router.message(FORM, async (ctx) => {
        requireSecretariat(ctx);
        await ctx.reply(cardMessage(composeForm(), ctx.locale));
      });
      router.message(AUDIENCES, async (ctx) => {
        requireSecretariat(ctx);
        const list = deps.audiences.list();
        await ctx.reply(
          list.length === 0
            ? "No audiences are available yet."
            : `Audiences:\n${list.map((info) => `• ${info.description} (e.g. ${info.example})`).join("\n")}`,
        );
      });
      /** A broadcast's status in the list; a scheduled one says when it goes out. */
      const statusText = (broadcast: Broadcast, now: Date, zone?: string) =>
        broadcast.sendAt && Date.parse(broadcast.sendAt) > now.getTime() && broadcast.status !== "cancelled"
          ? `scheduled for ${describeSendTime(new Date(broadcast.sendAt), venueAt(deps.catalogue, now), zone)}`
          : broadcast.status;
      router.message(LIST, async (ctx) => {
        requireSecretariat(ctx);
        const all = (await repo.all()).slice(0, 10);
        const sent =
          all.length === 0
            ? "No broadcasts yet."
            : `Latest broadcasts:\n${all.map((b) => `• ${b.id} — ${statusText(b, ctx.now(), ctx.timeZone)}, to ${b.audienceLabel} (audience ${count(b.reachable + b.unreachable)}, ${b.byEmail ? "messages (chat and e-mail)" : "reachable"} ${count(b.reachable)}): ${shortText(b.text)}`).join("\n")}`;
        // Drafts waiting for their Confirm: listed apart, never counted among those sent.
        const drafts = await repo.drafts();
        await ctx.reply(drafts.length === 0 ? sent : `${sent}\n${draftsText(drafts, ctx.locale)}`);
      });
      router.message(REPORT, async (ctx) => {
        requireSecretariat(ctx);
        const id = ctx.match?.[1] ?? (await repo.all())[0]?.id;
        if (!id) throw new InputError("No broadcasts yet.");
        const broadcast = await existing(repo, id);
        // One reading for the counts and the CSV: they never disagree.
        const { counts, csv } = await progress.snapshot(broadcast);
        const parts = csvParts(csv);
        await ctx.replyPrivately(
          cardMessage(
            reportCard(broadcast, counts, parts.length, await repo.recipients(broadcast.id)),
            ctx.locale,
          ),
        );
        for (const [index, part] of parts.entries()) {
          // One message at a time to one conversation (Slack allows about one per second).
          if (index > 0) await new Promise((resolve) => setTimeout(resolve, PART_GAP_MS));
          await ctx.replyPrivately(
            `Broadcast ${broadcast.id}, per-recipient outcomes (CSV${parts.length > 1 ? `, part ${index + 1} of ${parts.length}` : ""}):\n${part}`,
          );
        }
      });
      router.message(CANCEL, async (ctx) => {
        requireSecretariat(ctx);
        const broadcast = await existing(repo, ctx.match?.[1] ?? "");
        const over = (status: string) => status === "reported" || status === "cancelled";
        const cancelled = await repo.update(broadcast.id, (current) =>
          current && !over(current.status) ? { ...current, status: "cancelled" } : undefined,
        );
        if (!cancelled) {
          const status = (await repo.get(broadcast.id))?.status ?? broadcast.status;
          await ctx.reply(
            `Broadcast ${broadcast.id} is already ${status === "reported" ? "finished" : "cancelled"}; nothing to cancel.`,
          );
          return;
        }
        await deps.outbox.cancelPending(campaignOf(broadcast.id));
        await progress.refresh(broadcast.id);
        // The count the progress line, the report and the CSV give: deliveries cancelled and
        // recipients a scheduled broadcast had not queued yet.
        const { counts } = await progress.counts(cancelled);
        await ctx.reply(
          `Broadcast ${broadcast.id} is cancelled: ${count(counts.other)} message(s) not yet sent will not be sent${counts.sent + counts.uncertain > 0 ? ` (${count(counts.sent + counts.uncertain)} already sent)` : ""}.`,
        );
      });
      // "fr: <text>": a translation of the Secretariat member's newest draft. Only theirs: a
      // delegate's message starting "fr:" goes on to the other features.
      router.message(asWritten(TAGGED, true), async (ctx) => {
        const tagged = readTagged(ctx.match?.input ?? "");
        if (!tagged) return;
        const draft = await repo.latestDraftOf(ctx.user.id);
        if (!draft)
          throw new InputError(
            `You have no broadcast draft waiting (a draft is kept for one hour). Compose the broadcast first ("broadcast to …: <text>"), then give its ${tagged.language} text as "${tagged.language}: <text>".`,
          );
        let next: typeof draft;
        try {
          next = withTranslation(draft, tagged.language, tagged.text, MAX_TEXT_LENGTH);
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          throw new InputError(
            `The ${tagged.language} text was not added to draft ${draft.id}: ${error.message}`,
          );
        }
        await repo.saveDraft(next);
        // A second "ru: …" for the same draft: said, not replaced silently.
        const earlier = draft.translations?.[tagged.language];
        if (earlier !== undefined && earlier !== tagged.text)
          await ctx.reply(
            `The ${languageNameIn(tagged.language, "en")} (${tagged.language}) text of draft ${draft.id} replaces the one given before.`,
          );
        await ctx.reply(
          cardMessage(previewCard(previewFacts(next, deps, ctx.now(), ctx.timeZone)), ctx.locale),
        );
      });
      router.message(asWritten(ORIGINAL, true), async (ctx) => {
        const language = (ctx.match?.[1] ?? "").toLowerCase();
        const draft = await repo.latestDraftOf(ctx.user.id);
        if (!draft)
          throw new InputError(
            "You have no broadcast draft waiting (a draft is kept for one hour). Compose the broadcast first.",
          );
        const next = withOriginalLanguage(draft, language);
        await repo.saveDraft(next);
        await ctx.reply(
          cardMessage(previewCard(previewFacts(next, deps, ctx.now(), ctx.timeZone)), ctx.locale),
        );
      });
      // Before the command: "send me a test of the broadcast" is no broadcast to "me".
      router.message(REHEARSE, async (ctx) => {
        requireSecretariat(ctx);
        await rehearse(ctx, repo, ctx.match?.[1]);
      });
      router.message(asWritten(BROADCAST_COMMAND), async (ctx) => {
        requireSecretariat(ctx);
        const composition = compositionFromCommand(ctx.match?.[1] ?? "", deps, ctx.now());
        const { preview } = await prepareDraft(composition, authorOf(ctx), deps, repo, ctx.now());
        await ctx.reply(cardMessage(preview, ctx.locale));
      });

      router.action(ACTIONS.compose, async (ctx) => {
        requireSecretariat(ctx);
        const composition = compositionFromForm(ctx.event.inputs ?? {}, deps, ctx.now());
        const { preview } = await prepareDraft(composition, authorOf(ctx), deps, repo, ctx.now());
        await ctx.reply(cardMessage(preview, ctx.locale));
      });
      router.action(ACTIONS.confirm, async (ctx) => {
        requireSecretariat(ctx);
        await confirm(ctx, ctx.event.value ?? "", deps, repo);
      });
      router.action(ACTIONS.cancel, async (ctx) => {
        requireSecretariat(ctx);
        const id = ctx.event.value ?? "";
        if (await repo.get(id)) {
          await ctx.reply(
            `Broadcast ${id} was already confirmed. To stop what has not been sent yet, say "cancel broadcast ${id}".`,
          );
          return;
        }
        await repo.deleteDraft(id);
        await ctx.reply("Draft discarded; nothing was sent.");
      });
      router.action(ACTIONS.acknowledge, async (ctx) => {
        const outcome = await acknowledgeBroadcast(
          deps,
          repo,
          progress,
          ctx.user.id,
          ctx.event.value ?? "",
          ctx.now(),
          ctx.user.verifiedEmail,
        );
        await ctx.replyPrivately(broadcastAckAnswer(outcome, ctx.locale));
      });
      deps.acknowledgements.register("broadcast", (ctx) => waitingBroadcasts(deps, repo, progress, ctx));
      registerApprovalKind(deps, BROADCAST_APPROVAL, async (ctx, payload) => {
        const draft = draftSchema.parse(payload.draft);
        await repo.saveDraft(draft);
        await confirm(ctx as TurnContext<IncomingEvent>, draft.id, deps, repo, true);
      });
    },
  };
}

/**
 * A rehearsal: the draft the member is looking at (the one named, else their newest) shown to
 * them only, as a reader of their language gets it, without the Acknowledge button (there is
 * nothing to acknowledge yet). Sends nothing to anyone else and keeps the draft waiting.
 * @throws {InputError} when no such draft waits.
 */
async function rehearse(ctx: TurnContext<IncomingEvent>, repo: BroadcastRepository, id?: string) {
  const draft = id ? await repo.draft(id) : await repo.latestDraftOf(ctx.user.id);
  if (!draft)
    throw new InputError(
      id
        ? say(ctx.locale, "secretariat.broadcastRehearsal.unknown", { id })
        : say(ctx.locale, "secretariat.broadcastRehearsal.none"),
    );
  const heading = say(ctx.locale, "secretariat.broadcastRehearsal.heading", {
    id: draft.id,
    audience: draft.audienceLabel,
    language: languageNameIn(ctx.locale, ctx.locale),
  });
  await ctx.replyPrivately(heading);
  await ctx.replyPrivately(broadcastMessage({ ...draft, requiresAck: false }, ctx.locale));
}

/** A broadcast's text in a list: its first 60 characters. */
function shortText(text: string): string {
  return `${text.slice(0, 60)}${text.length > 60 ? "…" : ""}`;
}

/** The drafts waiting for their confirmation, newest first, under their heading (in `locale`). */
function draftsText(drafts: readonly Draft[], locale: string): string {
  const lines = drafts.map((draft) =>
    say(locale, "secretariat.broadcastDrafts.line", {
      id: draft.id,
      author: draft.authorName,
      audience: draft.audienceLabel,
      count: count(draft.recipients.length),
      text: shortText(draft.text),
    }),
  );
  return [say(locale, "secretariat.broadcastDrafts.heading"), ...lines].join("\n");
}

async function existing(repo: BroadcastRepository, id: string): Promise<Broadcast> {
  const broadcast = await repo.get(id);
  if (!broadcast) throw new InputError(`There is no broadcast ${id}. Say "broadcasts" to list the latest.`);
  return broadcast;
}

/** Confirms a draft once: the broadcast record is created with setIfAbsent. */
async function confirm(
  ctx: TurnContext<IncomingEvent>,
  draftId: string,
  deps: BotDeps,
  repo: BroadcastRepository,
  approved = false,
): Promise<void> {
  const already = await repo.get(draftId);
  if (already) {
    await ctx.reply(`Broadcast ${draftId} was already confirmed (${already.status}); it is sent once.`);
    return;
  }
  const draft = await repo.draft(draftId);
  if (!draft) {
    await ctx.reply(
      "That draft has expired or was discarded; nothing was sent. Please compose the broadcast again.",
    );
    return;
  }
  // Deliveries: one per chat account or look-up, one per e-mail copy.
  const reachable = draft.recipients.reduce(
    (sum, recipient) => sum + (recipient.userId || recipient.lookup ? 1 : 0) + (recipient.email ? 1 : 0),
    0,
  );
  const unreachable = draft.recipients.filter(
    (recipient) => !recipient.userId && !recipient.email && !recipient.lookup,
  ).length;
  if (reachable === 0) throw new InputError(nothingToSend(draft.recipients.length, draft.audienceLabel));
  // Four eyes: a broadcast of more messages than the threshold waits for a second member,
  // who confirms it on approval; the draft travels with the request (it outlives the draft's hour).
  if (approvalsRequired(deps) && reachable > deps.config.APPROVAL_THRESHOLD && !approved) {
    const what = say(ctx.locale, "secretariat.approval.whatBroadcast", {
      audience: draft.audienceLabel,
      count: reachable,
    });
    await holdForApproval(deps, ctx, BROADCAST_APPROVAL, what, { draft }, draft.id);
    return;
  }
  const now = ctx.now();
  const dueAt = draft.sendAt && Date.parse(draft.sendAt) > now.getTime() ? draft.sendAt : now.toISOString();
  const broadcast: Broadcast = {
    id: draft.id,
    text: draft.text,
    selector: draft.selector,
    audienceLabel: draft.audienceLabel,
    sendAt: draft.sendAt,
    requiresAck: draft.requiresAck,
    ...(draft.byEmail ? { byEmail: true } : {}),
    ...(draft.language ? { language: draft.language } : {}),
    ...(draft.translations ? { translations: draft.translations } : {}),
    authorId: draft.authorId,
    authorName: draft.authorName,
    confirmedBy: ctx.user.id,
    confirmedAt: now.toISOString(),
    dueAt,
    reachable,
    unreachable,
    status: "confirmed",
  };
  if (!(await repo.create(broadcast, draft.recipients))) {
    await ctx.reply(`Broadcast ${draftId} was already confirmed; it is sent once.`);
    return;
  }
  await repo.deleteDraft(draftId);
  const when =
    dueAt > now.toISOString()
      ? `scheduled for ${describeSendTime(new Date(dueAt), venueAt(deps.catalogue, now), ctx.timeZone)}`
      : "sending now";
  const people = `${count(reachable)} ${reachable === 1 ? "person" : "people"}`;
  const to =
    broadcast.unreachable > 0
      ? `the ${people} of its audience of ${count(draft.recipients.length)} who can be reached in chat (${count(broadcast.unreachable)} cannot)`
      : people;
  const sent = await ctx.reply(
    `Broadcast ${broadcast.id} to ${broadcast.audienceLabel}: ${when}, to ${to}. This message shows the progress.`,
  );
  await repo.update(broadcast.id, (current) =>
    current ? { ...current, progress: { address: sent.address, messageId: sent.messageId } } : undefined,
  );
}

/**
 * The broadcast module with the default progress throttle (at most every 2 s).
 * @example export const handlerModules = [inputGuard, identity, help, broadcast, programmeQuestions, fallback];
 */
export const broadcast: HandlerModule = createBroadcastModule();
