/**
 * Results and activities per unit and year: the items under headings such as "Exempel på
 * aktiviteter och resultat under 2021", "Exempel på resultat", "Genomfört under 2024" or "### Resultat". The unit is the
 * nearest heading above that introduces prose naming it ("Energikontoret" / "På uppdrag av … arbetar
 * Energikontoret …"); the year is the heading's, else the passage's or document's.
 */
import { findYears, slugify } from '../patterns.js';
import type { UnitResult } from '../types.js';
import type { ExtractionInput } from './input.js';
import { passageAt, sourceForLines, yearAt } from './record-source.js';

const RESULTS_HEADING =
  /^(?:exempel på\s+)?(?:aktiviteter(?:na)?|resultat(?:en)?|genomfört|genomförda(?:\s+(?:aktiviteter|insatser))?|uppnådda resultat)(?:\s+och\s+(?:aktiviteter|resultat))?(?:\s+(?:från|inom|för|samverkan)\b[^.!?]*?)?(?:\s+(?:(?:som genomförts\s+)?under\s+(?:året\s+)?|i\s+)?((?:19|20)\d{2}))?\s*$/i;
const MAX_ITEMS = 20;
const SHORT_LINE = 50;

function text(input: ExtractionInput, line: number): string {
  return (input.lines[line - 1] ?? '').trim();
}

function isItemStart(input: ExtractionInput, line: number): boolean {
  const info = input.lineInfo?.[line - 1];
  return Boolean(info?.bullet || info?.indented) || /^- /.test(text(input, line));
}

function nextNonEmpty(input: ExtractionInput, line: number, limit = 4): number | undefined {
  for (let l = line + 1; l <= Math.min(input.lines.length, line + limit); l += 1) if (text(input, l)) return l;
  return undefined;
}

/** A short line without end punctuation whose next line starts a new sentence (not a wrapped line). */
function headingLike(input: ExtractionInput, line: number): boolean {
  const t = text(input, line).replace(/^- /, '');
  const info = input.lineInfo?.[line - 1];
  if (info?.markdownHeading || info?.boldLine) return true;
  if (!(t.length > 1 && t.length <= 80 && !/[.!?,;:]$/.test(t) && /^[\p{Lu}\d]/u.test(t))) return false;
  const next = nextNonEmpty(input, line);
  return next === undefined || /^(- )?[\p{Lu}\d]/u.test(text(input, next));
}

function cleanUnitName(heading: string): string {
  let name = heading.replace(/^- /, '').replace(/^\d{1,2}(?:\.\d{1,2})*\.?\s+(?=\p{Lu})/u, '').replace(/\s*\((?:dnr:?\s*)?[A-ZÅÄÖ]{2,4}\/[^)]*\)\s*$/i, '').trim();
  if (name === name.toUpperCase()) name = name.charAt(0) + name.slice(1).toLowerCase();
  return name;
}

/** A unit heading is followed by prose (not a list item) that names it. */
function isUnitHeading(input: ExtractionInput, line: number): boolean {
  if (!headingLike(input, line) || isItemStart(input, line) || RESULTS_HEADING.test(text(input, line))) return false;
  const next = nextNonEmpty(input, line);
  if (next === undefined) return false;
  const prose = text(input, next);
  if (isItemStart(input, next) || prose.length < 40) return false;
  const name = cleanUnitName(text(input, line)).toLowerCase();
  const firstWord = name.split(/[\s\-–/]+/).find((w) => w.length >= 3);
  if (!firstWord) return false;
  const stem = firstWord.slice(0, Math.max(4, Math.min(firstWord.length, 6)));
  const paragraph = [next, next + 1, next + 2].map((l) => text(input, l)).join(' ').toLowerCase();
  return paragraph.includes(stem);
}

/** Section names that structure a unit's text but are not units themselves. */
const GENERIC_SECTION = /^(prioriterade områden|prioriteringar|arenor|kommunala arenor|chefsarenor|framtida utmaningar|utvecklingsarbeten|bakgrund|syfte|inledning|sammanfattning|övrigt|innehåll|projekt)\b/i;

function acceptableUnitName(name: string): boolean {
  return name.length <= 70 && !RESULTS_HEADING.test(name) && !GENERIC_SECTION.test(name) && !/[:.]$/.test(name) && !/\s(har|är|ska|kan)\s/.test(name);
}

/** The unit a results heading belongs to: from the section path above it, else the nearest unit heading. */
function unitFor(input: ExtractionInput, headingLine: number): string | undefined {
  const path = passageAt(input, headingLine)?.source.section ?? [];
  const own = path.findIndex((s) => RESULTS_HEADING.test(s.trim()));
  const above = own >= 0 ? path.slice(0, own) : path;
  const document = input.documents.find((d) => d.lines[0] <= headingLine && headingLine <= d.lines[1]);
  const top = document?.lines[0] ?? 1;
  for (let i = above.length - 1; i >= 0; i -= 1) {
    const name = cleanUnitName(above[i].trim());
    const chapter = above[i] === above[i].toUpperCase();
    // A chapter in capitals is a unit only when nothing narrower names one ("KURS OCH KONFERENS"): a unit
    // heading on the results heading's own level ("Skol IT Zappa Zonline" just above it) is narrower.
    if (chapter && i === above.length - 1) {
      const sibling = nearestUnitHeading(input, headingLine, top, above[i].trim());
      if (sibling) return sibling;
    }
    if (acceptableUnitName(name) && (!chapter || i === above.length - 1) && !isLeadInLine(input, above[i].trim(), top, headingLine)) return name;
  }
  return nearestUnitHeading(input, headingLine, top);
}

/** A section the segmenter took from a line ending in a colon ("Kommunalpolitisk arena för samverkan:") introduces a list, not a unit. */
function isLeadInLine(input: ExtractionInput, section: string, from: number, to: number): boolean {
  for (let line = to - 1; line >= from; line -= 1) {
    const plain = text(input, line).replace(/[*#]/g, '').trim();
    if (plain.startsWith(section)) return plain.endsWith(':');
  }
  return false;
}

/** The closest unit heading above a line, not above the line that reads `stopAt` (its chapter). */
function nearestUnitHeading(input: ExtractionInput, headingLine: number, top: number, stopAt?: string): string | undefined {
  for (let line = headingLine - 1; line >= top; line -= 1) {
    if (stopAt !== undefined && text(input, line).includes(stopAt)) return undefined;
    if (isUnitHeading(input, line) && acceptableUnitName(cleanUnitName(text(input, line)))) return cleanUnitName(text(input, line));
  }
  return undefined;
}

/** Items under a results heading: list items with their wrapped lines, and prose paragraphs. */
function itemsAfter(input: ExtractionInput, headingLine: number, sectionNames: Set<string>): Array<{ text: string; from: number; to: number }> {
  const items: Array<{ text: string; from: number; to: number }> = [];
  let current: { text: string; from: number; to: number } | undefined;
  const flush = () => {
    if (current && current.text.length >= 8) items.push(current);
    current = undefined;
  };
  for (let line = headingLine + 1; line <= input.lines.length && items.length < MAX_ITEMS; line += 1) {
    const t = text(input, line);
    if (!t || input.lineInfo?.[line - 1]?.furniture) continue;
    // A short bullet line is a whole item even without a full stop ("- Utbildning för Google Admins"); a wrapped one fills the line.
    const ended = !current || /[.!?:]$/.test(current.text) || (current.from === current.to && text(input, current.from).length < SHORT_LINE);
    // "• 7,4 km ny GC-väg … (3,1 km" / "  Funäsdalen–Tänndalen, …": an indented line under an unfinished bullet goes on with it.
    const wrapsBullet = !ended && current !== undefined && input.lineInfo?.[current.from - 1]?.bullet === true && !input.lineInfo?.[line - 1]?.bullet && !/^- /.test(t);
    const itemStart = isItemStart(input, line) && !wrapsBullet;
    if (RESULTS_HEADING.test(t.replace(/^- /, ''))) break;
    if (ended && !itemStart && headingLike(input, line) && (isHeadingFollowedByProse(input, line) || sectionNames.has(t.toLowerCase()))) break;
    if (itemStart || (ended && t.length >= 40)) {
      flush();
      current = { text: t.replace(/^- /, ''), from: line, to: line };
    } else if (current && !ended) {
      current.text = /\p{Ll}-$/u.test(current.text) && /^\p{Ll}/u.test(t) ? current.text.slice(0, -1) + t : `${current.text} ${t}`;
      current.to = line;
    } else {
      // A short fragment after a finished item: a flattened table or a stray line ends the list.
      break;
    }
  }
  flush();
  return items;
}

function isHeadingFollowedByProse(input: ExtractionInput, line: number): boolean {
  const next = nextNonEmpty(input, line);
  return next !== undefined && !isItemStart(input, next) && text(input, next).length >= 40;
}

const REPORT_WORDS = /(?<![\p{L}])(?:lägesrapport|verksamhetsberättelse|årsrapport|rapport|uppföljning|årsredovisning)(?![\p{L}])/giu;

/** What a report is about when no heading names a unit: "Lägesrapport Skol IT Zappa Zonline 2024 – Underlag …" → "Skol IT Zappa Zonline". */
function subjectOfTitle(title: string | undefined): string | undefined {
  for (const segment of (title ?? '').split(/\s+[–-]\s+/)) {
    const subject = segment.replace(REPORT_WORDS, ' ').replace(/\b(?:19|20)\d{2}\b/g, ' ').replace(/\s+/g, ' ').trim();
    if (subject.length >= 3 && /\p{Lu}/u.test(subject) && acceptableUnitName(subject)) return subject;
  }
  return undefined;
}

export function extractResults(input: ExtractionInput): UnitResult[] {
  const results: UnitResult[] = [];
  const sectionNames = new Set(input.passages.flatMap((p) => p.source.section.map((s) => s.trim().toLowerCase())));
  for (let line = 1; line <= input.lines.length; line += 1) {
    const heading = text(input, line).replace(/^- /, '');
    const match = RESULTS_HEADING.exec(heading);
    if (!match || input.lineInfo?.[line - 1]?.furniture) continue;
    // Plain "Aktiviteter"/"Resultat" headings also head plans and agreements; only reports state results.
    const document = input.documents.find((d) => d.lines[0] <= line && line <= d.lines[1]);
    if (!/exempel|under/i.test(heading) && document?.type !== 'verksamhetsberattelse') continue;
    const unit = unitFor(input, line) ?? subjectOfTitle(document?.title);
    if (!unit) continue;
    const year = match[1] ? Number(match[1]) : yearAt(input, line) ?? findYears(heading)[0];
    if (!year) continue;
    itemsAfter(input, line, sectionNames).forEach((item, i) => {
      const source = sourceForLines(input, item.from, item.to);
      if (!source) return;
      results.push({ id: slugify(`${unit}-${year}-${item.from}-${i}`), unit, year, text: item.text.replace(/\s+/g, ' ').trim(), source });
    });
  }
  return results;
}
