/**
 * "who hasn't answered the ping test?": the POCs of a ping test (the latest unless an id is
 * given) who have not acknowledged it, in time or late, with their count. Read from the same
 * report as "ping test report", so the count is always its "In scope" less "Acknowledged in
 * time" and "Late", broken down by the report's own outcomes.
 */
import { pocWho } from "../../bot/people/who.js";
import type { Outcome, PingReport, TargetOutcome } from "./report.js";

/** The outcomes that are not an acknowledgement, in the order the answer lists them, in words. */
const NOT_ACKNOWLEDGED: ReadonlyArray<[Outcome, string]> = [
  ["no-answer", "no answer"],
  ["awaiting", "awaiting an answer"],
  ["pending", "still being delivered"],
  ["failed", "not reached on any channel"],
  ["cancelled", "not pinged (test cancelled)"],
];

/** The most POC lines the answer lists (the report's CSV has every one). */
const MAX_LINES = 60;

/**
 * The POCs of `report` who have not acknowledged, with their count and why.
 * @example unansweredText(report) // "Ping test 20240610-1300-ab12: 3 of 4 POCs have not acknowledged (2 no answer, 1 not reached on any channel).\n• Amina Njoroge (Kenya, diplomatic POC): no answer\n…"
 */
export function unansweredText(report: PingReport): string {
  const missing = report.targets.filter(
    (target) => target.outcome !== "in-time" && target.outcome !== "late",
  );
  const total = report.overall.inScope;
  const head = `Ping test ${report.testId}${report.closed ? "" : " (window still open)"}`;
  if (missing.length === 0) return `${head}: every one of the ${total} POCs in scope has acknowledged.`;
  const counts = NOT_ACKNOWLEDGED.map(
    ([outcome, words]) => [missing.filter((target) => target.outcome === outcome).length, words] as const,
  ).filter(([count]) => count > 0);
  const order = new Map(NOT_ACKNOWLEDGED.map(([outcome], index) => [outcome, index]));
  const sorted = [...missing].sort(
    (a, b) => (order.get(a.outcome) ?? 0) - (order.get(b.outcome) ?? 0) || a.pocId.localeCompare(b.pocId),
  );
  const lines = sorted.slice(0, MAX_LINES).map(line);
  if (sorted.length > MAX_LINES)
    lines.push(
      `… and ${sorted.length - MAX_LINES} more (say "ping test report ${report.testId}" for the CSV)`,
    );
  return [
    `${head}: ${missing.length} of ${total} POCs ${missing.length === 1 ? "has" : "have"} not acknowledged (${counts
      .map(([count, words]) => `${count} ${words}`)
      .join(", ")}).`,
    ...lines,
  ].join("\n");
}

function line(target: TargetOutcome): string {
  const words = NOT_ACKNOWLEDGED.find(([outcome]) => outcome === target.outcome)?.[1] ?? target.outcome;
  const why = target.reasons && target.reasons.length > 0 ? `: ${target.reasons.join("; ")}` : "";
  return `• ${pocWho("en", target.name ?? target.pocId, target.state, target.type)}: ${words}${why}`;
}
