/**
 * Splits one cleaned file into logical documents. Meeting packs run documents together with no
 * separator, so boundaries are found by general signs of a document start: a letterhead block
 * (name, unit, Tfn, E-post), a diary number line followed by a title, a minutes-extract header,
 * a report opening ("Sammanfattning") right after a dated signature, a web page header, and a
 * page-top line that names an attachment listed in the preceding agenda.
 */
import { type CleanedText, restartPagesPerDocument } from './clean.js';
import type { Heading } from './headings.js';
import { describeDocument } from './document-meta.js';
import { isPersonName } from './extract/people.js';
import { looseText, TIME_CELL } from './patterns.js';
import type { LogicalDocument } from './types.js';

/** A notice's field naming whom to reach: "Sekreterare: …", "Kontaktperson: …". */
const CONTACT_FIELD = /^(?:sekreterare|kontaktperson|kontakt|upplysningar|frågor|förhinder anmäls till)\s*:/i;
const TFN = /^(?:tfn|tel|telefon)[:.]?\s*\+?\d/i;
const EMAIL = /^e-?post[:.]?\s*\S+@\S+/i;
const DNR_LINE = /^(?:dnr[:.]?\s*)?(?:RUN|RS|LS|RJH|HSN)\/\S+$/i;
const TITLE_START =
  /^(verksamhetsberättelse|verksamhetsplan|regionplan|bilaga\s+\d+|uppdragsbeskrivning|förslag till beslut|frågor för|enkät|frågeformulär|rapport|överenskommelse|protokoll|kallelse)/i;
const MINUTES_HEADER = /^(utdrag (ur )?sammanträdesprotokoll|protokollsutdrag)\b/i;
const PAPERS_HEADING = /^(?:beslutsunderlag|handlingar|bilagor)\b/i;
const DATED_SIGNATURE = /^\p{Lu}\p{Ll}+ den \d{1,2} \p{Ll}+ \d{4}$/u;
const REPORT_OPENING = /^(sammanfattning|inledning|förord)$/i;
const AGENDA_ITEM = /^(\d{1,2})\.\s+\S/;
/** Content lines after a last page's footer that make another paper, not a tail of the same one. */
const PAPER_AFTER_LAST_PAGE = 30;

export function segmentDocuments(file: string, text: CleanedText, headings: readonly Heading[]): LogicalDocument[] {
  const starts = findDocumentStarts(text);
  const ranges = starts.map((from, d): [number, number] => [from + 1, d + 1 < starts.length ? starts[d + 1] : text.lines.length]);
  restartPagesPerDocument(text, ranges);
  const documents: LogicalDocument[] = [];
  for (let d = 0; d < starts.length; d++) {
    const from = starts[d];
    const to = (d + 1 < starts.length ? starts[d + 1] : text.lines.length) - 1;
    const range: [number, number] = [from + 1, lastContentLine(text, from, to) + 1];
    documents.push(describeDocument({ file, ordinal: d + 1, text, headings, range, previous: documents }));
  }
  return documents;
}

function findDocumentStarts(text: CleanedText): number[] {
  const { lines } = text;
  const content = contentIndexes(text);
  const starts: number[] = [content[0] ?? 0];
  let currentStart = starts[0];
  // Attachments named by the latest agenda; each one opens at most one document.
  let agenda = agendaAttachments(text, currentStart);
  let attachments = agenda.names;

  const open = (line: number) => {
    if (line <= currentStart) return;
    starts.push(line);
    currentStart = line;
    const next = agendaAttachments(text, line);
    if (next.names.length) {
      agenda = next;
      attachments = next.names;
    }
  };

  for (let c = 1; c < content.length; c++) {
    const i = content[c];
    const line = lines[i];
    // ("… · Kallelse 2024-11-21 · Sida 3 av 3" / "Vårdhygiengruppen" / "MÖTESINBJUDAN": another paper after the last page.
    // A few lines after it, such as the signature the dump printed below the last footer, are the same paper's.)
    if (endsLastPage(text, content[c - 1], i) && content.length - c >= PAPER_AFTER_LAST_PAGE && hasBody(text, currentStart, i)) {
      open(i);
      continue;
    }
    if (/^källa:\s*\S+/i.test(line) && /^titel:/i.test(lines[content[c + 1]] ?? '')) {
      open(i);
      continue;
    }
    if (TFN.test(line) && content.slice(c + 1, c + 4).some((j) => EMAIL.test(lines[j]))) {
      const blockStart = letterheadStart(text, content, c);
      // ("Sekreterare: Sara Nyström, …" / "Tfn: …": a notice's own field giving whom to reach, not a letterhead.)
      if (hasBody(text, currentStart, blockStart) && !CONTACT_FIELD.test(lines[blockStart])) open(blockStart);
      continue;
    }
    if (DNR_LINE.test(line)) {
      const following = content.slice(c + 1, c + 3).map((j) => lines[j]);
      // (Inside an agenda table, "RUN/402/2022" / "Bilaga 1" under a row's time cell is the item's papers.)
      const papersCell = /^bilaga\s+\d+(?:\s*(?:,|och)\s*\d+)*$/i.test(following[0] ?? '') && content.slice(Math.max(0, c - 8), c).some((j) => TIME_CELL.test(lines[j]));
      // ("§ 4  Föregående protokoll …" / "Dnr RS/301/2024" / "Protokollet från 2023-11-14 gås igenom": a paragraph's diary number.)
      const paragraphDnr = /^§\s*\d+/.test(lines[content[c - 1]] ?? '');
      if (!papersCell && !paragraphDnr && following.some((l) => TITLE_START.test(l)) && hasTitleOrBody(text, currentStart, i)) open(i);
      continue;
    }
    // "Beslutsunderlag" / " Protokollsutdrag styrgruppen GETP 2024-02-29": an agenda item's papers name an extract, they do not start one.
    const listedPaper = () => content.slice(Math.max(0, c - 3), c).some((j) => PAPERS_HEADING.test(lines[j]));
    if (MINUTES_HEADER.test(line) && !listedPaper() && (text.info[i].indented || precededByGap(text, i))) {
      if (hasBody(text, currentStart, i)) open(i);
      continue;
    }
    if (REPORT_OPENING.test(line) && followsDatedSignature(text, content, c)) {
      open(i);
      continue;
    }
    if (attachments.length && i > agenda.end && text.info[i].indented) {
      const loose = looseText(line);
      const match = loose.length < 15 ? -1 : attachments.findIndex((title) => namesSameThing(loose, title));
      if (match >= 0 && hasBody(text, currentStart, i)) {
        const remaining = attachments.slice(match + 1);
        open(i);
        attachments = remaining;
      }
    }
  }
  return starts;
}

/** A footer naming the last page stands between content lines `before` and `at`. */
function endsLastPage(text: CleanedText, before: number, at: number): boolean {
  for (let i = before + 1; i < at; i++) if (text.info[i].lastPage) return true;
  return false;
}

function contentIndexes(text: CleanedText): number[] {
  const indexes: number[] = [];
  for (let i = 0; i < text.lines.length; i++) if (text.lines[i]) indexes.push(i);
  return indexes;
}

/** The letterhead starts at the name/unit lines right above "Tfn", up to the person's name. */
function letterheadStart(text: CleanedText, content: number[], tfnAt: number): number {
  let start = content[tfnAt];
  for (let k = tfnAt - 1; k >= 0 && k >= tfnAt - 3; k--) {
    const line = text.lines[content[k]];
    if (line.length > 60 || /[.:;,]$/.test(line) || DNR_LINE.test(line)) break;
    if (content[k + 1] - content[k] > 4) break;
    start = content[k];
    if (isPersonName(line) || text.info[content[k]].indented) break;
  }
  return start;
}

/** The document so far has a title of its own (e.g. a cover sheet) or real text. */
function hasTitleOrBody(text: CleanedText, from: number, to: number): boolean {
  if (hasBody(text, from, to)) return true;
  for (let i = from; i < to; i++) if (TITLE_START.test(text.lines[i])) return true;
  return false;
}

/** True when the document so far holds real text, not only a title block. */
function hasBody(text: CleanedText, from: number, to: number): boolean {
  let chars = 0;
  for (let i = from; i < to; i++) {
    const line = text.lines[i];
    if (line.length >= 60 || /[.!?]$/.test(line)) chars += line.length;
    if (chars >= 120) return true;
  }
  return false;
}

function precededByGap(text: CleanedText, i: number): boolean {
  let blanks = 0;
  for (let j = i - 1; j >= 0 && j >= i - 6; j--) {
    if (text.lines[j]) return blanks >= 3;
    blanks++;
  }
  return true;
}

function followsDatedSignature(text: CleanedText, content: number[], c: number): boolean {
  for (let k = c - 1; k >= 0 && k >= c - 6; k--) {
    if (DATED_SIGNATURE.test(text.lines[content[k]])) return true;
  }
  return false;
}

function lastContentLine(text: CleanedText, from: number, to: number): number {
  for (let i = to; i > from; i--) if (text.lines[i] || text.info[i].fillLine) return i;
  return from;
}

/**
 * Item titles and decision documents of an agenda that opens at `from`: the attachments that
 * follow it in a meeting pack. Empty when no numbered agenda (1, 2, 3, …) starts there.
 */
function agendaAttachments(text: CleanedText, from: number): { names: string[]; end: number } {
  const items: string[] = [];
  let expected = 1;
  let lastItem = from;
  for (let i = from; i < text.lines.length && i - lastItem <= 30; i++) {
    const line = text.lines[i];
    const match = AGENDA_ITEM.exec(line);
    if (match && Number(match[1]) === expected) {
      items.push(line.replace(/^\d{1,2}\.\s+/, ''));
      expected++;
      lastItem = i;
    } else if (expected > 1 && /^beslutsunderlag$/i.test(line)) {
      for (let j = i + 1; j < text.lines.length && text.lines[j] && !AGENDA_ITEM.test(text.lines[j]); j++) {
        items.push(text.lines[j]);
      }
    }
    if (expected === 1 && i - from > 40) break;
  }
  return expected > 4 ? { names: items.map(looseText), end: lastItem } : { names: [], end: from };
}

/** A page-top line names an attachment when one starts with the other (both loosely written). */
function namesSameThing(looseLine: string, looseTitle: string): boolean {
  if (looseTitle.length < 15) return false;
  return looseTitle.startsWith(looseLine) || looseLine.startsWith(looseTitle);
}

