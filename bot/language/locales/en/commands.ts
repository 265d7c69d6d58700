/**
 * English command words (see `../../commands.ts`). Data only; `[a|b]` is an optional choice
 * of words, `(a|b)` a required one, `…` any words.
 */
import type { CommandWords } from "../../commands.js";

/** @example englishCommands.numberWords["forty five"] === 45 */
export const englishCommands: CommandWords = {
  locale: "en",
  commands: {
    help: ["[/]help", "?", "what can (you|i) (do|ask)", "commands", "menu", "start", "hi", "hello", "hey"],
    myReminders: [
      "reminders",
      "[show|list|see|view|check|display] [me] [all] [of] [my|the] (reminder|reminders)",
      "[what|which] [are] [my] reminders [do i have]",
      "[do] i have [any] reminders",
      "what (am i|will i be) (reminded|subscribed) (of|about|to)",
    ],
    stopReminders: [
      "stop",
      "unsubscribe",
      "unsubscribe me",
      "stop it",
      "stop all",
      "stop everything",
      "unsubscribe all",
    ],
    myRsvps: ["[show|list] my (rsvps|rsvp)"],
    rsvpHelp: [
      "help [with|on] [the|my] (rsvp|rsvps)",
      "(rsvp|rsvps) help",
      "how (do|can|should) (i|we) (rsvp|answer the invitation|reply to the invitation|change my rsvp) [(for|to) …]",
      "how to rsvp [(for|to) …]",
    ],
    myDetails: [
      "[please] [show me|show|what are] my [diplomatic|technical] [poc] (details|record|entry|contact details) [in the directory|in the poc directory]",
    ],
    acknowledgePing: [
      "[i] (acknowledge|ack|acknowledged|received) [the] [ping|ping test|ping-test]",
      "ping [test] received",
      // "got the ping", "I've received the ping", "received, thanks" ("'" and "," read as a space).
      "[i] (got|have received|ve received) [the|your] (ping|ping test|ping-test|message|test)",
      "[ping] [test] received (thanks|thank you)",
    ],
    calendarLink: [
      "[my|the] calendar [link|url|feed|subscription]",
      "subscribe [me] to [the] (programme|calendar)",
    ],
    resetCalendarLink: [
      "(reset|renew|revoke|change) [my] calendar (link|url|feed|token|links|urls|feeds|tokens)",
    ],
  },
  terms: {},
  numberWords: {
    no: 0,
    zero: 0,
    a: 1,
    an: 1,
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    twelve: 12,
    fifteen: 15,
    twenty: 20,
    thirty: 30,
    "forty-five": 45,
    "forty five": 45,
    sixty: 60,
    ninety: 90,
    "half an": 0.5,
    "half a": 0.5,
    "a quarter of an": 0.25,
    "a quarter": 0.25,
  },
};
