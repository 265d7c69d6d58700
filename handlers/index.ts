/**
 * Installs every feature, in order: the input guard first, the fallback last. The order
 * matters: the first handler that answers ends the turn.
 */
import type { HandlerModule } from "../bot/module.js";
import { fallback } from "./fallback.js";
import { help } from "./help.js";
import { identity } from "./identity.js";
import { inputGuard } from "./input-guard.js";
import { programmeQuestions } from "./programme/module.js";

/** Every feature module of the bot, in the order they see a turn. */
export const handlerModules: readonly HandlerModule[] = [inputGuard, identity, help, programmeQuestions, fallback];
