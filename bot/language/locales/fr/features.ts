/** French wording of the features (same keys and placeholders as `../en/features.ts`). */

/** @example frenchFeatures.home.title === "À venir" */
export const frenchFeatures = {
  help: {
    title: "Voici ce que vous pouvez me demander",
    footer: "Les heures sont celles du lieu de la réunion, et aussi les vôtres quand elles diffèrent.",
  },
  home: {
    title: "À venir",
    onNow: " (en cours)",
    nothing: "Rien d'autre n'est prévu dans les programmes dont je dispose.",
    footer: "Posez-moi vos questions sur le programme, par exemple « qu'y a-t-il jeudi après-midi ? »",
  },
  reminders: {
    everySession: "Je vous préviendrai {{lead}} chaque séance{{changed}}.{{next}}",
    was: " (auparavant : {{lead}})",
    next: " La prochaine : {{label}}, {{when}}.",
    noneLeft: " Il ne reste toutefois plus aucune séance au programme.",
    title: "Vos rappels",
    stoppedEvery: "C'est fait : plus de rappel avant chaque séance.",
    noneEvery: "Vous n'aviez pas de rappel pour chaque séance.",
    lead: {
      start: "au début de",
      dayBefore: "la veille de",
      hours_one: "{{count}} heure",
      hours_many: "{{count}} d'heures",
      hours_other: "{{count}} heures",
      minutes_one: "{{count}} minute",
      minutes_many: "{{count}} de minutes",
      minutes_other: "{{count}} minutes",
      join: "{{hours}} {{minutes}}",
      before: "{{amount}} avant",
    },
  },
  poc: {
    confirmed: "Merci : vos coordonnées sont confirmées. La prochaine confirmation est attendue le {{day}}.",
    changedSince:
      "Votre fiche a changé depuis l'affichage de cette carte ; rien n'a été confirmé. La voici telle qu'elle est maintenant.",
  },
  ping: {
    recorded: "Merci : votre accusé de réception a été enregistré à {{when}}.",
    recordedOf: "Merci : votre accusé de réception de {{name}} a été enregistré à {{when}}.",
    already: "Vous aviez déjà accusé réception de ce ping, à {{when}}.",
    alreadyOf: "Vous aviez déjà accusé réception de {{name}}, à {{when}}.",
    late: " C'était après la clôture du test : il compte comme tardif.",
    notAddressed:
      "Ce ping était adressé à un autre point de contact ; lui seul peut en accuser réception, depuis un compte de messagerie à son adresse vérifiée. Rien n'a été enregistré.",
    nothing: "Aucun test ping ne vous est adressé. Rien n'a été enregistré.",
  },
};
