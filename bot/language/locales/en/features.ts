/**
 * English wording of the delegate- and POC-facing features (help, home, reminders, POC
 * self-service, ping tests), as i18next resources beside the programme answers of
 * `messages.ts`. Plurals use i18next's `_one`/`_other` keys (`Intl.PluralRules`); a
 * language copies this file with its own plural forms (a test checks keys and placeholders).
 */
export const englishFeatures = {
  help: {
    modules: {
      reminders: {
        title: "Reminders",
        examples:
          "remind me 15 minutes before every session\nremind me about the reception\nremind me about capacity-building 30 minutes before\nremind me about Thursday\nmy reminders\nremind me 10 minutes before the next session\nchange my reminder to 30 minutes before\nstop reminders (or: stop reminders about the reception)",
      },
      rsvp: {
        title: "Reception RSVPs",
        examples:
          "rsvp attending with 2 experts: Ana Lima, Raj Patel\nrsvp tentative / rsvp declined\nmy RSVPs",
      },
      poc: {
        title: "POC directory (Points of Contact)",
        examples:
          "my details\nchange my phone to +254 20 123 4567 (also: email, title, organisation, 24/7 phone, hours, zone, fingerprint)",
      },
      timeZone: {
        title: "Your time zone",
        examples: "my time zone is Tokyo\nmy time zone\nreset my time zone",
      },
      revisions: {
        title: "Programme changes",
        examples: "stop change notices\nstart change notices",
      },
      calendar: {
        title: "Calendar",
        examples:
          "add Thursday to my calendar\nadd capacity-building to my calendar\nadd the whole programme to my calendar\ncalendar link",
      },
      language: {
        title: "Language",
        examples: "language: français\nen español por favor\nпо-русски\n请用中文\nبالعربية\nEnglish please",
      },
    },
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
    whichToChange:
      'Your reminders:\n{{list}}\nWhich one? E.g. "change my reminder for the reception to {{lead}}", or "change all my reminders to {{lead}}". Nothing was changed.',
    noneNamed:
      'None of your reminders is for that. Your reminders:\n{{list}}\nSay which one by its event or day, e.g. "change my reminder for the reception to {{lead}}". Nothing was changed.',
    severalNamed:
      'Several of your reminders fit that. Your reminders:\n{{list}}\nSay which one, e.g. "change my reminder for the reception to {{lead}}", or "change all my reminders to {{lead}}". Nothing was changed.',
    lines: {
      /** A reminder line's session and when it is. */
      sessionWhen: "{{label}}, {{when}}",
      noUpcoming: "No upcoming reminders.",
      pastHidden_one: "({{count}} for a session already begun or over, not shown)",
      pastHidden_other: "({{count}} for sessions already begun or over, not shown)",
      gone: "{{id}} (no longer in the programme)",
      becauseRsvp: " (because you RSVP'd attending)",
    },
    remark: {
      was: "was {{lead}}",
      alreadyHad: "you already had this reminder",
      replaces: "the same session as your reminder about {{what}}, which it replaces",
      insteadOfEvery: "instead of your every-session reminder {{lead}}",
    },
    isNow: "{{label}} starts {{in}} ({{when}}) — {{lead}} is now, so this is your reminder.",
    tooSoon:
      "{{label}} starts {{in}} ({{when}}), sooner than {{lead}}: no reminder was set. For a shorter one, ask for {{minutes}} minutes before.",
    relative: {
      now: "now",
      in: "in {{amount}}",
      ago: "{{amount}} ago",
    },
    empty: 'You have no reminders. Try "remind me 15 minutes before every session".',
    nextHeading: "Next",
    listFooter:
      'Say "stop reminders" to stop them all, "stop reminders about …" for one, or "change my reminder to 30 minutes before".',
    stoppedAbout: "Done: no more reminders about {{what}}.{{still}}",
    noneAbout: "You had no reminder about {{what}}.{{still}}",
    noneAboutOwn: "You had no reminder about {{what}} on its own.{{still}}",
    stillEvery:
      ' You still have reminders before every session, which include it; say "stop reminders for every session" to end those.',
    error: {
      begun: "{{label}} ({{when}}) has already begun or taken place.",
      begunMany: "These have already begun or taken place:\n{{list}}",
      outOfRange:
        'Reminders can come from the start time up to 24 hours before; "{{words}}" is outside that.',
      outOfRangeUnquoted:
        "Reminders can come from the start time up to 24 hours before; what you asked for is outside that.",
      clockTime:
        'I remind you a set time before a session starts (from its start up to 24 hours before), not at a clock time: e.g. "remind me about the reception 2 hours before".',
      what: 'Remind you of what? e.g. "remind me 15 minutes before every session", "remind me before the next session" or "remind me about the reception".',
      notFound:
        'I couldn\'t find "{{what}}" in the programme. Try "the next session", a topic ("capacity-building"), a day ("Thursday"), "the reception", "agenda item 5" or "every session".',
      notFoundUnquoted:
        'I couldn\'t find that in the programme. Try "the next session", a topic ("capacity-building"), a day ("Thursday"), "the reception", "agenda item 5" or "every session".',
      stopNotFound: 'I couldn\'t find "{{what}}" in the programme. Type "my reminders" to see yours.',
      stopNotFoundUnquoted: 'I couldn\'t find that in the programme. Type "my reminders" to see yours.',
      nothingNext:
        "Nothing is left in the programme after now, so there is no next session to remind you of.",
      nothingToChange:
        'You have no upcoming reminder to change. Say, e.g., "remind me 30 minutes before the next session".',
      staleButton: 'That button is no longer active. Type "my reminders" to see yours.',
    },
    card: {
      today: "Reminder: {{label}} is today",
      startsIn: "Reminder: {{label}} starts in {{amount}}",
      startingNow: "Reminder: {{label}} is starting now",
      started: "Reminder: {{label}} started {{amount}} ago",
      when: "When",
      yourTime: "Your time",
      where: "Where",
      items: "Items",
      moved: "⚠ This has moved: it was first announced for {{before}}. The time below is the current one.",
      addToCalendar: "Add to my calendar",
      stop: "Stop these reminders",
    },
    aboutOne: "I'll remind you about {{what}}.",
    aboutMany: "I'll remind you about:\n{{list}}",
    everySessionLine: "Every session — {{lead}}",
    stoppedNone: 'You had no reminders, so there was nothing to stop. Say "remind me …" to have one.',
    automatic: " (including the automatic one for an event you RSVP'd to)",
    stopped_one:
      'Done: {{count}} reminder stopped{{automatic}}, and no automatic reminders for events you RSVP to. Say "remind me …" to start again.',
    stopped_other:
      'Done: {{count}} reminders stopped{{automatic}}, and no automatic reminders for events you RSVP to. Say "remind me …" to start again.',
    everySession: "I'll remind you {{lead}} every session{{changed}}.{{next}}",
    was: " (was {{lead}})",
    next: " The next one: {{label}}, {{when}}.",
    noneLeft: " No session is left in the programme, though.",
    title: "Your reminders",
    stoppedEvery: "Done: no more reminders before every session.",
    noneEvery: "You had no reminder for every session.",
    /** A time at the venue with the reader's own beside it (Russian: no bracket after the venue's "(Нью-Йорк)"). */
    whenBoth: "{{venue}} ({{asker}})",
    lead: {
      /** A date-only milestone is reminded of at {{time}} venue time ({{zone}}: "New York time"). */
      milestoneStart: "at {{time}} {{zone}} on the day",
      milestoneDayBefore: "at {{time}} {{zone}} the day before",
      milestoneBefore: "{{amount}} before {{time}} {{zone}} on the day",
      withWhen: "{{lead}} ({{when}})",
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
    sentByDm: "I've sent you a direct message.",
    emailPage: {
      confirmTitle: "Confirm your entry: {{heading}}",
      confirmText: "Press the button if all of this is still correct.",
      wrongTitle: "Something is wrong in your entry: {{heading}}",
      wrongText:
        "Press the button to tell the Secretariat, who will contact you to correct it. You can also correct it yourself by writing to the delegate bot in chat.",
      wrongButton: "Tell the Secretariat",
      wrongDone:
        "Thank you: the Secretariat has been told and will contact you to correct your entry. Nothing in it was changed.",
      changed:
        "Your entry has changed since this e-mail was sent; nothing was recorded. The next request will show it as it stands.",
    },
    reason: {
      phoneEmpty: "is empty; give a number such as +254 20 123 4567",
      extensionTooLong: 'the extension "{{ext}}" has {{digits}} digits; an extension has at most 10',
      phoneCharacters:
        '"{{written}}" contains characters other than digits, spaces and + ( ) - . /; write it like +254 20 123 4567 (an extension as "ext. 12")',
      noCountryCode:
        '"{{written}}" has no country code; write it in international format, starting with + and the country code (e.g. +41 22 917 1234)',
      phoneTooShort: '"{{written}}" is too short for a phone number',
      phoneTooShortIn: '"{{written}}" is too short for a phone number in {{country}}',
      phoneTooLong: '"{{written}}" is too long for a phone number',
      phoneTooLongIn: '"{{written}}" is too long for a phone number in {{country}}',
      unknownCountryCode: '"{{written}}" does not start with a known country code',
      phoneUnreadable: '"{{written}}" is not a phone number I can read; write it like +254 20 123 4567',
      phoneInvalid: '"{{written}}" is not a valid phone number (check the digits)',
      phoneInvalidIn: '"{{written}}" is not a valid phone number in {{country}} (check the digits)',
      hoursSpan:
        '"{{written}}" is not a span of working hours; write them like 09:00-17:00, optionally followed by the days, e.g. 09:00-17:00 Mon-Fri',
      startClock: "{{time}} is not a time of day (00:00 to 23:59)",
      endClock: "{{time}} is not a time of day (00:00 to 24:00)",
      startAt24: "the hours cannot start at 24:00",
      endBeforeStart:
        "the end ({{end}}) must be after the start ({{start}}); for round-the-clock cover write 00:00-24:00 Mon-Sun",
      days: '"{{written}}" is not a day or a range of days; use e.g. Mon-Fri or Sun-Thu',
      emailNeeded: "at least one email address is needed",
      emailInvalid: '"{{written}}" is not a valid email address',
      fingerprintEmpty: "the PGP fingerprint is empty",
      fingerprintCharacters: "a PGP fingerprint has only the digits 0-9 and letters A-F; found {{found}}",
      fingerprintLength:
        "a PGP fingerprint has 40 hexadecimal characters (64 for v5/v6 keys); this one has {{length}}",
      zoneCity: '"{{written}}" is not an IANA time zone; for {{written}}, write {{zone}}',
      zoneUnknown: '"{{written}}" is not an IANA time zone; write it like Africa/Nairobi or Europe/Paris',
      textEmpty: "the {{field}} is empty",
      textLong: "the {{field}} is longer than 200 characters",
      textLines: "the {{field}} must be on one line",
      textLetters: "the {{field}} needs at least two letters",
    },
    error: {
      emptyValue: 'Tell me the new {{field}}, e.g. "change my {{field}} to …". Nothing was changed.',
      required:
        "A technical POC must have a {{field}}, so it cannot be removed; give the new one instead. Nothing was changed.",
      invalid: "That {{field}} is not valid: {{reasons}}. Nothing was changed.",
      invalidHours: "Those working hours are not valid: {{reasons}}. Nothing was changed.",
      notSet: "Your {{field}} is not set. Nothing was changed.",
      emailOne: 'Give one e-mail address, e.g. "add name@example.org to my emails". Nothing was changed.',
      emailListed: "{{email}} is already one of your addresses. Nothing was changed.",
      emailNotListed: "{{email}} is not one of your addresses ({{list}}). Nothing was changed.",
      already: "Your {{field}} is already {{value}}. Nothing was changed.",
      zonePlaceUnknown:
        'I don\'t know a time zone for "{{written}}". Write your city (e.g. "Nairobi") or the IANA time zone (e.g. "Africa/Nairobi"). Nothing was changed.',
      zoneSeveral:
        '"{{written}}" has several time zones, so it does not say which one is yours. Write your city (e.g. "Chicago") or the IANA time zone (e.g. "America/Chicago"). Nothing was changed.',
      notSetHours: "Your {{field}} are not set. Nothing was changed.",
      alreadyHours: "Your {{field}} are already {{value}}. Nothing was changed.",
      whichType:
        'You are both the diplomatic and the technical POC of {{state}}; say which, e.g. "change my technical {{field}} to …". Nothing was changed.',
    },
    request: {
      changedSince: "The Secretariat changed your entry after you last confirmed it ({{day}}).",
      checkBy: "Please check these details and confirm them by {{due}}, or change what is wrong.",
      dueOn: "Your yearly confirmation is due on {{due}}. Are these details still correct?",
      confirmToday: "Please confirm these details today ({{due}}), or change what is wrong.",
      dueToday:
        "Your yearly confirmation is due today ({{due}}). Please confirm these details, or change what is out of date.",
      emailLinks: "Use one of the links below (opening a link alone records nothing).",
      emailChat:
        "Please answer by writing to the delegate bot in chat, from an account with this e-mail address.",
      stillCorrect: "My details are still correct",
      somethingWrong: "Something is wrong",
    },
    time: {
      never: "never",
      venue: "{{moment}} New York time",
      reader: "{{venue}} ({{time}} your time, {{zone}})",
    },
    confirmed: "Thank you: your details are confirmed. The next confirmation is due on {{day}}.",
    confirmPrompt:
      'Is everything below still correct? Click "Confirm, still correct" to confirm it for another 12 months. Nothing is recorded until you do.',
    changedSince:
      "Your record has changed since that card was shown; nothing was confirmed. Here it is as it stands now.",
    heading: "{{state}} ({{code}}) — {{type}} POC",
    type: { technical: "technical", diplomatic: "diplomatic" },
    // "my email is not …": what the record holds, and the question (no value proposed).
    denied: {
      holds: "Your {{field}} in the directory ({{type}} POC) is {{value}}.",
      ask: 'What is the right {{field}}? Write it as "change my {{field}} to …". Nothing was changed.',
    },
    field: {
      phone: "phone",
      phone247: "24/7 phone",
      emails: "email",
      name: "name",
      title: "title",
      organisation: "organisation",
      hours: "working hours",
      timeZone: "time zone",
      pgpFingerprint: "PGP fingerprint",
    },
    /** A field as the change preview's question names it (French adds the article). */
    fieldThe: {
      phone: "phone",
      phone247: "24/7 phone",
      emails: "email",
      name: "name",
      title: "title",
      organisation: "organisation",
      hours: "working hours",
      timeZone: "time zone",
      pgpFingerprint: "PGP fingerprint",
    },
    label: {
      phone: "Phone",
      phone247: "24/7 phone",
      emails: "Emails",
      name: "Name",
      title: "Title",
      organisation: "Organisation",
      hours: "Working hours",
      timeZone: "Time zone",
      pgpFingerprint: "PGP fingerprint",
      status: "Status",
      lastConfirmed: "Last confirmed",
      nextDue: "Next confirmation due",
    },
    status: {
      confirmed: "confirmed",
      changedBySecretariat:
        "changed by the Secretariat since the POC last confirmed it; not confirmed again yet",
      notYetConfirmed: "not yet confirmed by the POC",
      overdue: "confirmation overdue (was due {{day}})",
    },
    own: {
      zoneWithPlace: "{{zone}} ({{place}})",
      // The "next confirmation due" of a record the POC never confirmed: due now.
      dueNow: "now — not confirmed yet: please check and confirm",
      // An e-mail change sent to the Secretariat, not made yet ("my details").
      waitingEmails:
        "A change waits for the Secretariat since {{day}}: emails → {{list}} (asked by {{who}}). Until the Secretariat makes it, the entry below is unchanged.",
      title: "Your entry in the POC directory: {{heading}}",
      confirm: "Confirm, still correct",
      change: "Change a field",
      footer: 'You can also type e.g. "change my phone to +254 20 123 4567".',
    },
    edit: {
      title: "Change a field: {{heading}}",
      intro:
        "Which field ({{names}}) and its new value. I'll show you before and after, and change nothing until you confirm.",
      field: "Field",
      value: "New value",
      required: "Please fill in {{label}}.",
      preview: "Preview the change",
      unknownField: '"{{words}}" is not a field I can change; choose one of: {{names}}. Nothing was changed.',
    },
    preview: {
      cancelled: "Cancelled. Nothing was changed.",
      nothingToCancel: "There is no pending change to cancel. Nothing was changed.",
      title: "Change your {{field}}?",
      before: "Before",
      after: "After",
      confirm: "Confirm the change",
      cancel: "Cancel",
      footer: "Nothing changes until you confirm. This preview expires {{when}}.",
    },
    done: "Done: your {{field}} is now {{value}}. {{told}}",
    told: "The Secretariat will be notified.",
    logged: "The change is in the directory's change log.",
    noRecord:
      "I don't have a POC record for your chat account. I recognise POCs by the email address your chat platform has verified ({{email}}); if you are a POC, ask the Secretariat to add it to your entry in the directory.",
    noRecordNoEmail:
      "I don't have a POC record for your chat account: your chat platform has not shared a verified email address, which is how I recognise POCs. Please ask the Secretariat.",
    otherType:
      'You are the {{held}} POC of {{state}} ({{code}}), not its {{asked}} POC; leave out "{{asked}}" to see or change your record.',
    notYours: "Only the POC concerned can do that, from their own chat account. Nothing was changed.",
    alreadyApplied: "That change has already been applied.",
    whichConfirm:
      'You are both the diplomatic and the technical POC of {{state}}; say which, e.g. "confirm my technical details". Nothing was confirmed.',
    posixNote: "{{zone}} (that is {{offset}})",
    zoneFromPlace: 'You wrote "{{written}}": your record will hold the time zone {{zone}}.',
    emailNewAddresses:
      "New addresses are added by the Secretariat after a check: confirming sends them your request.",
    emailRemovedAddresses_one:
      "{{list}} would be removed from the record: to keep an address, list it in the change too.",
    emailRemovedAddresses_other:
      "{{list}} would be removed from the record: to keep an address, list it in the change too.",
    emailAccountWarning:
      "Warning: after this change your chat account ({{email}}) will no longer be recognised as this POC.",
    newEmails:
      "Thank you. New email addresses are added by the Secretariat after a check, because they decide who is recognised as this POC; I've passed your request ({{list}}) to them. Your record stays as it is until they add the new addresses.",
    notPending:
      "That change is no longer pending (it expired, was cancelled or was replaced by a newer one). Nothing was changed.",
    changedSincePreview:
      "Your record has changed since that preview was shown. Nothing was changed; please ask again.",
    whichWaiting:
      'Waiting for your answer: the change of your {{field}} to {{value}}, and {{list}}. Write "{{confirm}}" to apply the change, or "acknowledge" for the other. Nothing was changed or recorded.',
  },
  rsvp: {
    /** An event's time at the venue and the reader's, in a sentence. */
    whenBoth: "{{venue}}; {{asker}}",
    howTo: {
      invites:
        "The {{title}} ({{day}}) invites {{invited}}: the head of delegation answers and names the accompanying experts.",
      introList: "To put your answer on the Secretariat's list, type it here:",
      intro: "To answer, type it here:",
      attending:
        '• "rsvp attending", with experts: "rsvp attending with 2 experts: Ana Lima, Raj Patel" (an affiliation goes in brackets after a name)',
      others: '• "rsvp tentative" or "rsvp declined"',
      change:
        '• to change it: "change my rsvp to 1 expert: Ana Lima", "remove Ana Lima from my rsvp", "cancel my rsvp"',
      mine: '• "my RSVPs" shows your answer.',
    },
    ifYouMean: {
      attending: 'If you mean the {{title}} ({{day}}), type "rsvp attending".',
      declined: 'If you mean the {{title}} ({{day}}), type "rsvp declined".',
      tentative: 'If you mean the {{title}} ({{day}}), type "rsvp tentative".',
    },
    mine: {
      yourAnswer: "Your answer",
      toHost: "RSVP to the host",
      toHostValue: "{{link}} (answers here go to the Secretariat's list, not to the host)",
      answerBy: "Answer by",
      passed: "{{when}} (passed)",
      notAnswered: "not answered yet",
      notYours: "not yours to give (the invitation is for {{invited}})",
      none: "No event in the programme takes RSVPs at the moment.",
      footerOpen:
        'You can change an answer here until the event starts, e.g. "rsvp declined" or "rsvp attending with 1 expert: Ana Lima".',
      footerAfterDeadline:
        'The "Answer by" time has passed: until the event starts you can still decline or answer with fewer experts, e.g. "rsvp declined".',
      footerNamed: "Changes go through the head of delegation who named you.",
      toAttend: ' To attend, answer by the "Answer by" time.',
      closed: "Answers are closed or not yours to give for these events.",
    },
    notice: {
      you: "you",
      youAndExperts_one: "you and your {{count}} accompanying expert",
      youAndExperts_other: "you and your {{count}} accompanying experts",
      confirmedOrganiser:
        'Good news: a place has freed up at the {{title}} ({{when}}). Your place is now confirmed for {{party}}. If you can no longer come, reply "rsvp declined".',
      confirmedList:
        'A place has freed up on the Secretariat\'s list for the {{title}} ({{when}}): {{party}} are now on it. {{host}} If you can no longer come, reply "rsvp declined".',
      waitOrganiser:
        "The number of places at the {{title}} changed: you are now number {{position}} on the waitlist. I will tell you as soon as a place frees up.",
      waitList:
        "The number of places on the Secretariat's list for the {{title}} changed: you are now number {{position}} on its waitlist. I will tell you as soon as a place on it frees up.",
    },
    error: {
      answerMissing:
        'Tell me your answer: "rsvp attending", "rsvp tentative" or "rsvp declined" — with experts, e.g. "rsvp attending with 2 experts: Ana Lima, Raj Patel".',
      countNotNumber: '"{{words}}" is not a number of experts; write a number from 0 to {{max}}.',
      organisation:
        '"{{organisation}}" looks like an organisation, not a person: a comma separates people, and an affiliation goes in brackets after the name, e.g. "{{example}}". Nothing was changed.',
      namedTwice: '"{{name}}" is named twice; name each expert once. Nothing was changed.',
      moreNames_one: "You named {{count}} expert but said {{said}}; give the right number, or fewer names.",
      moreNames_other:
        "You named {{count}} experts but said {{said}}; give the right number, or fewer names.",
      tooMany: "Experts: at most {{max}} accompanying experts.",
      nameShort: 'Expert name "{{name}}": an expert\'s name needs at least 2 characters.',
      nameLong: 'Expert name "{{name}}": an expert\'s name is at most 100 characters.',
      nameCharacters:
        'Expert name "{{name}}": an expert\'s name may contain letters, spaces, dots, apostrophes and hyphens only, and an affiliation in brackets at the end.',
      notUnderstood:
        'I didn\'t understand "{{words}}" in your answer (it names no event that takes RSVPs: {{list}}). Write, e.g., "rsvp attending with 2 experts: Ana Lima, Raj Patel" or "rsvp declined".',
      namedSelf:
        "You named yourself ({{name}}) as an expert: you are counted already as the head of delegation. Name only the people who accompany you. Nothing was changed.",
      namedBefore:
        'You named {{count}} experts before ({{names}}). Say who comes, e.g. "{{example}}". Nothing was changed.',
      capacity_one:
        "The {{title}} has {{count}} place in all, so a party of {{party}} can never get one. Answer with fewer experts, or contact the Secretariat. Nothing was changed.",
      capacity_other:
        "The {{title}} has {{count}} places in all, so a party of {{party}} can never get one. Answer with fewer experts, or contact the Secretariat. Nothing was changed.",
      noExperts: "You have not named any experts for the {{title}}. Nothing was changed.",
      notAmong: '"{{wanted}}" is not among the experts you named ({{names}}). Nothing was changed.',
      changeTo:
        'Say what to change it to, e.g. "rsvp attending with 1 expert: Ana Lima", "rsvp tentative" or "rsvp declined".',
      noEvents: "No event in the programme takes RSVPs.",
      unknownEvent: 'I know no event that takes RSVPs called "{{words}}". Events that take RSVPs: {{list}}.',
      whichEvent:
        'Which event? Several take RSVPs: {{list}}. Name it, e.g. "rsvp attending to the {{kind}}".',
      tookPlace: "The {{title}} took place on {{day}}; answers are closed.",
      begun: "The {{title}} has already begun, so answers are closed.",
      notInvited:
        "The {{title}} invites {{invited}}. If you accompany your head of delegation, ask them to name you as an expert when they answer.",
      namedGuests: "named guests",
      deadlinePassedFewer:
        "The RSVP deadline ({{when}}) has passed: you can still decline, or answer with fewer experts; to bring more, please contact the Secretariat. Nothing was changed.",
      deadlinePassed:
        "The RSVP deadline ({{when}}) has passed. You can still decline; to attend, please contact the Secretariat.",
      staleInvitation:
        'That invitation is no longer valid. Type "my RSVPs" to see the events that take RSVPs.',
    },
    card: {
      title: "Invitation: {{title}}",
      when: "When",
      yourTime: "Your time",
      where: "Where",
      invited: "Invited",
      rsvpToHost: "RSVP to the host",
      answerBy: "Please answer by",
      answerHereBy: "Answer here by",
      places: "Places",
      placesList: "Places on the Secretariat's list",
      placesValue: "limited; a waitlist in order of answers applies when full",
      yourAnswer: "Your answer",
      honour: "{{host}} has the honour to invite you.",
      expertsCount: "Number of accompanying experts",
      expertsNames: "Names of accompanying experts (comma-separated)",
      footerDeadline:
        'You can change your answer here until the date above: click again, or type e.g. "rsvp attending with 2 experts: Ana Lima, Raj Patel".',
      footerStart:
        'You can change your answer here until the event starts: click again, or type e.g. "rsvp attending with 2 experts: Ana Lima, Raj Patel".',
    },
    mineTitle: "Your RSVPs",
    party: "the {{title}} ({{when}})",
    partyWithExperts: "the {{title}} ({{when}}) {{experts}}",
    attendingList: "Thank you — noted on the Secretariat's list as attending {{party}}.{{host}}{{start}}",
    attendingOrganiser: "Thank you — you are attending {{party}}: {{place}}.{{start}}",
    waitlistOrganiser:
      "You are on the waitlist (number {{position}}) for {{party}}: the event is full. I will tell you as soon as a place frees up.",
    waitlistList:
      "You are on the Secretariat's waitlist (number {{position}}) for {{party}}: its list is full. I will tell you as soon as a place on it frees up.{{host}}",
    tentativeOrganiser:
      'Noted as tentative for the {{title}} ({{when}}); say "rsvp attending" when you know.',
    tentativeList:
      'Noted as tentative for the {{title}} ({{when}}) on the Secretariat\'s list; say "rsvp attending" when you know.{{host}}',
    declinedOrganiser: "Thank you — noted that you will not attend the {{title}}.",
    declinedList:
      "Thank you — noted on the Secretariat's list that you will not attend the {{title}}. This list is not the host's.",
    declinedListLink:
      "Thank you — noted on the Secretariat's list that you will not attend the {{title}}. This list is not the host's: if you answered the host at {{link}}, please tell them there too.",
    remindHour: " I will remind you an hour before it starts.",
    startsIn_one: " It starts in {{count}} minute.",
    startsIn_other: " It starts in {{count}} minutes.",
    experts_one: "with {{count}} accompanying expert ({{detail}})",
    experts_other: "with {{count}} accompanying experts ({{detail}})",
    namesToFollow: "names to follow",
    /** Between two sentences of a reply (none after Chinese "。"). */
    sentenceGap: " ",
    /** Between expert names in a list ("Ana Lima, Raj Patel"). */
    nameSeparator: ", ",
    namesMissing_one: "{{names}}; {{count}} name to follow",
    namesMissing_other: "{{names}}; {{count}} names to follow",
    placeConfirmedOrganiser: "your place is confirmed",
    placeConfirmedList: "on the Secretariat's list",
    placeWaitOrganiser: "the event is full, so you are number {{position}} on the waitlist",
    placeWaitList: "the Secretariat's list is full, so you are number {{position}} on its waitlist",
    hostLine: "This list is kept for the Secretariat; it is not an RSVP to the host. {{rest}}",
    hostLink: "To confirm your participation, the invitation asks you to RSVP at {{link}}.",
    hostNoLink: "The invitation gives no link to RSVP to the host.",
    button: { attending: "Attending", tentative: "Tentative", declined: "Declined" },
  },
  calendar: {
    notFound:
      'I couldn\'t find "{{words}}" in the programme. Try "add Thursday to my calendar", "add capacity-building to my calendar" or "add the whole programme to my calendar".',
    notFoundUnquoted:
      'I couldn\'t find that in the programme. Try "add Thursday to my calendar", "add capacity-building to my calendar" or "add the whole programme to my calendar".',
    noPublicUrl:
      "I can't give you a calendar link: the bot's public web address (PUBLIC_URL) is not configured. Please ask the bot's administrator to set it.",
    whole: "The whole programme",
    mine: "Your sessions",
    oneEvent: "The event",
    events_one: "{{count}} event",
    events_other: "{{count}} events",
    title: "{{what}} for your calendar",
    addOne:
      'Open this link to add "{{summary}}" to your calendar. Opening it again later updates it rather than adding copies:\n{{link}}',
    addMany_one:
      "Open this link to add {{count}} event to your calendar. Opening it again later updates it rather than adding copies:\n{{link}}",
    addMany_other:
      "Open this link to add {{count}} events to your calendar. Opening it again later updates them rather than adding copies:\n{{link}}",
    feed: "To keep the whole programme in your calendar with every change, subscribe to your personal feed (don't share it):\n{{feed}}",
    served:
      'Times are exact instants, shown by your calendar in your own zone. Lost the link to someone? Say "reset my calendar link".',
    notServed:
      "Note: the bot's web server is not running right now (it runs when the bot is connected to a chat platform), so these links will work only then.",
    sentPrivately: "I've sent you the calendar link in a direct message.",
    resetDone:
      'Done: your old calendar links no longer work. Say "calendar link" for the new one, and subscribe to it again in your calendar app.',
    nothingOnDay: "Nothing is in the programme on {{day}}.",
    followNothing:
      'You follow nothing yet: say "remind me about …" or RSVP to an event, or "add the whole programme to my calendar".',
    sessionGone: 'That session is no longer in the programme. Try "add the whole programme to my calendar".',
  },
  links: {
    unknownTitle: "Link not recognised",
    unknownText:
      "This link is not valid: it may have been copied incompletely. Nothing was recorded. Please use the link in your e-mail exactly as it is, or answer in chat.",
    expiredTitle: "Link expired",
    expiredText:
      "This link expired on {{when}}. Nothing was recorded. If something is still needed from you, the Secretariat will send a new one.",
    usedTitle: "Already used",
    usedText: "This link was already used, on {{when}}; that answer stands. Nothing more was recorded.",
    closedTitle: "No longer needed",
    closedText: "This request is closed or was cancelled. Nothing was recorded.",
    failedTitle: "Not recorded",
    failedText:
      "Something went wrong on our side and nothing was recorded. Please try the link again in a few minutes.",
    thanks: "Thank you",
  },
  ping: {
    notPinged:
      "{{name}} did not reach you: neither a chat account nor your e-mail could be reached when it was sent, so the Secretariat sees you as not reachable for that test. Nothing was recorded. Now that you have talked to the bot, the next ping test will reach you here.",
    cancelledBy:
      "This ping test was cancelled by the Secretariat ({{when}}); no acknowledgement is needed. Nothing was recorded.",
    cancelledByOf:
      "{{name}} was cancelled by the Secretariat ({{when}}); no acknowledgement is needed. Nothing was recorded.",
    page: {
      alreadyTitle: "Already acknowledged",
      text: "Press the button to acknowledge {{name}}. It closes {{when}}.",
      cancelled: "This ping test was cancelled; no acknowledgement is needed. Nothing was recorded.",
      alreadyRecorded: "This ping had already been acknowledged, at {{when}}. Nothing more was recorded.",
    },
    waiting_one:
      "{{count}} messages are waiting for your acknowledgement: {{list}} — please click Acknowledge on the one you mean. Nothing was recorded.",
    waiting_other:
      "{{count}} messages are waiting for your acknowledgement: {{list}} — please click Acknowledge on the one you mean. Nothing was recorded.",
    testOf: "the ping test of {{when}} ({{id}})",
    notYetChat:
      '{{name}} has not reached you yet: it is being sent to you in chat. Nothing was recorded: when it arrives, click Acknowledge on it or write "received" again.',
    notYetEmail:
      '{{name}} has not reached you yet: it is on its way to you by e-mail. Nothing was recorded: when it arrives, open its link or write "received" here again.',
    notDelivered:
      "The message of {{name}} has not been delivered to this chat account, so there is nothing to acknowledge yet. Nothing was recorded.",
    card: {
      title: "Ping test of the POC directory",
      reminderTitle: "Reminder: ping test of the POC directory",
      notYet: "You have not acknowledged this ping yet.",
      body: "This is a test that the Global POC Directory can reach the {{type}} POC of {{state}}.",
      askChat: 'Please click Acknowledge (or reply "acknowledge") before {{when}}.',
      askLink:
        "Please open the link below and press Acknowledge before {{when}}. Opening the link alone records nothing.",
      askNoLink:
        'Please acknowledge before {{when}} by writing "acknowledge" to the delegate bot in chat, from the account with this e-mail address, or by telling the Secretariat.',
      button: "Acknowledge",
      footer: "Ping test {{id}}",
    },
    name: "ping test {{id}} ({{type}} POC of {{state}})",
    recorded: "Thank you: your acknowledgement was recorded at {{when}}.",
    recordedOf: "Thank you: your acknowledgement of {{name}} was recorded at {{when}}.",
    already: "You had already acknowledged this ping, at {{when}}.",
    alreadyOf: "You had already acknowledged {{name}}, at {{when}}.",
    late: " That was after the test closed, so it counts as late.",
    notAddressed:
      "This ping was addressed to another Point of Contact; only they can acknowledge it, from a chat account with their verified email. Nothing was recorded.",
    noneOpen:
      "No ping test is open for you right now, so nothing was recorded. The next one, {{title}}, is due on {{date}}: please acknowledge its message when it reaches you.",
    nothing: "There is no ping test addressed to you to acknowledge. Nothing was recorded.",
    questionPending:
      'Your acknowledgement of {{name}} is not recorded yet, and this question records nothing: to acknowledge, click Acknowledge on the ping or write "received" (without a question mark).',
    questionRecorded: "Yes: your acknowledgement of {{name}} is recorded, at {{when}}.",
    questionWaiting:
      'Waiting for your acknowledgement: {{list}}. Nothing was recorded: to acknowledge, click Acknowledge on the message or write "received" (without a question mark).',
    closed:
      "This ping test closed on {{when}}; acknowledgements were taken until {{until}}. Nothing was recorded.",
    closedOf:
      "The {{name}} closed on {{when}}; acknowledgements were taken until {{until}}. Nothing was recorded.",
  },
  timeZone: {
    unknown:
      'I don\'t know "{{text}}" as a time zone. Name a city ("Tokyo", "Geneva", "New York") or an IANA zone ("Asia/Tokyo").',
    unknownPlace:
      'I don\'t know the time zone of the place you named. Name a city ("Tokyo", "Geneva", "New York") or an IANA zone ("Asia/Tokyo").',
    badOffset:
      '"{{text}}" is not an offset any place uses. Name a city ("Tokyo", "Geneva", "New York") or an IANA zone ("Asia/Tokyo").',
    chosen:
      "Your time zone is now {{zone}}: answers and reminders show times in it beside the venue's. Say \"reset my time zone\" to follow your chat app's zone again.",
    showChosen:
      'Your time zone is {{zone}}, which you chose. Say "reset my time zone" to follow your chat app\'s zone, or "my time zone is …" to change it.',
    showApp:
      'Your time zone is {{zone}}, as your chat app gives it. If that is wrong, say "my time zone is …" with a city ("my time zone is Geneva").',
    showListed:
      'Your time zone is {{zone}}, the one your POC directory record gives. To see times in another, say "my time zone is …" with a city ("my time zone is Geneva"); "change my time zone to …" changes the record.',
    showNone:
      'Your chat app has not told me your time zone, so I show the venue\'s time only. Say "my time zone is …" with a city ("my time zone is Geneva") to see times in yours too.',
    notChosenApp: "You had not chosen a time zone; times already follow your chat app's, {{zone}}.",
    notChosenNone:
      "You had not chosen a time zone, and your chat app gives none: I show the venue's time only.",
    resetApp: "Done: times follow your chat app's zone again, {{zone}}.",
    resetNone: "Done: your chat app gives no time zone, so I show the venue's time only.",
  },
  changeNotices: {
    off: 'Done: I won\'t send you programme change notices any more. Say "start change notices" to have them again.',
    on: "Done: I'll tell you when a session you follow changes.",
  },
  forms: {
    /** A card's label and value on one line of text ("When: Mon 4 Mar"). */
    field: "{{label}}: {{value}}",
    typeNumber: "(type a number to choose)",
    opens: "A form opens when you choose: {{names}}",
    optional: "{{label}} (optional)",
    cancel: "Cancel",
    failed: "Sorry, I couldn't open that form. Please click the button again.",
    shortened: "(Shortened: this card is longer than this app can show.)",
  },
};

/** The shape every language's feature wording has (plural keys may differ per language). */
export type Features = typeof englishFeatures;
