/**
 * HTML escaping for the few pages and e-mails the bot writes itself.
 */

/**
 * Escapes text for HTML content and attribute values.
 * @example escapeHtml('<a href="x">') === "&lt;a href=&quot;x&quot;&gt;"
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}
