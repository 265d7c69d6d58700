/**
 * Russian words of the RSVP answer ("rsvp да с 2 экспертами: Ana Lima, Raj Patel"), read
 * beside the English ones by `bot/language/grammar.ts`. Data only; notation as in
 * `locales/en/grammar.ts`, `*` ending a word a stem ("эксперт*": эксперта, экспертами).
 */
import type { LocaleGrammar } from "../../grammar.js";

/** @example russianGrammar.rsvp?.with?.includes("с") === true */
export const russianGrammar: LocaleGrammar = {
  locale: "ru",
  rsvp: {
    declinedFirst: ["нет"],
    declined: ["не (приду|буду|смогу|могу) [прийти|присутствовать]", "отказываюсь"],
    tentative: ["возможно", "может быть", "не (уверен|уверена)"],
    attending: ["да", "приду", "буду", "участвую", "приму участие"],
    noExperts: ["один", "одна", "без эксперт*"],
    with: ["с", "со"],
    experts: ["эксперт*"],
    and: ["и"],
    eventFiller: ["на", "для", "я", "но", "извините", "спасибо"],
  },
  poc: {
    please: ["пожалуйста"],
    changeVerbs: [
      "измените",
      "изменить",
      "измени",
      "поменяйте",
      "поменять",
      "обновите",
      "обновить",
      "исправьте",
      "исправить",
      "замените",
      "заменить",
    ],
    // "изменить телефон технического контактного лица на …": the POC named after its type.
    poc: ["контактного лица", "контактное лицо"],
    my: ["мой", "моя", "моё", "мое", "мои", "мою", "наш", "наша", "наши"],
    types: {
      технический: "technical",
      техническое: "technical",
      технического: "technical",
      дипломатический: "diplomatic",
      дипломатическое: "diplomatic",
      дипломатического: "diplomatic",
    },
    changeLinks: ["на"],
    newWords: ["новый", "новая", "новое", "новые"],
    isWords: ["теперь", "(изменился|изменилась|изменилось|сменился|сменилась) на", "—", "-"],
    confirm: [
      "подтверждаю",
      "подтвердить",
      "[всё|все] верно",
      "[всё|все] правильно",
      "мои данные (верны|актуальны|правильные)",
      "ничего не изменилось",
      "без изменений",
    ],
    slipWords: ["измените", "поменяйте", "обновите", "исправьте", "подтверждаю"],
  },
};
