/**
 * The core's configuration, parsed from the environment with zod once, in the composition
 * root. Adapters parse their own variables in their factories.
 */
import { z } from "zod";
import { ConfigError } from "./errors.js";
import type { RateWindow } from "./pacing.js";

const WINDOW_UNITS_MS: Readonly<Record<string, number>> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 };

/**
 * Reads outbox pacing limits: `<platform>=<count>/<window>[,<count>/<window>…]` joined by
 * `;`, windows in ms, s, m or h; `*` applies to every platform without its own entry.
 * Returns the windows of each platform (for the pacer, `bot/pacing.ts`), or a message
 * saying what is wrong.
 * @example parseRateLimits("chat=50/1s;*=30/1s,1800/1h") // { chat: [{ limit: 50, perMs: 1000 }], "*": [{ limit: 30, perMs: 1000 }, { limit: 1800, perMs: 3600000 }] }
 */
export function parseRateLimits(text: string): Record<string, RateWindow[]> | string {
  const limits: Record<string, RateWindow[]> = {};
  for (const part of text
    .split(";")
    .map((p) => p.trim())
    .filter(Boolean)) {
    const match = part.match(/^([\w*-]+)\s*=\s*(.+)$/);
    if (!match) return `"${part}" should look like <platform>=<count>/<window>, e.g. *=30/1s`;
    const [, platform = "", list = ""] = match;
    const parsed: RateWindow[] = [];
    for (const item of list.split(",").map((i) => i.trim())) {
      const found = item.match(/^(\d+)\s*\/\s*(\d+)?\s*(ms|s|m|h)$/);
      const limit = Number(found?.[1]);
      const perMs = Number(found?.[2] ?? 1) * (WINDOW_UNITS_MS[found?.[3] ?? ""] ?? Number.NaN);
      if (!found || !(limit > 0) || !(perMs > 0))
        return `"${item}" (for ${platform}) should look like <count>/<window>, e.g. 30/1s or 1800/1h`;
      parsed.push({ limit, perMs });
    }
    limits[platform] = parsed;
  }
  return limits;
}

const coreConfigSchema = z
  .object({
    STORE_URL: z
      .string()
      .regex(/^(sqlite:|memory:?$|rediss?:\/\/)/, "use sqlite:<file>, memory:, or redis://host:port")
      .default("sqlite:state/bot.sqlite"),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    PORT: z.coerce.number().int().min(0).max(65_535).default(3978),
    NODE_ENV: z.string().default("development"),
    /** Minutes a reminder may be late after downtime and still be sent. */
    REMINDER_GRACE_MINUTES: z.coerce
      .number()
      .int()
      .min(0)
      .max(24 * 60)
      .default(15),
    /** Seconds between two checks of the programme version in force (several replicas on one store). */
    PROGRAMME_REFRESH_SECONDS: z.coerce.number().min(0.1).max(600).default(2),
    /** Verified emails that hold the Secretariat role before any roster is imported. */
    SECRETARIAT_EMAILS: z
      .string()
      .default("")
      .transform((list) =>
        list
          .split(",")
          .map((email) => email.trim().toLowerCase())
          .filter(Boolean),
      ),
    /** Public base URL of the bot's HTTP server, for calendar subscription links. */
    PUBLIC_URL: z.url().optional(),
    /**
     * The email the console user counts as verified with (the console runs only locally,
     * without platform credentials): lets whoever runs it try roster, POC and Secretariat
     * features, e.g. with the same address in `SECRETARIAT_EMAILS`.
     */
    CONSOLE_EMAIL: z
      .email("must be an email address such as secretariat@un.example")
      .transform((email) => email.toLowerCase())
      .optional(),
    /**
     * Outbox pacing on top of the adapters' own, per platform (see {@link parseRateLimits}),
     * e.g. `slack=50/1s;teams=30/1s`. Empty: the adapters' own pacing only.
     */
    OUTBOX_RATE_LIMITS: z
      .string()
      .default("")
      .transform((text, ctx) => {
        const limits = parseRateLimits(text);
        if (typeof limits === "string") {
          ctx.addIssue({ code: "custom", message: limits });
          return z.NEVER;
        }
        return limits;
      }),
    /** Sends in flight at once per platform in the outbox. */
    OUTBOX_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(8),
    /**
     * Four eyes: 2 makes a directory import, and a broadcast to more than
     * `APPROVAL_THRESHOLD` people, wait for a second Secretariat member's approval in chat;
     * 1 (the default) lets one member act alone.
     */
    APPROVALS_REQUIRED: z.coerce.number().int().min(1).max(2).default(1),
    /** With `APPROVALS_REQUIRED=2`: a broadcast sending more messages than this needs a second approval. */
    APPROVAL_THRESHOLD: z.coerce.number().int().min(0).max(1_000_000).default(50),
    /**
     * Rehearsal: the moment the bot believes it is when it starts (ISO 8601 with an offset);
     * time then runs on from there, reminders included. Refused when `NODE_ENV=production`.
     */
    BOT_NOW: z
      .string()
      .regex(
        /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/,
        "must be a moment with its offset, such as 2024-03-04T08:00:00-05:00",
      )
      .transform((text) => new Date(text))
      .optional(),
  })
  .superRefine((config, ctx) => {
    if (config.BOT_NOW && config.NODE_ENV === "production") {
      ctx.addIssue({
        code: "custom",
        path: ["BOT_NOW"],
        message: "pretends another time and is refused when NODE_ENV=production; unset it",
      });
    }
  });

/** The parsed core configuration. */
export type CoreConfig = z.output<typeof coreConfigSchema>;

/** An environment: `process.env` in production, a literal object in tests. */
export type Env = Record<string, string | undefined>;

/**
 * Parses a zod schema over the environment, turning issues into one message that names
 * each variable to fix.
 * @example const slack = parseEnv(slackEnvSchema, env, "Slack");
 */
export function parseEnv<S extends z.ZodType>(schema: S, env: Env, what: string): z.output<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map(
    (issue) => `${issue.path.join(".") || "(environment)"}: ${issue.message}`,
  );
  throw new ConfigError(`${what} configuration is not valid. Set or fix: ${problems.join("; ")}`, {
    cause: result.error,
  });
}

/**
 * @example const config = loadCoreConfig(process.env);
 */
export function loadCoreConfig(env: Env): CoreConfig {
  const blanksRemoved = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ""));
  return parseEnv(coreConfigSchema, blanksRemoved, "Core");
}
