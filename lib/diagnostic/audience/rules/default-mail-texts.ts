/**
 * The standard invitation and reminder texts in each language a person can be written to in, and the line
 * under every mail that lets them stop these emails. A wave's own text in a language replaces the standard
 * one in that language only. Pure.
 */
import type { MailLanguage } from "./mail-languages";
import type { MailTemplate } from "./mail-text";

export type MailKind = "invitation" | "reminder";

const lines = (...text: string[]) => text.join("\n");

export const DEFAULT_MAIL_TEXTS: Record<MailLanguage, Record<MailKind, MailTemplate>> = {
  en: {
    invitation: {
      subject: "{organisation}: how do we serve our customers? (5 minutes, anonymous)",
      body: lines(
        "Hello,",
        "",
        "{organisation} is asking everyone in the team a few short questions about how we work for our customers: whether we know what great looks like, see customers as people, and can actually deliver.",
        "",
        "It takes about five minutes. Your answers are anonymous: nobody, not even the people running the survey, can see who answered what, and small groups are never shown.",
        "",
        "Answer here (this link is yours alone and works once):",
        "{link}",
        "",
        "The survey “{wave}” is open until {closes}.",
        "",
        "Thank you.",
      ),
    },
    reminder: {
      subject: "Reminder: {organisation}'s survey is open until {closes}",
      body: lines(
        "Hello,",
        "",
        "A short reminder: the survey “{wave}” is open until {closes}, and we would still like to hear from you. It takes about five minutes and your answers are anonymous.",
        "",
        "Answer here (your own link, it works once; if you have started, it takes you back to where you were):",
        "{link}",
        "",
        "If you have already answered, thank you — this reminder went out before your answer was counted.",
      ),
    },
  },
  fr: {
    invitation: {
      subject: "{organisation} : comment servons-nous nos clients ? (5 minutes, anonyme)",
      body: lines(
        "Bonjour,",
        "",
        "{organisation} pose à toute l’équipe quelques questions courtes sur notre façon de travailler pour nos clients : savons-nous ce qu’est un excellent service, voyons-nous les clients comme des personnes, et pouvons-nous vraiment le faire ?",
        "",
        "Cela prend environ cinq minutes. Vos réponses sont anonymes : personne, pas même les personnes qui mènent l’enquête, ne peut voir qui a répondu quoi, et les petits groupes ne sont jamais montrés.",
        "",
        "Répondez ici (ce lien est le vôtre et ne sert qu’une fois) :",
        "{link}",
        "",
        "L’enquête « {wave} » est ouverte jusqu’au {closes}.",
        "",
        "Merci.",
      ),
    },
    reminder: {
      subject: "Rappel : l’enquête de {organisation} est ouverte jusqu’au {closes}",
      body: lines(
        "Bonjour,",
        "",
        "Un petit rappel : l’enquête « {wave} » est ouverte jusqu’au {closes}, et nous aimerions encore avoir votre avis. Cela prend environ cinq minutes et vos réponses sont anonymes.",
        "",
        "Répondez ici (votre propre lien, il ne sert qu’une fois ; si vous avez commencé, vous reprenez là où vous en étiez) :",
        "{link}",
        "",
        "Si vous avez déjà répondu, merci — ce rappel est parti avant que votre réponse ne soit comptée.",
      ),
    },
  },
  de: {
    invitation: {
      subject: "{organisation}: Wie dienen wir unseren Kunden? (5 Minuten, anonym)",
      body: lines(
        "Hallo,",
        "",
        "{organisation} stellt allen im Team ein paar kurze Fragen dazu, wie wir für unsere Kunden arbeiten: ob wir wissen, wie hervorragender Service aussieht, ob wir Kunden als Menschen sehen und ob wir ihn wirklich leisten können.",
        "",
        "Es dauert etwa fünf Minuten. Ihre Antworten sind anonym: Niemand, auch nicht die Verantwortlichen der Umfrage, kann sehen, wer was geantwortet hat, und kleine Gruppen werden nie gezeigt.",
        "",
        "Hier antworten (dieser Link gehört nur Ihnen und funktioniert einmal):",
        "{link}",
        "",
        "Die Umfrage „{wave}“ ist bis {closes} geöffnet.",
        "",
        "Vielen Dank.",
      ),
    },
    reminder: {
      subject: "Erinnerung: Die Umfrage von {organisation} ist bis {closes} geöffnet",
      body: lines(
        "Hallo,",
        "",
        "Eine kurze Erinnerung: Die Umfrage „{wave}“ ist bis {closes} geöffnet, und wir würden gern noch von Ihnen hören. Es dauert etwa fünf Minuten und Ihre Antworten sind anonym.",
        "",
        "Hier antworten (Ihr eigener Link, er funktioniert einmal; wenn Sie schon begonnen haben, machen Sie dort weiter):",
        "{link}",
        "",
        "Wenn Sie schon geantwortet haben: Danke — diese Erinnerung wurde verschickt, bevor Ihre Antwort gezählt war.",
      ),
    },
  },
  nl: {
    invitation: {
      subject: "{organisation}: hoe helpen wij onze klanten? (5 minuten, anoniem)",
      body: lines(
        "Hallo,",
        "",
        "{organisation} stelt iedereen in het team een paar korte vragen over hoe we voor onze klanten werken: weten we hoe uitstekende service eruitziet, zien we klanten als mensen, en kunnen we het ook echt waarmaken?",
        "",
        "Het duurt ongeveer vijf minuten. Je antwoorden zijn anoniem: niemand, ook niet wie de enquête uitvoert, kan zien wie wat heeft geantwoord, en kleine groepen worden nooit getoond.",
        "",
        "Antwoord hier (deze link is alleen van jou en werkt één keer):",
        "{link}",
        "",
        "De enquête ‘{wave}’ is open tot {closes}.",
        "",
        "Dank je wel.",
      ),
    },
    reminder: {
      subject: "Herinnering: de enquête van {organisation} is open tot {closes}",
      body: lines(
        "Hallo,",
        "",
        "Een korte herinnering: de enquête ‘{wave}’ is open tot {closes}, en we horen graag nog van je. Het duurt ongeveer vijf minuten en je antwoorden zijn anoniem.",
        "",
        "Antwoord hier (je eigen link, die één keer werkt; ben je al begonnen, dan ga je verder waar je was):",
        "{link}",
        "",
        "Heb je al geantwoord? Dank je wel — deze herinnering ging weg voordat je antwoord was geteld.",
      ),
    },
  },
  es: {
    invitation: {
      subject: "{organisation}: ¿cómo atendemos a nuestros clientes? (5 minutos, anónimo)",
      body: lines(
        "Hola:",
        "",
        "{organisation} hace a todo el equipo unas preguntas breves sobre cómo trabajamos para nuestros clientes: si sabemos cómo es un servicio excelente, si vemos a los clientes como personas y si de verdad podemos ofrecerlo.",
        "",
        "Se tarda unos cinco minutos. Tus respuestas son anónimas: nadie, ni siquiera quienes dirigen la encuesta, puede ver quién respondió qué, y los grupos pequeños nunca se muestran.",
        "",
        "Responde aquí (este enlace es solo tuyo y funciona una vez):",
        "{link}",
        "",
        "La encuesta «{wave}» está abierta hasta {closes}.",
        "",
        "Gracias.",
      ),
    },
    reminder: {
      subject: "Recordatorio: la encuesta de {organisation} está abierta hasta {closes}",
      body: lines(
        "Hola:",
        "",
        "Un breve recordatorio: la encuesta «{wave}» está abierta hasta {closes} y aún nos gustaría conocer tu opinión. Se tarda unos cinco minutos y tus respuestas son anónimas.",
        "",
        "Responde aquí (tu propio enlace, funciona una vez; si ya empezaste, continúas donde lo dejaste):",
        "{link}",
        "",
        "Si ya has respondido, gracias: este recordatorio salió antes de que se contara tu respuesta.",
      ),
    },
  },
};

/** The line under every mail: how to receive no more of them. */
export const UNSUBSCRIBE_LINE: Record<MailLanguage, string> = {
  en: "To receive no more emails like this from {organisation}:",
  fr: "Pour ne plus recevoir ce genre d’e-mails de {organisation} :",
  de: "Um keine solchen E-Mails von {organisation} mehr zu erhalten:",
  nl: "Om geen e-mails als deze meer te krijgen van {organisation}:",
  es: "Para no recibir más correos como este de {organisation}:",
};
