/**
 * The dashboard's feature module: mounts the web pages on the bot's HTTP server (through
 * the route table) and answers "dashboard" in chat. A Secretariat member gets a one-time
 * sign-in link in a direct message; anyone else is told there is nothing for them, in words
 * that do not say whether a dashboard exists.
 */
import type { TurnContext } from "../bot/context.js";
import type { BotDeps, HandlerModule } from "../bot/module.js";
import { BASE } from "./layout.js";
import { LINK_TTL_MS, SignInLinks } from "./links.js";
import { DASHBOARD_NAMESPACE, dashboardPlugin } from "./plugin.js";
import { Sessions } from "./sessions.js";

/** What a Secretariat member types. */
export const DASHBOARD_PHRASE =
  /^\s*(?:(?:open|show)\s+(?:me\s+)?(?:the\s+|my\s+)?|the\s+|my\s+)?dashboard(?:\s+link)?\s*[.!?]*\s*$/i;

/** The answer to anyone else (the same whether or not the dashboard runs). */
export const NOT_FOR_YOU = "Sorry, there is nothing I can give you for that.";

async function baseUrl(deps: BotDeps): Promise<string | undefined> {
  const configured = deps.config.PUBLIC_URL?.replace(/\/+$/, "");
  if (configured) return configured;
  const port = await deps.routes?.ensureServing();
  return port === undefined ? undefined : `http://localhost:${port}`;
}

async function giveLink(ctx: TurnContext, deps: BotDeps, links: SignInLinks): Promise<void> {
  const email = ctx.user.verifiedEmail?.trim().toLowerCase();
  if (!ctx.roles.includes("secretariat") || !email) {
    await ctx.reply(NOT_FOR_YOU);
    return;
  }
  const base = await baseUrl(deps);
  if (!base) {
    await ctx.replyPrivately(
      "I can't give you a dashboard link: the bot's web server is not running here. Set PUBLIC_URL (the address it is reached at) and restart the bot.",
    );
    return;
  }
  const token = await links.create(email, ctx.now(), ctx.user.id);
  await ctx.replyPrivately(
    `Your sign-in link to the Secretariat's dashboard (valid ${LINK_TTL_MS / 60_000} minutes, works once, only for ${email}; don't forward it):\n${base}${BASE}/signin/${token}`,
  );
  if (!ctx.event.isDirect) await ctx.reply("I've sent you a sign-in link in a direct message.");
}

/**
 * @example handlerModules = [..., dashboard, ...];
 */
export const dashboard: HandlerModule = {
  name: "dashboard",
  help: {
    title: "Dashboard",
    examples: [],
    roles: ["secretariat"],
    secretariatExamples: ["dashboard"],
  },
  install(router, deps) {
    const store = deps.store.namespace(DASHBOARD_NAMESPACE);
    const links = new SignInLinks(store);
    const secure = deps.config.PUBLIC_URL?.startsWith("https:") ?? false;
    deps.routes?.addPlugin(BASE, dashboardPlugin({ deps, links, sessions: new Sessions(store), secure }));
    router.message(DASHBOARD_PHRASE, (ctx) => giveLink(ctx, deps, links));
  },
};
