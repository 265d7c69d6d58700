/**
 * French words of the RSVP answer ("rsvp oui avec 2 experts : Ana Lima, Raj Patel"), read
 * beside the English ones by `bot/language/grammar.ts`, and a POC's own details ("changer mon téléphone en …", "tout est correct"). Data only; notation as in
 * `locales/en/grammar.ts`. Reminders in French are read through the pivot (`commands.ts` terms).
 */
import type { LocaleGrammar } from "../../grammar.js";

/** @example frenchGrammar.rsvp?.with?.includes("avec") === true */
export const frenchGrammar: LocaleGrammar = {
  locale: "fr",
  rsvp: {
    // "rsvp" then one of these asks about the RSVP (its link, how to answer): a question.
    asking: ["lien", "comment", "où", "quand"],
    declinedFirst: ["non"],
    declined: [
      "je ne (viendrai|pourrai|serai) pas",
      "je ne peux pas venir",
      "je décline",
      "absent",
      "absente",
    ],
    tentative: ["peut-être", "peut être", "pas sûr", "pas sûre", "incertain", "incertaine"],
    attending: ["oui", "je viendrai", "je participerai", "j'y serai", "présent", "présente"],
    noExperts: ["seul", "seule", "sans (expert|experts|experte|expertes)"],
    with: ["avec"],
    my: ["mon", "ma", "mes", "notre", "nos"],
    experts: ["[accompagnateur|accompagnateurs] (expert|experts|experte|expertes)"],
    and: ["et"],
    /** A yes-word that may come before a statement ("oui, …"). */
    yes: ["oui"],
    statementAttending: [
      "je (viendrai|serai|participerai|vais venir|vais participer|serai présent|serai présente)",
      // Only before a place: "je vais bien", "je viens de voir" are no statements.
      "je (vais|viens) (à|a|au)",
      // "je viens avec 2 experts : …": an event named, or experts with one RSVP event open.
      "je viens",
      "j'y serai",
      "j'assisterai",
      "(comptez|compte) sur moi",
    ],
    statementDeclined: [
      "je [ne] (viendrai|viens|serai|participerai|pourrai) pas [venir|participer|être]",
      "je [ne] vais pas (venir|participer)",
      "je [n'y] serai pas",
      "j'y serai pas",
      "je n'assisterai pas",
      "je ne peux pas (venir|participer)",
    ],
    statementTentative: [
      "je (viendrai|serai là|passerai) peut-être",
      "peut-être que je (viendrai|viens|serai là|passerai)",
    ],
    bareAside: ["finalement", "en fait", "en fin de compte", "désolé", "désolée", "non", "bon"],
    eventFiller: ["pour", "à", "au", "je", "mais", "désolé", "désolée", "merci", "avec plaisir"],
    // "enlève Léa Petit [de ma réponse]": one expert fewer.
    removeExpert: [
      "[merci de|veuillez] (enlève|enlevez|enlever|retire|retirez|retirer|supprime|supprimez|supprimer) [l'expert|l'experte]",
    ],
    removeFrom: ["(de|du) [ma|mon|mes|la|notre] (réponse|rsvp|liste|experts|liste des experts)"],
    // « annule ma réponse pour la réception »: withdrawn, as « annule ma réponse ».
    cancelFor: [
      "(annule|annuler|annulez|supprime|supprimer|supprimez|retire|retirer|retirez) (ma réponse|mon rsvp|ma participation) (pour|à|au|aux|de|du|concernant) [la|le|les|l'] …",
    ],
    // « Luc ne vient pas » : un expert de moins ; « juste Marie », « seulement 1 expert » : ceux qui restent.
    expertAbsent: [
      "… ne (vient|viendra|peut|pourra) pas [venir] [finalement]",
      "… (vient|viendra) pas [finalement]",
      "… ne sera pas là",
    ],
    onlyLeads: ["juste", "seulement", "uniquement", "plus que"],
    expertsChangeLeads: ["finalement", "en fait", "au final", "désolé", "désolée", "bon"],
    withdrawVerbs: ["annule", "annulez", "annule-la", "annulez-la", "annule tout"],
  },
  poc: {
    please: ["merci de", "veuillez", "svp", "s'il vous plaît"],
    changeVerbs: [
      "changer",
      "changez",
      "change",
      "modifier",
      "modifiez",
      "mettre à jour",
      "corriger",
      "remplacer",
      // Imperatives POCs type: « change mon portable en … », « mets mon e-mail à … ».
      "modifie",
      "corrige",
      "corrigez",
      "remplace",
      "remplacez",
      "mets",
      "mettez",
    ],
    my: ["mon", "ma", "mes", "notre", "nos"],
    types: {
      diplomatique: "diplomatic",
      technique: "technical",
      diplomatiques: "diplomatic",
      techniques: "technical",
    },
    changeLinks: ["en", "à", "par", "pour"],
    newWords: ["nouveau", "nouvelle", "nouvel"],
    // « mon e-mail n'est pas … »: the statement denies a value, it states none.
    negations: ["pas", "n'est plus", "n’est plus", "ne sont plus", "n'est point"],
    isWords: [
      "(est|sont) [maintenant|désormais|dorénavant]",
      // « mon email c'est maintenant … », « mon téléphone c'est désormais … »: spoken French.
      "c'est (maintenant|désormais|dorénavant)",
      "(a changé|a changé,) [c'est]",
      "devient",
    ],
    confirm: [
      "je confirme",
      "(je confirme|confirmer) ma fiche [technique|diplomatique]",
      "(je confirme|confirmer) (mes|les) (coordonnées|informations|données) [techniques|diplomatiques]",
      "confirmer",
      "confirmé",
      "(mes|les) coordonnées sont [toujours] (correctes|exactes|à jour)",
      "tout est [toujours] (correct|exact|à jour|bon|ok)",
      "c'est [toujours] correct",
      "rien n'a changé",
      "pas de changement",
    ],
    yes: ["oui", "ok", "c'est bon", "c bon"],
    applyNamedChange: [
      "confirmer [la|ma] modification",
      "je confirme [la|ma] modification",
      "confirmer [le|mon] changement",
      "confirme [la|ma] modification",
    ],
    applyPending: ["valider", "valide", "appliquer", "d'accord", "vas-y", "allez-y"],
    cancelPending: [
      "annuler",
      "annule",
      "annuler [la|ma] modification",
      "annule [la|ma] modification",
      "annuler [le|mon] changement",
      "non",
      "ne change rien",
      "ne changez rien",
    ],
    slipWords: ["changer", "modifier", "corriger", "confirmer"],
    // "add <email> to my emails": one address more, "…" the address.
    addEmail: [
      "[veuillez] (ajouter|ajoute|ajoutez|rajouter|rajoute|rajoutez) … (à|dans) [la liste de] mes (adresses|adresses e-mail|adresses email|adresses mail|adresses électroniques|e-mails|emails|courriels)",
      // « ajoute <e-mail> comme mon adresse technique », « … à mes adresses diplomatiques » : la liste d'une fiche.
      "[veuillez] (ajouter|ajoute|ajoutez|rajouter|rajoute|rajoutez) … comme [mon|ma|une|un] [nouvelle|nouvel|nouveau|autre] [adresse] [e-mail|email|mail|électronique|courriel] [de] [poc|point de contact] (diplomatique|technique)",
      "[veuillez] (ajouter|ajoute|ajoutez|rajouter|rajoute|rajoutez) … (à|dans) [la liste de] mes (adresses|adresses e-mail|adresses email|adresses mail|e-mails|emails|courriels) (diplomatiques|techniques)",
      "[veuillez] (ajouter|ajoute|ajoutez|rajouter|rajoute|rajoutez) … (à|dans) ma fiche (diplomatique|technique)",
    ],
    // "remove <email> from my emails": one address fewer.
    removeEmail: [
      "[veuillez] (retirer|retire|retirez|supprimer|supprime|supprimez|enlever|enlève|enlevez|ôter|ôte|ôtez) … (de|des) [la liste de] mes (adresses|adresses e-mail|adresses email|adresses mail|adresses électroniques|e-mails|emails|courriels)",
    ],
  },
};
