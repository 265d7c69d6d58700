/**
 * Installs every feature, in order: the input guard first (after the few paste-imports that
 * need the message's line breaks), the fallback last. The order matters: the first handler
 * that answers ends the turn.
 */
import type { HandlerModule } from "../bot/module.js";
import { dashboard } from "../dashboard/module.js";
import { approvals } from "./approvals/module.js";
import { broadcast } from "./broadcast/module.js";
import { calendar } from "./calendar/module.js";
import { csvPaste } from "./csv-paste.js";
import { fallback } from "./fallback.js";
import { fileIntake } from "./files.js";
import { help } from "./help.js";
import { home } from "./home.js";
import { identity } from "./identity.js";
import { inputGuard } from "./input-guard.js";
import { language } from "./language.js";
import { pingTests } from "./ping/module.js";
import { pocDirectory, pocImport } from "./poc/module.js";
import { programmeQuestions } from "./programme/module.js";
import { receipt } from "./receipt/module.js";
import { reminders } from "./reminders/module.js";
import { revisionPaste, revisions } from "./revisions/module.js";
import { roster, rosterImport } from "./roster/module.js";
import { rsvp } from "./rsvp/module.js";
import { timeZone } from "./time-zone.js";

/** Every feature module of the bot, in the order they see a turn. */
export const handlerModules: readonly HandlerModule[] = [
  fileIntake,
  pocImport,
  rosterImport,
  revisionPaste,
  inputGuard,
  identity,
  language,
  csvPaste,
  help,
  home,
  dashboard,
  roster,
  revisions,
  approvals,
  rsvp,
  reminders,
  calendar,
  broadcast,
  pocDirectory,
  timeZone,
  pingTests,
  receipt,
  programmeQuestions,
  fallback,
];
