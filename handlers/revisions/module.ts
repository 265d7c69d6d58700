/**
 * Programme revisions in chat (Secretariat only): a revised file pasted after "revise
 * programme", or a change said in words; a preview with who is affected; "publish" or
 * "discard"; "programme history"; "restore version N". Everyone: "stop change notices" /
 * "start change notices".
 */
import { ForbiddenError, InputError } from "../../bot/errors.js";
import { say } from "../../bot/language/messages.js";
import type { BotDeps, HandlerModule } from "../../bot/module.js";
import { formatClock } from "../../bot/programme/format.js";
import { withRevisedFile } from "../../bot/versions/files.js";
import { fromFile } from "../files.js";
import { messages, publishedDate } from "./messages.js";
import { CHANGE_NOTICE_KIND, noticeRenderer } from "./notices.js";
import { DISCARD, HISTORY, NOTICES_OFF, NOTICES_ON, PUBLISH, RESTORE, REVISE_PROGRAMME } from "./parse.js";
import { chatRevision, isRevisionPhrase } from "./phrases.js";
import {
  DISCARD_ACTION,
  discardDraft,
  PUBLISH_ACTION,
  prepareRevision,
  publishDraft,
  revisionStores,
} from "./preview.js";

/** Longest revised file taken in one chat message. */
export const MAX_REVISION_MESSAGE = 200_000;

function venueZone(deps: BotDeps): string {
  return deps.catalogue.programmes[0]?.zone ?? "UTC";
}

/**
 * "revise programme" + the YAML file in the same message. Installed BEFORE the input guard
 * (which folds line breaks and caps length); it identifies the sender itself.
 * @example export const handlerModules = [pocImport, rosterImport, revisionPaste, inputGuard, …];
 */
export const revisionPaste: HandlerModule = {
  name: "revision-paste",
  install(router, deps) {
    router.useOnMessages(
      (ctx) => REVISE_PROGRAMME.test(ctx.event.text),
      async (ctx, next) => {
        const match = REVISE_PROGRAMME.exec(ctx.event.text);
        if (!match) return next();
        const { roles } = await deps.people.identify(ctx.user);
        if (!roles.includes("secretariat")) throw new ForbiddenError(messages.onlySecretariat);
        if (!fromFile(ctx.event) && ctx.event.text.length > MAX_REVISION_MESSAGE)
          throw new InputError(
            `That file is ${ctx.event.text.length.toLocaleString("en-US")} characters long; in chat I take up to ${MAX_REVISION_MESSAGE.toLocaleString("en-US")}.`,
          );
        const text = (match[1] ?? "").trim();
        if (text === "") throw new InputError(messages.emptyRevision);
        const programmeIds = new Map(deps.catalogue.programmes.map((entry) => [entry.id, entry.file]));
        const revised = withRevisedFile(deps.programmes.files(), `${text}\n`, programmeIds);
        await ctx.reply(
          await prepareRevision(deps, ctx.user.id, revised.files, `revised ${revised.file}`, {
            now: ctx.now(),
          }),
        );
      },
    );
  },
};

/**
 * Publish / discard, history, restore, change-notice preferences; registers the notices' renderer.
 * @example export const handlerModules = [..., identity, help, home, roster, revisions, rsvp, …];
 */
export const revisions: HandlerModule = {
  name: "revisions",
  help: {
    title: "Programme changes",
    examples: ["stop change notices", "start change notices"],
    wording: "help.modules.revisions",
    secretariatExamples: [
      "revise programme (then the whole YAML file, in the same message)",
      "move Thursday afternoon to 3:30 PM",
      "the room for Tuesday morning is Conference Room 4",
      "cancel the reception",
      "programme history",
      "restore version 1",
    ],
  },
  install(router, deps) {
    const { prefs } = revisionStores(deps);
    deps.outbox.register(CHANGE_NOTICE_KIND, noticeRenderer(deps, prefs));
    const requireSecretariat = (roles: readonly string[]) => {
      if (!roles.includes("secretariat")) throw new ForbiddenError(messages.onlySecretariat);
    };
    const author = (user: { verifiedEmail?: string; id: string }) => user.verifiedEmail ?? user.id;

    router.message(NOTICES_OFF, async (ctx) => {
      await prefs.setOff(ctx.user.id, true, ctx.now());
      await ctx.reply(say(ctx.locale, "changeNotices.off"));
    });
    router.message(NOTICES_ON, async (ctx) => {
      await prefs.setOff(ctx.user.id, false, ctx.now());
      await ctx.reply(say(ctx.locale, "changeNotices.on"));
    });
    const secretariatSays = (pattern: RegExp) => (text: string, ctx: { roles: readonly string[] }) =>
      pattern.test(text) && ctx.roles.includes("secretariat");
    router.message(secretariatSays(PUBLISH), async (ctx) => {
      await ctx.reply(await publishDraft(deps, ctx.user.id, undefined, author(ctx.user)));
    });
    router.message(secretariatSays(DISCARD), async (ctx) => {
      await ctx.reply(await discardDraft(deps, ctx.user.id, undefined));
    });
    router.action(PUBLISH_ACTION, async (ctx) => {
      requireSecretariat(ctx.roles);
      await ctx.reply(await publishDraft(deps, ctx.user.id, ctx.event.value, author(ctx.user)));
    });
    router.action(DISCARD_ACTION, async (ctx) => {
      requireSecretariat(ctx.roles);
      await ctx.reply(await discardDraft(deps, ctx.user.id, ctx.event.value));
    });
    // "move Thursday afternoon to 3:30 PM", "cancel the reception", …: Secretariat only; a
    // "cancel …" that names nothing in the programme goes on to the other features.
    router.useOnMessages(
      (ctx) => ctx.roles.includes("secretariat") && isRevisionPhrase(ctx.event.text.trim()),
      async (ctx, next) => {
        const text = ctx.event.text.trim();
        const revision = chatRevision(text, {
          catalogue: deps.catalogue,
          files: deps.programmes.files(),
          now: ctx.now(),
        });
        if (!revision) return next();
        await ctx.reply(
          await prepareRevision(deps, ctx.user.id, revision.files, revision.note, { now: ctx.now() }),
        );
      },
    );
    router.message(HISTORY, async (ctx) => {
      requireSecretariat(ctx.roles);
      const zone = venueZone(deps);
      const history = await deps.programmes.history();
      const lines = history.map((record) =>
        messages.historyLine(
          record.version,
          record.version === 1 && record.author === "data/"
            ? "at start"
            : `${publishedDate(record.at, zone)}, ${formatClock(Date.parse(record.at), zone)}`,
          record.author,
          `${record.note}${record.changes.length > 0 ? ` (${record.changes.length} change${record.changes.length === 1 ? "" : "s"})` : ""}`,
          record.version === deps.programmes.version,
        ),
      );
      await ctx.reply([messages.historyTitle, ...lines, "", messages.historyHint].join("\n"));
    });
    router.message(RESTORE, async (ctx) => {
      requireSecretariat(ctx.roles);
      const wanted = ctx.match?.[1] ?? "";
      const history = await deps.programmes.history();
      const latest = history.at(-1)?.version ?? 1;
      const words = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
      const number = /^\d+$/.test(wanted)
        ? Number(wanted)
        : words.indexOf(wanted.toLowerCase()) + 1 || Number.NaN;
      const record = history.find((entry) => entry.version === number);
      if (!record) throw new InputError(messages.noSuchVersion(wanted, latest));
      if (record.version === deps.programmes.version)
        throw new InputError(messages.alreadyCurrent(record.version));
      await ctx.reply(
        await prepareRevision(deps, ctx.user.id, record.files, messages.restoreNote(record.version), {
          restores: record.version,
          now: ctx.now(),
        }),
      );
    });
  },
};
