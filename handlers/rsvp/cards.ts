/**
 * What RSVP messages look like: the invitation card, the answer's confirmation, "my RSVPs",
 * the Secretariat's report, and place notices (off the waitlist / back on it). Times are in
 * the venue's zone and, when it differs, the reader's.
 */

import type { Card, CardField } from "../../bot/cards.js";
import { currentLocale } from "../../bot/language/current.js";
import { say } from "../../bot/language/messages.js";
import { personWho } from "../../bot/people/who.js";
import type { SocialOccurrence } from "../../bot/programme/catalogue.js";
import { describeWhen, formatDate } from "../../bot/programme/format.js";
import { local } from "../../bot/programme/translations.js";
import { DEFAULT_LEAD_MINUTES } from "../../schedules/reminders/due.js";
import { type Allocation, type Place, partySize } from "./allocation.js";
import { describeDeadline, hostRsvpLine, listKeeper } from "./events.js";
import type { RsvpAnswer } from "./schema.js";

/** Wording in the turn's language (`bot/language/locales/<tag>/features.ts`, `rsvp.*`). */
const t = (key: string, values?: Record<string, string | number>) =>
  say(currentLocale(), `rsvp.${key}`, values);

/**
 * Action id of the invitation's buttons; the value is `<eventId>|<status>`.
 * @example router.action(RSVP_ACTION, recordClick); // value "oewg-7-reception-2024-03-04|attending"
 */
export const RSVP_ACTION = "rsvp:answer";
/**
 * Input ids of the invitation card.
 * @example ctx.event.inputs?.[EXPERTS_COUNT_INPUT] // "2"
 */
export const EXPERTS_COUNT_INPUT = "experts_count";
/** @example ctx.event.inputs?.[EXPERTS_NAMES_INPUT] // "Ana Lima, Raj Patel" */
export const EXPERTS_NAMES_INPUT = "experts_names";

/**
 * "Mon 4 Mar, 6:30 PM New York time" and, when the reader's zone differs, their time too
 * (under its own label, so without the words "your time").
 * @example whenFields(reception, "Europe/Paris") // [{ label: "When", value: "Mon 4 Mar, 6:30 PM New York time" }, { label: "Your time", value: "Tue 5 Mar, 12:30 AM (Europe/Paris), next day" }]
 */
export function whenFields(
  event: SocialOccurrence,
  zone: string | undefined,
  zonePlace?: string,
): CardField[] {
  const when = describeEventTime(event, zone, zonePlace);
  return when.askerValue
    ? [
        { label: t("card.when"), value: when.venue },
        { label: t("card.yourTime"), value: when.askerValue },
      ]
    : [{ label: t("card.when"), value: when.venue }];
}

/**
 * The same in a sentence: "Mon 4 Mar, 6:30 PM New York time; Tue 5 Mar, 12:30 AM your time (Europe/Paris), next day".
 * @example `You are attending the Cocktail reception (${whenInline(reception, "Europe/Paris")})`
 */
export function whenInline(event: SocialOccurrence, zone: string | undefined, zonePlace?: string): string {
  const when = describeEventTime(event, zone, zonePlace);
  return when.asker
    ? say(currentLocale(), "rsvp.whenBoth", { venue: when.venue, asker: when.asker })
    : when.venue;
}

/** `zonePlace`: the place the reader named `zone` by ("Geneva"), which labels it. */
function describeEventTime(event: SocialOccurrence, zone: string | undefined, zonePlace?: string) {
  return describeWhen(
    { start: event.start, end: event.end },
    {
      venueZone: event.programme.zone,
      venueLabel: event.programme.zoneLabel,
      askerZone: zone,
      ...(zonePlace ? { askerPlace: zonePlace } : {}),
    },
  );
}

/**
 * "with 2 accompanying experts (Ana Lima, Raj Patel)", or "" without experts.
 * @example expertsPhrase({ count: 1, names: [] }) === "with 1 accompanying expert (names to follow)"
 */
export function expertsPhrase(experts: RsvpAnswer["experts"]): string {
  if (experts.count === 0) return "";
  const names = experts.names.length > 0 ? experts.names.join(t("nameSeparator")) : "";
  const missing = experts.count - experts.names.length;
  const detail =
    names && missing > 0 ? t("namesMissing", { names, count: missing }) : names || t("namesToFollow");
  return t("experts", { count: experts.count, detail });
}

/**
 * How a place reads. Where the chat list is the organiser's: "your place is confirmed", "the
 * event is full, so you are number 3 on the waitlist". Where it is the Secretariat's (the
 * default), the bot confirms no place on the host's behalf: "on the Secretariat's list", or
 * "the Secretariat's list is full, so you are number 3 on its waitlist".
 * @example placeText({ state: "waitlisted", position: 3 }, reception) === "the Secretariat's list is full, so you are number 3 on its waitlist"
 */
export function placeText(place: Place | undefined, event: SocialOccurrence): string {
  if (!place) return "";
  const organiser = listKeeper(event) === "organiser";
  if (place.state === "confirmed") return t(organiser ? "placeConfirmedOrganiser" : "placeConfirmedList");
  return t(organiser ? "placeWaitOrganiser" : "placeWaitList", { position: place.position ?? "" });
}

/**
 * Options of {@link invitationCard}.
 * @example invitationCard(reception, { zone: "Asia/Tokyo", deadline: Date.parse("2024-03-01T22:00:00Z") })
 */
export interface InvitationOptions {
  zone?: string;
  /** The place the reader named `zone` by ("Geneva"), which labels it. */
  zonePlace?: string;
  answer?: RsvpAnswer;
  place?: Place;
  deadline?: number;
  capacity?: number;
}

/**
 * The invitation: host, time, place, deadline, the current answer, expert inputs and the
 * three answers as buttons.
 * @example cardMessage(invitationCard(reception, { zone: "Europe/Paris" }))
 */
export function invitationCard(event: SocialOccurrence, options: InvitationOptions = {}): Card {
  const { event: social } = event;
  const host = social.host ? [social.host.name, social.host.role].filter(Boolean).join(", ") : undefined;
  const fields: CardField[] = [
    ...whenFields(event, options.zone, options.zonePlace),
    {
      label: t("card.where"),
      value: [social.place.name, ...social.place.address, social.place.directions].filter(Boolean).join(", "),
    },
  ];
  if (social.invitation) fields.push({ label: t("card.invited"), value: social.invitation });
  const organiser = listKeeper(event) === "organiser";
  const link = social.rsvp?.originalLink;
  if (!organiser && link) fields.push({ label: t("card.rsvpToHost"), value: link });
  if (options.deadline !== undefined)
    fields.push({
      label: t(organiser ? "card.answerBy" : "card.answerHereBy"),
      value: describeDeadline(options.deadline, event, options.zone),
    });
  if (options.capacity !== undefined)
    fields.push({
      label: t(organiser ? "card.places" : "card.placesList"),
      value: t("card.placesValue"),
    });
  if (options.answer)
    fields.push({ label: t("card.yourAnswer"), value: answerSummary(options.answer, options.place, event) });
  const experts = options.answer?.experts;
  return {
    title: t("card.title", { title: local(social.title) }),
    sections: [
      {
        text:
          [host ? t("card.honour", { host }) : "", hostRsvpLine(event)].filter(Boolean).join("\n") ||
          undefined,
        fields,
      },
    ],
    inputs: [
      {
        id: EXPERTS_COUNT_INPUT,
        label: t("card.expertsCount"),
        placeholder: "0",
        initial: experts ? String(experts.count) : undefined,
        optional: true,
      },
      {
        id: EXPERTS_NAMES_INPUT,
        label: t("card.expertsNames"),
        initial: experts?.names.join(", ") || undefined,
        optional: true,
      },
    ],
    buttons: [
      {
        actionId: RSVP_ACTION,
        label: t("button.attending"),
        value: `${event.id}|attending`,
        style: "primary",
      },
      { actionId: RSVP_ACTION, label: t("button.tentative"), value: `${event.id}|tentative` },
      { actionId: RSVP_ACTION, label: t("button.declined"), value: `${event.id}|declined`, style: "danger" },
    ],
    footer: t(options.deadline !== undefined ? "card.footerDeadline" : "card.footerStart"),
  };
}

/**
 * One line for an answer: "attending with 2 accompanying experts (…) — on the Secretariat's list"
 * ("— your place is confirmed" where the chat list is the organiser's).
 * @example answerSummary(answer, { state: "confirmed" }, reception)
 */
export function answerSummary(answer: RsvpAnswer, place: Place | undefined, event: SocialOccurrence): string {
  const experts = expertsPhrase(answer.experts);
  // The word the programme card uses for the same answer ("Votre réponse : peut-être").
  const status = say(currentLocale(), `programme.rsvpStatus.${answer.status}`);
  const base = [status, answer.status === "declined" ? "" : experts].filter(Boolean).join(" ");
  const where = answer.status === "attending" ? placeText(place, event) : "";
  return where ? `${base} — ${where}` : base;
}

/**
 * The reply to an answer. A waitlisted answer leads with the waitlist; a confirmed one promises
 * the automatic reminder only while its moment is still to come (else it says when the event
 * starts) and only when it will be sent (`autoReminder`: false after "stop", "no reminder for
 * the reception", or when the person's own reminder for the event replaces it).
 * `zonePlace`: the place the person named their zone by, which labels it.
 * @example answerReply(reception, answer, { state: "confirmed" }, "Europe/Paris", new Date("2024-03-01T12:00:00Z"))
 */
export function answerReply(
  event: SocialOccurrence,
  answer: RsvpAnswer,
  place: Place | undefined,
  zone: string | undefined,
  now: Date,
  autoReminder = true,
  zonePlace?: string,
): string {
  const when = whenInline(event, zone, zonePlace);
  const title = local(event.event.title);
  const organiser = listKeeper(event) === "organiser";
  const hostLine = organiser ? "" : hostRsvpLine(event);
  const host = hostLine ? `${t("sentenceGap")}${hostLine}` : "";
  switch (answer.status) {
    case "attending": {
      const experts = expertsPhrase(answer.experts);
      const party = experts ? t("partyWithExperts", { title, when, experts }) : t("party", { title, when });
      if (place?.state === "waitlisted") {
        return organiser
          ? t("waitlistOrganiser", { position: place.position ?? "", party })
          : t("waitlistList", { position: place.position ?? "", party, host });
      }
      const start = place ? startNote(event, now, autoReminder) : "";
      return organiser
        ? t("attendingOrganiser", { party, place: placeText(place, event), start })
        : t("attendingList", { party, host, start });
    }
    case "tentative":
      return organiser ? t("tentativeOrganiser", { title, when }) : t("tentativeList", { title, when, host });
    case "declined": {
      const link = event.event.rsvp?.originalLink;
      if (organiser) return t("declinedOrganiser", { title });
      return link ? t("declinedListLink", { title, link }) : t("declinedList", { title });
    }
  }
}

/**
 * " I will remind you an hour before it starts." (only with the automatic reminder on), or
 * " It starts in 45 minutes." when that moment has passed.
 */
function startNote(event: SocialOccurrence, now: Date, autoReminder: boolean): string {
  const minutes = Math.ceil((event.start - now.getTime()) / 60_000);
  if (minutes > DEFAULT_LEAD_MINUTES.social) return autoReminder ? t("remindHour") : "";
  return t("startsIn", { count: minutes });
}

/**
 * A place notice sent through the outbox.
 * @example placeNoticeText(reception, { state: "confirmed" }, answer, "Asia/Tokyo", "fr")
 */
export function placeNoticeText(
  event: SocialOccurrence,
  place: Place,
  answer: RsvpAnswer,
  zone: string | undefined,
  locale: string,
): string {
  const when = whenInline(event, zone);
  const organiser = listKeeper(event) === "organiser";
  const title = local(event.event.title);
  if (place.state === "confirmed") {
    const party =
      answer.experts.count > 0
        ? say(locale, "rsvp.notice.youAndExperts", { count: answer.experts.count })
        : say(locale, "rsvp.notice.you");
    return organiser
      ? say(locale, "rsvp.notice.confirmedOrganiser", { title, when, party })
      : say(locale, "rsvp.notice.confirmedList", { title, when, party, host: hostRsvpLine(event) });
  }
  return say(locale, organiser ? "rsvp.notice.waitOrganiser" : "rsvp.notice.waitList", {
    title,
    position: place.position ?? 0,
  });
}

/** A person in the Secretariat's list: "Ann Mwangi (Kenya) + 2: Ana Lima, Raj Patel". */
function listLine(answer: RsvpAnswer): string {
  const experts =
    answer.experts.count > 0
      ? ` + ${answer.experts.count}${answer.experts.names.length > 0 ? `: ${answer.experts.names.join(", ")}` : ""}`
      : "";
  return `${personWho(currentLocale(), answer.name, answer.state)}${experts}`;
}

/**
 * Options of {@link reportCard}.
 * @example reportCard(reception, allocation, { notAnswered: ["Li Wei"], invited: 3 })
 */
export interface ReportOptions {
  deadline?: number;
  /** People in the invitation's scope who have not answered (each shown with their State). */
  notAnswered?: string[];
  invited?: number;
  /**
   * Who is in the invitation's scope, and what they are called (one, many): the confirmed are
   * counted by who they are, "2 heads of delegation, 1 other invitee". Without it, everyone
   * who answered counts as an invitee.
   */
  scope?: { nouns: readonly [string, string]; includes: (answer: RsvpAnswer) => boolean };
  /** What the lists are narrowed to, in words ("answers bringing experts · France"). */
  narrowedTo?: string;
}

const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "2 heads of delegation, 1 other invitee + 3 experts": answers by who they are, then experts. */
function confirmedParts(confirmed: readonly RsvpAnswer[], scope: ReportOptions["scope"]): string {
  const [one, many] = scope?.nouns ?? ["invitee", "invitees"];
  const inScope = scope ? confirmed.filter(scope.includes).length : confirmed.length;
  const others = confirmed.length - inScope;
  const experts = confirmed.reduce((sum, answer) => sum + answer.experts.count, 0);
  const people = [
    ...(inScope > 0 || others === 0 ? [counted(inScope, one, many)] : []),
    ...(others > 0 ? [counted(others, "other invitee", "other invitees")] : []),
  ];
  return `${people.join(", ")} + ${counted(experts, "expert", "experts")}`;
}

/** "1 person", "3 people": the plural form of the turn's language (Intl.PluralRules, through the catalogue). */
const people = (count: number) => say(currentLocale(), "secretariat.rsvp.people", { count });
/** "1 answer", "2 answers". */
const answers = (count: number) => say(currentLocale(), "secretariat.rsvp.answers", { count });

/**
 * The Secretariat's RSVP report: counts, then the lists.
 * @example reportCard(reception, allocate(answers, 120), { notAnswered: ["Li Wei"] })
 */
export function reportCard(
  event: SocialOccurrence,
  allocation: Allocation,
  options: ReportOptions = {},
): Card {
  const heads = (list: RsvpAnswer[]) => list.length;
  const fields: CardField[] = [
    {
      label: "Confirmed",
      value: `${people(allocation.confirmedPeople)} (${confirmedParts(allocation.confirmed, options.scope)})${allocation.capacity !== undefined ? ` of ${allocation.capacity} places` : ""}`,
    },
    {
      label: "Waitlist",
      value: `${people(allocation.waitlistedPeople)} (${answers(heads(allocation.waitlisted))})`,
    },
    {
      label: "Tentative",
      value: `${people(allocation.tentativePeople)} (${answers(heads(allocation.tentative))})`,
    },
    { label: "Declined", value: String(allocation.declined.length) },
  ];
  if (options.notAnswered) {
    fields.push({
      label: "Not answered",
      value: `${options.notAnswered.length}${options.invited !== undefined ? ` of ${options.invited} ${options.scope?.nouns[1] ?? "people"} in the invitation's scope` : ""}`,
    });
  }
  if (options.deadline !== undefined)
    fields.push({ label: "Deadline", value: describeDeadline(options.deadline, event) });
  const section = (heading: string, lines: string[]) =>
    lines.length > 0 ? [{ heading, text: lines.join("\n") }] : [];
  const shown = (names: string[]) =>
    names.length > 60 ? [...names.slice(0, 60), `…and ${names.length - 60} more`] : names;
  return {
    title: `RSVPs — ${event.event.title} (${formatDate(event.date)})${options.narrowedTo ? ` — ${options.narrowedTo}` : ""}`,
    sections: [
      { fields },
      ...section(
        "Confirmed",
        allocation.confirmed.map((answer) => `• ${listLine(answer)}`),
      ),
      ...section(
        "Waitlist (in order)",
        allocation.waitlisted.map((answer, index) => `${index + 1}. ${listLine(answer)}`),
      ),
      ...section(
        "Tentative",
        allocation.tentative.map((answer) => `• ${listLine(answer)}`),
      ),
      ...section(
        "Declined",
        allocation.declined.map((answer) => `• ${listLine(answer)}`),
      ),
      ...section(
        "Not answered yet",
        shown(options.notAnswered ?? []).map((name) => `• ${name}`),
      ),
    ],
    footer: `Party sizes count each invitee plus their experts (${allocation.confirmed.reduce((sum, answer) => sum + partySize(answer), 0)} confirmed). Type "export ${event.event.kind} RSVPs" for a CSV.`,
  };
}
