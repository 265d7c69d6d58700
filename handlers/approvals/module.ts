/**
 * The Secretariat's approvals in chat (four eyes, `APPROVALS_REQUIRED=2`): "approve <id>",
 * "reject <id>", "pending approvals". Decided in a direct message by a Secretariat member
 * other than the one who asked; an approval runs the held action on the approver's turn.
 */
import { z } from "zod";
import { ForbiddenError, InputError } from "../../bot/errors.js";
import { say } from "../../bot/language/index.js";
import type { HandlerModule } from "../../bot/module.js";
import { formatMoment } from "../poc/time.js";
import { APPROVAL_NOTICE_KIND, decide, pendingApprovals, runnerOf } from "./service.js";

const DECIDE = /^(approve|reject)\s+([0-9a-f]{6})\b[.!]*$/i;
const LIST = /^(?:(?:list|show)\s+)?(?:pending\s+)?approvals\??$/i;

/**
 * @example export const handlerModules = [inputGuard, identity, approvals, broadcast, pocDirectory, fallback];
 */
export const approvals: HandlerModule = {
  name: "approvals",
  help: {
    title: "Approvals (Secretariat, when two are required)",
    roles: ["secretariat"],
    examples: ["pending approvals", "approve <id> · reject <id> (in a direct message)"],
  },
  install(router, deps) {
    deps.outbox.register(APPROVAL_NOTICE_KIND, (delivery) => ({
      text: z.object({ text: z.string() }).parse(delivery.payload).text,
    }));
    router.message(LIST, async (ctx) => {
      if (!ctx.roles.includes("secretariat")) throw new ForbiddenError();
      const locale = ctx.locale;
      const waiting = await pendingApprovals(deps);
      await ctx.reply(
        waiting.length === 0
          ? say(locale, "secretariat.approval.none")
          : [
              say(locale, "secretariat.approval.list"),
              ...waiting.map((approval) =>
                say(locale, "secretariat.approval.item", {
                  id: approval.id,
                  what: approval.what,
                  who: approval.requestedBy.name,
                  when: formatMoment(approval.requestedAt, ctx.timeZone, ctx.timeZonePlace),
                }),
              ),
            ].join("\n• "),
      );
    });
    router.message(DECIDE, async (ctx) => {
      if (!ctx.roles.includes("secretariat")) throw new ForbiddenError();
      const locale = ctx.locale;
      if (!ctx.event.isDirect) throw new InputError(say(locale, "secretariat.approval.channel"));
      const status = ctx.match?.[1]?.toLowerCase() === "approve" ? "approved" : "rejected";
      const id = ctx.match?.[2]?.toLowerCase() ?? "";
      const decision = await decide(deps, ctx, id, status);
      if (!decision.ok) throw new InputError(say(locale, `secretariat.approval.${decision.reason}`, { id }));
      const { approval } = decision;
      await ctx.reply(
        say(
          locale,
          status === "approved" ? "secretariat.approval.approved" : "secretariat.approval.rejected",
          {
            id,
            what: approval.what,
            who: approval.requestedBy.name,
          },
        ),
      );
      if (status === "approved") await runnerOf(deps, approval.kind)?.(ctx, approval.payload);
    });
  },
};
