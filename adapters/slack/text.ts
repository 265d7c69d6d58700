/**
 * Slack's message text conventions: `&`, `<` and `>` are escaped, and mentions, channels
 * and links are written in angle brackets (`<@U123>`, `<#C1|general>`, `<https://x|label>`).
 */

/**
 * Escapes plain core text for Slack (the three characters Slack requires).
 * @example escapeText("Q&A <draft>") === "Q&amp;A &lt;draft&gt;"
 */
export function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * Turns Slack message text into plain text for the core: removes mentions of the bot,
 * writes other mentions, channels and links readably, and decodes the escapes.
 * @example plainText("<@UBOT> what's on <#C1|general> &amp; more?", "UBOT") === "what's on #general & more?"
 */
export function plainText(text: string, botUserId?: string): string {
  return text
    .replace(/<([^<>]*)>/g, (_whole, inner: string) => {
      const [target = "", label] = inner.split("|", 2);
      if (target.startsWith("@")) return target.slice(1) === botUserId ? "" : `@${label ?? target.slice(1)}`;
      if (target.startsWith("#")) return `#${label ?? target.slice(1)}`;
      if (target.startsWith("!")) return `@${label ?? target.slice(1).split("^")[0]}`;
      return label ?? target;
    })
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/[ \t]{2,}/g, " ")
    .trim();
}

/**
 * Cuts text to a Slack field limit, marking the cut with an ellipsis.
 * @example truncate("Capacity-building", 9) === "Capacity…"
 */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
}
