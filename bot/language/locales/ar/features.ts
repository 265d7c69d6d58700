/**
 * Arabic wording of the features (same keys and placeholders as `../en/features.ts`;
 * plurals have the forms zero, one, two, few, many, other). Placeholders are wrapped in
 * Unicode isolates by `say`, so times and Latin names keep their order in the sentence.
 */

/** @example arabicFeatures.home.title === "القادم" */
export const arabicFeatures = {
  help: {
    modules: {
      reminders: {
        title: "التذكيرات",
        examples: "ذكرني قبل 15 دقيقة من كل جلسة\nتذكيراتي\nأوقف كل التذكيرات",
      },
      rsvp: {
        title: "الرد على الدعوات (RSVP)",
        examples: "rsvp نعم\nrsvp ربما / rsvp لا\nردودي",
      },
      poc: {
        title: "دليل جهات الاتصال",
        examples: "بياناتي (ثم «تغيير حقل» أو «تأكيد»)",
      },
    },
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
    card: {
      today: "تذكير: {{label}} اليوم",
      startsIn: "تذكير: {{label}} يبدأ بعد {{amount}}",
      startingNow: "تذكير: {{label}} يبدأ الآن",
      started: "تذكير: {{label}} بدأ منذ {{amount}}",
      when: "الموعد",
      yourTime: "بتوقيتك",
      where: "المكان",
      items: "البنود",
      moved: "⚠ تغيّر الموعد: أُعلن أولاً عن {{before}}. الوقت أدناه هو الوقت الحالي.",
      addToCalendar: "إضافة إلى تقويمي",
      stop: "إيقاف هذه التذكيرات",
    },
    aboutOne: "سأذكّرك بـ {{what}}.",
    aboutMany: "سأذكّرك بما يلي:\n{{list}}",
    everySessionLine: "كل جلسة — {{lead}}",
    stoppedNone: "لم تكن لديك تذكيرات، فلا شيء لإيقافه. اكتب «ذكرني …» لإنشاء تذكير.",
    automatic: " (بما في ذلك التذكير التلقائي لفعالية رددت عليها)",
    stopped_zero:
      "تم: أُوقف {{count}} تذكير{{automatic}}، ولن تصلك تذكيرات تلقائية للفعاليات التي ترد عليها. اكتب «ذكرني …» للبدء من جديد.",
    stopped_one:
      "تم: أُوقف تذكير واحد{{automatic}}، ولن تصلك تذكيرات تلقائية للفعاليات التي ترد عليها. اكتب «ذكرني …» للبدء من جديد.",
    stopped_two:
      "تم: أُوقف تذكيران{{automatic}}، ولن تصلك تذكيرات تلقائية للفعاليات التي ترد عليها. اكتب «ذكرني …» للبدء من جديد.",
    stopped_few:
      "تم: أُوقفت {{count}} تذكيرات{{automatic}}، ولن تصلك تذكيرات تلقائية للفعاليات التي ترد عليها. اكتب «ذكرني …» للبدء من جديد.",
    stopped_many:
      "تم: أُوقف {{count}} تذكيراً{{automatic}}، ولن تصلك تذكيرات تلقائية للفعاليات التي ترد عليها. اكتب «ذكرني …» للبدء من جديد.",
    stopped_other:
      "تم: أُوقف {{count}} تذكير{{automatic}}، ولن تصلك تذكيرات تلقائية للفعاليات التي ترد عليها. اكتب «ذكرني …» للبدء من جديد.",
    everySession: "سأذكّرك بكل جلسة: {{lead}}{{changed}}.{{next}}",
    was: " (كان: {{lead}})",
    next: " الجلسة التالية: {{label}}، {{when}}.",
    noneLeft: " غير أنه لم تتبق أي جلسة في البرنامج.",
    title: "تذكيراتك",
    stoppedEvery: "تم: لن تصلك تذكيرات قبل كل جلسة بعد الآن.",
    noneEvery: "لم يكن لديك تذكير لكل جلسة.",
    lead: {
      start: "عند بدايتها",
      dayBefore: "في اليوم السابق",
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
      before: "قبل {{amount}}",
    },
  },
  poc: {
    time: {
      never: "أبداً",
      venue: "{{moment}} بتوقيت نيويورك",
      reader: "{{venue}} ({{time}} بتوقيتك، {{zone}})",
    },
    confirmed: "شكراً لك: تم تأكيد بياناتك. موعد التأكيد التالي هو {{day}}.",
    changedSince: "تغيّر سجلك منذ عرض تلك البطاقة؛ لم يُؤكَّد شيء. هذا هو سجلك كما هو الآن.",
    heading: "{{state}} ({{code}}) — جهة الاتصال {{type}}",
    type: { technical: "الفنية", diplomatic: "الدبلوماسية" },
    field: {
      phone: "الهاتف",
      phone247: "هاتف على مدار الساعة",
      emails: "البريد الإلكتروني",
      name: "الاسم",
      title: "المسمى الوظيفي",
      organisation: "الجهة",
      hours: "ساعات العمل",
      timeZone: "المنطقة الزمنية",
      pgpFingerprint: "بصمة PGP",
    },
    label: {
      phone: "الهاتف",
      phone247: "هاتف على مدار الساعة",
      emails: "عناوين البريد الإلكتروني",
      name: "الاسم",
      title: "المسمى الوظيفي",
      organisation: "الجهة",
      hours: "ساعات العمل",
      timeZone: "المنطقة الزمنية",
      pgpFingerprint: "بصمة PGP",
      status: "الحالة",
      lastConfirmed: "آخر تأكيد",
      nextDue: "موعد التأكيد التالي",
    },
    status: {
      confirmed: "مؤكَّد",
      changedBySecretariat: "عدّلته الأمانة منذ آخر تأكيد من جهة الاتصال؛ لم يُؤكَّد مجدداً بعد",
      notYetConfirmed: "لم تؤكده جهة الاتصال بعد",
    },
    own: {
      title: "بياناتك في دليل جهات الاتصال: {{heading}}",
      confirm: "تأكيد، البيانات صحيحة",
      change: "تغيير حقل",
      footer: "يمكنك أيضاً أن تكتب مثلاً: «change my phone to +254 20 123 4567».",
    },
    edit: {
      title: "تغيير حقل: {{heading}}",
      intro:
        "أي حقل ({{names}}) وقيمته الجديدة. سأعرض عليك القيمة قبل التغيير وبعده، ولن أغيّر شيئاً قبل تأكيدك.",
      field: "الحقل",
      value: "القيمة الجديدة",
      preview: "معاينة التغيير",
      unknownField: "«{{words}}» ليس حقلاً يمكنني تغييره؛ اختر واحداً من: {{names}}. لم يتغير شيء.",
    },
    preview: {
      title: "هل تريد تغيير {{field}}؟",
      before: "قبل",
      after: "بعد",
      confirm: "تأكيد التغيير",
      cancel: "إلغاء",
      footer: "لن يتغير شيء قبل تأكيدك. تنتهي صلاحية هذه المعاينة في {{when}}.",
    },
    done: "تم: أصبح {{field}} الآن {{value}}. {{told}}",
    told: "سيتم إخطار الأمانة.",
    logged: "التغيير مسجَّل في سجل تغييرات الدليل.",
  },
  rsvp: {
    mineTitle: "ردودك على الدعوات",
    party: "{{title}} ({{when}})",
    partyWithExperts: "{{title}} ({{when}}) {{experts}}",
    attendingList: "شكراً لك — سُجّل حضورك {{party}} في قائمة الأمانة.{{host}}{{start}}",
    attendingOrganiser: "شكراً لك — ستحضر {{party}}: {{place}}.{{start}}",
    waitlistOrganiser:
      "أنت على قائمة الانتظار (رقم {{position}}) لـ {{party}}: الفعالية مكتملة. سأخبرك فور توفر مكان.",
    waitlistList:
      "أنت على قائمة انتظار الأمانة (رقم {{position}}) لـ {{party}}: قائمتها مكتملة. سأخبرك فور توفر مكان فيها.{{host}}",
    tentativeOrganiser: "سُجّل ردك المبدئي بشأن {{title}} ({{when}})؛ اكتب «rsvp attending» عندما تتأكد.",
    tentativeList:
      "سُجّل ردك المبدئي بشأن {{title}} ({{when}}) في قائمة الأمانة؛ اكتب «rsvp attending» عندما تتأكد.{{host}}",
    declinedOrganiser: "شكراً لك — سُجّل أنك لن تحضر {{title}}.",
    declinedList: "شكراً لك — سُجّل في قائمة الأمانة أنك لن تحضر {{title}}. هذه القائمة ليست قائمة المضيف.",
    declinedListLink:
      "شكراً لك — سُجّل في قائمة الأمانة أنك لن تحضر {{title}}. هذه القائمة ليست قائمة المضيف: إذا كنت قد رددت على المضيف عبر {{link}}، فأبلغه هناك أيضاً.",
    remindHour: " سأذكّرك قبل ساعة من البدء.",
    startsIn_zero: " يبدأ خلال {{count}} دقيقة.",
    startsIn_one: " يبدأ خلال دقيقة واحدة.",
    startsIn_two: " يبدأ خلال دقيقتين.",
    startsIn_few: " يبدأ خلال {{count}} دقائق.",
    startsIn_many: " يبدأ خلال {{count}} دقيقة.",
    startsIn_other: " يبدأ خلال {{count}} دقيقة.",
    experts_zero: "مع {{count}} خبير مرافق ({{detail}})",
    experts_one: "مع خبير مرافق واحد ({{detail}})",
    experts_two: "مع خبيرين مرافقين ({{detail}})",
    experts_few: "مع {{count}} خبراء مرافقين ({{detail}})",
    experts_many: "مع {{count}} خبيراً مرافقاً ({{detail}})",
    experts_other: "مع {{count}} خبير مرافق ({{detail}})",
    namesToFollow: "الأسماء لاحقاً",
    namesMissing_zero: "{{names}}؛ {{count}} اسم لاحقاً",
    namesMissing_one: "{{names}}؛ اسم واحد لاحقاً",
    namesMissing_two: "{{names}}؛ اسمان لاحقاً",
    namesMissing_few: "{{names}}؛ {{count}} أسماء لاحقاً",
    namesMissing_many: "{{names}}؛ {{count}} اسماً لاحقاً",
    namesMissing_other: "{{names}}؛ {{count}} اسم لاحقاً",
    placeConfirmedOrganiser: "مكانك مؤكَّد",
    placeConfirmedList: "في قائمة الأمانة",
    placeWaitOrganiser: "الفعالية مكتملة، لذا ترتيبك {{position}} على قائمة الانتظار",
    placeWaitList: "قائمة الأمانة مكتملة، لذا ترتيبك {{position}} على قائمة انتظارها",
    hostLine: "هذه القائمة تُحفظ للأمانة؛ وليست رداً على المضيف. {{rest}}",
    hostLink: "لتأكيد مشاركتك، تطلب منك الدعوة الرد عبر {{link}}.",
    hostNoLink: "لا تتضمن الدعوة رابطاً للرد على المضيف.",
    button: { attending: "سأحضر", tentative: "ربما", declined: "لن أحضر" },
  },
  calendar: {
    noPublicUrl:
      "لا يمكنني إعطاؤك رابط تقويم: عنوان الويب العام للروبوت (PUBLIC_URL) غير مُعدّ. يرجى أن تطلب من مسؤول الروبوت تعيينه.",
    whole: "البرنامج كاملاً",
    mine: "جلساتك",
    oneEvent: "الفعالية",
    events_zero: "{{count}} فعالية",
    events_one: "فعالية واحدة",
    events_two: "فعاليتان",
    events_few: "{{count}} فعاليات",
    events_many: "{{count}} فعالية",
    events_other: "{{count}} فعالية",
    title: "{{what}} لتقويمك",
    addOne:
      "افتح هذا الرابط لإضافة «{{summary}}» إلى تقويمك. فتحه مرة أخرى لاحقاً يحدّثه بدلاً من إضافة نسخ:\n{{link}}",
    addMany_zero:
      "افتح هذا الرابط لإضافة {{count}} فعالية إلى تقويمك. فتحه مرة أخرى لاحقاً يحدّثها بدلاً من إضافة نسخ:\n{{link}}",
    addMany_one:
      "افتح هذا الرابط لإضافة فعالية واحدة إلى تقويمك. فتحه مرة أخرى لاحقاً يحدّثها بدلاً من إضافة نسخ:\n{{link}}",
    addMany_two:
      "افتح هذا الرابط لإضافة فعاليتين إلى تقويمك. فتحه مرة أخرى لاحقاً يحدّثهما بدلاً من إضافة نسخ:\n{{link}}",
    addMany_few:
      "افتح هذا الرابط لإضافة {{count}} فعاليات إلى تقويمك. فتحه مرة أخرى لاحقاً يحدّثها بدلاً من إضافة نسخ:\n{{link}}",
    addMany_many:
      "افتح هذا الرابط لإضافة {{count}} فعالية إلى تقويمك. فتحه مرة أخرى لاحقاً يحدّثها بدلاً من إضافة نسخ:\n{{link}}",
    addMany_other:
      "افتح هذا الرابط لإضافة {{count}} فعالية إلى تقويمك. فتحه مرة أخرى لاحقاً يحدّثها بدلاً من إضافة نسخ:\n{{link}}",
    feed: "لإبقاء البرنامج كاملاً في تقويمك مع كل تغيير، اشترك في موجزك الشخصي (لا تشاركه):\n{{feed}}",
    served:
      "الأوقات لحظات دقيقة يعرضها تقويمك بمنطقتك الزمنية. هل وصل الرابط إلى غيرك؟ اكتب «إعادة تعيين رابط التقويم».",
    notServed:
      "ملاحظة: خادم الويب الخاص بالروبوت لا يعمل الآن (يعمل عندما يكون الروبوت متصلاً بمنصة دردشة)، لذا لن تعمل هذه الروابط إلا حينها.",
    sentPrivately: "أرسلت إليك رابط التقويم في رسالة مباشرة.",
    resetDone:
      "تم: لم تعد روابط التقويم القديمة تعمل. اكتب «رابط التقويم» للحصول على الرابط الجديد، واشترك فيه مجدداً في تطبيق التقويم.",
    nothingOnDay: "لا شيء في البرنامج يوم {{day}}.",
    followNothing: "لا تتابع شيئاً بعد: اكتب «ذكرني …» أو رُدّ على دعوة، أو اطلب «التقويم» للبرنامج كاملاً.",
    sessionGone: "لم تعد هذه الجلسة في البرنامج. اطلب «التقويم» للبرنامج كاملاً.",
  },
  ping: {
    card: {
      title: "اختبار الاتصال لدليل جهات الاتصال",
      reminderTitle: "تذكير: اختبار الاتصال لدليل جهات الاتصال",
      notYet: "لم تُقر باستلام هذا الاختبار بعد.",
      body: "هذا اختبار للتحقق من أن الدليل العالمي لجهات الاتصال يستطيع الوصول إلى جهة الاتصال {{type}} لـ {{state}}.",
      askChat: "يرجى النقر على «الإقرار بالاستلام» (أو الرد بـ «تم الاستلام») قبل {{when}}.",
      askLink:
        "يرجى فتح الرابط أدناه والضغط على «الإقرار بالاستلام» قبل {{when}}. فتح الرابط وحده لا يسجل شيئاً.",
      askNoLink:
        "يرجى الإقرار بالاستلام قبل {{when}} بكتابة «تم الاستلام» إلى روبوت الوفود في الدردشة، من الحساب المرتبط بعنوان البريد الإلكتروني هذا، أو بإبلاغ الأمانة.",
      button: "الإقرار بالاستلام",
      footer: "اختبار الاتصال {{id}}",
    },
    name: "اختبار الاتصال {{id}} (جهة الاتصال {{type}}، {{state}})",
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
