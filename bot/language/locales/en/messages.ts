/**
 * English answer wording, as i18next resources: every sentence the programme answers say
 * that is not a fact from `data/`. Placeholders are `{{name}}`; a new language copies this
 * file with the same keys and placeholders (a test checks).
 */
import { englishProgramme } from "./programme.js";

export const englishMessages = {
  programme: englishProgramme,
  fact: {
    recording: "a recording",
    "public-access": "public access",
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
    samePlaces: "the same two places",
    part: { morning: "the morning", afternoon: "the afternoon", evening: "the evening" },
  },
  greeting: {
    hello:
      'Hello! Ask me about the programme: "what\'s on today?", "where is the reception?", "what\'s next?" — or type "help" to see everything I can do.',
    thanks: "You're welcome.",
  },
  gap: {
    title: "The letters do not say {{what}}",
    body: "{{subject}}: the letters give no {{what}}. I only answer from what they say; ask the Secretariat.",
    bodyNoSubject: "The letters give no {{what}}. I only answer from what they say; ask the Secretariat.",
    online:
      "{{subject}}: the letter gives no online or remote participation for it; it says where it is held ({{place}}).",
    onlineInPerson:
      "{{subject}} is held in person ({{place}}); the letter gives no online or remote participation for it.",
    onlineHybrid: '{{subject}} is held in a hybrid format ({{place}}). The letter says: "{{note}}"',
  },
  revisions: {
    /** The note programme answers add next to a changed occurrence ("⚠ Changed on Tue 5 Mar (was 3:00 PM)"). */
    changedOn: "changed on {{date}}",
    changedOnWas: "changed on {{date}} (was {{was}})",
    cancelledOn: "cancelled on {{date}}",
    noRoomBefore: "no room given",
    noLinkBefore: "no link given",
    moved: "{{label}}: moved to {{when}} (was {{before}})",
    roomNow: "{{label}}: the room is now {{after}} ({{was}})",
    roomWas: "was {{before}}",
    roomNoneBefore: "none was given before",
    roomGone: "{{label}}: no room any more (was {{before}})",
    linksNow: "{{label}}: links are now {{after}}",
    linksWere: " (were {{before}})",
    linksGone: "{{label}}: the links were removed (were {{before}})",
    cancelled: "{{label}} ({{before}}) is CANCELLED",
    reinstated: "{{label}} is back on the programme: {{after}}",
    added: "New: {{label}}, {{when}}",
    removed: "{{label}} ({{before}}) was removed from the programme",
    title: '"{{before}}" is now called "{{after}}"',
    details: "{{label}}: {{after}}",
    detailsGone: "{{label}}: notice removed",
    noticeTitle: "The programme has changed (version {{version}}, {{date}})",
    noticeFooter:
      'You are told because you have reminders or an RSVP for these. Say "stop change notices" to stop these messages.',
  },
  broadcast: {
    title: "Message from the Secretariat",
    ack: "Acknowledge",
    footer: "Please acknowledge that you have read this.",
    footerLink: "Please acknowledge that you have read this: open the link and press Acknowledge.",
    footerChat:
      'Please acknowledge that you have read this by writing "acknowledge" to the delegate bot in chat.',
    originalIn: "This message is in {{language}}: no translation into your language was given.",
    recorded: "Thank you: your acknowledgement is recorded.",
    already: "You had already acknowledged this message; thank you.",
    notAsked: "There is no acknowledgement to record for you on that message.",
    recordedOf: "Thank you: your acknowledgement of {{label}} is recorded.",
    alreadyOf: "You had already acknowledged {{label}}; thank you.",
    waiting: 'the broadcast of {{when}} ("{{text}}")',
    typedTooOld:
      "A typed word does not acknowledge a message that reached you more than {{days}} days ago, so nothing was recorded for {{list}}: if that is the one you mean, click Acknowledge on it.",
    pagePress: "Press the button to acknowledge that you have read it.",
  },
  conversion: {
    title: "{{from}} is {{to}}",
    /** One side of a conversion: its clock, place, zone abbreviation and offset, and date. */
    side: "{{clock}} {{place}} ({{zoneName}}), {{date}}",
    place: "{{place}} time",
    line: "{{clock}} {{fromLabel}} = {{converted}} {{toLabel}}",
    venueNote:
      'Read as {{fromLabel}}, the venue\'s. To convert from another zone, name it: "3pm Nairobi time in Delhi".',
    now: "It is {{there}}; at the venue, {{venue}}.",
    nowAtVenue: "It is {{venue}} at the venue.",
  },
  language: {
    chosen: "I will answer you in English. You can change it at any time: say the language's name.",
    unsupported:
      'Sorry, I can answer only in these languages: {{languages}}. Write in one of them, or choose one: "English please", "language: français".',
    choose: "Language",
  },
  fallback: {
    /** An empty message (spaces only, or nothing after the mention): what can be asked, no greeting. */
    empty:
      'Ask me about the programme: "what\'s on today?", "where is the reception?", "what\'s next?" — or type "help" to see everything I can do.',
    notUnderstood:
      'Sorry, I didn\'t understand that. Try "what\'s on Thursday afternoon?", "when is the reception?", "what\'s next?" — or type "help" to see everything I can do.',
    staleButton: 'That button is no longer active. Type "help" to see what I can do.',
  },
  file: {
    tooLarge:
      "{{name}} is {{size}} MB; I take files of up to {{limit}} MB. Nothing was changed. Split it, or import it with the command-line tool.",
    unsupportedType:
      "I read only CSV files (the roster or the POC directory) and YAML files (a programme); {{name}} is neither. Nothing was changed.",
    notText:
      "{{name}} is not a text file: save it as CSV or YAML in UTF-8 and send it again. Nothing was changed.",
    downloadFailed: "I couldn't download {{name}}. Nothing was changed; please send it again.",
    oneAtATime: "Please send one file at a time ({{count}} arrived together). Nothing was changed.",
    unknownCsv:
      'I can\'t tell what {{name}} is: its header is neither the roster\'s (email,name,state,roles) nor the POC directory\'s (state,type,name,…). Send it again with "import roster" or "import poc directory" in the same message. Nothing was changed.',
    pastedCsv:
      'That looks like lines of a CSV file. Alone, I can\'t tell what they are for: to import the roster or the POC directory (Secretariat), send the file as an attachment, or paste the lines again under "import roster" or "import poc directory" in the same message. Nothing was changed.',
  },
  secretariat: {
    ping: {
      noRecord: "{{state}} ({{code}}): no POC record",
      noType: "{{state}} ({{code}}): no {{type}} POC",
      cancelled_one:
        "Ping test {{id}} is cancelled: {{count}} ping or reminder not yet sent will not be sent; acknowledgements already given still count. Its report follows.",
      cancelled_other:
        "Ping test {{id}} is cancelled: {{count}} pings and reminders not yet sent will not be sent; acknowledgements already given still count. Its report follows.",
      cancelledAllSent:
        "Ping test {{id}} is cancelled: every ping and reminder had already been sent; acknowledgements already given still count. Its report follows.",
      absentHeading: "Not in the directory, so not pinged",
      absentReply: "Not in the directory, so not pinged: {{list}}.",
    },
    csv: {
      closingQuote:
        'row {{row}}: a cell in double quotes goes on after its closing quote (at "{{got}}"). Inside a quoted cell, write a double quote twice: "Peter ""Kip"" Otieno".',
      quoteNotClosed:
        'row {{row}}: a cell opens with a double quote (") that is never closed. Close it, or write a double quote inside a quoted cell twice ("").',
      openingQuote:
        'row {{row}}: a cell holds a double quote (") but is not itself in double quotes. Put the whole cell in double quotes and write the quote twice: "Peter ""Kip"" Otieno".',
    },
    export: {
      channel:
        "The POC directory holds contact details: ask for its export in a direct message to me, not in a channel. Nothing was sent.",
      empty: 'The POC directory is empty: import it first ("import poc directory").',
      whole: "The POC directory, {{count}} records (CSV; it imports back as it is):",
      part: "The POC directory, {{count}} records (CSV, part {{part}} of {{parts}}):",
    },
    /** The drafts in the list of broadcasts ("broadcasts"): waiting for their confirmation, not sent. */
    broadcastDrafts: {
      heading: "Drafts, not sent (a draft is kept for one hour):",
      line: "• {{id}} — draft by {{author}}, to {{audience}} (audience {{count}}): {{text}}",
    },
    /** A rehearsal of a broadcast draft ("rehearse broadcast [id]"), shown to its author only. */
    broadcastRehearsal: {
      heading:
        "Rehearsal of draft {{id}}, to {{audience}}: shown to you only, as a reader of {{language}} gets it. Nothing was sent; the draft still waits for its Confirm.",
      none: 'You have no broadcast draft waiting (a draft is kept for one hour). Compose the broadcast first ("broadcast to …: <text>"), then say "rehearse broadcast". Nothing was sent.',
      unknown:
        'There is no broadcast draft {{id}} waiting: it was confirmed, discarded or has expired (a draft is kept for one hour). Say "broadcasts" to list the drafts. Nothing was sent.',
    },
    template: {
      poc: 'POC directory CSV template: one line per POC; type is "diplomatic" or "technical"; several e-mails are separated by a semicolon; last_confirmed is a date (YYYY-MM-DD) or empty. Send it as a CSV file, or paste it under "import poc directory" in a direct message to me:\n{{template}}',
    },
    approval: {
      held: 'Held for a second Secretariat member\'s approval: {{what}}. Nothing is done until another member of the Secretariat says "approve {{id}}" (or "reject {{id}}") in a direct message to me; it waits 24 hours.',
      notice:
        '{{who}} asks for {{what}}. A second member of the Secretariat must approve it: say "approve {{id}}" or "reject {{id}}" in a direct message to me.',
      approvedNotice: "{{who}} approved {{id}} ({{what}}); it is being done.",
      rejectedNotice: "{{who}} rejected {{id}} ({{what}}); nothing was done.",
      none: "No approvals are waiting.",
      list: "Waiting for a second Secretariat member's approval:",
      item: "{{id}}: {{what}}, asked for by {{who}} ({{when}})",
      channel: "Approvals are decided in a direct message to me, not in a channel. Nothing was done.",
      unknown:
        'No approval {{id}} is waiting: it was decided already, has expired (after 24 hours) or never existed. Say "pending approvals" to list them. Nothing was done.',
      own: "You asked for {{id}} yourself: another member of the Secretariat must approve it. Nothing was done.",
      approved: "Approved {{id}} ({{what}}, asked for by {{who}}). Doing it now:",
      rejected: "Rejected {{id}} ({{what}}, asked for by {{who}}); nothing was done.",
      whatImport_one: "an import of the POC directory ({{count}} record)",
      whatImport_other: "an import of the POC directory ({{count}} records)",
      whatBroadcast_one: "a broadcast to {{audience}} ({{count}} message)",
      whatBroadcast_other: "a broadcast to {{audience}} ({{count}} messages)",
    },
    rsvp: {
      people_one: "{{count}} person",
      people_other: "{{count}} people",
      answers_one: "{{count}} answer",
      answers_other: "{{count}} answers",
      withExperts: "answers bringing experts",
      ofState: "{{state}}",
    },
    /** A person in the Secretariat's lists, always with their State (a POC with their type too). */
    who: {
      person: "{{name}} ({{state}})",
      noState: "{{name}} (no State on the roster)",
      poc: "{{name}} ({{state}}, {{type}} POC)",
    },
    /** "did li wei get it?": whether one person got the latest ping test or broadcast. */
    receipt: {
      noneSent: "No broadcast or ping test has gone out yet.",
      noPing: "No ping test has been run yet.",
      noBroadcast: "No broadcast has been sent yet.",
      pingHead: "Ping test {{id}}, started {{at}}:",
      broadcastHead: 'Broadcast {{id}} to {{audience}} ("{{title}}"), confirmed {{at}}:',
      whoIsMeant:
        'It is not clear who "{{pronoun}}" is: you have not just asked about one person. Say their name, as in "did Li Wei get it".',
      latestPing:
        'This is the latest of {{count}} ping tests. To ask about another, name it by its day or id: "did {{name}} get the ping of {{day}}" ("ping tests" lists them).',
      latestBroadcast:
        'This is the latest of {{count}} broadcasts. To ask about another, name it by its day, id or words of its text: "did {{name}} get the broadcast of {{day}}" ("broadcasts" lists them).',
      noSuchPing: 'No ping test matches "{{which}}". Recent ping tests: {{list}}.',
      noSuchBroadcast: 'No broadcast matches "{{which}}". Recent broadcasts: {{list}}.',
      nobodyPing:
        'No POC of ping test {{id}} is called "{{name}}". Give the name as the POC directory writes it, or say "ping test report {{id}}" for everyone.',
      nobodyBroadcast:
        'No recipient of broadcast {{id}} is called "{{name}}". Give the name as the roster writes it, or say "broadcast report {{id}}" for everyone.',
      several: '"{{name}}" matches several people; say the full name of the one you mean:',
      only: "Sorry, only the Secretariat can see who received a broadcast or a ping test.",
      ping: {
        inTime: "{{who}}: received it {{sent}} and acknowledged it {{at}}, in time.",
        late: "{{who}}: received it {{sent}} and acknowledged it late, {{at}}.",
        awaiting:
          "{{who}}: received it {{sent}}; not acknowledged yet (the window is open until {{closes}}).",
        noAnswer: "{{who}}: received it {{sent}}; never acknowledged it (the test closed {{closes}}).",
        pending: "{{who}}: not received yet; the ping is still being delivered.",
        failed: "{{who}}: not received; the ping reached them on no channel ({{reasons}}).",
        cancelled: "{{who}}: not pinged; the test was cancelled before their ping went out.",
      },
      broadcast: {
        sent: "{{who}}: received it {{at}} ({{channel}}).",
        pending: "{{who}}: not received yet; it is still being sent ({{channel}}).",
        failed: "{{who}}: not received; sending failed ({{channel}}: {{error}}).",
        cancelled: "{{who}}: not sent ({{channel}}); the broadcast was cancelled or it was too late.",
        unreachable: "{{who}}: not sent; not met in chat and no e-mail address.",
        acked: "{{who}}: acknowledged it {{at}}.",
        notAcked: "{{who}}: has not acknowledged it yet.",
      },
      channel: { chat: "in chat", email: "by e-mail" },
    },
  },
  zone: {
    offer:
      'You said you are in {{place}} ({{zone}}). Say "my time zone is {{place}}" and answers will show times there too.',
  },
  dashboard: {
    title: "Secretariat dashboard",
    skip: "Skip to content",
    signOut: "Sign out",
    nav: "Dashboard",
    overview: "Overview",
    rsvp: "RSVPs",
    poc: "POC directory",
    ping: "Ping tests",
    broadcasts: "Broadcasts",
    reminders: "Reminders",
    times: "Times are {{zone}} ({{tz}}).",
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
