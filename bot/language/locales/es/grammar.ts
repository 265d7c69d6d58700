/**
 * Spanish words of the RSVP answer ("rsvp sí con 2 expertos: Ana Lima, Raj Patel"), read
 * beside the English ones by `bot/language/grammar.ts`. Data only; notation as in
 * `locales/en/grammar.ts`. "y" is not a joiner of names here: it is part of some
 * ("Ortega y Gasset"); commas are.
 */
import type { LocaleGrammar } from "../../grammar.js";

/** @example spanishGrammar.rsvp?.with?.includes("con") === true */
export const spanishGrammar: LocaleGrammar = {
  locale: "es",
  rsvp: {
    // "rsvp" then one of these asks about the RSVP (its link, how to answer): a question.
    asking: ["enlace", "cómo", "como", "dónde", "donde", "cuándo"],
    declined: ["no (asistiré|asistire|iré|ire|podré asistir|podre asistir|puedo asistir)"],
    tentative: ["quizás", "quizas", "quizá", "tal vez", "no estoy (seguro|segura)"],
    attending: ["sí", "si", "asistiré", "asistire", "iré", "allí estaré"],
    noExperts: ["solo", "sola", "sin (experto|expertos|experta|expertas)"],
    with: ["con"],
    my: ["mi", "mis", "nuestro", "nuestra", "nuestros", "nuestras"],
    experts: ["(experto|expertos|experta|expertas) [acompañante|acompañantes]"],
    and: ["y"],
    /** A yes-word that may come before a statement ("sí, …", "sí asistiré"). */
    yes: ["sí"],
    /** "si" without its accent is also "if": a yes before a statement only set apart ("si, asistiré"). */
    yesSetApart: ["si"],
    /** "si" (if) takes no future: before one it is "sí" typed without its accent ("si asistiré"). */
    afterBareYes: [
      "[no] (asistiré|asistire|iré|ire|estaré|estare|participaré|participare|podré asistir|podre asistir|podré ir|podre ir)",
    ],
    statementAttending: [
      "[yo] (asistiré|asistire|iré|ire|estaré|estare|participaré|participare|voy)",
      "(cuenten|cuente|cuenta) conmigo",
    ],
    statementDeclined: [
      "[yo] no (asistiré|asistire|iré|ire|estaré|estare|participaré|participare|voy|podré asistir|podre asistir|puedo asistir|podré ir|podre ir)",
    ],
    statementTentative: [
      "(quizás|quizas|quizá|quiza|tal vez|a lo mejor|puede que) (vaya|asista|iré|ire|asistiré|asistire|voy)",
    ],
    bareAside: ["ya", "mejor", "al final", "finalmente", "lo siento", "perdón"],
    eventFiller: ["para", "a", "al", "yo", "pero", "lo siento", "gracias", "con gusto"],
    // "quita a Ana Lima [de mi respuesta]": one expert fewer.
    removeExpert: [
      "[por favor] (quita|quite|quitar|elimina|elimine|eliminar|borra|borre|saca|saque) [al experto|a la experta|a]",
    ],
    removeFrom: ["de (mi|la) (respuesta|rsvp|lista|lista de expertos)"],
    // "anula mi respuesta para la recepción": withdrawn, as "anula mi respuesta".
    cancelFor: [
      "(cancela|cancelar|cancele|anula|anular|anule|retira|retirar|retire) mi (rsvp|respuesta|asistencia) (para|a|al|de|del|en) [la|el|los|las] …",
    ],
    // "Ana no viene": un experto menos; "solo 1 experto", "solo Ana": los que quedan.
    expertAbsent: ["… [ya] no (viene|vendrá|vendra|va|puede venir|podrá venir|podra venir) [al final]"],
    onlyLeads: ["solo", "sólo", "solamente", "únicamente", "unicamente", "nada más", "nada mas"],
    expertsChangeLeads: ["al final", "finalmente", "en realidad", "mejor", "perdón", "perdon", "bueno"],
    // "mejor no voy, cancela": junto a una declaración de no asistir.
    withdrawVerbs: [
      "cancela",
      "cancélala",
      "cancelala",
      "cancélalo",
      "cancelalo",
      "anula",
      "anúlala",
      "anulala",
    ],
  },
  poc: {
    please: ["por favor"],
    changeVerbs: [
      "cambiar",
      "cambia",
      "cambie",
      "modificar",
      "actualizar",
      "corregir",
      // Imperatives POCs type: "cambia mi cel a …", "pon mi correo en …", "actualiza mi móvil a …".
      "cámbiame",
      "cambiame",
      "modifica",
      "modifique",
      "actualiza",
      "actualice",
      "corrige",
      "corrija",
      "pon",
      "ponga",
      "poner",
    ],
    my: ["mi", "mis"],
    types: {
      diplomático: "diplomatic",
      diplomatico: "diplomatic",
      técnico: "technical",
      tecnico: "technical",
      diplomática: "diplomatic",
      técnica: "technical",
      diplomáticos: "diplomatic",
      técnicos: "technical",
      diplomáticas: "diplomatic",
      técnicas: "technical",
    },
    changeLinks: ["a", "por", "en"],
    newWords: ["nuevo", "nueva"],
    // "mi correo no es …": the statement denies a value, it states none.
    negations: ["no", "ya no"],
    isWords: [
      "(es|son) [ahora]",
      // "mi correo ahora es …", "mi teléfono ya es …", "mi cel cambió a …".
      "(ahora|ya) (es|son)",
      "pasa a ser",
      "(ha cambiado|cambió|cambio) a",
    ],
    confirm: [
      "confirmo",
      "(confirmo|confirmar) mi registro [técnico|tecnico|diplomático|diplomatico]",
      "(confirmo|confirmar) (mis|los) datos [de contacto]",
      "confirmar",
      "todo [está] correcto",
      "[está] todo (bien|correcto|ok)",
      "todo (está|esta) bien",
      "(mis|los) datos (son|están) [todavía] correctos",
      "es correcto",
      "sin cambios",
    ],
    yes: ["sí", "si", "vale", "ok"],
    applyNamedChange: [
      "confirmar [el] cambio",
      "confirmo [el] cambio",
      "confirma [el] cambio",
      "aplicar [el] cambio",
      "aplica [el] cambio",
    ],
    applyPending: ["de acuerdo", "adelante"],
    cancelPending: [
      "cancelar",
      "cancela",
      "cancelar [el] cambio",
      "cancela [el] cambio",
      "anular",
      "anula",
      "no",
      "no cambies nada",
    ],
    // "confirmo" is a word of its own, not a slip of "confirm".
    slipWords: ["cambiar", "modificar", "corregir", "confirmar", "confirmo"],
    // "add <email> to my emails": one address more, "…" the address.
    addEmail: [
      "[por favor] (añadir|añade|añada|agregar|agrega|agregue|incluir|incluye|incluya) … (a|en) [la lista de] mis (correos|correos electrónicos|direcciones|direcciones de correo|direcciones de correo electrónico|emails|e-mails)",
      // "añade <correo> como mi correo técnico", "… a mis correos diplomáticos": la lista de un registro.
      "[por favor] (añadir|añade|añada|agregar|agrega|agregue|incluir|incluye|incluya) … como [mi|un|una] [nuevo|nueva|otro|otra] (correo|correo electrónico|email|e-mail|dirección|dirección de correo) [de] [poc|punto de contacto] (diplomático|técnico|diplomática|técnica)",
      "[por favor] (añadir|añade|añada|agregar|agrega|agregue|incluir|incluye|incluya) … (a|en) [la lista de] mis (correos|correos electrónicos|direcciones|emails|e-mails) (diplomáticos|técnicos|diplomáticas|técnicas)",
    ],
    // "remove <email> from my emails": one address fewer.
    removeEmail: [
      "[por favor] (quitar|quita|quite|eliminar|elimina|elimine|borrar|borra|borre) … de [la lista de] mis (correos|correos electrónicos|direcciones|direcciones de correo|direcciones de correo electrónico|emails|e-mails)",
    ],
  },
};
