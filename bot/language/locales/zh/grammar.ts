/**
 * Chinese words of the RSVP answer ("rsvp 参加，带2名专家：张伟、李娜"), read beside the
 * English ones by `bot/language/grammar.ts`; written without spaces, so matched without word
 * boundaries. Data only. Names are separated by "、", commas or "和" (which also splits a name
 * holding it, as Japanese "和子": write such names with "、").
 */
import type { LocaleGrammar } from "../../grammar.js";

/** @example chineseGrammar.rsvp?.attending?.includes("参加") === true */
export const chineseGrammar: LocaleGrammar = {
  locale: "zh",
  unspaced: true,
  rsvp: {
    // "rsvp" then one of these asks about the RSVP (its link, how to answer): a question.
    asking: ["链接", "怎么", "如何", "哪里", "什么时候"],
    declined: ["不参加", "不出席", "不能参加", "不能出席", "不来", "不是", "否"],
    tentative: ["可能", "也许", "待定", "不确定"],
    attending: ["参加", "出席", "会来", "是的", "是"],
    /** A yes-word that may come before a statement ("是的, …"). */
    yes: ["是的", "对"],
    statementAttending: ["我 [会|将|要] (参加|出席|来参加|去参加|来)"],
    questionEnds: ["吗", "呢", "么", "没有"],
    // "我不去招待会了": "not going" is a decline; "我去招待会…" is left out, as often the start of a
    // question without a question mark ("我去招待会怎么走").
    statementDeclined: ["我 (不会|不能|无法|不) (参加|出席|来参加|去参加|来|去)"],
    noExperts: ["不带专家", "没有专家", "一个人"],
    with: ["带", "携带", "带上"],
    experts: ["(名|位|个) 专家", "专家"],
    and: ["和", "与", "及"],
    listSeparators: ["，", "、", "；"],
    // "删除专家王伟", "去掉专家 Léa Petit": one expert fewer (the expert word always said: "删除我的提醒"
    // is a reminder's).
    removeExpert: ["[请] (删除|删掉|去掉|去除|移除) [随行] [专家]"],
    // "把王伟从我的回复中删除", "将专家王伟从名单中移除", "把专家王伟删掉", "从我的回复中删除王伟": the
    // name first with 把/将 and the verb last, or after "from my reply"; without "from my reply"
    // the expert word is said ("把我的提醒删除" is a reminder's).
    removeExpertAround: [
      "[请] (把|将) [随行] [专家] … (从|在) [我的] (回复|答复|rsvp|名单|专家名单|随行专家) (中|里) (删除|删掉|去掉|去除|移除)",
      "[请] (把|将) [随行] 专家 … (删除|删掉|去掉|去除|移除)",
      "[请] (从|在) [我的] (回复|答复|rsvp|名单|专家名单|随行专家) (中|里) (删除|删掉|去掉|去除|移除) [随行] [专家] …",
    ],
    // "取消我对招待会的回复": withdrawn, as "取消我的回复".
    cancelFor: ["[请] (取消|撤回|撤销) [我] (对|在) … 的 (回复|答复|rsvp)"],
    // "王芳不来了"：少一位专家；"只带一位专家：王芳"、"只带王芳"：留下的专家。
    expertAbsent: ["… (不来了|来不了|不能来了|不能来|不来)"],
    onlyLeads: ["只带", "仅带", "只", "仅"],
    expertsChangeLeads: ["改成", "改为", "其实", "最后"],
    withdrawVerbs: ["取消", "取消吧"],
  },
  poc: {
    please: ["请"],
    changeVerbs: ["把", "将"],
    my: ["我的", "我们的"],
    types: { 技术: "technical", 外交: "diplomatic" },
    poc: ["联络人", "联络点", "联系人"],
    changeLinks: ["改为", "改成", "更改为", "更新为", "换成"],
    newWords: ["新"],
    // “我的邮箱不是 …”: the statement denies a value, it states none.
    negations: ["不是", "不再是", "并不是", "并非"],
    isWords: ["改为", "改成", "更改为", "已改为", "更新为", "换成", "现在是", "是"],
    confirm: [
      "确认",
      "确认 [我的] [技术|外交] [联络人] (信息|资料)",
      "我确认",
      "[我的] (信息|资料|详细信息|联系信息) [都|全] (正确|无误|准确|对|没错|没问题)",
      "[全部|都|一切] 正确",
      // “都对”，“全都对”，“都没错”：口语的确认。
      "[全] 都 (对|没错)",
      "没有 (变化|变更|更改)",
      "无 (变化|变更)",
    ],
    yes: ["是的", "是", "对", "好的", "没问题"],
    applyNamedChange: ["确认修改", "确认更改", "确认这项修改"],
    applyPending: ["确认", "好", "可以"],
    cancelPending: ["取消修改", "取消更改", "不要修改", "不修改", "不", "不要", "否"],
    // "add <email> to my emails": one address more, "…" the address.
    addEmail: [
      "[请] 把 … (添加|加|加入|增加) (到|进) 我的 (邮箱|电子邮箱|邮箱地址|电子邮件地址|邮件地址) [列表] [中|里]",
      "[请] (添加|增加) … (到|为) 我的 (邮箱|电子邮箱|邮箱地址|电子邮件地址|邮件地址) [列表] [中|里]",
      // “把<邮箱>添加为我的技术邮箱”：某一条记录的邮箱列表。
      "[请] 把 … (添加|加|加入|增加) (到|进|为|作为) 我的 (技术|外交) [联络点|联络人] (邮箱|电子邮箱|邮箱地址|电子邮件地址|邮件地址) [列表] [中|里]",
      "[请] (添加|增加) … (到|为|作为) 我的 (技术|外交) [联络点|联络人] (邮箱|电子邮箱|邮箱地址|电子邮件地址|邮件地址) [列表] [中|里]",
    ],
    // "remove <email> from my emails": one address fewer.
    removeEmail: [
      "[请] 从 我的 (邮箱|电子邮箱|邮箱地址|电子邮件地址|邮件地址) [列表] [中|里] (删除|删掉|去掉|移除) …",
      "[请] 把 … 从 我的 (邮箱|电子邮箱|邮箱地址|电子邮件地址|邮件地址) [列表] [中|里] (删除|删掉|去掉|移除)",
    ],
  },
};
