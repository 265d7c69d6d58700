/**
 * Arabic words of the RSVP answer ("rsvp نعم مع 2 خبراء: Ana Lima, Raj Patel"), read beside
 * the English ones by `bot/language/grammar.ts`. Data only; notation as in
 * `locales/en/grammar.ts`. "و" (and) is written onto the next word, so it does not join names
 * here; commas do.
 */
import type { LocaleGrammar } from "../../grammar.js";

/** @example arabicGrammar.rsvp?.with?.includes("مع") === true */
export const arabicGrammar: LocaleGrammar = {
  locale: "ar",
  rsvp: {
    declinedFirst: ["لا"],
    declined: ["لن أحضر", "لن احضر", "لا أستطيع الحضور", "لا استطيع الحضور", "أعتذر", "اعتذر"],
    tentative: ["ربما", "قد أحضر", "غير متأكد", "غير متأكدة"],
    attending: ["نعم", "سأحضر", "ساحضر", "حاضر", "موافق"],
    noExperts: ["بمفردي", "وحدي", "بدون خبراء"],
    with: ["مع"],
    experts: ["خبير", "خبراء", "خبيرين", "خبيران"],
    eventFiller: ["إلى", "الى", "في", "شكرا"],
  },
};
