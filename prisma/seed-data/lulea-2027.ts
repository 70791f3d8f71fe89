// The spring meeting 2027, hosted by Luleå kommun. Facts from ../shared/reference/event-announcement-sv.txt;
// the texts are our own. Everything is written as staff type it in the app's forms (Stockholm
// wall-clock times such as "2027-04-25T10:00"), because the seed enters it through the same
// schemas and services (./seed.ts).
export const HOST_NAME = "Luleå kommun";

/** The meeting as the "new meeting" form creates it. */
export const luleaNewEvent = {
  slug: "lulea-2027",
  nameSv: "Nätverksträff med årsmöte i Luleå",
  nameEn: "Network meeting and annual meeting in Luleå",
  startDate: "2027-04-25",
  city: "Luleå",
  // PLACEHOLDER venue: the announcement names no venue; confirm with the host before opening.
  venueName: "Kulturens hus",
  venueAddress: "Skeppsbrogatan 17, 972 31 Luleå",
  contactEmail: "natverkstraff@lulea.example.se",
  includeAnnualMeeting: true,
};

/** The meeting's texts, registration window and status, as the Settings form posts them. */
export const luleaSettings = {
  nameSv: "Nätverksträff med årsmöte i Luleå",
  nameEn: "Network meeting and annual meeting in Luleå",
  summarySv:
    "Två dagar i Luleå om hur lokal infrastruktur ska finansieras, hur vi hittar och behåller talanger och hur utbildningen kan stärka industriorterna – med studiebesök på HYBRIT och föreningens årsmöte.",
  summaryEn:
    "Two days in Luleå on financing local infrastructure, finding and keeping talent, and how education can strengthen industrial towns – with a study visit to HYBRIT and the association's annual meeting.",
  descriptionSv:
    "Luleå kommun är värd för vårens nätverksträff. Vi utgår från medlemskommunernas egna erfarenheter och diskuterar vad som krävs när industrisatsningar gör att orter behöver växa snabbt.",
  descriptionEn:
    "Luleå kommun hosts the spring network meeting. We start from the member municipalities' own experience and discuss what it takes when industrial investment means towns must grow fast.",
  registrationOpensAt: "2026-11-01T08:00",
  registrationClosesAt: "2027-03-28T23:59",
  changeDeadline: "2027-04-11T23:59",
  status: "open",
  reminderDaysBefore: "7",
};

export const luleaThemes = [
  {
    titleSv: "Finansiering av infrastruktur",
    titleEn: "Financing infrastructure",
    textSv:
      "Orter som ska växa snabbt behöver bostäder, vägar, vatten och skolor, men det saknas statliga modeller för att finansiera utbyggnaden. Några medlemskommuner berättar om sitt läge och vi diskuterar möjliga modeller.",
    textEn:
      "Towns that must grow fast need housing, roads, water and schools, yet there is no national model for financing the expansion. Member municipalities describe their situation and we discuss possible models.",
  },
  {
    titleSv: "Talangjakt",
    titleEn: "Talent attraction",
    textSv:
      "Konkurrensen om kompetens är hård och gränslös. Konkreta exempel visar hur arbetsgivare och kommun tillsammans kan matcha individer – och deras familjer – mot jobb och ett liv på orten.",
    textEn:
      "Competition for skills is fierce and crosses borders. Concrete examples show how employers and municipalities can match individuals – and their families – with jobs and a life in the town.",
  },
  {
    titleSv: "Utbildning",
    titleEn: "Education",
    textSv:
      "Industrikommunerna samarbetar nära med industrin om gymnasiets industriprogram, lärcentra och science center. Vi delar erfarenheter av hur utbildningen kan möta ortens behov av kompetens.",
    textEn:
      "Industrial municipalities work closely with industry on upper-secondary industrial programmes, learning centres and science centres. We share experience of how education can meet the town's need for skills.",
  },
];

/** Where and when, as the Settings form's "place" section posts it. */
export const luleaPlace = {
  startsAt: "2027-04-25T10:00",
  endsAt: "2027-04-26T15:00",
  // 90 days after the meeting ends.
  retainUntil: "2027-07-25T15:00",
};

/** Who speaks when, as the programme page posts it. Speakers are named once the host confirms them. */
export const luleaProgramme = [
  {
    day: "2027-04-25",
    startsAt: "10:00",
    endsAt: "10:30",
    titleSv: "Välkommen till Luleå",
    titleEn: "Welcome to Luleå",
    speakers: "Luleå kommun",
  },
  {
    day: "2027-04-25",
    startsAt: "10:30",
    endsAt: "12:00",
    titleSv: "Hur finansierar vi infrastrukturen när orten ska växa?",
    titleEn: "How do we finance infrastructure when the town must grow?",
    speakers: "Medlemskommuner berättar",
  },
  {
    day: "2027-04-25",
    startsAt: "13:00",
    endsAt: "14:30",
    titleSv: "Talangjakt: från sökprocess till matchning av individ och familj",
    titleEn: "Talent attraction: from search to matching the person and their family",
    speakers: "",
  },
  {
    day: "2027-04-25",
    startsAt: "15:00",
    endsAt: "16:30",
    titleSv: "Utbildning: industriprogram, lärcentra och science center",
    titleEn: "Education: industrial programmes, learning centres and science centres",
    speakers: "",
  },
  {
    day: "2027-04-26",
    startsAt: "11:30",
    endsAt: "12:45",
    titleSv: "Erfarenhetsutbyte i grupper",
    titleEn: "Sharing experience in groups",
    speakers: "",
  },
];

/**
 * The activities as the Settings form adds them, with the key the seed gives each (the API and the
 * tests name them by it); the annual meeting is the one the new meeting starts with, changed to these.
 */
export const luleaActivities = [
  {
    key: "day-1",
    kind: "programme",
    nameSv: "Dag 1: infrastruktur, talangjakt och utbildning",
    nameEn: "Day 1: infrastructure, talent attraction and education",
    descriptionSv: "Föredrag och samtal om träffens tre teman. Lunch och kaffe ingår.",
    descriptionEn: "Talks and discussions on the meeting's three themes. Lunch and coffee included.",
    placeSv: "Kulturens hus, Luleå",
    placeEn: "Kulturens hus, Luleå",
    startsAt: "2027-04-25T10:00",
    endsAt: "2027-04-25T17:00",
    capacity: "",
    waitlistEnabled: false,
    signupClosesAt: "",
    membersOnly: false,
    servesMeal: true,
    sortOrder: "10",
  },
  {
    key: "dinner",
    kind: "dinner",
    nameSv: "Nätverksmiddag",
    nameEn: "Network dinner",
    descriptionSv: "Gemensam middag för alla deltagare.",
    descriptionEn: "Dinner together for all participants.",
    placeSv: "Meddelas senare",
    placeEn: "To be announced",
    startsAt: "2027-04-25T19:00",
    endsAt: "2027-04-25T22:30",
    capacity: "",
    waitlistEnabled: false,
    signupClosesAt: "",
    membersOnly: false,
    servesMeal: true,
    sortOrder: "20",
  },
  {
    key: "hybrit",
    kind: "study_visit",
    nameSv: "Studiebesök på HYBRIT:s pilotanläggning",
    nameEn: "Study visit to the HYBRIT pilot plant",
    descriptionSv: [
      "HYBRIT är SSAB:s, LKAB:s och Vattenfalls gemensamma satsning på en fossilfri värdekedja från gruva till färdigt stål.",
      "- Initiativet startade 2016.\n- Hybrit Development AB, ägarnas gemensamma forsknings- och teknikutvecklingsbolag, utvecklar tekniken i nära samarbete med dem och ska leverera lösningarna till den kommande demonstrationsanläggningen.\n- I stället för kol och koks används vätgas för att reducera järnmalmspellets till järnsvamp, vilket i princip tar bort koldioxidutsläppen från järn- och stålframställningen.\n- Pilotanläggningen i Luleå togs i drift den 31 augusti 2020.",
      "Mer om HYBRIT: https://www.hybritdevelopment.se",
      "Platserna är begränsade och anläggningen behöver besökarnas uppgifter i förväg, därför stänger anmälan till besöket tidigare än övrig anmälan. Buss går från Kulturens hus.",
    ].join("\n\n"),
    descriptionEn: [
      "HYBRIT is the joint venture of SSAB, LKAB and Vattenfall for a fossil-free value chain from mine to finished steel.",
      "- The initiative started in 2016.\n- Hybrit Development AB, the owners' joint research and technology company, develops the technology in close cooperation with them and will deliver the solutions for the coming demonstration plant.\n- Hydrogen instead of coal and coke reduces iron ore pellets to sponge iron, which in principle removes the carbon dioxide emissions from iron and steel making.\n- The pilot plant in Luleå started operating on August 31, 2020.",
      "More about HYBRIT: https://www.hybritdevelopment.se",
      "Seats are limited and the site needs visitors' details in advance, so sign-up for the visit closes earlier than registration. A bus leaves from Kulturens hus.",
    ].join("\n\n"),
    placeSv: "HYBRIT pilotanläggning, SSAB:s område i Luleå",
    placeEn: "HYBRIT pilot plant, SSAB site in Luleå",
    startsAt: "2027-04-26T08:30",
    endsAt: "2027-04-26T11:00",
    capacity: "40",
    waitlistEnabled: true,
    signupClosesAt: "2027-03-14T23:59",
    membersOnly: false,
    servesMeal: false,
    // What the site asks of visitors before the visit; read by administrators only, and gone the
    // day after the visit (lib/privacy/purge-expired-answers.ts).
    questions: [
      {
        key: "dateOfBirth",
        type: "date",
        labelSv: "Födelsedatum",
        labelEn: "Date of birth",
        required: true,
        visibility: "admins",
        keepDaysAfter: "1",
      },
      {
        key: "nationality",
        type: "text",
        labelSv: "Medborgarskap",
        labelEn: "Nationality",
        required: true,
        visibility: "admins",
        keepDaysAfter: "1",
      },
      {
        key: "shoeSize",
        type: "number",
        labelSv: "Skostorlek (för skyddsskor)",
        labelEn: "Shoe size (for safety shoes)",
        helpSv: "Europeisk storlek, till exempel 42.",
        helpEn: "European size, for example 42.",
        required: true,
        visibility: "admins",
        keepDaysAfter: "1",
      },
    ],
    sortOrder: "30",
  },
  {
    key: "day-2",
    kind: "programme",
    nameSv: "Dag 2: erfarenhetsutbyte och avslutning",
    nameEn: "Day 2: sharing experience and closing",
    descriptionSv: "Samtal i grupper om det vi sett och hört, sammanfattning och lunch.",
    descriptionEn: "Group discussions on what we have seen and heard, summing up and lunch.",
    placeSv: "Kulturens hus, Luleå",
    placeEn: "Kulturens hus, Luleå",
    startsAt: "2027-04-26T11:30",
    endsAt: "2027-04-26T13:45",
    capacity: "",
    waitlistEnabled: false,
    signupClosesAt: "",
    membersOnly: false,
    servesMeal: true,
    sortOrder: "40",
  },
  {
    key: "annual-meeting",
    kind: "annual_meeting",
    nameSv: "Årsmöte för Svenska Industrikommuner",
    nameEn: "Annual meeting of Svenska Industrikommuner",
    descriptionSv:
      "Föreningens årsmöte. Varje medlemskommun röstar genom sitt ombud, eller ersättaren när ombudet inte är på plats. Observatörer är välkomna utan rösträtt.",
    descriptionEn:
      "The association's annual meeting. Each member municipality votes through its delegate, or the substitute when the delegate is absent. Observers are welcome without a vote.",
    placeSv: "Kulturens hus, Luleå",
    placeEn: "Kulturens hus, Luleå",
    startsAt: "2027-04-26T14:00",
    endsAt: "2027-04-26T15:00",
    capacity: "",
    waitlistEnabled: false,
    signupClosesAt: "",
    membersOnly: false,
    servesMeal: false,
    sortOrder: "50",
  },
];
