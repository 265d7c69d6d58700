/** Spanish wording of the features (same keys and placeholders as `../en/features.ts`). */

/** @example spanishFeatures.home.title === "Próximamente" */
export const spanishFeatures = {
  help: {
    title: "Esto es lo que puede preguntarme",
    footer: "Las horas se indican en la hora de la sede y también en la suya cuando es distinta.",
  },
  home: {
    title: "Próximamente",
    onNow: " (en curso)",
    nothing: "No hay nada más previsto en los programas que tengo.",
    footer: "Pregúnteme lo que quiera sobre el programa, por ejemplo «¿qué hay el jueves por la tarde?»",
  },
  reminders: {
    everySession: "Le avisaré {{lead}} de cada sesión{{changed}}.{{next}}",
    was: " (antes: {{lead}})",
    next: " La próxima: {{label}}, {{when}}.",
    noneLeft: " Sin embargo, ya no queda ninguna sesión en el programa.",
    title: "Sus recordatorios",
    stoppedEvery: "Hecho: no habrá más recordatorios antes de cada sesión.",
    noneEvery: "No tenía ningún recordatorio para cada sesión.",
    lead: {
      start: "al comienzo",
      dayBefore: "el día antes",
      hours_one: "{{count}} hora",
      hours_many: "{{count}} de horas",
      hours_other: "{{count}} horas",
      minutes_one: "{{count}} minuto",
      minutes_many: "{{count}} de minutos",
      minutes_other: "{{count}} minutos",
      join: "{{hours}} y {{minutes}}",
      before: "{{amount}} antes",
    },
  },
  poc: {
    confirmed: "Gracias: sus datos quedan confirmados. La próxima confirmación vence el {{day}}.",
    changedSince:
      "Su ficha ha cambiado desde que se mostró esa tarjeta; no se confirmó nada. Aquí la tiene tal como está ahora.",
  },
  ping: {
    recorded: "Gracias: su acuse de recibo quedó registrado a las {{when}}.",
    recordedOf: "Gracias: su acuse de recibo de {{name}} quedó registrado a las {{when}}.",
    already: "Ya había acusado recibo de este ping, a las {{when}}.",
    alreadyOf: "Ya había acusado recibo de {{name}}, a las {{when}}.",
    late: " Fue después del cierre de la prueba, así que cuenta como tardío.",
    notAddressed:
      "Este ping iba dirigido a otro punto de contacto; solo esa persona puede acusar recibo, desde una cuenta de chat con su correo verificado. No se registró nada.",
    nothing: "No hay ninguna prueba ping dirigida a usted. No se registró nada.",
  },
};
