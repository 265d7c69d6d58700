/** French wording of the features (same keys and placeholders as `../en/features.ts`). */

/** @example frenchFeatures.home.title === "À venir" */
export const frenchFeatures = {
  help: {
    modules: {
      reminders: {
        title: "Rappels",
        examples:
          "rappelle-moi 15 minutes avant chaque séance\nrappelle-moi la réception\nmes rappels\narrêter les rappels",
      },
      rsvp: {
        title: "Réponses aux invitations (RSVP)",
        examples: "rsvp oui avec 2 experts\nrsvp peut-être / rsvp non\nmes réponses",
      },
      poc: {
        title: "Annuaire des points de contact (POC)",
        examples: "mes coordonnées (puis « Modifier un champ » ou « Confirmer »)",
      },
      timeZone: {
        title: "Votre fuseau horaire",
        examples:
          "mon fuseau horaire est Tokyo (choisir votre fuseau, par une ville)\nmon fuseau horaire (voir le fuseau retenu)\nréinitialise mon fuseau horaire (revenir à celui de votre application)",
      },
      revisions: {
        title: "Modifications du programme",
        examples:
          "arrête les avis de modification (ne plus les recevoir)\nreprends les avis de modification (les recevoir de nouveau)",
      },
      calendar: {
        title: "Calendrier",
        examples:
          "mon calendrier\nlien de calendrier\najoute jeudi à mon calendrier\najoute le renforcement des capacités à mon calendrier\najoute tout le programme à mon calendrier",
      },
      language: {
        title: "Langue",
        examples: "English please\nen español por favor\nпо-русски\n请用中文\nبالعربية\nlanguage: français",
      },
    },
    title: "Voici ce que vous pouvez me demander",
    footer: "Les heures sont celles du lieu de la réunion, et aussi les vôtres quand elles diffèrent.",
  },
  home: {
    title: "À venir",
    onNow: " (en cours)",
    nothing: "Rien d'autre n'est prévu dans les programmes dont je dispose.",
    footer: "Posez-moi vos questions sur le programme, par exemple « qu'y a-t-il jeudi après-midi ? »",
  },
  reminders: {
    whichToChange:
      "Vos rappels :\n{{list}}\nLequel ? Nommez-le par son événement ou son jour, p. ex. « modifie le rappel de la réception à {{lead}} », ou « change tous mes rappels à {{lead}} ». Rien n’a été modifié.",
    noneNamed:
      "Aucun de vos rappels ne correspond. Vos rappels :\n{{list}}\nNommez-le par son événement ou son jour, p. ex. « modifie le rappel de la réception à {{lead}} ». Rien n’a été modifié.",
    severalNamed:
      "Plusieurs de vos rappels correspondent. Vos rappels :\n{{list}}\nLequel ? P. ex. « modifie le rappel de la réception à {{lead}} », ou « change tous mes rappels à {{lead}} ». Rien n’a été modifié.",
    lines: {
      sessionWhen: "{{label}}, {{when}}",
      noUpcoming: "Aucun rappel à venir.",
      pastHidden_one: "({{count}} pour une séance déjà commencée ou passée, non affiché)",
      pastHidden_many: "({{count}} pour des séances déjà commencées ou passées, non affichés)",
      pastHidden_other: "({{count}} pour des séances déjà commencées ou passées, non affichés)",
      gone: "{{id}} (n’est plus au programme)",
      becauseRsvp: " (parce que vous avez répondu que vous participez)",
    },
    remark: {
      was: "auparavant {{lead}}",
      alreadyHad: "vous aviez déjà ce rappel",
      replaces: "la même séance que votre rappel sur {{what}}, qu’il remplace",
      insteadOfEvery: "au lieu de votre rappel de chaque séance, {{lead}}",
    },
    isNow: "{{label}} commence {{in}} ({{when}}) — {{lead}}, c’est maintenant : voici donc votre rappel.",
    tooSoon:
      "{{label}} commence {{in}} ({{when}}), donc moins de {{lead}} : aucun rappel n’a été programmé. Pour un rappel plus court, demandez-le {{minutes}} minutes avant.",
    relative: {
      now: "maintenant",
      in: "dans {{amount}}",
      ago: "il y a {{amount}}",
    },
    empty: "Vous n’avez aucun rappel. Essayez « rappelle-moi 15 minutes avant chaque séance ».",
    nextHeading: "Prochain",
    listFooter:
      "Écrivez « arrêter les rappels » pour tous les arrêter, « arrête les rappels pour … » pour un seul, ou « change mon rappel à 30 minutes avant ».",
    stoppedAbout: "C’est fait : plus de rappels pour {{what}}.{{still}}",
    noneAbout: "Vous n’aviez pas de rappel pour {{what}}.{{still}}",
    noneAboutOwn: "Vous n’aviez pas de rappel propre pour {{what}}.{{still}}",
    stillEvery:
      " Vous avez encore des rappels avant chaque séance, qui l’incluent ; écrivez « arrête les rappels pour chaque séance » pour les arrêter.",
    error: {
      begun: "{{label}} ({{when}}) a déjà commencé ou a déjà eu lieu.",
      begunMany: "Ceux-ci ont déjà commencé ou ont déjà eu lieu :\n{{list}}",
      outOfRange:
        "Les rappels peuvent arriver entre l'heure de début et 24 heures avant ; « {{words}} » sort de cet intervalle.",
      outOfRangeUnquoted:
        "Les rappels peuvent arriver entre l'heure de début et 24 heures avant ; votre demande sort de cet intervalle.",
      clockTime:
        "Je vous préviens un temps donné avant le début d'une séance (entre son début et 24 heures avant), pas à une heure précise : par exemple « rappelle-moi la réception 2 heures avant ».",
      what: "Vous rappeler quoi ? Par exemple « rappelle-moi 15 minutes avant chaque séance », « rappelle-moi avant la prochaine séance » ou « rappelle-moi la réception ».",
      notFound:
        "Je n'ai pas trouvé « {{what}} » dans le programme. Essayez « la prochaine séance », un thème, un jour (« jeudi »), « la réception » ou « chaque séance ».",
      notFoundUnquoted:
        "Je n'ai pas trouvé cela dans le programme. Essayez « la prochaine séance », un thème, un jour (« jeudi »), « la réception » ou « chaque séance ».",
      stopNotFound:
        "Je n’ai pas trouvé « {{what}} » dans le programme. Tapez « mes rappels » pour voir les vôtres.",
      stopNotFoundUnquoted:
        "Je n’ai pas trouvé cela dans le programme. Tapez « mes rappels » pour voir les vôtres.",
      nothingNext: "Il ne reste plus rien au programme : il n'y a pas de prochaine séance à vous rappeler.",
      nothingToChange:
        "Vous n'avez aucun rappel à venir à modifier. Dites par exemple « rappelle-moi 30 minutes avant la prochaine séance ».",
      staleButton: "Ce bouton n'est plus actif. Écrivez « mes rappels » pour voir les vôtres.",
    },
    card: {
      today: "Rappel : {{label}} a lieu aujourd'hui",
      startsIn: "Rappel : {{label}} commence dans {{amount}}",
      startingNow: "Rappel : {{label}} commence maintenant",
      started: "Rappel : {{label}} a commencé il y a {{amount}}",
      when: "Quand",
      yourTime: "Chez vous",
      where: "Où",
      items: "Points",
      moved:
        "⚠ Changement d'horaire : annoncé d'abord pour {{before}}. L'heure ci-dessous est l'heure actuelle.",
      addToCalendar: "Ajouter à mon calendrier",
      stop: "Arrêter ces rappels",
    },
    aboutOne: "Je vous préviendrai pour {{what}}.",
    aboutMany: "Je vous préviendrai pour :\n{{list}}",
    everySessionLine: "Chaque séance — {{lead}}",
    stoppedNone:
      "Vous n'aviez aucun rappel : il n'y avait rien à arrêter. Dites « rappelle-moi … » pour en créer un.",
    automatic: " (y compris le rappel automatique d'un événement auquel vous avez répondu)",
    stopped_one:
      "C'est fait : {{count}} rappel arrêté{{automatic}}, et plus de rappel automatique pour les événements auxquels vous répondez. Dites « rappelle-moi … » pour recommencer.",
    stopped_many:
      "C'est fait : {{count}} de rappels arrêtés{{automatic}}, et plus de rappel automatique pour les événements auxquels vous répondez. Dites « rappelle-moi … » pour recommencer.",
    stopped_other:
      "C'est fait : {{count}} rappels arrêtés{{automatic}}, et plus de rappel automatique pour les événements auxquels vous répondez. Dites « rappelle-moi … » pour recommencer.",
    everySession: "Je vous préviendrai pour chaque séance : {{lead}}{{changed}}.{{next}}",
    was: " (auparavant : {{lead}})",
    next: " La prochaine : {{label}}, {{when}}.",
    noneLeft: " Il ne reste toutefois plus aucune séance au programme.",
    title: "Vos rappels",
    stoppedEvery: "C'est fait : plus de rappel avant chaque séance.",
    noneEvery: "Vous n'aviez pas de rappel pour chaque séance.",
    whenBoth: "{{venue}} ({{asker}})",
    lead: {
      milestoneStart: "à {{time}} {{zone}} le jour même",
      milestoneDayBefore: "la veille à {{time}} {{zone}}",
      milestoneBefore: "{{amount}} avant {{time}} {{zone}}, le jour même",
      withWhen: "{{lead}} ({{when}})",
      start: "au début",
      dayBefore: "la veille",
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
    sentByDm: "Je vous ai envoyé un message direct.",
    emailPage: {
      confirmTitle: "Confirmer votre fiche : {{heading}}",
      confirmText: "Appuyez sur le bouton si tout cela est toujours exact.",
      wrongTitle: "Une erreur dans votre fiche : {{heading}}",
      wrongText:
        "Appuyez sur le bouton pour prévenir le Secrétariat, qui vous contactera pour la corriger. Vous pouvez aussi la corriger vous-même en écrivant au bot des délégués dans la messagerie.",
      wrongButton: "Prévenir le Secrétariat",
      wrongDone:
        "Merci : le Secrétariat a été prévenu et vous contactera pour corriger votre fiche. Rien n’y a été modifié.",
      changed:
        "Votre fiche a changé depuis l’envoi de cet e-mail ; rien n’a été enregistré. La prochaine demande la montrera telle qu’elle est.",
    },
    reason: {
      phoneEmpty: "le numéro est vide ; donnez un numéro comme +254 20 123 4567",
      extensionTooLong: "le poste « {{ext}} » a {{digits}} chiffres ; un poste en a 10 au plus",
      phoneCharacters:
        "« {{written}} » contient d’autres caractères que des chiffres, des espaces et + ( ) - . / ; écrivez-le comme +254 20 123 4567 (un poste sous la forme « ext. 12 »)",
      noCountryCode:
        "« {{written}} » n’a pas d’indicatif de pays ; écrivez-le au format international, avec + et l’indicatif (par exemple +41 22 917 1234)",
      phoneTooShort: "« {{written}} » est trop court pour un numéro de téléphone",
      phoneTooShortIn: "« {{written}} » est trop court pour un numéro de téléphone ({{country}})",
      phoneTooLong: "« {{written}} » est trop long pour un numéro de téléphone",
      phoneTooLongIn: "« {{written}} » est trop long pour un numéro de téléphone ({{country}})",
      unknownCountryCode: "« {{written}} » ne commence pas par un indicatif de pays connu",
      phoneUnreadable:
        "je ne peux pas lire « {{written}} » comme un numéro de téléphone ; écrivez-le comme +254 20 123 4567",
      phoneInvalid: "« {{written}} » n’est pas un numéro de téléphone valide (vérifiez les chiffres)",
      phoneInvalidIn:
        "« {{written}} » n’est pas un numéro de téléphone valide ({{country}}) (vérifiez les chiffres)",
      hoursSpan:
        "« {{written}} » n’est pas une plage d’heures de travail ; écrivez-la comme 09:00-17:00, suivie si besoin des jours, par exemple « 09:00-17:00 lun-ven »",
      startClock: "{{time}} n’est pas une heure de la journée (00:00 à 23:59)",
      endClock: "{{time}} n’est pas une heure de la journée (00:00 à 24:00)",
      startAt24: "les heures ne peuvent pas commencer à 24:00",
      endBeforeStart:
        "la fin ({{end}}) doit venir après le début ({{start}}) ; pour une permanence continue, écrivez « 00:00-24:00 lun-dim »",
      days: "« {{written}} » n’est ni un jour ni une suite de jours ; écrivez par exemple « lun-ven » ou « dim-jeu »",
      emailNeeded: "il faut au moins une adresse e-mail",
      emailInvalid: "« {{written}} » n’est pas une adresse e-mail valide",
      fingerprintEmpty: "l’empreinte PGP est vide",
      fingerprintCharacters:
        "une empreinte PGP ne contient que les chiffres 0-9 et les lettres A-F ; trouvé : {{found}}",
      fingerprintLength:
        "une empreinte PGP compte 40 caractères hexadécimaux (64 pour les clés v5/v6) ; celle-ci en compte {{length}}",
      zoneCity: "« {{written}} » n’est pas un fuseau horaire IANA ; pour {{written}}, écrivez {{zone}}",
      zoneUnknown:
        "« {{written}} » n’est pas un fuseau horaire IANA ; écrivez-le comme « Africa/Nairobi » ou « Europe/Paris »",
      textEmpty: "le champ « {{field}} » est vide",
      textLong: "le champ « {{field}} » dépasse 200 caractères",
      textLines: "le champ « {{field}} » doit tenir sur une ligne",
      textLetters: "le champ « {{field}} » doit contenir au moins deux lettres",
    },
    error: {
      emptyValue:
        "Donnez la nouvelle valeur ({{field}}), par exemple « changer {{field}} en … ». Rien n’a été modifié.",
      required:
        "Un point de contact technique doit avoir ce champ ({{field}}) : il ne peut pas être supprimé ; donnez plutôt la nouvelle valeur. Rien n’a été modifié.",
      invalid: "Cette valeur n’est pas valide ({{field}}) : {{reasons}}. Rien n’a été modifié.",
      invalidHours: "Ces heures de travail ne sont pas valides : {{reasons}}. Rien n’a été modifié.",
      notSet: "Ce champ ({{field}}) n’est pas renseigné. Rien n’a été modifié.",
      emailOne:
        "Indiquez une adresse e-mail, par exemple « ajouter nom@example.org à mes adresses e-mail ». Rien n’a été modifié.",
      emailListed: "{{email}} figure déjà parmi vos adresses. Rien n’a été modifié.",
      emailNotListed: "{{email}} ne figure pas parmi vos adresses ({{list}}). Rien n’a été modifié.",
      already: "Ce champ ({{field}}) vaut déjà {{value}}. Rien n’a été modifié.",
      zonePlaceUnknown:
        "Je ne connais pas de fuseau horaire pour « {{written}} ». Écrivez votre ville (par exemple « Nairobi ») ou le fuseau horaire IANA (par exemple « Africa/Nairobi »). Rien n’a été modifié.",
      zoneSeveral:
        "« {{written}} » a plusieurs fuseaux horaires : cela ne dit pas lequel est le vôtre. Écrivez votre ville (par exemple « Chicago ») ou le fuseau horaire IANA (par exemple « America/Chicago »). Rien n’a été modifié.",
      notSetHours: "Ce champ ({{field}}) n’est pas renseigné. Rien n’a été modifié.",
      alreadyHours: "Ce champ ({{field}}) vaut déjà {{value}}. Rien n’a été modifié.",
      whichType:
        "Vous êtes à la fois le point de contact diplomatique et le point de contact technique de {{state}} ; précisez lequel, par exemple « changer {{field}} technique en … ». Rien n’a été modifié.",
    },
    request: {
      changedSince: "Le Secrétariat a modifié votre fiche après votre dernière confirmation ({{day}}).",
      checkBy:
        "Veuillez vérifier ces informations et les confirmer avant le {{due}}, ou corriger ce qui est inexact.",
      dueOn:
        "Votre confirmation annuelle est attendue le {{due}}. Ces informations sont-elles toujours exactes ?",
      confirmToday:
        "Veuillez confirmer ces informations aujourd'hui ({{due}}), ou corriger ce qui est inexact.",
      dueToday:
        "Votre confirmation annuelle est attendue aujourd'hui ({{due}}). Veuillez confirmer ces informations, ou mettre à jour ce qui a changé.",
      emailLinks: "Utilisez l'un des liens ci-dessous (ouvrir un lien seul n'enregistre rien).",
      emailChat:
        "Veuillez répondre en écrivant au bot des délégués dans la messagerie, depuis un compte lié à cette adresse e-mail.",
      stillCorrect: "Mes coordonnées sont toujours exactes",
      somethingWrong: "Quelque chose est inexact",
    },
    time: {
      never: "jamais",
      venue: "{{moment}}, heure de New York",
      reader: "{{venue}} ({{time}} chez vous, {{zone}})",
    },
    confirmed: "Merci : vos coordonnées sont confirmées. La prochaine confirmation est attendue le {{day}}.",
    confirmPrompt:
      "Tout ce qui suit est-il toujours exact ? Cliquez sur « Confirmer, toujours exact » pour le confirmer pour 12 mois de plus. Rien n'est enregistré avant.",
    changedSince:
      "Votre fiche a changé depuis l'affichage de cette carte ; rien n'a été confirmé. La voici telle qu'elle est maintenant.",
    heading: "{{state}} ({{code}}) — point de contact {{type}}",
    type: { technical: "technique", diplomatic: "diplomatique" },
    // "my email is not …": what the record holds, and the question (no value proposed).
    denied: {
      holds: "Votre champ « {{field}} » dans l’annuaire (point de contact {{type}}) vaut {{value}}.",
      ask: "Quelle est la bonne valeur ? Écrivez par exemple « change mon {{field}} en … ». Rien n’a été modifié.",
    },
    field: {
      phone: "téléphone",
      phone247: "téléphone 24/7",
      emails: "adresse e-mail",
      name: "nom",
      title: "fonction",
      organisation: "organisme",
      hours: "heures de travail",
      timeZone: "fuseau horaire",
      pgpFingerprint: "empreinte PGP",
    },
    /** A field with its article, as a question names it (« Modifier le téléphone ? »). */
    fieldThe: {
      phone: "le téléphone",
      phone247: "le téléphone 24/7",
      emails: "l’adresse e-mail",
      name: "le nom",
      title: "la fonction",
      organisation: "l’organisme",
      hours: "les heures de travail",
      timeZone: "le fuseau horaire",
      pgpFingerprint: "l’empreinte PGP",
    },
    label: {
      phone: "Téléphone",
      phone247: "Téléphone 24/7",
      emails: "Adresses e-mail",
      name: "Nom",
      title: "Fonction",
      organisation: "Organisme",
      hours: "Heures de travail",
      timeZone: "Fuseau horaire",
      pgpFingerprint: "Empreinte PGP",
      status: "Statut",
      lastConfirmed: "Dernière confirmation",
      nextDue: "Prochaine confirmation attendue",
    },
    status: {
      confirmed: "confirmé",
      changedBySecretariat:
        "modifié par le Secrétariat depuis la dernière confirmation du POC ; pas encore confirmé à nouveau",
      notYetConfirmed: "pas encore confirmé par le POC",
      overdue: "confirmation en retard (attendue le {{day}})",
    },
    own: {
      zoneWithPlace: "{{zone}} ({{place}})",
      // The "next confirmation due" of a record the POC never confirmed: due now.
      dueNow: "maintenant — pas encore confirmée : merci de la vérifier et de la confirmer",
      // An e-mail change sent to the Secretariat, not made yet ("my details").
      waitingEmails:
        "Une modification attend le Secrétariat depuis le {{day}} : e-mails → {{list}} (demandée par {{who}}). Tant que le Secrétariat ne l'a pas faite, la fiche ci-dessous reste inchangée.",
      title: "Votre fiche dans l'annuaire des POC : {{heading}}",
      confirm: "Confirmer, toujours exact",
      change: "Modifier un champ",
      footer: "Vous pouvez aussi écrire par exemple « changer mon téléphone en +254 20 123 4567 ».",
    },
    edit: {
      title: "Modifier un champ : {{heading}}",
      intro:
        "Quel champ ({{names}}) et sa nouvelle valeur. Je vous montrerai l'avant et l'après, et ne changerai rien avant votre confirmation.",
      field: "Champ",
      value: "Nouvelle valeur",
      required: "Veuillez remplir le champ « {{label}} ».",
      preview: "Prévisualiser la modification",
      unknownField:
        "« {{words}} » n'est pas un champ que je peux modifier ; choisissez parmi : {{names}}. Rien n'a été modifié.",
    },
    preview: {
      cancelled: "Annulé. Rien n’a été modifié.",
      nothingToCancel: "Aucune modification en attente à annuler. Rien n’a été modifié.",
      title: "Modifier {{field}} ?",
      before: "Avant",
      after: "Après",
      confirm: "Confirmer la modification",
      cancel: "Annuler",
      footer: "Rien ne change avant votre confirmation. Cet aperçu expire le {{when}}.",
    },
    done: "C'est fait : ce champ ({{field}}) vaut désormais {{value}}. {{told}}",
    told: "Le Secrétariat en sera informé.",
    logged: "La modification figure dans le journal des modifications de l'annuaire.",
    noRecord:
      "Je n’ai pas de fiche de point de contact pour votre compte de messagerie. Je reconnais les points de contact à l’adresse e-mail que votre plateforme de messagerie a vérifiée ({{email}}) ; si vous êtes point de contact, demandez au Secrétariat de l’ajouter à votre fiche dans l’annuaire.",
    noRecordNoEmail:
      "Je n’ai pas de fiche de point de contact pour votre compte de messagerie : votre plateforme de messagerie ne m’a pas communiqué d’adresse e-mail vérifiée, et c’est ainsi que je reconnais les points de contact. Adressez-vous au Secrétariat.",
    otherType:
      "Vous êtes le point de contact {{held}} de {{state}} ({{code}}), pas son point de contact {{asked}} ; retirez « {{asked}} » pour voir ou modifier votre fiche.",
    notYours:
      "Seul le point de contact concerné peut le faire, depuis son propre compte de messagerie. Rien n’a été modifié.",
    alreadyApplied: "Cette modification a déjà été appliquée.",
    whichConfirm:
      "Vous êtes à la fois le point de contact diplomatique et le point de contact technique de {{state}} ; précisez lequel, par exemple « je confirme ma fiche technique ». Rien n’a été confirmé.",
    posixNote: "{{zone}} (soit {{offset}})",
    zoneFromPlace: "Vous avez écrit « {{written}} » : votre fiche indiquera le fuseau horaire {{zone}}.",
    emailNewAddresses:
      "Les nouvelles adresses sont ajoutées par le Secrétariat après vérification : confirmer lui transmet votre demande.",
    emailRemovedAddresses_one:
      "{{list}} serait retirée de la fiche : pour garder une adresse, indiquez-la aussi dans la modification.",
    emailRemovedAddresses_many:
      "{{list}} seraient retirées de la fiche : pour garder une adresse, indiquez-la aussi dans la modification.",
    emailRemovedAddresses_other:
      "{{list}} seraient retirées de la fiche : pour garder une adresse, indiquez-la aussi dans la modification.",
    emailAccountWarning:
      "Attention : après cette modification, votre compte de messagerie ({{email}}) ne sera plus reconnu comme ce point de contact.",
    newEmails:
      "Merci. Les nouvelles adresses e-mail sont ajoutées par le Secrétariat après vérification, car c’est lui qui décide qui est reconnu comme ce point de contact ; je lui ai transmis votre demande ({{list}}). Votre fiche reste inchangée tant qu’il n’a pas ajouté les nouvelles adresses.",
    notPending:
      "Cette modification n’est plus en attente (elle a expiré, a été annulée ou remplacée par une plus récente). Rien n’a été modifié.",
    changedSincePreview:
      "Votre fiche a changé depuis l’affichage de cet aperçu. Rien n’a été modifié ; veuillez refaire la demande.",
    whichWaiting:
      "En attente de votre réponse : la modification de votre {{field}} en {{value}}, et {{list}}. Écrivez « {{confirm}} » pour appliquer la modification, ou « reçu » pour l’autre. Rien n’a été modifié ni enregistré.",
  },
  rsvp: {
    whenBoth: "{{venue}} ; {{asker}}",
    howTo: {
      invites:
        "{{title}} ({{day}}) : sont invités {{invited}} ; le chef de délégation répond et nomme les experts qui l’accompagnent.",
      introList: "Pour inscrire votre réponse sur la liste du Secrétariat, écrivez-la ici :",
      intro: "Pour répondre, écrivez ici :",
      attending:
        "• « rsvp oui », avec des experts : « rsvp oui avec 2 experts : Ana Lima, Raj Patel » (une affiliation se met entre parenthèses après le nom)",
      others: "• « rsvp peut-être » ou « rsvp non »",
      change:
        "• pour la modifier, répondez de nouveau : « rsvp oui avec 1 expert : Ana Lima » remplace votre réponse, « rsvp non » l’annule",
      mine: "• « mes réponses » affiche votre réponse.",
    },
    ifYouMean: {
      attending: "Si vous parlez de {{title}} ({{day}}), écrivez « rsvp oui ».",
      declined: "Si vous parlez de {{title}} ({{day}}), écrivez « rsvp non ».",
      tentative: "Si vous parlez de {{title}} ({{day}}), écrivez « rsvp peut-être ».",
    },
    mine: {
      yourAnswer: "Votre réponse",
      toHost: "Réponse à l’hôte",
      toHostValue: "{{link}} (les réponses données ici vont sur la liste du Secrétariat, pas à l’hôte)",
      answerBy: "Répondre avant le",
      passed: "{{when}} (date passée)",
      notAnswered: "pas encore de réponse",
      notYours: "ce n’est pas à vous de répondre (l’invitation s’adresse à : {{invited}})",
      none: "Aucun événement du programme ne demande de réponse pour le moment.",
      footerOpen:
        "Vous pouvez modifier une réponse ici jusqu’au début de l’événement, par exemple « rsvp non » ou « rsvp oui avec 1 expert : Ana Lima ».",
      footerAfterDeadline:
        "La date limite de réponse est passée : jusqu’au début de l’événement, vous pouvez encore décliner ou répondre avec moins d’experts, par exemple « rsvp non ».",
      footerNamed: "Les modifications passent par le chef de délégation qui vous a nommé.",
      toAttend: " Pour participer, répondez avant la date limite.",
      closed: "Les réponses sont closes, ou ce n’est pas à vous de répondre, pour ces événements.",
    },
    notice: {
      you: "vous",
      youAndExperts_one: "vous et vos experts accompagnateurs ({{count}})",
      youAndExperts_many: "vous et vos experts accompagnateurs ({{count}})",
      youAndExperts_other: "vous et vos experts accompagnateurs ({{count}})",
      confirmedOrganiser:
        "Bonne nouvelle : une place s’est libérée pour {{title}} ({{when}}). Votre place est désormais confirmée pour {{party}}. Si vous ne pouvez plus venir, répondez « rsvp non ».",
      confirmedList:
        "Une place s’est libérée sur la liste du Secrétariat pour {{title}} ({{when}}) : {{party}} — désormais inscrits. {{host}} Si vous ne pouvez plus venir, répondez « rsvp non ».",
      waitOrganiser:
        "Le nombre de places pour {{title}} a changé : vous êtes désormais numéro {{position}} sur la liste d’attente. Je vous préviendrai dès qu’une place se libère.",
      waitList:
        "Le nombre de places sur la liste du Secrétariat pour {{title}} a changé : vous êtes désormais numéro {{position}} sur sa liste d’attente. Je vous préviendrai dès qu’une place s’y libère.",
    },
    error: {
      answerMissing:
        "Donnez votre réponse : « rsvp oui », « rsvp peut-être » ou « rsvp non » — avec vos experts, par exemple « rsvp oui avec 2 experts : Ana Lima, Raj Patel ».",
      countNotNumber: "« {{words}} » n’est pas un nombre d’experts ; écrivez un nombre de 0 à {{max}}.",
      organisation:
        "« {{organisation}} » ressemble à un organisme, pas à une personne : une virgule sépare les personnes, et l’affiliation se met entre parenthèses après le nom, par exemple « {{example}} ». Rien n’a été modifié.",
      namedTwice:
        "« {{name}} » est nommé deux fois ; nommez chaque expert une seule fois. Rien n’a été modifié.",
      moreNames_one:
        "Vous avez nommé {{count}} expert mais annoncé {{said}} ; donnez le bon nombre, ou moins de noms.",
      moreNames_many:
        "Vous avez nommé {{count}} experts mais annoncé {{said}} ; donnez le bon nombre, ou moins de noms.",
      moreNames_other:
        "Vous avez nommé {{count}} experts mais annoncé {{said}} ; donnez le bon nombre, ou moins de noms.",
      tooMany: "Experts : {{max}} experts accompagnants au plus.",
      nameShort: "Nom d’expert « {{name}} » : le nom d’un expert compte au moins 2 caractères.",
      nameLong: "Nom d’expert « {{name}} » : le nom d’un expert compte 100 caractères au plus.",
      nameCharacters:
        "Nom d’expert « {{name}} » : le nom d’un expert ne peut contenir que des lettres, des espaces, des points, des apostrophes et des traits d’union, et une affiliation entre parenthèses à la fin.",
      notUnderstood:
        "Je n’ai pas compris « {{words}} » dans votre réponse (cela ne désigne aucun événement demandant une réponse : {{list}}). Écrivez par exemple « rsvp oui avec 2 experts : Ana Lima, Raj Patel » ou « rsvp non ».",
      namedSelf:
        "Vous vous êtes nommé·e ({{name}}) comme expert : vous êtes déjà compté·e comme chef de délégation. Ne nommez que les personnes qui vous accompagnent. Rien n’a été modifié.",
      namedBefore:
        "Vous aviez nommé {{count}} experts ({{names}}). Dites qui vient, par exemple « {{example}} ». Rien n’a été modifié.",
      capacity_one:
        "{{title}} compte {{count}} places en tout : un groupe de {{party}} personnes ne peut donc jamais en obtenir. Répondez avec moins d’experts, ou contactez le Secrétariat. Rien n’a été modifié.",
      capacity_many:
        "{{title}} compte {{count}} places en tout : un groupe de {{party}} personnes ne peut donc jamais en obtenir. Répondez avec moins d’experts, ou contactez le Secrétariat. Rien n’a été modifié.",
      capacity_other:
        "{{title}} compte {{count}} places en tout : un groupe de {{party}} personnes ne peut donc jamais en obtenir. Répondez avec moins d’experts, ou contactez le Secrétariat. Rien n’a été modifié.",
      noExperts: "Vous n’avez nommé aucun expert pour {{title}}. Rien n’a été modifié.",
      notAmong:
        "« {{wanted}} » ne fait pas partie des experts que vous avez nommés ({{names}}). Rien n’a été modifié.",
      changeTo:
        "Dites ce que doit devenir votre réponse, par exemple « rsvp oui avec 1 expert : Ana Lima », « rsvp peut-être » ou « rsvp non ».",
      noEvents: "Aucun événement du programme ne demande de réponse.",
      unknownEvent:
        "Je ne connais aucun événement demandant une réponse qui s’appelle « {{words}} ». Événements demandant une réponse : {{list}}.",
      whichEvent:
        "Quel événement ? Plusieurs demandent une réponse : {{list}}. Nommez-le, par exemple « rsvp oui à {{kind}} ».",
      tookPlace: "L’événement « {{title}} » a eu lieu le {{day}} ; les réponses sont closes.",
      begun: "L’événement « {{title}} » a déjà commencé : les réponses sont closes.",
      notInvited:
        "{{title}} : sont invités {{invited}}. Si vous accompagnez votre chef de délégation, demandez-lui de vous nommer comme expert lorsqu'il répond.",
      namedGuests: "des invités nommément désignés",
      deadlinePassedFewer:
        "La date limite de réponse ({{when}}) est passée : vous pouvez encore décliner, ou répondre avec moins d'experts ; pour en amener davantage, contactez le Secrétariat. Rien n'a été modifié.",
      deadlinePassed:
        "La date limite de réponse ({{when}}) est passée. Vous pouvez encore décliner ; pour participer, contactez le Secrétariat.",
      staleInvitation:
        "Cette invitation n'est plus valable. Écrivez « mes réponses » pour voir les événements qui acceptent des réponses.",
    },
    card: {
      title: "Invitation : {{title}}",
      when: "Quand",
      yourTime: "Chez vous",
      where: "Où",
      invited: "Invités",
      rsvpToHost: "Répondre à l'hôte",
      answerBy: "Merci de répondre avant le",
      answerHereBy: "Répondre ici avant le",
      places: "Places",
      placesList: "Places sur la liste du Secrétariat",
      placesValue: "limitées ; une liste d'attente dans l'ordre des réponses s'applique une fois complet",
      yourAnswer: "Votre réponse",
      honour: "{{host}} a l'honneur de vous inviter.",
      expertsCount: "Nombre d'experts accompagnants",
      expertsNames: "Noms des experts accompagnants (séparés par des virgules)",
      footerDeadline:
        "Vous pouvez modifier votre réponse ici jusqu'à la date ci-dessus : cliquez de nouveau, ou écrivez par exemple « rsvp oui avec 2 experts ».",
      footerStart:
        "Vous pouvez modifier votre réponse ici jusqu'au début de l'événement : cliquez de nouveau, ou écrivez par exemple « rsvp oui avec 2 experts ».",
    },
    mineTitle: "Vos réponses aux invitations",
    party: "{{title}} ({{when}})",
    partyWithExperts: "{{title}} ({{when}}) {{experts}}",
    attendingList:
      "Merci — votre participation à {{party}} est notée sur la liste du Secrétariat.{{host}}{{start}}",
    attendingOrganiser: "Merci — vous participez à {{party}} : {{place}}.{{start}}",
    waitlistOrganiser:
      "Vous êtes sur la liste d'attente (numéro {{position}}) pour {{party}} : l'événement est complet. Je vous préviendrai dès qu'une place se libère.",
    waitlistList:
      "Vous êtes sur la liste d'attente du Secrétariat (numéro {{position}}) pour {{party}} : sa liste est complète. Je vous préviendrai dès qu'une place s'y libère.{{host}}",
    tentativeOrganiser:
      "Réponse provisoire notée pour {{title}} ({{when}}) ; écrivez « rsvp oui » quand vous saurez.",
    tentativeList:
      "Réponse provisoire notée sur la liste du Secrétariat pour {{title}} ({{when}}) ; écrivez « rsvp oui » quand vous saurez.{{host}}",
    declinedOrganiser: "Merci — il est noté que vous ne participerez pas à {{title}}.",
    declinedList:
      "Merci — il est noté sur la liste du Secrétariat que vous ne participerez pas à {{title}}. Cette liste n'est pas celle de l'hôte.",
    declinedListLink:
      "Merci — il est noté sur la liste du Secrétariat que vous ne participerez pas à {{title}}. Cette liste n'est pas celle de l'hôte : si vous avez répondu à l'hôte sur {{link}}, prévenez-le aussi là-bas.",
    remindHour: " Je vous le rappellerai une heure avant le début.",
    startsIn_one: " Cela commence dans {{count}} minute.",
    startsIn_many: " Cela commence dans {{count}} de minutes.",
    startsIn_other: " Cela commence dans {{count}} minutes.",
    experts_one: "avec {{count}} expert accompagnant ({{detail}})",
    experts_many: "avec {{count}} d'experts accompagnants ({{detail}})",
    experts_other: "avec {{count}} experts accompagnants ({{detail}})",
    namesToFollow: "noms à suivre",
    /** Between two sentences of a reply (none after Chinese "。"). */
    sentenceGap: " ",
    /** Between expert names in a list ("Ana Lima, Raj Patel"). */
    nameSeparator: ", ",
    namesMissing_one: "{{names}} ; {{count}} nom à suivre",
    namesMissing_many: "{{names}} ; {{count}} de noms à suivre",
    namesMissing_other: "{{names}} ; {{count}} noms à suivre",
    placeConfirmedOrganiser: "votre place est confirmée",
    placeConfirmedList: "sur la liste du Secrétariat",
    placeWaitOrganiser: "l'événement est complet, vous êtes donc numéro {{position}} sur la liste d'attente",
    placeWaitList:
      "la liste du Secrétariat est complète, vous êtes donc numéro {{position}} sur sa liste d'attente",
    hostLine: "Cette liste est tenue pour le Secrétariat ; ce n'est pas une réponse à l'hôte. {{rest}}",
    hostLink: "Pour confirmer votre participation, l'invitation vous demande de répondre sur {{link}}.",
    hostNoLink: "L'invitation ne donne aucun lien pour répondre à l'hôte.",
    button: { attending: "Je participe", tentative: "Peut-être", declined: "Je décline" },
  },
  calendar: {
    notFound:
      "Je n’ai pas trouvé « {{words}} » dans le programme. Essayez « ajoute jeudi à mon calendrier », « ajoute le renforcement des capacités à mon calendrier » ou « ajoute tout le programme à mon calendrier ».",
    notFoundUnquoted:
      "Je n’ai pas trouvé cela dans le programme. Essayez « ajoute jeudi à mon calendrier », « ajoute le renforcement des capacités à mon calendrier » ou « ajoute tout le programme à mon calendrier ».",
    noPublicUrl:
      "Je ne peux pas vous donner de lien de calendrier : l'adresse web publique du bot (PUBLIC_URL) n'est pas configurée. Demandez à l'administrateur du bot de la définir.",
    whole: "Tout le programme",
    mine: "Vos séances",
    oneEvent: "L'événement",
    events_one: "{{count}} événement",
    events_many: "{{count}} d'événements",
    events_other: "{{count}} événements",
    title: "{{what}} pour votre calendrier",
    addOne:
      "Ouvrez ce lien pour ajouter « {{summary}} » à votre calendrier. L'ouvrir de nouveau plus tard le met à jour au lieu d'ajouter des copies :\n{{link}}",
    addMany_one:
      "Ouvrez ce lien pour ajouter {{count}} événement à votre calendrier. L'ouvrir de nouveau plus tard le met à jour au lieu d'ajouter des copies :\n{{link}}",
    addMany_many:
      "Ouvrez ce lien pour ajouter {{count}} d'événements à votre calendrier. L'ouvrir de nouveau plus tard les met à jour au lieu d'ajouter des copies :\n{{link}}",
    addMany_other:
      "Ouvrez ce lien pour ajouter {{count}} événements à votre calendrier. L'ouvrir de nouveau plus tard les met à jour au lieu d'ajouter des copies :\n{{link}}",
    feed: "Pour garder tout le programme à jour dans votre calendrier, abonnez-vous à votre flux personnel (ne le partagez pas) :\n{{feed}}",
    served:
      "Les heures sont des instants exacts, affichés par votre calendrier dans votre propre fuseau. Lien communiqué par erreur ? Dites « réinitialiser mon lien de calendrier ».",
    notServed:
      "Remarque : le serveur web du bot ne fonctionne pas en ce moment (il tourne quand le bot est connecté à une plateforme de messagerie) ; ces liens ne fonctionneront qu'à ce moment-là.",
    sentPrivately: "Je vous ai envoyé le lien du calendrier en message direct.",
    resetDone:
      "C'est fait : vos anciens liens de calendrier ne fonctionnent plus. Dites « lien de calendrier » pour le nouveau, et abonnez-vous-y de nouveau dans votre application de calendrier.",
    nothingOnDay: "Rien n'est prévu au programme le {{day}}.",
    followNothing:
      "Vous ne suivez encore rien : dites « rappelle-moi … » ou répondez à une invitation, ou demandez « calendrier » pour tout le programme.",
    sessionGone: "Cette séance ne figure plus au programme. Demandez « calendrier » pour tout le programme.",
  },
  links: {
    unknownTitle: "Lien non reconnu",
    unknownText:
      "Ce lien n’est pas valide : il a peut-être été copié incomplètement. Rien n’a été enregistré. Utilisez le lien de votre e-mail tel quel, ou répondez dans la messagerie.",
    expiredTitle: "Lien expiré",
    expiredText:
      "Ce lien a expiré le {{when}}. Rien n’a été enregistré. Si quelque chose est encore attendu de vous, le Secrétariat vous en enverra un nouveau.",
    usedTitle: "Déjà utilisé",
    usedText:
      "Ce lien a déjà été utilisé, le {{when}} ; cette réponse est maintenue. Rien de plus n’a été enregistré.",
    closedTitle: "Plus nécessaire",
    closedText: "Cette demande est close ou a été annulée. Rien n’a été enregistré.",
    failedTitle: "Non enregistré",
    failedText:
      "Un problème est survenu de notre côté et rien n’a été enregistré. Réessayez le lien dans quelques minutes.",
    thanks: "Merci",
  },
  ping: {
    notPinged:
      "{{name}} ne vous est pas parvenu : ni un compte de messagerie ni votre adresse e-mail n’étaient joignables lors de l’envoi, le Secrétariat vous considère donc comme injoignable pour ce test. Rien n’a été enregistré. Maintenant que vous avez écrit au bot, le prochain test ping vous parviendra ici.",
    cancelledBy:
      "Ce test ping a été annulé par le Secrétariat ({{when}}) ; aucun accusé de réception n’est nécessaire. Rien n’a été enregistré.",
    cancelledByOf:
      "{{name}} a été annulé par le Secrétariat ({{when}}) ; aucun accusé de réception n’est nécessaire. Rien n’a été enregistré.",
    page: {
      alreadyTitle: "Réception déjà confirmée",
      text: "Appuyez sur le bouton pour accuser réception du {{name}}. Il se termine le {{when}}.",
      cancelled:
        "Ce test ping a été annulé ; aucun accusé de réception n’est nécessaire. Rien n’a été enregistré.",
      alreadyRecorded:
        "La réception de ce ping avait déjà été confirmée, le {{when}}. Rien de plus n’a été enregistré.",
    },
    waiting_one:
      "{{count}} messages attendent votre accusé de réception : {{list}} — cliquez sur « Accuser réception » sur celui que vous visez. Rien n’a été enregistré.",
    waiting_many:
      "{{count}} messages attendent votre accusé de réception : {{list}} — cliquez sur « Accuser réception » sur celui que vous visez. Rien n’a été enregistré.",
    waiting_other:
      "{{count}} messages attendent votre accusé de réception : {{list}} — cliquez sur « Accuser réception » sur celui que vous visez. Rien n’a été enregistré.",
    testOf: "le test ping du {{when}} ({{id}})",
    notYetChat:
      "{{name}} ne vous est pas encore parvenu : il est en cours d’envoi dans votre messagerie. Rien n’a été enregistré : quand il arrivera, cliquez sur « Accuser réception » ou écrivez à nouveau « bien reçu ».",
    notYetEmail:
      "{{name}} ne vous est pas encore parvenu : il est en route vers vous par e-mail. Rien n’a été enregistré : quand il arrivera, ouvrez son lien ou écrivez à nouveau « bien reçu » ici.",
    notDelivered:
      "Le message du {{name}} n’a pas été remis à ce compte de messagerie : il n’y a encore rien à confirmer. Rien n’a été enregistré.",
    card: {
      title: "Test ping de l'annuaire des points de contact",
      reminderTitle: "Rappel : test ping de l'annuaire des points de contact",
      notYet: "Vous n'avez pas encore accusé réception de ce ping.",
      body: "Ce test vérifie que l'annuaire mondial des points de contact peut joindre le point de contact {{type}} de l'État suivant : {{state}}.",
      askChat: "Veuillez cliquer sur « Accuser réception » (ou répondre « reçu ») avant le {{when}}.",
      askLink:
        "Veuillez ouvrir le lien ci-dessous et cliquer sur « Accuser réception » avant le {{when}}. Ouvrir le lien seul n'enregistre rien.",
      askNoLink:
        "Veuillez accuser réception avant le {{when}} en écrivant « reçu » au bot des délégués dans la messagerie, depuis le compte lié à cette adresse e-mail, ou en prévenant le Secrétariat.",
      button: "Accuser réception",
      footer: "Test ping {{id}}",
    },
    name: "test ping {{id}} (point de contact {{type}}, {{state}})",
    recorded: "Merci : votre accusé de réception a été enregistré le {{when}}.",
    recordedOf: "Merci : votre accusé de réception du {{name}} a été enregistré le {{when}}.",
    already: "Vous aviez déjà accusé réception de ce ping, le {{when}}.",
    alreadyOf: "Vous aviez déjà accusé réception du {{name}}, le {{when}}.",
    late: " C'était après la clôture du test : il compte comme tardif.",
    notAddressed:
      "Ce ping était adressé à un autre point de contact ; lui seul peut en accuser réception, depuis un compte de messagerie à son adresse vérifiée. Rien n'a été enregistré.",
    noneOpen:
      "Aucun test ping n’est ouvert pour vous en ce moment : rien n’a été enregistré. Le prochain, {{title}}, est prévu le {{date}} : merci d’accuser réception de son message quand il vous parviendra.",
    nothing: "Aucun test ping ne vous est adressé. Rien n'a été enregistré.",
    questionPending:
      "Votre accusé de réception du {{name}} n’est pas encore enregistré, et cette question n’enregistre rien : pour accuser réception, cliquez sur « Accuser réception » sur le ping ou écrivez « bien reçu » (sans point d’interrogation).",
    questionRecorded: "Oui : votre accusé de réception du {{name}} a été enregistré le {{when}}.",
    questionWaiting:
      "En attente de votre accusé de réception : {{list}}. Rien n’a été enregistré : pour accuser réception, cliquez sur « Accuser réception » sur le message ou écrivez « bien reçu » (sans point d’interrogation).",
    closed:
      "Ce test ping a été clôturé le {{when}} ; les accusés de réception étaient acceptés jusqu’au {{until}}. Rien n’a été enregistré.",
    closedOf:
      "Le {{name}} a été clôturé le {{when}} ; les accusés de réception étaient acceptés jusqu’au {{until}}. Rien n’a été enregistré.",
  },
  timeZone: {
    unknown:
      "Je ne connais pas « {{text}} » comme fuseau horaire. Donnez une ville (« Tokyo », « Geneva », « New York ») ou un fuseau IANA (« Asia/Tokyo »).",
    unknownPlace:
      "Je ne connais pas le fuseau horaire du lieu indiqué. Donnez une ville (« Tokyo », « Geneva », « New York ») ou un fuseau IANA (« Asia/Tokyo »).",
    badOffset:
      "« {{text}} » n’est un décalage horaire utilisé nulle part. Donnez une ville (« Tokyo », « Geneva », « New York ») ou un fuseau IANA (« Asia/Tokyo »).",
    chosen:
      "Votre fuseau horaire est désormais {{zone}} : les réponses et les rappels donnent les heures dans ce fuseau à côté de celles du lieu de réunion. Écrivez « réinitialise mon fuseau horaire » pour revenir au fuseau de votre application de messagerie.",
    showChosen:
      "Votre fuseau horaire est {{zone}}, que vous avez choisi. Écrivez « réinitialise mon fuseau horaire » pour revenir à celui de votre application de messagerie, ou « mon fuseau horaire est … » pour en changer.",
    showApp:
      "Votre fuseau horaire est {{zone}}, tel que le donne votre application de messagerie. S’il est faux, écrivez « mon fuseau horaire est … » suivi d’une ville (« mon fuseau horaire est Genève »).",
    showListed:
      "Votre fuseau horaire est {{zone}}, celui de votre fiche de l’annuaire des points de contact. Pour voir les heures dans un autre, écrivez « mon fuseau horaire est … » suivi d’une ville (« mon fuseau horaire est Genève ») ; « change mon fuseau horaire en … » modifie la fiche.",
    showNone:
      "Votre application de messagerie ne m’a pas indiqué votre fuseau horaire : je ne donne donc que l’heure du lieu de réunion. Écrivez « mon fuseau horaire est … » suivi d’une ville (« mon fuseau horaire est Genève ») pour voir aussi vos heures.",
    notChosenApp:
      "Vous n’aviez pas choisi de fuseau horaire ; les heures suivent déjà celui de votre application de messagerie, {{zone}}.",
    notChosenNone:
      "Vous n’aviez pas choisi de fuseau horaire, et votre application de messagerie n’en donne aucun : je ne donne que l’heure du lieu de réunion.",
    resetApp:
      "C’est fait : les heures suivent de nouveau le fuseau de votre application de messagerie, {{zone}}.",
    resetNone:
      "C’est fait : votre application de messagerie ne donne pas de fuseau horaire, je ne donne donc que l’heure du lieu de réunion.",
  },
  changeNotices: {
    off: "C’est fait : je ne vous enverrai plus d’avis de modification du programme. Écrivez « reprends les avis de modification » pour les recevoir de nouveau.",
    on: "C’est fait : je vous préviendrai quand une séance que vous suivez change.",
  },
  forms: {
    /** A card's label and value on one line of text ("When: Mon 4 Mar"). */
    field: "{{label}} : {{value}}",
    typeNumber: "(tapez un numéro pour choisir)",
    opens: "Un formulaire s’ouvre quand vous choisissez : {{names}}",
    optional: "{{label}} (facultatif)",
    cancel: "Annuler",
    failed: "Désolé, je n’ai pas pu ouvrir ce formulaire. Cliquez de nouveau sur le bouton.",
    shortened: "(Abrégé : cette carte est plus longue que ce que l’application peut afficher.)",
  },
};
