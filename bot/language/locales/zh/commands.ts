/**
 * Chinese command words (see `../../commands.ts`). Data only; `[x]` marks an optional
 * word. Chinese is written without spaces: a whole message matches with its spaces removed.
 */
import type { CommandWords } from "../../commands.js";

/** @example chineseCommands.commands.help.includes("帮助") === true */
export const chineseCommands: CommandWords = {
  locale: "zh",
  commands: {
    help: ["帮助", "菜单", "命令", "你能做什么", "你好", "您好"],
    myReminders: ["提醒", "我的提醒", "[查看|显示]我的提醒", "我有哪些提醒", "我有什么提醒"],
    stopReminders: ["停止", "(停止|取消|删除|关闭)[所有][的]提醒", "取消订阅", "退订", "不要再提醒我"],
    myRsvps: ["我的回复", "我的rsvp", "[查看]我的[邀请]回复"],
    rsvpHelp: ["rsvp帮助", "怎么回复[邀请]", "如何回复[邀请]", "如何确认出席", "怎么(修改|更改)我的回复"],
    myDetails: ["[查看|显示]我的[联系]信息", "我的资料", "我的联系方式", "我在名录中的信息"],
    acknowledgePing: ["收到", "已收到", "确认收到", "测试已收到", "ping已收到"],
    calendarLink: ["日历", "我的日历", "日历链接", "我的日历链接", "订阅(日历|日程)"],
    resetCalendarLink: ["(重置|更新|撤销|更换)我的日历链接", "新的日历链接"],
  },
  terms: {
    提醒我: "remind me",
    之前: "before",
    前: "before",
    分钟: "minutes",
    小时: "hours",
    半小时: "half an hour",
    一小时: "an hour",
    前一天: "the day before",
    每场会议: "every session",
    下一场会议: "next session",
    下次会议: "next session",
    rsvp: "rsvp",
    出席: "attending",
    参加: "attending",
    不出席: "no",
    不参加: "no",
    可能: "maybe",
  },
  numberWords: {
    零: 0,
    一: 1,
    两: 2,
    二: 2,
    三: 3,
    四: 4,
    五: 5,
    六: 6,
    七: 7,
    八: 8,
    九: 9,
    十: 10,
    十二: 12,
    十五: 15,
    二十: 20,
    三十: 30,
    四十五: 45,
    六十: 60,
    九十: 90,
  },
};
