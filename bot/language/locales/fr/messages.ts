/** French answer wording (same keys and placeholders as `../en/messages.ts`; a test checks). */
import type { Messages } from "../en/messages.js";
import { frenchProgramme } from "./programme.js";

/** @example frenchMessages.greeting.thanks === "Je vous en prie." */
export const frenchMessages: Messages = {
  programme: frenchProgramme,
  fact: {
    recording: "d'enregistrement",
    "public-access": "d'accès du public",
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
    day: "Dans la suite de votre dernière question ({{day}}) ; dites « aujourd'hui » pour aujourd'hui.",
    carried: "Dans la suite de votre dernière question : {{what}}.",
    subject: "sur {{subject}}",
    dayOf: "le {{day}}",
    zone: "{{zone}}",
    sameTime: "la même heure",
    samePlaces: "les deux mêmes lieux",
    part: { morning: "le matin", afternoon: "l'après-midi", evening: "le soir" },
  },
  greeting: {
    hello:
      "Bonjour ! Posez-moi vos questions sur le programme : « qu'y a-t-il aujourd'hui ? », « où est la réception ? », « et ensuite ? » — ou tapez « aide » pour tout voir.",
    thanks: "Je vous en prie.",
  },
  gap: {
    title: "Les lettres n'indiquent pas {{what}}",
    body: "{{subject}} : les lettres n'indiquent pas {{what}}. Je réponds seulement d'après elles ; adressez-vous au Secrétariat.",
    bodyNoSubject:
      "Les lettres n'indiquent pas {{what}}. Je réponds seulement d'après elles ; adressez-vous au Secrétariat.",
    online:
      "{{subject}} : la lettre ne prévoit pas de participation en ligne ou à distance ; elle indique le lieu ({{place}}).",
    onlineInPerson:
      "{{subject}} se tient en présentiel ({{place}}) ; la lettre ne prévoit pas de participation en ligne ou à distance.",
    onlineHybrid: "{{subject}} se tient en format hybride ({{place}}). La lettre dit : « {{note}} »",
  },
  revisions: {
    changedOn: "modifié le {{date}}",
    changedOnWas: "modifié le {{date}} (auparavant {{was}})",
    cancelledOn: "annulé le {{date}}",
    noRoomBefore: "aucune salle indiquée",
    noLinkBefore: "aucun lien indiqué",
    moved: "{{label}} : déplacé à {{when}} (auparavant {{before}})",
    roomNow: "{{label}} : la salle est désormais {{after}} ({{was}})",
    roomWas: "auparavant {{before}}",
    roomNoneBefore: "aucune salle n’était indiquée",
    roomGone: "{{label}} : plus de salle indiquée (auparavant {{before}})",
    linksNow: "{{label}} : les liens sont désormais {{after}}",
    linksWere: " (auparavant {{before}})",
    linksGone: "{{label}} : les liens ont été retirés (auparavant {{before}})",
    cancelled: "{{label}} ({{before}}) est ANNULÉ",
    reinstated: "{{label}} est de nouveau au programme : {{after}}",
    added: "Nouveau : {{label}}, {{when}}",
    removed: "{{label}} ({{before}}) a été retiré du programme",
    title: "« {{before}} » s’appelle désormais « {{after}} »",
    details: "{{label}} : {{after}}",
    detailsGone: "{{label}} : avis retiré",
    noticeTitle: "Le programme a changé (version {{version}}, {{date}})",
    noticeFooter:
      "Vous recevez ce message parce que vous avez des rappels ou une réponse pour ces points. Écrivez « arrête les avis de modification » pour ne plus les recevoir.",
  },
  broadcast: {
    title: "Message du Secrétariat",
    ack: "Accuser réception",
    footer: "Merci d’accuser réception de ce message.",
    footerLink:
      "Merci d’accuser réception de ce message : ouvrez le lien et appuyez sur « Accuser réception ».",
    footerChat: "Merci d’accuser réception de ce message en écrivant « acknowledge » au bot dans le chat.",
    originalIn: "Ce message est en {{language}} : aucune traduction dans votre langue n’a été fournie.",
    recorded: "Merci : votre accusé de réception est enregistré.",
    already: "Vous aviez déjà accusé réception de ce message ; merci.",
    notAsked: "Il n’y a pas d’accusé de réception à enregistrer pour vous sur ce message.",
    recordedOf: "Merci : votre accusé de réception pour {{label}} est enregistré.",
    alreadyOf: "Vous aviez déjà accusé réception pour {{label}} ; merci.",
    waiting: "le message du {{when}} (« {{text}} »)",
    typedTooOld:
      "Un mot tapé n’accuse pas réception d’un message reçu il y a plus de {{days}} jours : rien n’a donc été enregistré pour {{list}}. Si c’est celui que vous visez, cliquez sur « Accuser réception » sur ce message.",
    pagePress: "Appuyez sur le bouton pour confirmer que vous l’avez lu.",
  },
  conversion: {
    title: "{{from}} correspond à {{to}}",
    side: "{{clock}} {{place}} ({{zoneName}}), {{date}}",
    place: "heure de {{place}}",
    line: "{{clock}} {{fromLabel}} = {{converted}} {{toLabel}}",
    venueNote:
      "Lu comme {{fromLabel}}, celle du lieu. Pour convertir depuis un autre fuseau, nommez-le : « 15 h heure de Nairobi à Delhi ».",
    now: "Il est {{there}} ; sur le lieu de la réunion, {{venue}}.",
    nowAtVenue: "Il est {{venue}} sur le lieu de la réunion.",
  },
  language: {
    chosen: "Je vous répondrai en français. Pour changer, dites le nom de la langue.",
    unsupported:
      "Désolé, je ne réponds que dans ces langues : {{languages}}. Écrivez dans l'une d'elles, ou choisissez : « English please », « langue : français ».",
    choose: "Langue",
  },
  fallback: {
    /** An empty message (spaces only, or nothing after the mention): what can be asked, no greeting. */
    empty:
      "Posez-moi vos questions sur le programme : « qu'y a-t-il aujourd'hui ? », « où est la réception ? », « et ensuite ? » — ou tapez « aide » pour tout voir.",
    notUnderstood:
      "Désolé, je n'ai pas compris. Essayez « qu'y a-t-il jeudi après-midi ? », « quand a lieu la réception ? », « et ensuite ? » — ou tapez « aide » pour tout voir.",
    staleButton: "Ce bouton n'est plus actif. Tapez « aide » pour voir ce que je sais faire.",
  },
  file: {
    tooLarge:
      "{{name}} pèse {{size}} Mo ; j'accepte des fichiers de {{limit}} Mo au plus. Rien n'a été modifié. Découpez-le, ou importez-le avec l'outil en ligne de commande.",
    unsupportedType:
      "Je ne lis que des fichiers CSV (la liste des participants ou l'annuaire des points de contact) et YAML (un programme) ; {{name}} n'est ni l'un ni l'autre. Rien n'a été modifié.",
    notText:
      "{{name}} n'est pas un fichier texte : enregistrez-le en CSV ou YAML (UTF-8) et renvoyez-le. Rien n'a été modifié.",
    downloadFailed:
      "Je n'ai pas pu télécharger {{name}}. Rien n'a été modifié ; renvoyez-le, s'il vous plaît.",
    oneAtATime: "Envoyez un fichier à la fois ({{count}} sont arrivés ensemble). Rien n'a été modifié.",
    unknownCsv:
      "Je ne sais pas ce qu'est {{name}} : son en-tête n'est ni celui de la liste (email,name,state,roles) ni celui de l'annuaire (state,type,name,…). Renvoyez-le avec « import roster » ou « import poc directory » dans le même message. Rien n'a été modifié.",
    pastedCsv:
      "Cela ressemble à des lignes d'un fichier CSV. Seules, je ne sais pas à quoi elles servent : pour importer la liste ou l'annuaire des POC (Secrétariat), envoyez le fichier en pièce jointe, ou recollez les lignes sous « import roster » ou « import poc directory » dans le même message. Rien n'a été modifié.",
  },
  secretariat: {
    ping: {
      noRecord: "{{state}} ({{code}}) : aucune fiche de POC",
      noType: "{{state}} ({{code}}) : aucun POC {{type}}",
      cancelled_one:
        "Le test ping {{id}} est annulé : {{count}} ping ou rappel pas encore envoyé ne le sera pas ; les accusés de réception déjà donnés comptent toujours. Son rapport suit.",
      cancelled_many:
        "Le test ping {{id}} est annulé : {{count}} pings et rappels pas encore envoyés ne le seront pas ; les accusés de réception déjà donnés comptent toujours. Son rapport suit.",
      cancelled_other:
        "Le test ping {{id}} est annulé : {{count}} pings et rappels pas encore envoyés ne le seront pas ; les accusés de réception déjà donnés comptent toujours. Son rapport suit.",
      cancelledAllSent:
        "Le test ping {{id}} est annulé : tous les pings et rappels avaient déjà été envoyés ; les accusés de réception déjà donnés comptent toujours. Son rapport suit.",
      absentHeading: "Absents de l'annuaire, donc non sollicités",
      absentReply: "Absents de l'annuaire, donc non sollicités : {{list}}.",
    },
    csv: {
      closingQuote:
        'ligne {{row}} : une cellule entre guillemets continue après son guillemet fermant (à « {{got}} »). Dans une cellule entre guillemets, doublez le guillemet : "Peter ""Kip"" Otieno".',
      quoteNotClosed:
        "ligne {{row}} : une cellule s'ouvre par un guillemet (\") qui n'est jamais fermé. Fermez-le, ou doublez le guillemet à l'intérieur d'une cellule entre guillemets (\"\").",
      openingQuote:
        'ligne {{row}} : une cellule contient un guillemet (") sans être elle-même entre guillemets. Mettez toute la cellule entre guillemets et doublez le guillemet : "Peter ""Kip"" Otieno".',
    },
    export: {
      channel:
        "L'annuaire des POC contient des coordonnées : demandez son export dans un message direct, pas dans un canal. Rien n'a été envoyé.",
      empty: "L'annuaire des POC est vide : importez-le d'abord (« import poc directory »).",
      whole: "L'annuaire des POC, {{count}} fiches (CSV ; il se réimporte tel quel) :",
      part: "L'annuaire des POC, {{count}} fiches (CSV, partie {{part}} sur {{parts}}) :",
    },
    /** The drafts in the list of broadcasts ("broadcasts"): waiting for their confirmation, not sent. */
    broadcastDrafts: {
      heading: "Brouillons, non envoyés (un brouillon est conservé une heure) :",
      line: "• {{id}} — brouillon de {{author}}, à {{audience}} (public : {{count}}) : {{text}}",
    },
    /** A rehearsal of a broadcast draft ("rehearse broadcast [id]"), shown to its author only. */
    broadcastRehearsal: {
      heading:
        "Répétition du brouillon {{id}}, à {{audience}} : montré à vous seul, tel qu’un lecteur en {{language}} le recevra. Rien n’a été envoyé ; le brouillon attend toujours sa confirmation.",
      none: "Vous n’avez aucun brouillon de diffusion en attente (un brouillon est conservé une heure). Rédigez d’abord la diffusion (« broadcast to …: <texte> »), puis dites « rehearse broadcast ». Rien n’a été envoyé.",
      unknown:
        "Aucun brouillon de diffusion {{id}} n’est en attente : il a été confirmé, abandonné ou a expiré (un brouillon est conservé une heure). Dites « broadcasts » pour lister les brouillons. Rien n’a été envoyé.",
    },
    template: {
      poc: "Modèle CSV de l'annuaire des POC : une ligne par POC ; « type » vaut « diplomatic » ou « technical » ; plusieurs e-mails sont séparés par un point-virgule ; « last_confirmed » est une date (AAAA-MM-JJ) ou reste vide. Envoyez-le en fichier CSV, ou collez-le sous « import poc directory » dans un message direct :\n{{template}}",
    },
    approval: {
      held: "En attente de l'approbation d'un second membre du Secrétariat : {{what}}. Rien n'est fait tant qu'un autre membre du Secrétariat n'a pas dit « approve {{id}} » (ou « reject {{id}} ») dans un message direct ; la demande attend 24 heures.",
      notice:
        "{{who}} demande {{what}}. Un second membre du Secrétariat doit l'approuver : dites « approve {{id}} » ou « reject {{id}} » dans un message direct.",
      approvedNotice: "{{who}} a approuvé {{id}} ({{what}}) ; c'est en cours.",
      rejectedNotice: "{{who}} a refusé {{id}} ({{what}}) ; rien n'a été fait.",
      none: "Aucune approbation n'est en attente.",
      list: "En attente de l'approbation d'un second membre du Secrétariat :",
      item: "{{id}} : {{what}}, demandé par {{who}} ({{when}})",
      channel: "Les approbations se décident dans un message direct, pas dans un canal. Rien n'a été fait.",
      unknown:
        "Aucune approbation {{id}} n'est en attente : elle a déjà été décidée, a expiré (après 24 heures) ou n'a jamais existé. Dites « pending approvals » pour les lister. Rien n'a été fait.",
      own: "Vous avez demandé {{id}} vous-même : un autre membre du Secrétariat doit l'approuver. Rien n'a été fait.",
      approved: "{{id}} approuvé ({{what}}, demandé par {{who}}). Exécution :",
      rejected: "{{id}} refusé ({{what}}, demandé par {{who}}) ; rien n'a été fait.",
      whatImport_one: "un import de l'annuaire des POC ({{count}} fiche)",
      whatImport_many: "un import de l'annuaire des POC ({{count}} de fiches)",
      whatImport_other: "un import de l'annuaire des POC ({{count}} fiches)",
      whatBroadcast_one: "une diffusion à {{audience}} ({{count}} message)",
      whatBroadcast_many: "une diffusion à {{audience}} ({{count}} de messages)",
      whatBroadcast_other: "une diffusion à {{audience}} ({{count}} messages)",
    },
    rsvp: {
      people_one: "{{count}} personne",
      people_many: "{{count}} de personnes",
      people_other: "{{count}} personnes",
      answers_one: "{{count}} réponse",
      answers_many: "{{count}} de réponses",
      answers_other: "{{count}} réponses",
      withExperts: "réponses avec experts",
      ofState: "{{state}}",
    },
    /** A person in the Secretariat's lists, always with their State (a POC with their type too). */
    who: {
      person: "{{name}} ({{state}})",
      noState: "{{name}} (aucun État sur la liste des participants)",
      poc: "{{name}} ({{state}}, POC {{type}})",
    },
    /** « li wei l'a-t-il reçu ? » : si une personne a reçu le dernier test ou la dernière diffusion. */
    receipt: {
      noneSent: "Aucune diffusion ni aucun test de contact n'a encore été envoyé.",
      noPing: "Aucun test de contact n'a encore été lancé.",
      noBroadcast: "Aucune diffusion n'a encore été envoyée.",
      pingHead: "Test de contact {{id}}, lancé {{at}} :",
      broadcastHead: "Diffusion {{id}} à {{audience}} (« {{title}} »), confirmée {{at}} :",
      whoIsMeant:
        "On ne sait pas qui est « {{pronoun}} » : vous ne venez pas de poser une question sur une personne précise. Donnez son nom, comme dans « did Li Wei get it ».",
      latestPing:
        "C'est le dernier de {{count}} tests de contact. Pour un autre, nommez-le par sa date ou son identifiant : « did {{name}} get the ping of {{day}} » (« ping tests » les liste).",
      latestBroadcast:
        "C'est la dernière de {{count}} diffusions. Pour une autre, nommez-la par sa date, son identifiant ou des mots de son texte : « did {{name}} get the broadcast of {{day}} » (« broadcasts » les liste).",
      noSuchPing: "Aucun test de contact ne correspond à « {{which}} ». Tests récents : {{list}}.",
      noSuchBroadcast: "Aucune diffusion ne correspond à « {{which}} ». Diffusions récentes : {{list}}.",
      nobodyPing:
        "Aucun POC du test de contact {{id}} ne s'appelle « {{name}} ». Donnez le nom tel que l'annuaire des POC l'écrit, ou dites « ping test report {{id}} » pour tout le monde.",
      nobodyBroadcast:
        "Aucun destinataire de la diffusion {{id}} ne s'appelle « {{name}} ». Donnez le nom tel que la liste des participants l'écrit, ou dites « broadcast report {{id}} » pour tout le monde.",
      several:
        "« {{name}} » correspond à plusieurs personnes ; donnez le nom complet de celle que vous visez :",
      only: "Désolé, seul le Secrétariat peut voir qui a reçu une diffusion ou un test de contact.",
      ping: {
        inTime: "{{who}} : reçu {{sent}}, accusé de réception {{at}}, dans les délais.",
        late: "{{who}} : reçu {{sent}}, accusé de réception en retard, {{at}}.",
        awaiting:
          "{{who}} : reçu {{sent}} ; pas encore d'accusé de réception (le test est ouvert jusqu'à {{closes}}).",
        noAnswer: "{{who}} : reçu {{sent}} ; aucun accusé de réception (le test s'est clos {{closes}}).",
        pending: "{{who}} : pas encore reçu ; le test est encore en cours d'envoi.",
        failed: "{{who}} : pas reçu ; le test ne l'a atteint sur aucun canal ({{reasons}}).",
        cancelled: "{{who}} : pas contacté ; le test a été annulé avant l'envoi.",
      },
      broadcast: {
        sent: "{{who}} : reçu {{at}} ({{channel}}).",
        pending: "{{who}} : pas encore reçu ; l'envoi est en cours ({{channel}}).",
        failed: "{{who}} : pas reçu ; l'envoi a échoué ({{channel}} : {{error}}).",
        cancelled: "{{who}} : pas envoyé ({{channel}}) ; la diffusion a été annulée ou il était trop tard.",
        unreachable: "{{who}} : pas envoyé ; jamais rencontré dans le chat et sans adresse e-mail.",
        acked: "{{who}} : accusé de réception {{at}}.",
        notAcked: "{{who}} : pas encore d'accusé de réception.",
      },
      channel: { chat: "dans le chat", email: "par e-mail" },
    },
  },
  zone: {
    offer:
      "Vous êtes à {{place}} ({{zone}}). Dites « mon fuseau horaire est {{place}} » et les réponses indiqueront aussi vos heures.",
  },
  dashboard: {
    title: "Tableau de bord du Secrétariat",
    skip: "Aller au contenu",
    signOut: "Se déconnecter",
    nav: "Tableau de bord",
    overview: "Vue d’ensemble",
    rsvp: "Réponses aux invitations",
    poc: "Annuaire des points de contact",
    ping: "Tests de contact",
    broadcasts: "Diffusions",
    reminders: "Rappels",
    times: "Heures de {{zone}} ({{tz}}).",
  },
};
