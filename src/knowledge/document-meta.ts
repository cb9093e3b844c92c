/**
 * Title, type, date, diary numbers and reporting period of one logical document, read from
 * its opening lines (letterhead, title block, agenda or minutes header) and running headers.
 */
import type { CleanedText } from './clean.js';
import type { Heading } from './headings.js';
import { expandYearRanges, findDate, findDnrs, findYears, looseText } from './patterns.js';
import type { DocumentType, LogicalDocument } from './types.js';

export interface DocumentContext {
  file: string;
  ordinal: number;
  text: CleanedText;
  headings: readonly Heading[];
  /** 1-based inclusive line range. */
  range: [number, number];
  previous: readonly LogicalDocument[];
}

const LETTERHEAD_LINE = /^(?:tfn|tel|telefon|e-?post|mobil|fax)\b|^(?:dnr[:.]?\s*)?(?:RUN|RS|LS)\/\S+$|^mailto:|^\d{4}-\d{2}-\d{2}$/i;
const AGENDA_WORD = /(kallelse|föredragningslista|dagordning|ärendeförteckning)/i;
const MINUTES_HEADER = /^(utdrag (ur )?sammanträdesprotokoll|protokollsutdrag)\b/i;
const GENERIC_OPENING = /^(sammanfattning|inledning|förord|bakgrund)$/i;
/** Standard section words that end a title block. */
const SECTION_WORD = /^(ärendebeskrivning|innehållsförteckning|bakgrund|sammanfattning|inledning|beslutsunderlag|förord|syfte)$/i;

const TYPE_RULES: [RegExp, DocumentType][] = [
  [/^(källa:|titel:)/i, 'webbsida'],
  [AGENDA_WORD, 'kallelse'],
  [/^(utdrag (ur )?sammanträdesprotokoll|protokollsutdrag)/i, 'protokollsutdrag'],
  [/^protokoll/i, 'protokoll'],
  [/^verksamhetsberättelse/i, 'verksamhetsberattelse'],
  [/^verksamhetsplan/i, 'verksamhetsplan'],
  [/^regionplan/i, 'regionplan'],
  [/^(frågor för|enkät|frågeformulär)/i, 'enkat'],
  [/^förslag till beslut/i, 'forslag'],
  [/uppdragsbeskrivning/i, 'uppdragsbeskrivning'],
  [/^(rapport|slutrapport|sammanfattning)|genomlysning/i, 'rapport'],
  [/^uppföljning/i, 'pm'],
  [/^överenskommelse/i, 'overenskommelse'],
  [/verksamhetsberättelse/i, 'verksamhetsberattelse'],
  [/verksamhetsplan/i, 'verksamhetsplan'],
];

export function describeDocument(context: DocumentContext): LogicalDocument {
  const { file, ordinal, text, range } = context;
  const from = range[0] - 1;
  const to = range[1] - 1;
  const opening = openingLines(text, from, to, 40);
  const webTitle = opening.map((i) => /^titel:\s*(.+)$/i.exec(text.lines[i])?.[1]).find(Boolean);
  const agenda = webTitle ? undefined : describeAgenda(text, opening);
  const title = webTitle ?? agenda?.title ?? documentTitle(context, opening);
  const bodyChars = countBodyChars(text, from, to);
  const type = webTitle ? 'webbsida' : agenda ? 'kallelse' : documentType(title, opening, text, bodyChars);
  const head = opening.slice(0, 15).map((i) => text.lines[i]).join('\n');
  const date = agenda?.date ?? letterheadDate(text, opening) ?? signatureDate(text, from, to) ?? runningHeaderDate(text, from, to);
  const dnr = findDnrs(`${title}\n${head}`);
  if (!dnr.length) dnr.push(...selfListedDnr(title, text, from, to));
  const period = reportingPeriod(title, text, opening, type, date);
  return {
    id: `${file}#${ordinal}`,
    file,
    title,
    type,
    ...(date ? { date } : {}),
    ...(dnr.length ? { dnr } : {}),
    ...(period.length ? { period } : {}),
    lines: range,
  };
}

function openingLines(text: CleanedText, from: number, to: number, count: number): number[] {
  const result: number[] = [];
  for (let i = from; i <= to && result.length < count; i++) if (text.lines[i]) result.push(i);
  return result;
}

function countBodyChars(text: CleanedText, from: number, to: number): number {
  let chars = 0;
  for (let i = from; i <= to; i++) if (text.lines[i].length >= 50) chars += text.lines[i].length;
  return chars;
}

/** An agenda: a kallelse/ärendeförteckning word or ORGAN:/DATUM: header, then numbered items. */
function describeAgenda(text: CleanedText, opening: number[]): { title: string; date?: string } | undefined {
  const lines = opening.map((i) => text.lines[i]);
  const items = lines.filter((l) => /^\d{1,2}\.\s+\S/.test(l)).length;
  const wordAt = lines.findIndex((l) => AGENDA_WORD.test(l) && l.length < 60);
  const organLine = lines.find((l) => /^organ:/i.test(l));
  if (items < 3 || (wordAt < 0 && !organLine)) return undefined;
  const organ = organLine
    ? organLine.replace(/^organ:\s*/i, '')
    : lines.slice(wordAt + 1, wordAt + 3).find((l) => !/\d{4}-\d{2}-\d{2}/.test(l) && !/^\d/.test(l));
  const dateLine = lines.find((l) => /^datum:/i.test(l));
  const date = findDate(dateLine ?? lines.slice(Math.max(wordAt, 0), Math.max(wordAt, 0) + 4).join(' ')) ?? findDate(lines.slice(0, 8).join(' '));
  const word = wordAt >= 0 ? lines[wordAt].replace(/^organ:.*$/i, '').trim() : 'Kallelse';
  const label = word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
  return { title: [label, organ, date].filter(Boolean).join(' – ').replace(/ – (\d{4}-\d{2}-\d{2})$/, ' $1'), date };
}

function documentTitle(context: DocumentContext, opening: number[]): string {
  const { text } = context;
  const lines = opening.map((i) => text.lines[i]);
  if (MINUTES_HEADER.test(lines[0] ?? '')) return minutesTitle(lines);
  const blocks = titleBlocks(text, opening);
  let title = blocks.join(' – ');
  const firstIsSection = opening.length > 0 && isSectionHeading(context, opening[0]);
  if (!title || firstIsSection || GENERIC_OPENING.test(title)) {
    title = runningHeaderTitle(text, context.range) ?? attachmentTitle(context) ?? title ?? lines[0] ?? context.file;
  }
  return withYears(title, text, opening);
}

/**
 * The title block after the letterhead. A wrapped title continues across blank lines while the
 * next line starts in lower case; a short label ("Verksamhetsberättelse 2021", "Bilaga 1") takes
 * the following block as its subtitle.
 */
function titleBlocks(text: CleanedText, opening: number[]): string[] {
  const blocks: string[][] = [];
  let lastLine = -1;
  for (const i of opening) {
    const line = text.lines[i];
    if (LETTERHEAD_LINE.test(line) || (blocks.length === 0 && isPersonOrUnit(text, i))) continue;
    const isBody =
      (line.length > 75 && !text.info[i].markdownHeading) || endsSentence(line) || /^[-\d]/.test(line) || text.info[i].bullet;
    if (isBody || SECTION_WORD.test(line) || text.info[i].fillIn) {
      if (blocks.length === 0 && GENERIC_OPENING.test(line)) return [line];
      break;
    }
    const continues = blocks.length > 0 && (/^[\p{Ll}(]/u.test(line) || (i - lastLine === 1 && !text.info[i].indented && !text.info[i].markdownHeading));
    if (continues) blocks[blocks.length - 1].push(line);
    else {
      if (blocks.length && blocks.map((b) => b.join(' ')).join(' – ').length > 45) break;
      blocks.push([line]);
    }
    lastLine = i;
    if (blocks.flat().join(' ').length > 220) break;
  }
  return blocks.map((b) => b.join(' ')).filter((b) => b.length <= 220);
}

/** Name or unit lines that head a letterhead ("James Winoy", "Staben för regional utveckling"). */
function isPersonOrUnit(text: CleanedText, i: number): boolean {
  for (let j = i + 1; j < text.lines.length && j <= i + 6; j++) {
    if (/^(tfn|tel|telefon)[:.]?\s*\+?\d/i.test(text.lines[j])) return true;
  }
  return false;
}

function isSectionHeading(context: DocumentContext, line: number): boolean {
  return /^\d+(\.\d+)*\s+\p{Lu}/u.test(context.text.lines[line]) && context.headings.some((h) => h.line === line);
}

function minutesTitle(lines: string[]): string {
  const parts = [lines[0]];
  for (const line of lines.slice(1, 8)) {
    if (/^justerandes/i.test(line)) continue;
    if (/^§\s*\d+/.test(line)) {
      parts.push(line);
      break;
    }
    parts.push(line);
  }
  const paragraphAt = lines.findIndex((l) => /^§\s*\d+/.test(l));
  let paragraph = paragraphAt >= 0 ? lines[paragraphAt] : '';
  for (const line of lines.slice(paragraphAt + 1, paragraphAt + 4)) {
    if (paragraphAt < 0 || /[.]$/.test(paragraph) || /\)\s*$/.test(paragraph) || line.length > 90) break;
    paragraph += ` ${line}`;
  }
  const head = parts.filter((p) => !/^§/.test(p)).join(' ');
  return paragraph ? `${head}, ${paragraph}` : head;
}

function runningHeaderTitle(text: CleanedText, range: [number, number]): string | undefined {
  for (let i = range[0] - 1; i < range[1]; i++) {
    const removed = text.info[i].removedText;
    if (text.info[i].furniture === 'running-header' && removed && /\p{L}{4,}/u.test(removed) && !/^utdrag/i.test(removed)) {
      return removed.replace(/\s+/g, ' ');
    }
  }
  return undefined;
}

/**
 * An untitled document named in an earlier list of annexes or decision documents: the listed
 * name whose words all occur in the document and occur most often there.
 */
function attachmentTitle(context: DocumentContext): string | undefined {
  const { text, range, previous } = context;
  const usedWords = previous.map((d) => new Set(d.title.toLowerCase().match(/\p{L}{5,}/gu) ?? []));
  const body = collectText(text, range[0] - 1, Math.min(range[1] - 1, range[0] + 300)).toLowerCase();
  let best: { name: string; score: number } | undefined;
  for (const candidate of annexNames(text, range[0] - 1)) {
    const name = candidate.replace(/^\d+\.\s*/, '');
    const words = name.toLowerCase().match(/\p{L}{5,}/gu) ?? [];
    if (!words.length) continue;
    // A name most of whose words are in an earlier document's title names that document.
    if (usedWords.some((used) => words.filter((w) => used.has(w)).length * 2 >= words.length)) continue;
    const counts = words.map((w) => countOccurrences(body, w.slice(0, Math.max(5, w.length - 2))));
    if (counts.some((c) => c === 0)) continue;
    const score = counts.reduce((sum, c) => sum + Math.log(1 + c), 0) / words.length;
    if (!best || score > best.score) best = { name, score };
  }
  return best?.name;
}

function countOccurrences(text: string, word: string): number {
  let count = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) count++;
  return count;
}

/** Names listed under "Bilagor" / "Beslutsunderlag" before a line, one per line or wrapped. */
function annexNames(text: CleanedText, before: number): string[] {
  const names: string[] = [];
  for (let i = Math.max(0, before - 2500); i < before; i++) {
    if (!/^(bilagor|beslutsunderlag)$/i.test(text.lines[i])) continue;
    const list: string[] = [];
    let numbered = false;
    for (let j = i + 1; j < before && j <= i + 12; j++) {
      const line = text.lines[j];
      if (!line) {
        if (list.length && !/^\p{Ll}/u.test(text.lines[j + 1] ?? '')) break;
        continue;
      }
      const isNumbered = /^\d{1,2}\.\s/.test(line);
      if (list.length && isNumbered !== numbered) break;
      if (line.length > 90 || endsSentence(line)) break;
      if (list.length && /^\p{Ll}/u.test(line)) list[list.length - 1] += ` ${line}`;
      else {
        numbered = isNumbered;
        list.push(line.replace(/^-\s*/, ''));
      }
    }
    names.push(...list);
  }
  return names;
}

/** Ends with a full stop that is not an abbreviation ("inkl.", "t.ex."). */
function endsSentence(line: string): boolean {
  if (/[!?]$/.test(line)) return true;
  return /\.$/.test(line) && !/\b(inkl|t\.ex|bl\.a|m\.m|m\.fl|resp|ca|kl|nr|st|osv|dvs|fd|tf|jfr|ev|mm)\.$/i.test(line);
}

function collectText(text: CleanedText, from: number, to: number): string {
  const parts: string[] = [];
  for (let i = from; i <= to && i < text.lines.length; i++) if (text.lines[i]) parts.push(text.lines[i]);
  return parts.join(' ');
}

/** "Regionplan" → "Regionplan 2018–2020" when the opening says "regionplanen 2018-2020". */
function withYears(title: string, text: CleanedText, opening: number[]): string {
  if (findYears(title).length) return title;
  const word = title.split(' ')[0];
  if (title.split(' ').length > 3 || word.length < 5) return title;
  const pattern = new RegExp(`\\b${word}(?:en|et)?\\s+(\\d{4})\\s*[-–]\\s*(\\d{4})`, 'i');
  for (const i of opening) {
    const match = pattern.exec(text.lines[i]);
    if (match) return `${title} ${match[1]}–${match[2]}`;
  }
  return title;
}

function documentType(title: string, opening: number[], text: CleanedText, bodyChars: number): DocumentType {
  const firstLines = opening.slice(0, 3).map((i) => text.lines[i]);
  if (firstLines.some((l) => /^källa:/i.test(l))) return 'webbsida';
  const bulletLines = opening.filter((i) => text.info[i].bullet).length;
  for (const [pattern, type] of TYPE_RULES) {
    if (!pattern.test(title)) continue;
    if (type === 'overenskommelse' && bodyChars < 200) return 'arendeblad';
    return type;
  }
  if (bulletLines > opening.length / 3) return 'presentation';
  if (bodyChars < 200) return 'arendeblad';
  return 'ovrigt';
}

/**
 * A plan's own diary number often appears only where it lists itself among the steering
 * documents: "Regionplan 2018-2020 RS/257/2017 2017-06-21--". A line that starts with the
 * document's title and carries a diary number gives it.
 */
function selfListedDnr(title: string, text: CleanedText, from: number, to: number): string[] {
  const needle = looseText(title);
  if (needle.split(' ').length < 2) return [];
  for (let i = from; i <= to; i++) {
    const line = text.lines[i];
    if (!line.includes('/') || !looseText(line).startsWith(needle)) continue;
    const found = findDnrs(line);
    if (found.length) return found;
  }
  return [];
}

/** A date standing alone in the letterhead ("2015-09-02", "Regional utveckling 2015-09-21"), not inside a sentence. */
function letterheadDate(text: CleanedText, opening: number[]): string | undefined {
  for (const i of opening.slice(0, 15)) {
    const line = text.lines[i];
    if (line.split(' ').length <= 5 && /\b\d{4}-\d{2}-\d{2}\b/.test(line) && !/[.!?]$/.test(line)) return findDate(line);
  }
  return undefined;
}

function signatureDate(text: CleanedText, from: number, to: number): string | undefined {
  for (let i = to; i >= from && i >= to - 30; i--) {
    const match = /^\p{Lu}\p{Ll}+ den (.+)$/u.exec(text.lines[i]);
    if (match) return findDate(match[1]);
  }
  return undefined;
}

function runningHeaderDate(text: CleanedText, from: number, to: number): string | undefined {
  for (let i = from; i <= to; i++) {
    if (text.info[i].furniture !== 'running-header') continue;
    for (let j = i + 1; j <= i + 6 && j <= to; j++) {
      const date = /^\d{4}-\d{2}-\d{2}$/.test(text.lines[j]) ? findDate(text.lines[j]) : undefined;
      if (date) return date;
    }
  }
  return undefined;
}

function reportingPeriod(title: string, text: CleanedText, opening: number[], type: DocumentType, date?: string): number[] {
  const fromTitle = expandYearRanges(title.replace(/\b\d{4}-\d{2}-\d{2}\b/g, ' ').replace(/\b(RUN|RS|LS)\/\S+/g, ' '));
  if (fromTitle.length && type !== 'kallelse') return fromTitle;
  for (const i of opening.slice(0, 20)) {
    const match = /för (?:januari|perioden) .*?(\d{4})/i.exec(text.lines[i]);
    if (match) return [Number(match[1])];
  }
  if (date && ['kallelse', 'protokoll', 'protokollsutdrag', 'webbsida', 'forslag', 'pm', 'enkat'].includes(type)) {
    return [Number(date.slice(0, 4))];
  }
  return [];
}
