/** Spanish wording of the features (same keys and placeholders as `../en/features.ts`). */

/** @example spanishFeatures.home.title === "Próximamente" */
export const spanishFeatures = {
  help: {
    modules: {
      reminders: {
        title: "Recordatorios",
        examples:
          "recuérdame 15 minutos antes de cada sesión\nrecuérdame la recepción\nmis recordatorios\ncancelar mis recordatorios",
      },
      rsvp: {
        title: "Respuestas a invitaciones (RSVP)",
        examples: "rsvp sí con 2 expertos\nrsvp quizás / rsvp no\nmis respuestas",
      },
      poc: {
        title: "Directorio de puntos de contacto (POC)",
        examples: "mis datos (y luego «Cambiar un campo» o «Confirmar»)",
      },
      timeZone: {
        title: "Su zona horaria",
        examples:
          "mi zona horaria es Tokio (elegir su zona, por una ciudad)\nmi zona horaria (ver la zona elegida)\nrestablece mi zona horaria (volver a la de su aplicación)",
      },
      revisions: {
        title: "Cambios del programa",
        examples:
          "desactiva los avisos de cambios (dejar de recibirlos)\nactiva los avisos de cambios (volver a recibirlos)",
      },
      calendar: {
        title: "Calendario",
        examples:
          "mi calendario\nenlace del calendario\nañade el jueves a mi calendario\nañade el fomento de la capacidad a mi calendario\nañade todo el programa a mi calendario",
      },
      language: {
        title: "Idioma",
        examples: "English please\nlanguage: français\nпо-русски\n请用中文\nبالعربية\nen español por favor",
      },
    },
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
    whichToChange:
      "Sus recordatorios:\n{{list}}\n¿Cuál? Nómbrelo por su evento o su día, p. ej. «cambia el recordatorio de la recepción a {{lead}}», o «cambia todos mis recordatorios a {{lead}}». No se ha cambiado nada.",
    noneNamed:
      "Ninguno de sus recordatorios corresponde. Sus recordatorios:\n{{list}}\nNómbrelo por su evento o su día, p. ej. «cambia el recordatorio de la recepción a {{lead}}». No se ha cambiado nada.",
    severalNamed:
      "Varios de sus recordatorios corresponden. Sus recordatorios:\n{{list}}\n¿Cuál? P. ej. «cambia el recordatorio de la recepción a {{lead}}», o «cambia todos mis recordatorios a {{lead}}». No se ha cambiado nada.",
    lines: {
      sessionWhen: "{{label}}, {{when}}",
      noUpcoming: "No tiene recordatorios próximos.",
      pastHidden_one: "({{count}} de una sesión ya comenzada o terminada, no se muestra)",
      pastHidden_many: "({{count}} de sesiones ya comenzadas o terminadas, no se muestran)",
      pastHidden_other: "({{count}} de sesiones ya comenzadas o terminadas, no se muestran)",
      gone: "{{id}} (ya no figura en el programa)",
      becauseRsvp: " (porque confirmó su asistencia)",
    },
    remark: {
      was: "antes, {{lead}}",
      alreadyHad: "ya tenía este recordatorio",
      replaces: "la misma sesión que su recordatorio sobre {{what}}, al que sustituye",
      insteadOfEvery: "en lugar de su recordatorio de cada sesión, {{lead}}",
    },
    isNow: "{{label}} empieza {{in}} ({{when}}): {{lead}} es ahora, así que este es su recordatorio.",
    tooSoon:
      "{{label}} empieza {{in}} ({{when}}), antes que «{{lead}}»: no se ha programado ningún recordatorio. Para uno más corto, pídalo {{minutes}} minutos antes.",
    relative: {
      now: "ahora",
      in: "dentro de {{amount}}",
      ago: "hace {{amount}}",
    },
    empty: "No tiene recordatorios. Pruebe «recuérdame 15 minutos antes de cada sesión».",
    nextHeading: "Próximo",
    listFooter:
      "Escriba «cancelar mis recordatorios» para detenerlos todos, «cancela los recordatorios de …» para uno, o «cambia mi recordatorio a 30 minutos antes».",
    stoppedAbout: "Hecho: no habrá más recordatorios sobre {{what}}.{{still}}",
    noneAbout: "No tenía ningún recordatorio sobre {{what}}.{{still}}",
    noneAboutOwn: "No tenía ningún recordatorio propio sobre {{what}}.{{still}}",
    stillEvery:
      " Todavía tiene recordatorios antes de cada sesión, que la incluyen; escriba «cancela los recordatorios de cada sesión» para detenerlos.",
    error: {
      begun: "{{label}} ({{when}}) ya ha empezado o ya ha tenido lugar.",
      begunMany: "Estos ya han empezado o ya han tenido lugar:\n{{list}}",
      outOfRange:
        "Los recordatorios pueden llegar desde la hora de inicio hasta 24 horas antes; «{{words}}» queda fuera de ese margen.",
      outOfRangeUnquoted:
        "Los recordatorios pueden llegar desde la hora de inicio hasta 24 horas antes; lo que pidió queda fuera de ese margen.",
      clockTime:
        "Le aviso un tiempo fijo antes de que empiece una sesión (desde su inicio hasta 24 horas antes), no a una hora concreta: por ejemplo, «recuérdame la recepción 2 horas antes».",
      what: "¿Recordarle qué? Por ejemplo, «recuérdame 15 minutos antes de cada sesión», «recuérdame antes de la próxima sesión» o «recuérdame la recepción».",
      notFound:
        "No encontré «{{what}}» en el programa. Pruebe «la próxima sesión», un tema, un día («jueves»), «la recepción» o «cada sesión».",
      notFoundUnquoted:
        "No encontré eso en el programa. Pruebe «la próxima sesión», un tema, un día («jueves»), «la recepción» o «cada sesión».",
      stopNotFound: "No encontré «{{what}}» en el programa. Escriba «mis recordatorios» para ver los suyos.",
      stopNotFoundUnquoted: "No encontré eso en el programa. Escriba «mis recordatorios» para ver los suyos.",
      nothingNext: "Ya no queda nada en el programa, así que no hay próxima sesión que recordarle.",
      nothingToChange:
        "No tiene ningún recordatorio pendiente que cambiar. Diga, por ejemplo, «recuérdame 30 minutos antes de la próxima sesión».",
      staleButton: "Ese botón ya no está activo. Escriba «mis recordatorios» para ver los suyos.",
    },
    card: {
      today: "Recordatorio: {{label}} es hoy",
      startsIn: "Recordatorio: {{label}} empieza dentro de {{amount}}",
      startingNow: "Recordatorio: {{label}} está empezando",
      started: "Recordatorio: {{label}} empezó hace {{amount}}",
      when: "Cuándo",
      yourTime: "Su hora",
      where: "Dónde",
      items: "Temas",
      moved: "⚠ Ha cambiado de hora: se anunció primero para {{before}}. La hora de abajo es la actual.",
      addToCalendar: "Añadir a mi calendario",
      stop: "Detener estos recordatorios",
    },
    aboutOne: "Le avisaré de {{what}}.",
    aboutMany: "Le avisaré de:\n{{list}}",
    everySessionLine: "Cada sesión — {{lead}}",
    stoppedNone:
      "No tenía recordatorios, así que no había nada que detener. Diga «recuérdame …» para crear uno.",
    automatic: " (incluido el automático de un evento al que respondió)",
    stopped_one:
      "Hecho: {{count}} recordatorio detenido{{automatic}}, y no habrá recordatorios automáticos para los eventos a los que responda. Diga «recuérdame …» para volver a empezar.",
    stopped_many:
      "Hecho: {{count}} de recordatorios detenidos{{automatic}}, y no habrá recordatorios automáticos para los eventos a los que responda. Diga «recuérdame …» para volver a empezar.",
    stopped_other:
      "Hecho: {{count}} recordatorios detenidos{{automatic}}, y no habrá recordatorios automáticos para los eventos a los que responda. Diga «recuérdame …» para volver a empezar.",
    everySession: "Le avisaré de cada sesión: {{lead}}{{changed}}.{{next}}",
    was: " (antes: {{lead}})",
    next: " La próxima: {{label}}, {{when}}.",
    noneLeft: " Sin embargo, ya no queda ninguna sesión en el programa.",
    title: "Sus recordatorios",
    stoppedEvery: "Hecho: no habrá más recordatorios antes de cada sesión.",
    noneEvery: "No tenía ningún recordatorio para cada sesión.",
    whenBoth: "{{venue}} ({{asker}})",
    lead: {
      milestoneStart: "a las {{time}} {{zone}} el mismo día",
      milestoneDayBefore: "el día antes a las {{time}} {{zone}}",
      milestoneBefore: "{{amount}} antes de las {{time}} {{zone}} del mismo día",
      withWhen: "{{lead}} ({{when}})",
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
    sentByDm: "Le he enviado un mensaje directo.",
    emailPage: {
      confirmTitle: "Confirmar su ficha: {{heading}}",
      confirmText: "Pulse el botón si todo esto sigue siendo correcto.",
      wrongTitle: "Algo está mal en su ficha: {{heading}}",
      wrongText:
        "Pulse el botón para avisar a la Secretaría, que se pondrá en contacto con usted para corregirla. También puede corregirla usted mismo escribiendo al bot de delegados en el chat.",
      wrongButton: "Avisar a la Secretaría",
      wrongDone:
        "Gracias: se ha avisado a la Secretaría, que se pondrá en contacto con usted para corregir su ficha. No se ha cambiado nada en ella.",
      changed:
        "Su ficha ha cambiado desde que se envió este correo; no se ha registrado nada. La próxima solicitud la mostrará como está.",
    },
    reason: {
      phoneEmpty: "el número está vacío; indique un número como +254 20 123 4567",
      extensionTooLong: "la extensión «{{ext}}» tiene {{digits}} cifras; una extensión tiene 10 como máximo",
      phoneCharacters:
        "«{{written}}» contiene caracteres que no son cifras, espacios ni + ( ) - . /; escríbalo como +254 20 123 4567 (una extensión como «ext. 12»)",
      noCountryCode:
        "«{{written}}» no tiene prefijo de país; escríbalo en formato internacional, con + y el prefijo del país (por ejemplo, +41 22 917 1234)",
      phoneTooShort: "«{{written}}» es demasiado corto para un número de teléfono",
      phoneTooShortIn: "«{{written}}» es demasiado corto para un número de teléfono ({{country}})",
      phoneTooLong: "«{{written}}» es demasiado largo para un número de teléfono",
      phoneTooLongIn: "«{{written}}» es demasiado largo para un número de teléfono ({{country}})",
      unknownCountryCode: "«{{written}}» no empieza por un prefijo de país conocido",
      phoneUnreadable: "no puedo leer «{{written}}» como número de teléfono; escríbalo como +254 20 123 4567",
      phoneInvalid: "«{{written}}» no es un número de teléfono válido (revise las cifras)",
      phoneInvalidIn: "«{{written}}» no es un número de teléfono válido ({{country}}) (revise las cifras)",
      hoursSpan:
        "«{{written}}» no es un horario de trabajo; escríbalo como 09:00-17:00, seguido si hace falta de los días, por ejemplo «09:00-17:00 lunes-viernes»",
      startClock: "{{time}} no es una hora del día (00:00 a 23:59)",
      endClock: "{{time}} no es una hora del día (00:00 a 24:00)",
      startAt24: "el horario no puede empezar a las 24:00",
      endBeforeStart:
        "el final ({{end}}) debe ser posterior al inicio ({{start}}); para una cobertura continua escriba «00:00-24:00 lunes-domingo»",
      days: "«{{written}}» no es un día ni un intervalo de días; use por ejemplo «lunes-viernes» o «domingo-jueves»",
      emailNeeded: "hace falta al menos una dirección de correo electrónico",
      emailInvalid: "«{{written}}» no es una dirección de correo electrónico válida",
      fingerprintEmpty: "la huella PGP está vacía",
      fingerprintCharacters:
        "una huella PGP solo tiene las cifras 0-9 y las letras A-F; se encontró: {{found}}",
      fingerprintLength:
        "una huella PGP tiene 40 caracteres hexadecimales (64 para claves v5/v6); esta tiene {{length}}",
      zoneCity: "«{{written}}» no es una zona horaria IANA; para {{written}}, escriba {{zone}}",
      zoneUnknown:
        "«{{written}}» no es una zona horaria IANA; escríbala como «Africa/Nairobi» o «Europe/Paris»",
      textEmpty: "el campo «{{field}}» está vacío",
      textLong: "el campo «{{field}}» tiene más de 200 caracteres",
      textLines: "el campo «{{field}}» debe ocupar una sola línea",
      textLetters: "el campo «{{field}}» necesita al menos dos letras",
    },
    error: {
      emptyValue:
        "Indique el nuevo valor ({{field}}), por ejemplo «cambiar {{field}} a …». No se ha cambiado nada.",
      required:
        "Un punto de contacto técnico debe tener este campo ({{field}}), así que no se puede eliminar; indique el nuevo valor. No se ha cambiado nada.",
      invalid: "Ese valor no es válido ({{field}}): {{reasons}}. No se ha cambiado nada.",
      invalidHours: "Ese horario de trabajo no es válido: {{reasons}}. No se ha cambiado nada.",
      notSet: "Este campo ({{field}}) no está definido. No se ha cambiado nada.",
      emailOne:
        "Indique una dirección de correo, por ejemplo «añade nombre@example.org a mis correos». No se ha cambiado nada.",
      emailListed: "{{email}} ya es una de sus direcciones. No se ha cambiado nada.",
      emailNotListed: "{{email}} no es una de sus direcciones ({{list}}). No se ha cambiado nada.",
      already: "Este campo ({{field}}) ya es {{value}}. No se ha cambiado nada.",
      zonePlaceUnknown:
        "No conozco ninguna zona horaria para «{{written}}». Escriba su ciudad (por ejemplo, «Nairobi») o la zona horaria IANA (por ejemplo, «Africa/Nairobi»). No se ha cambiado nada.",
      zoneSeveral:
        "«{{written}}» tiene varias zonas horarias, así que no dice cuál es la suya. Escriba su ciudad (por ejemplo, «Chicago») o la zona horaria IANA (por ejemplo, «America/Chicago»). No se ha cambiado nada.",
      notSetHours: "Este campo ({{field}}) no está definido. No se ha cambiado nada.",
      alreadyHours: "Este campo ({{field}}) ya es {{value}}. No se ha cambiado nada.",
      whichType:
        "Es a la vez el punto de contacto diplomático y el técnico de {{state}}; diga cuál, por ejemplo «cambiar {{field}} técnico a …». No se ha cambiado nada.",
    },
    request: {
      changedSince: "La Secretaría modificó su ficha después de su última confirmación ({{day}}).",
      checkBy: "Revise estos datos y confírmelos antes del {{due}}, o corrija lo que no sea correcto.",
      dueOn: "Su confirmación anual vence el {{due}}. ¿Siguen siendo correctos estos datos?",
      confirmToday: "Confirme estos datos hoy ({{due}}), o corrija lo que no sea correcto.",
      dueToday:
        "Su confirmación anual vence hoy ({{due}}). Confirme estos datos o actualice lo que haya cambiado.",
      emailLinks: "Use uno de los enlaces de abajo (abrir un enlace no registra nada por sí solo).",
      emailChat:
        "Responda escribiendo al bot de los delegados en el chat, desde una cuenta con esta dirección de correo.",
      stillCorrect: "Mis datos siguen siendo correctos",
      somethingWrong: "Hay algo incorrecto",
    },
    time: {
      never: "nunca",
      venue: "{{moment}}, hora de Nueva York",
      reader: "{{venue}} ({{time}} en su hora, {{zone}})",
    },
    confirmed: "Gracias: sus datos quedan confirmados. La próxima confirmación vence el {{day}}.",
    confirmPrompt:
      "¿Sigue siendo correcto todo lo que figura a continuación? Haga clic en «Confirmar, sigue siendo correcto» para confirmarlo por otros 12 meses. No se registra nada hasta entonces.",
    changedSince:
      "Su ficha ha cambiado desde que se mostró esa tarjeta; no se confirmó nada. Aquí la tiene tal como está ahora.",
    heading: "{{state}} ({{code}}) — punto de contacto {{type}}",
    type: { technical: "técnico", diplomatic: "diplomático" },
    // "my email is not …": what the record holds, and the question (no value proposed).
    denied: {
      holds: "Su {{field}} en el directorio (punto de contacto {{type}}) es {{value}}.",
      ask: "¿Cuál es el valor correcto? Escriba, por ejemplo, «cambia mi {{field}} a …». No se ha cambiado nada.",
    },
    field: {
      phone: "teléfono",
      phone247: "teléfono 24/7",
      emails: "correo electrónico",
      name: "nombre",
      title: "cargo",
      organisation: "organización",
      hours: "horario de trabajo",
      timeZone: "zona horaria",
      pgpFingerprint: "huella PGP",
    },
    /** A field as the change preview's question names it (French adds the article). */
    fieldThe: {
      phone: "teléfono",
      phone247: "teléfono 24/7",
      emails: "correo electrónico",
      name: "nombre",
      title: "cargo",
      organisation: "organización",
      hours: "horario de trabajo",
      timeZone: "zona horaria",
      pgpFingerprint: "huella PGP",
    },
    label: {
      phone: "Teléfono",
      phone247: "Teléfono 24/7",
      emails: "Correos electrónicos",
      name: "Nombre",
      title: "Cargo",
      organisation: "Organización",
      hours: "Horario de trabajo",
      timeZone: "Zona horaria",
      pgpFingerprint: "Huella PGP",
      status: "Estado",
      lastConfirmed: "Última confirmación",
      nextDue: "Próxima confirmación",
    },
    status: {
      confirmed: "confirmado",
      changedBySecretariat:
        "modificado por la Secretaría desde la última confirmación del POC; aún no se ha vuelto a confirmar",
      notYetConfirmed: "aún no confirmado por el POC",
      overdue: "confirmación atrasada (vencía el {{day}})",
    },
    own: {
      zoneWithPlace: "{{zone}} ({{place}})",
      // The "next confirmation due" of a record the POC never confirmed: due now.
      dueNow: "ahora — aún no confirmada: revísela y confírmela",
      // An e-mail change sent to the Secretariat, not made yet ("my details").
      waitingEmails:
        "Un cambio espera a la Secretaría desde {{day}}: correos → {{list}} (pedido por {{who}}). Hasta que la Secretaría lo haga, la ficha de abajo no cambia.",
      title: "Su ficha en el directorio de POC: {{heading}}",
      confirm: "Confirmar, sigue siendo correcto",
      change: "Cambiar un campo",
      footer: "También puede escribir, por ejemplo, «cambiar mi teléfono a +254 20 123 4567».",
    },
    edit: {
      title: "Cambiar un campo: {{heading}}",
      intro:
        "Qué campo ({{names}}) y su nuevo valor. Le mostraré el antes y el después, y no cambiaré nada hasta que lo confirme.",
      field: "Campo",
      value: "Nuevo valor",
      required: "Rellene el campo «{{label}}».",
      preview: "Ver el cambio",
      unknownField:
        "«{{words}}» no es un campo que pueda cambiar; elija uno de: {{names}}. No se cambió nada.",
    },
    preview: {
      cancelled: "Cancelado. No se ha cambiado nada.",
      nothingToCancel: "No hay ningún cambio pendiente que cancelar. No se ha cambiado nada.",
      title: "¿Cambiar su {{field}}?",
      before: "Antes",
      after: "Después",
      confirm: "Confirmar el cambio",
      cancel: "Cancelar",
      footer: "Nada cambia hasta que lo confirme. Esta vista previa caduca el {{when}}.",
    },
    done: "Hecho: su {{field}} es ahora {{value}}. {{told}}",
    told: "Se informará a la Secretaría.",
    logged: "El cambio consta en el registro de cambios del directorio.",
    noRecord:
      "No tengo ninguna ficha de punto de contacto para su cuenta de chat. Reconozco a los puntos de contacto por la dirección de correo electrónico que su plataforma de chat ha verificado ({{email}}); si usted es punto de contacto, pida a la Secretaría que la añada a su ficha en el directorio.",
    noRecordNoEmail:
      "No tengo ninguna ficha de punto de contacto para su cuenta de chat: su plataforma de chat no ha compartido una dirección de correo electrónico verificada, que es como reconozco a los puntos de contacto. Consulte a la Secretaría.",
    otherType:
      "Usted es el punto de contacto {{held}} de {{state}} ({{code}}), no su punto de contacto {{asked}}; quite «{{asked}}» para ver o cambiar su ficha.",
    notYours:
      "Solo el punto de contacto interesado puede hacerlo, desde su propia cuenta de chat. No se ha cambiado nada.",
    alreadyApplied: "Ese cambio ya se ha aplicado.",
    whichConfirm:
      "Es a la vez el punto de contacto diplomático y el técnico de {{state}}; diga cuál, por ejemplo «confirmo mi registro técnico». No se ha confirmado nada.",
    posixNote: "{{zone}} (es decir, {{offset}})",
    zoneFromPlace: "Ha escrito «{{written}}»: su ficha tendrá la zona horaria {{zone}}.",
    emailNewAddresses:
      "Las nuevas direcciones las añade la Secretaría tras una comprobación: al confirmar, se le envía su solicitud.",
    emailRemovedAddresses_one:
      "{{list}} se eliminaría del registro: para conservar una dirección, inclúyala también en el cambio.",
    emailRemovedAddresses_many:
      "{{list}} se eliminarían del registro: para conservar una dirección, inclúyala también en el cambio.",
    emailRemovedAddresses_other:
      "{{list}} se eliminarían del registro: para conservar una dirección, inclúyala también en el cambio.",
    emailAccountWarning:
      "Atención: tras este cambio, su cuenta de chat ({{email}}) dejará de reconocerse como este punto de contacto.",
    newEmails:
      "Gracias. Las nuevas direcciones de correo electrónico las añade la Secretaría tras una comprobación, porque es ella quien decide a quién se reconoce como este punto de contacto; le he transmitido su solicitud ({{list}}). Su registro no cambia hasta que la Secretaría añada las nuevas direcciones.",
    notPending:
      "Ese cambio ya no está pendiente (caducó, se canceló o lo sustituyó otro más reciente). No se ha cambiado nada.",
    changedSincePreview:
      "Su ficha ha cambiado desde que se mostró esa vista previa. No se ha cambiado nada; vuelva a pedirlo.",
    whichWaiting:
      "Esperan su respuesta: el cambio de su {{field}} a {{value}}, y {{list}}. Escriba «{{confirm}}» para aplicar el cambio, o «recibido» para lo otro. No se ha cambiado ni registrado nada.",
  },
  rsvp: {
    whenBoth: "{{venue}}; {{asker}}",
    howTo: {
      invites:
        "{{title}} ({{day}}): están invitados {{invited}}; el jefe de delegación responde y nombra a los expertos que lo acompañan.",
      introList: "Para que su respuesta conste en la lista de la Secretaría, escríbala aquí:",
      intro: "Para responder, escriba aquí:",
      attending:
        "• «rsvp sí», con expertos: «rsvp sí con 2 expertos: Ana Lima, Raj Patel» (la afiliación va entre paréntesis tras el nombre)",
      others: "• «rsvp quizás» o «rsvp no»",
      change:
        "• para cambiarla, responda de nuevo: «rsvp sí con 1 experto: Ana Lima» sustituye su respuesta y «rsvp no» la anula",
      mine: "• «mis respuestas» muestra su respuesta.",
    },
    ifYouMean: {
      attending: "Si se refiere a {{title}} ({{day}}), escriba «rsvp sí».",
      declined: "Si se refiere a {{title}} ({{day}}), escriba «rsvp no».",
      tentative: "Si se refiere a {{title}} ({{day}}), escriba «rsvp quizás».",
    },
    mine: {
      yourAnswer: "Su respuesta",
      toHost: "Respuesta al anfitrión",
      toHostValue: "{{link}} (las respuestas dadas aquí van a la lista de la Secretaría, no al anfitrión)",
      answerBy: "Responder antes de",
      passed: "{{when}} (plazo vencido)",
      notAnswered: "sin respuesta todavía",
      notYours: "no le corresponde responder (la invitación es para {{invited}})",
      none: "Ningún evento del programa pide respuesta por ahora.",
      footerOpen:
        "Puede cambiar una respuesta aquí hasta que empiece el evento, por ejemplo «rsvp no» o «rsvp sí con 1 experto: Ana Lima».",
      footerAfterDeadline:
        "El plazo de respuesta ha vencido: hasta que empiece el evento aún puede declinar o responder con menos expertos, por ejemplo «rsvp no».",
      footerNamed: "Los cambios pasan por el jefe de delegación que le nombró.",
      toAttend: " Para asistir, responda antes del plazo.",
      closed: "Las respuestas están cerradas, o no le corresponde responder, para estos eventos.",
    },
    notice: {
      you: "usted",
      youAndExperts_one: "usted y sus expertos acompañantes ({{count}})",
      youAndExperts_many: "usted y sus expertos acompañantes ({{count}})",
      youAndExperts_other: "usted y sus expertos acompañantes ({{count}})",
      confirmedOrganiser:
        "Buenas noticias: se ha liberado una plaza para {{title}} ({{when}}). Su plaza queda confirmada para {{party}}. Si ya no puede asistir, responda «rsvp no».",
      confirmedList:
        "Se ha liberado una plaza en la lista de la Secretaría para {{title}} ({{when}}): {{party}} — ya en la lista. {{host}} Si ya no puede asistir, responda «rsvp no».",
      waitOrganiser:
        "El número de plazas para {{title}} ha cambiado: ahora es el número {{position}} de la lista de espera. Le avisaré en cuanto se libere una plaza.",
      waitList:
        "El número de plazas de la lista de la Secretaría para {{title}} ha cambiado: ahora es el número {{position}} de su lista de espera. Le avisaré en cuanto se libere una plaza en ella.",
    },
    error: {
      answerMissing:
        "Indique su respuesta: «rsvp sí», «rsvp quizás» o «rsvp no», con sus expertos, por ejemplo «rsvp sí con 2 expertos: Ana Lima, Raj Patel».",
      countNotNumber: "«{{words}}» no es un número de expertos; escriba un número de 0 a {{max}}.",
      organisation:
        "«{{organisation}}» parece una organización, no una persona: una coma separa a las personas, y la afiliación va entre paréntesis tras el nombre, por ejemplo «{{example}}». No se ha cambiado nada.",
      namedTwice: "«{{name}}» aparece dos veces; nombre a cada experto una sola vez. No se ha cambiado nada.",
      moreNames_one:
        "Ha nombrado a {{count}} experto pero ha indicado {{said}}; indique el número correcto, o menos nombres.",
      moreNames_many:
        "Ha nombrado a {{count}} expertos pero ha indicado {{said}}; indique el número correcto, o menos nombres.",
      moreNames_other:
        "Ha nombrado a {{count}} expertos pero ha indicado {{said}}; indique el número correcto, o menos nombres.",
      tooMany: "Expertos: {{max}} expertos acompañantes como máximo.",
      nameShort: "Nombre de experto «{{name}}»: el nombre de un experto tiene al menos 2 caracteres.",
      nameLong: "Nombre de experto «{{name}}»: el nombre de un experto tiene 100 caracteres como máximo.",
      nameCharacters:
        "Nombre de experto «{{name}}»: el nombre de un experto solo puede contener letras, espacios, puntos, apóstrofos y guiones, y una afiliación entre paréntesis al final.",
      notUnderstood:
        "No he entendido «{{words}}» en su respuesta (no designa ningún acto que pida confirmación: {{list}}). Escriba, por ejemplo, «rsvp sí con 2 expertos: Ana Lima, Raj Patel» o «rsvp no».",
      namedSelf:
        "Se ha nombrado a sí mismo/a ({{name}}) como experto/a: ya cuenta como jefe/a de delegación. Nombre solo a las personas que le acompañan. No se ha cambiado nada.",
      namedBefore:
        "Antes había nombrado a {{count}} expertos ({{names}}). Diga quién viene, por ejemplo «{{example}}». No se ha cambiado nada.",
      capacity_one:
        "{{title}} tiene {{count}} plazas en total, así que un grupo de {{party}} personas nunca podrá obtener una. Responda con menos expertos o póngase en contacto con la Secretaría. No se ha cambiado nada.",
      capacity_many:
        "{{title}} tiene {{count}} plazas en total, así que un grupo de {{party}} personas nunca podrá obtener una. Responda con menos expertos o póngase en contacto con la Secretaría. No se ha cambiado nada.",
      capacity_other:
        "{{title}} tiene {{count}} plazas en total, así que un grupo de {{party}} personas nunca podrá obtener una. Responda con menos expertos o póngase en contacto con la Secretaría. No se ha cambiado nada.",
      noExperts: "No ha nombrado a ningún experto para {{title}}. No se ha cambiado nada.",
      notAmong:
        "«{{wanted}}» no figura entre los expertos que ha nombrado ({{names}}). No se ha cambiado nada.",
      changeTo:
        "Diga a qué quiere cambiar su respuesta, por ejemplo «rsvp sí con 1 experto: Ana Lima», «rsvp quizás» o «rsvp no».",
      noEvents: "Ningún acto del programa pide confirmación de asistencia.",
      unknownEvent:
        "No conozco ningún acto que pida confirmación llamado «{{words}}». Actos que piden confirmación: {{list}}.",
      whichEvent:
        "¿Qué acto? Varios piden confirmación: {{list}}. Nómbrelo, por ejemplo «rsvp sí a {{kind}}».",
      tookPlace: "{{title}} tuvo lugar el {{day}}; las respuestas están cerradas.",
      begun: "{{title}} ya ha empezado, así que las respuestas están cerradas.",
      notInvited:
        "{{title}}: están invitados {{invited}}. Si acompaña a su jefe de delegación, pídale que le nombre como experto cuando responda.",
      namedGuests: "invitados nominales",
      deadlinePassedFewer:
        "El plazo de respuesta ({{when}}) ha vencido: aún puede declinar o responder con menos expertos; para traer más, contacte con la Secretaría. No se cambió nada.",
      deadlinePassed:
        "El plazo de respuesta ({{when}}) ha vencido. Aún puede declinar; para asistir, contacte con la Secretaría.",
      staleInvitation:
        "Esa invitación ya no es válida. Escriba «mis respuestas» para ver los eventos que admiten respuestas.",
    },
    card: {
      title: "Invitación: {{title}}",
      when: "Cuándo",
      yourTime: "Su hora",
      where: "Dónde",
      invited: "Invitados",
      rsvpToHost: "Responder al anfitrión",
      answerBy: "Responda antes del",
      answerHereBy: "Responda aquí antes del",
      places: "Plazas",
      placesList: "Plazas en la lista de la Secretaría",
      placesValue: "limitadas; cuando se completen, se aplica una lista de espera por orden de respuesta",
      yourAnswer: "Su respuesta",
      honour: "{{host}} tiene el honor de invitarle.",
      expertsCount: "Número de expertos acompañantes",
      expertsNames: "Nombres de los expertos acompañantes (separados por comas)",
      footerDeadline:
        "Puede cambiar su respuesta aquí hasta la fecha indicada: haga clic de nuevo o escriba, por ejemplo, «rsvp sí con 2 expertos».",
      footerStart:
        "Puede cambiar su respuesta aquí hasta que empiece el evento: haga clic de nuevo o escriba, por ejemplo, «rsvp sí con 2 expertos».",
    },
    mineTitle: "Sus respuestas a las invitaciones",
    party: "{{title}} ({{when}})",
    partyWithExperts: "{{title}} ({{when}}) {{experts}}",
    attendingList:
      "Gracias: queda anotada en la lista de la Secretaría su asistencia a {{party}}.{{host}}{{start}}",
    attendingOrganiser: "Gracias: asistirá a {{party}}: {{place}}.{{start}}",
    waitlistOrganiser:
      "Está en la lista de espera (número {{position}}) para {{party}}: el evento está completo. Le avisaré en cuanto quede una plaza libre.",
    waitlistList:
      "Está en la lista de espera de la Secretaría (número {{position}}) para {{party}}: su lista está completa. Le avisaré en cuanto quede libre una plaza en ella.{{host}}",
    tentativeOrganiser:
      "Anotada una respuesta provisional para {{title}} ({{when}}); escriba «rsvp sí» cuando lo sepa.",
    tentativeList:
      "Anotada una respuesta provisional en la lista de la Secretaría para {{title}} ({{when}}); escriba «rsvp sí» cuando lo sepa.{{host}}",
    declinedOrganiser: "Gracias: queda anotado que no asistirá a {{title}}.",
    declinedList:
      "Gracias: queda anotado en la lista de la Secretaría que no asistirá a {{title}}. Esta lista no es la del anfitrión.",
    declinedListLink:
      "Gracias: queda anotado en la lista de la Secretaría que no asistirá a {{title}}. Esta lista no es la del anfitrión: si respondió al anfitrión en {{link}}, avíselo también allí.",
    remindHour: " Se lo recordaré una hora antes del comienzo.",
    startsIn_one: " Empieza dentro de {{count}} minuto.",
    startsIn_many: " Empieza dentro de {{count}} de minutos.",
    startsIn_other: " Empieza dentro de {{count}} minutos.",
    experts_one: "con {{count}} experto acompañante ({{detail}})",
    experts_many: "con {{count}} de expertos acompañantes ({{detail}})",
    experts_other: "con {{count}} expertos acompañantes ({{detail}})",
    namesToFollow: "nombres por confirmar",
    /** Between two sentences of a reply (none after Chinese "。"). */
    sentenceGap: " ",
    /** Between expert names in a list ("Ana Lima, Raj Patel"). */
    nameSeparator: ", ",
    namesMissing_one: "{{names}}; falta {{count}} nombre",
    namesMissing_many: "{{names}}; faltan {{count}} de nombres",
    namesMissing_other: "{{names}}; faltan {{count}} nombres",
    placeConfirmedOrganiser: "su plaza está confirmada",
    placeConfirmedList: "en la lista de la Secretaría",
    placeWaitOrganiser: "el evento está completo, así que es el número {{position}} de la lista de espera",
    placeWaitList:
      "la lista de la Secretaría está completa, así que es el número {{position}} de su lista de espera",
    hostLine: "Esta lista se lleva para la Secretaría; no es una respuesta al anfitrión. {{rest}}",
    hostLink: "Para confirmar su asistencia, la invitación le pide responder en {{link}}.",
    hostNoLink: "La invitación no da ningún enlace para responder al anfitrión.",
    button: { attending: "Asistiré", tentative: "Quizás", declined: "No asistiré" },
  },
  calendar: {
    notFound:
      "No encontré «{{words}}» en el programa. Pruebe «añade el jueves a mi calendario», «añade el fomento de la capacidad a mi calendario» o «añade todo el programa a mi calendario».",
    notFoundUnquoted:
      "No encontré eso en el programa. Pruebe «añade el jueves a mi calendario», «añade el fomento de la capacidad a mi calendario» o «añade todo el programa a mi calendario».",
    noPublicUrl:
      "No puedo darle un enlace de calendario: la dirección web pública del bot (PUBLIC_URL) no está configurada. Pida al administrador del bot que la defina.",
    whole: "Todo el programa",
    mine: "Sus sesiones",
    oneEvent: "El evento",
    events_one: "{{count}} evento",
    events_many: "{{count}} de eventos",
    events_other: "{{count}} eventos",
    title: "{{what}} para su calendario",
    addOne:
      "Abra este enlace para añadir «{{summary}}» a su calendario. Si lo abre de nuevo más tarde, se actualiza en lugar de añadir copias:\n{{link}}",
    addMany_one:
      "Abra este enlace para añadir {{count}} evento a su calendario. Si lo abre de nuevo más tarde, se actualiza en lugar de añadir copias:\n{{link}}",
    addMany_many:
      "Abra este enlace para añadir {{count}} de eventos a su calendario. Si lo abre de nuevo más tarde, se actualizan en lugar de añadir copias:\n{{link}}",
    addMany_other:
      "Abra este enlace para añadir {{count}} eventos a su calendario. Si lo abre de nuevo más tarde, se actualizan en lugar de añadir copias:\n{{link}}",
    feed: "Para tener todo el programa en su calendario con cada cambio, suscríbase a su canal personal (no lo comparta):\n{{feed}}",
    served:
      "Las horas son instantes exactos, que su calendario muestra en su propia zona. ¿Compartió el enlace por error? Diga «restablecer mi enlace del calendario».",
    notServed:
      "Nota: el servidor web del bot no está funcionando ahora (funciona cuando el bot está conectado a una plataforma de chat), así que estos enlaces solo funcionarán entonces.",
    sentPrivately: "Le he enviado el enlace del calendario por mensaje directo.",
    resetDone:
      "Hecho: sus enlaces de calendario anteriores ya no funcionan. Diga «mi enlace del calendario» para obtener el nuevo y vuelva a suscribirse en su aplicación de calendario.",
    nothingOnDay: "No hay nada en el programa el {{day}}.",
    followNothing:
      "Todavía no sigue nada: diga «recuérdame …» o responda a una invitación, o pida «calendario» para todo el programa.",
    sessionGone: "Esa sesión ya no figura en el programa. Pida «calendario» para todo el programa.",
  },
  links: {
    unknownTitle: "Enlace no reconocido",
    unknownText:
      "Este enlace no es válido: puede que se haya copiado incompleto. No se ha registrado nada. Use el enlace de su correo tal cual, o responda en el chat.",
    expiredTitle: "Enlace caducado",
    expiredText:
      "Este enlace caducó el {{when}}. No se ha registrado nada. Si aún se necesita algo de usted, la Secretaría le enviará uno nuevo.",
    usedTitle: "Ya utilizado",
    usedText:
      "Este enlace ya se utilizó, el {{when}}; esa respuesta se mantiene. No se ha registrado nada más.",
    closedTitle: "Ya no es necesario",
    closedText: "Esta solicitud está cerrada o se canceló. No se ha registrado nada.",
    failedTitle: "No registrado",
    failedText:
      "Algo falló por nuestra parte y no se ha registrado nada. Vuelva a intentar el enlace dentro de unos minutos.",
    thanks: "Gracias",
  },
  ping: {
    notPinged:
      "{{name}} no le llegó: cuando se envió no se pudo contactar con ninguna cuenta de chat ni con su correo electrónico, por lo que la Secretaría le considera no localizable en esa prueba. No se ha registrado nada. Ahora que ha escrito al bot, la próxima prueba ping le llegará aquí.",
    cancelledBy:
      "La Secretaría canceló esta prueba ping ({{when}}); no hace falta acusar recibo. No se ha registrado nada.",
    cancelledByOf:
      "La Secretaría canceló {{name}} ({{when}}); no hace falta acusar recibo. No se ha registrado nada.",
    page: {
      alreadyTitle: "Recepción ya confirmada",
      text: "Pulse el botón para acusar recibo de la {{name}}. Se cierra el {{when}}.",
      cancelled: "Esta prueba ping se canceló; no hace falta acusar recibo. No se ha registrado nada.",
      alreadyRecorded: "Ya se había acusado recibo de este ping, el {{when}}. No se ha registrado nada más.",
    },
    waiting_one:
      "{{count}} mensajes esperan su acuse de recibo: {{list}}; haga clic en «Acusar recibo» en el que corresponda. No se ha registrado nada.",
    waiting_many:
      "{{count}} mensajes esperan su acuse de recibo: {{list}}; haga clic en «Acusar recibo» en el que corresponda. No se ha registrado nada.",
    waiting_other:
      "{{count}} mensajes esperan su acuse de recibo: {{list}}; haga clic en «Acusar recibo» en el que corresponda. No se ha registrado nada.",
    testOf: "la prueba ping del {{when}} ({{id}})",
    notYetChat:
      "{{name}} todavía no le ha llegado: se le está enviando por chat. No se ha registrado nada: cuando llegue, haga clic en «Acusar recibo» o escriba de nuevo «recibido».",
    notYetEmail:
      "{{name}} todavía no le ha llegado: va en camino por correo electrónico. No se ha registrado nada: cuando llegue, abra su enlace o escriba de nuevo «recibido» aquí.",
    notDelivered:
      "El mensaje de {{name}} no se ha entregado a esta cuenta de chat, así que aún no hay nada que confirmar. No se ha registrado nada.",
    card: {
      title: "Prueba ping del directorio de puntos de contacto",
      reminderTitle: "Recordatorio: prueba ping del directorio de puntos de contacto",
      notYet: "Todavía no ha acusado recibo de este ping.",
      body: "Esta prueba comprueba que el Directorio Mundial de Puntos de Contacto puede llegar al punto de contacto {{type}} de {{state}}.",
      askChat: "Haga clic en «Acusar recibo» (o responda «recibido») antes del {{when}}.",
      askLink:
        "Abra el enlace de abajo y pulse «Acusar recibo» antes del {{when}}. Abrir el enlace no registra nada por sí solo.",
      askNoLink:
        "Acuse recibo antes del {{when}} escribiendo «recibido» al bot de los delegados en el chat, desde la cuenta con esta dirección de correo, o avisando a la Secretaría.",
      button: "Acusar recibo",
      footer: "Prueba ping {{id}}",
    },
    name: "prueba ping {{id}} (punto de contacto {{type}}, {{state}})",
    recorded: "Gracias: su acuse de recibo quedó registrado el {{when}}.",
    recordedOf: "Gracias: su acuse de recibo de la {{name}} quedó registrado el {{when}}.",
    already: "Ya había acusado recibo de este ping, el {{when}}.",
    alreadyOf: "Ya había acusado recibo de la {{name}}, el {{when}}.",
    late: " Fue después del cierre de la prueba, así que cuenta como tardío.",
    notAddressed:
      "Este ping iba dirigido a otro punto de contacto; solo esa persona puede acusar recibo, desde una cuenta de chat con su correo verificado. No se registró nada.",
    noneOpen:
      "Ahora mismo no hay ninguna prueba ping abierta para usted, así que no se registró nada. La próxima, {{title}}, está prevista para el {{date}}: confirme la recepción de su mensaje cuando le llegue.",
    nothing: "No hay ninguna prueba ping dirigida a usted. No se registró nada.",
    questionPending:
      "Su acuse de recibo de la {{name}} aún no está registrado, y esta pregunta no registra nada: para acusar recibo, haga clic en «Acusar recibo» en el ping o escriba «recibido» (sin signos de interrogación).",
    questionRecorded: "Sí: su acuse de recibo de la {{name}} quedó registrado el {{when}}.",
    questionWaiting:
      "Esperan su acuse de recibo: {{list}}. No se registró nada: para acusar recibo, haga clic en «Acusar recibo» en el mensaje o escriba «recibido» (sin signos de interrogación).",
    closed:
      "Esta prueba ping se cerró el {{when}}; los acuses de recibo se aceptaron hasta el {{until}}. No se registró nada.",
    closedOf:
      "La {{name}} se cerró el {{when}}; los acuses de recibo se aceptaron hasta el {{until}}. No se registró nada.",
  },
  timeZone: {
    unknown:
      "No conozco «{{text}}» como zona horaria. Indique una ciudad («Tokyo», «Geneva», «New York») o una zona IANA («Asia/Tokyo»).",
    unknownPlace:
      "No conozco la zona horaria del lugar indicado. Indique una ciudad («Tokyo», «Geneva», «New York») o una zona IANA («Asia/Tokyo»).",
    badOffset:
      "«{{text}}» no es una diferencia horaria que use ningún lugar. Indique una ciudad («Tokyo», «Geneva», «New York») o una zona IANA («Asia/Tokyo»).",
    chosen:
      "Su zona horaria es ahora {{zone}}: las respuestas y los recordatorios muestran las horas en ella junto a las del lugar de la reunión. Escriba «restablece mi zona horaria» para volver a la zona de su aplicación de chat.",
    showChosen:
      "Su zona horaria es {{zone}}, que usted eligió. Escriba «restablece mi zona horaria» para volver a la de su aplicación de chat, o «mi zona horaria es …» para cambiarla.",
    showApp:
      "Su zona horaria es {{zone}}, según su aplicación de chat. Si no es correcta, escriba «mi zona horaria es …» con una ciudad («mi zona horaria es Ginebra»).",
    showListed:
      "Su zona horaria es {{zone}}, la de su ficha del directorio de puntos de contacto. Para ver las horas en otra, escriba «mi zona horaria es …» con una ciudad («mi zona horaria es Ginebra»); «cambia mi zona horaria a …» modifica la ficha.",
    showNone:
      "Su aplicación de chat no me ha indicado su zona horaria, así que solo muestro la hora del lugar de la reunión. Escriba «mi zona horaria es …» con una ciudad («mi zona horaria es Ginebra») para ver también sus horas.",
    notChosenApp:
      "No había elegido ninguna zona horaria; las horas ya siguen la de su aplicación de chat, {{zone}}.",
    notChosenNone:
      "No había elegido ninguna zona horaria y su aplicación de chat no indica ninguna: solo muestro la hora del lugar de la reunión.",
    resetApp: "Hecho: las horas vuelven a seguir la zona de su aplicación de chat, {{zone}}.",
    resetNone:
      "Hecho: su aplicación de chat no indica zona horaria, así que solo muestro la hora del lugar de la reunión.",
  },
  changeNotices: {
    off: "Hecho: ya no le enviaré avisos de cambios del programa. Escriba «activa los avisos de cambios» para volver a recibirlos.",
    on: "Hecho: le avisaré cuando cambie una sesión que sigue.",
  },
  forms: {
    /** A card's label and value on one line of text ("When: Mon 4 Mar"). */
    field: "{{label}}: {{value}}",
    typeNumber: "(escriba un número para elegir)",
    opens: "Se abre un formulario al elegir: {{names}}",
    optional: "{{label}} (opcional)",
    cancel: "Cancelar",
    failed: "Lo siento, no pude abrir ese formulario. Pulse el botón de nuevo.",
    shortened: "(Abreviado: esta tarjeta es más larga de lo que la aplicación puede mostrar.)",
  },
};
