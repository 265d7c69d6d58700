/** Chinese answer wording (same keys and placeholders as `../en/messages.ts`; a test checks). */
import type { Messages } from "../en/messages.js";
import { chineseProgramme } from "./programme.js";

/** @example chineseMessages.greeting.thanks === "不客气。" */
export const chineseMessages: Messages = {
  programme: chineseProgramme,
  fact: {
    "dress-code": "着装要求",
    meals: "餐饮",
    parking: "停车",
    visas: "签证",
    wifi: "无线网络",
    interpretation: "口译",
    passes: "证件或安保",
    webcasting: "网播",
    seating: "座位安排",
    "rsvp-deadline": "回复截止日期",
    room: "会议室",
    "end-time": "结束时间",
    "remote-participation": "远程参会",
  },
  followUp: {
    day: "接着您上一个问题（{{day}}）；问今天请说“今天”。",
    carried: "接着您上一个问题：{{what}}。",
    subject: "关于{{subject}}",
    dayOf: "{{day}}",
    zone: "时间按{{zone}}",
    sameTime: "同一时间",
    part: { morning: "上午", afternoon: "下午", evening: "晚上" },
  },
  greeting: {
    hello: "您好！可以问我会议日程：“今天有什么？”、“招待会在哪里？”、“接下来是什么？”。",
    thanks: "不客气。",
  },
  gap: {
    title: "信函未说明{{what}}",
    body: "{{subject}}：信函未说明{{what}}。我只根据信函回答；请询问秘书处。",
    bodyNoSubject: "信函未说明{{what}}。我只根据信函回答；请询问秘书处。",
    online: "{{subject}}：信函未提供在线或远程参会方式；信函说明了举行地点（{{place}}）。",
    onlineHybrid: "{{subject}}以混合形式举行（{{place}}）。信函写道：“{{note}}”",
  },
  conversion: {
    title: "{{from}}即{{to}}",
    place: "{{place}}时间",
    line: "{{clock}} {{fromLabel}} = {{converted}} {{toLabel}}",
    venueNote: "按会场时间（{{fromLabel}}）理解。如需从其他时区换算，请说明：“内罗毕时间15:00是德里几点”。",
  },
  language: {
    chosen: "我将用中文回答您。如需更换，请说出语言名称。",
    unsupported:
      "抱歉，我只能用以下语言回答：{{languages}}。请用其中一种语言书写，或选择：“English please”、“请用中文”。",
    choose: "语言",
  },
  fallback: {
    notUnderstood:
      "抱歉，我没有理解。可以试试“星期四下午有什么？”、“招待会是什么时候？”、“接下来是什么？”——或输入“help”查看全部功能。",
    staleButton: "该按钮已失效。输入“help”查看我能做什么。",
  },
  zone: {
    offer: "您说您在{{place}}（{{zone}}）。请说“my time zone is {{place}}”，回答中也会显示您的时间。",
  },
};
