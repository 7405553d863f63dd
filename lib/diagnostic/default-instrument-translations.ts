/**
 * The shipped instrument in French, German, Dutch and Spanish: plain workplace language, in the register of the
 * respondent screens (messages/*.json: vous, Sie, u, usted — the statements themselves speak as "I" and "we").
 * Reversed statements keep their negative polarity in every language.
 */
type AllLanguages = { fr: string; de: string; nl: string; es: string };

/** Each theme's name, by its English name (the same for every statement of the theme). */
export const THEME_TRANSLATIONS: Record<string, AllLanguages> = {
  "What great looks like is defined": {
    fr: "Ce qu’est l’excellence est défini",
    de: "Es ist klar, was sehr gut heißt",
    nl: "Wat uitstekend is, is duidelijk",
    es: "Está claro qué es lo excelente",
  },
  "Translated into my role": {
    fr: "Traduit dans mon poste",
    de: "Übertragen auf meine Aufgabe",
    nl: "Vertaald naar mijn functie",
    es: "Trasladado a mi puesto",
  },
  "Tied to objectives": {
    fr: "Lié aux objectifs",
    de: "Mit den Zielen verknüpft",
    nl: "Gekoppeld aan de doelen",
    es: "Vinculado a los objetivos",
  },
  "I can feel the experience": {
    fr: "Je peux vivre l’expérience",
    de: "Ich kann das Erlebnis selbst spüren",
    nl: "Ik kan de ervaring zelf voelen",
    es: "Puedo vivir la experiencia",
  },
  "Customers as people": {
    fr: "Les clients sont des personnes",
    de: "Kundinnen und Kunden als Menschen",
    nl: "Klanten als mensen",
    es: "Los clientes como personas",
  },
  "Customer stories": {
    fr: "Histoires de clients",
    de: "Geschichten von Kundinnen und Kunden",
    nl: "Klantverhalen",
    es: "Historias de clientes",
  },
  Language: {
    fr: "Les mots employés",
    de: "Sprache",
    nl: "Taalgebruik",
    es: "El lenguaje",
  },
  "Hearing customers directly": {
    fr: "Entendre directement les clients",
    de: "Kundinnen und Kunden direkt hören",
    nl: "Klanten rechtstreeks horen",
    es: "Escuchar directamente a los clientes",
  },
  "Customer-facing time": {
    fr: "Du temps au contact des clients",
    de: "Zeit im direkten Kundenkontakt",
    nl: "Tijd in direct klantcontact",
    es: "Tiempo de contacto con los clientes",
  },
  Processes: {
    fr: "Processus",
    de: "Abläufe",
    nl: "Processen",
    es: "Procesos",
  },
  "Systems and training": {
    fr: "Outils et formation",
    de: "Systeme und Schulung",
    nl: "Systemen en training",
    es: "Sistemas y formación",
  },
  "KPIs and incentives": {
    fr: "Indicateurs et incitations",
    de: "Kennzahlen und Anreize",
    nl: "Prestatie-indicatoren en beloning",
    es: "Indicadores e incentivos",
  },
  "Permission to do right": {
    fr: "Le droit de bien faire",
    de: "Die Freiheit, das Richtige zu tun",
    nl: "Ruimte om het juiste te doen",
    es: "Permiso para hacer lo correcto",
  },
  Leadership: {
    fr: "Management",
    de: "Führung",
    nl: "Leiderschap",
    es: "Liderazgo",
  },
};

/** Each statement, by its key. */
export const STATEMENT_TRANSLATIONS: Record<string, AllLanguages> = {
  "pr-defined-1": {
    fr: "Je sais concrètement à quoi ressemble une excellente expérience pour nos clients.",
    de: "Ich weiß, wie ein sehr gutes Erlebnis für unsere Kundinnen und Kunden in der Praxis aussieht.",
    nl: "Ik weet hoe een uitstekende ervaring voor onze klanten er in de praktijk uitziet.",
    es: "Sé cómo es, en la práctica, una experiencia excelente para nuestros clientes.",
  },
  "pr-defined-2": {
    fr: "Nos dirigeants décrivent un bon service avec des slogans plutôt qu’avec ce que les gens font réellement.",
    de: "Unsere Führung beschreibt guten Service mit Schlagworten statt mit dem, was Menschen tatsächlich tun.",
    nl: "Onze leidinggevenden beschrijven goede service in slogans in plaats van in wat mensen echt doen.",
    es: "Nuestros directivos describen el buen servicio con eslóganes y no con lo que la gente hace realmente.",
  },
  "pr-role-1": {
    fr: "Je sais exactement ce que je dois faire, dans mon propre travail, pour offrir aux clients une excellente expérience.",
    de: "Ich weiß genau, was ich in meiner eigenen Arbeit tun sollte, damit Kundinnen und Kunden ein sehr gutes Erlebnis haben.",
    nl: "Ik weet precies wat ik in mijn eigen werk moet doen om klanten een uitstekende ervaring te geven.",
    es: "Sé exactamente qué debo hacer, en mi propio trabajo, para ofrecer a los clientes una experiencia excelente.",
  },
  "pr-role-2": {
    fr: "Personne ne m’a dit en quoi mon travail touche les clients.",
    de: "Niemand hat mir gesagt, wie sich meine Arbeit auf Kundinnen und Kunden auswirkt.",
    nl: "Niemand heeft mij verteld welk effect mijn werk op klanten heeft.",
    es: "Nadie me ha explicado cómo afecta mi trabajo a los clientes.",
  },
  "pr-role-3": {
    fr: "La façon dont mon travail est évalué correspond à ce qu’est un bon service pour les clients.",
    de: "Wie meine Arbeit überprüft wird, passt zu dem, was guter Service für Kundinnen und Kunden ist.",
    nl: "De manier waarop mijn werk wordt beoordeeld, past bij wat goede service voor klanten is.",
    es: "La forma en que se evalúa mi trabajo coincide con lo que es un buen servicio para los clientes.",
  },
  "pr-objectives-1": {
    fr: "Je vois en quoi bien s’occuper des clients sert les objectifs qui comptent pour notre direction.",
    de: "Ich sehe, wie eine gute Betreuung der Kundinnen und Kunden zu den Zielen beiträgt, die unserer Führung wichtig sind.",
    nl: "Ik zie hoe goed voor klanten zorgen bijdraagt aan de doelen die onze leiding belangrijk vindt.",
    es: "Veo cómo atender bien a los clientes contribuye a los objetivos que le importan a nuestra dirección.",
  },
  "pr-objectives-2": {
    fr: "Ici, on parle de l’expérience client à part des chiffres qui comptent vraiment.",
    de: "Über das Kundenerlebnis wird hier getrennt von den Zahlen gesprochen, die wirklich zählen.",
    nl: "Hier wordt over klantbeleving apart gesproken van de cijfers die echt tellen.",
    es: "Aquí se habla de la experiencia del cliente por separado de las cifras que realmente cuentan.",
  },
  "pr-feel-1": {
    fr: "J’ai moi-même essayé notre service comme le ferait un client (acheter, appeler, faire une demande ou payer).",
    de: "Ich habe unseren Service selbst so ausprobiert, wie es eine Kundin oder ein Kunde tun würde (kaufen, anrufen, einen Antrag stellen oder bezahlen).",
    nl: "Ik heb onze dienstverlening zelf uitgeprobeerd zoals een klant dat zou doen (kopen, bellen, iets aanvragen of betalen).",
    es: "He probado personalmente nuestro servicio como lo haría un cliente (comprar, llamar, hacer una solicitud o pagar).",
  },
  "pr-feel-2": {
    fr: "Je pourrais décrire les principales étapes que vit un client avec nous, du premier contact jusqu’à son départ.",
    de: "Ich könnte die wichtigsten Schritte beschreiben, die Kundinnen und Kunden bei uns durchlaufen, vom ersten Kontakt bis zum Abschied.",
    nl: "Ik zou de belangrijkste stappen kunnen beschrijven die een klant bij ons doorloopt, van het eerste contact tot het vertrek.",
    es: "Podría describir los principales pasos que sigue un cliente con nosotros, desde el primer contacto hasta que se va.",
  },
  "pe-people-1": {
    fr: "Quand nous parlons des clients au travail, nous parlons de personnes réelles, souvent par leur nom.",
    de: "Wenn wir bei der Arbeit über Kundinnen und Kunden sprechen, sprechen wir über echte Menschen, oft mit Namen.",
    nl: "Als we op het werk over klanten praten, hebben we het over echte mensen, vaak bij naam.",
    es: "Cuando hablamos de clientes en el trabajo, hablamos de personas reales, a menudo por su nombre.",
  },
  "pe-people-2": {
    fr: "Ici, les clients sont surtout des chiffres, des codes ou des volumes.",
    de: "Hier sind Kundinnen und Kunden meist Zahlen, Codes oder Mengen.",
    nl: "Hier zijn klanten vooral nummers, codes of aantallen.",
    es: "Aquí, los clientes son sobre todo números, códigos o volúmenes.",
  },
  "pe-stories-1": {
    fr: "Au cours du dernier mois, j’ai entendu un vrai client raconter son expérience avec nous.",
    de: "Im letzten Monat habe ich gehört, was eine echte Kundin oder ein echter Kunde mit uns erlebt hat.",
    nl: "De afgelopen maand heb ik het verhaal van een echte klant gehoord over wat die bij ons heeft meegemaakt.",
    es: "En el último mes he escuchado la historia de un cliente real sobre su experiencia con nosotros.",
  },
  "pe-stories-2": {
    fr: "Dans nos réunions, des histoires de clients sont partagées à côté des chiffres.",
    de: "In unseren Besprechungen werden neben den Zahlen auch Geschichten von Kundinnen und Kunden geteilt.",
    nl: "In onze overleggen worden naast de cijfers ook klantverhalen gedeeld.",
    es: "En nuestras reuniones se comparten historias de clientes junto a las cifras.",
  },
  "pe-language-1": {
    fr: "Nous utilisons des mots simples pour les clients, pas de jargon interne ni de sigles.",
    de: "Wir verwenden für Kundinnen und Kunden einfache Worte, keinen internen Fachjargon und keine Abkürzungen.",
    nl: "We gebruiken voor klanten gewone woorden, geen intern jargon of afkortingen.",
    es: "Usamos palabras sencillas para los clientes, no jerga interna ni siglas.",
  },
  "pe-direct-1": {
    fr: "J’entends directement les clients exprimer leurs besoins (appels, courriers, visites ou enregistrements).",
    de: "Ich höre direkt von Kundinnen und Kunden, was sie brauchen (Anrufe, Briefe, Besuche oder Aufzeichnungen).",
    nl: "Ik hoor rechtstreeks van klanten wat ze nodig hebben (telefoontjes, brieven, bezoeken of opnames).",
    es: "Escucho directamente a los clientes contar lo que necesitan (llamadas, cartas, visitas o grabaciones).",
  },
  "pe-direct-2": {
    fr: "Ce que disent les clients ne me parvient que sous forme de score ou de rapport.",
    de: "Was Kundinnen und Kunden sagen, erreicht mich nur als Kennzahl oder Bericht.",
    nl: "Wat klanten zeggen, bereikt mij alleen als score of rapport.",
    es: "Lo que dicen los clientes solo me llega como una puntuación o un informe.",
  },
  "pe-time-1": {
    fr: "Ici, les personnes qui travaillent en back-office passent du temps avec les clients ou font des permanences au contact de la clientèle.",
    de: "Wer hier im Backoffice arbeitet, verbringt Zeit mit Kundinnen und Kunden oder übernimmt Schichten im Kundenkontakt.",
    nl: "Mensen in ondersteunende functies (backoffice) brengen hier tijd door met klanten of draaien diensten met klantcontact.",
    es: "Aquí, las personas de puestos internos (back office) pasan tiempo con los clientes o hacen turnos de atención al cliente.",
  },
  "pe-time-2": {
    fr: "Au cours de la dernière année, j’ai passé du temps aux côtés de collègues qui servent les clients en face à face ou au téléphone.",
    de: "Im letzten Jahr habe ich Zeit mit Kolleginnen und Kollegen verbracht, die Kundinnen und Kunden persönlich oder am Telefon betreuen.",
    nl: "Het afgelopen jaar heb ik tijd doorgebracht naast collega’s die klanten persoonlijk of aan de telefoon helpen.",
    es: "En el último año he pasado tiempo junto a compañeros que atienden a los clientes en persona o por teléfono.",
  },
  "po-process-1": {
    fr: "Nos processus me permettent de faire facilement ce qui est juste pour un client.",
    de: "Unsere Abläufe machen es mir leicht, das Richtige für eine Kundin oder einen Kunden zu tun.",
    nl: "Onze processen maken het mij makkelijk om het juiste te doen voor een klant.",
    es: "Nuestros procesos me facilitan hacer lo correcto para un cliente.",
  },
  "po-process-2": {
    fr: "Je dois souvent contourner nos propres règles ou circuits de validation pour aider un client.",
    de: "Ich muss oft unsere eigenen Regeln oder Freigaben umgehen, um einer Kundin oder einem Kunden zu helfen.",
    nl: "Ik moet vaak om onze eigen regels of goedkeuringen heen werken om een klant te helpen.",
    es: "A menudo tengo que saltarme nuestras propias normas o aprobaciones para ayudar a un cliente.",
  },
  "po-systems-1": {
    fr: "Les outils que j’utilise me donnent ce dont j’ai besoin pour aider rapidement les clients.",
    de: "Die Systeme, die ich nutze, geben mir, was ich brauche, um Kundinnen und Kunden schnell zu helfen.",
    nl: "De systemen die ik gebruik geven mij wat ik nodig heb om klanten snel te helpen.",
    es: "Los sistemas que uso me dan lo que necesito para ayudar rápidamente a los clientes.",
  },
  "po-systems-2": {
    fr: "J’ai reçu une vraie formation aux outils que j’utilise avec les clients.",
    de: "Ich wurde gründlich in den Systemen geschult, die ich im Kundenkontakt nutze.",
    nl: "Ik ben goed opgeleid in de systemen die ik bij klanten gebruik.",
    es: "Recibí una buena formación en los sistemas que uso con los clientes.",
  },
  "po-kpi-1": {
    fr: "Les objectifs qui servent à mesurer mon travail m’encouragent à faire ce qui est le mieux pour le client.",
    de: "Die Ziele, an denen ich gemessen werde, ermutigen mich, das Beste für die Kundin oder den Kunden zu tun.",
    nl: "De doelen waarop ik word beoordeeld, moedigen mij aan om te doen wat het beste is voor de klant.",
    es: "Los objetivos con los que se mide mi trabajo me animan a hacer lo mejor para el cliente.",
  },
  "po-kpi-2": {
    fr: "Atteindre mes objectifs implique parfois d’offrir une moins bonne expérience aux clients.",
    de: "Um meine Ziele zu erreichen, muss ich Kundinnen und Kunden manchmal ein schlechteres Erlebnis bieten.",
    nl: "Mijn doelen halen betekent soms dat klanten een slechtere ervaring krijgen.",
    es: "Cumplir mis objetivos a veces significa dar a los clientes una peor experiencia.",
  },
  "po-kpi-3": {
    fr: "Ma prime ou mon évaluation récompense les relations durables avec les clients, pas seulement les chiffres du mois.",
    de: "Mein Bonus oder meine Beurteilung belohnt langfristige Kundenbeziehungen, nicht nur die Zahlen dieses Monats.",
    nl: "Mijn bonus of beoordeling beloont klantrelaties op lange termijn, niet alleen de cijfers van deze maand.",
    es: "Mi bonificación o evaluación premia las relaciones duraderas con los clientes, no solo las cifras de este mes.",
  },
  "po-permission-1": {
    fr: "On me fait confiance pour prendre une décision juste pour un client sans demander l’autorisation.",
    de: "Man vertraut mir, eine für die Kundin oder den Kunden richtige Entscheidung zu treffen, ohne um Erlaubnis zu fragen.",
    nl: "Ik krijg het vertrouwen om zonder toestemming te vragen een beslissing te nemen die goed is voor een klant.",
    es: "Se confía en mí para tomar una decisión correcta para un cliente sin pedir permiso.",
  },
  "po-permission-2": {
    fr: "Si j’assouplis une règle pour aider un client, je m’attends à avoir des ennuis.",
    de: "Wenn ich eine Regel großzügig auslege, um einer Kundin oder einem Kunden zu helfen, rechne ich mit Ärger.",
    nl: "Als ik een regel wat oprek om een klant te helpen, verwacht ik dat ik in de problemen kom.",
    es: "Si me salto un poco una norma para ayudar a un cliente, espero meterme en problemas.",
  },
  "po-leadership-1": {
    fr: "Mon responsable m’aide à lever les obstacles qui empêchent de bien servir les clients.",
    de: "Meine Führungskraft hilft mir, Hindernisse zu beseitigen, die mich bei der Betreuung von Kundinnen und Kunden behindern.",
    nl: "Mijn leidinggevende helpt mij obstakels weg te nemen die het helpen van klanten in de weg staan.",
    es: "Mi responsable me ayuda a eliminar los obstáculos que impiden atender bien a los clientes.",
  },
  "po-leadership-2": {
    fr: "Notre direction agit en fonction de ce que nous disent les clients, pas seulement des résultats financiers.",
    de: "Unsere Geschäftsleitung handelt nach dem, was Kundinnen und Kunden uns sagen, nicht nur nach Finanzergebnissen.",
    nl: "Onze directie handelt op basis van wat klanten ons vertellen, niet alleen op basis van financiële resultaten.",
    es: "Nuestra alta dirección actúa según lo que nos dicen los clientes, no solo según los resultados financieros.",
  },
  "po-leadership-3": {
    fr: "Ici, quand les besoins des clients et les coûts à court terme s’opposent, ce sont toujours les coûts qui l’emportent.",
    de: "Wenn Kundenbedürfnisse und kurzfristige Kosten kollidieren, gewinnen hier immer die Kosten.",
    nl: "Als klantbehoeften en kosten op korte termijn botsen, winnen hier altijd de kosten.",
    es: "Aquí, cuando las necesidades de los clientes chocan con los costes a corto plazo, siempre ganan los costes.",
  },
};
