/**
 * Structured logging through pino. Every turn gets a child logger carrying the event id,
 * so one turn's lines can be followed across the pipeline.
 */
import { pino } from "pino";

/** The logger type used across the bot. */
export type Logger = pino.Logger;

/**
 * Creates the root logger. Logs go to stderr so that stdout stays free for the console
 * chat and the `ask` CLI.
 * @example const log = createLogger("info"); log.info({ event: "x" }, "started");
 */
export function createLogger(level: string = "info"): Logger {
  return pino({ level, base: undefined }, pino.destination(2));
}

/** A logger that writes nothing, for tests and the CLI. */
export function silentLogger(): Logger {
  return pino({ level: "silent" });
}
