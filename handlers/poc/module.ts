/**
 * The POC directory as handler modules:
 * - {@link pocImport}, installed BEFORE the input guard (which folds line breaks), takes
 *   "import poc directory" + the CSV pasted in the same direct message;
 * - {@link pocDirectory} answers the POCs' self-service and the Secretariat's questions,
 *   runs the confirmation campaign and registers the "poc" audiences.
 */

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Recipient } from "../../bot/audiences.js";
import { InputError } from "../../bot/errors.js";
import { commandOf } from "../../bot/language/compile.js";
import { pocGrammar } from "../../bot/language/grammar.js";
import { say } from "../../bot/language/messages.js";
import type { HandlerModule } from "../../bot/module.js";
import type { Address } from "../../bot/types.js";
import { registerApprovalKind } from "../approvals/service.js";
import { fromFile } from "../files.js";
import { confirmationProducer, registerReminderRenderer } from "./campaign.js";
import { ACTIONS } from "./cards.js";
import { registerConfirmationLinks } from "./email-confirm.js";
import { EXPORT_DIRECTORY, exportDirectory } from "./export.js";
import { IMPORT_ACTIONS } from "./held-import.js";
import { applyHeldImport } from "./import-choice.js";
import { registerNoticeRenderer } from "./notify.js";
import {
  importCsvOf,
  MAX_IMPORT_MESSAGE,
  MY_DETAILS,
  POC_TEMPLATE,
  parseChange,
  parseConfirm,
  parseHistory,
  parseLookup,
  WHO_HAS_NOT_CONFIRMED,
} from "./parse.js";
import { chatAccountFor, rosterEmailOf } from "./people.js";
import { answerPrivately } from "./private.js";
import type { PocType } from "./schema.js";
import {
  approvedPolicy,
  confirmationList,
  history,
  importFromChat,
  lookup,
  POC_IMPORT_APPROVAL,
} from "./secretariat.js";
import {
  answerDenial,
  cancelChange,
  cancelTypedChange,
  confirmChange,
  confirmRecord,
  confirmTyped,
  confirmTypedChange,
  ownRecords,
  previewChange,
  previewEmailEdit,
  showEditForm,
  showMyDetails,
  submitEditForm,
  waitingPreview,
  whichWaiting,
} from "./self-service.js";
import { type PocServices, pocServices } from "./services.js";

/**
 * The directory's CSV template in the repository: `data/templates/poc-directory.csv`.
 * @example readFileSync(POC_TEMPLATE_FILE, "utf8").split("\n")[0].startsWith("state,type,name")
 */
export const POC_TEMPLATE_FILE = fileURLToPath(
  new URL("../../data/templates/poc-directory.csv", import.meta.url),
);

/** "import poc directory" + CSV lines in one message (Secretariat, direct message only). */
export const pocImport: HandlerModule = {
  name: "poc-import",
  install(router, deps) {
    const services = pocServices(deps);
    // A POC's record lists their zone: it is theirs in every answer unless they chose one in chat.
    deps.people.listZonesFrom(
      async (email) => (await services.directory.forEmail(email)).find((record) => record.timeZone)?.timeZone,
    );
    router.useOnMessages(
      (ctx) => importCsvOf(ctx.event.text) !== undefined,
      async (ctx, next) => {
        const request = importCsvOf(ctx.event.text);
        if (request === undefined) return next();
        const { person, roles } = await deps.people.identify(ctx.user);
        ctx.person = person;
        ctx.roles = roles;
        if (!fromFile(ctx.event) && ctx.event.text.length > MAX_IMPORT_MESSAGE) {
          throw new InputError(
            `That message is ${ctx.event.text.length.toLocaleString("en-US")} characters long; in chat I take up to ${MAX_IMPORT_MESSAGE.toLocaleString("en-US")}. Import bigger files with: npx tsx handlers/poc/cli.ts import directory.csv --store <STORE_URL>`,
          );
        }
        await importFromChat(services, ctx, request.csv, { removeMissing: request.removeMissing });
      },
    );
  },
};

/** Registers the "poc" audience: "poc:diplomatic", "poc:technical", "poc:all". */
function registerAudiences(services: PocServices): void {
  services.deps.audiences.register(
    {
      name: "poc",
      description: "Points of Contact of the POC directory (diplomatic, technical or all)",
      example: "poc:technical",
    },
    async (argument) => {
      const wanted = (argument ?? "all").trim().toLowerCase();
      if (!["all", "diplomatic", "technical"].includes(wanted)) {
        throw new Error(`Unknown POC audience "poc:${wanted}"; use poc:diplomatic, poc:technical or poc:all`);
      }
      const records = (await services.directory.all()).filter(
        (record) => wanted === "all" || record.type === wanted,
      );
      const contacts = await services.deps.people.contacts();
      // Keyed by the e-mail the roster knows the person by (one of the record's, else the one
      // roster person of the record's State and name), so that "all POCs" (this audience and
      // the roster's POCs) counts them once.
      const people = (await services.deps.people.roster())?.people ?? [];
      return records.map((record): Recipient => {
        const account = chatAccountFor(record, contacts);
        return {
          key: rosterEmailOf(record, people) ?? record.emails[0]?.toLowerCase() ?? record.id,
          name: record.name,
          state: record.state,
          pocType: record.type,
          ...(account ? { userId: account.userId as Address } : {}),
        };
      });
    },
  );
}

/** Fields people name about themselves in any conversation ("my name is …", "my title is …"). */
const SAID_TO_ANYONE: ReadonlySet<string> = new Set(["name", "title", "organisation", "timeZone"]);

/**
 * The POC directory feature: self-service, the Secretariat's questions, the campaign, the audiences.
 * @example export const handlerModules = [pocImport, inputGuard, identity, pocDirectory, pingTests, fallback];
 */
export const pocDirectory: HandlerModule = {
  name: "poc",
  help: {
    wording: "help.modules.poc",
    title: say("en", "help.modules.poc.title"),
    examples: say("en", "help.modules.poc.examples").split("\n"),
    secretariatExamples: [
      "who hasn't confirmed?",
      "what is Kenya's technical POC's phone? (answered in a direct message)",
      "poc history KEN technical",
      "import poc directory, then the CSV lines (in a direct message)",
      "export poc directory (the whole directory as CSV, in a direct message)",
      "poc directory template",
    ],
  },
  install(router, deps) {
    const services = pocServices(deps);
    registerAudiences(services);
    registerNoticeRenderer(deps);
    registerReminderRenderer(deps, services.directory);
    registerConfirmationLinks(deps, services.directory);
    deps.scheduler.add(confirmationProducer(deps, services.directory));
    registerApprovalKind(deps, POC_IMPORT_APPROVAL, (ctx, payload) =>
      importFromChat(services, ctx, String(payload.csv ?? ""), {
        removeMissing: payload.removeMissing === true,
        approved: true,
        policy: approvedPolicy(payload),
      }),
    );

    // "my details" in every language (`bot/language/locales/<tag>/commands.ts`); the English
    // form may name the type ("my technical details").
    router.message(
      (text) => MY_DETAILS.test(text) || commandOf(text)?.id === "myDetails",
      (ctx) =>
        answerPrivately(ctx, (say) =>
          showMyDetails(
            services,
            ctx,
            say,
            ctx.event.text.trim().match(MY_DETAILS)?.[1]?.toLowerCase() as PocType | undefined,
          ),
        ),
    );
    router.message(EXPORT_DIRECTORY, (ctx) => exportDirectory(services, ctx));
    // The template holds example rows only, like the roster's: anyone may see it.
    router.message(POC_TEMPLATE, async (ctx) => {
      await ctx.reply(
        say(ctx.locale, "secretariat.template.poc", {
          template: readFileSync(POC_TEMPLATE_FILE, "utf8").trim(),
        }),
      );
    });
    router.message(WHO_HAS_NOT_CONFIRMED, (ctx) =>
      answerPrivately(ctx, (say) => confirmationList(services, ctx, say)),
    );
    router.use(async (ctx, next) => {
      if (ctx.event.kind !== "message") return next();
      const text = ctx.event.text;
      // "confirm", "all correct": only a POC is answered here (the words may mean something else).
      const confirm = parseConfirm(text);
      // While a change's preview waits, a typed "confirm", "oui", "确认" applies it and "cancel",
      // "annuler", "нет" drops it, as its buttons do (the store is read only for such words).
      const answer =
        pocGrammar().pendingAnswer(ctx.event.asWritten ?? text) ?? (confirm ? "apply" : undefined);
      const pending = answer ? await waitingPreview(services, ctx) : undefined;
      if (answer && pending) {
        // A bare "ok" may answer a ping or a broadcast waiting too: then it applies nothing.
        if (answer === "apply" && !pocGrammar().namesChange(ctx.event.asWritten ?? text)) {
          const others = await deps.acknowledgements.waiting(ctx);
          if (others.length > 0)
            return answerPrivately(ctx, (say) => say(whichWaiting(pending, others, ctx.locale)));
        }
        return answerPrivately(ctx, (say) =>
          answer === "apply" ? confirmTypedChange(services, ctx, say) : cancelTypedChange(services, ctx, say),
        );
      }
      if (confirm && (await ownRecords(services, ctx)).length > 0) {
        return answerPrivately(ctx, (say) => confirmTyped(services, ctx, say, confirm.type));
      }
      // "add <email> to my emails", "remove <email> from my emails": one address, previewed.
      const edit = pocGrammar().emailEdit(ctx.event.asWritten ?? text);
      if (edit) return answerPrivately(ctx, (say) => previewEmailEdit(services, ctx, edit, say));
      const change = parseChange(text);
      if (change) {
        // "my time zone is Nairobi" is everyone's own display zone, a POC's too (time-zone.ts):
        // only "change my time zone to …" edits a POC's directory record.
        if (change.field === "timeZone" && change.statement) return next();
        // A time zone may belong to another feature's settings, and "my name is …" may be said
        // to anyone: only POCs are answered here. "my 24/7 phone is …" is the directory's
        // however said (to anyone else, how POCs are recognised; never a date).
        const everyday =
          change.field === "timeZone" || (change.statement && SAID_TO_ANYONE.has(change.field));
        if (everyday && (await ownRecords(services, ctx)).length === 0) return next();
        // "my email is not …" proposes no value: what the record holds, and a question.
        if (change.negated) return answerPrivately(ctx, (say) => answerDenial(services, ctx, change, say));
        return answerPrivately(ctx, (say) => previewChange(services, ctx, change, say));
      }
      const past = parseHistory(text);
      if (past) return answerPrivately(ctx, (say) => history(services, ctx, past, say));
      // Only words naming a State make a lookup ("the diplomatic POC meeting" is a programme question).
      const question = parseLookup(text);
      if (question?.state) return answerPrivately(ctx, (say) => lookup(services, ctx, question, say));
      return next();
    });

    router.action(IMPORT_ACTIONS.keep, (ctx) => applyHeldImport(services, ctx, "keep"));
    router.action(IMPORT_ACTIONS.file, (ctx) => applyHeldImport(services, ctx, "file"));
    router.action(IMPORT_ACTIONS.cancel, (ctx) => applyHeldImport(services, ctx, "cancel"));
    router.action(ACTIONS.confirm, (ctx) => answerPrivately(ctx, (say) => confirmRecord(services, ctx, say)));
    router.action(ACTIONS.edit, (ctx) => answerPrivately(ctx, (say) => showEditForm(services, ctx, say)));
    router.action(ACTIONS.editSubmit, (ctx) =>
      answerPrivately(ctx, (say) => submitEditForm(services, ctx, say)),
    );
    router.action(ACTIONS.changeConfirm, (ctx) =>
      answerPrivately(ctx, (say) => confirmChange(services, ctx, say)),
    );
    router.action(ACTIONS.changeCancel, (ctx) =>
      answerPrivately(ctx, (say) => cancelChange(services, ctx, say)),
    );
  },
};
