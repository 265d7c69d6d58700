/**
 * Bolt and the WebClient log through `@slack/logger`'s interface; this bridges it to the
 * bot's pino logger so that Slack's lines carry the same fields and level as ours.
 */
import { LogLevel, type Logger as SlackLogger } from "@slack/bolt";
import type { Logger } from "../../bot/logger.js";

/**
 * @example new App({ logger: boltLogger(log.child({ component: "bolt" })), … });
 */
export function boltLogger(log: Logger): SlackLogger {
  const write =
    (level: "debug" | "info" | "warn" | "error") =>
    (...messages: unknown[]) => {
      if (!log.isLevelEnabled(level)) return;
      const err = messages.find((message) => message instanceof Error);
      const text = messages
        .filter((message) => !(message instanceof Error))
        .map((message) => (typeof message === "string" ? message : JSON.stringify(message)))
        .join(" ");
      if (err) log[level]({ err }, text);
      else log[level](text);
    };
  return {
    debug: write("debug"),
    info: write("info"),
    warn: write("warn"),
    error: write("error"),
    // The bot's LOG_LEVEL governs; Bolt's attempts to set its own level are ignored.
    setLevel: () => undefined,
    getLevel: () => {
      if (log.isLevelEnabled("debug")) return LogLevel.DEBUG;
      if (log.isLevelEnabled("info")) return LogLevel.INFO;
      if (log.isLevelEnabled("warn")) return LogLevel.WARN;
      return LogLevel.ERROR;
    },
    setName: () => undefined,
  };
}
