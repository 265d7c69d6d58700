/**
 * The adapter contract in the six languages: per language, through the adapter's real
 * ingress, a person chooses their language, asks for a reminder, answers an RSVP, sees and
 * corrects their POC record through its form and confirms it, and acknowledges a ping test;
 * every answer is asserted in that language. The Secretariat (directory, roster, ping test)
 * talks to the same core through an in-process adapter.
 */
import { subscribe, unsubscribe } from "node:diagnostics_channel";
import { describe, expect, it } from "vitest";
import { UNSCOPED_LOCALE_CHANNEL } from "../../bot/language/current.js";
import type { MessageEvent } from "../../bot/types.js";
import { handlerModules } from "../../handlers/index.js";
import { PING_ACTIONS } from "../../handlers/ping/cards.js";
import { ACTIONS } from "../../handlers/poc/cards.js";
import { directoryCsv } from "../poc/support.js";
import { testCore } from "../support/core.js";
import { recordingAdapter } from "../support/recording-adapter.js";
import type { ContractHarness } from "./contract.js";

const SECRETARIAT = "secretariat@un.example";

/** Unicode isolates (U+2066–U+2069), which Arabic answers put around what they quote. */
const ISOLATES = /[\u2066-\u2069]/g;

/**
 * What a person types in one language, and what each answer must say in it (compared
 * without isolates; the Arabic case checks separately that they are there).
 */
interface LanguageCase {
  locale: string;
  choose: string;
  remind: string;
  reminded: string[];
  rsvp: string;
  rsvped: string;
  details: string;
  detailsTitle: string;
  formTitle: string;
  field: string;
  previewTitle: string;
  done: string;
  confirmed: string;
  ack: string;
  acked: string;
  /** The title of the ping card, sent proactively in the language the POC reads. */
  pingTitle: string;
}

const NEW_PHONE = "+254 20 765 4321";

export const LANGUAGE_CASES: readonly LanguageCase[] = [
  {
    locale: "en",
    pingTitle: "Ping test of the POC directory",
    choose: "English please",
    remind: "remind me 15 minutes before every session",
    reminded: ["I'll remind you 15 minutes before every session."],
    rsvp: "rsvp yes",
    rsvped: "Thank you — noted on the Secretariat's list as attending the Cocktail reception",
    details: "my details",
    detailsTitle: "Your entry in the POC directory: Kenya (KEN) — technical POC",
    formTitle: "Change a field: Kenya (KEN) — technical POC",
    field: "phone",
    previewTitle: "Change your phone?",
    done: "Done: your phone is now +254 20 7654321.",
    confirmed: "Thank you: your details are confirmed.",
    ack: "received",
    acked: "Thank you: your acknowledgement of ping test",
  },
  {
    locale: "fr",
    pingTitle: "Test ping de l'annuaire des points de contact",
    choose: "langue : français",
    remind: "Rappelle-moi 15 minutes avant chaque séance",
    reminded: ["Je vous préviendrai pour chaque séance : 15 minutes avant.", "La prochaine :"],
    rsvp: "rsvp oui",
    rsvped: "Merci — votre participation à la réception (cocktail)",
    details: "mes coordonnées",
    detailsTitle: "Votre fiche dans l'annuaire des POC : Kenya (KEN) — point de contact technique",
    formTitle: "Modifier un champ : Kenya (KEN) — point de contact technique",
    field: "téléphone",
    previewTitle: "Modifier le téléphone ?",
    done: "C'est fait : ce champ (téléphone) vaut désormais +254 20 7654321.",
    confirmed: "Merci : vos coordonnées sont confirmées.",
    ack: "bien reçu",
    acked: "Merci : votre accusé de réception du test ping",
  },
  {
    locale: "es",
    pingTitle: "Prueba ping del directorio de puntos de contacto",
    choose: "en español por favor",
    remind: "recuérdame 15 minutos antes de cada sesión",
    reminded: ["Le avisaré de cada sesión: 15 minutos antes.", "La próxima:"],
    rsvp: "rsvp sí",
    rsvped: "Gracias: queda anotada en la lista de la Secretaría su asistencia a la recepción (cóctel)",
    details: "mis datos",
    detailsTitle: "Su ficha en el directorio de POC: Kenia (KEN) — punto de contacto técnico",
    formTitle: "Cambiar un campo: Kenia (KEN) — punto de contacto técnico",
    field: "teléfono",
    previewTitle: "¿Cambiar su teléfono?",
    done: "Hecho: su teléfono es ahora +254 20 7654321.",
    confirmed: "Gracias: sus datos quedan confirmados.",
    ack: "recibido",
    acked: "Gracias: su acuse de recibo de la prueba ping",
  },
  {
    locale: "ru",
    pingTitle: "Проверка связи (пинг-тест) справочника контактных лиц",
    choose: "по-русски",
    remind: "напомни мне за 15 минут до каждого заседания",
    reminded: ["Я буду напоминать о каждом заседании: за 15 минут до начала.", "Ближайшее:"],
    rsvp: "rsvp да",
    rsvped: "Спасибо — в списке Секретариата отмечено ваше участие: Приём (коктейль)",
    details: "мои данные",
    detailsTitle: "Ваша запись в справочнике контактных лиц: Кения (KEN) — техническое контактное лицо",
    formTitle: "Изменить поле: Кения (KEN) — техническое контактное лицо",
    field: "телефон",
    previewTitle: "Изменить поле «телефон»?",
    done: "Готово: поле «телефон» теперь +254 20 7654321.",
    confirmed: "Спасибо: ваши данные подтверждены.",
    ack: "получено",
    acked: "Спасибо: ваше подтверждение получения (пинг-тест",
  },
  {
    locale: "zh",
    pingTitle: "联络点名录连通性测试",
    choose: "请用中文",
    remind: "每场会议前15分钟提醒我",
    reminded: ["每场会议我都会提醒您：开始前15分钟。", "下一场："],
    rsvp: "rsvp 出席",
    rsvped: "谢谢——已在秘书处名单上记下您将出席鸡尾酒招待会",
    details: "我的联系方式",
    detailsTitle: "您在联络点名录中的信息：肯尼亚（KEN）— 技术联络人",
    formTitle: "修改字段：肯尼亚（KEN）— 技术联络人",
    field: "电话",
    previewTitle: "修改您的电话？",
    done: "已完成：您的电话现为+254 20 7654321。",
    confirmed: "谢谢：您的信息已确认。",
    ack: "已收到",
    acked: "谢谢：已于",
  },
  {
    locale: "ar",
    pingTitle: "اختبار الاتصال لدليل جهات الاتصال",
    choose: "بالعربية",
    remind: "ذكرني قبل 15 دقيقة من كل جلسة",
    reminded: ["سأذكّرك بكل جلسة: قبل 15 دقيقة.", "الجلسة التالية:"],
    rsvp: "rsvp نعم",
    rsvped: "شكراً لك — سُجّل حضورك حفل استقبال",
    details: "بياناتي",
    detailsTitle: "بياناتك في دليل جهات الاتصال: كينيا (KEN) — جهة الاتصال الفنية",
    formTitle: "تغيير حقل: كينيا (KEN) — جهة الاتصال الفنية",
    field: "الهاتف",
    previewTitle: "هل تريد تغيير الهاتف؟",
    done: "تم: أصبح الهاتف الآن +254 20 7654321.",
    confirmed: "شكراً لك: تم تأكيد بياناتك.",
    ack: "تم الاستلام",
    acked: "شكراً لك: سُجّل إقرارك باستلام",
  },
];

/**
 * Runs the six-language journey against an adapter whose harness knows the default user's
 * verified email and can submit a card's form.
 * @example runLanguageContract("console", () => consoleHarness());
 */
export function runLanguageContract(
  name: string,
  makeHarness: () => ContractHarness | Promise<ContractHarness>,
): void {
  describe(`adapter contract in six languages: ${name}`, () => {
    it.each(LANGUAGE_CASES)(
      "a reminder, an RSVP, a POC confirmation with an edit and a ping acknowledgement in $locale",
      async (lang) => {
        const harness = await makeHarness();
        const { verifiedEmail, deliverForm } = harness;
        if (!verifiedEmail || !deliverForm)
          throw new Error(`the ${name} harness needs verifiedEmail and deliverForm for this suite`);
        const bot = await testCore({ modules: handlerModules, secretariatEmails: [SECRETARIAT] });
        const secretariat = recordingAdapter("test");
        bot.deps.messenger.add(harness.adapter);
        bot.deps.messenger.add(secretariat.adapter);
        await harness.start(bot);
        // Whatever the person's turns render must be in their language: a reading of the
        // language outside a scope would come out in English.
        const unscoped: string[] = [];
        let watching = false;
        const onUnscoped = (message: unknown) => {
          if (watching) unscoped.push(String((message as { stack?: string }).stack));
        };
        subscribe(UNSCOPED_LOCALE_CHANNEL, onUnscoped);
        const watched = async <T>(work: () => Promise<T>): Promise<T> => {
          watching = true;
          try {
            return await work();
          } finally {
            watching = false;
          }
        };
        try {
          let counter = 0;
          const asSecretariat = async (text: string) => {
            counter += 1;
            const event: MessageEvent = {
              kind: "message",
              id: `sec-${counter}`,
              text,
              user: {
                id: "test:sec",
                displayName: "Secretariat",
                isBot: false,
                isMe: false,
                verifiedEmail: SECRETARIAT,
              },
              address: "test:dm-sec",
              isDirect: true,
            };
            const before = secretariat.sent.length;
            await bot.core.sink.dispatch(event);
            return secretariat.sent.slice(before);
          };
          await asSecretariat(
            `import poc directory\n${directoryCsv([{ state: "KEN", type: "technical", emails: verifiedEmail, time_zone: "Africa/Nairobi" }])}`,
          );
          await asSecretariat(
            `import roster\nemail,name,state,roles\n${verifiedEmail},Amina Diallo,KEN,head of delegation`,
          );

          let events = 0;
          const say = async (text: string) => {
            const before = harness.sent().length;
            events += 1;
            await watched(async () => {
              await harness.deliverDirectMessage(text, { eventId: `${lang.locale}-${events}` });
              await harness.waitForSends(before + 1);
            });
            return harness
              .sent()
              .slice(before)
              .map((sent) => sent.text)
              .join("\n")
              .replace(ISOLATES, "");
          };
          const click = async (
            actionId: string,
            value: string | undefined,
            inputs?: Record<string, string>,
          ) => {
            const before = harness.sent().length;
            events += 1;
            const options = { eventId: `${lang.locale}-${events}` };
            await watched(async () => {
              if (inputs) await deliverForm(actionId, value, inputs, options);
              else await harness.deliverAction(actionId, value, options);
              await harness.waitForSends(before + 1);
            });
            return harness
              .sent()
              .slice(before)
              .map((sent) => sent.text)
              .join("\n")
              .replace(ISOLATES, "");
          };

          await say(lang.choose);
          const reminded = await say(lang.remind);
          for (const part of lang.reminded) expect(reminded).toContain(part);
          expect(await say(lang.rsvp)).toContain(lang.rsvped);
          if (lang.locale === "ar") {
            // A name inside Arabic text is isolated, so it keeps its place on the line; the
            // venue's city is in Arabic script (its translation beside it in data/).
            expect(harness.sent().at(-1)?.text).toMatch(/\u2068+نيويورك/);
          }

          expect(await say(lang.details)).toContain(lang.detailsTitle);
          expect(await click(ACTIONS.edit, "KEN:technical")).toContain(lang.formTitle);
          expect(
            await click(ACTIONS.editSubmit, "KEN:technical", { field: lang.field, value: NEW_PHONE }),
          ).toContain(lang.previewTitle);
          expect(await click(ACTIONS.changeConfirm, undefined)).toContain(lang.done);
          expect(await say(lang.details)).toContain("+254 20 7654321");
          expect(await click(ACTIONS.confirm, undefined)).toContain(lang.confirmed);

          const preview = await asSecretariat("start ping test KEN technical");
          const start = preview
            .flatMap((sent) => sent.message.card?.buttons ?? [])
            .find((b) => b.actionId === PING_ACTIONS.start);
          if (!start?.value) throw new Error("no start button on the ping test preview");
          counter += 1;
          await bot.core.sink.dispatch({
            kind: "action",
            id: `sec-${counter}`,
            actionId: PING_ACTIONS.start,
            value: start.value,
            user: {
              id: "test:sec",
              displayName: "Secretariat",
              isBot: false,
              isMe: false,
              verifiedEmail: SECRETARIAT,
            },
            address: "test:dm-sec",
            isDirect: true,
          });
          const beforePing = harness.sent().length;
          await watched(async () => {
            await bot.deps.scheduler.tick();
            await harness.waitForSends(beforePing + 1);
          });
          expect(harness.sent().at(-1)?.text).toContain(lang.pingTitle);
          expect(await say(lang.ack)).toContain(lang.acked);
          expect(unscoped).toEqual([]);
        } finally {
          unsubscribe(UNSCOPED_LOCALE_CHANNEL, onUnscoped);
          await harness.stop();
          await bot.store.close();
        }
      },
    );
  });
}
