/** Chinese answer wording (same keys and placeholders as `../en/messages.ts`; a test checks). */
import type { Messages } from "../en/messages.js";
import { chineseProgramme } from "./programme.js";

/** @example chineseMessages.greeting.thanks === "不客气。" */
export const chineseMessages: Messages = {
  programme: chineseProgramme,
  fact: {
    recording: "录音录像",
    "public-access": "公众能否参加",
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
    zone: "按{{zone}}",
    sameTime: "同一时间",
    samePlaces: "同样的两个地点",
    part: { morning: "上午", afternoon: "下午", evening: "晚上" },
  },
  greeting: {
    hello:
      "您好！可以问我会议日程：“今天有什么？”、“招待会在哪里？”、“接下来是什么？”——或输入“帮助”查看全部功能。",
    thanks: "不客气。",
  },
  gap: {
    title: "信函未说明{{what}}",
    body: "{{subject}}：信函未说明{{what}}。我只根据信函回答；请询问秘书处。",
    bodyNoSubject: "信函未说明{{what}}。我只根据信函回答；请询问秘书处。",
    online: "{{subject}}：信函未提供在线或远程参会方式；信函说明了举行地点（{{place}}）。",
    onlineInPerson: "{{subject}}为现场活动（{{place}}）；信函未提供在线或远程参会方式。",
    onlineHybrid: "{{subject}}以混合形式举行（{{place}}）。信函写道：“{{note}}”",
  },
  revisions: {
    changedOn: "已于{{date}}更改",
    changedOnWas: "已于{{date}}更改（原为{{was}}）",
    cancelledOn: "已于{{date}}取消",
    noRoomBefore: "未注明会议室",
    noLinkBefore: "未提供链接",
    moved: "{{label}}：改至{{when}}（原为{{before}}）",
    roomNow: "{{label}}：会议室现为{{after}}（{{was}}）",
    roomWas: "原为{{before}}",
    roomNoneBefore: "此前未指定",
    roomGone: "{{label}}：不再指定会议室（原为{{before}}）",
    linksNow: "{{label}}：链接现为{{after}}",
    linksWere: "（原为{{before}}）",
    linksGone: "{{label}}：链接已删除（原为{{before}}）",
    cancelled: "{{label}}（{{before}}）已取消",
    reinstated: "{{label}}重新列入议程：{{after}}",
    added: "新增：{{label}}，{{when}}",
    removed: "{{label}}（{{before}}）已从议程中删除",
    title: "“{{before}}”现更名为“{{after}}”",
    details: "{{label}}：{{after}}",
    detailsGone: "{{label}}：通知已撤销",
    noticeTitle: "议程已更改（第{{version}}版，{{date}}）",
    noticeFooter: "您收到此消息是因为您对这些项目设有提醒或已答复。输入“停止变更通知”即可不再接收。",
  },
  broadcast: {
    title: "秘书处来函",
    ack: "确认收到",
    footer: "请确认您已阅读本消息。",
    footerLink: "请确认您已阅读本消息：打开链接并点击“确认收到”。",
    footerChat: "请在聊天中向机器人发送“acknowledge”，确认您已阅读本消息。",
    originalIn: "此消息为{{language}}，未提供您所用语言的译文。",
    recorded: "谢谢：已记录您的确认。",
    already: "您此前已确认收到此消息，谢谢。",
    notAsked: "此消息没有需要为您记录的确认。",
    recordedOf: "谢谢：已记录您对{{label}}的确认。",
    alreadyOf: "您此前已确认收到{{label}}，谢谢。",
    waiting: "{{when}}的消息（“{{text}}”）",
    typedTooOld:
      "输入的文字不能确认送达您已超过{{days}}天的消息，因此未为{{list}}作任何记录。如您指的是该消息，请在该消息上点击“确认收到”。",
    pagePress: "请点击按钮，确认您已阅读。",
  },
  conversion: {
    title: "{{from}}即{{to}}",
    side: "{{clock}} {{place}}（{{zoneName}}），{{date}}",
    place: "{{place}}时间",
    line: "{{clock}} {{fromLabel}} = {{converted}} {{toLabel}}",
    venueNote: "按会场时间（{{fromLabel}}）理解。如需从其他时区换算，请说明：“内罗毕时间15:00是德里几点”。",
    now: "现在是{{there}}；会场为{{venue}}。",
    nowAtVenue: "会场现在是{{venue}}。",
  },
  language: {
    chosen: "我将用中文回答您。如需更换，请说出语言名称。",
    unsupported:
      "抱歉，我只能用以下语言回答：{{languages}}。请用其中一种语言书写，或选择：“English please”、“请用中文”。",
    choose: "语言",
  },
  fallback: {
    /** An empty message (spaces only, or nothing after the mention): what can be asked, no greeting. */
    empty: "可以问我会议日程：“今天有什么？”、“招待会在哪里？”、“接下来是什么？”——或输入“帮助”查看全部功能。",
    notUnderstood:
      "抱歉，我没有理解。可以试试“星期四下午有什么？”、“招待会是什么时候？”、“接下来是什么？”——或输入“帮助”查看全部功能。",
    staleButton: "该按钮已失效。输入“帮助”查看我能做什么。",
  },
  file: {
    tooLarge:
      "{{name}} 大小为 {{size}} MB；我最多接受 {{limit}} MB 的文件。未作任何更改。请拆分文件，或用命令行工具导入。",
    unsupportedType:
      "我只读取 CSV 文件（名单或联络点名录）和 YAML 文件（日程）；{{name}} 都不是。未作任何更改。",
    notText: "{{name}} 不是文本文件：请另存为 UTF-8 的 CSV 或 YAML 后重新发送。未作任何更改。",
    downloadFailed: "我无法下载 {{name}}。未作任何更改；请重新发送。",
    oneAtATime: "请一次只发送一个文件（同时收到了 {{count}} 个）。未作任何更改。",
    unknownCsv:
      "我无法判断 {{name}} 是什么：它的标题行既不是名单的（email,name,state,roles），也不是联络点名录的（state,type,name,…）。请在同一条消息中加上“import roster”或“import poc directory”重新发送。未作任何更改。",
    pastedCsv:
      "这看起来是 CSV 文件中的几行。单独发送时我不知道它们的用途：如要导入名单或联络点名录（秘书处），请将文件作为附件发送，或在同一条消息中把这些行放在“import roster”或“import poc directory”之后重新发送。未作任何更改。",
  },
  secretariat: {
    ping: {
      noRecord: "{{state}}（{{code}}）：没有联络点记录",
      noType: "{{state}}（{{code}}）：没有{{type}}联络点",
      cancelled_other:
        "连通性测试{{id}}已取消：{{count}}条尚未发送的测试消息和提醒将不再发送；已作出的确认仍然有效。随后附上其报告。",
      cancelledAllSent:
        "连通性测试{{id}}已取消：所有测试消息和提醒均已发送；已作出的确认仍然有效。随后附上其报告。",
      absentHeading: "名录中没有，因此未发送测试",
      absentReply: "名录中没有，因此未发送测试：{{list}}。",
    },
    csv: {
      closingQuote:
        '第 {{row}} 行：带双引号的单元格在右引号之后还有内容（在“{{got}}”处）。在带引号的单元格内，双引号要写两次："Peter ""Kip"" Otieno"。',
      quoteNotClosed:
        '第 {{row}} 行：某个单元格以双引号（"）开头，但没有闭合。请闭合它，或在带引号的单元格内把双引号写两次（""）。',
      openingQuote:
        '第 {{row}} 行：某个单元格含有双引号（"），但单元格本身没有加引号。请给整个单元格加上双引号，并把其中的引号写两次："Peter ""Kip"" Otieno"。',
    },
    export: {
      channel: "联络点名录包含联系方式：请在私信中请求导出，不要在频道中。未发送任何内容。",
      empty: '联络点名录为空：请先导入（"import poc directory"）。',
      whole: "联络点名录，共 {{count}} 条记录（CSV，可原样重新导入）：",
      part: "联络点名录，共 {{count}} 条记录（CSV，第 {{part}} 部分，共 {{parts}} 部分）：",
    },
    /** The drafts in the list of broadcasts ("broadcasts"): waiting for their confirmation, not sent. */
    broadcastDrafts: {
      heading: "草稿（未发送；草稿保留一小时）：",
      line: "• {{id}} — {{author}}的草稿，发给{{audience}}（受众：{{count}}）：{{text}}",
    },
    /** A rehearsal of a broadcast draft ("rehearse broadcast [id]"), shown to its author only. */
    broadcastRehearsal: {
      heading:
        "草稿 {{id}} 的预演，发给{{audience}}：仅向您显示，即{{language}}读者将收到的样子。未发送任何内容；该草稿仍在等待确认。",
      none: "您没有待发送的群发草稿（草稿保留一小时）。请先撰写群发（“broadcast to …: <文本>”），再输入“rehearse broadcast”。未发送任何内容。",
      unknown:
        "没有待发送的群发草稿 {{id}}：它已被确认、放弃或已过期（草稿保留一小时）。输入“broadcasts”可列出草稿。未发送任何内容。",
    },
    template: {
      poc: "联络点名录 CSV 模板：每个联络点一行；“type”为“diplomatic”或“technical”；多个电子邮件地址用分号分隔；“last_confirmed”为日期（YYYY-MM-DD）或留空。请作为 CSV 文件发送，或在私信中放在“import poc directory”之后粘贴：\n{{template}}",
    },
    approval: {
      held: '等待秘书处另一名成员批准：{{what}}。在秘书处另一名成员私信我说"approve {{id}}"（或"reject {{id}}"）之前不会执行任何操作；请求保留 24 小时。',
      notice: '{{who}} 请求{{what}}。需要秘书处另一名成员批准：请私信我说"approve {{id}}"或"reject {{id}}"。',
      approvedNotice: "{{who}} 批准了 {{id}}（{{what}}），正在执行。",
      rejectedNotice: "{{who}} 拒绝了 {{id}}（{{what}}），未执行任何操作。",
      none: "没有等待批准的请求。",
      list: "等待秘书处另一名成员批准：",
      item: "{{id}}：{{what}}，由 {{who}} 提出（{{when}}）",
      channel: "批准须在私信中决定，不能在频道中。未执行任何操作。",
      unknown:
        '没有等待批准的 {{id}}：它已被决定、已过期（24 小时后）或从未存在。说"pending approvals"可查看列表。未执行任何操作。',
      own: "{{id}} 是您本人提出的：必须由秘书处另一名成员批准。未执行任何操作。",
      approved: "已批准 {{id}}（{{what}}，由 {{who}} 提出）。现在执行：",
      rejected: "已拒绝 {{id}}（{{what}}，由 {{who}} 提出），未执行任何操作。",
      whatImport_other: "导入联络点名录（{{count}} 条记录）",
      whatBroadcast_other: "向{{audience}}群发（{{count}} 条消息）",
    },
    rsvp: {
      people_other: "{{count}} 人",
      answers_other: "{{count}} 个回复",
      withExperts: "携带专家的回复",
      ofState: "{{state}}",
    },
    /** A person in the Secretariat's lists, always with their State (a POC with their type too). */
    who: {
      person: "{{name}}（{{state}}）",
      noState: "{{name}}（名单上没有国家）",
      poc: "{{name}}（{{state}}，{{type}}联络点）",
    },
    /** “李伟收到了吗？”：某人是否收到了最近的联络测试或广播。 */
    receipt: {
      noneSent: "尚未发出任何广播或联络测试。",
      noPing: "尚未进行过联络测试。",
      noBroadcast: "尚未发送任何广播。",
      pingHead: "联络测试 {{id}}，开始于 {{at}}：",
      broadcastHead: "发给{{audience}}的广播 {{id}}（“{{title}}”），确认于 {{at}}：",
      whoIsMeant:
        "不清楚“{{pronoun}}”指的是谁：您刚才没有询问某一个人。请给出姓名，例如“did Li Wei get it”。",
      latestPing:
        "这是 {{count}} 次联络测试中最近的一次。如需询问其他测试，请注明日期或编号：“did {{name}} get the ping of {{day}}”（“ping tests”可列出全部）。",
      latestBroadcast:
        "这是 {{count}} 次广播中最近的一次。如需询问其他广播，请注明日期、编号或其文字中的词语：“did {{name}} get the broadcast of {{day}}”（“broadcasts”可列出全部）。",
      noSuchPing: "没有与“{{which}}”相符的联络测试。最近的联络测试：{{list}}。",
      noSuchBroadcast: "没有与“{{which}}”相符的广播。最近的广播：{{list}}。",
      nobodyPing:
        "联络测试 {{id}} 的联络点中没有人叫“{{name}}”。请按联络点名录中的写法给出姓名，或说“ping test report {{id}}”查看所有人。",
      nobodyBroadcast:
        "广播 {{id}} 的收件人中没有人叫“{{name}}”。请按名单中的写法给出姓名，或说“broadcast report {{id}}”查看所有人。",
      several: "“{{name}}”对应多人；请给出您所指之人的全名：",
      only: "抱歉，只有秘书处可以查看谁收到了广播或联络测试。",
      ping: {
        inTime: "{{who}}：于 {{sent}} 收到，于 {{at}} 按时确认。",
        late: "{{who}}：于 {{sent}} 收到，于 {{at}} 逾期确认。",
        awaiting: "{{who}}：于 {{sent}} 收到；尚未确认（测试开放至 {{closes}}）。",
        noAnswer: "{{who}}：于 {{sent}} 收到；始终未确认（测试已于 {{closes}} 结束）。",
        pending: "{{who}}：尚未收到；测试消息仍在发送中。",
        failed: "{{who}}：未收到；测试消息未通过任何渠道送达（{{reasons}}）。",
        cancelled: "{{who}}：未发送；测试在发送前已取消。",
      },
      broadcast: {
        sent: "{{who}}：于 {{at}} 收到（{{channel}}）。",
        pending: "{{who}}：尚未收到；仍在发送中（{{channel}}）。",
        failed: "{{who}}：未收到；发送失败（{{channel}}：{{error}}）。",
        cancelled: "{{who}}：未发送（{{channel}}）；广播已取消或为时已晚。",
        unreachable: "{{who}}：未发送；未在聊天中联系过，也没有电子邮件地址。",
        acked: "{{who}}：已于 {{at}} 确认。",
        notAcked: "{{who}}：尚未确认。",
      },
      channel: { chat: "聊天", email: "电子邮件" },
    },
  },
  zone: {
    offer: "您说您在{{place}}（{{zone}}）。请说“我的时区是{{place}}”，回答中也会显示您的时间。",
  },
  dashboard: {
    title: "秘书处仪表板",
    skip: "跳到内容",
    signOut: "退出",
    nav: "仪表板",
    overview: "概览",
    rsvp: "邀请回复",
    poc: "联络点名录",
    ping: "联络测试",
    broadcasts: "群发消息",
    reminders: "提醒",
    times: "时间为{{zone}}（{{tz}}）。",
  },
};
