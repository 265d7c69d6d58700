/**
 * HTML built from tagged templates: every interpolated value is escaped unless it is
 * already {@link Html} (built by this same template), so a roster name such as
 * `<script>alert(1)</script>` is shown as text.
 */

/** A fragment of markup that is safe to insert as is. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * Escapes text for an HTML text node or a quoted attribute.
 * @example escapeHtml('<a href="x">') === "&lt;a href=&quot;x&quot;&gt;"
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

type Value = Html | string | number | boolean | null | undefined | readonly Value[];

function render(value: Value): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join("");
  return escapeHtml(String(value));
}

/**
 * @example html`<p>${name}</p>` // name escaped
 */
export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  let out = strings[0] ?? "";
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? "");
  });
  return new Html(out);
}

/**
 * A number with thousands separators, as the bot's chat answers write them.
 * @example count(1980) === "1,980"
 */
export function count(value: number): string {
  return value.toLocaleString("en-US");
}

/**
 * A duration in milliseconds, human-sized.
 * @example duration(95_000) === "1 min 35 s"
 */
export function duration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return "—";
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${seconds % 60} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/**
 * A table with a caption and header row; cells are values or fragments.
 * @example table("By State", ["State", "Sent"], [["KEN", 3]])
 */
export function table(
  caption: string,
  headers: readonly string[],
  rows: readonly (readonly Value[])[],
): Html {
  return html`<div class="table-wrap"><table><caption>${caption}</caption><thead><tr>${headers.map(
    (header) => html`<th scope="col">${header}</th>`,
  )}</tr></thead><tbody>${
    rows.length === 0
      ? html`<tr><td colspan="${headers.length}">None.</td></tr>`
      : rows.map((row) => html`<tr>${row.map((cell) => html`<td>${cell}</td>`)}</tr>`)
  }</tbody></table></div>`;
}
