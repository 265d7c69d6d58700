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
    recording: "التسجيل",
    "public-access": "حضور الجمهور",
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
    zone: "الأوقات حسب {{zone}}",
    sameTime: "الوقت نفسه",
    samePlaces: "المكانان نفسهما",
    part: { morning: "الصباح", afternoon: "بعد الظهر", evening: "المساء" },
  },
  greeting: {
    hello:
      "مرحبا! اسألني عن البرنامج: «ماذا يوجد اليوم؟»، «أين حفل الاستقبال؟»، «ماذا بعد؟» — أو اكتب «مساعدة» لترى كل شيء.",
    thanks: "عفوا.",
  },
  gap: {
    title: "لا تذكر الرسائل {{what}}",
    body: "{{subject}}: لا تذكر الرسائل {{what}}. أجيب فقط مما تقوله الرسائل؛ اسأل الأمانة.",
    bodyNoSubject: "لا تذكر الرسائل {{what}}. أجيب فقط مما تقوله الرسائل؛ اسأل الأمانة.",
    online: "{{subject}}: لا تذكر الرسالة مشاركة عبر الإنترنت أو عن بعد؛ وتذكر مكان الانعقاد ({{place}}).",
    onlineInPerson: "{{subject}} يعقد حضوريا ({{place}})؛ ولا تذكر الرسالة مشاركة عبر الإنترنت أو عن بعد.",
    onlineHybrid: "{{subject}} يعقد بصيغة مختلطة ({{place}}). تقول الرسالة: «{{note}}»",
  },
  revisions: {
    changedOn: "تغيّر في {{date}}",
    changedOnWas: "تغيّر في {{date}} (كان {{was}})",
    cancelledOn: "أُلغي في {{date}}",
    noRoomBefore: "لم تُذكر القاعة",
    noLinkBefore: "لم يُذكر رابط",
    moved: "{{label}}: نُقل إلى {{when}} (كان {{before}})",
    roomNow: "{{label}}: القاعة الآن {{after}} ({{was}})",
    roomWas: "كانت {{before}}",
    roomNoneBefore: "لم تُحدَّد قاعة من قبل",
    roomGone: "{{label}}: لم تعد هناك قاعة محددة (كانت {{before}})",
    linksNow: "{{label}}: الروابط الآن {{after}}",
    linksWere: " (كانت {{before}})",
    linksGone: "{{label}}: أُزيلت الروابط (كانت {{before}})",
    cancelled: "{{label}} ({{before}}) أُلغي",
    reinstated: "{{label}} عاد إلى البرنامج: {{after}}",
    added: "جديد: {{label}}، {{when}}",
    removed: "{{label}} ({{before}}) حُذف من البرنامج",
    title: "«{{before}}» أصبح اسمه «{{after}}»",
    details: "{{label}}: {{after}}",
    detailsGone: "{{label}}: سُحب الإشعار",
    noticeTitle: "تغيّر البرنامج (الإصدار {{version}}، {{date}})",
    noticeFooter:
      "تصلك هذه الرسالة لأن لديك تذكيرات أو ردًا بشأن هذه البنود. اكتب «أوقف إشعارات التغيير» لإيقافها.",
  },
  broadcast: {
    title: "رسالة من الأمانة العامة",
    ack: "تأكيد الاستلام",
    footer: "يرجى تأكيد أنك قرأت هذه الرسالة.",
    footerLink: "يرجى تأكيد أنك قرأت هذه الرسالة: افتح الرابط واضغط «تأكيد الاستلام».",
    footerChat: "يرجى تأكيد أنك قرأت هذه الرسالة بكتابة «acknowledge» إلى البوت في المحادثة.",
    originalIn: "هذه الرسالة باللغة {{language}}، ولم تُقدَّم ترجمة بلغتك.",
    recorded: "شكرًا: سُجِّل تأكيد استلامك.",
    already: "سبق أن أكدت استلام هذه الرسالة؛ شكرًا.",
    notAsked: "لا يوجد تأكيد استلام يُسجَّل لك على تلك الرسالة.",
    recordedOf: "شكرًا: سُجِّل تأكيد استلامك لـ{{label}}.",
    alreadyOf: "سبق أن أكدت استلام {{label}}؛ شكرًا.",
    waiting: "رسالة {{when}} («{{text}}»)",
    typedTooOld:
      "لا تُقرّ الكلمة المكتوبة باستلام رسالة وصلتك قبل أكثر من {{days}} أيام، لذلك لم يُسجَّل شيء لـ{{list}}: إن كانت هي التي تقصدها، فانقر «تأكيد الاستلام» على تلك الرسالة نفسها.",
    pagePress: "اضغط الزر لتأكيد أنك قرأتها.",
  },
  conversion: {
    title: "{{from}} يساوي {{to}}",
    side: "{{clock}} {{place}} ({{zoneName}})، {{date}}",
    place: "توقيت {{place}}",
    line: "{{clock}} {{fromLabel}} = {{converted}} {{toLabel}}",
    venueNote:
      "فهمت على أنه {{fromLabel}}، توقيت مكان الانعقاد. للتحويل من منطقة أخرى اذكرها: «15:00 بتوقيت نيروبي في دلهي».",
    now: "الساعة الآن {{there}}؛ وفي مكان الانعقاد {{venue}}.",
    nowAtVenue: "الساعة الآن في مكان الانعقاد {{venue}}.",
  },
  language: {
    chosen: "سأجيبك بالعربية. للتغيير، اذكر اسم اللغة.",
    unsupported:
      "عذرا، أجيب بهذه اللغات فقط: {{languages}}. اكتب بإحداها أو اختر: «English please»، «بالعربية».",
    choose: "اللغة",
  },
  fallback: {
    /** An empty message (spaces only, or nothing after the mention): what can be asked, no greeting. */
    empty:
      "اسألني عن البرنامج: «ماذا يوجد اليوم؟»، «أين حفل الاستقبال؟»، «ماذا بعد؟» — أو اكتب «مساعدة» لترى كل شيء.",
    notUnderstood:
      "عذرا، لم أفهم. جرّب «ماذا يوجد يوم الخميس بعد الظهر؟»، «متى حفل الاستقبال؟»، «ماذا بعد؟» — أو اكتب «مساعدة» لترى كل شيء.",
    staleButton: "لم يعد هذا الزر نشطا. اكتب «مساعدة» لترى ما يمكنني فعله.",
  },
  file: {
    tooLarge:
      "حجم {{name}} هو {{size}} ميغابايت؛ أقبل ملفات لا تتجاوز {{limit}} ميغابايت. لم يتغير شيء. قسّم الملف أو استورده بأداة سطر الأوامر.",
    unsupportedType:
      "لا أقرأ إلا ملفات CSV (قائمة المشاركين أو دليل جهات الاتصال) وملفات YAML (برنامج)؛ و{{name}} ليس أيا منها. لم يتغير شيء.",
    notText: "{{name}} ليس ملفا نصيا: احفظه بصيغة CSV أو YAML بترميز UTF-8 وأرسله مرة أخرى. لم يتغير شيء.",
    downloadFailed: "تعذر علي تنزيل {{name}}. لم يتغير شيء؛ يرجى إرساله مرة أخرى.",
    oneAtATime: "يرجى إرسال ملف واحد في كل مرة (وصل {{count}} معا). لم يتغير شيء.",
    unknownCsv:
      "لا أعرف ما هو {{name}}: سطر العناوين فيه ليس سطر القائمة (email,name,state,roles) ولا سطر الدليل (state,type,name,…). أرسله مرة أخرى مع «import roster» أو «import poc directory» في الرسالة نفسها. لم يتغير شيء.",
    pastedCsv:
      "يبدو هذا أسطرًا من ملف CSV. وحدها لا أعرف الغرض منها: لاستيراد القائمة أو دليل جهات الاتصال (الأمانة)، أرسل الملف مرفقًا، أو الصق الأسطر مرة أخرى بعد «import roster» أو «import poc directory» في الرسالة نفسها. لم يتغير شيء.",
  },
  secretariat: {
    ping: {
      noRecord: "{{state}} ({{code}}): لا يوجد سجل لجهة اتصال",
      noType: "{{state}} ({{code}}): لا توجد جهة اتصال من نوع {{type}}",
      cancelled_zero:
        "أُلغي اختبار الاتصال {{id}}: لا توجد رسائل لم تُرسل بعد ({{count}})؛ ولا تزال الإقرارات المقدَّمة من قبل محتسبة. يلي ذلك تقريره.",
      cancelled_one:
        "أُلغي اختبار الاتصال {{id}}: لن تُرسل {{count}} رسالة (اختبار أو تذكير) لم تُرسل بعد؛ ولا تزال الإقرارات المقدَّمة من قبل محتسبة. يلي ذلك تقريره.",
      cancelled_two:
        "أُلغي اختبار الاتصال {{id}}: لن تُرسل {{count}} رسالتان (اختبار أو تذكير) لم تُرسلا بعد؛ ولا تزال الإقرارات المقدَّمة من قبل محتسبة. يلي ذلك تقريره.",
      cancelled_few:
        "أُلغي اختبار الاتصال {{id}}: لن تُرسل {{count}} رسائل (اختبارات وتذكيرات) لم تُرسل بعد؛ ولا تزال الإقرارات المقدَّمة من قبل محتسبة. يلي ذلك تقريره.",
      cancelled_many:
        "أُلغي اختبار الاتصال {{id}}: لن تُرسل {{count}} رسالة (اختبارات وتذكيرات) لم تُرسل بعد؛ ولا تزال الإقرارات المقدَّمة من قبل محتسبة. يلي ذلك تقريره.",
      cancelled_other:
        "أُلغي اختبار الاتصال {{id}}: لن تُرسل {{count}} رسالة (اختبارات وتذكيرات) لم تُرسل بعد؛ ولا تزال الإقرارات المقدَّمة من قبل محتسبة. يلي ذلك تقريره.",
      cancelledAllSent:
        "أُلغي اختبار الاتصال {{id}}: كانت جميع رسائل الاختبار والتذكيرات قد أُرسلت بالفعل؛ ولا تزال الإقرارات المقدَّمة من قبل محتسبة. يلي ذلك تقريره.",
      absentHeading: "غير موجودة في الدليل، لذا لم يُرسل إليها اختبار",
      absentReply: "غير موجودة في الدليل، لذا لم يُرسل إليها اختبار: {{list}}.",
    },
    csv: {
      closingQuote:
        'الصف {{row}}: خلية بين علامتي تنصيص تستمر بعد علامة الإغلاق (عند "{{got}}"). داخل خلية بين علامتي تنصيص، اكتب علامة التنصيص مرتين: "Peter ""Kip"" Otieno".',
      quoteNotClosed:
        'الصف {{row}}: خلية تبدأ بعلامة تنصيص (") لا تُغلق أبدًا. أغلقها، أو اكتب علامة التنصيص داخل الخلية مرتين ("").',
      openingQuote:
        'الصف {{row}}: خلية تحتوي على علامة تنصيص (") وليست هي نفسها بين علامتي تنصيص. ضع الخلية كلها بين علامتي تنصيص واكتب العلامة مرتين: "Peter ""Kip"" Otieno".',
    },
    export: {
      channel:
        "يحتوي دليل جهات الاتصال على بيانات اتصال: اطلب تصديره في رسالة مباشرة إليّ، لا في قناة. لم يُرسل شيء.",
      empty: 'دليل جهات الاتصال فارغ: استورده أولًا ("import poc directory").',
      whole: "دليل جهات الاتصال، {{count}} سجلًا (CSV؛ يمكن استيراده كما هو):",
      part: "دليل جهات الاتصال، {{count}} سجلًا (CSV، الجزء {{part}} من {{parts}}):",
    },
    /** The drafts in the list of broadcasts ("broadcasts"): waiting for their confirmation, not sent. */
    broadcastDrafts: {
      heading: "مسودات لم تُرسل (تُحفظ المسودة ساعة واحدة):",
      line: "• {{id}} — مسودة من {{author}}، إلى {{audience}} (الجمهور: {{count}}): {{text}}",
    },
    /** A rehearsal of a broadcast draft ("rehearse broadcast [id]"), shown to its author only. */
    broadcastRehearsal: {
      heading:
        "تجربة المسودة {{id}}، إلى {{audience}}: تظهر لك وحدك، كما سيتلقاها قارئ بـ{{language}}. لم يُرسل شيء؛ ولا تزال المسودة بانتظار تأكيدها.",
      none: "ليست لديك مسودة بث في الانتظار (تُحفظ المسودة ساعة واحدة). اكتب البث أولًا («broadcast to …: <النص>»)، ثم قل «rehearse broadcast». لم يُرسل شيء.",
      unknown:
        "لا توجد مسودة بث {{id}} في الانتظار: فقد أُكّدت أو تُجوهلت أو انتهت صلاحيتها (تُحفظ المسودة ساعة واحدة). قل «broadcasts» لعرض المسودات. لم يُرسل شيء.",
    },
    template: {
      poc: "قالب CSV لدليل جهات الاتصال: سطر لكل جهة اتصال؛ «type» هو «diplomatic» أو «technical»؛ تُفصل عناوين البريد الإلكتروني المتعددة بفاصلة منقوطة؛ «last_confirmed» تاريخ (YYYY-MM-DD) أو فارغ. أرسله ملف CSV، أو الصقه بعد «import poc directory» في رسالة مباشرة:\n{{template}}",
    },
    approval: {
      held: 'بانتظار موافقة عضو ثانٍ في الأمانة: {{what}}. لا يُنفَّذ شيء حتى يقول عضو آخر في الأمانة "approve {{id}}" (أو "reject {{id}}") في رسالة مباشرة إليّ؛ ينتظر الطلب 24 ساعة.',
      notice:
        'يطلب {{who}} {{what}}. يجب أن يوافق عليه عضو ثانٍ في الأمانة: قل "approve {{id}}" أو "reject {{id}}" في رسالة مباشرة إليّ.',
      approvedNotice: "وافق {{who}} على {{id}} ({{what}})؛ جارٍ التنفيذ.",
      rejectedNotice: "رفض {{who}} {{id}} ({{what}})؛ لم يُنفَّذ شيء.",
      none: "لا توجد طلبات بانتظار الموافقة.",
      list: "بانتظار موافقة عضو ثانٍ في الأمانة:",
      item: "{{id}}: {{what}}، طلبه {{who}} ({{when}})",
      channel: "تُقرَّر الموافقات في رسالة مباشرة إليّ، لا في قناة. لم يُنفَّذ شيء.",
      unknown:
        'لا يوجد طلب {{id}} بانتظار الموافقة: فقد قُرِّر أو انتهت مدته (بعد 24 ساعة) أو لم يوجد قط. قل "pending approvals" لعرض القائمة. لم يُنفَّذ شيء.',
      own: "أنت من طلب {{id}}: يجب أن يوافق عليه عضو آخر في الأمانة. لم يُنفَّذ شيء.",
      approved: "تمت الموافقة على {{id}} ({{what}}، طلبه {{who}}). جارٍ التنفيذ:",
      rejected: "رُفض {{id}} ({{what}}، طلبه {{who}})؛ لم يُنفَّذ شيء.",
      whatImport_zero: "استيراد دليل جهات الاتصال ({{count}} سجل)",
      whatImport_one: "استيراد دليل جهات الاتصال ({{count}} سجل)",
      whatImport_two: "استيراد دليل جهات الاتصال ({{count}} سجلان)",
      whatImport_few: "استيراد دليل جهات الاتصال ({{count}} سجلات)",
      whatImport_many: "استيراد دليل جهات الاتصال ({{count}} سجلًا)",
      whatImport_other: "استيراد دليل جهات الاتصال ({{count}} سجل)",
      whatBroadcast_zero: "بث إلى {{audience}} ({{count}} رسالة)",
      whatBroadcast_one: "بث إلى {{audience}} ({{count}} رسالة)",
      whatBroadcast_two: "بث إلى {{audience}} ({{count}} رسالتان)",
      whatBroadcast_few: "بث إلى {{audience}} ({{count}} رسائل)",
      whatBroadcast_many: "بث إلى {{audience}} ({{count}} رسالةً)",
      whatBroadcast_other: "بث إلى {{audience}} ({{count}} رسالة)",
    },
    rsvp: {
      people_zero: "{{count}} شخص",
      people_one: "{{count}} شخص",
      people_two: "{{count}} شخصان",
      people_few: "{{count}} أشخاص",
      people_many: "{{count}} شخصًا",
      people_other: "{{count}} شخص",
      answers_zero: "{{count}} رد",
      answers_one: "{{count}} رد",
      answers_two: "{{count}} ردان",
      answers_few: "{{count}} ردود",
      answers_many: "{{count}} ردًا",
      answers_other: "{{count}} رد",
      withExperts: "الردود المصحوبة بخبراء",
      ofState: "{{state}}",
    },
    /** A person in the Secretariat's lists, always with their State (a POC with their type too). */
    who: {
      person: "{{name}} ({{state}})",
      noState: "{{name}} (لا دولة في قائمة المشاركين)",
      poc: "{{name}} ({{state}}، جهة الاتصال {{type}})",
    },
    /** "هل استلمه لي وي؟": هل استلم شخص ما آخر اختبار اتصال أو آخر تعميم. */
    receipt: {
      noneSent: "لم يُرسل أي تعميم أو اختبار اتصال بعد.",
      noPing: "لم يُجرَ أي اختبار اتصال بعد.",
      noBroadcast: "لم يُرسل أي تعميم بعد.",
      pingHead: "اختبار الاتصال {{id}}، بدأ {{at}}:",
      broadcastHead: 'التعميم {{id}} إلى {{audience}} ("{{title}}")، أُكّد {{at}}:',
      whoIsMeant:
        'ليس واضحًا من المقصود بـ"{{pronoun}}": لم تسأل للتو عن شخص بعينه. اكتب اسمه، كما في "did Li Wei get it".',
      latestPing:
        'هذا أحدث اختبارات الاتصال (وعددها {{count}}). للسؤال عن اختبار آخر، حدّده بتاريخه أو معرّفه: "did {{name}} get the ping of {{day}}" ("ping tests" يعرضها كلها).',
      latestBroadcast:
        'هذا أحدث التعميمات (وعددها {{count}}). للسؤال عن تعميم آخر، حدّده بتاريخه أو معرّفه أو بكلمات من نصه: "did {{name}} get the broadcast of {{day}}" ("broadcasts" يعرضها كلها).',
      noSuchPing: 'لا يوجد اختبار اتصال يطابق "{{which}}". أحدث الاختبارات: {{list}}.',
      noSuchBroadcast: 'لا يوجد تعميم يطابق "{{which}}". أحدث التعميمات: {{list}}.',
      nobodyPing:
        'لا توجد جهة اتصال في اختبار الاتصال {{id}} باسم "{{name}}". اكتب الاسم كما يكتبه دليل جهات الاتصال، أو قل "ping test report {{id}}" لرؤية الجميع.',
      nobodyBroadcast:
        'لا يوجد مستلم للتعميم {{id}} باسم "{{name}}". اكتب الاسم كما تكتبه قائمة المشاركين، أو قل "broadcast report {{id}}" لرؤية الجميع.',
      several: 'الاسم "{{name}}" يطابق عدة أشخاص؛ اكتب الاسم الكامل للشخص المقصود:',
      only: "عذرًا، الأمانة وحدها يمكنها معرفة من استلم تعميمًا أو اختبار اتصال.",
      ping: {
        inTime: "{{who}}: استلمه {{sent}} وأقرّ باستلامه {{at}}، في الموعد.",
        late: "{{who}}: استلمه {{sent}} وأقرّ باستلامه متأخرًا، {{at}}.",
        awaiting: "{{who}}: استلمه {{sent}}؛ لم يقرّ باستلامه بعد (الاختبار مفتوح حتى {{closes}}).",
        noAnswer: "{{who}}: استلمه {{sent}}؛ لم يقرّ باستلامه قط (أُغلق الاختبار {{closes}}).",
        pending: "{{who}}: لم يستلمه بعد؛ لا تزال رسالة الاختبار قيد التسليم.",
        failed: "{{who}}: لم يستلمه؛ لم تصله رسالة الاختبار عبر أي قناة ({{reasons}}).",
        cancelled: "{{who}}: لم يُرسل إليه؛ أُلغي الاختبار قبل الإرسال.",
      },
      broadcast: {
        sent: "{{who}}: استلمه {{at}} ({{channel}}).",
        pending: "{{who}}: لم يستلمه بعد؛ لا يزال قيد الإرسال ({{channel}}).",
        failed: "{{who}}: لم يستلمه؛ فشل الإرسال ({{channel}}: {{error}}).",
        cancelled: "{{who}}: لم يُرسل ({{channel}})؛ أُلغي التعميم أو فات الأوان.",
        unreachable: "{{who}}: لم يُرسل؛ لم يُتواصل معه في الدردشة وليس له عنوان بريد إلكتروني.",
        acked: "{{who}}: أقرّ باستلامه {{at}}.",
        notAcked: "{{who}}: لم يقرّ باستلامه بعد.",
      },
      channel: { chat: "في الدردشة", email: "بالبريد الإلكتروني" },
    },
  },
  zone: {
    offer: "قلت إنك في {{place}} ({{zone}}). قل «منطقتي الزمنية هي {{place}}» وستظهر الإجابات بتوقيتك أيضا.",
  },
  dashboard: {
    title: "لوحة معلومات الأمانة",
    skip: "انتقل إلى المحتوى",
    signOut: "تسجيل الخروج",
    nav: "لوحة المعلومات",
    overview: "نظرة عامة",
    rsvp: "الردود على الدعوات",
    poc: "دليل جهات الاتصال",
    ping: "اختبارات الاتصال",
    broadcasts: "الرسائل الجماعية",
    reminders: "التذكيرات",
    times: "الأوقات بتوقيت {{zone}} ({{tz}}).",
  },
};
