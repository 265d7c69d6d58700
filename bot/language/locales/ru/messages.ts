/** Russian answer wording (same keys and placeholders as `../en/messages.ts`; a test checks). */
import type { Messages } from "../en/messages.js";
import { russianProgramme } from "./programme.js";

/** @example russianMessages.greeting.thanks === "Пожалуйста." */
export const russianMessages: Messages = {
  programme: russianProgramme,
  fact: {
    "dress-code": "дресс-код",
    meals: "питание",
    parking: "парковку",
    visas: "визы",
    wifi: "беспроводной интернет (Wi-Fi)",
    interpretation: "устный перевод",
    passes: "пропуска и безопасность",
    webcasting: "веб-трансляцию",
    seating: "рассадку",
    "rsvp-deadline": "срок ответа на приглашение",
    room: "зал",
    "end-time": "время окончания",
    "remote-participation": "дистанционное участие",
  },
  followUp: {
    day: "Продолжаю ваш предыдущий вопрос ({{day}}); скажите «сегодня», чтобы узнать о сегодняшнем дне.",
    carried: "Продолжаю ваш предыдущий вопрос: {{what}}.",
    subject: "о теме «{{subject}}»",
    dayOf: "на {{day}}",
    zone: "время: {{zone}}",
    sameTime: "то же время",
    part: { morning: "утро", afternoon: "вторая половина дня", evening: "вечер" },
  },
  greeting: {
    hello: "Здравствуйте! Спросите меня о программе: «что сегодня?», «где приём?», «что дальше?».",
    thanks: "Пожалуйста.",
  },
  gap: {
    title: "В письмах не указано: {{what}}",
    body: "{{subject}}: в письмах не указано: {{what}}. Я отвечаю только по письмам; обратитесь в Секретариат.",
    bodyNoSubject: "В письмах не указано: {{what}}. Я отвечаю только по письмам; обратитесь в Секретариат.",
    online:
      "{{subject}}: в письме не предусмотрено участие онлайн или дистанционно; указано место проведения ({{place}}).",
    onlineHybrid: "{{subject}} проходит в гибридном формате ({{place}}). В письме сказано: «{{note}}»",
  },
  conversion: {
    title: "{{from}} — это {{to}}",
    place: "время в городе {{place}}",
    line: "{{clock}} {{fromLabel}} = {{converted}} {{toLabel}}",
    venueNote:
      "Понято как {{fromLabel}} (время места проведения). Чтобы перевести из другого пояса, назовите его: «15:00 по Найроби в Дели».",
  },
  language: {
    chosen: "Я буду отвечать вам по-русски. Чтобы сменить язык, назовите его.",
    unsupported:
      "Извините, я отвечаю только на этих языках: {{languages}}. Пишите на одном из них или выберите: «English please», «по-русски».",
    choose: "Язык",
  },
  fallback: {
    notUnderstood:
      "Извините, я не понял. Попробуйте «что в четверг после обеда?», «когда приём?», «что дальше?» — или напишите «help», чтобы увидеть всё.",
    staleButton: "Эта кнопка больше не действует. Напишите «help», чтобы узнать, что я умею.",
  },
  zone: {
    offer:
      "Вы находитесь в {{place}} ({{zone}}). Скажите «my time zone is {{place}}», и в ответах будет и ваше время.",
  },
};
