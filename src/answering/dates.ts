/**
 * Dates, years, diary numbers and item numbers in a question, in the forms officials type them:
 * "7 February 2022", "7 Feb 2022", "den 7 februari 2022", "2022-02-07", "7/2", "16–17 June 2015",
 * "förra året", "punkt 5", "item 12", "§ 73", "RUN/34/2018".
 */
import { ENGLISH_MONTHS, MONTH_ABBREVIATIONS, SWEDISH_MONTHS } from './lexicon.js';
import { memoByText } from './text.js';

export interface QuestionDate {
  /** ISO YYYY-MM-DD when the year is known, else "--MM-DD". */
  iso: string;
  year?: number;
  month: number;
  day: number;
  /** Last day of a range like "16–17 June 2015". */
  endDay?: number;
}

export interface TemporalFacts {
  dates: QuestionDate[];
  /** Months named without a day ("in May 2020"; "hösten 2014" names a period, see periodMonths). */
  months: Array<{ month: number; year?: number }>;
  /** Months of the seasons, quarters and half-years the question names ("hösten", "Q1", "first half"). */
  periodMonths: readonly number[];
  /** Years named in the question, in dates or alone (not in diary numbers), ascending, no duplicates. */
  years: number[];
  /** Years named on their own ("under 2021", "May 2020"), not only as part of a full date. */
  standaloneYears: number[];
  /** School years named ("läsåret 23/24"), each as its first calendar year. */
  schoolYears: number[];
  /** "förra året" / "last year" → -1, "i år" / "this year" → 0. Resolved by the caller. */
  relativeYear?: number;
  diaryNumbers: string[];
  itemNumber?: number;
  paragraphNumber?: number;
  times: string[];
  /** The question with dates, diary numbers and clock times blanked out. */
  remainder: string;
}

const DIARY_NUMBER = /\b([A-ZÅÄÖ]{2,4})\s?\/\s?(\d{1,4})\s?\/\s?((?:19|20)\d{2})\b|\b([A-ZÅÄÖ]{2,4})\/((?:19|20)\d{2})-(\d{1,4})\b/g;

export function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  const sv = SWEDISH_MONTHS.indexOf(w);
  if (sv >= 0) return sv + 1;
  const en = ENGLISH_MONTHS.indexOf(w);
  if (en >= 0) return en + 1;
  return MONTH_ABBREVIATIONS[w];
}

const MONTH_WORD = `(${[...SWEDISH_MONTHS, ...ENGLISH_MONTHS, ...Object.keys(MONTH_ABBREVIATIONS)].join('|')})\\.?`;
const DASH = '[-–—]{1,2}';

const ISO_DATE_RANGE = new RegExp(`\\b((?:19|20)\\d{2})-(\\d{2})-(\\d{2})(?:${DASH}(\\d{2}))?\\b`, 'g');
// "30 maj -22", "7 feb '22": a short year after a dash or apostrophe (not the start of a range "7 maj–22 juni").
const SHORT_YEAR = `\\s?[-–']\\s?(\\d{2})(?!\\d|[./:]\\d)(?!\\s*${MONTH_WORD})`;
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:\\s*${DASH}\\s*(\\d{1,2}))?(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_WORD}(?:,?\\s+((?:19|20)\\d{2})|${SHORT_YEAR})?\\b`, 'gi');
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+((?:19|20)\\d{2}))?\\b`, 'gi');
const MONTH_YEAR = new RegExp(`\\b${MONTH_WORD}(?:\\s+((?:19|20)\\d{2}))?\\b`, 'gi');

// ("febmötet", "sept-mötet": the month written short.)
const MONTH_MEETING = new RegExp(`(?<![\\p{L}])(${SWEDISH_MONTHS.join('|')}|jan|feb|mars|apr|aug|sept?|okt|nov|dec)-?(?:mötet|möte|mötets|sammanträdet|sammanträde|sammanträdets)(?![\\p{L}])`, 'giu');

/** "febmötet", "novembersammanträdet": the question names a meeting by its month. */
export function namesMonthMeeting(question: string): boolean {
  return MONTH_MEETING_NAMED.test(question);
}

const MONTH_MEETING_NAMED = new RegExp(MONTH_MEETING.source, 'iu');

function isoOf(year: number | undefined, month: number, day: number): string {
  const mm = String(month).padStart(2, '0');
  const dd = String(day).padStart(2, '0');
  return year === undefined ? `--${mm}-${dd}` : `${year}-${mm}-${dd}`;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const QUARTER_ORDINALS: Record<string, number> = { första: 1, andra: 2, tredje: 3, fjärde: 4, first: 1, second: 2, third: 3, fourth: 4 };

/**
 * Seasons, terms, quarters and half-years, in Swedish and English, with the months they cover.
 * "vt"/"ht" count only before a year ("vt 2016"); "vår" alone is the pronoun "our".
 */
const PERIOD_PATTERNS: Array<[RegExp, (m: RegExpMatchArray) => number[]]> = [
  [/(?<![\p{L}])(våren|vårterminen|vårvintern|spring)(?![\p{L}])|(?<![\p{L}])vt\.?\s*(?:19|20)?\d{2}(?!\d)/giu, () => range(1, 6)],
  [/(?<![\p{L}])(sommaren|summer)(?![\p{L}])/giu, () => range(6, 8)],
  [/(?<![\p{L}])(hösten|höstterminen|autumn)(?![\p{L}])|(?<![\p{L}])ht\.?\s*(?:19|20)?\d{2}(?!\d)/giu, () => range(8, 12)],
  [/(?<![\p{L}])(vintern|winter)(?![\p{L}])/giu, () => [12, 1, 2]],
  [/(?<![\p{L}\d])(?:q|kvartal\s*)([1-4])(?!\d)/giu, (m) => range(Number(m[1]) * 3 - 2, Number(m[1]) * 3)],
  [/(?<![\p{L}])(första|andra|tredje|fjärde|first|second|third|fourth)\s+(?:kvartalet|quarter)(?![\p{L}])/giu, (m) => {
    const q = QUARTER_ORDINALS[m[1].toLowerCase()];
    return range(q * 3 - 2, q * 3);
  }],
  [/(?<![\p{L}])(första|andra|first|second)\s+(?:halvåret|half)(?![\p{L}])/giu, (m) => (QUARTER_ORDINALS[m[1].toLowerCase()] === 1 ? range(1, 6) : range(7, 12))],
  // Tertials, the region's four-month reports: "tertial 2", "andra tertialet" (May–August).
  [/(?<![\p{L}\d])tertial\s*([1-3])(?!\d)/giu, (m) => range(Number(m[1]) * 4 - 3, Number(m[1]) * 4)],
  [/(?<![\p{L}])(första|andra|tredje|first|second|third)\s+(?:tertialet|tertial)(?![\p{L}])/giu, (m) => {
    const t = QUARTER_ORDINALS[m[1].toLowerCase()];
    return range(t * 4 - 3, t * 4);
  }],
  // A span of months: "januari–september", "jan–sep", "januari till september", "January to September".
  [new RegExp(`(?<![\\p{L}])${MONTH_WORD}\\s*(?:[-–—]|till|to|through|until)\\s*${MONTH_WORD}(?![\\p{L}])`, 'giu'), (m) => {
    const from = monthNumber(m[1]);
    const to = monthNumber(m[2]);
    return from !== undefined && to !== undefined && from < to ? range(from, to) : [];
  }],
];

/** The months of the periods a text names ("Under hösten …" → 8–12), no duplicates. */
export const periodMonthsIn: (text: string) => readonly number[] = memoByText((text) => {
  if (!/[qQvVhHsSaAwWkKfFtTjJmMnNoOdD]/.test(text)) return [];
  const out = new Set<number>();
  for (const [pattern, months] of PERIOD_PATTERNS) for (const m of text.matchAll(pattern)) months(m).forEach((n) => out.add(n));
  return [...out];
});

function validDay(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

export function extractTemporalFacts(question: string): TemporalFacts {
  let rest = question;
  const dates: QuestionDate[] = [];
  const months: TemporalFacts['months'] = [];
  const diaryNumbers: string[] = [];
  const blank = (m: string) => ' '.repeat(m.length);

  rest = rest.replace(DIARY_NUMBER, (m) => {
    diaryNumbers.push(m.replace(/\s+/g, '').toUpperCase());
    return blank(m);
  });

  // 2022-02-07, 2015-06-16--17
  rest = rest.replace(ISO_DATE_RANGE, (m, y, mo, d, d2) => {
    const month = Number(mo);
    const day = Number(d);
    if (validDay(month, day)) {
      dates.push({ iso: isoOf(Number(y), month, day), year: Number(y), month, day, endDay: d2 ? Number(d2) : undefined });
    }
    return blank(m);
  });

  // 20220207: the compact form file names and slide footers use ("RSR 20220207")
  rest = rest.replace(/\b((?:19|20)\d{2})(\d{2})(\d{2})\b/g, (m, y, mo, d) => {
    const month = Number(mo);
    const day = Number(d);
    if (!validDay(month, day)) return m;
    dates.push({ iso: isoOf(Number(y), month, day), year: Number(y), month, day });
    return blank(m);
  });

  // 7 February 2022, den 7 feb. 2022, 16–17 June 2015, 7 februari
  rest = rest.replace(
    DAY_MONTH_YEAR,
    (m, d, d2, monthWord, y, shortYear) => {
      const month = monthNumber(monthWord);
      const day = Number(d);
      if (month === undefined || !validDay(month, day)) return m;
      const year = y ? Number(y) : shortYear ? 2000 + Number(shortYear) : undefined;
      dates.push({ iso: isoOf(year, month, day), year, month, day, endDay: d2 ? Number(d2) : undefined });
      return blank(m);
    },
  );

  // February 7, 2022
  rest = rest.replace(MONTH_DAY_YEAR, (m, monthWord, d, y) => {
    const month = monthNumber(monthWord);
    const day = Number(d);
    if (month === undefined || !validDay(month, day) || /^(maj|may|mar|jun|jul)$/i.test(monthWord) && !y) return m;
    const year = y ? Number(y) : undefined;
    dates.push({ iso: isoOf(year, month, day), year, month, day });
    return blank(m);
  });

  const schoolYears: number[] = [];
  rest = rest.replace(SCHOOL_YEAR, (m, a, b) => {
    const years = schoolYearOf(a, b);
    if (!years) return m;
    schoolYears.push(...years);
    return blank(m);
  });

  // 7/2, 7/2 2022 or 3/5-22 (Swedish day/month, the year in full or short)
  rest = rest.replace(/\b(\d{1,2})\/(\d{1,2})(?:[ -]((?:19|20)\d{2})|-(\d{2}))?\b/g, (m, d, mo, y, shortYear) => {
    const month = Number(mo);
    const day = Number(d);
    if (!validDay(month, day)) return m;
    const year = y ? Number(y) : shortYear ? 2000 + Number(shortYear) : undefined;
    dates.push({ iso: isoOf(year, month, day), year, month, day });
    return blank(m);
  });

  // May 2020, i maj 2020, hösten 2014 has no month
  rest = rest.replace(MONTH_YEAR, (m, monthWord, y) => {
    const month = monthNumber(monthWord);
    // "may" and "mar" are also English/Swedish words; only count them next to a year.
    if (month === undefined || (/^(may|mar|maj)$/i.test(monthWord) && !y && !/^[A-ZÅÄÖ]/.test(m))) return m;
    if (/^(jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec)$/i.test(monthWord) && !y) return m;
    months.push({ month, year: y ? Number(y) : undefined });
    return y ? blank(m) : m;
  });

  // "septembermötet", "novembersammanträdet": the meeting held that month.
  // (The word still names a meeting: "mötet" stays for the question's words.)
  rest = rest.replace(MONTH_MEETING, (m, monthWord: string) => {
    const month = monthNumber(monthWord);
    if (month === undefined) return m;
    if (!months.some((known) => known.month === month)) months.push({ month });
    return `${' '.repeat(monthWord.length)}${m.slice(monthWord.length)}`;
  });

  const times: string[] = [];
  rest = rest.replace(/\b([01]?\d|2[0-3])[:.]([0-5]\d)\b/g, (m, h, mi) => {
    times.push(`${h.padStart(2, '0')}:${mi}`);
    return blank(m);
  });

  const yearSet = new Set<number>();
  const standalone = new Set<number>();
  for (const d of dates) if (d.year) yearSet.add(d.year);
  for (const y of schoolYears) {
    yearSet.add(y);
    standalone.add(y);
  }
  for (const m of months) if (m.year) {
    yearSet.add(m.year);
    standalone.add(m.year);
  }
  for (const match of rest.matchAll(/\b((?:19|20)\d{2})(?:\s*[-–—]\s*((?:19|20)\d{2}))?\b/g)) {
    const from = Number(match[1]);
    const to = match[2] ? Number(match[2]) : from;
    const range: number[] = [];
    if (to >= from && to - from <= 10) for (let y = from; y <= to; y += 1) range.push(y);
    else range.push(from);
    for (const y of range) {
      yearSet.add(y);
      standalone.add(y);
    }
  }

  let relativeYear: number | undefined;
  if (LAST_YEAR.test(question)) relativeYear = -1;
  else if (THIS_YEAR.test(question)) relativeYear = 0;

  const item = /(?<![\p{L}])(?:punkt|punkten|item|point|ärende|ärendet|agenda item|nr|number)\s*(?:nr\.?\s*)?(\d{1,2})\b/iu.exec(question);
  const paragraph = /§\s*(\d{1,3})\b/.exec(question);

  return {
    dates,
    months,
    years: [...yearSet].sort((a, b) => a - b),
    standaloneYears: [...standalone].sort((a, b) => a - b),
    schoolYears: schoolYears.filter((_, k) => k % 2 === 0),
    relativeYear,
    diaryNumbers,
    itemNumber: item ? Number(item[1]) : undefined,
    paragraphNumber: paragraph ? Number(paragraph[1]) : undefined,
    periodMonths: periodMonthsIn(question),
    times,
    remainder: rest,
  };
}

const ISO_DATE_IN_TEXT = /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/g;
const DAY_MONTH_YEAR_IN_TEXT = new RegExp(`\\b(\\d{1,2})\\s+${MONTH_WORD}\\s+((?:19|20)\\d{2})\\b`, 'gi');
/** Dates written in document text, ISO, for matching a question's date against a passage. */
export const datesInText: (text: string) => readonly string[] = memoByText((text) => {
  const out: string[] = [];
  for (const m of text.matchAll(ISO_DATE_IN_TEXT)) out.push(`${m[1]}-${m[2]}-${m[3]}`);
  for (const m of text.matchAll(DAY_MONTH_YEAR_IN_TEXT)) {
    const month = monthNumber(m[2]);
    if (month && validDay(month, Number(m[1]))) out.push(isoOf(Number(m[3]), month, Number(m[1])));
  }
  return out;
});

const DAY_OF_MONTH_IN_TEXT = new RegExp(`(?<!\\d)(\\d{1,2})\\s+(${SWEDISH_MONTHS.join('|')})(?![\\p{L}])(\\s+(?:19|20)\\d{2})?`, 'giu');
/** Days written in Swedish with their month, with or without the year ("den 9 juni", "28 november 2024"). */
export const daysOfMonthIn: (text: string) => ReadonlyArray<{ day: number; month: number; withYear: boolean }> = memoByText((text) =>
  [...text.matchAll(DAY_OF_MONTH_IN_TEXT)].map((m) => ({ day: Number(m[1]), month: SWEDISH_MONTHS.indexOf(m[2].toLowerCase()) + 1, withYear: m[3] !== undefined })),
);

/** Whether an ISO day falls in a month the question names ("i mars 2024", "in June", "septembermötet"). */
export function inAskedMonth(analysis: { temporal: { months: TemporalFacts['months'] } }, iso: string | undefined): boolean {
  if (!iso || !/^\d{4}-\d{2}/.test(iso)) return false;
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  return analysis.temporal.months.some((m) => m.month === month && (m.year ?? year) === year);
}

/** Whether an ISO date matches a question date ("2022-02-07", or "--02-07" when the year was not typed). */
export function dateMatches(analysis: { temporal: { dates: QuestionDate[] } }, iso: string | undefined): boolean {
  if (!iso) return false;
  return analysis.temporal.dates.some((d) => {
    if (d.year !== undefined) return d.iso === iso || (d.endDay !== undefined && iso.slice(0, 8) === d.iso.slice(0, 8) && Number(iso.slice(8)) <= d.endDay && Number(iso.slice(8)) >= d.day);
    return iso.slice(4) === d.iso.slice(1);
  });
}

const LAST_YEAR = /(?<![\p{L}])(förra året|föregående år|året innan|året före|last year|previous year|the year before|i fjol)(?![\p{L}])/iu;
const THIS_YEAR = /(?<![\p{L}])(i år|detta år|this year|innevarande år)(?![\p{L}])/iu;
/** "nästa år", "next year": which year depends on the document's own year, so the words only say when, not what to find. */
const NEXT_YEAR = /(?<![\p{L}])(nästa år|kommande år|nästkommande år|next year|the coming year)(?![\p{L}])/iu;
/** "förra året", "this year": the words that say which year, not what to find. */
export const RELATIVE_YEAR = new RegExp(`${LAST_YEAR.source}|${THIS_YEAR.source}|${NEXT_YEAR.source}`, 'giu');

/**
 * "läsåret 23/24", "2023/24", "2023/2024": a school or season year, two calendar years. (Written short only after its
 * word: "11/12" alone is the eleventh of December.)
 */
const SCHOOL_YEAR = /(?<![\d/])((?:19|20)\d{2}|(?<=(?:läsår(?:et)?|säsong(?:en)?|school year)\s+)\d{2})\/((?:19|20)?\d{2})(?![\d/])/giu;

function schoolYearOf(a: string, b: string): [number, number] | undefined {
  const first = a.length === 2 ? 2000 + Number(a) : Number(a);
  const second = b.length === 2 ? Math.floor(first / 100) * 100 + Number(b) : Number(b);
  return second === first + 1 ? [first, second] : undefined;
}

/** The school years a text names, each as its first calendar year ("läsåret 2024/25" → 2024). */
export function schoolYearsIn(text: string): number[] {
  return [...text.matchAll(SCHOOL_YEAR)].flatMap((m) => schoolYearOf(m[1], m[2])?.slice(0, 1) ?? []);
}
