/** What the survey cards and replies say, in Swedish (default) and English. */
import { DateTime } from 'luxon';
import type { SubmitRefusal } from '../../surveys/index.js';
import type { Language } from '../turn.js';

export const SURVEY_TEXT = {
  sv: {
    round: 'Omgång',
    deadline: 'svara senast',
    noDeadline: 'ingen sista svarsdag',
    anonymous: 'anonym – dina svar sparas utan namn',
    body: 'Samverkansorgan',
    bodyPlaceholder: 'Välj samverkansorgan',
    bodyError: 'Välj vilket samverkansorgan du svarar för.',
    choiceError: 'Välj ett svarsalternativ.',
    textError: (limit: number) => `Skriv högst ${limit} tecken.`,
    submit: 'Skicka svar',
    update: 'Spara ändringar',
    open: 'Öppna',
    notAnswered: 'Du har inte svarat än.',
    answered: (at: string) => `Du svarade ${at}. Du kan ändra dina svar tills enkäten stängs.`,
    confirmation: (at: string) => `✅ Tack! Dina svar är sparade (${at}). Du kan ändra dem tills enkäten stängs.`,
    closed: 'Enkäten är stängd.',
    deadlinePassed: (date: string) => `Sista svarsdagen (${date}) har passerat.`,
    yourAnswers: 'Dina svar',
    noAnswer: 'Du svarade inte på den här enkäten.',
    notForYou: 'Den här enkäten är inte riktad till dig.',
    listTitle: 'Enkäter som är öppna för dig',
    listAnswered: '✅ Du har svarat',
    listNotAnswered: 'Inte besvarad',
    none: 'Det finns inga öppna enkäter för dig just nu.',
    unreadable: 'Kortet kunde inte läsas. Skriv `enkät` för att få ett nytt.',
    resultsTitle: 'Resultat',
    statusOpen: 'öppen',
    statusClosed: 'stängd',
    responses: (n: number, invited: number | null, pct: number) => (invited ? `${n} svar av ${invited} inbjudna (${pct} %)` : `${n} svar`),
    perBody: 'Svar per samverkansorgan',
    bodiesAnswered: (n: number, total: number) => `${n} av ${total} samverkansorgan har svarat.`,
    answeredQuestion: (n: number) => `${n} har svarat på frågan`,
    comments: 'Kommentarer',
    moreComments: (n: number) => `… och ${n} till i CSV-exporten.`,
    exportHint: (id: string) => `Skriv \`exportera ${id}\` för alla svar som CSV.`,
  },
  en: {
    round: 'Round',
    deadline: 'answer by',
    noDeadline: 'no deadline',
    anonymous: 'anonymous – your answers are stored without your name',
    body: 'Collaboration body (samverkansorgan)',
    bodyPlaceholder: 'Choose a body',
    bodyError: 'Choose the body you answer for.',
    choiceError: 'Choose an answer.',
    textError: (limit: number) => `Write at most ${limit} characters.`,
    submit: 'Send answers',
    update: 'Save changes',
    open: 'Open',
    notAnswered: 'You have not answered yet.',
    answered: (at: string) => `You answered ${at}. You can change your answers until the survey closes.`,
    confirmation: (at: string) => `✅ Thank you! Your answers are saved (${at}). You can change them until the survey closes.`,
    closed: 'The survey is closed.',
    deadlinePassed: (date: string) => `The deadline (${date}) has passed.`,
    yourAnswers: 'Your answers',
    noAnswer: 'You did not answer this survey.',
    notForYou: 'This survey is not addressed to you.',
    listTitle: 'Surveys open to you',
    listAnswered: '✅ You have answered',
    listNotAnswered: 'Not answered',
    none: 'There are no surveys open to you right now.',
    unreadable: 'That card could not be read. Type `survey` to get a new one.',
    resultsTitle: 'Results',
    statusOpen: 'open',
    statusClosed: 'closed',
    responses: (n: number, invited: number | null, pct: number) => (invited ? `${n} answers from ${invited} invited (${pct} %)` : `${n} answers`),
    perBody: 'Answers per body',
    bodiesAnswered: (n: number, total: number) => `${n} of ${total} bodies have answered.`,
    answeredQuestion: (n: number) => `${n} answered this question`,
    comments: 'Comments',
    moreComments: (n: number) => `… and ${n} more in the CSV export.`,
    exportHint: (id: string) => `Type \`export ${id}\` for all answers as CSV.`,
  },
} as const;

/** Why an answer was not taken, in words the respondent can act on. */
export function refusalText(language: Language, refusal: { reason: SubmitRefusal; questionId?: string; limit?: number }, deadline: string | null): string {
  const en = language === 'en';
  const q = refusal.questionId ?? '?';
  switch (refusal.reason) {
    case 'unknown-round':
      return en ? 'This survey no longer exists.' : 'Enkäten finns inte längre.';
    case 'round-closed':
      return en ? 'The survey is closed and takes no more answers.' : 'Enkäten är stängd och tar inte emot fler svar.';
    case 'deadline-passed':
      return SURVEY_TEXT[language].deadlinePassed(formatDate(deadline ?? '', language));
    case 'not-invited':
      return SURVEY_TEXT[language].notForYou;
    case 'missing-body':
      return SURVEY_TEXT[language].bodyError;
    case 'invalid-body':
      return en ? 'That body is not part of this survey.' : 'Det samverkansorganet ingår inte i enkäten.';
    case 'missing-answer':
      return en ? `Question ${q} needs an answer.` : `Fråga ${q} saknar svar.`;
    case 'invalid-option':
      return en ? `The answer to question ${q} is not one of its options.` : `Svaret på fråga ${q} finns inte bland alternativen.`;
    case 'unknown-question':
      return en ? `The card sent a question that is not in the survey (${q}).` : `Kortet skickade en fråga som inte finns i enkäten (${q}).`;
    case 'text-too-long':
      return en ? `The text for question ${q} is too long (at most ${refusal.limit} characters).` : `Texten i fråga ${q} är för lång (högst ${refusal.limit} tecken).`;
  }
}

/** "30 november 2025" / "30 November 2025". */
export function formatDate(isoDate: string, language: Language): string {
  const date = DateTime.fromISO(isoDate, { zone: 'Europe/Stockholm' });
  return date.isValid ? date.setLocale(language === 'en' ? 'en-GB' : 'sv').toFormat('d MMMM yyyy') : isoDate;
}

/** "1 oktober 2025 14:03" for full timestamps, the date alone for anonymous answers' day stamps. */
export function formatStamp(stamp: string, language: Language): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(stamp)) return formatDate(stamp, language);
  const time = DateTime.fromISO(stamp, { zone: 'Europe/Stockholm' });
  return time.isValid ? time.setLocale(language === 'en' ? 'en-GB' : 'sv').toFormat('d MMMM yyyy HH:mm') : stamp;
}
