/** Chinese wording of the features (same keys and placeholders as `../en/features.ts`; one plural form). */

/** @example chineseFeatures.home.title === "即将进行" */
export const chineseFeatures = {
  help: {
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
    everySession: "我会在每场会议{{lead}}提醒您{{changed}}。{{next}}",
    was: "（原为{{lead}}）",
    next: "下一场：{{label}}，{{when}}。",
    noneLeft: "不过，日程中已没有剩余的会议。",
    title: "您的提醒",
    stoppedEvery: "已完成：不再在每场会议前提醒您。",
    noneEvery: "您没有设置每场会议的提醒。",
    lead: {
      start: "开始时",
      dayBefore: "前一天",
      hours_other: "{{count}}小时",
      minutes_other: "{{count}}分钟",
      join: "{{hours}}{{minutes}}",
      before: "前{{amount}}",
    },
  },
  poc: {
    confirmed: "谢谢：您的信息已确认。下次确认日期为{{day}}。",
    changedSince: "自该卡片显示以来，您的记录已有变动；未确认任何内容。以下是您记录的当前内容。",
  },
  ping: {
    recorded: "谢谢：已于{{when}}记录您的确认回执。",
    recordedOf: "谢谢：已于{{when}}记录您对{{name}}的确认回执。",
    already: "您已于{{when}}确认过此次测试。",
    alreadyOf: "您已于{{when}}确认过{{name}}。",
    late: "该确认晚于测试截止时间，因此记为逾期。",
    notAddressed: "此次测试发给的是另一位联络人；只有其本人可通过已验证邮箱的聊天账户确认。未记录任何内容。",
    nothing: "没有发给您的连通性测试需要确认。未记录任何内容。",
  },
};
