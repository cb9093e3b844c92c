/**
 * An agenda table the PDF dump flattened one cell per line: the column headings ("Tid" / "Punkt" / "Ärende" /
 * "Föredragande"), then per row a time cell, the item's number, its title (wrapped over lines) and its presenters
 * ("Malin Wessberg, klimat- och" / "energisamordnare, Länsstyrelsen," / "Magnus Fjällström, …"); a break is a time
 * cell over "Fika" or "Lunch", and "Mötet avslutas" closes the table. Notes per item may follow ("Punkt 5  Årlig …").
 */
import { normaliseTime } from '../patterns.js';
import type { AgendaBreak, AgendaItem } from '../types.js';
import { BREAK_CELL, fillEndTimes, joinCells, PRESENTER_START, presentersWithTitles, TIME_ONLY, type ParsedAgenda } from './agenda-rows.js';

const NUMBER_CELL = /^(\d{1,2})$/;
const CLOSING_CELL = /^(?:mötet|sammanträdet|dagen)\s+avslutas\b|^avslutning\b/i;
const NOTE_START = /^punkt\s+(\d{1,2})\b[.:]?\s+(.+)$/i;

/** The rows of a one-cell-per-line agenda table in lines[from..to], or undefined when the lines are not one. */
export function parseCellAgenda(lines: readonly string[], from: number, to: number): ParsedAgenda | undefined {
  const items: AgendaItem[] = [];
  const breaks: AgendaBreak[] = [];
  let lastLine = from;
  let expected = 1;
  let i = from;
  // Each row opens with a time cell; the table starts at the first time cell over item 1.
  while (i <= to && !(TIME_ONLY.test(lines[i] ?? '') && NUMBER_CELL.exec(lines[i + 1] ?? '')?.[1] === '1')) i++;
  let closingTime: string | undefined;
  while (i <= to) {
    const time = TIME_ONLY.exec(lines[i] ?? '');
    if (!time) break;
    const start = normaliseTime(time[1]);
    const next = lines[i + 1] ?? '';
    const number = NUMBER_CELL.exec(next);
    if (number && Number(number[1]) === expected) {
      const cells: string[] = [];
      let j = i + 2;
      for (; j <= to && lines[j] && !TIME_ONLY.test(lines[j]); j++) cells.push(lines[j]);
      if (cells.length === 0) break;
      const presenterAt = cells.findIndex((cell, k) => k > 0 && PRESENTER_START.test(cell));
      const titleCells = presenterAt < 0 ? cells : cells.slice(0, presenterAt);
      const presenterCells = presenterAt < 0 ? [] : cells.slice(presenterAt);
      items.push({ number: expected, title: joinCells(titleCells), presenters: presentersWithTitles(joinCells(presenterCells)), documents: [], start });
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
  fillEndTimes(items, breaks, closingTime);
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
