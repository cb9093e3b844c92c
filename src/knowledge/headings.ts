/**
 * Finds headings in cleaned text. PDF dumps lose all styling, so headings are recognised by
 * shape: markdown '#', ALL CAPS lines, numbered section titles ("4.2 …", "2. Nuläge"), the paragraphs of
 * minutes ("§ 14 …") with their parts, and short title lines that start after a finished paragraph and are
 * followed by body text.
 */
import type { CleanedText } from './clean.js';
import { GLOSSARY_CHAPTER, UNFINISHED_TITLE } from './patterns.js';

export interface Heading {
  /** 0-based line index. */
  line: number;
  /** 1 = part (ALL CAPS / '##'), 2 = unit or topic, 3 = generic sub-heading ("Exempel på resultat"). */
  level: 1 | 2 | 3;
  text: string;
}

/** A paragraph of minutes: "§ 14" alone (its title on the next lines) or "§ 14 Val av justerare". */
const MINUTES_PARAGRAPH = /^§\s*\d{1,3}[a-z]?(?:\s+\p{Lu}.{2,100})?$/u;
/** The parts every paragraph of minutes has, each on a line of its own. */
const MINUTES_PART = /^(?:Ärendebeskrivning|Beslut|Yrkanden?|Propositionsordning|Beslutsunderlag|Protokollsutdrag till|Förslag till beslut|Reservationer?|Expedieras till|Beslutet skickas till)\s*:?$/u;

/** Sub-headings that recur under every unit of a report; they nest below the unit heading. */
const GENERIC_SUBHEADING =
  /^(exempel på|framtida utmaningar|utvecklingsarbeten|prioriterade områden|resultat\b|aktiviteter\b|arenor\b|kommunala arenor|chefsarenor|politiska samverkansarenor|samverkansarenor|bakgrund$|syfte$|process$)/i;

export function findHeadings(text: CleanedText): Heading[] {
  const { lines, info } = text;
  const headings: Heading[] = [];
  const layout = { doubleSpaced: isDoubleSpaced(text), fullLine: fullLineLength(text) };
  let chaptersUnder: Heading | undefined;
  // The parts of a paragraph ("Beslut", "Yrkande") are headings in minutes, from their first paragraph on; elsewhere a
  // line "Beslutsunderlag" is a list's lead.
  const minutesFrom = lines.findIndex((line) => MINUTES_PARAGRAPH.test(line));
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line || info[i].bullet) continue;
    if (MINUTES_PARAGRAPH.test(line)) {
      headings.push({ line: i, level: 1, text: minutesParagraphTitle(text, i) });
      continue;
    }
    if (minutesFrom >= 0 && i > minutesFrom && MINUTES_PART.test(line)) {
      headings.push({ line: i, level: 3, text: line.replace(/\s*:$/, '') });
      continue;
    }
    const level = headingLevel(text, i, layout);
    if (!level) continue;
    const previous = headings[headings.length - 1];
    // A caps heading wrapped over two lines ("ANDRA SAMVERKANSAVTAL MELLAN REGIONAL" / "UTVECKLING …").
    if (previous && level === 1 && previous.level === 1 && isAllCaps(line) && isAllCaps(previous.text) && onlyBlankBetween(text, previous.line, i)) {
      previous.text = `${previous.text} ${line}`;
      continue;
    }
    // "RESULTAT PER VERKSAMHETSOMRÅDE" right over "1. Kompetensutveckling": its numbered chapters are its sections.
    if (level === 1 && /^\d{1,2}\.\s/.test(line)) {
      if (previous && previous.level === 1 && isAllCaps(previous.text) && onlyBlankBetween(text, previous.line, i)) chaptersUnder = previous;
      if (chaptersUnder) {
        headings.push({ line: i, level: 2, text: line });
        continue;
      }
    } else if (level === 1) chaptersUnder = undefined;
    headings.push({ line: i, level, text: line.replace(/\s*:$/, '') });
  }
  return withTermsUnderGlossary(headings);
}

/** The terms under a chapter of terms ("3. Begrepp" / "Behörig lärare" / "VFU"), one level below it, up to the next numbered heading. */
function withTermsUnderGlossary(headings: Heading[]): Heading[] {
  let chapter: Heading | undefined;
  return headings.map((heading) => {
    const numbered = /^\d{1,2}(?:\.\d{1,2})*\.?\s/.test(heading.text);
    if (GLOSSARY_CHAPTER.test(heading.text)) {
      chapter = heading;
      return heading;
    }
    if (!chapter || numbered || heading.level < chapter.level) {
      chapter = undefined;
      return heading;
    }
    return { ...heading, level: Math.min(3, chapter.level + 1) as Heading['level'] };
  });
}

/** "§ 14" with its title from the next lines, while the title wraps after a word that cannot end it ("… kommun och"). */
function minutesParagraphTitle(text: CleanedText, i: number): string {
  let title = text.lines[i];
  for (let j = i + 1, taken = 0; j < text.lines.length && taken < 3; j++) {
    const line = text.lines[j];
    if (!line) continue;
    // "§ 46 Dnr RUN/540/2034" has its diary number, not its title, on the § line.
    const titled = /\p{L}/u.test(title.replace(/^§\s*\d{1,3}[a-z]?/u, '').replace(/(?<![\p{L}])Dnr:?\s*\S+/giu, ''));
    if (titled && !UNFINISHED_TITLE.test(title) && !/^\p{Ll}/u.test(line)) break;
    if (line.length > 100 || /^Dnr\b/i.test(line) || MINUTES_PART.test(line)) break;
    title = `${title} ${line}`;
    taken++;
  }
  return title;
}

/** Double-spaced dumps put a blank line after every line, so a blank line says nothing there. */
function isDoubleSpaced(text: CleanedText): boolean {
  let content = 0;
  let followedByBlank = 0;
  for (let i = 0; i + 1 < text.lines.length; i++) {
    if (!text.lines[i]) continue;
    content++;
    if (!text.lines[i + 1] && text.lines[i + 2]) followedByBlank++;
  }
  return content > 20 && followedByBlank / content > 0.6;
}

/** The length of a full, wrapped line of running text (75th percentile of line lengths). */
function fullLineLength(text: CleanedText): number {
  const lengths = text.lines.filter(Boolean).map((l) => l.length).sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.75)] ?? 0;
}

interface Layout {
  doubleSpaced: boolean;
  fullLine: number;
}

function headingLevel(text: CleanedText, i: number, layout: Layout): Heading['level'] | undefined {
  const { lines, info } = text;
  const line = lines[i];
  const generic = GENERIC_SUBHEADING.test(line);
  if (info[i].markdownHeading) {
    if (generic) return 3;
    if (info[i].markdownHeading! <= 2 || isAllCaps(line)) return 1;
    return info[i].markdownHeading === 3 ? 2 : 3;
  }
  if (info[i].boldLine && line.length <= 90) return generic ? 3 : 2;
  if (line.length > 90 || /[.,;]$/.test(line)) return undefined;
  if (isAllCaps(line) && letterCount(line) >= 6 && !/^\d+[.)]\s/.test(line)) return 1;
  if (/^\d+(\.\d+)+\s+\p{Lu}/u.test(line) && line.length <= 70 && !opensTableRow(text, i)) return 2;
  // "5 Insatsområden", "2. Nuläge", "4 Mål, insatser och indikatorer" over "5.1 Prao …" or over its text: a chapter (an
  // agenda item "5. …" has short lines under it, its presenter and time; a table of contents lists chapters line after
  // line, with no text under them). Words follow its comma, not a table row's unit ("1 Territoriella utsläpp, kt").
  // A year or school year may stand in it ("3. YAM läsåret 2023/24 per kommun").
  const chapter = /^(\d{1,2})\.?\s+\p{Lu}(?:[\p{L} -]|(?<=\s)(?:19|20)\d{2}(?:[/–-]\d{2,4})?(?=\s|$)){2,60}(?:,\s\p{L}[\p{L}-]*(?:\s[\p{L}-]+)+)?$/u.exec(line)?.[1];
  // "Insatsområde 2 – Solel i lantbruk": a numbered, named section, also right under its group's heading.
  if (/^\p{Lu}\p{Ll}{3,}\s+\d{1,2}\s*[–:-]\s*\p{Lu}[^.!?]{2,60}$/u.test(line) && nextContent(text, i) > 0) return 2;
  if (chapter && endsParagraphBefore(text, i, layout.doubleSpaced)) {
    const next = lines[nextContent(text, i)] ?? '';
    if (next.startsWith(`${chapter}.1 `) || (next.length >= 45 && /^\p{Lu}/u.test(next))) return 1;
    // ("3. Begrepp" over "Behörig lärare" / "Lärare som har …": a chapter of terms, each a short line over its meaning.)
    if (GLOSSARY_CHAPTER.test(line)) return 1;
  }
  // A title line stops well before the margin; a line as long as the text column is wrapped text.
  const maxLength = Math.min(60, Math.max(30, layout.fullLine * 0.8));
  if (!/^\p{Lu}/u.test(line) || line.length > maxLength || line.split(' ').length > 9 || line.includes(',')) return undefined;
  if (/^\d/.test(line) || /\d{1,2}[:.]\d{2}$/.test(line)) return undefined;
  // "Ordförande under 2027 var Kerstin": a short line of a sentence, not a title (titles have no finite verb).
  if (!/[:?]$/.test(line) && /\s(?:var|är|har|hade|blev|blir|ska|skall|kommer|kan|finns|fanns|was|is|are|were|has|have)\s/i.test(line)) return undefined;
  if (!endsParagraphBefore(text, i, layout.doubleSpaced)) return undefined;
  const next = nextContent(text, i);
  if (next < 0) return undefined;
  const body = lines[next];
  // "Insatsområden" over "1. Planberedskap och mark": a numbered list's first item follows its heading as a bullet does.
  if (info[next].bullet || /^1[.)]\s+\p{Lu}/u.test(body) || (body.length >= 45 && /^[\p{Lu}\d"”(]/u.test(body))) return generic ? 3 : 2;
  return undefined;
}

export function isAllCaps(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

function letterCount(line: string): number {
  return line.replace(/[^\p{L}]/gu, '').length;
}

function endsParagraphBefore(text: CleanedText, i: number, doubleSpaced: boolean): boolean {
  let blanks = 0;
  for (let j = i - 1; j >= 0; j--) {
    if (text.info[j].furniture) continue;
    const previous = text.lines[j];
    if (!previous) {
      blanks++;
      continue;
    }
    // After "…i fokus:" come list items, not headings.
    if (/:$/.test(previous)) return false;
    // A title carrying the page mark ("Regional handlingsplan SYV 2026–2028 1 (7)") closes what came before it.
    if (text.info[j].pageHeader !== undefined) return true;
    const gap = doubleSpaced ? blanks >= 2 : blanks >= 1;
    return gap || /[.!?]["”)]?$/.test(previous) || isAllCaps(previous);
  }
  return true;
}

/** A table cell on a line of its own: a figure, a share, "Ja"/"Nej" or a dash. */
const VALUE_CELL = /^(?:[<>≈~]\s*)?(?:\d[\d\u00a0\u202f ]*(?:[,.]\d+)?\s*(?:%|procent|st|kr|tkr|mnkr|Mkr)?|Ja|Nej|–|-)$/u;

/**
 * "1.1 Andel elever folkbokförda i" / "länet med gymnasieexamen" / "72,4 %" / "80 %": a numbered row label of a table the
 * dump flattened one cell per line, not a section title; its value cells follow within a few short lines.
 */
function opensTableRow(text: CleanedText, i: number): boolean {
  for (let j = i + 1; j < text.lines.length && j <= i + 5; j++) {
    const line = text.lines[j];
    if (!line || text.info[j].furniture) continue;
    if (line.length >= 45) return false;
    if (VALUE_CELL.test(line)) return true;
  }
  return false;
}

function nextContent(text: CleanedText, i: number): number {
  for (let j = i + 1; j < text.lines.length && j <= i + 4; j++) if (text.lines[j]) return j;
  return -1;
}

function onlyBlankBetween(text: CleanedText, from: number, to: number): boolean {
  for (let j = from + 1; j < to; j++) if (text.lines[j]) return false;
  return true;
}

/** The section path (outermost first) in force at each line, given the headings of one document. */
export function sectionPaths(headings: readonly Heading[], from: number, to: number): Map<number, string[]> {
  const paths = new Map<number, string[]>();
  const stack: Heading[] = [];
  for (const heading of headings) {
    if (heading.line < from || heading.line > to) continue;
    while (stack.length && stack[stack.length - 1].level >= heading.level) stack.pop();
    stack.push(heading);
    paths.set(heading.line, stack.map((h) => h.text));
  }
  return paths;
}
