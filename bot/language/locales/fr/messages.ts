/** French answer wording (same keys and placeholders as `../en/messages.ts`; a test checks). */
import type { Messages } from "../en/messages.js";
import { frenchProgramme } from "./programme.js";

/** @example frenchMessages.greeting.thanks === "Je vous en prie." */
export const frenchMessages: Messages = {
  programme: frenchProgramme,
  fact: {
    "dress-code": "de tenue vestimentaire",
    meals: "de repas ni de restauration",
    parking: "de stationnement",
    visas: "de visas",
    wifi: "de Wi-Fi",
    interpretation: "d'interprétation",
    passes: "de badges ni de sécurité",
    webcasting: "de retransmission sur le Web",
    seating: "de placement",
    "rsvp-deadline": "de date limite de réponse",
    room: "de salle",
    "end-time": "d'heure de fin",
    "remote-participation": "de participation à distance",
  },
  followUp: {
    day: "Dans la suite de votre dernière question ({{day}}) ; dites « aujourd'hui » pour aujourd'hui.",
    carried: "Dans la suite de votre dernière question : {{what}}.",
    subject: "sur {{subject}}",
    dayOf: "le {{day}}",
    zone: "heures en {{zone}}",
    sameTime: "la même heure",
    part: { morning: "le matin", afternoon: "l'après-midi", evening: "le soir" },
  },
  greeting: {
    hello:
      "Bonjour ! Posez-moi vos questions sur le programme : « qu'y a-t-il aujourd'hui ? », « où est la réception ? », « et ensuite ? ».",
    thanks: "Je vous en prie.",
  },
  gap: {
    title: "Les lettres n'indiquent pas {{what}}",
    body: "{{subject}} : les lettres n'indiquent pas {{what}}. Je réponds seulement d'après elles ; adressez-vous au Secrétariat.",
    bodyNoSubject:
      "Les lettres n'indiquent pas {{what}}. Je réponds seulement d'après elles ; adressez-vous au Secrétariat.",
    online:
      "{{subject}} : la lettre ne prévoit pas de participation en ligne ou à distance ; elle indique le lieu ({{place}}).",
    onlineHybrid: "{{subject}} se tient en format hybride ({{place}}). La lettre dit : « {{note}} »",
  },
  conversion: {
    title: "{{from}} correspond à {{to}}",
    place: "heure de {{place}}",
    line: "{{clock}} {{fromLabel}} = {{converted}} {{toLabel}}",
    venueNote:
      "Lu comme {{fromLabel}}, celle du lieu. Pour convertir depuis un autre fuseau, nommez-le : « 15 h heure de Nairobi à Delhi ».",
  },
  language: {
    chosen: "Je vous répondrai en français. Pour changer, dites le nom de la langue.",
    unsupported:
      "Désolé, je ne réponds que dans ces langues : {{languages}}. Écrivez dans l'une d'elles, ou choisissez : « English please », « langue : français ».",
    choose: "Langue",
  },
  fallback: {
    notUnderstood:
      "Désolé, je n'ai pas compris. Essayez « qu'y a-t-il jeudi après-midi ? », « quand a lieu la réception ? », « et ensuite ? » — ou tapez « help » pour tout voir.",
    staleButton: "Ce bouton n'est plus actif. Tapez « help » pour voir ce que je sais faire.",
  },
  zone: {
    offer:
      "Vous êtes à {{place}} ({{zone}}). Dites « my time zone is {{place}} » et les réponses indiqueront aussi vos heures.",
  },
};
