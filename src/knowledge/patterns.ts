/** Swedish date, time, diary-number and name patterns shared by segmentation and extractors. */

export const MONTHS: Record<string, number> = {
  januari: 1, februari: 2, mars: 3, april: 4, maj: 5, juni: 6, juli: 7, augusti: 8,
  september: 9, oktober: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, okt: 10, nov: 11, dec: 12,
};

/** Swedish parties' letters as written after a name: "Berit Johansson (C)". */
export const PARTY_LETTERS = ['S', 'M', 'C', 'V', 'L', 'KD', 'MP', 'SD', 'FP'] as const;

/** Diary numbers: RUN/34/2018, RS/257/2017, LS/727/2012, RS/2014-207, and any body's series written so ("PN/14/2025"). */
export const DNR_PATTERN = /\b(?:(?:RUN|RS|LS|RJH|HSN)\/(?:\d{1,5}\/\d{4}|\d{4}-\d{1,5})|[A-ZÅÄÖ]{2,5}\/\d{1,5}\/(?:19|20)\d{2})\b/g;

/** Text to match literally inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function findDnrs(text: string): string[] {
  return [...new Set(text.match(DNR_PATTERN) ?? [])];
}

const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const WRITTEN = /\b(\d{1,2})\s+(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\s+(\d{4})\b/i;

/** First date in the text as YYYY-MM-DD: ISO "2022-02-07" or written "28 september 2015". */
export function findDate(text: string): string | undefined {
  const iso = ISO.exec(text);
  const written = WRITTEN.exec(text);
  if (iso && (!written || iso.index <= written.index)) {
    const [, y, m, d] = iso;
    if (Number(m) >= 1 && Number(m) <= 12 && Number(d) >= 1 && Number(d) <= 31) return `${y}-${m}-${d}`;
  }
  if (written) return isoDate(Number(written[3]), MONTHS[written[2].toLowerCase()], Number(written[1]));
  return undefined;
}

export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "13.00", "13:00", "8:30" → "13:00" / "08:30"; undefined for impossible times. */
export function normaliseTime(text: string): string | undefined {
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return undefined;
  return `${String(hours).padStart(2, '0')}:${match[2]}`;
}

export const TIME_TOKEN = /\b([01]?\d|2[0-3])[:.]([0-5]\d)\b/;
/** An agenda table's time cell: "09.15", "kl. 09.15" or the item's whole span, "09.15–09.45". */
export const TIME_CELL = /^(?:kl\.?\s*)?(\d{1,2}[:.]\d{2})(?:\s*[–-]\s*(\d{1,2}[:.]\d{2}))?$/i;
export const TIME_RANGE = /\b([01]?\d|2[0-3])[:.]([0-5]\d)\s*[-–—]\s*([01]?\d|2[0-3])[:.]([0-5]\d)\b/;

/** Years 1990–2049 mentioned in the text, in order, without duplicates; not a statute's number ("lagen (1996:1157)"). */
export function findYears(text: string): number[] {
  const years: number[] = [];
  for (const match of text.matchAll(/(?<![\d/-])(19[9]\d|20[0-4]\d)(?![\d/]|:\d)/g)) {
    const year = Number(match[1]);
    if (!years.includes(year)) years.push(year);
  }
  return years;
}

/** Year ranges "2016 - 2018", "2018–2020", "2019-2021 + 2022" expanded to every year. */
export function expandYearRanges(text: string): number[] {
  const years = new Set<number>();
  for (const match of text.matchAll(/(?<!\d)(20[0-4]\d|199\d)\s*[-–]\s*(20[0-4]\d)(?!\d)/g)) {
    const from = Number(match[1]);
    const to = Number(match[2]);
    if (to >= from && to - from <= 12) for (let y = from; y <= to; y++) years.add(y);
  }
  for (const year of findYears(text.replace(/(?<!\d)(20[0-4]\d|199\d)\s*[-–]\s*(20[0-4]\d)(?!\d)/g, ' '))) years.add(year);
  return [...years].sort((a, b) => a - b);
}

/** A capitalised given name or surname, including "Karl-Johan", "Fållbäck-Svensson", "Wikén". */
export const NAME_TOKEN = /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*$/u;

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Lower-cased, whitespace-collapsed text for loose comparisons. */
export function looseText(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The kinds of organ a body's name ends in ("Besöksnäringsrådet", "tjänstemannaberedning", "Destinationsforum"). */
export const ORGAN_NOUN = String.raw`(?:råd|grupp|nämnd|styrelse|forum|nätverk|beredning|utskott|kommitté)`;
/** The endings such a word takes ("-rådet", "-gruppens", "-grupperna"). */
export const ORGAN_ENDING = String.raw`(?:et|en|n|s|ens|ets|erna|arna)?`;
/** A word naming a kind of body, in any form ("arbetsmiljörådet", "Rektorsnätverket", "gruppens"). */
export const ORGAN_WORD = new RegExp(String.raw`${ORGAN_NOUN}${ORGAN_ENDING}$`, 'iu');

/**
 * "Vattenrådet Jämtland Härjedalen", "REGIONALA TRANSPORTRÅDET", "Styrgruppen för jämställdhet": a line naming a body,
 * opening with its name, not a sentence or a person's title ("Infrastrukturstrateg, sekreterare i Regionala …").
 */
const ORGAN_LINE = new RegExp(String.raw`^(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}?[\p{L}-]*${ORGAN_NOUN}(?:et|en|n)?(?![\p{L}])[^.:,;]{0,60}$`, 'u');

/** A line that goes on as a sentence ("Tjänstepersonsgrupp som bereder ärenden till …") describes a body, it does not name one. */
const SENTENCE_WORD = /\s(?:som|är|var|har|hade|ska|kan|bereder|ansvarar)\s/;

export function isOrganLine(line: string): boolean {
  const written = line.toUpperCase() === line ? sentenceCase(line) : line;
  // ("Rådet för kulturella och kreativa näringar (KKN-rådet)": the body's noun itself opens the name.)
  const nounFirst = written.charAt(0).toLowerCase() + written.slice(1);
  return (ORGAN_LINE.test(written) || ORGAN_LINE.test(nounFirst)) && !SENTENCE_WORD.test(` ${line} `);
}

/**
 * The body named on lines[i], with the line its name goes on to: "Styrgruppen för jämställdhet" / "och våldsprevention"
 * goes on, "Regionala integrationsrådet" / "i Jämtlands län" only places it. Capitals are written as a name.
 */
export function organNameAt(lines: readonly string[], i: number): string {
  const line = lines[i].trim();
  const next = (lines[i + 1] ?? '').trim();
  const goesOn = (UNFINISHED_TITLE.test(line) || /^(?:och|samt)\s/.test(next)) && next.length < 60;
  const name = goesOn ? `${line} ${next}` : line;
  return name.toUpperCase() === name ? sentenceCase(name) : name;
}

/** "SAMRÅDS-" / "REDOGÖRELSE", "NÄRINGSLIVS-" / "RÅDETS": lines of capitals joined, a word broken at a hyphen made whole. */
export function joinWrappedCapitals(lines: readonly string[]): string {
  return lines.join(' ').replace(/(\p{Lu})- (\p{Lu})/gu, '$1$2');
}

/** "REGIONALA TRANSPORTRÅDET" → "Regionala transportrådet". */
export function sentenceCase(text: string): string {
  return text.charAt(0) + text.slice(1).toLowerCase();
}

/** A title line that stops after a word no title ends with ("… Östersunds kommun och", "… samordning inom"): it goes on. */
/** A chapter of a document's terms and their meanings: "3. Begrepp", "3 DEFINITIONER", "Begrepp och definitioner". */
export const GLOSSARY_CHAPTER = /^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:begrepp|definitioner|ordlista|ordförklaringar|begreppsförklaringar|definitions|glossary)(?:\s+och\s+\p{L}+)?\s*$/iu;

export const UNFINISHED_TITLE = /(?:\s(?:och|för|i|av|om|med|till|samt|mellan|inom|på)|[,–-])$/;

/** "P A U S": a word the dump spaced letter by letter inside an otherwise plain line, joined again ("PAUS"). */
export function joinSpacedLetters(text: string): string {
  return text.replace(/(?<![\p{L}])\p{L}(?: \p{L}){2,}(?![\p{L}])/gu, (spaced) => spaced.replace(/ /g, ''));
}
