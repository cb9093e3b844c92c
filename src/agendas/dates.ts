/** Dates as officials type them: "2022-02-07", "7 februari 2022", "7 Feb 2022", "February 7, 2022". */
import { DateTime } from 'luxon';

export interface TypedDate {
  year?: number;
  month: number;
  day: number;
}

export type DateInText =
  | { kind: 'none'; rest: string }
  | { kind: 'date'; date: TypedDate; rest: string }
  /** Looked like a date but is not one, e.g. "2022-02-30". */
  | { kind: 'invalid'; text: string; rest: string };

const MONTHS: Array<[RegExp, number]> = [
  [/^jan/, 1], [/^feb/, 2], [/^mar/, 3], [/^apr/, 4], [/^ma[jy]/, 5], [/^jun/, 6],
  [/^jul/, 7], [/^aug/, 8], [/^sep/, 9], [/^o[ck]t/, 10], [/^nov/, 11], [/^dec/, 12],
];
const MONTH_WORD =
  '(jan(?:uari|uary)?|feb(?:ruari|ruary)?|mar(?:s|ch)?|apr(?:il)?|maj|may|jun(?:i|e)?|jul(?:i|y)?|aug(?:usti|ust)?|sep(?:t(?:ember)?)?|okt(?:ober)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

const ISO = /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/;
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:\\.|:e|st|nd|rd|th)?\\s+${MONTH_WORD}(?:\\s+(\\d{4}))?(?![\\p{L}\\d])`, 'iu');
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?(?:\\s+(\\d{4}))?(?![\\p{L}\\d])`, 'iu');

function monthNumber(word: string): number {
  const lower = word.toLowerCase();
  return MONTHS.find(([pattern]) => pattern.test(lower))![1];
}

/** Finds the first date in the text and returns it with the text around it. */
export function findDateInText(text: string): DateInText {
  const candidates: Array<{ match: RegExpExecArray; date: TypedDate }> = [];
  const iso = ISO.exec(text);
  if (iso) candidates.push({ match: iso, date: { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) } });
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) candidates.push({ match: dmy, date: { day: Number(dmy[1]), month: monthNumber(dmy[2]!), year: dmy[3] ? Number(dmy[3]) : undefined } });
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) candidates.push({ match: mdy, date: { month: monthNumber(mdy[1]!), day: Number(mdy[2]), year: mdy[3] ? Number(mdy[3]) : undefined } });
  if (candidates.length === 0) return { kind: 'none', rest: text.trim() };

  const first = candidates.sort((a, b) => a.match.index - b.match.index)[0]!;
  const rest = `${text.slice(0, first.match.index)} ${text.slice(first.match.index + first.match[0].length)}`.replace(/\s+/g, ' ').trim();
  const { year, month, day } = first.date;
  const valid = DateTime.fromObject({ year: year ?? 2000, month, day }).isValid; // 2000 is a leap year: 29 Feb passes without a year
  return valid ? { kind: 'date', date: first.date, rest } : { kind: 'invalid', text: first.match[0], rest };
}

export function isoDate(date: Required<TypedDate>): string {
  return DateTime.fromObject(date).toISODate()!;
}

/** The date in `timeZone` at the instant `now`, as YYYY-MM-DD. */
export function localDate(now: Date, timeZone: string): string {
  return DateTime.fromJSDate(now, { zone: timeZone }).toISODate()!;
}
