/**
 * Cleans PDF/markdown text dumps line by line. The output keeps exactly one cleaned line per
 * source line (lines[i] is source line i + 1), so every passage and record keeps its original
 * line numbers and page; text moved by a hyphenation join stays within the cited range.
 */
import { joinBrokenWords } from './broken-words.js';

export interface LineInfo {
  /** 1-based page: from real PDF pages, "Page n of m" footers, or "n(m)" headers. */
  page?: number;
  /** Page furniture removed from the text. */
  furniture?: 'page-marker' | 'running-header';
  /** Text of a removed running header, e.g. a title that survives only there. */
  removedText?: string;
  /** A footer that says its page is the last ("Sida 3 av 3"): the document ends here. */
  lastPage?: boolean;
  /** This line carried an "n(m)" page header for page n. */
  pageHeader?: number;
  /** The dump spaced the line's letters apart ("L ä n s g e m e n s a m  h a n d l i n g s p l a n"): a designed title or heading. */
  letterSpaced?: boolean;
  /** Markdown heading level (number of '#'). */
  markdownHeading?: number;
  /** Markdown bold-only line ("**Resultat**"), a heading in markdown-like dumps. */
  boldLine?: boolean;
  /** The raw line held only fill-in dots or rules: no text, but part of the document (a form's answer lines). */
  fillLine?: boolean;
  /** The raw line ends in fill-in dots ("Samverkansorgan ……"): a form field, not a title or heading. */
  fillIn?: boolean;
  /** A label, dot leaders, then its value ("Sammanträdesdag ....... onsdag 7 februari 2024"): a header's field. */
  leaderField?: boolean;
  /** The line is a list item (bullet glyph, dash or tick box). */
  bullet?: boolean;
  /** The raw line starts with a space: a page top or a lost bullet glyph in these dumps. */
  indented?: boolean;
  /** The raw line ends without trailing whitespace (a mid-word break in wrapped PDF text). */
  endsTight?: boolean;
}

export interface CleanedText {
  lines: string[];
  info: LineInfo[];
  /** Where page numbers come from: real PDF pages, "Page n of m" footers, or per-document "n(m)" headers. */
  pageSource?: 'pdf' | 'footer' | 'header';
}

export interface CleanOptions {
  /** Real PDF page per line, when the reader knows it. */
  pages?: (number | undefined)[];
}

const BULLET_GLYPHS = '\uF0B7\uF0E0\uF0A7\uF0D8\uF076\u2022\u25AA\u25CF\u25E6\u2610\u2611\u2612\u25A1\u25A0\u27A2';
const LEADING_BULLET = new RegExp(`^[${BULLET_GLYPHS}]\\s*|^[-*\u2012\u2212\u2013]\\s+(?=\\S)`);
const INNER_BULLET = new RegExp(`\\s*[${BULLET_GLYPHS}]\\s*`, 'g');
const HAS_BULLET_GLYPH = new RegExp(`[${BULLET_GLYPHS}]`);
const UNICODE_SPACE = /[\u00A0\u2000-\u200B\u2028\u2029\u202F\u205F\u3000\uFEFF]/g;
// "Page 3 of 8", "Sida 3 av 8", also after the document's short title ("Verksamhetsberättelse 2024 – … Sida 3 av 8").
const PAGE_FOOTER = /^(?:.*\S\s+)?(?:page|sida)\s+(\d+)\s+(?:of|av)\s+(\d+)$/i;
const PAGE_HEADER_ONLY = /^(?:datum\s+|sida\s+)?(\d{1,3})\s?\((\d{1,3})\)$/i;
const TRAILING_PAGE_MARK = /^(.*[\p{L})\d])\s+(\d{1,3})\s?\((\d{1,3})\)$/u;
/** "PROTOKOLL 6/2024   GNSJ prot. 2024-11-14   s. 1/5": a header line ending in its page, "s. n/m". */
const SLASH_PAGE_MARK = /^(.*[\p{L})\d.])\s+(?:s\.|sid\.|sida)\s*(\d{1,3})\s*\/\s*(\d{1,3})$/iu;
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/;
/** About how many text lines one PDF page holds in these dumps. */
const LINES_PER_PAGE = 60;
const CONTACT_LINE = /^(tfn|tel|telefon|mobil|e-?post|dnr)\b/i;

export function cleanLines(rawLines: readonly string[], options: CleanOptions = {}): CleanedText {
  const info: LineInfo[] = rawLines.map((raw, i) => ({
    page: options.pages?.[i],
    indented: /^[ \t\u00A0]+\S/.test(raw),
    endsTight: /\S$/.test(raw),
  }));
  const lines = rawLines.map((raw, i) => normaliseLine(raw, info[i]));
  collapseSpacedYears(lines, info);
  joinSpacedTitleLines(lines, info);
  respaceRunTogetherWords(lines, info);
  let pageSource = markPageFurniture(lines, info);
  if (options.pages) {
    pageSource = 'pdf';
    info.forEach((line, i) => (line.page = options.pages![i]));
  }
  markMinutesFooters(lines, info);
  markRepeatedHeaders(lines, info);
  markMarkerNeighbours(lines, info);
  markHeaderCompanions(lines, info);
  joinBrokenWords(lines, info);
  return { lines, info, ...(pageSource ? { pageSource } : {}) };
}

/**
 * "n(m)" headers count pages per document: lines of a document before its first header are on
 * its page 1 (when it has headers at all), never on the previous document's last page.
 */
export function restartPagesPerDocument(text: CleanedText, ranges: readonly [number, number][]): void {
  if (text.pageSource !== 'header') return;
  for (const [from, to] of ranges) {
    let firstHeader = -1;
    for (let i = from - 1; i < to; i++) {
      if (text.info[i].pageHeader) {
        firstHeader = i;
        break;
      }
    }
    const end = firstHeader < 0 ? to : firstHeader;
    for (let i = from - 1; i < end; i++) {
      if (firstHeader < 0) delete text.info[i].page;
      else text.info[i].page = 1;
    }
  }
}

function normaliseLine(raw: string, info: LineInfo): string {
  let text = raw.replace(UNICODE_SPACE, ' ');
  const heading = text.includes('#') ? /^\s*(#{1,6})\s+/.exec(text) : null;
  if (heading) {
    info.markdownHeading = heading[1].length;
    text = text.slice(heading[0].length);
  }
  if (text.includes('[') || text.includes('<')) {
    text = text
      .replace(/\[([^\]]*)\]\((?:[^)\s]+)\)/g, '$1')
      .replace(/<(https?:[^>\s]+)>/g, '$1')
      .replace(/<\/?(?:b|i|u|strong|em|span|br|sup|sub)\b[^>]*>/gi, '');
  }
  if (text.includes('**') || text.includes('__')) {
    if (/^\s*\*\*[^*]+\*\*\s*$/.test(text)) info.boldLine = true;
    text = text.replace(/\*\*|__/g, '');
  }
  if (/^\s*(?:-{3,}|_{3,}|\*{3,}|={3,})\s*$/.test(text)) return '';
  if (text.includes('....') || text.includes('\u2026') || text.includes('____')) {
    if (/(?:[.\u2026_]{4,}|\u2026{2,})\s*$/.test(text)) info.fillIn = true;
    else if (/^\s*\p{L}[\p{L} ]{2,30}?\s*(?:\.{4,}|\u2026{2,})\s*\S/u.test(text)) info.leaderField = true;
    text = text.replace(/[.\u2026]{4,}|\u2026{2,}/g, ' ');
  }
  if (text.includes('\t')) text = text.replace(/\t+/g, ' | ');
  text = text.trim();
  if (LEADING_BULLET.test(text)) {
    info.bullet = true;
    text = text.replace(LEADING_BULLET, '');
  }
  if (HAS_BULLET_GLYPH.test(text)) text = text.replace(INNER_BULLET, ' – ');
  if (text.includes('|')) text = text.replace(/^\|\s*|\s*\|$/g, '');
  const collapsed = collapseLetterSpacing(text);
  if (collapsed !== text) info.letterSpaced = true;
  text = collapsed.replace(/\s+/g, ' ').trim();
  if (/^[|\s–-]*$/.test(text)) {
    if (/\S/.test(raw)) info.fillLine = true;
    return '';
  }
  return info.bullet && text ? `- ${text}` : text;
}

/** "K a l l e l s e / f ö r e d r a g n i n g s l i s t a" → "Kallelse/föredragningslista". */
export function collapseLetterSpacing(text: string): string {
  // Quick reject: letter-spaced text has a single character between spaces near its start.
  if (!/^\S \S \S/.test(text)) return text;
  const tokens = text.split(' ').filter(Boolean);
  if (tokens.length < 6) return text;
  const single = tokens.filter((t) => [...t].length === 1).length;
  if (single / tokens.length < 0.8) return text;
  // A wider gap separates the words: "K O M P E T E N S  O C H  K U N S K A P" → "KOMPETENS OCH KUNSKAP".
  // Without one, a number still stands apart: "V e r k s a m h e t s b e r ä t t e l s e 2 0 2 5" → "… 2025".
  return text
    .trim()
    .split(/ {2,}/)
    .map((word) => word.split(' ').join('').replace(/(\p{L})(\d)/gu, '$1 $2').replace(/(\d)(\p{L})/gu, '$1 $2'))
    .join(' ');
}

const SHORT_SPACED_RUN = /^\p{Lu}(?: \p{Lu}){1,5}$/u;

/** A year spaced digit by digit ("2 0 3 2"): too short for collapseLetterSpacing, and a row of digits on its own. */
const SPACED_YEAR = /^[12] [09] \d \d$/;

/** "V E R K S A M H E T S B E R Ä T T E L S E / 2 0 3 2": under a spaced-out line, a spaced year is one year. */
function collapseSpacedYears(lines: string[], info: LineInfo[]): void {
  for (let i = 1; i < lines.length; i++) {
    if (info[i - 1].letterSpaced && SPACED_YEAR.test(lines[i])) {
      lines[i] = lines[i].replace(/ /g, '');
      info[i].letterSpaced = true;
    }
  }
}

/**
 * "V E R K S A M H E T S -" / "B E R Ä T T E L S E   2 0 2 4": a spaced-out title broken with a hyphen is one word.
 * The joined title stands on the first line; the second is left empty.
 */
function joinSpacedTitleLines(lines: string[], info: LineInfo[]): void {
  for (let i = 0; i + 1 < lines.length; i++) {
    // ("F Ö R E D R A G N I N G S -" / "L I S T A": a word's rest too short to be read as spaced out on its own.)
    if (info[i].letterSpaced && /\p{Lu}-$/u.test(lines[i]) && SHORT_SPACED_RUN.test(lines[i + 1])) {
      lines[i + 1] = lines[i + 1].replace(/ /g, '');
      info[i + 1].letterSpaced = true;
    }
    if (!info[i].letterSpaced || !info[i + 1].letterSpaced || !/\p{Lu}-$/u.test(lines[i]) || !/^\p{Lu}{2}/u.test(lines[i + 1])) continue;
    lines[i] = `${lines[i].slice(0, -1)}${lines[i + 1]}`;
    lines[i + 1] = '';
  }
}

/**
 * "U p p d r a g o c h o r g a n i s a t i o n" spaced with no wider gap between its words collapses to one run:
 * split it into words the same file writes elsewhere (its table of contents, its text), the fewest that spell it.
 * A run the file writes as a word, or as the start of one ("Handlingsplanen"), is a word.
 */
function respaceRunTogetherWords(lines: string[], info: LineInfo[]): void {
  if (!info.some((line) => line.letterSpaced)) return;
  const vocabulary = new Set<string>();
  lines.forEach((line, i) => {
    if (info[i].letterSpaced) return;
    for (const word of line.toLowerCase().split(/[^\p{L}]+/u)) if (word.length >= 2) vocabulary.add(word);
    // ("föredragnings-" / "lista": a word the text breaks over two lines is a word, not two.)
    const broken = /(\p{L}+)-$/u.exec(line)?.[1];
    const rest = broken ? /^\p{Ll}+/u.exec(lines[i + 1] ?? '')?.[0] : undefined;
    if (broken && rest) vocabulary.add(`${broken}${rest}`.toLowerCase());
  });
  const words = [...vocabulary];
  const known = (run: string) => vocabulary.has(run) || words.some((word) => word.startsWith(run));
  lines.forEach((line, i) => {
    if (!info[i].letterSpaced) return;
    lines[i] = line.replace(/\p{L}{12,}/gu, (run) => {
      const lower = run.toLowerCase();
      if (known(lower)) return run;
      const cuts = fewestWords(lower, vocabulary);
      if (!cuts) return run;
      return cuts.map((cut, k) => run.slice(k === 0 ? 0 : cuts[k - 1], cut)).join(' ');
    });
  });
}

/** End positions of the fewest vocabulary words (two letters or more) that spell the run, or undefined. */
function fewestWords(run: string, vocabulary: ReadonlySet<string>): number[] | undefined {
  const best: (number[] | undefined)[] = [[]];
  for (let end = 2; end <= run.length; end++) {
    for (let start = 0; start <= end - 2; start++) {
      const before = best[start];
      if (!before || !vocabulary.has(run.slice(start, end))) continue;
      if (!best[end] || before.length + 1 < best[end]!.length) best[end] = [...before, end];
    }
  }
  const cuts = best[run.length];
  return cuts && cuts.length >= 2 ? cuts : undefined;
}

function markPageFurniture(lines: string[], info: LineInfo[]): CleanedText['pageSource'] {
  const footers: { line: number; page: number }[] = [];
  const headers: { line: number; page: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i];
    if (!text) continue;
    // Cheap guards: page marks start with "Page", end with ")" or with "… of/av n".
    const first = text[0];
    const endsParen = text.endsWith(')');
    const slashMark = SLASH_PAGE_MARK.exec(text);
    if (!endsParen && first !== 'P' && first !== 'p' && !/\s(?:of|av)\s+\d+$/.test(text) && !slashMark) continue;
    const footer = PAGE_FOOTER.exec(text);
    if (footer) {
      footers.push({ line: i, page: Number(footer[1]) });
      setFurniture(lines, info, i, 'page-marker');
      if (footer[1] === footer[2]) info[i].lastPage = true;
      continue;
    }
    const header = PAGE_HEADER_ONLY.exec(text);
    if (header && Number(header[1]) <= Number(header[2])) {
      headers.push({ line: i, page: Number(header[1]) });
      setFurniture(lines, info, i, 'page-marker');
      continue;
    }
    const trailing = TRAILING_PAGE_MARK.exec(text) ?? slashMark;
    if (trailing && Number(trailing[2]) <= Number(trailing[3]) && Number(trailing[3]) > 1) {
      const page = Number(trailing[2]);
      headers.push({ line: i, page });
      if (page > 1) {
        // A title with a page number past page 1 is a running header, not content.
        setFurniture(lines, info, i, 'running-header');
        info[i].removedText = trailing[1].trim();
      } else {
        lines[i] = trailing[1].trim();
      }
    }
  }
  if (footers.length > 0) {
    // "Page n of m" closes page n. Footers survive only here and there, so a footer dates at most
    // a page's worth of lines before it (and the next page after it), not everything since the last one.
    let previousMarker = -1;
    for (const footer of footers) {
      const from = Math.max(previousMarker + 1, footer.line - LINES_PER_PAGE);
      for (let i = from; i <= footer.line; i++) info[i].page = footer.page;
      const nextFooter = footers.find((f) => f.line > footer.line);
      const to = Math.min(nextFooter ? nextFooter.line - LINES_PER_PAGE - 1 : lines.length - 1, footer.line + LINES_PER_PAGE);
      for (let i = footer.line + 1; i <= to; i++) info[i].page ??= footer.page + 1;
      previousMarker = footer.line;
    }
    return 'footer';
  }
  if (headers.length > 0) {
    // "n(m)" opens page n of the current document.
    for (let h = 0; h < headers.length; h++) {
      info[headers[h].line].pageHeader = headers[h].page;
      const end = h + 1 < headers.length ? headers[h + 1].line : lines.length;
      for (let i = headers[h].line; i < end; i++) info[i].page = headers[h].page;
    }
    return 'header';
  }
  return undefined;
}

/** "Justerandes sign Utdragsbestyrkande": the boxes minutes print at every page's foot, for initials and a stamp. */
const MINUTES_FOOTER = /^(?:justerandes\s+sign(?:atur)?|utdragsbestyrkande)(?:\s+(?:justerandes\s+sign(?:atur)?|utdragsbestyrkande|sida))*$/i;

function markMinutesFooters(lines: string[], info: LineInfo[]): void {
  lines.forEach((line, i) => {
    if (line.length < 60 && MINUTES_FOOTER.test(line)) setFurniture(lines, info, i, 'running-header');
  });
}

function setFurniture(lines: string[], info: LineInfo[], i: number, kind: LineInfo['furniture']): void {
  info[i].furniture = kind;
  info[i].removedText ??= lines[i];
  lines[i] = '';
}

/**
 * A block of 2–4 short lines that repeats an earlier block and carries a date or follows a page
 * marker is a running header printed again at a page top (e.g. the agenda header in the middle
 * of the agenda). Repeated blocks without such a sign (tick-box options) are real content.
 */
function markRepeatedHeaders(lines: string[], info: LineInfo[]): void {
  const content: number[] = [];
  for (let i = 0; i < lines.length; i++) if (lines[i]) content.push(i);
  const seen = new Map<string, number>();
  for (let c = 0; c < content.length; c++) {
    // A running header starts a page: at the file start, after a page marker, or carrying a date.
    const first = content[c];
    const candidate = c < 4 || followsPageMarker(info, first) || content.slice(c, c + 4).some((i) => ISO_DATE.test(lines[i]));
    if (!candidate) continue;
    for (let size = 4; size >= 2; size--) {
      if (c + size > content.length) continue;
      const block = content.slice(c, c + size);
      // Letterheads repeat across documents of a pack; they are content, not page furniture.
      if (block.some((i) => lines[i].length > 90 || info[i].furniture || CONTACT_LINE.test(lines[i]))) continue;
      if (block[size - 1] - block[0] > size * 3) continue;
      const key = block.map((i) => lines[i].toLowerCase()).join('\n');
      const earlier = seen.get(key);
      if (earlier === undefined) {
        seen.set(key, block[0]);
        continue;
      }
      const dated = block.some((i) => ISO_DATE.test(lines[i]));
      if (earlier < block[0] && (dated || followsPageMarker(info, block[0]))) {
        for (const i of block) setFurniture(lines, info, i, 'running-header');
        break;
      }
    }
  }
}

/**
 * "Strategi för … 2024–2027" / "Sida 6 av 14" / "Region Jämtland Härjedalen Dnr RUN/112/2023": a line printed right
 * above or below the page marker on several pages is the page's running footer or header, even on its own.
 */
function markMarkerNeighbours(lines: string[], info: LineInfo[]): void {
  // A repeat already removed as a running header still counts.
  const textOf = (i: number) => lines[i] || (info[i].furniture === 'running-header' ? (info[i].removedText ?? '') : '');
  const neighbours = new Map<string, number[]>();
  for (let marker = 0; marker < lines.length; marker++) {
    if (info[marker].furniture !== 'page-marker') continue;
    for (const step of [-1, 1]) {
      let i = marker + step;
      while (i >= 0 && i < lines.length && Math.abs(i - marker) <= 2 && !textOf(i)) i += step;
      const text = i >= 0 && i < lines.length ? textOf(i) : '';
      if (!text || text.length > 120) continue;
      const key = text.replace(/\s+/g, ' ').toLowerCase();
      neighbours.set(key, [...(neighbours.get(key) ?? []), i]);
    }
  }
  for (const at of neighbours.values()) if (at.length >= 3) for (const i of at) if (!info[i].furniture) setFurniture(lines, info, i, 'running-header');
}

/** A table's heading row printed again on each page ("Kl. Nr Ärende Föredragande Typ"): the tables read it there. */
const TABLE_HEADING_WORD = /(?<![\p{L}])(?:nr|kl|tid|ärende|föredragande|dnr)(?![\p{L}])/iu;

/** How far back a page's header may repeat the paper's letterhead or title. */
const HEADER_REPEAT_REACH = 300;

/**
 * "Region Jämtland Härjedalen" / "Kallelse Regionala pensionärsrådet 2024-03-12  Sida 2 (5)" / "K a l l e l s e  m e d
 * f ö r e d r a g n i n g s l i s t a": the lines printed with a running header at a page's top that repeat the
 * paper's letterhead or title (words, not a table's cell) belong to the header.
 */
function markHeaderCompanions(lines: string[], info: LineInfo[]): void {
  const key = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
  for (let header = 0; header < lines.length; header++) {
    if (info[header].furniture !== 'running-header') continue;
    for (const i of [header - 1, header + 1]) {
      const text = lines[i];
      if (!text || info[i].furniture || text.length > 90 || /\d/.test(text) || text.trim().split(/\s+/).length < 3 || TABLE_HEADING_WORD.test(text)) continue;
      const repeated = key(text);
      for (let j = Math.max(0, i - HEADER_REPEAT_REACH); j < i - 2; j++) {
        if (lines[j] && key(lines[j]) === repeated) {
          setFurniture(lines, info, i, 'running-header');
          break;
        }
      }
    }
  }
}

function followsPageMarker(info: LineInfo[], line: number): boolean {
  for (let i = line - 1; i >= 0 && i >= line - 4; i--) if (info[i].furniture) return true;
  return false;
}
