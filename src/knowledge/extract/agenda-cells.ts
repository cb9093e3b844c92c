/**
 * An agenda table the PDF dump flattened one cell per line: the column headings ("Tid" / "Punkt" / "Ärende" /
 * "Föredragande"), then per row a time cell, the item's number, its title (wrapped over lines) and its presenters
 * ("Malin Wessberg, klimat- och" / "energisamordnare, Länsstyrelsen," / "Magnus Fjällström, …"); a break is a time
 * cell over "Fika" or "Lunch", and "Mötet avslutas" closes the table. Notes per item may follow ("Punkt 5  Årlig …").
 */
import { normaliseTime } from '../patterns.js';
import type { AgendaBreak, AgendaItem } from '../types.js';

const TIME_CELL = /^(?:kl\.?\s*)?(\d{1,2}[:.]\d{2})$/i;
const NUMBER_CELL = /^(\d{1,2})$/;
const BREAK_CELL = /^(?:paus|kaffe|fika|lunch|kaffepaus|bensträckare)\b/i;
const CLOSING_CELL = /^(?:mötet|sammanträdet|dagen)\s+avslutas\b|^avslutning\b/i;
const NAME_WORD = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*`;
/** A presenter cell opens with a person's name and a comma, or with a role standing for one ("Ordföranden"). */
const PRESENTER_START = new RegExp(String.raw`^(?:${NAME_WORD}\s+${NAME_WORD}(?:\s+${NAME_WORD})?(?:,|$)|(?:Ordföranden?|Sekreteraren|Sekretariatet|Samtliga|Alla)\b)`, 'u');
/** Where a presenter begins inside the joined presenter cells. */
const PRESENTER_NAME = new RegExp(String.raw`(?:^|,\s*|;\s*|\s+och\s+)(${NAME_WORD}\s+${NAME_WORD}(?:\s+${NAME_WORD})?)(?=,|;|$)`, 'gu');
const NOTE_START = /^punkt\s+(\d{1,2})\b[.:]?\s+(.+)$/i;

export interface CellAgenda {
  items: AgendaItem[];
  breaks: AgendaBreak[];
  /** 0-based line of the table's last cell. */
  lastLine: number;
}

/** Joins cells wrapped over lines: "utvecklings-" + "strateg" is one word, "klimat- och" stays apart. */
export function joinCells(cells: string[]): string {
  return cells.reduce((text, cell) => (/\p{Ll}-$/u.test(text) && /^\p{Ll}/u.test(cell) && !/^(?:och|eller|samt)\b/.test(cell) ? `${text.slice(0, -1)}${cell}` : text ? `${text} ${cell}` : cell), '');
}

/** "Malin Wessberg, klimat- och energisamordnare, Länsstyrelsen, Magnus Fjällström, …" → "Malin Wessberg (klimat- och energisamordnare, Länsstyrelsen)", … */
export function presentersIn(text: string): string[] {
  const starts = [...text.matchAll(PRESENTER_NAME)].map((m) => ({ name: m[1], at: m.index! + m[0].indexOf(m[1]) }));
  if (starts.length === 0) return text ? [text.replace(/[,;]\s*$/, '')] : [];
  return starts.map(({ name, at }, k) => {
    const rest = text.slice(at + name.length, starts[k + 1]?.at ?? text.length).replace(/^[,;\s]+|[,;\s]+$/g, '').replace(/[,;]\s*och$/, '').trim();
    return rest ? `${name} (${rest})` : name;
  });
}

/** The rows of a one-cell-per-line agenda table in lines[from..to], or undefined when the lines are not one. */
export function parseCellAgenda(lines: readonly string[], from: number, to: number): CellAgenda | undefined {
  const items: AgendaItem[] = [];
  const breaks: AgendaBreak[] = [];
  let lastLine = from;
  let expected = 1;
  let i = from;
  // Each row opens with a time cell; the table starts at the first time cell over item 1.
  while (i <= to && !(TIME_CELL.test(lines[i] ?? '') && NUMBER_CELL.exec(lines[i + 1] ?? '')?.[1] === '1')) i++;
  let closingTime: string | undefined;
  while (i <= to) {
    const time = TIME_CELL.exec(lines[i] ?? '');
    if (!time) break;
    const start = normaliseTime(time[1]);
    const next = lines[i + 1] ?? '';
    const number = NUMBER_CELL.exec(next);
    if (number && Number(number[1]) === expected) {
      const cells: string[] = [];
      let j = i + 2;
      for (; j <= to && lines[j] && !TIME_CELL.test(lines[j]); j++) cells.push(lines[j]);
      if (cells.length === 0) break;
      const presenterAt = cells.findIndex((cell, k) => k > 0 && PRESENTER_START.test(cell));
      const titleCells = presenterAt < 0 ? cells : cells.slice(0, presenterAt);
      const presenterCells = presenterAt < 0 ? [] : cells.slice(presenterAt);
      items.push({ number: expected, title: joinCells(titleCells), presenters: presentersIn(joinCells(presenterCells)), documents: [], start });
      expected++;
      lastLine = j - 1;
      i = j;
      continue;
    }
    if (BREAK_CELL.test(next) && next.length <= 40 && items.length > 0) {
      breaks.push({ label: next, start, afterItem: items[items.length - 1].number });
      lastLine = i + 1;
      i += 2;
      continue;
    }
    if (CLOSING_CELL.test(next)) {
      closingTime = start;
      lastLine = i + 1;
    }
    break;
  }
  if (items.length < 2) return undefined;
  // Each row ends where the next row or break begins, the last where the meeting closes.
  items.forEach((item, k) => {
    const pause = breaks.find((b) => b.afterItem === item.number);
    const end = pause?.start ?? items[k + 1]?.start ?? closingTime;
    if (end && item.start && end > item.start) item.end = end;
  });
  breaks.forEach((pause) => {
    const end = items.find((item) => item.number === pause.afterItem + 1)?.start;
    if (end && pause.start && end > pause.start) pause.end = end;
  });
  addNotes(items, lines, lastLine + 1, to);
  return { items, breaks, lastLine };
}

/** "Punkt 5  Årlig uppföljning …" and the lines under it, after the table: item 5's description. */
function addNotes(items: AgendaItem[], lines: readonly string[], from: number, to: number): void {
  let current: { item: AgendaItem; lines: string[] } | undefined;
  const flush = () => {
    if (current && current.lines.length > 0) current.item.description = [current.item.description, joinCells(current.lines)].filter(Boolean).join(' ');
  };
  for (let i = from; i <= to; i++) {
    const line = lines[i];
    if (!line) continue;
    const note = NOTE_START.exec(line);
    if (note) {
      flush();
      const item = items.find((it) => it.number === Number(note[1]));
      current = item ? { item, lines: [] } : undefined;
      continue;
    }
    current?.lines.push(line);
  }
  flush();
}
