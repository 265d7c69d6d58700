/**
 * Arabic wording of the features (same keys and placeholders as `../en/features.ts`;
 * plurals have the forms zero, one, two, few, many, other). Placeholders are wrapped in
 * Unicode isolates by `say`, so times and Latin names keep their order in the sentence.
 */

/** @example arabicFeatures.home.title === "القادم" */
export const arabicFeatures = {
  help: {
    title: "إليك ما يمكنك أن تسألني عنه",
    footer: "تُعرض الأوقات بتوقيت مكان الاجتماع، وبتوقيتك أيضاً إذا كان مختلفاً.",
  },
  home: {
    title: "القادم",
    onNow: " (جارٍ الآن)",
    nothing: "لا شيء آخر مقرر في البرامج المتوفرة لدي.",
    footer: "اسألني عن أي شيء في البرنامج، مثلاً: «ما المقرر بعد ظهر الخميس؟»",
  },
  reminders: {
    everySession: "سأذكّرك {{lead}} كل جلسة{{changed}}.{{next}}",
    was: " (كان: {{lead}})",
    next: " الجلسة التالية: {{label}}، {{when}}.",
    noneLeft: " غير أنه لم تتبق أي جلسة في البرنامج.",
    title: "تذكيراتك",
    stoppedEvery: "تم: لن تصلك تذكيرات قبل كل جلسة بعد الآن.",
    noneEvery: "لم يكن لديك تذكير لكل جلسة.",
    lead: {
      start: "عند بداية",
      dayBefore: "في اليوم السابق على",
      hours_zero: "{{count}} ساعة",
      hours_one: "ساعة واحدة",
      hours_two: "ساعتين",
      hours_few: "{{count}} ساعات",
      hours_many: "{{count}} ساعة",
      hours_other: "{{count}} ساعة",
      minutes_zero: "{{count}} دقيقة",
      minutes_one: "دقيقة واحدة",
      minutes_two: "دقيقتين",
      minutes_few: "{{count}} دقائق",
      minutes_many: "{{count}} دقيقة",
      minutes_other: "{{count}} دقيقة",
      join: "{{hours}} و{{minutes}}",
      before: "قبل {{amount}} من",
    },
  },
  poc: {
    confirmed: "شكراً لك: تم تأكيد بياناتك. موعد التأكيد التالي هو {{day}}.",
    changedSince: "تغيّر سجلك منذ عرض تلك البطاقة؛ لم يُؤكَّد شيء. هذا هو سجلك كما هو الآن.",
  },
  ping: {
    recorded: "شكراً لك: سُجّل إقرارك بالاستلام في {{when}}.",
    recordedOf: "شكراً لك: سُجّل إقرارك باستلام {{name}} في {{when}}.",
    already: "سبق أن أقررت باستلام هذا الاختبار في {{when}}.",
    alreadyOf: "سبق أن أقررت باستلام {{name}} في {{when}}.",
    late: " وقد جاء ذلك بعد إغلاق الاختبار، لذا يُحتسب متأخراً.",
    notAddressed:
      "هذا الاختبار موجّه إلى جهة اتصال أخرى؛ ولا يمكن لغيرها الإقرار باستلامه، من حساب دردشة ببريدها الإلكتروني المُتحقَّق منه. لم يُسجَّل شيء.",
    nothing: "لا يوجد اختبار اتصال موجّه إليك للإقرار باستلامه. لم يُسجَّل شيء.",
  },
};
