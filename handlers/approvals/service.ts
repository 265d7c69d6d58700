/**
 * Four eyes (`APPROVALS_REQUIRED=2`): an action one Secretariat member asks for is held in
 * the store (`approvals` namespace, `pending:<id>`, 24 h) until another member approves it in
 * a direct message; the one who asked cannot approve their own. Features register what runs
 * on approval per kind ({@link registerApprovalKind}); pending approvals survive a restart.
 */
import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { TurnContext } from "../../bot/context.js";
import { say } from "../../bot/language/index.js";
import type { BotDeps } from "../../bot/module.js";
import { secretariatAccounts } from "../poc/people.js";

/** How long a request waits for its second approval. */
export const APPROVAL_TTL_MS = 24 * 3_600_000;
/** Outbox kind and campaign of the notices about approvals. */
export const APPROVAL_NOTICE_KIND = "approval:notice";
const APPROVAL_CAMPAIGN = "approval";

export const approvalSchema = z.object({
  id: z.string(),
  kind: z.string(),
  /** What is asked for, in words (shown to the approver). */
  what: z.string(),
  payload: z.record(z.string(), z.unknown()),
  requestedBy: z.object({ userId: z.string(), email: z.string().optional(), name: z.string() }),
  requestedAt: z.string(),
  status: z.enum(["pending", "approved", "rejected"]),
  decidedBy: z.string().optional(),
});
/** One request waiting for (or decided by) a second Secretariat member. */
export type Approval = z.output<typeof approvalSchema>;

/** What runs when a request of a kind is approved, on the approver's turn. */
export type ApprovalRun = (ctx: TurnContext, payload: Record<string, unknown>) => Promise<void>;

const kinds = new WeakMap<BotDeps, Map<string, ApprovalRun>>();

/**
 * Registers what a kind of request does once approved.
 * @example registerApprovalKind(deps, "poc-import", (ctx, payload) => importFromChat(services, ctx, String(payload.csv), { approved: true }));
 */
export function registerApprovalKind(deps: BotDeps, kind: string, run: ApprovalRun): void {
  const map = kinds.get(deps) ?? new Map<string, ApprovalRun>();
  map.set(kind, run);
  kinds.set(deps, map);
}

/** What runs for a kind, if registered. */
export const runnerOf = (deps: BotDeps, kind: string) => kinds.get(deps)?.get(kind);

/**
 * Whether four eyes is on (`APPROVALS_REQUIRED=2`).
 * @example if (approvalsRequired(deps)) return holdForApproval(deps, ctx, "poc-import", what, { csv });
 */
export const approvalsRequired = (deps: BotDeps) => deps.config.APPROVALS_REQUIRED >= 2;

const store = (deps: BotDeps) => deps.store.namespace("approvals");

/**
 * Holds an action for a second Secretariat member: stores it, tells the asker and the other
 * members (through the outbox); nothing of the action is done.
 * @example await holdForApproval(deps, ctx, "broadcast", "a broadcast to everyone (120 messages)", { draft });
 */
export async function holdForApproval(
  deps: BotDeps,
  ctx: TurnContext,
  kind: string,
  what: string,
  payload: Record<string, unknown>,
  /** One request per this key (a broadcast's draft id): asking again answers with the waiting one. */
  once?: string,
): Promise<Approval> {
  const now = ctx.now();
  const id = randomBytes(3).toString("hex");
  if (once !== undefined && !(await store(deps).setIfAbsent(`once:${kind}:${once}`, id, APPROVAL_TTL_MS))) {
    const waitingId = await store(deps).get(`once:${kind}:${once}`, z.string());
    const waiting = waitingId ? await store(deps).get(`pending:${waitingId}`, approvalSchema) : undefined;
    if (waiting) {
      await ctx.reply(say(ctx.locale, "secretariat.approval.held", { what: waiting.what, id: waiting.id }));
      return waiting;
    }
  }
  const approval: Approval = {
    id,
    kind,
    what,
    payload,
    requestedBy: {
      userId: ctx.user.id,
      ...(ctx.user.verifiedEmail ? { email: ctx.user.verifiedEmail.toLowerCase() } : {}),
      name: ctx.person?.name ?? ctx.user.displayName,
    },
    requestedAt: now.toISOString(),
    status: "pending",
  };
  await store(deps).set(`pending:${approval.id}`, approvalSchema.parse(approval), APPROVAL_TTL_MS);
  const locale = ctx.locale;
  const others = (await secretariatAccounts(deps)).filter(
    (account) => account.userId !== ctx.user.id && account.email !== approval.requestedBy.email,
  );
  for (const account of others) {
    await deps.outbox.enqueue({
      campaign: APPROVAL_CAMPAIGN,
      localId: `${approval.id}|asked|${account.userId}`,
      kind: APPROVAL_NOTICE_KIND,
      recipient: account.userId,
      payload: {
        text: say(locale, "secretariat.approval.notice", {
          who: approval.requestedBy.name,
          what,
          id: approval.id,
        }),
      },
      dueAt: now.toISOString(),
    });
  }
  await ctx.reply(say(locale, "secretariat.approval.held", { what, id: approval.id }));
  return approval;
}

/** Every request still waiting, oldest first. */
export async function pendingApprovals(deps: BotDeps): Promise<Approval[]> {
  return (await store(deps).list("pending:", approvalSchema))
    .map((entry) => entry.value)
    .filter((approval) => approval.status === "pending")
    .sort((a, b) => a.requestedAt.localeCompare(b.requestedAt));
}

/** Why a decision was refused, or the approval as decided. */
export type Decision = { ok: true; approval: Approval } | { ok: false; reason: "unknown" | "own" };

/**
 * Decides a request once (compare-and-replace: two members deciding at once, one wins):
 * refused when it is unknown, decided or expired, or when the decider asked for it.
 * @example const decision = await decide(deps, ctx, "a1b2c3", "approved");
 */
export async function decide(
  deps: BotDeps,
  ctx: TurnContext,
  id: string,
  status: "approved" | "rejected",
): Promise<Decision> {
  const key = `pending:${id}`;
  const current = await store(deps).get(key, approvalSchema);
  if (current?.status !== "pending") return { ok: false, reason: "unknown" };
  const email = ctx.user.verifiedEmail?.toLowerCase();
  const own =
    current.requestedBy.userId === ctx.user.id ||
    (email !== undefined && current.requestedBy.email === email);
  if (own) return { ok: false, reason: "own" };
  const decided = await store(deps).update(
    key,
    approvalSchema,
    (stored) => (stored?.status === "pending" ? { ...stored, status, decidedBy: ctx.user.id } : undefined),
    APPROVAL_TTL_MS,
  );
  if (!decided) return { ok: false, reason: "unknown" };
  const now = ctx.now().toISOString();
  await deps.outbox.enqueue({
    campaign: APPROVAL_CAMPAIGN,
    localId: `${id}|${status}`,
    kind: APPROVAL_NOTICE_KIND,
    recipient: decided.requestedBy.userId,
    payload: {
      text: say(
        ctx.locale,
        status === "approved" ? "secretariat.approval.approvedNotice" : "secretariat.approval.rejectedNotice",
        {
          id,
          what: decided.what,
          who: ctx.person?.name ?? ctx.user.displayName,
        },
      ),
    },
    dueAt: now,
  });
  return { ok: true, approval: decided };
}
