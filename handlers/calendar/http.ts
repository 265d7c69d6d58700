/**
 * The calendar feeds served by the bot's HTTP server:
 *   GET /calendar/<token>/all.ics               the whole programme (subscribe to it)
 *   GET /calendar/<token>/mine.ics              what the user follows (reminders, RSVPs)
 *   GET /calendar/<token>/day/<YYYY-MM-DD>.ics  one day
 *   GET /calendar/<token>/session/<id>[+<id>…].ics  one or more sessions
 * An unknown token and an unknown path both answer 404, revealing nothing.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { BotDeps } from "../../bot/module.js";
import type { Catalogue } from "../../bot/programme/catalogue.js";
import { formatDate } from "../../bot/programme/format.js";
import { isLocalDate } from "../../bot/programme/time.js";
import type { HttpHandler } from "../../bot/types.js";
import { buildIcs, type SequenceBook } from "./ics.js";
import type { Selection } from "./parse.js";
import type { CalendarTokens } from "./tokens.js";
import { allUnits, type CalendarUnit, unitsOf, unitsOfDay } from "./units.js";

/**
 * The path prefix of every feed.
 * @example deps.routes?.add("GET", `${CALENDAR_PATH}*`, handler);
 */
export const CALENDAR_PATH = "/calendar/";

/** How often subscribed calendars are asked to refresh (REFRESH-INTERVAL / X-PUBLISHED-TTL). */
const REFRESH_MINUTES = 60;

/**
 * The path of a selection's feed for a token.
 * @example selectionPath("abc", { kind: "day", date: "2024-03-07" }) === "/calendar/abc/day/2024-03-07.ics"
 */
export function selectionPath(token: string, selection: Selection): string {
  switch (selection.kind) {
    case "all":
      return `${CALENDAR_PATH}${token}/all.ics`;
    case "mine":
      return `${CALENDAR_PATH}${token}/mine.ics`;
    case "day":
      return `${CALENDAR_PATH}${token}/day/${selection.date}.ics`;
    case "session":
      return `${CALENDAR_PATH}${token}/session/${selection.ids.map(encodeURIComponent).join("+")}.ics`;
  }
}

/**
 * Reads a feed path back: the token and the selection, or undefined.
 * @example parseCalendarPath("/calendar/abc/session/x+y.ics") // { token: "abc", selection: { kind: "session", ids: ["x", "y"] } }
 */
export function parseCalendarPath(path: string): { token: string; selection: Selection } | undefined {
  const match =
    path.match(/^\/calendar\/([^/]+)\/(all|mine)\.ics$/) ??
    path.match(/^\/calendar\/([^/]+)\/(day|session)\/([^/]+)\.ics$/);
  if (!match) return undefined;
  const [, token = "", kind, argument = ""] = match;
  if (kind === "all" || kind === "mine") return { token, selection: { kind } };
  if (kind === "day")
    return isLocalDate(argument) ? { token, selection: { kind: "day", date: argument } } : undefined;
  const ids = argument
    .split("+")
    .map((id) => decodeURIComponent(id))
    .filter(Boolean);
  return ids.length > 0 && ids.length <= 20 ? { token, selection: { kind: "session", ids } } : undefined;
}

/**
 * The events of a selection and the calendar's name.
 * @example (await selectionUnits(catalogue, { kind: "day", date: "2024-03-07" }, async () => [])).units.length === 2
 */
export async function selectionUnits(
  catalogue: Catalogue,
  selection: Selection,
  followed: () => Promise<string[]>,
): Promise<{ name: string; units: CalendarUnit[] }> {
  switch (selection.kind) {
    case "all":
      return { name: "Meetings programme", units: allUnits(catalogue) };
    case "mine": {
      const ids = await followed();
      return {
        name: "My sessions",
        units: unitsOf(
          catalogue,
          ids.flatMap((id) => occurrenceList(catalogue, id)),
        ),
      };
    }
    case "day":
      return {
        name: `Programme — ${formatDate(selection.date, { long: true, withYear: true })}`,
        units: unitsOfDay(catalogue, selection.date),
      };
    case "session": {
      const units = unitsOf(
        catalogue,
        selection.ids.flatMap((id) => occurrenceList(catalogue, id)),
      );
      return { name: units.length === 1 ? (units[0]?.summary ?? "Session") : "Sessions", units };
    }
  }
}

function occurrenceList(catalogue: Catalogue, id: string) {
  const occurrence = catalogue.byId.get(id);
  return occurrence && occurrence.kind !== "notice" ? [occurrence] : [];
}

/**
 * The HTTP handler of the feeds.
 * @example deps.routes?.add("GET", "/calendar/*", calendarHandler(deps, tokens, book, followedBy));
 */
export function calendarHandler(
  deps: BotDeps,
  tokens: CalendarTokens,
  book: SequenceBook,
  followedBy: (userId: string) => Promise<string[]>,
): HttpHandler {
  return async (request: IncomingMessage, response: ServerResponse) => {
    const path = (request.url ?? "/").split("?")[0] ?? "/";
    const parsed = parseCalendarPath(path);
    const userId = parsed ? await tokens.userFor(parsed.token) : undefined;
    if (!parsed || !userId) {
      response.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found");
      return;
    }
    const now = deps.clock.now();
    const { name, units } = await selectionUnits(deps.catalogue, parsed.selection, () => followedBy(userId));
    if (units.length === 0 && parsed.selection.kind !== "mine") {
      response
        .writeHead(404, { "content-type": "text/plain; charset=utf-8" })
        .end("nothing in the programme for this link");
      return;
    }
    const feed = parsed.selection.kind === "all" || parsed.selection.kind === "mine";
    const text = buildIcs(name, units, await book.revisions(units, now), now, {
      refreshMinutes: feed ? REFRESH_MINUTES : undefined,
    });
    const file = path.slice(path.lastIndexOf("/") + 1);
    response.writeHead(200, {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `${feed ? "inline" : "attachment"}; filename="${file.replace(/[^\w.+-]/g, "_")}"`,
      "cache-control": "private, no-cache",
    });
    response.end(text);
  };
}
