/**
 * Arabic answer wording (same keys and placeholders as `../en/messages.ts`; a test checks).
 * Placeholders that may hold Latin text or times are wrapped in first-strong isolates
 * (U+2068 … U+2069) by `say`, so they read correctly inside right-to-left text.
 */
import type { Messages } from "../en/messages.js";
import { arabicProgramme } from "./programme.js";

/** @example arabicMessages.greeting.thanks === "عفوا." */
export const arabicMessages: Messages = {
  programme: arabicProgramme,
  fact: {
    "dress-code": "قواعد اللباس",
    meals: "الوجبات أو الضيافة",
    parking: "مواقف السيارات",
    visas: "التأشيرات",
    wifi: "شبكة الإنترنت اللاسلكية",
    interpretation: "الترجمة الشفوية",
    passes: "التصاريح أو الأمن",
    webcasting: "البث الشبكي",
    seating: "ترتيب المقاعد",
    "rsvp-deadline": "موعدا نهائيا للرد",
    room: "قاعة",
    "end-time": "وقت الانتهاء",
    "remote-participation": "المشاركة عن بعد",
  },
  followUp: {
    day: "متابعة لسؤالك السابق ({{day}})؛ قل «اليوم» لليوم.",
    carried: "متابعة لسؤالك السابق: {{what}}.",
    subject: "عن {{subject}}",
    dayOf: "يوم {{day}}",
    zone: "الأوقات بتوقيت {{zone}}",
    sameTime: "الوقت نفسه",
    part: { morning: "الصباح", afternoon: "بعد الظهر", evening: "المساء" },
  },
  greeting: {
    hello: "مرحبا! اسألني عن البرنامج: «ماذا يوجد اليوم؟»، «أين حفل الاستقبال؟»، «ماذا بعد؟».",
    thanks: "عفوا.",
  },
  gap: {
    title: "لا تذكر الرسائل {{what}}",
    body: "{{subject}}: لا تذكر الرسائل {{what}}. أجيب فقط مما تقوله الرسائل؛ اسأل الأمانة.",
    bodyNoSubject: "لا تذكر الرسائل {{what}}. أجيب فقط مما تقوله الرسائل؛ اسأل الأمانة.",
    online: "{{subject}}: لا تذكر الرسالة مشاركة عبر الإنترنت أو عن بعد؛ وتذكر مكان الانعقاد ({{place}}).",
    onlineHybrid: "{{subject}} يعقد بصيغة مختلطة ({{place}}). تقول الرسالة: «{{note}}»",
  },
  conversion: {
    title: "{{from}} يساوي {{to}}",
    place: "توقيت {{place}}",
    line: "{{clock}} {{fromLabel}} = {{converted}} {{toLabel}}",
    venueNote:
      "فهمت على أنه {{fromLabel}}، توقيت مكان الانعقاد. للتحويل من منطقة أخرى اذكرها: «15:00 بتوقيت نيروبي في دلهي».",
  },
  language: {
    chosen: "سأجيبك بالعربية. للتغيير، اذكر اسم اللغة.",
    unsupported:
      "عذرا، أجيب بهذه اللغات فقط: {{languages}}. اكتب بإحداها أو اختر: «English please»، «بالعربية».",
    choose: "اللغة",
  },
  fallback: {
    notUnderstood:
      "عذرا، لم أفهم. جرّب «ماذا يوجد يوم الخميس بعد الظهر؟»، «متى حفل الاستقبال؟»، «ماذا بعد؟» — أو اكتب «help» لترى كل شيء.",
    staleButton: "لم يعد هذا الزر نشطا. اكتب «help» لترى ما يمكنني فعله.",
  },
  zone: {
    offer: "قلت إنك في {{place}} ({{zone}}). قل «my time zone is {{place}}» وستظهر الإجابات بتوقيتك أيضا.",
  },
};
