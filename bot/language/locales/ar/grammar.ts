/**
 * Arabic words of the RSVP answer ("rsvp نعم مع 2 خبراء: Ana Lima, Raj Patel"), read beside
 * the English ones by `bot/language/grammar.ts`. Data only; notation as in
 * `locales/en/grammar.ts`. "و" (and) joins names only written apart ("محمد علي و سارة يوسف"):
 * written onto the next word it cannot be told from a name's first letter ("وليد"); commas
 * (Latin or "،") join names too. The dual "خبيرين" counts two experts.
 */
import type { LocaleGrammar } from "../../grammar.js";

/** @example arabicGrammar.rsvp?.with?.includes("مع") === true */
export const arabicGrammar: LocaleGrammar = {
  locale: "ar",
  myOnNoun: true,
  rsvp: {
    // "rsvp" then one of these asks about the RSVP (its link, how to answer): a question.
    asking: ["رابط", "الرابط", "كيف", "أين", "متى"],
    declinedFirst: ["لا"],
    declined: ["لن أحضر", "لن احضر", "لا أستطيع الحضور", "لا استطيع الحضور", "أعتذر", "اعتذر"],
    tentative: ["ربما", "قد أحضر", "غير متأكد", "غير متأكدة"],
    attending: ["نعم", "سأحضر", "ساحضر", "حاضر", "موافق"],
    noExperts: ["بمفردي", "وحدي", "بدون خبراء"],
    with: ["مع"],
    experts: ["خبير", "خبراء", "خبيرين", "خبيران", "الخبير", "الخبيرة"],
    twoExperts: ["خبيرين", "خبيران"],
    and: ["و"],
    listSeparators: ["،", "؛"],
    /** A yes-word that may come before a statement ("نعم, …"). */
    yes: ["نعم"],
    statementAttending: ["(سأحضر|ساحضر|سأشارك في|ساشارك في|سأكون في|ساكون في)"],
    statementDeclined: ["(لن أحضر|لن احضر|لن أشارك في|لن اشارك في|لا أستطيع حضور|لا استطيع حضور)"],
    statementTentative: ["(ربما|قد) (أحضر|احضر|سأحضر|ساحضر|آتي|اتي|أشارك في|اشارك في)"],
    eventFiller: ["إلى", "الى", "في", "شكرا"],
    // "احذف الخبير Léa Petit", "احذف Léa Petit من ردي": one expert fewer.
    removeExpert: ["[من فضلك|رجاء|الرجاء] (احذف|أزل|ازل|اشطب|أخرج|اخرج) [الخبير|الخبيرة]"],
    removeFrom: ["من (ردي|قائمتي|قائمة الخبراء)"],
    // "ألغ ردي على حفل الاستقبال": withdrawn, as "ألغ ردي".
    cancelFor: ["(ألغ|الغ|إلغاء|اسحب) (ردي|رد الحضور) (على|بخصوص|عن|ل|في) …"],
    // "Raj لن يحضر": خبير أقل؛ "فقط خبير واحد": من يبقى.
    expertAbsent: ["… (لن يحضر|لن تحضر|لا يستطيع الحضور|لا تستطيع الحضور)"],
    onlyLeads: ["فقط"],
    expertsChangeLeads: ["في الواقع", "عفوا"],
    withdrawVerbs: ["ألغ", "ألغِ", "الغ", "ألغه", "ألغها"],
  },
  poc: {
    please: ["من فضلك", "رجاء", "الرجاء"],
    changeVerbs: ["غير", "غيّر", "غيروا", "غيّروا", "عدل", "عدّل", "حدث", "حدّث", "حدّثوا", "استبدل"],
    my: [],
    types: {
      التقني: "technical",
      التقنية: "technical",
      الفني: "technical",
      الدبلوماسي: "diplomatic",
      الدبلوماسية: "diplomatic",
      تقني: "technical",
      فني: "technical",
      دبلوماسي: "diplomatic",
    },
    changeLinks: ["إلى", "الى", "ب"],
    newWords: [],
    // "بريدي الإلكتروني ليس …": the statement denies a value, it states none.
    negations: ["ليس", "ليست", "لم يعد", "لم تعد", "ليس هو"],
    isWords: [
      "(الجديد|الجديدة) [هو|هي]",
      "هو [الآن|الان]",
      // "بريدي الإلكتروني الآن …": "now", then the value.
      "(الآن|الان) [هو|هي]",
      "هي [الآن|الان]",
      "(أصبح|اصبح|أصبحت|اصبحت|صار|صارت)",
      "(تغير|تغيّر|تغيرت|تغيّرت) (إلى|الى)",
    ],
    confirm: [
      "أؤكد",
      "(أؤكد|اؤكد) بيانات جهة الاتصال [التقنية|الدبلوماسية]",
      "اؤكد",
      "أؤكد بياناتي",
      "اؤكد بياناتي",
      "(بياناتي|معلوماتي) (صحيحة|محدثة)",
      "كل شيء صحيح",
      "كل شي صحيح",
      "لا (تغيير|تغييرات)",
      "لم يتغير شيء",
    ],
    yes: ["نعم", "أجل", "اجل"],
    applyNamedChange: ["تأكيد التغيير", "أكد التغيير", "أؤكد التغيير", "طبق التغيير"],
    applyPending: ["تأكيد", "موافق"],
    cancelPending: ["إلغاء", "إلغاء التغيير", "ألغ التغيير", "ألغ", "لا", "لا تغير"],
    slipWords: [],
    // "add <email> to my emails": one address more, "…" the address.
    addEmail: [
      "[من فضلك|رجاء|الرجاء] (أضف|اضف|أضيفوا|أضيفي) … (إلى|الى) (عناويني|بريدي|بريدي الإلكتروني|عناوين بريدي|عناوين بريدي الإلكتروني)",
      // "أضف <عنوان> إلى بريدي التقني": قائمة سجل واحد.
      "[من فضلك|رجاء|الرجاء] (أضف|اضف|أضيفوا|أضيفي) … (إلى|الى) (عناويني|بريدي|بريدي الإلكتروني|عناوين بريدي|عناوين بريدي الإلكتروني) (التقني|التقنية|الفني|الدبلوماسي|الدبلوماسية)",
      "[من فضلك|رجاء|الرجاء] (أضف|اضف|أضيفوا|أضيفي) … (كعنوان|كبريد) [إلكتروني|الكتروني] (تقني|فني|دبلوماسي)",
    ],
    // "remove <email> from my emails": one address fewer.
    removeEmail: [
      "[من فضلك|رجاء|الرجاء] (احذف|أزل|ازل|امسح) … من (عناويني|بريدي|بريدي الإلكتروني|عناوين بريدي|عناوين بريدي الإلكتروني)",
    ],
  },
};
