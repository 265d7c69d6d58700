/**
 * Who users are and where their DMs live, cached in the adapter's store namespace:
 * profiles from `users.info` (display name, IANA zone, verified email, locale) for a few
 * hours; DM channel ids from `conversations.open` (Tier 3, ~50/min) forever, since a DM's
 * id never changes; members found by e-mail with `users.lookupByEmail` (Tier 3, paced here
 * to 50 a minute; scope `users:read.email`) for a day, "not on Slack" (`users_not_found`)
 * for an hour. Concurrent look-ups of the same key share one call.
 */
import { z } from "zod";
import type { Logger } from "../../bot/logger.js";
import { Pacer, type RateWindow } from "../../bot/pacing.js";
import type { Store } from "../../bot/store/port.js";
import type { UserRef } from "../../bot/types.js";
import { encodeAddress } from "./address.js";
import type { SlackApi } from "./client.js";
import { SlackDeliveryError } from "./errors.js";

/**
 * How long a `users.info` answer is trusted (a user may change zone when travelling).
 * @example new SlackDirectory(api, store, log, PROFILE_TTL_MS)
 */
export const PROFILE_TTL_MS = 6 * 60 * 60 * 1000;
/**
 * How long a failed `users.info` is remembered, so a missing scope is not retried on every turn.
 * @example await store.set(key, fallbackProfile, PROFILE_FAILURE_TTL_MS);
 */
export const PROFILE_FAILURE_TTL_MS = 5 * 60 * 1000;

/**
 * `users.lookupByEmail` is a Tier 3 method (about 50 calls a minute); look-ups wait for a
 * slot rather than collect 429s.
 * @example new SlackDirectory(api, store, log, PROFILE_TTL_MS, { lookupPace: LOOKUP_BY_EMAIL_WINDOWS })
 */
export const LOOKUP_BY_EMAIL_WINDOWS: readonly RateWindow[] = [{ limit: 50, perMs: 60_000 }];
/**
 * How long a member found by e-mail is trusted, and how long "not on Slack" is.
 * @example await store.set(key, { user: "U1" }, EMAIL_FOUND_TTL_MS);
 */
export const EMAIL_FOUND_TTL_MS = 24 * 60 * 60 * 1000;
/** @example await store.set(key, { none: true }, EMAIL_NOT_FOUND_TTL_MS); */
export const EMAIL_NOT_FOUND_TTL_MS = 60 * 60 * 1000;

const emailLookupSchema = z.union([
  z.object({ user: z.string().min(1) }),
  z.object({ none: z.literal(true) }),
]);
const lookupByEmailSchema = z.object({
  user: z.object({ id: z.string().min(1), deleted: z.boolean().optional() }),
});

const profileSchema = z.object({
  name: z.string(),
  tz: z.string().optional(),
  email: z.string().optional(),
  locale: z.string().optional(),
  bot: z.boolean(),
});
type Profile = z.output<typeof profileSchema>;

const usersInfoSchema = z.object({
  user: z.object({
    id: z.string(),
    name: z.string().optional(),
    real_name: z.string().optional(),
    tz: z.string().optional(),
    locale: z.string().optional(),
    is_bot: z.boolean().optional(),
    profile: z
      .object({
        email: z.string().optional(),
        display_name: z.string().optional(),
        real_name: z.string().optional(),
      })
      .optional(),
  }),
});

const conversationsOpenSchema = z.object({ channel: z.object({ id: z.string().min(1) }) });

/**
 * What an inbound payload already says about its sender.
 * @example const facts: SenderFacts = { team: "T1", userId: "U3", isBot: false, isMe: false, fallbackName: "amina" };
 */
export interface SenderFacts {
  team: string;
  userId: string;
  isBot: boolean;
  isMe: boolean;
  /** A name from the payload (`user_name`, `user.username`), used when `users.info` fails. */
  fallbackName?: string;
}

/**
 * @example
 * const directory = new SlackDirectory(api, host.store, host.log);
 * const user = await directory.userRef({ team: "T1", userId: "U3", isBot: false, isMe: false });
 * const dm = await directory.dmChannel("T1", "U3"); // "D…"
 */
export class SlackDirectory {
  private readonly inFlight = new Map<string, Promise<unknown>>();
  private readonly pacer = new Pacer();

  constructor(
    private readonly api: SlackApi,
    private readonly store: Store,
    private readonly log: Logger,
    private readonly profileTtlMs = PROFILE_TTL_MS,
    private readonly options: { lookupPace?: readonly RateWindow[] } = {},
  ) {}

  /**
   * The member of the workspace with this e-mail (their user id), or `undefined` when Slack
   * has nobody with it (`users_not_found`: "not on Slack", not a failure). Cached; paced to
   * the method's tier. Other failures are thrown (transient ones are retried by the outbox).
   * @example await directory.userByEmail("T1", "ann@mission.ke") // "U0ANN" or undefined
   */
  async userByEmail(team: string, email: string): Promise<string | undefined> {
    const address = email.trim().toLowerCase();
    const key = `email:${team}/${address}`;
    return this.once(key, async () => {
      const cached = await this.store.get(key, emailLookupSchema);
      if (cached) return "user" in cached ? cached.user : undefined;
      const slot = await this.pacer.acquire([
        { key: "users.lookupByEmail", windows: this.options.lookupPace ?? LOOKUP_BY_EMAIL_WINDOWS },
      ]);
      let user: string | undefined;
      try {
        const result = await this.api.call("users.lookupByEmail", { email: address }, { idempotent: true });
        const found = lookupByEmailSchema.parse(result).user;
        user = found.deleted ? undefined : found.id;
      } catch (error) {
        if (!(error instanceof SlackDeliveryError && error.slackError === "users_not_found")) throw error;
      } finally {
        slot.release();
      }
      await this.store.set(
        key,
        user ? { user } : { none: true },
        user ? EMAIL_FOUND_TTL_MS : EMAIL_NOT_FOUND_TTL_MS,
      );
      this.log.debug({ found: user !== undefined }, "users.lookupByEmail");
      return user;
    });
  }

  /** The core's UserRef for a sender; never throws for a failed look-up (the zone is then unknown). */
  async userRef(facts: SenderFacts): Promise<UserRef> {
    const base = {
      id: encodeAddress({ kind: "user", team: facts.team, user: facts.userId }),
      isBot: facts.isBot,
      isMe: facts.isMe,
    };
    // The core drops bots' and its own messages: no need to look them up.
    if (facts.isBot || facts.isMe) return { ...base, displayName: facts.fallbackName ?? facts.userId };
    const profile = await this.profile(facts);
    return {
      ...base,
      displayName: profile.name,
      timeZone: profile.tz,
      locale: profile.locale,
      verifiedEmail: profile.email,
      isBot: facts.isBot || profile.bot,
    };
  }

  /** The DM channel id with a user, opening the DM once and caching it. */
  async dmChannel(team: string, user: string): Promise<string> {
    const key = `dm:${team}/${user}`;
    return this.once(key, async () => {
      const cached = await this.store.get(key, z.string());
      if (cached) return cached;
      const result = await this.api.call(
        "conversations.open",
        { users: user, return_im: false },
        { idempotent: true },
      );
      const channel = conversationsOpenSchema.parse(result).channel.id;
      await this.store.set(key, channel);
      return channel;
    });
  }

  private async profile(facts: SenderFacts): Promise<Profile> {
    const key = `user:${facts.team}/${facts.userId}`;
    return this.once(key, async () => {
      // The cache only saves a users.info call: when the store is down the event still
      // reaches the core, whose pipeline tells the user it cannot reach its records.
      const cached = await this.store.get(key, profileSchema).catch((error: unknown) => {
        this.log.warn({ err: error, user: facts.userId }, "profile cache unreadable; asking users.info");
        return undefined;
      });
      if (cached) return cached;
      let profile: Profile;
      let ttl = this.profileTtlMs;
      try {
        const result = await this.api.call(
          "users.info",
          { user: facts.userId, include_locale: true },
          { idempotent: true },
        );
        const { user } = usersInfoSchema.parse(result);
        profile = {
          name:
            user.profile?.display_name ||
            user.real_name ||
            user.profile?.real_name ||
            user.name ||
            facts.userId,
          tz: user.tz || undefined,
          email: user.profile?.email || undefined,
          locale: user.locale || undefined,
          bot: user.is_bot === true,
        };
      } catch (error) {
        this.log.warn(
          { err: error, user: facts.userId },
          "users.info failed; answering without the user's zone",
        );
        profile = { name: facts.fallbackName ?? facts.userId, bot: false };
        ttl = PROFILE_FAILURE_TTL_MS;
      }
      await this.store.set(key, profile, ttl).catch((error: unknown) => {
        this.log.warn({ err: error, user: facts.userId }, "profile not cached");
      });
      return profile;
    });
  }

  private once<T>(key: string, work: () => Promise<T>): Promise<T> {
    const pending = this.inFlight.get(key) as Promise<T> | undefined;
    if (pending) return pending;
    const started = work().finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, started);
    return started;
  }
}
