/**
 * Arabic: the words the bot reads questions by (see `../../locale-words.ts`). Data only.
 * Keys are folded by `normalizeText` (alef forms, ta marbuta, harakat), so "الإثنين" and
 * "الاثنين" are one key. Stems ending in `*` take suffixes.
 */

import { type LocaleWords, words } from "../../locale-words.js";
import { withZoneCities } from "../../zone-cities.js";
import { AR_MONTH_NAMES } from "./month-names.js";
import { ARABIC_PLACES } from "./places.js";

/** @example arabic.relativeDays.get("بعد غد") === 2 */
export const arabic: LocaleWords = {
  locale: "ar",
  name: "العربية",
  spaced: true,
  dateOrder: "day-first",
  choicePhrases: ["بالعربية", "بالعربي", "العربية", "عربي", "باللغة العربية", "arabic"],
  markers: [],
  weekdays: words({
    الأحد: 0,
    الاثنين: 1,
    الإثنين: 1,
    الثلاثاء: 2,
    الأربعاء: 3,
    الخميس: 4,
    الجمعة: 5,
    السبت: 6,
  }),
  months: words({
    // As UN documents and the answers write them (month-names.ts): "7 آذار/مارس".
    ...Object.fromEntries(AR_MONTH_NAMES.map((name, index) => [name, index + 1])),
    يناير: 1,
    "كانون الثاني": 1,
    فبراير: 2,
    شباط: 2,
    مارس: 3,
    آذار: 3,
    أبريل: 4,
    نيسان: 4,
    مايو: 5,
    أيار: 5,
    يونيو: 6,
    يونيه: 6,
    حزيران: 6,
    يوليو: 7,
    يوليه: 7,
    تموز: 7,
    أغسطس: 8,
    آب: 8,
    سبتمبر: 9,
    أيلول: 9,
    أكتوبر: 10,
    "تشرين الأول": 10,
    نوفمبر: 11,
    "تشرين الثاني": 11,
    ديسمبر: 12,
    "كانون الأول": 12,
  }),
  // "10 صباحا بتوقيت نيويورك", "3 مساء": a part of the day right after an hour says its side of
  // noon (10am, 3pm), as "الساعة 10 صباحا" does.
  hourParts: {
    hour: [],
    parts: words<"am" | "pm">({ صباحا: "am", صباح: "am", مساء: "pm", مساءا: "pm", ظهرا: "pm", عصرا: "pm" }),
  },
  partsOfDay: words({
    صباحا: "morning",
    // Construct state before a day: "صباح الاثنين" (Monday morning), "بعد ظهر الخميس", "مساء الخميس".
    صباح: "morning",
    "بعد ظهر": "afternoon",
    "في الصباح": "morning",
    الصباح: "morning",
    "بعد الظهر": "afternoon",
    "بعد الظهيرة": "afternoon",
    الظهر: "afternoon",
    مساء: "evening",
    المساء: "evening",
    الليلة: "evening",
    // Colloquial (Gulf, Levant, Egypt): "العصر" (late afternoon), "الصبح", "الضهر", "بالليل".
    العصر: "afternoon",
    عصر: "afternoon",
    الصبح: "morning",
    صبح: "morning",
    الصبحية: "morning",
    الضهر: "afternoon",
    المسا: "evening",
    بالليل: "evening",
    الليل: "evening",
  }),
  // "يوم 4": a day of the month alone (not before a month: "يوم 9 مايو").
  monthDay: { leads: ["يوم"] },
  relativeDays: words({
    اليوم: 0,
    غدا: 1,
    الغد: 1,
    "بعد غد": 2,
    "بعد الغد": 2,
    أمس: -1,
    البارحة: -1,
    // Colloquial: "بكرة" (Gulf, Levant, Egypt), "باكر" (Gulf), "امبارح" (Levant, Egypt).
    بكرة: 1,
    باكر: 1,
    "بعد بكرة": 2,
    امبارح: -1,
    مبارح: -1,
  }),
  facets: [
    {
      facet: "countdown",
      phrases: ["كم تبقى", "كم بقي", "كم من الوقت حتى", "العد التنازلي", "الوقت المتبقي"],
    },
    { facet: "room", phrases: ["أي قاعة", "القاعة", "قاعة"] },
    {
      facet: "end",
      phrases: [
        "تنتهي",
        "ينتهي",
        "نهاية",
        "كم يستغرق",
        "كم تستغرق",
        "مدة",
        "حتى متى",
        "كم يوما",
        "يخلص",
        "تخلص",
      ],
    },
    { facet: "link", phrases: ["رابط", "الرابط"] },
    // Answering the invitation: the RSVP ("lien pour répondre à l'invitation" is its link).
    { facet: "rsvp", phrases: ["الرد على الدعوة", "تأكيد الحضور"] },
    {
      facet: "when",
      // Colloquial: "امتى" (Egypt), "ايمتى".
      phrases: ["متى", "في أي ساعة", "أي ساعة", "أي يوم", "امتى", "ايمتى"],
    },
    // Colloquial: "وين" (Gulf, Levant), "فين" (Egypt).
    { facet: "where", phrases: ["أين", "العنوان", "المكان", "وين", "فين"] },
    // Colloquial: "منو" (Gulf, Iraq), "مين" (Levant, Egypt).
    { facet: "who", phrases: ["من", "المتحدثون", "منو", "مين"] },
  ],
  terms: words({
    // "أنا في طوكيو" (I'm in Tokyo): the same hint as English (the place is read as "in tokyo").
    "أنا في": "i'm",
    "انا في": "i'm",
    // The ping test by the bot's own Arabic name for it (اختبار الاتصال) or by the English word.
    "اختبار الاتصال": "ping test",
    "اختبار الإتصال": "ping test",
    "اختبار بينغ": "ping test",
    // "30 دقيقة من الآن", "ساعتين من الآن": from now (not "now" alone; "دقيقة من" alone is "minutes of").
    "من الآن": "from now",
    "دقيقة من الآن": "minutes from now",
    "دقائق من الآن": "minutes from now",
    "ساعة من الآن": "hours from now",
    "ساعات من الآن": "hours from now",
    // "متى ينتهي؟": the verb carries its subject, the "it" of "when does it end" (the programme
    // under way or next; "متى ينتهي حفل الاستقبال؟" is still the reception's).
    ينتهي: "it end",
    تنتهي: "it end",
    // Asking when something starts: the start time alone ("start" with the "when" facet).
    // Colloquial: "يبتدي", "يبلش" (Levant).
    تبدأ: "start",
    يبدأ: "start",
    يبتدي: "start",
    تبتدي: "start",
    يبلش: "start",
    بيبدأ: "start",
    "استراحة الغداء": "lunch break",
    استراحة: "break",
    "الموقع على الرسالة": "signatory",
    "رئيس الفريق": "chair",
    "الدورة الثامنة": "8th session",
    "الدورة القادمة": "next substantive session",
    "في اليوم التالي": "the next day",
    "اليوم التالي": "the next day",
    "في اليوم الذي يليه": "the next day",
    "اليوم الذي يليه": "the next day",
    "في اليوم السابق": "the day before",
    "اليوم السابق": "the day before",
    بتوقيتي: "my time",
    "حسب توقيتي": "my time",
    "بالتوقيت المحلي": "local time",
    "كم الساعة": "what time is it",
    "كم الساعة الآن": "what time is it",
    // "كم الوقت الآن في بكين": the time now; "كم الوقت" alone may ask how long until something.
    "كم الوقت الآن": "what time is it",
    // "الساعة كم" (spoken order): "at what time", so "الاستقبال الساعة كم" asks when the reception
    // is, and with a place alone the time there ("الساعة كم الآن في بكين").
    "الساعة كم": "when",
    "الساعة كم الآن": "what time is it",
    الساعة: "at",
    "ماذا عن": "what about",
    تحويل: "convert",
    "عبر الإنترنت": "online",
    "عن بعد": "online",
    "بعد ذلك": "after that",
    "وبعد ذلك": "and after that",
    "قبل ذلك": "before that",
    "وقبل ذلك": "and before that",
    "جدول أعمال": "agenda",
    "جدول الأعمال": "agenda",
    // "البند 6 من جدول الأعمال": "من" is "of" here, not "who".
    "من جدول الأعمال": "agenda",
    // "برنامج الغد": a programme, as "البرنامج".
    برنامج: "what's on",
    // "هل يوجد حفل استقبال؟", "هل هناك حفل استقبال؟": is there one.
    "هل يوجد": "is there",
    "هل هناك": "is there",
    "حفل استقبال": "reception",
    البند: "agenda item",
    "قواعد اللباس": "dress code",
    اللباس: "dress code",
    "البيانات الافتتاحية": "opening statements",
    القرار: "resolution",
    أنشأ: "established",
    "الفريق العامل": "working group",
    الغرض: "purpose",
    يستضيف: "hosts",
    // "متى تنتهي الدورة": the session, as the data's alias names the OEWG's ("الدورة السابعة");
    // a meeting ("الاجتماع", "الجلسة") is any meeting.
    الدورة: "the session",
    "ماذا يوجد": "what's on",
    "ما هو البرنامج": "what's on",
    البرنامج: "what's on",
    "ماذا هناك": "what's on",
    // Colloquial "what (is there / do we have)": "شنو عندنا", "وش البرنامج", "ايش في", "شو في".
    "شنو عندنا": "what's on",
    "وش عندنا": "what's on",
    "ايش عندنا": "what's on",
    "شو عندنا": "what's on",
    "ايش في": "what's on",
    "ايش فيه": "what's on",
    "شو في": "what's on",
    "شو فيه": "what's on",
    "وش فيه": "what's on",
    "وش في": "what's on",
    "شنو في": "what's on",
    "شنو فيه": "what's on",
    عندنا: "what's on",
    شنو: "what",
    وش: "what",
    ايش: "what",
    شو: "what",
    الجاي: "next",
    // "الجلسة السابقة": the meeting before now (as "next" is the one after).
    "الجلسة السابقة": "previous session",
    "الاجتماع السابق": "previous meeting",
    السابقة: "previous",
    السابق: "previous",
    "اللي بعده": "next",
    الحين: "now",
    هلا: "now",
    هلق: "now",
    دحين: "now",
    الاجتماع: "meeting",
    اجتماع: "meeting",
    "ماذا بعد": "next",
    التالي: "next",
    القادم: "next",
    الآن: "now",
    "هذا الأسبوع": "this week",
    "الأسبوع القادم": "next week",
    "تدابير بناء الثقة": "confidence-building measures",
    "بناء الثقة": "confidence-building measures",
    "بناء القدرات": "capacity-building",
    التهديدات: "threats",
    تهديدات: "threats",
    "القانون الدولي": "international law",
    المعايير: "norms",
    القواعد: "rules",
    "الحوار المؤسسي": "regular institutional dialogue",
    "أصحاب المصلحة": "stakeholder",
    "مسائل أخرى": "other matters",
    افتتاح: "opening",
    الافتتاح: "opening",
    اختتام: "closing",
    الاختتام: "closing",
    "حفل الاستقبال": "reception",
    الاستقبال: "reception",
    "جهات الاتصال": "points of contact",
    // "نقاط الاتصال", "جهات اتصال": the same points of contact, word for word and without the article.
    "نقاط الاتصال": "points of contact",
    "نقاط اتصال": "points of contact",
    "جهات اتصال": "points of contact",
    "بتوقيت طوكيو": "in tokyo time",
    شكرا: "thanks",
    مرحبا: "hello",
    "صباح الخير": "hello",
    "مساء الخير": "hello",
    // Greetings: "أهلا تذكيراتي" (dropped before a command).
    أهلا: "hello",
    "السلام عليكم": "hello",
    و: "and",
  }),
  // "ل" (of, for) written onto a noun in construct: "الاجتماع الأول لجهات الاتصال", the first
  // meeting of the POCs, as "اجتماع جهات الاتصال الأول".
  prefixes: ["و", "ف", "ل"],
  // "الاجتماع الأول للفريق العامل": "ل" + "الفريق العامل" is written "للفريق العامل".
  contractedArticles: { لل: "ال" },
  // "قبل كل جلسة بـ15 دقيقة": "by" written onto the number.
  numberPrefixes: ["ب"],
  // "كم الساعة ببكين": "in" written onto the place.
  placePrefixes: ["ب"],
  // "الساعة في بكين", "الوقت في القاهرة": the time there.
  timeWords: ["الساعة", "الوقت"],
  // "متى بتوقيت بكين؟" (when, in Beijing time?): a place's time, as « heure de Pékin »; after an
  // answer, that answer in Beijing time, alone the time there now; "الساعة 21 بتوقيت باريس" keeps
  // Paris as the clock's zone (the word itself reads as nothing).
  placeTimeWords: ["بتوقيت"],
  stopWords: ["بتوقيت", "في", "على", "عن", "جلسة", "الجلسة", "هو", "هي", "ما", "ماذا", "هل", "يوم"],
  places: withZoneCities("ar", ARABIC_PLACES),
  // "بعد يومين", "بعد ساعتين", "بعد 30 دقيقة", "بعد 3 أيام": time counted from now, only before a
  // number and a unit; the duals carry their count (يومين: 2 days); minutes and hours are the terms'.
  // "يوم" (one day: "بعد يوم") is a unit only without a day's name after it: "بعد يوم الخميس"
  // is after Thursday (`readCounts` in pivot.ts).
  // "ماذا بعد" is "what's next" (a term) unless a count of time follows: "ماذا بعد نصف ساعة" is
  // what is on half an hour from now, as "بعد نصف ساعة".
  countAhead: {
    leads: ["بعد", "ماذا بعد"],
    units: words({
      يوم: "1 day",
      "يوم واحد": "1 day",
      يومين: "2 days",
      أيام: "days",
      يوما: "days",
      دقيقتين: "2 minutes",
      أسبوع: "week",
      أسبوعين: "2 weeks",
      أسابيع: "weeks",
      // "بعد نصف ساعة", "بعد ساعة ونصف": a length of time with its count.
      "نصف ساعة": "30 minutes",
      "ربع ساعة": "15 minutes",
      "ساعة ونصف": "90 minutes",
      "ساعة و نصف": "90 minutes",
      "ساعة إلا ربع": "45 minutes",
      "ساعتين ونصف": "150 minutes",
    }),
  },
};
