/**
 * Who can be reached, and how: the adapter's records of conversations and users.
 *
 * - Every inbound activity stores its conversation reference (the latest service URL is
 *   kept), the sender's user record and, in a personal chat, the user's DM.
 * - **At install** (`installationUpdate`, and `conversationUpdate` with `membersAdded`):
 *   the members the app was installed for are recorded too — the installing user of a
 *   personal install (e.g. pushed by an admin's app setup policy), each member added to a
 *   team or chat, and, when the bot itself is added to a team, the team's roster — each
 *   with the email Teams has for them. So a person can be found by email
 *   ({@link TeamsDirectory.findUserByEmail}) and sent to (a one-to-one chat is opened on
 *   the first send) without ever having written to the bot.
 * - The verified email of a user who writes is read from Teams once a day.
 */
import type { Activity, ChannelAccount, ConversationParameters } from "@microsoft/agents-activity";
import type { TurnContext } from "@microsoft/agents-hosting";
import type { Logger } from "../../bot/logger.js";
import type { Address, IncomingEvent } from "../../bot/types.js";
import { conversationAddress, decodeAddress, userAddress } from "./address.js";
import type { TeamsCloudAdapter } from "./cloud.js";
import type { TeamsConfig } from "./config.js";
import { type Pacer, tenantWindows } from "./pacing.js";
import { addressOf, isPersonal, tenantOf, userOf } from "./parse.js";
import { EMAIL_FAILURE_TTL_MS, EMAIL_TTL_MS, type ReferenceStore, type UserRecord } from "./references.js";
import { type RetryPolicy, TeamsDeliveryError, withRetry } from "./retry.js";

/** A team's roster is read in pages of this many members (Teams' maximum). */
const ROSTER_PAGE_SIZE = 500;
/** At most this many roster pages are read when the bot is added to a team. */
const MAX_ROSTER_PAGES = 40;
/** Members added in one activity whose email is looked up one by one; past this, the roster is read instead. */
const MAX_MEMBER_LOOKUPS = 20;

/**
 * What the directory works with.
 * @example new TeamsDirectory({ config, cloud, pacer, retryPolicy, references, log })
 */
export interface DirectoryServices {
  config: TeamsConfig;
  cloud: TeamsCloudAdapter;
  pacer: Pacer;
  retryPolicy: RetryPolicy;
  references: ReferenceStore;
  log: Logger;
}

/** A member as Teams' roster and member look-up return it. */
type TeamsMember = ChannelAccount & { email?: string; userPrincipalName?: string };

/**
 * @example
 * const directory = new TeamsDirectory(services);
 * await directory.remember(context.activity);
 * const dm = await directory.openDirect(userAddress(tenantId, "29:1Gc…"));
 */
export class TeamsDirectory {
  constructor(private readonly services: DirectoryServices) {}

  /** Stores the activity's conversation reference, and the sender's user record and DM. */
  async remember(activity: Activity): Promise<void> {
    const { references } = this.services;
    if (!activity.conversation?.id || !activity.serviceUrl) return;
    const reference = activity.getConversationReference();
    const tenantId = tenantOf(activity);
    // Proactive sends to Teams need the tenant on the conversation; some activities carry it
    // only in channelData.
    if (reference.conversation && !reference.conversation.tenantId && tenantId) {
      reference.conversation = { ...reference.conversation, tenantId };
    }
    const address = addressOf(activity);
    const from = activity.from;
    if (!from?.id || from.role === "bot" || from.id === activity.recipient?.id) {
      await references.saveReference(address, reference);
      return;
    }
    const user = userOf(activity).id;
    await Promise.all([
      references.saveReference(address, reference),
      references.saveUser(user, this.userRecord(activity, from.id)),
      isPersonal(activity) ? references.saveDirect(user, address) : undefined,
    ]);
  }

  /**
   * Install-time records: for `installationUpdate` (added) the installing user, for
   * `conversationUpdate` each member added and, when the added member is the bot in a
   * team, the team's roster. Each is stored with their email. Failures are logged: the
   * turn goes on.
   */
  async rememberInstall(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const botId = activity.recipient?.id;
    try {
      if (activity.type === "installationUpdate") {
        if (!/^add/i.test(String(activity.action ?? "add"))) return;
        if (activity.from?.id && activity.from.id !== botId)
          await this.recordMembers(context, [activity.from]);
        if (!isPersonal(activity)) await this.recordRoster(context);
        return;
      }
      if (activity.type !== "conversationUpdate") return;
      const added = activity.membersAdded ?? [];
      const people = added.filter((member) => member.id && member.id !== botId);
      const botAdded = added.some((member) => member.id === botId);
      if (botAdded && !isPersonal(activity)) await this.recordRoster(context);
      else if (people.length > MAX_MEMBER_LOOKUPS) await this.recordRoster(context);
      else await this.recordMembers(context, people);
    } catch (error) {
      this.services.log.warn({ err: error }, "could not record the members Teams installed the app for");
    }
  }

  /** The user address of the Teams member with this email, when the app met them. */
  findUserByEmail(email: string): Promise<Address | undefined> {
    return this.services.references.memberByEmail(email);
  }

  /**
   * The sender's verified email when this process knows it already (no store read, no
   * timer): `undefined` when {@link verifiedEmail} must be asked; `null` when Teams gave none.
   */
  knownEmail(context: TurnContext, event: IncomingEvent): string | null | undefined {
    if (!hasVerifiedEmail(context, event)) return null;
    return this.services.references.knownEmail(event.user.id);
  }

  /** The verified email of the sender, read from Teams once a day (failures cached for 10 minutes). */
  async verifiedEmail(context: TurnContext, event: IncomingEvent): Promise<string | undefined> {
    const { references, log } = this.services;
    const activity = context.activity;
    if (!hasVerifiedEmail(context, event) || !activity.from?.id) return undefined;
    const cached = await references.email(event.user.id);
    if (cached !== undefined) return cached ?? undefined;
    try {
      const member = await this.member(context, activity.from.id);
      const email = emailOf(member) ?? null;
      await references.saveEmail(event.user.id, email, EMAIL_TTL_MS);
      if (email) await references.saveMember(email, event.user.id);
      return email ?? undefined;
    } catch (error) {
      log.warn({ err: error }, "could not read the user's verified email from Teams");
      await references.saveEmail(event.user.id, null, EMAIL_FAILURE_TTL_MS);
      return undefined;
    }
  }

  /** The DM address of a user address (a conversation address is returned as it is); opens the chat when needed. */
  async openDirect(user: Address): Promise<Address> {
    const { references, cloud, config, pacer, retryPolicy } = this.services;
    const target = decodeAddress(user);
    if (target?.kind === "conversation") return user;
    if (!target) throw new TeamsDeliveryError("rejected", `not a Teams address: ${user}`, true);
    const known = await references.direct(user);
    if (known) return known;
    const record = await references.user(user);
    if (!record) {
      throw new TeamsDeliveryError(
        "no-reference",
        "the app was never installed for this user and they never wrote to the bot",
        true,
      );
    }
    const parameters = {
      isGroup: false,
      agent: { id: record.botId, name: record.botName ?? "" },
      members: [{ id: record.userId, name: "" }],
      tenantId: record.tenantId,
      channelData: { tenant: { id: record.tenantId } },
    } as ConversationParameters;
    let created: Address | undefined;
    await withRetry(async () => {
      const slot = await pacer.acquire([
        { key: `tenant:${record.tenantId}`, windows: tenantWindows(config.tenantMaxPerSecond) },
      ]);
      await cloud
        .createConversationAsync(
          config.appId,
          record.channelId,
          record.serviceUrl,
          config.endpoints.oauthScope,
          parameters,
          async (context) => {
            const conversationId = context.activity.conversation?.id ?? "";
            created = conversationAddress(record.tenantId, conversationId);
            await references.saveReference(created, {
              channelId: record.channelId,
              serviceUrl: record.serviceUrl,
              conversation: {
                id: conversationId,
                tenantId: record.tenantId,
                conversationType: "personal",
                isGroup: false,
              },
              agent: { id: record.botId, ...(record.botName ? { name: record.botName } : {}) },
              user: { id: record.userId },
            });
          },
        )
        .finally(() => slot.release());
    }, retryPolicy);
    if (!created) throw new TeamsDeliveryError("failed", "Teams did not return the new conversation", false);
    await references.saveDirect(user, created);
    return created;
  }

  private userRecord(activity: Activity, userId: string): UserRecord {
    return {
      userId,
      tenantId: tenantOf(activity),
      serviceUrl: activity.serviceUrl ?? "",
      channelId: activity.channelId ?? "msteams",
      botId: activity.recipient?.id ?? "",
      botName: activity.recipient?.name,
    };
  }

  /** Records members with the email Teams gives for each (looked up one by one). */
  private async recordMembers(context: TurnContext, members: readonly ChannelAccount[]): Promise<void> {
    for (const member of members) {
      let full: TeamsMember = member;
      if (!emailOf(full)) {
        try {
          full = { ...member, ...(await this.member(context, member.id ?? "")) };
        } catch (error) {
          this.services.log.warn({ err: error }, "could not look up a member Teams installed the app for");
        }
      }
      await this.recordMember(context.activity, full);
    }
  }

  /** Reads the team's (or chat's) roster page by page and records every member. */
  private async recordRoster(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const client = await this.services.cloud.connectorClient(activity.serviceUrl ?? "");
    const rosterId = teamIdOf(activity) ?? activity.conversation?.id ?? "";
    let continuationToken: string | undefined;
    for (let page = 0; page < MAX_ROSTER_PAGES; page += 1) {
      const response = await client.httpClient.request<{
        members?: TeamsMember[];
        continuationToken?: string;
      }>({
        method: "get",
        url: `v3/conversations/${encodeURIComponent(rosterId)}/pagedmembers`,
        params: { pageSize: String(ROSTER_PAGE_SIZE), continuationToken },
      });
      for (const member of response.data.members ?? []) {
        if (member.id && member.id !== activity.recipient?.id) await this.recordMember(activity, member);
      }
      continuationToken = response.data.continuationToken || undefined;
      if (!continuationToken) return;
    }
    this.services.log.warn(
      { pages: MAX_ROSTER_PAGES },
      "team roster longer than read; the rest is recorded as they write",
    );
  }

  private async recordMember(activity: Activity, member: TeamsMember): Promise<void> {
    const { references } = this.services;
    if (!member.id) return;
    const user = userAddress(tenantOf(activity), member.id);
    const email = emailOf(member);
    await Promise.all([
      references.saveUser(user, this.userRecord(activity, member.id)),
      isPersonal(activity) ? references.saveDirect(user, addressOf(activity)) : undefined,
      email ? references.saveMember(email, user) : undefined,
      email ? references.saveEmail(user, email, EMAIL_TTL_MS) : undefined,
    ]);
  }

  /** One member of the activity's team (or conversation), from Teams. */
  private async member(context: TurnContext, userId: string): Promise<TeamsMember> {
    const activity = context.activity;
    const client = await this.services.cloud.connectorClient(activity.serviceUrl ?? "");
    return (await client.getConversationMember(
      userId,
      teamIdOf(activity) ?? activity.conversation?.id ?? "",
    )) as TeamsMember;
  }
}

/** The team of a channel activity (member look-ups go to the team, not the thread). */
function teamIdOf(activity: Activity): string | undefined {
  const team = (activity.channelData as { team?: { id?: unknown } } | undefined)?.team;
  return typeof team?.id === "string" && team.id !== "" ? team.id : undefined;
}

/** A member's email: `email`, else a user principal name that is an address (not a guest's `#EXT#` one). */
function emailOf(member: TeamsMember): string | undefined {
  const principal = member.userPrincipalName?.includes("#EXT#") ? undefined : member.userPrincipalName;
  return member.email || (principal?.includes("@") ? principal : undefined) || undefined;
}

/** Whether Teams can tell this sender's verified email: a person (not a bot, not us) in Teams itself. */
function hasVerifiedEmail(context: TurnContext, event: IncomingEvent): boolean {
  const activity = context.activity;
  return activity.channelId === "msteams" && !!activity.from?.id && !event.user.isBot && !event.user.isMe;
}
