/** Chinese wording of the features (same keys and placeholders as `../en/features.ts`; one plural form). */

/** @example chineseFeatures.home.title === "即将进行" */
export const chineseFeatures = {
  help: {
    modules: {
      reminders: {
        title: "提醒",
        examples: "每场会议前15分钟提醒我\n我的提醒\n取消所有提醒",
      },
      rsvp: {
        title: "邀请回复（RSVP）",
        examples: "rsvp 出席\nrsvp 待定 / rsvp 不出席\n我的回复",
      },
      poc: {
        title: "联络点名录",
        examples: "我的联系方式（然后点击“修改字段”或“确认”）",
      },
      timeZone: {
        title: "您的时区",
        examples:
          "我的时区是东京（按城市选择时区）\n我的时区（查看所选时区）\n重置我的时区（恢复使用聊天应用的时区）",
      },
      revisions: {
        title: "议程变更",
        examples: "停止变更通知（不再接收变更通知）\n恢复变更通知（重新接收）",
      },
      calendar: {
        title: "日历",
        examples: "我的日历\n日历链接\n把周四加入我的日历\n把能力建设加入我的日历\n把全部日程加入我的日历",
      },
      language: {
        title: "语言",
        examples: "English please\nlanguage: français\nen español por favor\nпо-русски\nبالعربية\n请用中文",
      },
    },
    title: "您可以这样问我",
    footer: "时间以会场当地时间显示；如与您的时间不同，也会显示您的时间。",
  },
  home: {
    title: "即将进行",
    onNow: "（正在进行）",
    nothing: "我掌握的日程中没有其他安排。",
    footer: "关于日程，尽管问我，例如“星期四下午有什么安排？”",
  },
  reminders: {
    whichToChange:
      "您的提醒：\n{{list}}\n要更改哪一个？请说出活动或日期，例如“把招待会的提醒改为{{lead}}”。未作任何更改。",
    noneNamed:
      "您的提醒中没有与之相符的。您的提醒：\n{{list}}\n请说出活动或日期，例如“把招待会的提醒改为{{lead}}”。未作任何更改。",
    severalNamed:
      "您有多个提醒与之相符。您的提醒：\n{{list}}\n要更改哪一个？例如“把招待会的提醒改为{{lead}}”。未作任何更改。",
    lines: {
      sessionWhen: "{{label}}，{{when}}",
      noUpcoming: "没有即将到来的提醒。",
      pastHidden_other: "（另有{{count}}个提醒所属会议已开始或结束，未显示）",
      gone: "{{id}}（已不在日程中）",
      becauseRsvp: "（因为您已确认出席）",
    },
    remark: {
      was: "原为{{lead}}",
      alreadyHad: "您已设置过此提醒",
      replaces: "与您关于{{what}}的提醒是同一场会议，将取代该提醒",
      insteadOfEvery: "取代您每场会议的提醒（{{lead}}）",
    },
    isNow: "{{label}}{{in}}开始（{{when}}）——{{lead}}就是现在，这就是您的提醒。",
    tooSoon:
      "{{label}}{{in}}开始（{{when}}），早于{{lead}}：未设置提醒。如需更短的提醒，请要求提前{{minutes}}分钟。",
    relative: {
      now: "现在",
      in: "{{amount}}后",
      ago: "{{amount}}前",
    },
    empty: "您没有任何提醒。试试“每场会议前15分钟提醒我”。",
    nextHeading: "下一个",
    listFooter: "输入“取消所有提醒”停止全部提醒，“取消……的提醒”停止其中一个，或“把我的提醒改为30分钟前”。",
    stoppedAbout: "已完成：不再提醒{{what}}。{{still}}",
    noneAbout: "您没有关于{{what}}的提醒。{{still}}",
    noneAboutOwn: "您没有单独关于{{what}}的提醒。{{still}}",
    stillEvery: " 您仍有每场会议前的提醒，其中包括此项；如要停止，请输入“取消每场会议的提醒”。",
    error: {
      begun: "{{label}}（{{when}}）已经开始或已经结束。",
      begunMany: "以下活动已经开始或已经结束：\n{{list}}",
      outOfRange: "提醒时间可以在开始时至开始前24小时之间；“{{words}}”超出了这个范围。",
      outOfRangeUnquoted: "提醒时间可以在开始时至开始前24小时之间；您要求的时间超出了这个范围。",
      clockTime:
        "我会在会议开始前的一段固定时间提醒您（开始时至开始前24小时之间），而不是在某个具体时刻：例如“招待会前2小时提醒我”。",
      what: "提醒您什么？例如“每场会议前15分钟提醒我”或“下一场会议提醒我”。",
      notFound:
        "在日程中找不到“{{what}}”。请尝试“下一场会议”、某个议题、某一天（“星期四”）、“招待会”或“每场会议”。",
      notFoundUnquoted:
        "在日程中找不到该内容。请尝试“下一场会议”、某个议题、某一天（“星期四”）、“招待会”或“每场会议”。",
      stopNotFound: "在日程中找不到“{{what}}”。输入“我的提醒”查看您的提醒。",
      stopNotFoundUnquoted: "在日程中找不到该内容。输入“我的提醒”查看您的提醒。",
      nothingNext: "日程中已没有后续安排，因此没有下一场会议可提醒。",
      nothingToChange: "您没有可以更改的待发提醒。例如可以说“下一场会议前30分钟提醒我”。",
      staleButton: "该按钮已失效。输入“我的提醒”查看您的提醒。",
    },
    card: {
      today: "提醒：{{label}}今天举行",
      startsIn: "提醒：{{label}}将在{{amount}}后开始",
      startingNow: "提醒：{{label}}正在开始",
      started: "提醒：{{label}}已于{{amount}}前开始",
      when: "时间",
      yourTime: "您的时间",
      where: "地点",
      items: "议程项目",
      moved: "⚠ 时间已变更：最初公布的时间为{{before}}。下面是当前时间。",
      addToCalendar: "添加到我的日历",
      stop: "停止这些提醒",
    },
    aboutOne: "我会提醒您：{{what}}。",
    aboutMany: "我会提醒您：\n{{list}}",
    everySessionLine: "每场会议 — {{lead}}",
    stoppedNone: "您没有任何提醒，无需停止。输入“提醒我……”即可设置提醒。",
    automatic: "（包括您已回复活动的自动提醒）",
    stopped_other:
      "已完成：已停止{{count}}个提醒{{automatic}}，今后您回复的活动也不会再有自动提醒。输入“提醒我……”即可重新开始。",
    everySession: "每场会议我都会提醒您：{{lead}}{{changed}}。{{next}}",
    was: "（原为{{lead}}）",
    next: "下一场：{{label}}，{{when}}。",
    noneLeft: "不过，日程中已没有剩余的会议。",
    title: "您的提醒",
    stoppedEvery: "已完成：不再在每场会议前提醒您。",
    noneEvery: "您没有设置每场会议的提醒。",
    whenBoth: "{{venue}}（{{asker}}）",
    lead: {
      milestoneStart: "当天{{zone}}{{time}}",
      milestoneDayBefore: "前一天{{zone}}{{time}}",
      milestoneBefore: "当天{{zone}}{{time}}前{{amount}}",
      withWhen: "{{lead}}（{{when}}）",
      start: "开始时",
      dayBefore: "前一天",
      hours_other: "{{count}}小时",
      minutes_other: "{{count}}分钟",
      join: "{{hours}}{{minutes}}",
      before: "开始前{{amount}}",
    },
  },
  poc: {
    sentByDm: "我已通过私信回复您。",
    emailPage: {
      confirmTitle: "确认您的信息：{{heading}}",
      confirmText: "如以上信息仍然正确，请按下按钮。",
      wrongTitle: "您的信息有误：{{heading}}",
      wrongText: "按下按钮通知秘书处，秘书处将与您联系进行更正。您也可以在聊天中给代表机器人写信，自行更正。",
      wrongButton: "通知秘书处",
      wrongDone: "谢谢：已通知秘书处，秘书处将与您联系更正您的信息。信息未作任何更改。",
      changed: "自发送此电子邮件以来，您的信息已有变动；未作任何记录。下一次请求将显示其当前内容。",
    },
    reason: {
      phoneEmpty: "号码为空；请提供号码，例如+254 20 123 4567",
      extensionTooLong: "分机号“{{ext}}”有{{digits}}位；分机号最多10位",
      phoneCharacters:
        "“{{written}}”含有数字、空格和 + ( ) - . / 以外的字符；请写成+254 20 123 4567（分机号写成“ext. 12”）",
      noCountryCode: "“{{written}}”没有国家代码；请使用国际格式，以+和国家代码开头（例如+41 22 917 1234）",
      phoneTooShort: "“{{written}}”作为电话号码太短",
      phoneTooShortIn: "“{{written}}”作为电话号码太短（{{country}}）",
      phoneTooLong: "“{{written}}”作为电话号码太长",
      phoneTooLongIn: "“{{written}}”作为电话号码太长（{{country}}）",
      unknownCountryCode: "“{{written}}”不是以已知的国家代码开头",
      phoneUnreadable: "无法将“{{written}}”识别为电话号码；请写成+254 20 123 4567",
      phoneInvalid: "“{{written}}”不是有效的电话号码（请核对数字）",
      phoneInvalidIn: "“{{written}}”不是有效的电话号码（{{country}}）（请核对数字）",
      hoursSpan:
        "“{{written}}”不是工作时间段；请写成09:00-17:00，可在后面加上日期，例如“09:00-17:00 周一-周五”",
      startClock: "{{time}}不是一天中的时间（00:00至23:59）",
      endClock: "{{time}}不是一天中的时间（00:00至24:00）",
      startAt24: "工作时间不能从24:00开始",
      endBeforeStart:
        "结束时间（{{end}}）必须晚于开始时间（{{start}}）；全天候值守请写“00:00-24:00 周一-周日”",
      days: "“{{written}}”不是某一天或日期范围；请写成例如“周一-周五”或“周日-周四”",
      emailNeeded: "至少需要一个电子邮件地址",
      emailInvalid: "“{{written}}”不是有效的电子邮件地址",
      fingerprintEmpty: "PGP指纹为空",
      fingerprintCharacters: "PGP指纹只含数字0-9和字母A-F；发现：{{found}}",
      fingerprintLength: "PGP指纹有40个十六进制字符（v5/v6密钥为64个）；此指纹有{{length}}个",
      zoneCity: "“{{written}}”不是IANA时区；{{written}}请写{{zone}}",
      zoneUnknown: "“{{written}}”不是IANA时区；请写成“Africa/Nairobi”或“Europe/Paris”",
      textEmpty: "“{{field}}”为空",
      textLong: "“{{field}}”超过200个字符",
      textLines: "“{{field}}”必须写在一行内",
      textLetters: "“{{field}}”至少需要两个字母",
    },
    error: {
      emptyValue: "请提供新的值（{{field}}），例如“把我的{{field}}改为…”。未作任何更改。",
      required: "技术联络人必须填写此项（{{field}}），不能删除；请提供新的值。未作任何更改。",
      invalid: "该值无效（{{field}}）：{{reasons}}。未作任何更改。",
      invalidHours: "该工作时间无效：{{reasons}}。未作任何更改。",
      notSet: "此项（{{field}}）尚未填写。未作任何更改。",
      emailOne: "请给出一个电子邮件地址，例如“把 name@example.org 添加到我的邮箱”。未作任何更改。",
      emailListed: "{{email}} 已在您的邮箱地址中。未作任何更改。",
      emailNotListed: "{{email}} 不在您的邮箱地址中（{{list}}）。未作任何更改。",
      already: "此项（{{field}}）已经是 {{value}}。未作任何更改。",
      zonePlaceUnknown:
        "我不知道“{{written}}”的时区。请写您所在的城市（例如“内罗毕”）或IANA时区（例如“Africa/Nairobi”）。未作任何更改。",
      zoneSeveral:
        "“{{written}}”有多个时区，无法确定哪一个是您的。请写您所在的城市（例如“芝加哥”）或IANA时区（例如“America/Chicago”）。未作任何更改。",
      notSetHours: "此项（{{field}}）尚未填写。未作任何更改。",
      alreadyHours: "此项（{{field}}）已经是 {{value}}。未作任何更改。",
      whichType:
        "您同时是{{state}}的外交联络人和技术联络人；请说明是哪一个，例如“把我的技术{{field}}改为…”。未作任何更改。",
    },
    request: {
      changedSince: "在您上次确认（{{day}}）之后，秘书处修改了您的信息。",
      checkBy: "请核对以下信息，并在{{due}}之前确认，或修改有误之处。",
      dueOn: "您的年度确认将于{{due}}到期。以下信息是否仍然正确？",
      confirmToday: "请于今天（{{due}}）确认以下信息，或修改有误之处。",
      dueToday: "您的年度确认今天（{{due}}）到期。请确认以下信息，或更新已变动的内容。",
      emailLinks: "请使用下面的链接之一（仅打开链接不会记录任何内容）。",
      emailChat: "请用与此电子邮件地址关联的账户在聊天中回复代表机器人。",
      stillCorrect: "我的信息仍然正确",
      somethingWrong: "有信息不正确",
    },
    time: { never: "从未", venue: "纽约时间{{moment}}", reader: "{{venue}}（您的时间{{time}}，{{zone}}）" },
    confirmed: "谢谢：您的信息已确认。下次确认日期为{{day}}。",
    confirmPrompt:
      "以下内容是否仍然正确？请点击“确认，信息无误”，将其再确认12个月。在您点击之前，不会记录任何内容。",
    changedSince: "自该卡片显示以来，您的记录已有变动；未确认任何内容。以下是您记录的当前内容。",
    heading: "{{state}}（{{code}}）— {{type}}联络人",
    type: { technical: "技术", diplomatic: "外交" },
    // "my email is not …": what the record holds, and the question (no value proposed).
    denied: {
      holds: "您在名录中的{{field}}（{{type}}联络人）为 {{value}}。",
      ask: "正确的值是什么？请写，例如“把我的{{field}}改为 …”。未作任何更改。",
    },
    field: {
      phone: "电话",
      phone247: "全天候电话",
      emails: "电子邮件",
      name: "姓名",
      title: "职务",
      organisation: "机构",
      hours: "工作时间",
      timeZone: "时区",
      pgpFingerprint: "PGP指纹",
    },
    /** A field as the change preview's question names it (French adds the article). */
    fieldThe: {
      phone: "电话",
      phone247: "全天候电话",
      emails: "电子邮件",
      name: "姓名",
      title: "职务",
      organisation: "机构",
      hours: "工作时间",
      timeZone: "时区",
      pgpFingerprint: "PGP指纹",
    },
    label: {
      phone: "电话",
      phone247: "全天候电话",
      emails: "电子邮件地址",
      name: "姓名",
      title: "职务",
      organisation: "机构",
      hours: "工作时间",
      timeZone: "时区",
      pgpFingerprint: "PGP指纹",
      status: "状态",
      lastConfirmed: "上次确认",
      nextDue: "下次确认截止",
    },
    status: {
      confirmed: "已确认",
      changedBySecretariat: "联络人上次确认后已由秘书处修改；尚未重新确认",
      notYetConfirmed: "联络人尚未确认",
      overdue: "确认已逾期（应于{{day}}确认）",
    },
    own: {
      zoneWithPlace: "{{zone}}（{{place}}）",
      // The "next confirmation due" of a record the POC never confirmed: due now.
      dueNow: "现在——尚未确认：请核对并确认",
      // An e-mail change sent to the Secretariat, not made yet ("my details").
      waitingEmails:
        "一项修改自{{day}}起等待秘书处处理：电子邮件 → {{list}}（由{{who}}提出）。在秘书处作出修改之前，以下记录保持不变。",
      title: "您在联络点名录中的信息：{{heading}}",
      confirm: "确认，信息无误",
      change: "修改字段",
      footer: "您也可以输入，例如“把我的电话改为+254 20 123 4567”。",
    },
    edit: {
      title: "修改字段：{{heading}}",
      intro: "请填写要修改的字段（{{names}}）及其新值。我会先显示修改前后的内容，在您确认之前不做任何更改。",
      field: "字段",
      value: "新值",
      required: "请填写“{{label}}”。",
      preview: "预览修改",
      unknownField: "“{{words}}”不是我可以修改的字段；请从以下字段中选择：{{names}}。未作任何更改。",
    },
    preview: {
      cancelled: "已取消。未作任何更改。",
      nothingToCancel: "没有待确认的更改可以取消。未作任何更改。",
      title: "修改您的{{field}}？",
      before: "修改前",
      after: "修改后",
      confirm: "确认修改",
      cancel: "取消修改",
      footer: "在您确认之前不会有任何更改。此预览将于{{when}}失效。",
    },
    done: "已完成：您的{{field}}现为{{value}}。{{told}}",
    told: "秘书处将收到通知。",
    logged: "此项修改已记入名录的修改日志。",
    noRecord:
      "您的聊天账户没有对应的联络人记录。我根据您的聊天平台验证过的电子邮件地址（{{email}}）识别联络人；如果您是联络人，请秘书处将该地址添加到名录中您的条目。",
    noRecordNoEmail:
      "您的聊天账户没有对应的联络人记录：您的聊天平台没有提供经过验证的电子邮件地址，而我正是据此识别联络人。请联系秘书处。",
    otherType:
      "您是{{state}}（{{code}}）的{{held}}联络人，而不是其{{asked}}联络人；去掉“{{asked}}”即可查看或修改您的记录。",
    notYours: "只有相关联络人本人才能通过自己的聊天账户执行此操作。未作任何更改。",
    alreadyApplied: "该修改已经生效。",
    whichConfirm:
      "您同时是{{state}}的外交联络人和技术联络人；请说明是哪一个，例如“确认我的技术联络人信息”。未确认任何内容。",
    posixNote: "{{zone}}（即{{offset}}）",
    zoneFromPlace: "您写的是“{{written}}”：您的记录将保存时区 {{zone}}。",
    emailNewAddresses: "新地址须经秘书处核查后添加：确认即会将您的请求转交秘书处。",
    emailRemovedAddresses_other: "{{list}}将从记录中删除：如要保留某个地址，请在修改中一并列出。",
    emailAccountWarning: "注意：此项修改后，您的聊天账户（{{email}}）将不再被识别为该联络人。",
    newEmails:
      "谢谢。新的电子邮件地址须经秘书处核查后添加，因为由秘书处决定谁被认定为该联络人；我已将您的请求（{{list}}）转交秘书处。在秘书处添加新地址之前，您的记录保持不变。",
    notPending: "该修改已不再待确认（已过期、已取消或已被更新的修改取代）。未作任何更改。",
    changedSincePreview: "自该预览显示以来，您的记录已有变动。未作任何更改；请重新提出。",
    whichWaiting:
      "以下各项正在等待您的答复：将您的{{field}}改为{{value}}，以及{{list}}。回复“{{confirm}}”即应用修改，回复“收到”即确认另一项。未作任何更改，也未记录任何内容。",
  },
  rsvp: {
    whenBoth: "{{venue}}；{{asker}}",
    howTo: {
      invites: "{{title}}（{{day}}）邀请{{invited}}：由代表团团长答复并写明随行专家。",
      introList: "如需将您的答复记入秘书处名单，请在此输入：",
      intro: "如需答复，请在此输入：",
      attending: "•“rsvp 出席”；带专家：“rsvp 出席，带两名专家：张伟、李娜”（所属机构写在姓名后的括号内）",
      others: "•“rsvp 待定”或“rsvp 不出席”",
      change: "• 如需修改，请再次答复：“rsvp 出席，带一名专家：张伟”将替换原答复，“rsvp 不出席”将取消",
      mine: "•“我的答复”显示您的答复。",
    },
    ifYouMean: {
      attending: "如果您指的是{{title}}（{{day}}），请输入“rsvp 出席”。",
      declined: "如果您指的是{{title}}（{{day}}），请输入“rsvp 不出席”。",
      tentative: "如果您指的是{{title}}（{{day}}），请输入“rsvp 待定”。",
    },
    mine: {
      yourAnswer: "您的答复",
      toHost: "向主办方答复",
      toHostValue: "{{link}}（在此的答复记入秘书处名单，不会转给主办方）",
      answerBy: "答复截止",
      passed: "{{when}}（已过期）",
      notAnswered: "尚未答复",
      notYours: "不由您答复（邀请对象：{{invited}}）",
      none: "目前方案中没有需要答复的活动。",
      footerOpen: "活动开始前，您可以在此修改答复，例如“rsvp 不出席”或“rsvp 出席，带一名专家：张伟”。",
      footerAfterDeadline: "答复截止时间已过：活动开始前，您仍可谢绝或减少随行专家，例如“rsvp 不出席”。",
      footerNamed: "如需修改，请通过写明您的代表团团长。",
      toAttend: "如需出席，请在截止时间前答复。",
      closed: "这些活动的答复已截止，或不由您答复。",
    },
    notice: {
      you: "您",
      youAndExperts_other: "您及陪同专家（{{count}} 位）",
      confirmedOrganiser:
        "好消息：{{title}}（{{when}}）空出了一个名额。现已为{{party}}确认名额。如您无法出席，请回复“rsvp 不出席”。",
      confirmedList:
        "秘书处{{title}}（{{when}}）名单空出了一个名额：{{party}}现已列入名单。{{host}}如您无法出席，请回复“rsvp 不出席”。",
      waitOrganiser:
        "{{title}}的名额数有变：您现在是候补名单第 {{position}} 位。一有名额空出，我会立即通知您。",
      waitList:
        "秘书处{{title}}名单的名额数有变：您现在是其候补名单第 {{position}} 位。名单一有名额空出，我会立即通知您。",
    },
    error: {
      answerMissing:
        "请告诉我您的答复：“rsvp 出席”“rsvp 待定”或“rsvp 不出席”——可附专家，例如“rsvp 出席，带两名专家：张伟、李娜”。",
      countNotNumber: "“{{words}}”不是专家人数；请写0到{{max}}之间的数字。",
      organisation:
        "“{{organisation}}”看起来是机构，而不是人名：人名之间用逗号分隔，所属机构写在姓名后的括号内，例如“{{example}}”。未作任何更改。",
      namedTwice: "“{{name}}”被提到两次；每位专家只写一次。未作任何更改。",
      moreNames_other: "您写了{{count}}位专家的姓名，但给出的人数是{{said}}；请写正确的人数，或减少姓名。",
      tooMany: "专家：最多{{max}}名随行专家。",
      nameShort: "专家姓名“{{name}}”：专家姓名至少2个字符。",
      nameLong: "专家姓名“{{name}}”：专家姓名最多100个字符。",
      nameCharacters:
        "专家姓名“{{name}}”：专家姓名只能包含字母、空格、句点、撇号和连字符，末尾可在括号内写所属机构。",
      notUnderstood:
        "我没有理解您回复中的“{{words}}”（它不是任何需要回复的活动：{{list}}）。请输入，例如“rsvp 出席，带两名专家：张伟、李娜”或“rsvp 不出席”。",
      namedSelf:
        "您把自己（{{name}}）列为了专家：您已作为代表团团长计入。请只列出陪同您的人员。未作任何更改。",
      namedBefore:
        "您此前列出了 {{count}} 位专家（{{names}}）。请说明谁将出席，例如“{{example}}”。未作任何更改。",
      capacity_other:
        "{{title}}共有 {{count}} 个名额，{{party}} 人的团组永远无法获得名额。请减少专家人数后再回复，或联系秘书处。未作任何更改。",
      noExperts: "您没有为{{title}}列出任何专家。未作任何更改。",
      notAmong: "“{{wanted}}”不在您列出的专家之中（{{names}}）。未作任何更改。",
      changeTo: "请说明要改成什么，例如“rsvp 出席，带一名专家：张伟”、“rsvp 待定”或“rsvp 不出席”。",
      noEvents: "议程中没有需要回复邀请的活动。",
      unknownEvent: "我不知道名为“{{words}}”的需要回复的活动。需要回复的活动：{{list}}。",
      whichEvent: "哪一个活动？有多个活动需要回复：{{list}}。请说明名称，例如“rsvp 出席 {{kind}}”。",
      tookPlace: "{{title}}已于{{day}}举行；回复已截止。",
      begun: "{{title}}已经开始，回复已截止。",
      notInvited: "{{title}}邀请的是{{invited}}。如果您是代表团团长的随行人员，请团长在回复时将您列为专家。",
      namedGuests: "指定嘉宾",
      deadlinePassedFewer:
        "回复截止时间（{{when}}）已过：您仍可谢绝，或减少随行专家人数后答复；如需增加人数，请联系秘书处。未作任何更改。",
      deadlinePassed: "回复截止时间（{{when}}）已过。您仍可谢绝；如需出席，请联系秘书处。",
      staleInvitation: "该邀请已失效。输入“我的回复”查看可回复的活动。",
    },
    card: {
      title: "邀请：{{title}}",
      when: "时间",
      yourTime: "您的时间",
      where: "地点",
      invited: "受邀者",
      rsvpToHost: "向主办方回复",
      answerBy: "请于以下时间前回复",
      answerHereBy: "在此回复的截止时间",
      places: "名额",
      placesList: "秘书处名单名额",
      placesValue: "有限；满额后按回复顺序排候补",
      yourAnswer: "您的回复",
      honour: "{{host}}谨邀请您出席。",
      expertsCount: "随行专家人数",
      expertsNames: "随行专家姓名（以逗号分隔）",
      footerDeadline: "在上述日期之前，您可以在此更改回复：再次点击，或输入例如“rsvp 出席”。",
      footerStart: "在活动开始之前，您可以在此更改回复：再次点击，或输入例如“rsvp 出席”。",
    },
    mineTitle: "您的邀请回复",
    party: "{{title}}（{{when}}）",
    partyWithExperts: "{{title}}（{{when}}）{{experts}}",
    attendingList: "谢谢——已在秘书处名单上记下您将出席{{party}}。{{host}}{{start}}",
    attendingOrganiser: "谢谢——您将出席{{party}}：{{place}}。{{start}}",
    waitlistOrganiser:
      "您在{{party}}的候补名单上（第{{position}}位）：活动名额已满。一有空位我会立即通知您。",
    waitlistList:
      "您在秘书处{{party}}的候补名单上（第{{position}}位）：名单已满。名单上一有空位我会立即通知您。{{host}}",
    tentativeOrganiser: "已记下您对{{title}}（{{when}}）的暂定答复；确定后请输入“rsvp 出席”。",
    tentativeList:
      "已在秘书处名单上记下您对{{title}}（{{when}}）的暂定答复；确定后请输入“rsvp 出席”。{{host}}",
    declinedOrganiser: "谢谢——已记下您不出席{{title}}。",
    declinedList: "谢谢——已在秘书处名单上记下您不出席{{title}}。此名单并非主办方的名单。",
    declinedListLink:
      "谢谢——已在秘书处名单上记下您不出席{{title}}。此名单并非主办方的名单：如果您已通过{{link}}答复主办方，请也在那里告知对方。",
    remindHour: "我会在开始前一小时提醒您。",
    startsIn_other: "还有{{count}}分钟开始。",
    experts_other: "携{{count}}名随行专家（{{detail}}）",
    namesToFollow: "姓名待补",
    /** Between two sentences of a reply (none after Chinese "。"). */
    sentenceGap: "",
    /** Between expert names in a list ("Ana Lima, Raj Patel"). */
    nameSeparator: "、",
    namesMissing_other: "{{names}}；另有{{count}}人姓名待补",
    placeConfirmedOrganiser: "您的名额已确认",
    placeConfirmedList: "已列入秘书处名单",
    placeWaitOrganiser: "活动名额已满，您在候补名单上排第{{position}}位",
    placeWaitList: "秘书处名单已满，您在其候补名单上排第{{position}}位",
    hostLine: "此名单由秘书处保存，并非向主办方的答复。{{rest}}",
    hostLink: "如需确认出席，请柬要求您通过{{link}}答复。",
    hostNoLink: "请柬未提供向主办方答复的链接。",
    button: { attending: "出席", tentative: "待定", declined: "不出席" },
  },
  calendar: {
    notFound:
      "在日程中找不到“{{words}}”。请尝试“把周四加入我的日历”“把能力建设加入我的日历”或“把全部日程加入我的日历”。",
    notFoundUnquoted:
      "在日程中找不到该内容。请尝试“把周四加入我的日历”“把能力建设加入我的日历”或“把全部日程加入我的日历”。",
    noPublicUrl: "无法提供日历链接：机器人的公开网址（PUBLIC_URL）尚未配置。请联系机器人管理员进行设置。",
    whole: "全部日程",
    mine: "您的会议",
    oneEvent: "该活动",
    events_other: "{{count}}项活动",
    title: "{{what}}——添加到您的日历",
    addOne: "打开此链接，将“{{summary}}”添加到您的日历。以后再次打开会更新该条目，而不会添加副本：\n{{link}}",
    addMany_other:
      "打开此链接，将{{count}}项活动添加到您的日历。以后再次打开会更新这些条目，而不会添加副本：\n{{link}}",
    feed: "如需让日历中的全部日程随变动同步更新，请订阅您的个人日程源（请勿分享）：\n{{feed}}",
    served: "时间均为精确时刻，日历会按您所在时区显示。链接不慎外泄？请输入“重置我的日历链接”。",
    notServed:
      "注意：机器人的网络服务器目前未运行（机器人连接到聊天平台时才会运行），因此这些链接届时才能使用。",
    sentPrivately: "我已通过私信将日历链接发送给您。",
    resetDone: "已完成：您原来的日历链接已失效。输入“日历链接”获取新链接，并在日历应用中重新订阅。",
    nothingOnDay: "{{day}}日程中没有任何安排。",
    followNothing: "您尚未关注任何内容：输入“提醒我……”或回复邀请，或输入“日历”获取全部日程。",
    sessionGone: "该会议已不在日程中。请输入“日历”获取全部日程。",
  },
  links: {
    unknownTitle: "无法识别的链接",
    unknownText: "此链接无效：可能复制不完整。未作任何记录。请原样使用电子邮件中的链接，或在聊天中答复。",
    expiredTitle: "链接已过期",
    expiredText: "此链接已于{{when}}过期。未作任何记录。如仍需要您提供信息，秘书处会发送新的链接。",
    usedTitle: "已使用",
    usedText: "此链接已于{{when}}使用；该答复有效。未再作任何记录。",
    closedTitle: "已无需操作",
    closedText: "此请求已关闭或已取消。未作任何记录。",
    failedTitle: "未记录",
    failedText: "我们这边出了问题，未作任何记录。请几分钟后再试一次此链接。",
    thanks: "谢谢",
  },
  ping: {
    notPinged:
      "{{name}}未能送达您：发送时既联系不到聊天账户，也联系不到您的电子邮件，因此秘书处认为该次测试无法联系到您。未作任何记录。既然您已与机器人对话，下一次连通性测试将在这里送达您。",
    cancelledBy: "秘书处已取消此连通性测试（{{when}}）；无需确认收到。未作任何记录。",
    cancelledByOf: "秘书处已取消{{name}}（{{when}}）；无需确认收到。未作任何记录。",
    page: {
      alreadyTitle: "已确认收到",
      text: "请按下按钮，确认收到{{name}}。测试于{{when}}结束。",
      cancelled: "此连通性测试已取消；无需确认收到。未作任何记录。",
      alreadyRecorded: "此测试已于{{when}}确认收到。未再作任何记录。",
    },
    waiting_other:
      "有{{count}}条消息等待您确认收到：{{list}}——请在您所指的那条消息上点击“确认收到”。未作任何记录。",
    testOf: "{{when}}的连通性测试（{{id}}）",
    notYetChat:
      "{{name}}尚未送达您：正在通过聊天发送给您。未作任何记录：消息到达后，请点击“确认收到”或再次写“收到了”。",
    notYetEmail:
      "{{name}}尚未送达您：正通过电子邮件发送给您。未作任何记录：邮件到达后，请打开其中的链接或在这里再次写“收到了”。",
    notDelivered: "{{name}}的消息尚未送达此聊天账户，因此暂时无需确认。未作任何记录。",
    card: {
      title: "联络点名录连通性测试",
      reminderTitle: "提醒：联络点名录连通性测试",
      notYet: "您尚未确认收到此次测试。",
      body: "此次测试旨在确认全球联络点名录能够联系到{{state}}的{{type}}联络人。",
      askChat: "请在{{when}}之前点击“确认收到”（或回复“收到”）。",
      askLink: "请在{{when}}之前打开下面的链接并点击“确认收到”。仅打开链接不会记录任何内容。",
      askNoLink:
        "请在{{when}}之前确认：用与此电子邮件地址关联的账户在聊天中向代表机器人发送“收到”，或告知秘书处。",
      button: "确认收到",
      footer: "连通性测试{{id}}",
    },
    name: "连通性测试{{id}}（{{state}}{{type}}联络人）",
    recorded: "谢谢：已于{{when}}记录您的确认回执。",
    recordedOf: "谢谢：已于{{when}}记录您对{{name}}的确认回执。",
    already: "您已于{{when}}确认过此次测试。",
    alreadyOf: "您已于{{when}}确认过{{name}}。",
    late: "该确认晚于测试截止时间，因此记为逾期。",
    notAddressed: "此次测试发给的是另一位联络人；只有其本人可通过已验证邮箱的聊天账户确认。未记录任何内容。",
    noneOpen:
      "目前没有向您开放的ping测试，因此未作任何记录。下一次（{{title}}）定于{{date}}进行：收到其消息后请确认收到。",
    nothing: "没有发给您的连通性测试需要确认。未记录任何内容。",
    questionPending:
      "您对{{name}}的确认回执尚未记录，此问题也不会记录任何内容：如需确认，请点击该消息上的“确认收到”，或写“收到”（不带问号）。",
    questionRecorded: "是的：已于{{when}}记录您对{{name}}的确认回执。",
    questionWaiting:
      "等待您确认收到的消息：{{list}}。未记录任何内容：如需确认，请点击该消息上的“确认收到”，或写“收到”（不带问号）。",
    closed: "此次连通性测试已于{{when}}结束；确认回执受理至{{until}}。未作任何记录。",
    closedOf: "{{name}}已于{{when}}结束；确认回执受理至{{until}}。未作任何记录。",
  },
  timeZone: {
    unknown:
      "我不知道“{{text}}”这个时区。请说一个城市（“Tokyo”“Geneva”“New York”）或 IANA 时区（“Asia/Tokyo”）。",
    unknownPlace:
      "我不知道这个地方的时区。请说一个城市（“Tokyo”“Geneva”“New York”）或 IANA 时区（“Asia/Tokyo”）。",
    badOffset:
      "“{{text}}”不是任何地方使用的时差。请说一个城市（“Tokyo”“Geneva”“New York”）或 IANA 时区（“Asia/Tokyo”）。",
    chosen:
      "您的时区现为{{zone}}：回答和提醒会在会场时间旁显示该时区的时间。如要恢复使用聊天应用的时区，请输入“重置我的时区”。",
    showChosen:
      "您的时区是{{zone}}，由您本人选择。如要恢复使用聊天应用的时区，请输入“重置我的时区”；如要更改，请输入“我的时区是……”。",
    showApp:
      "您的时区是{{zone}}，来自您的聊天应用。如有误，请输入“我的时区是……”加城市名（“我的时区是日内瓦”）。",
    showListed:
      "您的时区是{{zone}}，来自您在联络点名录中的记录。如需以其他时区显示时间，请输入“我的时区是……”加城市名（“我的时区是日内瓦”）；“把我的时区改为……”会修改记录。",
    showNone:
      "您的聊天应用没有告诉我您的时区，因此我只显示会场时间。请输入“我的时区是……”加城市名（“我的时区是日内瓦”），即可同时看到您的时间。",
    notChosenApp: "您没有选择过时区；时间已按您聊天应用的时区显示：{{zone}}。",
    notChosenNone: "您没有选择过时区，您的聊天应用也未提供时区：我只显示会场时间。",
    resetApp: "已完成：时间重新按您聊天应用的时区显示：{{zone}}。",
    resetNone: "已完成：您的聊天应用未提供时区，因此我只显示会场时间。",
  },
  changeNotices: {
    off: "已完成：我不会再向您发送议程变更通知。如要重新接收，请输入“恢复变更通知”。",
    on: "已完成：您关注的会议有变更时，我会通知您。",
  },
  forms: {
    /** A card's label and value on one line of text ("When: Mon 4 Mar"). */
    field: "{{label}}：{{value}}",
    typeNumber: "（输入编号进行选择）",
    opens: "选择后会打开表单：{{names}}",
    optional: "{{label}}（可选）",
    cancel: "取消",
    failed: "抱歉，无法打开该表单。请再次点击按钮。",
    shortened: "（已缩短：此卡片超出应用可显示的长度。）",
  },
};
