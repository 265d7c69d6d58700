/**
 * The core's configuration, parsed from the environment with zod once, in the composition
 * root. Adapters parse their own variables in their factories.
 */
import { z } from "zod";
import { ConfigError } from "./errors.js";

const coreConfigSchema = z.object({
  STORE_URL: z
    .string()
    .regex(/^(sqlite:|memory:?$|rediss?:\/\/)/, "use sqlite:<file>, memory:, or redis://host:port")
    .default("sqlite:state/bot.sqlite"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  PORT: z.coerce.number().int().min(0).max(65_535).default(3978),
  NODE_ENV: z.string().default("development"),
  /** Minutes a reminder may be late after downtime and still be sent. */
  REMINDER_GRACE_MINUTES: z.coerce.number().int().min(0).max(24 * 60).default(15),
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
  const problems = result.error.issues.map((issue) => `${issue.path.join(".") || "(environment)"}: ${issue.message}`);
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
