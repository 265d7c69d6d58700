/**
 * English answer wording, as i18next resources: every sentence the programme answers say
 * that is not a fact from `data/`. Placeholders are `{{name}}`; a new language copies this
 * file with the same keys and placeholders (a test checks).
 */
export const englishMessages = {
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
    line: "{{clock}} {{fromLabel}} = {{converted}} {{toLabel}}",
    venueNote: 'Read as {{fromLabel}}: name the zone to convert from another ("3pm New York time in Delhi").',
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
export type Messages = typeof englishMessages;
