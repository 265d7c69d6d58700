/**
 * The roster's chat side: the Secretariat imports a roster CSV pasted in chat ("import
 * roster" and the CSV lines), asks for its status and for the template; the module also
 * registers the roster's audiences. The roster itself lives in `bot/people/`.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ForbiddenError, InputError } from "../../bot/errors.js";
import type { BotDeps, HandlerModule } from "../../bot/module.js";
import { describeWhen } from "../../bot/programme/format.js";
import { venueAt } from "../broadcast/when.js";
import { fromFile } from "../files.js";
import { registerRosterAudiences, rosterSummary } from "./audiences.js";
import { importOutcome } from "./outcome.js";
import { importCommandCsv, MAX_ROSTER_MESSAGE, ROSTER_STATUS, ROSTER_TEMPLATE } from "./parse.js";

/**
 * The template in the repository: `data/templates/roster.csv`.
 * @example readFileSync(ROSTER_TEMPLATE_FILE, "utf8").split("\n")[0] === "email,name,state,roles"
 */
export const ROSTER_TEMPLATE_FILE = fileURLToPath(
  new URL("../../data/templates/roster.csv", import.meta.url),
);

/** Problems listed in one chat answer; the rest are counted. */
const MAX_PROBLEMS_SHOWN = 25;

/**
 * The answer to a rejected import: every problem row by row (up to a limit), and that
 * nothing was imported.
 * @example rejectionText(["row 3: email: \"bob@\" is not a valid email address"])
 */
export function rejectionText(problems: readonly string[]): string {
  const shown = problems.slice(0, MAX_PROBLEMS_SHOWN).map((problem) => `• ${problem}`);
  const more =
    problems.length > MAX_PROBLEMS_SHOWN ? [`• …and ${problems.length - MAX_PROBLEMS_SHOWN} more`] : [];
  return [
    `Nothing was imported: the roster has ${problems.length} problem${problems.length === 1 ? "" : "s"}. Fix ${problems.length === 1 ? "it" : "them"} and send the whole file again.`,
    ...shown,
    ...more,
  ].join("\n");
}

/**
 * "import roster" + CSV lines. Installed BEFORE the input guard, because the guard folds line
 * breaks into spaces; it identifies the sender itself (the identity module has not run yet)
 * and only the Secretariat may import.
 * @example export const handlerModules = [pocImport, rosterImport, inputGuard, identity, …];
 */
export const rosterImport: HandlerModule = {
  name: "roster-import",
  install(router, deps) {
    router.useOnMessages(
      (ctx) => importCommandCsv(ctx.event.text) !== undefined,
      async (ctx, next) => {
        const request = importCommandCsv(ctx.event.text);
        if (request === undefined) return next();
        const { csv, removeMissing } = request;
        const { roles } = await deps.people.identify(ctx.user);
        await deps.people.recordContact(ctx.user, ctx.event.isDirect ? ctx.address : undefined, ctx.now());
        if (!roles.includes("secretariat"))
          throw new ForbiddenError("Sorry, only the Secretariat can import the roster.");
        if (!fromFile(ctx.event) && ctx.event.text.length > MAX_ROSTER_MESSAGE) {
          throw new InputError(
            `That roster is ${ctx.event.text.length.toLocaleString("en-US")} characters long; in chat I take up to ${MAX_ROSTER_MESSAGE.toLocaleString("en-US")}. Import bigger files with: npx tsx handlers/roster/cli.ts import roster.csv`,
          );
        }
        if (csv === "") {
          throw new InputError(
            'Send "import roster" followed, in the same message, by the CSV lines (header: email,name,state,roles). Type "roster template" for an example.',
          );
        }
        const result = await deps.people.importRoster(csv, ctx.user.verifiedEmail ?? ctx.user.id, ctx.now(), {
          removeMissing,
          retryHint: 'send the same message starting "import roster, removing missing"',
        });
        if (!result.ok) {
          await ctx.reply(rejectionText(result.problems));
          return;
        }
        const roster = await deps.people.roster();
        await ctx.reply(importOutcome(result, roster?.people ?? []));
      },
    );
  },
};

/** When the roster was imported, in the venue's zone and the asker's (as broadcasts show times), with the year. */
function importedWhen(deps: BotDeps, iso: string, askerZone: string | undefined): string {
  const at = Date.parse(iso);
  const venue = venueAt(deps.catalogue, new Date(at));
  const when = describeWhen(
    { start: at, withYear: true },
    { venueZone: venue.zone, venueLabel: venue.label, askerZone },
  );
  return when.asker ? `${when.venue} (${when.asker})` : when.venue;
}

/**
 * "roster" (status) and "roster template"; registers the roster's audiences.
 * @example // "roster" → "Roster version 3, imported … by desk@un.org: 212 people: …"
 */
export const roster: HandlerModule = {
  name: "roster",
  help: {
    title: "Roster (Secretariat)",
    roles: ["secretariat"],
    examples: ["import roster (then the CSV lines, in the same message)", "roster", "roster template"],
  },
  install(router, deps) {
    registerRosterAudiences(deps);
    router.message(ROSTER_TEMPLATE, async (ctx) => {
      const template = readFileSync(ROSTER_TEMPLATE_FILE, "utf8").trim();
      await ctx.reply(
        `Roster CSV template (roles: head of delegation, delegate, poc, secretariat — several separated by ";"; state: ISO 3166-1 alpha-3, empty for the Secretariat):\n${template}`,
      );
    });
    router.message(ROSTER_STATUS, async (ctx) => {
      if (!ctx.roles.includes("secretariat"))
        throw new ForbiddenError("Sorry, only the Secretariat can see the roster.");
      const current = await deps.people.roster();
      if (!current) {
        await ctx.reply(
          'No roster has been imported yet. Send "import roster" followed by the CSV lines, or type "roster template".',
        );
        return;
      }
      const contacts = await deps.people.contacts();
      const emails = new Set(contacts.flatMap((contact) => (contact.email ? [contact.email] : [])));
      const reachable = current.people.filter((person) => emails.has(person.email)).length;
      await ctx.replyPrivately(
        `Roster version ${current.version}, imported ${importedWhen(deps, current.importedAt, ctx.timeZone)} by ${current.importedBy}: ${rosterSummary(current.people)}. ` +
          `${reachable} of ${current.people.length} have talked to me (so I can message them).`,
      );
    });
  },
};
