/**
 * An agenda table whose columns the dump kept apart with spaces ("Nr  Ärende    Föredragande    Tid", then
 * "4   Information från regional utvecklings-        Mikael Strömberg,          08:40" / "    direktören    regional
 * utvecklings-"): each raw line is cut at the heading's column starts, a row starts with a number in the first column
 * and goes on over the lines below it, and a break ("Kaffe … 10:15–10:30") stands between rows.
 */
import { findDnrs, normaliseTime, TIME_RANGE } from '../patterns.js';
import type { AgendaBreak, AgendaItem } from '../types.js';
import { BREAK_CELL, fillEndTimes, joinCells, presentersWithTitles, TIME_ONLY, type ParsedAgenda } from './agenda-rows.js';

/** The heading row, its column names apart by two spaces or more. */
const HEADING = /^(\s*)(Nr|Punkt|§)(\s{2,})(Ärende)(\s{2,})(Föredragande)(?:(\s{2,})(Tid))?\s*$/u;
const NUMBER = /^(\d{1,2})\.?$/;
/** Lines that end the table: the notes on the items, the papers, the next meeting. */
const AFTER_TABLE = /^(?:ärendebeskrivning|kort om ärendena|beslutsunderlag|nästa\s+(?:sammanträde|möte)|välkomn)/i;

/**
 * Cuts a raw line at the column starts: where a gap of two spaces or more ends near a start. A line that runs across a
 * start without such a gap ("(Ärendet flyttades från sammanträdet 2024-06-11)") stays in the column it began in.
 */
function cellsOf(raw: string, starts: number[]): string[] {
  const cells: string[] = starts.map(() => '');
  let column = 0;
  let from = 0;
  for (let k = 1; k < starts.length; k += 1) {
    const gap = /\s{2,}/g;
    gap.lastIndex = Math.max(from, starts[k] - 8);
    const m = gap.exec(raw);
    const end = m ? m.index + m[0].length : -1;
    if (!m || end > starts[k] + 2 || end <= from) continue;
    cells[column] = raw.slice(from, m.index).trim();
    column = k;
    from = end;
  }
  cells[column] = raw.slice(from).trim();
  return cells;
}

export function parseColumnAgenda(lines: readonly string[], rawLines: readonly string[], from: number, to: number): ParsedAgenda | undefined {
  let i = from;
  let heading: RegExpExecArray | null = null;
  for (; i <= to && !heading; i++) heading = HEADING.exec(rawLines[i] ?? '');
  if (!heading) return undefined;
  const starts = [0];
  let at = heading[1].length + heading[2].length + heading[3].length;
  starts.push(at);
  at += heading[4].length + heading[5].length;
  starts.push(at);
  if (heading[8]) starts.push(at + heading[6].length + heading[7].length);

  interface Row { item: AgendaItem; title: string[]; presenters: string[]; extra: string[] }
  const rows: Row[] = [];
  const breaks: AgendaBreak[] = [];
  let lastLine = i - 1;
  for (; i <= to; i++) {
    const raw = rawLines[i] ?? '';
    if (!raw.trim()) continue;
    const [number, title, presenter, time = ''] = cellsOf(raw, starts);
    // Page furniture (a running footer, a page number) is blanked in the cleaned lines; so is the rest of a word a
    // hyphen broke, which cleaning joined to the line above, but that stays in its column.
    if (!lines[i] && number) continue;
    if (AFTER_TABLE.test(raw.trim())) break;
    const row = rows[rows.length - 1];
    const numbered = NUMBER.exec(number);
    if (numbered && Number(numbered[1]) === rows.length + 1) {
      const start = TIME_ONLY.exec(time)?.[1];
      rows.push({ item: { number: rows.length + 1, title: '', presenters: [], documents: [], ...(start ? { start: normaliseTime(start) } : {}) }, title: title ? [title] : [], presenters: presenter ? [presenter] : [], extra: [] });
      lastLine = i;
      continue;
    }
    if (number || !row) break;
    if (BREAK_CELL.test(title) && !presenter) {
      const range = TIME_RANGE.exec(time);
      breaks.push({ label: title.replace(/\s+\d.*$/, ''), ...(range ? { start: normaliseTime(`${range[1]}:${range[2]}`), end: normaliseTime(`${range[3]}:${range[4]}`) } : {}), afterItem: row.item.number });
      lastLine = i;
      continue;
    }
    const dnr = findDnrs(title);
    if (dnr.length > 0 && /^Dnr\b/i.test(title)) row.item.dnr = [...(row.item.dnr ?? []), ...dnr];
    else if (/^\(.*\)$/.test(title)) row.extra.push(title);
    else if (title) row.title.push(title);
    if (presenter) row.presenters.push(presenter);
    if (!row.item.start && TIME_ONLY.test(time)) row.item.start = normaliseTime(TIME_ONLY.exec(time)![1]);
    lastLine = i;
  }
  if (rows.length < 2) return undefined;
  const items = rows.map(({ item, title, presenters, extra }) => ({
    ...item,
    title: joinCells(title),
    presenters: presentersWithTitles(joinCells(presenters)),
    ...(extra.length > 0 ? { description: extra.join(' ') } : {}),
  }));
  fillEndTimes(items, breaks);
  return { items, breaks, lastLine };
}
