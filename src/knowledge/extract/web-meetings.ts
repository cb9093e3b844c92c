/**
 * Meetings from saved web meeting pages: "Titel: Möte 2022-05-30 – Regionens samverkansråd",
 * an optional time/place line, then one top-level bullet per agenda item. An item may carry a
 * number ("§ 41", or a bare "3") with its title on the next line; most items have no title line
 * at all ("Punkten föredras av …" followed by the minutes), so their title is taken from the
 * body and the item is marked `untitled`. Indented bullets under an item are its `points`.
 */
import { normaliseTime, slugify, TIME_RANGE } from '../patterns.js';
import type { AgendaBreak, AgendaItem, LogicalDocument, Meeting } from '../types.js';
import { BREAK_CELL } from './agenda-rows.js';
import type { ExtractionInput } from './input.js';
import { sourceForLine } from './source.js';

const MEETING_TITLE = /^(?:titel:\s*)?(?:möte|sammanträde)\s+(\d{4}-\d{2}-\d{2})\s*[–—-]\s*(.+)$/i;
/** A bullet line and its indentation; items are the least indented bullets, deeper ones are their points. */
const BULLET = /^(\s*)[•▪●◦\-*]\s*/;
const PRESENTED_BY = /(?:föredras|presenteras|redovisas|sammanfattas|dras)\s+(?:\S+\s+)?av\s+([^.]+?)(?:\s+(?:med hjälp|utifrån|som|genom)\b[^.]*)?\./i;
const BY_CHAIR = /(?:föredras|presenteras|redovisas|sammanfattas|dras|gås igenom)\s+(?:\S+\s+)?av\s+ordföranden\b/i;
/** "Göran Hallman", "Lars-Erik Olsson", "Anna von Platen". */
const PERSON_NAME = String.raw`\p{Lu}\p{Ll}+(?:(?:[- ]|\s(?:von|af|de|van|der|la)\s)\p{Lu}\p{Ll}+){1,3}`;
const PERSON = new RegExp(String.raw`^(${PERSON_NAME})(\s*\([^)]*\))?$`, 'u');
const REFERS_TO_ITEM = /^(?:punkten|ärendet|frågan)\s/i;
const PRESENTER_FIELD = /^föredragande\s*:\s*([^.]+?)(?:\.|$)/i;
/**
 * The item's first sentence: "Anna Berg (Region JH) och Per Ek presenterar …", after an optional job title, or with the
 * title after the name ("Jonas Hägglund, trafikstrateg, redogör för …").
 */
const PRESENTER_OPENS = new RegExp(
  String.raw`^(?:\p{Lu}\p{Ll}*(?:direktör|chef|strateg|handläggare|samordnare|controller|ansvarig)\s+)?((?:${PERSON_NAME})(?:\s*\([^)]*\))?(?:\s+och\s+${PERSON_NAME}(?:\s*\([^)]*\))?)?)(?:,\s+[^,.()]{2,60},)?\s+(?:föredrar|presenterar|redovisar|redogör|informerar|går igenom|berättar)\b`,
  'u',
);
/** A capitalised job title is not a first name ("Ekonomidirektör Anna Berg"). */
const JOB_WORD = /(direktör|chef|strateg|handläggare|samordnare|controller|ansvarig|ordförande)$/i;
/**
 * "Elise Ryder Wikén (M), ordförande, välkomnar …", "Cecilia Morén, bibliotekschef … och nätverkets ordförande, hälsar …",
 * "Ordförande: Elise Ryder Wikén", "Ordföranden Tom Silverklo hälsar …".
 */
const CHAIR_PATTERNS = [
  new RegExp(String.raw`^(${PERSON_NAME})\s*(?:\([^)]*\))?,\s*ordförande\b`, 'u'),
  // "Cecilia Morén, bibliotekschef i Krokoms kommun och nätverkets ordförande, hälsar …": the title may come first.
  new RegExp(String.raw`^(${PERSON_NAME})\s*(?:\([^)]*\))?,[^,.]{0,80}?\s(?:och\s+)?(?:\p{L}+s\s+)?ordförande,`, 'u'),
  // "Mötet öppnas av ordförande Anna Berg", not "vice ordförande …".
  new RegExp(String.raw`(?:^|(?<![Vv]ice\s))(?<!\p{L})[Oo]rdförande(?:n)?\s*:?\s+(${PERSON_NAME})`, 'u'),
];
/** "Föregående protokoll föredras av …": the sentence's subject names the item ("Punkten föredras av …" does not). */
const SUBJECT_PRESENTED = /^(.{3,80}?)\s+(?:föredras|presenteras|redovisas|sammanfattas|dras|gås igenom)\s+(?:\S+\s+)?av\s/i;
const NO_SUBJECT = /^(?:punkten|ärendet|den|det|detta|de|dessa|han|hon)$/i;
/** "<Presenter> går igenom / presenterar / berättar om <topic>." */
const PRESENTER_TOPIC = new RegExp(
  String.raw`^${PERSON_NAME}(?:\s*\([^)]*\))?(?:,\s+[^,.()]{2,60},)?\s+(?:går igenom|presenterar|berättar om|redogör för|informerar om|beskriver|redovisar)\s+(?:kort\s+)?(?:om\s+)?([^.]{5,120})\.?$`,
  'u',
);
/** "• § 4": a bullet numbering its item as a paragraph of the minutes. */
const PARAGRAPH_BULLET = /^[•▪●◦\-*]?\s*§\s*\d{1,3}\s*$/;
/** The region's own pages number only their first item; a page numbering this many numbers them all. */
const NUMBERED_PAGE = 3;
/** A short line inside an item without closing punctuation: a sub-heading of the minutes. */
const SUB_HEADING = /^\p{Lu}[^.!?:;]{2,80}$/u;

interface ItemLine {
  text: string;
  point: boolean;
}

export function parseWebMeeting(input: ExtractionInput, document: LogicalDocument): Meeting | undefined {
  const from = document.lines[0] - 1;
  const to = document.lines[1] - 1;
  const titled = MEETING_TITLE.exec(document.title);
  if (!titled) return undefined;
  const [, date, organName] = titled;
  const meeting: Meeting = {
    id: `${slugify(organName)}-${date}`,
    organId: slugify(organName),
    organName: organName.trim(),
    date,
    items: [],
    breaks: [],
    source: sourceForLine(input, from, to),
  };
  const indent = itemIndent(input, from, to);
  const bullets = topLevelBullets(input, from, to, indent);
  for (let i = from; i < (bullets[0] ?? to + 1); i++) {
    const line = input.lines[i];
    if (!line) continue;
    const range = TIME_RANGE.exec(line);
    if (range && range.index === 0) {
      meeting.start = normaliseTime(`${range[1]}:${range[2]}`);
      meeting.end = normaliseTime(`${range[3]}:${range[4]}`);
      const place = line.slice(range[0].length).trim();
      if (place) meeting.place = place;
    }
    meeting.chair ??= chairIn(line);
  }
  const chairPresents: AgendaItem[] = [];
  const numberedPage = bullets.filter((line) => PARAGRAPH_BULLET.test(input.lines[line] ?? '')).length >= NUMBERED_PAGE;
  // A page that numbers its items opens with its particulars as bullets ("• Närvarande: …", "• Handlingar till mötet:"):
  // the items begin at the first "§".
  const firstParagraph = numberedPage ? bullets.findIndex((line) => PARAGRAPH_BULLET.test(input.lines[line] ?? '')) : 0;
  bullets.forEach((start, k) => {
    const end = (k + 1 < bullets.length ? bullets[k + 1] : to + 1) - 1;
    const lines = itemLines(input, start, end, indent);
    if (lines.length === 0) return;
    if (k < firstParagraph) {
      meeting.chair ??= chairIn(lines[0].text);
      return;
    }
    // Numbering continues from the last item's number, which the page may state ("•   3").
    const previous = meeting.items.at(-1)?.number ?? 0;
    const pause = breakIn(lines[0].text, previous);
    if (pause) {
      meeting.breaks.push(pause);
      return;
    }
    const item = parseBulletItem(lines, previous + 1);
    // "• § 148 / Regional handlingsplan …" then "• Punkten föredras av …": the second bullet is the first one's text.
    const heading = meeting.items.at(-1);
    if (heading && item.untitled && heading.description === undefined && REFERS_TO_ITEM.test(item.description ?? '')) {
      heading.presenters = item.presenters;
      heading.description = item.description;
      if (item.points) heading.points = item.points;
      return;
    }
    // A page that numbers its items "§ 4" / "Förändringar i gruppen" has no unnumbered items after the first §: a bullet
    // up to the next § is the text of the § before it ("• Ordföranden informerar om …").
    if (numberedPage && heading?.paragraph !== undefined && item.untitled && item.paragraph === undefined) {
      if (heading.presenters.length === 0) heading.presenters = item.presenters;
      heading.description = [heading.description, item.description].filter(Boolean).join(' ');
      if (item.points) heading.points = [...(heading.points ?? []), ...item.points];
      if (heading.presenters.length === 0 && BY_CHAIR.test(item.description ?? '')) chairPresents.push(heading);
      return;
    }
    meeting.items.push(item);
    meeting.chair ??= chairIn(lines[0].text);
    if (item.presenters.length === 0 && item.description && BY_CHAIR.test(item.description)) chairPresents.push(item);
  });
  // "Föregående protokoll föredras av ordföranden": the chair named elsewhere on the page presents it.
  if (meeting.chair) for (const item of chairPresents) item.presenters = [meeting.chair];
  return meeting.items.length ? meeting : undefined;
}

function chairIn(text: string): string | undefined {
  for (const pattern of CHAIR_PATTERNS) {
    const match = pattern.exec(text);
    if (match) return match[1].trim();
  }
  return undefined;
}

/** "Paus 10.00–10.15", "10:00-10:20 Fika": a break between items, not an item. */
function breakIn(text: string, afterItem: number): AgendaBreak | undefined {
  const range = TIME_RANGE.exec(text);
  const label = (range && range.index === 0 ? text.slice(range[0].length) : text).trim();
  if (!BREAK_CELL.test(label) || label.split(/\s+/).length > 6) return undefined;
  const start = range ? normaliseTime(`${range[1]}:${range[2]}`) : undefined;
  const end = range ? normaliseTime(`${range[3]}:${range[4]}`) : undefined;
  const name = label.replace(TIME_RANGE, '').replace(/\s+/g, ' ').trim() || label;
  return { label: name, afterItem, ...(start ? { start } : {}), ...(end ? { end } : {}) };
}

function bulletIndent(input: ExtractionInput, i: number): number | undefined {
  if (!input.lines[i]) return undefined;
  return BULLET.exec(input.rawLines[i] ?? '')?.[1].replace(/\t/g, '    ').length;
}

/** The page's item indentation: the least indented bullets (one space of slack for hand-made pages). */
function itemIndent(input: ExtractionInput, from: number, to: number): number {
  let least = Infinity;
  for (let i = from; i <= to; i++) least = Math.min(least, bulletIndent(input, i) ?? Infinity);
  return least;
}

function topLevelBullets(input: ExtractionInput, from: number, to: number, indent: number): number[] {
  const starts: number[] = [];
  for (let i = from; i <= to; i++) {
    const at = bulletIndent(input, i);
    if (at !== undefined && at <= indent + 1) starts.push(i);
  }
  return starts;
}

function itemLines(input: ExtractionInput, start: number, end: number, indent: number): ItemLine[] {
  const lines: ItemLine[] = [];
  for (let i = start; i <= end; i++) {
    const text = input.lines[i]?.replace(/^-\s*/, '');
    const at = bulletIndent(input, i);
    if (text) lines.push({ text, point: i > start && at !== undefined && at > indent + 1 });
  }
  return lines;
}

function parseBulletItem(lines: ItemLine[], position: number): AgendaItem {
  let head = lines[0].text;
  let start: string | undefined;
  let end: string | undefined;
  const range = TIME_RANGE.exec(head);
  if (range && range.index === 0 && head.length > range[0].length) {
    start = normaliseTime(`${range[1]}:${range[2]}`);
    end = normaliseTime(`${range[3]}:${range[4]}`);
    head = head.slice(range[0].length).trim();
  }
  const numbered = /^(§\s*)?(\d{1,3})$/.exec(head);
  // "§ 23 Månadsrapport", "4. Budgetuppföljning": number and title on one line.
  const numberedTitle = /^(§\s*)?(\d{1,3})(?:[.:]|\s+[–-])?\s+(\p{Lu}[^.!?]{2,100})$/u.exec(head);
  let number = position;
  let paragraph: number | undefined;
  let title: string | undefined;
  let body: ItemLine[];
  if (numbered && lines[1] && !lines[1].point) {
    if (numbered[1]) paragraph = Number(numbered[2]);
    else number = Number(numbered[2]);
    title = lines[1].text;
    body = lines.slice(2);
  } else if (numberedTitle) {
    if (numberedTitle[1]) paragraph = Number(numberedTitle[2]);
    else number = Number(numberedTitle[2]);
    title = numberedTitle[3].trim();
    body = lines.slice(1);
  } else if (SUB_HEADING.test(head) && (start || lines.length > 1)) {
    // "09:00–09:30 Budgetuppföljning", or a short line over the item's text: the line names its item.
    title = head;
    body = lines.slice(1);
  } else {
    body = [{ text: head, point: false }, ...lines.slice(1)];
  }
  const text = body.filter((l) => !l.point).map((l) => l.text).join(' ');
  const presenters = presentersIn(text);
  const points = body.filter((l) => l.point).map((l) => l.text);
  return {
    number,
    title: title ?? titleFromBody(body, presenters),
    presenters,
    documents: [],
    ...(title === undefined ? { untitled: true } : {}),
    ...(points.length ? { points } : {}),
    ...(start ? { start } : {}),
    ...(end ? { end } : {}),
    ...(text ? { description: text } : {}),
    ...(paragraph !== undefined ? { paragraph } : {}),
  };
}

/**
 * The page gives the item no title: its sub-headings name what it covers; otherwise its first
 * sentence that neither names the presenters nor tells what a presenter does.
 */
function titleFromBody(body: ItemLine[], presenters: string[]): string {
  const headings = body.slice(1).filter((l) => !l.point && SUB_HEADING.test(l.text) && l.text.split(/\s+/).length <= 10);
  if (headings.length > 0) return clip(headings.map((l) => l.text).join('; '));
  const firstNames = presenters.map((p) => p.split(/\s+/)[0]);
  const sentences = sentencesOf(body.filter((l) => !l.point).map((l) => l.text).join(' '));
  const subject = SUBJECT_PRESENTED.exec(sentences[0] ?? '')?.[1];
  if (subject && !NO_SUBJECT.test(subject)) return clip(subject);
  for (const sentence of sentences) {
    if (PRESENTED_BY.test(sentence) || BY_CHAIR.test(sentence) || /^(de|hon|han)\s/i.test(sentence)) continue;
    if (!firstNames.includes(sentence.split(/\s+/)[0])) return clip(sentence);
    // "Maja Lindqvist presenterar handlingsplanen för …": what the presenter presents names the item.
    const object = PRESENTER_TOPIC.exec(sentence)?.[1];
    if (object && object.split(/\s+/).length >= 2) return clip(object[0].toUpperCase() + object.slice(1));
  }
  return clip(sentences[0] ?? body[0].text);
}

function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=\p{Lu})/u).map((s) => s.trim()).filter(Boolean);
}

function clip(text: string): string {
  return text.length > 140 ? `${text.slice(0, 137).trimEnd()}…` : text;
}

/**
 * "Punkten föredras av Göran Hallman (Region JH) och Catrin Skoglund (Länsstyrelsen).",
 * "Föredragande: Anna Berg, ekonomidirektör", or an item opening with "Anna Berg presenterar …".
 */
export function presentersIn(text: string): string[] {
  const named = PRESENTED_BY.exec(text)?.[1] ?? PRESENTER_FIELD.exec(text)?.[1] ?? PRESENTER_OPENS.exec(text)?.[1];
  if (!named) return [];
  // ("Jonas Bergkvist (Staben för analys och uppföljning) och Henrik Sjöberg (överläkare, Audiologiska enheten)": the
  // names apart by commas and "och" outside the brackets.)
  return named
    .split(/\s*,\s*(?![^()]*\))|\s+och\s+(?![^()]*\))/)
    // "regiondirektör Anna Berg": the title before the name is not part of it.
    .map((p) => p.trim().replace(/^(?:\p{Ll}[\p{L}-]*\s+)+(?=\p{Lu})/u, ''))
    .filter((p) => PERSON.test(p) && !JOB_WORD.test(p.split(/\s+/)[0]));
}
