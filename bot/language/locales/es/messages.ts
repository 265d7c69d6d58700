/** Spanish answer wording (same keys and placeholders as `../en/messages.ts`; a test checks). */
import type { Messages } from "../en/messages.js";
import { spanishProgramme } from "./programme.js";

/** @example spanishMessages.greeting.thanks === "De nada." */
export const spanishMessages: Messages = {
  programme: spanishProgramme,
  fact: {
    "dress-code": "un código de vestimenta",
    meals: "comidas ni servicio de catering",
    parking: "estacionamiento",
    visas: "visados",
    wifi: "wifi",
    interpretation: "interpretación",
    passes: "pases ni seguridad",
    webcasting: "transmisión por la web",
    seating: "la asignación de asientos",
    "rsvp-deadline": "una fecha límite de respuesta",
    room: "una sala",
    "end-time": "una hora de finalización",
    "remote-participation": "participación a distancia",
  },
  followUp: {
    day: "Siguiendo su última pregunta ({{day}}); diga «hoy» para hoy.",
    carried: "Siguiendo su última pregunta: {{what}}.",
    subject: "sobre {{subject}}",
    dayOf: "el {{day}}",
    zone: "horas en {{zone}}",
    sameTime: "la misma hora",
    part: { morning: "la mañana", afternoon: "la tarde", evening: "la noche" },
  },
  greeting: {
    hello: "¡Hola! Pregúnteme por el programa: «¿qué hay hoy?», «¿dónde es la recepción?», «¿qué sigue?».",
    thanks: "De nada.",
  },
  gap: {
    title: "Las cartas no indican {{what}}",
    body: "{{subject}}: las cartas no indican {{what}}. Solo respondo según lo que dicen; consulte a la Secretaría.",
    bodyNoSubject:
      "Las cartas no indican {{what}}. Solo respondo según lo que dicen; consulte a la Secretaría.",
    online:
      "{{subject}}: la carta no prevé participación en línea ni a distancia; indica dónde se celebra ({{place}}).",
    onlineHybrid: "{{subject}} se celebra en formato híbrido ({{place}}). La carta dice: «{{note}}»",
  },
  conversion: {
    title: "{{from}} son {{to}}",
    place: "hora de {{place}}",
    line: "{{clock}} {{fromLabel}} = {{converted}} {{toLabel}}",
    venueNote:
      "Leído como {{fromLabel}}, la del lugar. Para convertir desde otra zona, nómbrela: «15:00 hora de Nairobi en Delhi».",
  },
  language: {
    chosen: "Le responderé en español. Para cambiar, diga el nombre del idioma.",
    unsupported:
      "Lo siento, solo respondo en estos idiomas: {{languages}}. Escriba en uno de ellos o elija: «English please», «en español por favor».",
    choose: "Idioma",
  },
  fallback: {
    notUnderstood:
      "Lo siento, no lo he entendido. Pruebe «¿qué hay el jueves por la tarde?», «¿cuándo es la recepción?», «¿qué sigue?» — o escriba «help» para ver todo.",
    staleButton: "Ese botón ya no está activo. Escriba «help» para ver lo que puedo hacer.",
  },
  zone: {
    offer:
      "Dice que está en {{place}} ({{zone}}). Diga «my time zone is {{place}}» y las respuestas mostrarán también su hora.",
  },
};
