/** Spanish answer wording (same keys and placeholders as `../en/messages.ts`; a test checks). */
import type { Messages } from "../en/messages.js";
import { spanishProgramme } from "./programme.js";

/** @example spanishMessages.greeting.thanks === "De nada." */
export const spanishMessages: Messages = {
  programme: spanishProgramme,
  fact: {
    recording: "grabación",
    "public-access": "acceso del público",
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
    zone: "{{zone}}",
    sameTime: "la misma hora",
    samePlaces: "los mismos dos lugares",
    part: { morning: "la mañana", afternoon: "la tarde", evening: "la noche" },
  },
  greeting: {
    hello:
      "¡Hola! Pregúnteme por el programa: «¿qué hay hoy?», «¿dónde es la recepción?», «¿qué sigue?» — o escriba «ayuda» para ver todo.",
    thanks: "De nada.",
  },
  gap: {
    title: "Las cartas no indican {{what}}",
    body: "{{subject}}: las cartas no indican {{what}}. Solo respondo según lo que dicen; consulte a la Secretaría.",
    bodyNoSubject:
      "Las cartas no indican {{what}}. Solo respondo según lo que dicen; consulte a la Secretaría.",
    online:
      "{{subject}}: la carta no prevé participación en línea ni a distancia; indica dónde se celebra ({{place}}).",
    onlineInPerson:
      "{{subject}} se celebra de forma presencial ({{place}}); la carta no prevé participación en línea ni a distancia.",
    onlineHybrid: "{{subject}} se celebra en formato híbrido ({{place}}). La carta dice: «{{note}}»",
  },
  revisions: {
    changedOn: "modificado el {{date}}",
    changedOnWas: "modificado el {{date}} (antes {{was}})",
    cancelledOn: "cancelado el {{date}}",
    noRoomBefore: "sin sala indicada",
    noLinkBefore: "sin enlace indicado",
    moved: "{{label}}: trasladado a {{when}} (antes {{before}})",
    roomNow: "{{label}}: la sala es ahora {{after}} ({{was}})",
    roomWas: "antes {{before}}",
    roomNoneBefore: "antes no se indicaba ninguna",
    roomGone: "{{label}}: ya no hay sala indicada (antes {{before}})",
    linksNow: "{{label}}: los enlaces son ahora {{after}}",
    linksWere: " (antes {{before}})",
    linksGone: "{{label}}: se retiraron los enlaces (antes {{before}})",
    cancelled: "{{label}} ({{before}}) queda CANCELADO",
    reinstated: "{{label}} vuelve al programa: {{after}}",
    added: "Nuevo: {{label}}, {{when}}",
    removed: "{{label}} ({{before}}) se retiró del programa",
    title: "«{{before}}» se llama ahora «{{after}}»",
    details: "{{label}}: {{after}}",
    detailsGone: "{{label}}: aviso retirado",
    noticeTitle: "El programa ha cambiado (versión {{version}}, {{date}})",
    noticeFooter:
      "Recibe este aviso porque tiene recordatorios o una respuesta para estos puntos. Escriba «desactiva los avisos de cambios» para dejar de recibirlos.",
  },
  broadcast: {
    title: "Mensaje de la Secretaría",
    ack: "Acusar recibo",
    footer: "Le rogamos que acuse recibo de este mensaje.",
    footerLink: "Le rogamos que acuse recibo de este mensaje: abra el enlace y pulse «Acusar recibo».",
    footerChat: "Le rogamos que acuse recibo de este mensaje escribiendo «acknowledge» al bot en el chat.",
    originalIn: "Este mensaje está en {{language}}: no se ha facilitado traducción a su idioma.",
    recorded: "Gracias: su acuse de recibo ha quedado registrado.",
    already: "Ya había acusado recibo de este mensaje; gracias.",
    notAsked: "No hay ningún acuse de recibo que registrar para usted en ese mensaje.",
    recordedOf: "Gracias: su acuse de recibo de {{label}} ha quedado registrado.",
    alreadyOf: "Ya había acusado recibo de {{label}}; gracias.",
    waiting: "el mensaje del {{when}} («{{text}}»)",
    typedTooOld:
      "Una palabra escrita no acusa recibo de un mensaje que le llegó hace más de {{days}} días, así que no se ha registrado nada para {{list}}: si es el que quiere confirmar, haga clic en «Acusar recibo» en ese mensaje.",
    pagePress: "Pulse el botón para confirmar que lo ha leído.",
  },
  conversion: {
    title: "{{from}} son {{to}}",
    side: "{{clock}} {{place}} ({{zoneName}}), {{date}}",
    place: "hora de {{place}}",
    line: "{{clock}} {{fromLabel}} = {{converted}} {{toLabel}}",
    venueNote:
      "Leído como {{fromLabel}}, la del lugar. Para convertir desde otra zona, nómbrela: «15:00 hora de Nairobi en Delhi».",
    now: "Son las {{there}}; en la sede, {{venue}}.",
    nowAtVenue: "En la sede son las {{venue}}.",
  },
  language: {
    chosen: "Le responderé en español. Para cambiar, diga el nombre del idioma.",
    unsupported:
      "Lo siento, solo respondo en estos idiomas: {{languages}}. Escriba en uno de ellos o elija: «English please», «en español por favor».",
    choose: "Idioma",
  },
  fallback: {
    /** An empty message (spaces only, or nothing after the mention): what can be asked, no greeting. */
    empty:
      "Pregúnteme por el programa: «¿qué hay hoy?», «¿dónde es la recepción?», «¿qué sigue?» — o escriba «ayuda» para ver todo.",
    notUnderstood:
      "Lo siento, no lo he entendido. Pruebe «¿qué hay el jueves por la tarde?», «¿cuándo es la recepción?», «¿qué sigue?» — o escriba «ayuda» para ver todo.",
    staleButton: "Ese botón ya no está activo. Escriba «ayuda» para ver lo que puedo hacer.",
  },
  file: {
    tooLarge:
      "{{name}} ocupa {{size}} MB; acepto archivos de hasta {{limit}} MB. No se ha cambiado nada. Divídalo o impórtelo con la herramienta de línea de comandos.",
    unsupportedType:
      "Solo leo archivos CSV (la lista de participantes o el directorio de puntos de contacto) y YAML (un programa); {{name}} no es ninguno de ellos. No se ha cambiado nada.",
    notText:
      "{{name}} no es un archivo de texto: guárdelo como CSV o YAML en UTF-8 y envíelo de nuevo. No se ha cambiado nada.",
    downloadFailed: "No pude descargar {{name}}. No se ha cambiado nada; envíelo de nuevo, por favor.",
    oneAtATime: "Envíe un archivo cada vez (llegaron {{count}} juntos). No se ha cambiado nada.",
    unknownCsv:
      "No sé qué es {{name}}: su encabezado no es el de la lista (email,name,state,roles) ni el del directorio (state,type,name,…). Envíelo de nuevo con «import roster» o «import poc directory» en el mismo mensaje. No se ha cambiado nada.",
    pastedCsv:
      "Parecen líneas de un archivo CSV. Solas, no sé para qué son: para importar la lista o el directorio de POC (Secretaría), envíe el archivo como adjunto, o pegue de nuevo las líneas bajo «import roster» o «import poc directory» en el mismo mensaje. No se ha cambiado nada.",
  },
  secretariat: {
    ping: {
      noRecord: "{{state}} ({{code}}): ningún registro de POC",
      noType: "{{state}} ({{code}}): ningún POC {{type}}",
      cancelled_one:
        "La prueba ping {{id}} queda cancelada: {{count}} ping o recordatorio aún no enviado no se enviará; los acuses de recibo ya dados siguen contando. A continuación, su informe.",
      cancelled_many:
        "La prueba ping {{id}} queda cancelada: {{count}} pings y recordatorios aún no enviados no se enviarán; los acuses de recibo ya dados siguen contando. A continuación, su informe.",
      cancelled_other:
        "La prueba ping {{id}} queda cancelada: {{count}} pings y recordatorios aún no enviados no se enviarán; los acuses de recibo ya dados siguen contando. A continuación, su informe.",
      cancelledAllSent:
        "La prueba ping {{id}} queda cancelada: todos los pings y recordatorios ya se habían enviado; los acuses de recibo ya dados siguen contando. A continuación, su informe.",
      absentHeading: "No figuran en el directorio, así que no se les envía la prueba",
      absentReply: "No figuran en el directorio, así que no se les envía la prueba: {{list}}.",
    },
    csv: {
      closingQuote:
        'fila {{row}}: una celda entre comillas sigue después de su comilla de cierre (en «{{got}}»). Dentro de una celda entre comillas, escriba la comilla dos veces: "Peter ""Kip"" Otieno".',
      quoteNotClosed:
        'fila {{row}}: una celda se abre con una comilla (") que nunca se cierra. Ciérrela, o escriba dos veces la comilla dentro de una celda entre comillas ("").',
      openingQuote:
        'fila {{row}}: una celda contiene una comilla (") sin estar ella misma entre comillas. Ponga toda la celda entre comillas y escriba la comilla dos veces: "Peter ""Kip"" Otieno".',
    },
    export: {
      channel:
        "El directorio de POC contiene datos de contacto: pida su exportación en un mensaje directo, no en un canal. No se envió nada.",
      empty: "El directorio de POC está vacío: impórtelo primero («import poc directory»).",
      whole: "El directorio de POC, {{count}} registros (CSV; se vuelve a importar tal cual):",
      part: "El directorio de POC, {{count}} registros (CSV, parte {{part}} de {{parts}}):",
    },
    /** The drafts in the list of broadcasts ("broadcasts"): waiting for their confirmation, not sent. */
    broadcastDrafts: {
      heading: "Borradores, no enviados (un borrador se conserva una hora):",
      line: "• {{id}} — borrador de {{author}}, a {{audience}} (público: {{count}}): {{text}}",
    },
    /** A rehearsal of a broadcast draft ("rehearse broadcast [id]"), shown to its author only. */
    broadcastRehearsal: {
      heading:
        "Ensayo del borrador {{id}}, para {{audience}}: solo usted lo ve, tal como lo recibirá un lector en {{language}}. No se ha enviado nada; el borrador sigue esperando su confirmación.",
      none: "No tiene ningún borrador de difusión pendiente (un borrador se conserva una hora). Redacte primero la difusión («broadcast to …: <texto>») y luego diga «rehearse broadcast». No se ha enviado nada.",
      unknown:
        "No hay ningún borrador de difusión {{id}} pendiente: se confirmó, se descartó o caducó (un borrador se conserva una hora). Diga «broadcasts» para ver los borradores. No se ha enviado nada.",
    },
    template: {
      poc: "Plantilla CSV del directorio de POC: una línea por POC; «type» es «diplomatic» o «technical»; varios correos se separan con punto y coma; «last_confirmed» es una fecha (AAAA-MM-DD) o queda vacío. Envíela como archivo CSV, o péguela bajo «import poc directory» en un mensaje directo:\n{{template}}",
    },
    approval: {
      held: "Pendiente de la aprobación de un segundo miembro de la Secretaría: {{what}}. No se hace nada hasta que otro miembro de la Secretaría diga «approve {{id}}» (o «reject {{id}}») en un mensaje directo; la solicitud espera 24 horas.",
      notice:
        "{{who}} solicita {{what}}. Un segundo miembro de la Secretaría debe aprobarlo: diga «approve {{id}}» o «reject {{id}}» en un mensaje directo.",
      approvedNotice: "{{who}} aprobó {{id}} ({{what}}); se está haciendo.",
      rejectedNotice: "{{who}} rechazó {{id}} ({{what}}); no se hizo nada.",
      none: "No hay aprobaciones pendientes.",
      list: "Pendientes de la aprobación de un segundo miembro de la Secretaría:",
      item: "{{id}}: {{what}}, solicitado por {{who}} ({{when}})",
      channel: "Las aprobaciones se deciden en un mensaje directo, no en un canal. No se hizo nada.",
      unknown:
        "No hay ninguna aprobación {{id}} pendiente: ya se decidió, caducó (a las 24 horas) o nunca existió. Diga «pending approvals» para verlas. No se hizo nada.",
      own: "Usted mismo solicitó {{id}}: otro miembro de la Secretaría debe aprobarlo. No se hizo nada.",
      approved: "{{id}} aprobado ({{what}}, solicitado por {{who}}). Se hace ahora:",
      rejected: "{{id}} rechazado ({{what}}, solicitado por {{who}}); no se hizo nada.",
      whatImport_one: "una importación del directorio de POC ({{count}} registro)",
      whatImport_many: "una importación del directorio de POC ({{count}} de registros)",
      whatImport_other: "una importación del directorio de POC ({{count}} registros)",
      whatBroadcast_one: "una difusión a {{audience}} ({{count}} mensaje)",
      whatBroadcast_many: "una difusión a {{audience}} ({{count}} de mensajes)",
      whatBroadcast_other: "una difusión a {{audience}} ({{count}} mensajes)",
    },
    rsvp: {
      people_one: "{{count}} persona",
      people_many: "{{count}} de personas",
      people_other: "{{count}} personas",
      answers_one: "{{count}} respuesta",
      answers_many: "{{count}} de respuestas",
      answers_other: "{{count}} respuestas",
      withExperts: "respuestas con expertos",
      ofState: "{{state}}",
    },
    /** A person in the Secretariat's lists, always with their State (a POC with their type too). */
    who: {
      person: "{{name}} ({{state}})",
      noState: "{{name}} (sin Estado en la lista de participantes)",
      poc: "{{name}} ({{state}}, POC {{type}})",
    },
    /** "¿li wei lo recibió?": si una persona recibió la última prueba o difusión. */
    receipt: {
      noneSent: "Todavía no se ha enviado ninguna difusión ni prueba de contacto.",
      noPing: "Todavía no se ha realizado ninguna prueba de contacto.",
      noBroadcast: "Todavía no se ha enviado ninguna difusión.",
      pingHead: "Prueba de contacto {{id}}, iniciada {{at}}:",
      broadcastHead: "Difusión {{id}} a {{audience}} («{{title}}»), confirmada {{at}}:",
      whoIsMeant:
        "No está claro quién es «{{pronoun}}»: no acaba de preguntar por una persona concreta. Indique su nombre, como en «did Li Wei get it».",
      latestPing:
        "Es la última de {{count}} pruebas de contacto. Para preguntar por otra, indíquela por su fecha o su identificador: «did {{name}} get the ping of {{day}}» («ping tests» las enumera).",
      latestBroadcast:
        "Es la última de {{count}} difusiones. Para preguntar por otra, indíquela por su fecha, su identificador o palabras de su texto: «did {{name}} get the broadcast of {{day}}» («broadcasts» las enumera).",
      noSuchPing: "Ninguna prueba de contacto corresponde a «{{which}}». Pruebas recientes: {{list}}.",
      noSuchBroadcast: "Ninguna difusión corresponde a «{{which}}». Difusiones recientes: {{list}}.",
      nobodyPing:
        "Ningún POC de la prueba de contacto {{id}} se llama «{{name}}». Indique el nombre como lo escribe el directorio de POC, o diga «ping test report {{id}}» para ver a todos.",
      nobodyBroadcast:
        "Ningún destinatario de la difusión {{id}} se llama «{{name}}». Indique el nombre como lo escribe la lista de participantes, o diga «broadcast report {{id}}» para ver a todos.",
      several: "«{{name}}» corresponde a varias personas; indique el nombre completo de la que busca:",
      only: "Lo siento, solo la Secretaría puede ver quién recibió una difusión o una prueba de contacto.",
      ping: {
        inTime: "{{who}}: lo recibió {{sent}} y acusó recibo {{at}}, a tiempo.",
        late: "{{who}}: lo recibió {{sent}} y acusó recibo con retraso, {{at}}.",
        awaiting:
          "{{who}}: lo recibió {{sent}}; aún no ha acusado recibo (la prueba está abierta hasta {{closes}}).",
        noAnswer: "{{who}}: lo recibió {{sent}}; nunca acusó recibo (la prueba se cerró {{closes}}).",
        pending: "{{who}}: aún no lo ha recibido; la prueba todavía se está entregando.",
        failed: "{{who}}: no lo recibió; la prueba no le llegó por ningún canal ({{reasons}}).",
        cancelled: "{{who}}: no se le envió; la prueba se canceló antes del envío.",
      },
      broadcast: {
        sent: "{{who}}: lo recibió {{at}} ({{channel}}).",
        pending: "{{who}}: aún no lo ha recibido; todavía se está enviando ({{channel}}).",
        failed: "{{who}}: no lo recibió; el envío falló ({{channel}}: {{error}}).",
        cancelled: "{{who}}: no se envió ({{channel}}); la difusión se canceló o era demasiado tarde.",
        unreachable: "{{who}}: no se envió; nunca visto en el chat y sin dirección de correo.",
        acked: "{{who}}: acusó recibo {{at}}.",
        notAcked: "{{who}}: aún no ha acusado recibo.",
      },
      channel: { chat: "en el chat", email: "por correo electrónico" },
    },
  },
  zone: {
    offer:
      "Dice que está en {{place}} ({{zone}}). Diga «mi zona horaria es {{place}}» y las respuestas mostrarán también su hora.",
  },
  dashboard: {
    title: "Panel de la Secretaría",
    skip: "Ir al contenido",
    signOut: "Cerrar sesión",
    nav: "Panel",
    overview: "Resumen",
    rsvp: "Respuestas a invitaciones",
    poc: "Directorio de puntos de contacto",
    ping: "Pruebas de contacto",
    broadcasts: "Difusiones",
    reminders: "Recordatorios",
    times: "Horas en {{zone}} ({{tz}}).",
  },
};
