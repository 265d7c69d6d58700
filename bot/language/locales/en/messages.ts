/**
 * English answer wording, as i18next resources: every sentence the programme answers say
 * that is not a fact from `data/`. Placeholders are `{{name}}`; a new language copies this
 * file with the same keys and placeholders (a test checks).
 */
import { englishProgramme } from "./programme.js";

export const englishMessages = {
  programme: englishProgramme,
  fact: {
    "dress-code": "a dress code",
    meals: "catering or meals",
    parking: "parking",
    visas: "visas",
    wifi: "Wi-Fi",
    interpretation: "interpretation",
    passes: "passes or security",
    webcasting: "webcasting",
    seating: "seating",
    "rsvp-deadline": "an RSVP deadline",
    room: "a room",
    "end-time": "an end time",
    "remote-participation": "remote participation",
  },
  followUp: {
    day: 'Following on from your last question ({{day}}); say "today" for today.',
    carried: "Following on from your last question: {{what}}.",
    subject: "about {{subject}}",
    dayOf: "on {{day}}",
    zone: "times in {{zone}}",
    sameTime: "the same time",
    part: { morning: "the morning", afternoon: "the afternoon", evening: "the evening" },
  },
  greeting: {
    hello:
      'Hello! Ask me about the programme: "what\'s on today?", "where is the reception?", "what\'s next?".',
    thanks: "You're welcome.",
  },
  gap: {
    title: "The letters do not say {{what}}",
    body: "{{subject}}: the letters give no {{what}}. I only answer from what they say; ask the Secretariat.",
    bodyNoSubject: "The letters give no {{what}}. I only answer from what they say; ask the Secretariat.",
    online:
      "{{subject}}: the letter gives no online or remote participation for it; it says where it is held ({{place}}).",
    onlineHybrid: '{{subject}} is held in a hybrid format ({{place}}). The letter says: "{{note}}"',
  },
  conversion: {
    title: "{{from}} is {{to}}",
    place: "{{place}} time",
    line: "{{clock}} {{fromLabel}} = {{converted}} {{toLabel}}",
    venueNote:
      'Read as {{fromLabel}}, the venue\'s. To convert from another zone, name it: "3pm Nairobi time in Delhi".',
  },
  language: {
    chosen: "I will answer you in English. You can change it at any time: say the language's name.",
    unsupported:
      'Sorry, I can answer only in these languages: {{languages}}. Write in one of them, or choose one: "English please", "language: français".',
    choose: "Language",
  },
  fallback: {
    notUnderstood:
      'Sorry, I didn\'t understand that. Try "what\'s on Thursday afternoon?", "when is the reception?", "what\'s next?" — or type "help" to see everything I can do.',
    staleButton: 'That button is no longer active. Type "help" to see what I can do.',
  },
  zone: {
    offer:
      'You said you are in {{place}} ({{zone}}). Say "my time zone is {{place}}" and answers will show times there too.',
  },
} as const;

/**
 * The shape every locale's messages file has.
 * @example const fr: Messages = { ...englishMessages };
 */
export type Messages = Shape<typeof englishMessages>;

/** Intl.PluralRules categories: a plural message is a key per category (`days_one`, `days_few`…). */
type PluralCategory = "zero" | "one" | "two" | "few" | "many" | "other";

/**
 * The same keys, any wording; plural keys (`…_one`, `…_other`) are each locale's own set
 * of categories (Russian adds `_few` and `_many`, Arabic all six): a test checks them
 * against `Intl.PluralRules`.
 */
type Shape<T> = {
  [K in keyof T as K extends `${string}_${PluralCategory}` ? never : K]: T[K] extends string
    ? string
    : Shape<T[K]>;
} & { [plural: `${string}_${PluralCategory}`]: string };
export type ProgrammeMessages = Messages["programme"];
