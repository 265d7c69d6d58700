/**
 * English wording of the delegate- and POC-facing features (help, home, reminders, POC
 * self-service, ping tests), as i18next resources beside the programme answers of
 * `messages.ts`. Plurals use i18next's `_one`/`_other` keys (`Intl.PluralRules`); a
 * language copies this file with its own plural forms (a test checks keys and placeholders).
 */
export const englishFeatures = {
  help: {
    title: "Here is what you can ask me",
    footer: "Times are shown in the venue's time, and in yours when it differs.",
  },
  home: {
    title: "Coming up",
    onNow: " (on now)",
    nothing: "Nothing else is scheduled in the programmes I hold.",
    footer: 'Ask me anything about the programme, e.g. "what\'s on Thursday afternoon?"',
  },
  reminders: {
    everySession: "I'll remind you {{lead}} every session{{changed}}.{{next}}",
    was: " (was {{lead}})",
    next: " The next one: {{label}}, {{when}}.",
    noneLeft: " No session is left in the programme, though.",
    title: "Your reminders",
    stoppedEvery: "Done: no more reminders before every session.",
    noneEvery: "You had no reminder for every session.",
    lead: {
      start: "at the start",
      dayBefore: "the day before",
      hours_one: "{{count}} hour",
      hours_other: "{{count}} hours",
      minutes_one: "{{count}} minute",
      minutes_other: "{{count}} minutes",
      join: "{{hours}} {{minutes}}",
      before: "{{amount}} before",
    },
  },
  poc: {
    confirmed: "Thank you: your details are confirmed. The next confirmation is due on {{day}}.",
    changedSince:
      "Your record has changed since that card was shown; nothing was confirmed. Here it is as it stands now.",
  },
  ping: {
    recorded: "Thank you: your acknowledgement was recorded at {{when}}.",
    recordedOf: "Thank you: your acknowledgement of {{name}} was recorded at {{when}}.",
    already: "You had already acknowledged this ping, at {{when}}.",
    alreadyOf: "You had already acknowledged {{name}}, at {{when}}.",
    late: " That was after the test closed, so it counts as late.",
    notAddressed:
      "This ping was addressed to another Point of Contact; only they can acknowledge it, from a chat account with their verified email. Nothing was recorded.",
    nothing: "There is no ping test addressed to you to acknowledge. Nothing was recorded.",
  },
};

/** The shape every language's feature wording has (plural keys may differ per language). */
export type Features = typeof englishFeatures;
