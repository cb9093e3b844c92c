/** Replies to the survey chat commands, Swedish and English. */
import type { UsageProblem, UsageTopic } from '../../surveys/index.js';
import { formatDate } from '../cards/survey-texts.js';
import type { Language } from '../turn.js';

const USAGE: Record<UsageTopic, Record<Language, string>> = {
  start: {
    sv: '`starta enkät [frågeformulär] [för «organ», «organ»…] [deadline ÅÅÅÅ-MM-DD] [anonym] [till @person @person…]`\nUtan @-omnämnanden skickas enkäten hit; med dem skickas den till var och en i ett 1:1-samtal.\nExempel: `starta enkät uppfoljning-samverkan-2015 för SocSam, BUZ deadline 2025-11-30 anonym`',
    en: '`start survey [questionnaire] [for «body», «body»…] [deadline YYYY-MM-DD] [anonymous] [to @person @person…]`\nWithout @mentions the survey is posted here; with them, each person gets it in a 1:1 chat.\nExample: `start survey uppfoljning-samverkan-2015 for SocSam, BUZ deadline 2025-11-30 anonymous`',
  },
  remind: { sv: '`påminn «omgång»`, t.ex. `påminn e2`', en: '`remind «round»`, e.g. `remind e2`' },
  extend: { sv: '`förläng «omgång» «ÅÅÅÅ-MM-DD»`, t.ex. `förläng e2 2025-12-15`', en: '`extend «round» «YYYY-MM-DD»`, e.g. `extend e2 2025-12-15`' },
  close: { sv: '`stäng enkät «omgång»`, t.ex. `stäng enkät e2`', en: '`close survey «round»`, e.g. `close survey e2`' },
  results: { sv: '`resultat «omgång»`, t.ex. `resultat e2`', en: '`results «round»`, e.g. `results e2`' },
  export: { sv: '`exportera «omgång»`, t.ex. `exportera e2`', en: '`export «round»`, e.g. `export e2`' },
};

export function usageText(language: Language, topic: UsageTopic, problem?: UsageProblem): string {
  const why = problem ? `${problemText(language, problem)} ` : '';
  return `${why}${language === 'en' ? 'Write it like this:' : 'Skriv så här:'}\n${USAGE[topic][language]}`;
}

function problemText(language: Language, problem: UsageProblem): string {
  const en = language === 'en';
  switch (problem.code) {
    case 'missing-date':
      return en ? 'A date is missing.' : 'Datum saknas.';
    case 'bad-date':
      return en ? `"${problem.word}" is not a date as YYYY-MM-DD.` : `"${problem.word}" är inte ett datum som ÅÅÅÅ-MM-DD.`;
    case 'missing-bodies':
      return en ? 'Name at least one body after "for".' : 'Ange minst ett samverkansorgan efter "för".';
    case 'unexpected-word':
      return en ? `I did not understand "${problem.word}".` : `Jag förstod inte "${problem.word}".`;
  }
}

export function notOrganizerText(language: Language, options: { configured: boolean; localMode: boolean; aadObjectId?: string }): string {
  const en = language === 'en';
  const id = options.aadObjectId ? (en ? ` Your id is ${options.aadObjectId}.` : ` Ditt id är ${options.aadObjectId}.`) : '';
  if (!options.configured && !options.localMode) {
    return en
      ? `Only survey organizers can do that, and none are configured. An administrator lists their Microsoft Entra object ids, comma-separated, in the ADMIN_USERS setting and restarts the bot.${id}`
      : `Bara enkätansvariga kan göra det, och inga är konfigurerade. En administratör anger deras Microsoft Entra-objekt-id:n, kommaseparerade, i inställningen ADMIN_USERS och startar om boten.${id}`;
  }
  return en ? `Only survey organizers (ADMIN_USERS) can do that. Ask an administrator to add you.${id}` : `Bara enkätansvariga (ADMIN_USERS) kan göra det. Be en administratör lägga till dig.${id}`;
}

export const SURVEY_REPLY = {
  sv: {
    unknownRound: (id: string) => `Det finns ingen enkätomgång "${id}".`,
    whichRound: (ids: string) => (ids ? `Vilken omgång? Ange en av: ${ids}.` : 'Det finns inga enkätomgångar än. Starta en med `starta enkät`.'),
    unknownQuestionnaire: (ids: string) => `Det frågeformuläret finns inte. Tillgängliga: ${ids || 'inga (lägg JSON-filer i seeds/questionnaires/)'}.`,
    ambiguousQuestionnaire: (ids: string) => `Ange vilket frågeformulär: ${ids}.`,
    unknownBodies: (names: string, valid: string) => `Okänt samverkansorgan: ${names}. Formuläret gäller: ${valid}.`,
    deadlineInPast: 'Sista svarsdagen kan inte ligga bakåt i tiden.',
    invalidDeadline: 'Det datumet finns inte. Skriv ÅÅÅÅ-MM-DD.',
    started: (id: string, title: string, bodies: string, deadline: string | null, anonymous: boolean) =>
      `Enkät **${id}** startad: ${title} för ${bodies}${deadline ? `, svara senast ${formatDate(deadline, 'sv')}` : ''}${anonymous ? ', anonym' : ''}.`,
    sentToMembers: (sent: number, total: number, failed: string) => `Skickad till ${sent} av ${total} personer i 1:1-samtal.${failed ? ` Kunde inte nå: ${failed}.` : ''}`,
    postedHere: 'Enkäten finns i kortet nedan.',
    alreadyClosed: (id: string) => `Omgång ${id} är redan stängd.`,
    closed: (id: string, answers: number) => `Omgång ${id} är stängd med ${answers} svar. Skriv \`resultat ${id}\` för resultatet.`,
    extended: (id: string, date: string) => `Omgång ${id} tar nu emot svar till och med ${formatDate(date, 'sv')}.`,
    noMemberList: (id: string) => `Omgång ${id} är öppen för alla och har ingen lista över mottagare, så det finns ingen att påminna.`,
    everyoneAnswered: (id: string) => `Alla mottagare av omgång ${id} har svarat. 🎉`,
    reminded: (sent: number, total: number, failed: string) => `Påminnelse skickad till ${sent} av ${total} som inte har svarat.${failed ? ` Kunde inte nå: ${failed}.` : ''}`,
    remindedChannel: 'Mottagarna är inte kända, så påminnelsen postades där enkäten skickades.',
    reminder: (title: string, deadline: string | null) =>
      `Påminnelse: du har inte svarat på enkäten "${title}"${deadline ? ` – svara senast ${formatDate(deadline, 'sv')}` : ''}.`,
    invitation: (title: string, from: string) => `${from} ber dig svara på enkäten "${title}".`,
    exported: (id: string, answers: number) => `Svaren i omgång ${id} (${answers} st) som CSV, semikolonseparerad för Excel.`,
    exportTooLarge: (id: string) => `Exporten är för stor för ett chattmeddelande. Hämta den från administrationsgränssnittet: GET /api/surveys/${id}/results.csv med ADMIN_API_KEY.`,
    questionnaireGone: (id: string) => `Frågeformuläret för omgång ${id} finns inte längre i seeds/questionnaires/.`,
  },
  en: {
    unknownRound: (id: string) => `There is no survey round "${id}".`,
    whichRound: (ids: string) => (ids ? `Which round? Give one of: ${ids}.` : 'There are no survey rounds yet. Start one with `start survey`.'),
    unknownQuestionnaire: (ids: string) => `There is no such questionnaire. Available: ${ids || 'none (put JSON files in seeds/questionnaires/)'}.`,
    ambiguousQuestionnaire: (ids: string) => `Say which questionnaire: ${ids}.`,
    unknownBodies: (names: string, valid: string) => `Unknown body: ${names}. The questionnaire is for: ${valid}.`,
    deadlineInPast: 'The deadline cannot be in the past.',
    invalidDeadline: 'That date does not exist. Write YYYY-MM-DD.',
    started: (id: string, title: string, bodies: string, deadline: string | null, anonymous: boolean) =>
      `Survey **${id}** started: ${title} for ${bodies}${deadline ? `, answer by ${formatDate(deadline, 'en')}` : ''}${anonymous ? ', anonymous' : ''}.`,
    sentToMembers: (sent: number, total: number, failed: string) => `Sent to ${sent} of ${total} people in 1:1 chats.${failed ? ` Could not reach: ${failed}.` : ''}`,
    postedHere: 'The survey is in the card below.',
    alreadyClosed: (id: string) => `Round ${id} is already closed.`,
    closed: (id: string, answers: number) => `Round ${id} is closed with ${answers} answers. Type \`results ${id}\` for the results.`,
    extended: (id: string, date: string) => `Round ${id} now takes answers until ${formatDate(date, 'en')} inclusive.`,
    noMemberList: (id: string) => `Round ${id} is open to everyone and has no list of recipients, so there is nobody to remind.`,
    everyoneAnswered: (id: string) => `Everyone who got round ${id} has answered. 🎉`,
    reminded: (sent: number, total: number, failed: string) => `Reminder sent to ${sent} of ${total} who have not answered.${failed ? ` Could not reach: ${failed}.` : ''}`,
    remindedChannel: 'The recipients are not known, so the reminder was posted where the survey was sent.',
    reminder: (title: string, deadline: string | null) => `Reminder: you have not answered the survey "${title}"${deadline ? ` – answer by ${formatDate(deadline, 'en')}` : ''}.`,
    invitation: (title: string, from: string) => `${from} asks you to answer the survey "${title}".`,
    exported: (id: string, answers: number) => `The answers of round ${id} (${answers}) as CSV, semicolon-separated for Excel.`,
    exportTooLarge: (id: string) => `The export is too large for a chat message. Download it from the admin API: GET /api/surveys/${id}/results.csv with ADMIN_API_KEY.`,
    questionnaireGone: (id: string) => `The questionnaire of round ${id} is no longer in seeds/questionnaires/.`,
  },
} as const;
