/**
 * "did li wei get the ping?": the named POC's line of the latest ping test's report (the same
 * `loadReport` reading as "ping test report"), said in words, or that the name matches no
 * POC of the test, or several.
 */
import { say } from "../../bot/language/messages.js";
import { pocWho } from "../../bot/people/who.js";
import type { TargetOutcome } from "../ping/report.js";
import type { PingTest } from "../ping/schema.js";
import { loadReport, type PingServices } from "../ping/service.js";
import { formatMoment } from "../poc/time.js";
import { peopleNamed, type Receipt } from "./names.js";

/** The catalogue key of each outcome's sentence. */
const SENTENCE: Record<TargetOutcome["outcome"], string> = {
  "in-time": "inTime",
  late: "late",
  awaiting: "awaiting",
  "no-answer": "noAnswer",
  pending: "pending",
  failed: "failed",
  cancelled: "cancelled",
};

/**
 * The answer about `asked` for `test`: its heading and one line per POC entry of that person,
 * and that person's name (`person`) when the name found one person (for a follow-up's "he").
 * @example (await pingReceipt(services, test, "li wei", { locale: "en", now, zone })).text // "Ping test 20240610-…:\nLi Wei (Singapore, diplomatic POC): received it …"
 */
export async function pingReceipt(
  services: PingServices,
  test: PingTest,
  asked: string,
  reader: { locale: string; now: Date; zone?: string; place?: string },
): Promise<Receipt> {
  const { locale, zone, place } = reader;
  const t = (key: string, values: Record<string, string> = {}) =>
    say(locale, `secretariat.receipt.${key}`, values);
  const moment = (iso: string) => formatMoment(iso, zone, place);
  const report = await loadReport(services, test, reader.now);
  const people = peopleNamed(
    asked,
    report.targets,
    (target) => `${target.name ?? ""}|${target.state}`,
    (target) => target.name,
  );
  const who = (target: TargetOutcome) =>
    pocWho(locale, target.name ?? target.pocId, target.state, target.type);
  if (people.length === 0) return { text: t("nobodyPing", { id: test.id, name: asked }) };
  if (people.length > 1)
    return {
      text: [
        t("several", { name: asked }),
        ...people.map((entries) => `• ${entries.map(who).join(" · ")}`).sort((a, b) => a.localeCompare(b)),
      ].join("\n"),
    };
  const lines = (people[0] ?? []).map((target) =>
    t(`ping.${SENTENCE[target.outcome]}`, {
      who: who(target),
      sent: target.sentAt ? moment(target.sentAt) : "",
      at: target.ackAt ? moment(target.ackAt) : "",
      closes: moment(report.closesAt),
      reasons: (target.reasons ?? []).join("; "),
    }),
  );
  const person = people[0]?.[0]?.name;
  return {
    text: [t("pingHead", { id: test.id, at: moment(test.startedAt) }), ...lines].join("\n"),
    ...(person ? { person } : {}),
  };
}
