/**
 * Splits a passage into answer units: sentences and list items, each with the source lines it
 * covers. Answers quote units, never whole pages.
 */
import type { Passage } from '../knowledge/index.js';
import { decisionBodiesIn } from './features.js';
import { COUNTY_MUNICIPALITIES } from './lexicon.js';
import { contentTokens, normalizeSpaces } from './text.js';

export interface Unit {
  passageId: string;
  /** Position in the passage's unit list. */
  index: number;
  text: string;
  tokens: string[];
  /** 1-based source lines. */
  lines: [number, number];
  listItem: boolean;
  /** The item's number, when the list is numbered ("1. Planberedskap och mark"). */
  itemNumber?: number;
  /** Ends with ":" — a lead-in to the list that follows. */
  leadIn: boolean;
  /** A short line without a verb-like ending, probably a heading inside the passage. */
  headingLike: boolean;
  /** Part of a table with a row per municipality: the whole table, or one row under its column headings. */
  countyTable?: 'whole' | 'row';
  /** One row of a table read under its column headings (a county table's, an indicator table's, a numbered table's). */
  tableRow?: boolean;
}

const BULLET = /^\s*(?:[•▪●◦■□☐\uF0B7\uF0A7\uF0E0–—\-*]|\d{1,2}[.)])\s+/;
// Abbreviations whose point does not end a sentence.
// (A list's closing "etc.", "osv.", "m.fl." before a capital does end one: "… deadlines, etc. KTH bedömer …".)
const NON_FINAL = /\b(?:bl\.\s?a|t\.\s?ex|s\.\s?k|ca|kl|nr|resp|inkl|exkl|tex|dvs|p\.\s?g\.\s?a|jmf|fr\.\s?o\.\s?m|t\.\s?o\.\s?m|st|tf|fd|ev)\.$/i;

/**
 * Logical blocks: the knowledge base joins wrapped lines into paragraphs and separates paragraphs
 * and list items with "\n". Source lines are spread over the blocks by character position, which
 * is exact for one-line paragraphs and close otherwise.
 */
function blocksOf(passage: Passage): Array<{ text: string; from: number; to: number; listItem: boolean; itemNumber?: number }> {
  const paragraphs = passage.text.split('\n');
  const [first, last] = passage.source.lines;
  const span = last - first;
  const totalChars = Math.max(1, passage.text.length);
  const blocks: Array<{ text: string; from: number; to: number; listItem: boolean; itemNumber?: number }> = [];
  let offset = 0;
  for (const paragraph of paragraphs) {
    const startChar = offset;
    offset += paragraph.length + 1;
    const text = normalizeSpaces(paragraph);
    if (!text || PAGE_METADATA.test(text)) continue;
    const from = first + Math.floor((startChar / totalChars) * span);
    const to = Math.max(from, first + Math.ceil((Math.min(offset - 1, totalChars) / totalChars) * span));
    // "1. Kompetensutveckling" opening the passage it heads is its heading, not a list's first item.
    const listItem = BULLET.test(paragraph) && !(blocks.length === 0 && text === passage.source.section.at(-1));
    const previous = blocks[blocks.length - 1];
    // A paragraph break inside a sentence (a page break or a pull quote in the PDF) is not a block break.
    if (previous && !listItem && !previous.listItem && continuesSentence(previous.text, text)) {
      previous.text = `${previous.text} ${text}`;
      previous.to = Math.min(to, last);
      continue;
    }
    const itemNumber = listItem ? Number(/^\s*(\d{1,2})[.)]\s/.exec(paragraph)?.[1] ?? Number.NaN) : Number.NaN;
    blocks.push({ text: listItem ? normalizeSpaces(paragraph.replace(BULLET, '')) : text, from, to: Math.min(to, last), listItem, ...(Number.isNaN(itemNumber) ? {} : { itemNumber }) });
  }
  return blocks;
}

/** A saved web page's own header ("Källa: https://…", "Titel: Möte …"): where it came from, not what it says. */
const PAGE_METADATA = /^(?:Källa:\s*https?:\/\/\S+|Titel:\s)/;

const DANGLING = /(?:^|\s)(och|i|av|för|med|till|som|att|samt|eller|en|ett|den|det|de|på|om|från|mellan|inom|under|vid|är|har|the|of|and|to|in)$|,$/i;

function continuesSentence(previous: string, next: string): boolean {
  if (/[.!?:;]["”)]?$/.test(previous)) return false;
  // The region's name wrapped over two lines ("ska Region Jämtland" / "Härjedalen utveckla …").
  if (/\bJämtland$/.test(previous) && /^Härjedalen\b/.test(next)) return true;
  return DANGLING.test(previous) || /^\p{Ll}/u.test(next);
}

/** Sentences of a block; list items stay whole unless they are long. */
export function sentencesOf(text: string): string[] {
  const parts: string[] = [];
  let start = 0;
  const re = /[.!?](?=["”»]?\s+["”«(]?[A-ZÅÄÖ0-9])/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const candidate = text.slice(start, m.index + 1);
    if (NON_FINAL.test(candidate) || /\b\d{1,3}\.$/.test(candidate) && /^\s+\d/.test(text.slice(m.index + 1))) continue;
    if (candidate.trim().length < 12) continue;
    parts.push(candidate.trim());
    start = m.index + 1;
  }
  const tail = text.slice(start).trim();
  if (tail) parts.push(tail);
  return parts;
}

// "Krokom 200", "Krokoms kommun 15 420 …": a row starts with the municipality's name, in the genitive before "kommun".
const ROW_NAMES = [...COUNTY_MUNICIPALITIES, 'Summa', 'Totalt', 'Länet', 'Riket'].join('|');
const COUNTY_ROW_KEY = new RegExp(`(?<![\\p{L}])(?:${ROW_NAMES})(?:s(?=\\s+kommun))?(?![\\p{L}])`, 'gu');
// The first column's heading: the municipality, or the party paying ("Part"), the member, the clinic …
const TABLE_HEAD = /(?<![\p{L}])(?:Kommun|Part|Medlem|Mottagning|Huvudman)\s+(?=\S)/u;
const ROW_AFTER_HEADINGS = ' — ';
// A row as countyTableRows writes it: its caption and column headings, then the row of a municipality or the sums.
const COUNTY_ROW_TEXT = new RegExp(`^.{0,400}?${ROW_AFTER_HEADINGS}(?:${ROW_NAMES})\\S*\\s.*\\d`, 'su');

/** Whether a unit's text is one row of a county table under its column headings, as splitUnits writes it. */
export function isCountyTableRow(text: string): boolean {
  return COUNTY_ROW_TEXT.test(text);
}

// A row as yearColumnTableRows writes it: the headings end with the last year, then the row's name and figures.
const YEAR_ROW_TEXT = new RegExp(`^.{0,400}?(?:19|20)\\d{2}${ROW_AFTER_HEADINGS}\\p{Lu}.*\\d`, 'su');

/** Whether a unit's text is one row of a table of figures per year under its headings, as splitUnits writes it. */
export function isYearTableRow(text: string): boolean {
  return YEAR_ROW_TEXT.test(text);
}

/**
 * A table with one row per municipality that the PDF dump flattened into one paragraph ("Kommun Folkmängd … Per år
 * Berg 6 912 5,2 32 64 Bräcke …"): each row becomes a unit of its own, after the column headings it is read under
 * ("Kommun Folkmängd … Per år — Strömsund 11 297 8,5 53 106"), so a question about one municipality finds its row.
 */
function countyTableRows(text: string, captionBefore?: string): { head: string; rows: Array<{ text: string; start: number; end: number }>; start: number; end: number } | undefined {
  const head = TABLE_HEAD.exec(text);
  // A table continued on the next page repeats only part of its headings ("Rörlig del Summa per år Strömsunds kommun …").
  const from = head?.index ?? 0;
  const keys = [...text.slice(from).matchAll(COUNTY_ROW_KEY)].map((m) => ({ key: m[0], at: from + m.index }));
  if (new Set(keys.map((k) => k.key)).size < 4) return undefined;
  const rows: Array<{ text: string; start: number; end: number }> = [];
  keys.forEach(({ at }, i) => {
    const next = keys[i + 1]?.at;
    // The last row's cells are its numbers and short words; prose after the table is not part of it.
    const cells = (next === undefined ? /^\S+(?:\s+kommun\p{Ll}*)?(?:\s+(?:\d[\d\s,.%]*|Ja|Nej|[-–])(?=\s|$))*/u.exec(text.slice(at))?.[0] ?? '' : text.slice(at, next)).trim();
    // A column heading that is also a row's name ("Summa per år") has no figures: it is not a row.
    if (/\d|Ja|Nej/.test(cells.slice(cells.indexOf(' ') + 1))) rows.push({ text: cells, start: at, end: at + cells.length });
  });
  if (rows.length < 4) return undefined;
  const columns = text.slice(from, rows[0].start).trim();
  if (!head && (columns.length > 120 || /[.!?]/.test(columns))) return undefined;
  // The table's caption ("Tabell 1. Andel hushåll …, oktober 2024") says what and when its figures are.
  const caption = /(?:Tabell|Bilaga)\s+\d+\.?\s[^]*$/u.exec(text.slice(Math.max(0, from - 200), from))?.[0].trim() ?? captionBefore;
  return { head: [caption, columns].filter(Boolean).join(' '), rows, start: from, end: rows[rows.length - 1].end };
}

/** "Nr Åtgärd Ansvarig Klart senast 1.1 …": the column headings of a table of numbered rows, up to its first row. */
// (Column headings may carry years: "Nr Indikator Enhet Basår Basvärde Mål 2027 Mål 2030 Källa".)
const NUMBERED_HEAD = /(?<![\p{L}\d])(?:Nr|Nummer)\s+((?:(?:[\p{L}/()–-]+|(?:19|20)\d{2})\s+){1,12}?)(?=\d{1,2}(?:\.\d{1,2})?\s+\p{L})/gu;
const HAS_NUMBERED_HEAD = new RegExp(NUMBERED_HEAD.source, 'u');
const ROW_NUMBER = /(?<![\p{L}\d.,:/–-])(\d{1,2})(?:\.(\d{1,2}))?\s+(?=\p{L})/gu;
/** The last row of a table runs at most this far: prose after the table is not part of it. */
const LAST_ROW = 220;

/** Whether `next` numbers the row after `previous` ("1.3" → "1.4" or "2.1"; "4" → "5"). */
function followsRow(previous: [number, number | undefined], next: [number, number | undefined]): boolean {
  if ((previous[1] === undefined) !== (next[1] === undefined)) return false;
  if (previous[1] === undefined) return next[0] === previous[0] + 1;
  return (next[0] === previous[0] && next[1] === previous[1]! + 1) || (next[0] === previous[0] + 1 && next[1] === 1);
}

/**
 * A table of numbered rows that the PDF dump flattened into one paragraph ("Nr Åtgärd Ansvarig Klart senast 1.1 Pendlarkort …
 * Länstrafiken 2031-08-17 1.2 …"): each row becomes a unit under its column headings ("Nr Åtgärd Ansvarig Klart senast — 1.2
 * Kampanjen … Regionala kollektivtrafikmyndigheten, kommunerna 2032-03-31"), so a question about one action finds
 * who is responsible and by when in one place. The rows run in order; a number inside a cell that does not follow
 * the last row starts none.
 */
function numberedTableRows(text: string): { rows: Array<{ text: string; start: number; end: number }>; start: number; end: number } | undefined {
  const heads = [...text.matchAll(NUMBERED_HEAD)];
  if (heads.length === 0) return undefined;
  const rows: Array<{ text: string; start: number; end: number }> = [];
  heads.forEach((head, h) => {
    const columns = `${text.slice(head.index, head.index + head[0].length).trim()}${ROW_AFTER_HEADINGS}`;
    const limit = heads[h + 1]?.index ?? text.length;
    const starts: number[] = [];
    let previous: [number, number | undefined] | undefined;
    ROW_NUMBER.lastIndex = head.index + head[0].length;
    for (let m = ROW_NUMBER.exec(text); m && m.index < limit; m = ROW_NUMBER.exec(text)) {
      const number: [number, number | undefined] = [Number(m[1]), m[2] === undefined ? undefined : Number(m[2])];
      if (previous && !followsRow(previous, number)) continue;
      if (!previous && m.index !== head.index + head[0].length) break;
      starts.push(m.index);
      previous = number;
    }
    starts.forEach((at, i) => {
      const end = starts[i + 1] ?? Math.min(limit, at + LAST_ROW);
      rows.push({ text: `${columns}${text.slice(at, end).trim()}`, start: at, end });
    });
  });
  if (rows.length < 2) return undefined;
  return { rows, start: heads[0].index, end: rows[rows.length - 1].end };
}

/** "Familjecentral 2020 2021 2022 2023": the first column's heading, then a year per column, one after another. */
const YEAR_COLUMNS_HEAD = /(?<![\p{L}\d])(\p{Lu}[\p{L}-]{2,30})\s+((?:19|20)\d{2})((?:\s+(?:19|20)\d{2}){1,9})\s+(?=\p{Lu})/gu;
/** A cell of a year column: a figure ("6 214", "42,5", "12 %") or a dash for none. */
const YEAR_CELL = /^(?:\d[\d,.]*%?|%|[–-])$/;

/**
 * A table of figures per year whose rows the dump ran into one paragraph ("Familjecentral 2020 2021 2022 2023 Odensala
 * (Östersund) 6 214 7 105 9 842 10 317 Lugnvik …"): each row becomes a unit under the headings ("Familjecentral 2020 2021
 * 2022 2023 — Odensala (Östersund) 6 214 7 105 9 842 10 317"), so a question about one row's year finds its figures.
 * A row is its name in words, then at least as many figures as there are years.
 */
function yearColumnTableRows(text: string): { head: string; rows: Array<{ text: string; start: number; end: number }>; start: number; end: number } | undefined {
  for (const head of text.matchAll(YEAR_COLUMNS_HEAD)) {
    const years = [head[2], ...head[3].trim().split(/\s+/)].map(Number);
    if (!years.every((year, k) => k === 0 || year === years[k - 1] + 1)) continue;
    const tokens = [...text.slice(head.index + head[0].length).matchAll(/\S+/g)].map((m) => ({ text: m[0], at: head.index + head[0].length + m.index }));
    const rows: Array<{ text: string; start: number; end: number }> = [];
    let k = 0;
    while (k < tokens.length) {
      const start = k;
      while (k < tokens.length && !YEAR_CELL.test(tokens[k].text) && k - start < 6) k++;
      const cellsFrom = k;
      while (k < tokens.length && YEAR_CELL.test(tokens[k].text)) k++;
      // (A figure written with spaces, "6 214", takes two tokens: a row has at least one per year.)
      if (cellsFrom === start || k - cellsFrom < years.length || !/^\p{Lu}/u.test(tokens[start].text)) break;
      const end = tokens[k - 1].at + tokens[k - 1].text.length;
      rows.push({ text: text.slice(tokens[start].at, end), start: tokens[start].at, end });
    }
    if (rows.length < 2) continue;
    // The table's caption ("Tabell 1. Antal besök i öppen förskola per familjecentral 2020–2023") says what its figures count.
    const caption = /(?:Tabell|Bilaga)\s+\d+\.?\s[^]*$/u.exec(text.slice(Math.max(0, head.index - 200), head.index))?.[0].trim();
    const columns = text.slice(head.index, head.index + head[0].length).trim();
    return { head: [caption, columns].filter(Boolean).join(' '), rows, start: head.index, end: rows[rows.length - 1].end };
  }
  return undefined;
}

/**
 * A numbered table's rows that the dump split over paragraphs ("… 2.1 Erbjuda … i vuxenpsykiatrin" / "Område psykiatri
 * 2031-12-31 2.2 Starta …"): the paragraphs after its column headings are one block up to a sentence's end.
 */
function joinTableBlocks<B extends { text: string; to: number; listItem: boolean }>(blocks: B[]): B[] {
  const out: B[] = [];
  let inTable = false;
  for (const block of blocks) {
    const previous = out[out.length - 1];
    // "… 2030-11-19 Mål 5." ends with the number of what comes next, not a sentence.
    if (inTable && previous && !block.listItem && !/(?<![\s.]\d{1,2})[.!?]$/.test(previous.text)) {
      out[out.length - 1] = { ...previous, text: `${previous.text} ${block.text}`, to: block.to };
    } else {
      out.push(block);
    }
    inTable = !block.listItem && (inTable || HAS_NUMBERED_HEAD.test(block.text));
  }
  return out;
}

const TABLE_CAPTION = /^(?:Tabell|Bilaga)\s+\d+/;

/** "Lena Hallgren-Ödman (S)": a member named with their party, as attendance lists name them. */
const MEMBER_WITH_PARTY = /(?<![\p{L}-])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2}\s+\(\p{Lu}{1,3}\)/gu;

/**
 * "Beslutande Lena Hallgren-Ödman (S), ordförande, Region … Per-Olof Strand (C), vice ordförande, Krokoms kommun …":
 * the knowledge base joins a minutes' attendance lines into one paragraph; each member's entry is a unit of its own,
 * so a role and a municipality in two members' entries are not read as one fact. Undefined unless every entry is short.
 */
function attendanceEntries(text: string): Array<{ text: string; start: number; end: number }> | undefined {
  // "tjänstgörande ersättare för Jakob Lundström (M)" is inside the substitute's entry.
  const starts = [...text.matchAll(MEMBER_WITH_PARTY)].map((m) => m.index!).filter((at) => !/(?:för|for)\s+$/u.test(text.slice(Math.max(0, at - 5), at)));
  if (starts.length < 3) return undefined;
  const first = /^[\p{L} ]{0,30}$/u.test(text.slice(0, starts[0])) ? 0 : starts[0];
  const bounds = [first, ...starts.slice(1), text.length];
  const entries = bounds.slice(0, -1).map((start, i) => ({ text: text.slice(start, bounds[i + 1]).trim(), start, end: bounds[i + 1] }));
  if (entries.some((e) => e.text.length > 160 || /[.!?]\s+\p{Lu}/u.test(e.text))) return undefined;
  return first === 0 ? entries : [{ text: text.slice(0, first).trim(), start: 0, end: first }, ...entries];
}

/**
 * "Indikator 2019 2021 2022 2023 Målvärde": the column headings of a table of indicators, a value per year or a baseline
 * and a target, up to its first row.
 */
/** The column headings saying where an indicator starts and what it aims at. */
const BASE_AND_TARGET = String.raw`[Uu]tgångsvärde|[Uu]tgångsläge|[Bb]asvärde|[Nn]uläge|[Mm]ålvärde`;
const INDICATOR_HEAD = new RegExp(String.raw`^(?:Indikator|Indikatorer|Nyckeltal|Mått|Mätetal)(?:\s+(?:(?:19|20)\d{2}|\((?:år|\d{4})\)|${BASE_AND_TARGET}|[Mm]ål-\s?värde|[Dd]elmål|[Mm]ål|[Uu]tfall|[Rr]esultat|Länet|Riket|Kommunen|[Ll]okalt|Källa|Ansvarig|Kommentar|Trend))+(?![–-]\d)`, 'u');
/** A row starts with a capitalised word right after the previous row's last cell (a figure, "%", "(2027)", "–"). */
const INDICATOR_ROW_START = /(?<=(?:\d|%|\)|–)\s+)(?=\p{Lu}\p{Ll})/gu;
/**
 * "Tabell 1. Mål 1 Fler unga fullföljer gymnasieutbildningen", "Nyckeltal 2021–2023" right before the headings: the
 * table's caption.
 */
const CAPTION_OVER_INDICATOR_HEAD = new RegExp(String.raw`^(?:Tabell\s+\d+[.:]?\s[^.!?]{0,150}?|\p{Lu}[^.!?]{0,60}?)\s(?=(?:Indikator|Indikatorer|Nyckeltal|Mått|Mätetal)\s+(?:(?:19|20)\d{2}|${BASE_AND_TARGET}|Enhet|Basår)(?![\p{L}\d]))`, 'u');
/**
 * "1.1 Andel elever …", "B2 Antal kommuner …": rows labelled with their indicator's number start there, not at each
 * capitalised word; the number of the goal may stand in a column before it ("1 1.2 Antal årsverken …").
 */
// ("2a Andel SFI-elever …", "2b Medianstudietid …": a number and a letter label a row too.)
const NUMBERED_ROW_LABEL = /(?<=^|\s)(?:(?:\d{1,2}\s+)?\d{1,2}\.\d{1,2}|[A-ZÅÄÖ]\d{1,2}[a-z]?|\d{1,2}[a-h])\s+(?=\p{Lu})/gu;
const INDICATOR_CELL = /(?<![\p{L}\d])\d+(?:,\d+)?\s*%?(?![\p{L}\d])/gu;

/**
 * A table of indicators that the PDF dump flattened into one paragraph ("Indikator 2019 2021 2022 2023 Målvärde Antal
 * påstigande buss (miljoner) 3,42 2,61 … Andel tillgänglighetsanpassade hållplatser – 38 % 44 % 51 % 70 % (2027) …"):
 * each row becomes a unit under the column headings, so an indicator's value for a year and its target are read in one
 * place and dated by the headings. The headings may be the paragraph before (`headBefore`).
 */
function indicatorTableRows(text: string, headBefore: string | undefined): { head: string; rows: Array<{ text: string; start: number; end: number }>; start: number } | undefined {
  const caption = INDICATOR_HEAD.test(text) ? '' : (CAPTION_OVER_INDICATOR_HEAD.exec(text)?.[0] ?? '');
  const own = INDICATOR_HEAD.exec(text.slice(caption.length));
  const before = own || headBefore === undefined ? undefined : INDICATOR_HEAD.exec(headBefore);
  const head = own ? caption + own[0] : before && before[0].length === headBefore!.trim().length ? before[0] : undefined;
  if (!head) return undefined;
  const start = own ? head.length : 0;
  const body = text.slice(start);
  const numbered = [...body.matchAll(NUMBERED_ROW_LABEL)].map((m) => m.index!);
  const starts =
    numbered.length >= 3 && body.slice(0, numbered[0]).trim() === ''
      ? numbered
      : [0, ...[...body.matchAll(INDICATOR_ROW_START)].map((m) => m.index!)].filter((at, i, all) => i === 0 || at > all[i - 1]);
  const rows = starts.map((at, i) => {
    const raw = body.slice(at, starts[i + 1] ?? Math.min(body.length, at + 220));
    // Prose after the last row ("… 70 % (2027) Källa: …" or a new sentence) is not part of it.
    const cut = i === starts.length - 1 ? raw.search(/[.!?]\s+\p{Lu}|\s(?:Källa|Kommentar):/u) : -1;
    const cells = (cut >= 0 ? raw.slice(0, cut + 1) : raw).trim();
    return { text: cells, start: start + at, end: start + at + cells.length };
  });
  // "… under 1 800 Målen följs upp årligen …": a sentence after the last row, opening with a capital, is prose, not a row.
  while (rows.length > 0 && (rows[rows.length - 1].text.match(INDICATOR_CELL) ?? []).length < 2 && /[.!?]$/.test(rows[rows.length - 1].text)) rows.pop();
  if (rows.length < 3 || rows.some((r) => r.text.length > 220 || (r.text.match(INDICATOR_CELL) ?? []).length < 2)) return undefined;
  return { head: head.trim(), rows, start };
}

/** A paragraph that is only an indicator table's headings, after its caption ("Tabell. Indikatorer … Indikator Utgångsvärde 2023 Mål 2027"). */
function indicatorHeadOfBlock(text: string): string | undefined {
  const at = text.search(/(?<![\p{L}])(?:Indikator|Indikatorer|Nyckeltal|Mått|Mätetal)\s+\S/u);
  if (at < 0) return undefined;
  const head = INDICATOR_HEAD.exec(text.slice(at));
  return head && head[0].length === text.slice(at).trim().length && /(?:19|20)\d{2}/.test(head[0]) ? head[0] : undefined;
}

/** "… följande mål för år 2026: Indikator Utgångsläge Mål 2026": an indicator table's headings after a lead-in's colon. */
const INNER_INDICATOR_HEAD = new RegExp(String.raw`:\s+(?=Indikator\s+(?:(?:19|20)\d{2}|${BASE_AND_TARGET})(?![\p{L}\d]))`, 'u');

/**
 * "09:45 6 Klimatklivet …": a row of an agenda table, its time cell then its item's number (or a break's name, its
 * time a range: "10:35–10:50 Paus med fika").
 */
const AGENDA_ROW_START = /(?<![\d:.–-])\d{1,2}[:.]\d{2}(?:\s*[–-]\s*\d{1,2}[:.]\d{2})?\s+(?=\d{1,2}\s+\p{Lu}|\p{Lu})/gu;

/**
 * An agenda table the dump flattened one cell per line, joined into one paragraph ("Tid Punkt Ärende Föredragande 09:00
 * 1 Mötets öppnande Annika Strömgren, … 09:05 2 Val av justerare Ordföranden …"): each row is a unit of its own, so
 * one item's title and presenter are not read with every other item's words.
 */
function agendaTableRows(text: string): Array<{ text: string; start: number; end: number }> | undefined {
  const starts = [...text.matchAll(AGENDA_ROW_START)].map((m) => m.index!);
  const numbered = [...text.matchAll(/(?<![\d:.])\d{1,2}[:.]\d{2}\s+(\d{1,2})\s+\p{Lu}/gu)];
  // The time opens each row, item 1's too: in a table whose time closes the row ("1 Sammanträdets öppnande
  // Ordföranden 08:30 2 Val av …") a time before a number is the previous row's.
  if (numbered.length < 3 || numbered[0][1] !== '1') return numberFirstRows(text);
  return rowsFrom(text, starts);
}

/** The rows of a table run into one paragraph, each from its start to the next (the text before the first is a row too). */
function rowsFrom(text: string, starts: number[]): Array<{ text: string; start: number; end: number }> {
  const bounds = [0, ...starts.filter((at) => at > 0), text.length];
  return bounds.slice(0, -1).map((start, i) => ({ text: text.slice(start, bounds[i + 1]).trim(), start, end: bounds[i + 1] })).filter((row) => row.text.length > 0);
}

/** "8 13.15 Regionalt miljömålsprogram …": a row opening with the item's number, then its time. */
const NUMBER_TIME_ROW_START = /(?<![\d:.\/–-])(\d{1,2})\s+\d{1,2}[:.]\d{2}\s+(?=\p{Lu})/gu;

/**
 * A "Nr / Tid / Ärende" table run into one paragraph ("… Dnr 8 13.15 Regionalt miljömålsprogram … 9 13.50 Vattenrådet
 * för …"): a row starts at each number followed by a time, the numbers rising.
 */
function numberFirstRows(text: string): Array<{ text: string; start: number; end: number }> | undefined {
  const starts: number[] = [];
  let last = 0;
  for (const m of text.matchAll(NUMBER_TIME_ROW_START)) {
    const number = Number(m[1]);
    if (number <= last) continue;
    starts.push(m.index!);
    last = number;
  }
  return starts.length < 3 ? undefined : rowsFrom(text, starts);
}

function piecesOf(
  block: { text: string; listItem: boolean; endsList?: boolean },
  previous: string | undefined,
  tables: { lastHead?: string; indicatorHead?: string },
): Array<{ text: string; start: number; end: number; countyTable?: 'whole' | 'row'; tableRow?: boolean }> {
  const sentencePieces = (text: string, base: number) => {
    const pieces: Array<{ text: string; start: number; end: number }> = [];
    let offset = 0;
    // A list item stays one unit unless it is long: its sentences belong together.
    for (const sentence of block.listItem && text.length <= 320 && !block.endsList ? [text] : sentencesOf(text)) {
      const at = Math.max(offset, text.indexOf(sentence, offset));
      pieces.push({ text: sentence, start: base + at, end: base + at + sentence.length });
      offset = at + sentence.length;
    }
    return pieces;
  };
  // "Indikator Utgångsvärde 2023 Delmål 2025 Mål 2027" over numbered rows that each stand as a list item ("2. Vårddygn …
  // 1 438 1 000 700"): each row is read under the headings, which say what year each figure is for.
  if (!block.listItem) tables.indicatorHead = indicatorHeadOfBlock(block.text);
  else if (tables.indicatorHead && (block.text.match(INDICATOR_CELL) ?? []).length >= 2 && block.text.length <= 220) {
    return [{ text: `${tables.indicatorHead}${ROW_AFTER_HEADINGS}${block.text}`, start: 0, end: block.text.length, tableRow: true }];
  }
  const attendance = block.listItem ? undefined : attendanceEntries(block.text);
  if (attendance) return attendance;
  const agendaRows = block.listItem ? undefined : agendaTableRows(block.text);
  if (agendaRows) return agendaRows;
  // "… gäller följande mål för år 2026: Indikator Utgångsläge Mål 2026 Andel …": the table may open after the sentence
  // announcing it, in the same paragraph.
  const innerHead = block.listItem ? -1 : block.text.search(INNER_INDICATOR_HEAD);
  const tableAt = innerHead > 0 ? block.text.indexOf('Indikator', innerHead) : 0;
  const indicators = block.listItem ? undefined : indicatorTableRows(block.text.slice(tableAt), tableAt > 0 ? undefined : previous);
  if (indicators) {
    const last = indicators.rows[indicators.rows.length - 1];
    return [
      ...sentencePieces(block.text.slice(0, tableAt), 0),
      ...(indicators.start > 0 ? [{ text: indicators.head, start: tableAt, end: tableAt + indicators.start }] : []),
      ...indicators.rows.map((row) => ({ text: `${indicators.head}${ROW_AFTER_HEADINGS}${row.text}`, start: tableAt + row.start, end: tableAt + row.end, tableRow: true })),
      ...sentencePieces(block.text.slice(tableAt + last.end), tableAt + last.end),
    ].filter((piece) => piece.text.trim().length > 0);
  }
  // A caption on its own line above the table ("Tabell 2. Kommunernas andel …") heads it too.
  const table = block.listItem ? undefined : countyTableRows(block.text, previous !== undefined && TABLE_CAPTION.test(previous) && previous.length <= 200 ? previous : undefined);
  const numbered = table || block.listItem ? undefined : numberedTableRows(block.text);
  if (numbered) {
    return [
      ...sentencePieces(block.text.slice(0, numbered.start), 0),
      ...numbered.rows.map((row) => ({ ...row, tableRow: true })),
      ...sentencePieces(block.text.slice(numbered.end), numbered.end),
    ].filter((piece) => piece.text.trim().length > 0);
  }
  const yearTable = table || numbered || block.listItem ? undefined : yearColumnTableRows(block.text);
  if (yearTable) {
    return [
      ...sentencePieces(block.text.slice(0, yearTable.start), 0),
      ...yearTable.rows.map((row) => ({ text: `${yearTable.head}${ROW_AFTER_HEADINGS}${row.text}`, start: row.start, end: row.end, tableRow: true })),
      ...sentencePieces(block.text.slice(yearTable.end), yearTable.end),
    ].filter((piece) => piece.text.trim().length > 0);
  }
  if (!table) return sentencePieces(block.text, 0);
  // A table continued after a page break without its headings is read under the headings of its first page.
  if (!TABLE_HEAD.test(table.head) && tables.lastHead) table.head = tables.lastHead;
  tables.lastHead = table.head || tables.lastHead;
  return [
    ...sentencePieces(block.text.slice(0, table.start), 0),
    // The whole table too, under its caption: "which municipality had the lowest share" compares the rows.
    { text: `${table.head} ${block.text.slice(table.rows[0].start, table.end)}`, start: table.start, end: table.end, countyTable: 'whole' as const },
    ...table.rows.map((row) => ({ text: `${table.head}${ROW_AFTER_HEADINGS}${row.text}`, start: row.start, end: row.end, countyTable: 'row' as const, tableRow: true })),
    ...sentencePieces(block.text.slice(table.end), table.end),
  ].filter((piece) => piece.text.trim().length > 0);
}

export function splitUnits(passage: Passage): Unit[] {
  const units: Unit[] = [];
  let previous: string | undefined;
  let beforePrevious: string | undefined;
  const tables: { lastHead?: string; indicatorHead?: string } = {};
  const blocks = joinTableBlocks(blocksOf(passage));
  blocks.forEach((block, b) => {
    // "Tabell 1. … Kommun Allmänna vattentäkter Med vattenskydds-område" / "Utan vattenskyddsområde" / "Berg 14 9 5 …":
    // the last column heading, wrapped onto a line of its own, still belongs to the caption above the rows.
    const wrappedHeading = beforePrevious !== undefined && TABLE_CAPTION.test(beforePrevious) && previous !== undefined && previous.length <= 60 && !/[.!?:]$/.test(previous);
    const endsList = block.listItem && !blocks[b + 1]?.listItem;
    const pieces = piecesOf({ ...block, endsList }, wrappedHeading ? `${beforePrevious} ${previous}` : previous, tables);
    beforePrevious = previous;
    previous = block.text;
    const span = block.to - block.from;
    // "• en kort analys av … effekt. Uppföljningen redovisas …": the dump ran the text after a list into its last item;
    // only the item's first sentence is the item.
    const runsOnAfterList = endsList && pieces.length > 1;
    pieces.forEach(({ text: sentence, start, end, countyTable, tableRow }, p) => {
      // Spread the block's lines over its units by character position.
      const startFrac = start / block.text.length;
      const endFrac = Math.min(1, (end + 1) / block.text.length);
      const from = block.from + Math.floor(startFrac * span);
      const to = Math.max(from, block.from + Math.ceil(endFrac * span));
      units.push({
        passageId: passage.id,
        index: units.length,
        text: sentence,
        tokens: [...new Set(contentTokens(sentence))],
        lines: [from, to],
        listItem: block.listItem && !(runsOnAfterList && p > 0),
        ...(block.itemNumber !== undefined ? { itemNumber: block.itemNumber } : {}),
        ...(countyTable ? { countyTable } : {}),
        ...(tableRow ? { tableRow } : {}),
        leadIn: /:\s*$/.test(sentence),
        // Short lines with a diary number or a date are table rows, not headings.
        headingLike:
          !countyTable && !block.listItem && sentence.length < 60 && !/[.!?:,;]$/.test(sentence) && pieces.length === 1 && !/\d{4}-\d{2}-\d{2}|[A-ZÅÄÖ]{2,4}\/\d/.test(sentence),
      });
    });
  });
  // "… två prioriterade områden;" over bullets: the dump's semicolon stands for the colon of a lead-in.
  units.forEach((unit, i) => {
    if (!unit.leadIn && /;\s*$/.test(unit.text) && units[i + 1]?.listItem) unit.leadIn = true;
  });
  return registerRows(joinItemFields(joinInlineEnumerations(units)));
}

/**
 * "… utifrån tre insatsområden – 1) Regional partner till Business Sweden. 2) Proaktiv sälj. 3) …": the items of an
 * enumeration numbered "1)", "2)" inside a paragraph belong to the sentence announcing them, not to sentences of their own.
 */
function joinInlineEnumerations(units: Unit[]): Unit[] {
  return joinWithPrevious(units, (previous, unit) => {
    const n = Number(/^(\d)\)\s/.exec(unit.text)?.[1] ?? 0);
    return n >= 2 && !unit.listItem && !previous.listItem && previous.text.includes(`${n - 1}) `) && previous.text.length + unit.text.length <= 400;
  });
}

/** The units with each one `joins` accepts appended to the one before it (which may already hold others), renumbered. */
function joinWithPrevious(units: Unit[], joins: (previous: Unit, unit: Unit) => boolean): Unit[] {
  const out: Unit[] = [];
  for (const unit of units) {
    const previous = out[out.length - 1];
    if (previous && joins(previous, unit)) {
      const text = `${previous.text} ${unit.text}`;
      out[out.length - 1] = { ...previous, text, tokens: [...new Set(contentTokens(text))], lines: [previous.lines[0], unit.lines[1]] };
    } else {
      out.push(unit);
    }
  }
  return out.length === units.length ? units : out.map((unit, index) => ({ ...unit, index }));
}

/** "Åtgärd 1.2 …", "Arbetspaket 3 …", "Aktivitet 2.1 …": a numbered item of a plan. */
const NUMBERED_ITEM = /^(?:Åtgärd|Aktivitet|Insats|Delmål|Mål|Arbetspaket|AP|Uppdrag|Milstolpe|Projekt)\s+\d{1,2}(?:\.\d{1,2})*\b/u;
/** "Ansvarig: …", "Klart senast: …": a field of the item above. */
const ITEM_FIELD = /^(?:Ansvarig|Ansvar|Huvudansvarig|Klart senast|Klart|Tidplan|Tid|Deadline|Kostnad|Budget|Finansiering|Indikator|Målvärde|Status|Genomförs av|Samverkansparter|Start|Period)\s*:\s*\S/u;
/** An item with its fields stays short enough to quote whole. */
const ITEM_WITH_FIELDS = 480;

/**
 * "Åtgärd 1.2 Etablera lokala innovationsslussar …" / "Ansvarig: Strömsunds kommun …" / "Klart senast: 2037-06-30.":
 * the fields under a numbered item are one unit with it, so who is responsible for it and by when stand together.
 */
function joinItemFields(units: Unit[]): Unit[] {
  return joinWithPrevious(units, (previous, unit) => NUMBERED_ITEM.test(previous.text) && ITEM_FIELD.test(unit.text) && previous.text.length + unit.text.length <= ITEM_WITH_FIELDS);
}

/** "RS/455/2016 2017-02-14": a register row's diary number and date (the date may run to a second day). */
const DNR_DATE = /(?<![\p{L}\d/])[A-ZÅÄÖ]{1,4}\/\d{1,5}\/\d{4}\s+\d{4}-\d{2}-\d{2}/u;
const REGISTER_HEAD = /^Dokument\s+Dnr\b/i;

/**
 * A register of adopted documents flattened one cell per line ("Hjälpmedelspolicy för …" / "RS/455/2016 2017-02-14" /
 * "Regionfullmäktige och länets kommuner"): the name, the diary number and date, and the body that adopted it are one
 * row, so "when was the hjälpmedelspolicy adopted, by whom" finds all three in one unit.
 */
function registerRows(units: Unit[]): Unit[] {
  if (units.filter((u) => DNR_DATE.test(u.text)).length < 3) return units;
  const out: Unit[] = [];
  for (let i = 0; i < units.length; i += 1) {
    const unit = units[i];
    if (!DNR_DATE.test(unit.text)) {
      out.push(unit);
      continue;
    }
    const parts = [unit];
    // The name stands before the number when the row's first cell is not on the number's line.
    const previous = out[out.length - 1];
    if (/^[A-ZÅÄÖ]{1,4}\//.test(unit.text) && previous && !DNR_DATE.test(previous.text) && !REGISTER_HEAD.test(previous.text) && previous.text.length <= 120) parts.unshift(out.pop()!);
    // The body that adopted it follows when the number's line ends with the date.
    const next = units[i + 1];
    if (/\d$/.test(unit.text.trim()) && next && !DNR_DATE.test(next.text) && next.text.length <= 120 && decisionBodiesIn(next.text).length > 0) {
      parts.push(next);
      i += 1;
    }
    if (parts.length === 1) {
      out.push(unit);
      continue;
    }
    const text = parts.map((p) => p.text).join(' ');
    out.push({ ...unit, text, tokens: [...new Set(contentTokens(text))], lines: [parts[0].lines[0], parts[parts.length - 1].lines[1]], listItem: false, leadIn: false, headingLike: false });
  }
  return out.map((unit, index) => (unit.index === index ? unit : { ...unit, index }));
}
