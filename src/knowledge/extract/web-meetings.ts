/**
 * Meetings from saved web meeting pages: "Titel: Möte 2022-05-30 – Regionens samverkansråd",
 * an optional time/place line, then one top-level bullet per agenda item. An item may carry a
 * number ("§ 41", or a bare "3") with its title on the next line, and "Punkten föredras av …".
 */
import { normaliseTime, slugify, TIME_RANGE } from '../patterns.js';
import type { AgendaItem, LogicalDocument, Meeting } from '../types.js';
import type { ExtractionInput } from './input.js';
import { sourceForLine } from './source.js';

const MEETING_TITLE = /^(?:titel:\s*)?möte\s+(\d{4}-\d{2}-\d{2})\s*[–—-]\s*(.+)$/i;
const TOP_BULLET = /^\s{0,3}[•▪●\-*]\s*/;
const PRESENTED_BY = /(?:föredras|presenteras|redovisas|dras)\s+(?:\S+\s+)?av\s+([^.]+?)(?:\s+(?:med hjälp|utifrån|som|genom)\b[^.]*)?\./i;
const PERSON = /^(\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+){1,3})(\s*\([^)]*\))?$/u;

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
  const bullets = topLevelBullets(input, from, to);
  for (let i = from; i < (bullets[0] ?? to); i++) {
    const range = TIME_RANGE.exec(input.lines[i]);
    if (range && range.index === 0) {
      meeting.start = normaliseTime(`${range[1]}:${range[2]}`);
      meeting.end = normaliseTime(`${range[3]}:${range[4]}`);
      const place = input.lines[i].slice(range[0].length).trim();
      if (place) meeting.place = place;
    }
  }
  bullets.forEach((start, k) => {
    const end = (k + 1 < bullets.length ? bullets[k + 1] : to + 1) - 1;
    const item = parseBulletItem(input, start, end, meeting.items.length + 1);
    if (!item) return;
    meeting.items.push(item);
    const chair = /^(.+?)\s*(?:\([^)]*\))?,\s*ordförande\b/i.exec(itemText(input, start, end));
    if (chair && !meeting.chair) meeting.chair = chair[1].trim();
  });
  return meeting.items.length ? meeting : undefined;
}

function topLevelBullets(input: ExtractionInput, from: number, to: number): number[] {
  const starts: number[] = [];
  for (let i = from; i <= to; i++) if (TOP_BULLET.test(input.rawLines[i] ?? '') && input.lines[i]) starts.push(i);
  return starts;
}

function itemText(input: ExtractionInput, start: number, end: number): string {
  const parts: string[] = [];
  for (let i = start; i <= end; i++) if (input.lines[i]) parts.push(input.lines[i].replace(/^-\s*/, ''));
  return parts.join(' ');
}

function parseBulletItem(input: ExtractionInput, start: number, end: number, position: number): AgendaItem | undefined {
  const lines: string[] = [];
  for (let i = start; i <= end; i++) if (input.lines[i]) lines.push(input.lines[i].replace(/^-\s*/, ''));
  if (!lines.length) return undefined;
  const head = lines[0];
  const numbered = /^(§\s*)?(\d{1,3})$/.exec(head);
  let title: string;
  let body: string[];
  let number = position;
  let paragraph: number | undefined;
  if (numbered && lines[1]) {
    if (numbered[1]) paragraph = Number(numbered[2]);
    else number = Number(numbered[2]);
    title = lines[1];
    body = lines.slice(2);
  } else {
    title = firstSentence(head);
    body = lines;
  }
  const text = body.join(' ');
  const presenters = presentersIn(text);
  return {
    number,
    title,
    presenters,
    documents: [],
    ...(text ? { description: text } : {}),
    ...(paragraph !== undefined ? { paragraph } : {}),
  };
}

function firstSentence(text: string): string {
  const sentence = /^(.+?[.!?])(\s|$)/.exec(text)?.[1] ?? text;
  return sentence.length > 140 ? `${sentence.slice(0, 137).trimEnd()}…` : sentence;
}

/** "Punkten föredras av Göran Hallman (Region JH) och Catrin Skoglund (Länsstyrelsen)." */
export function presentersIn(text: string): string[] {
  const match = PRESENTED_BY.exec(text);
  if (!match) return [];
  return match[1]
    .split(/\s*,\s*|\s+och\s+/)
    .map((p) => p.trim())
    .filter((p) => PERSON.test(p));
}
