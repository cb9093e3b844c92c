/**
 * An agenda table whose columns the dump kept apart with spaces ("Nr  Ärende    Föredragande    Tid", then
 * "4   Information från regional utvecklings-        Mikael Strömberg,          08:40" / "    direktören    regional
 * utvecklings-"): each raw line is cut at the heading's column starts, whatever their order, a row starts with a number
 * in the first column and goes on over the lines below it, and a break ("Kaffe … 10:15–10:30") stands between rows.
 * Also a table whose headings stand one per line (parseAlignedRowAgenda) and one whose cells stand apart by "|"
 * (parsePipeAgenda).
 */
import { findDnrs, normaliseTime, TIME_RANGE } from '../patterns.js';
import type { AgendaBreak, AgendaItem } from '../types.js';
import { addNotes } from './agenda-cells.js';
import { BREAK_CELL, breakLine, PAGE_HEADING, PART_LABEL, PRESENTER_START, RULE_LINE, columnOfHeading, fillEndTimes, handlingOf, joinCells, presentersWithTitles, SUB_ITEM_LABEL, TIME_ONLY, type AgendaColumn, type ParsedAgenda } from './agenda-rows.js';

/** A column heading, apart from the next by two spaces or more ("Beslut/" may wrap its "Info" onto the next line). */
// ("Dnr / handling": the diary number's column shared with the item's papers.)
// ("Dnr / typ": the diary number's column shared with the kind of item.)
const COLUMN_NAME = /^(?:Nr|Punkt|Pkt\.?|§|Tid|Kl\.?|Klockan|Ärende|Föredragande(?:\s*\/\s*(?:kl\.?|tid))?|Ansvarig|Beslut\/?(?:\s*Info)?|Info|B\/I|Typ(?:\s*\/\s*(?:[Dd]nr|[Dd]iarienr|[Hh]andling(?:ar)?))?|Dnr(?:\s*\/\s*(?:handling(?:ar)?|bilaga|typ))?|Diarienr|Diarienummer|Handling(?:ar)?(?:\s*\/\s*(?:typ|dnr))?|Bilaga|Karaktär)$/u;

/** How many lines a page's footer and the next page's letterhead take, at most. */
const PAGE_FURNITURE_LINES = 10;

/** The line where the heading row is printed again after a page break, if it is within `to`. */
function headingAgain(rawLines: readonly string[], from: number, to: number, nextNumber: number): number | undefined {
  for (let i = from; i <= to; i++) {
    if (headingColumns(rawLines[i] ?? '')) return i;
    // ("PKT  KLOCKAN  ÄRENDE  TYP": a stacked heading's first line, printed again alone.)
    const named = namedColumns(spacedCells(rawLines[i] ?? ''));
    if (named && numberLeads(named) && named.some((c) => c.column === 'title')) return i;
    // (… or the next page's mark, "Sida 3 (4)", right over the next row, without the headings.)
    if (!PAGE_MARK.test(rawLines[i] ?? '')) continue;
    let j = i + 1;
    while (j <= to + 2 && !rawLines[j]?.trim()) j++;
    if (new RegExp(String.raw`^\s*${nextNumber}[.)]?\s{2,}\S`).test(rawLines[j] ?? '')) return j - 1;
    // ("Sida 2 (3)" / "LUNCH 12:15–13:15" / "8   Resfria vårdbesök …": a break opens the new page.)
    let k = j + 1;
    while (k <= to + 4 && !rawLines[k]?.trim()) k++;
    if (BREAK_CELL.test(rawLines[j]?.trim() ?? '') && new RegExp(String.raw`^\s*${nextNumber}[.)]?\s{2,}\S`).test(rawLines[k] ?? '')) return j - 1;
  }
  return undefined;
}

const PAGE_MARK = /(?<![\p{L}])(?:sida|sid\.?|page)\s+\d+\s*(?:\(\d+\)|\/\s*\d+|av\s+\d+|of\s+\d+)?\s*$/iu;

/** The heading row's columns and where each starts: "Nr  Ärende  Föredragande  Tid", "Nr  Tid  Ärende  Föredragande  Beslut/". */
function headingColumns(raw: string): Array<{ column: AgendaColumn; at: number }> | undefined {
  return agendaHeading(namedColumns(spacedCells(raw)));
}

/** A raw line's cells, apart by two spaces or more, and where each starts. */
function spacedCells(raw: string): Array<{ text: string; at: number }> {
  return [...raw.matchAll(/\S+(?: \S+)*/g)].flatMap((cell) => {
    // ("Nr Ärende      Föredragande": the number's narrow column one space from the matter's.)
    const narrow = /^(Nr|§)( )(\S.*)$/u.exec(cell[0]);
    if (narrow && COLUMN_NAME.test(narrow[3])) return [{ text: narrow[1], at: cell.index! }, { text: narrow[3], at: cell.index! + narrow[1].length + 1 }];
    return [{ text: cell[0], at: cell.index! }];
  });
}

/** Cells as columns, when there are three or more and every one is a column's name. */
function namedColumns(written: Array<{ text: string; at: number }>): Array<{ column: AgendaColumn; at: number }> | undefined {
  // ("PKT  KLOCKAN  ÄRENDE  TYP": the names in capitals.)
  const cells = written.map((cell) => (COLUMN_NAME.test(cell.text) ? cell : { ...cell, text: sentenceCased(cell.text) }));
  if (cells.length < 3 || !cells.every((cell) => COLUMN_NAME.test(cell.text))) return undefined;
  const columns = cells.map((cell) => ({ column: columnOfHeading(cell.text), at: cell.at }));
  // ("Nr  Kl.  Punkt  Ansvarig  Typ": after the number's column, "Punkt" heads the matter's.)
  const second = columns.findIndex((c, k) => c.column === 'number' && columns.slice(0, k).some((d) => d.column === 'number'));
  if (second >= 0 && !columns.some((c) => c.column === 'title')) columns[second] = { ...columns[second], column: 'title' };
  return columns;
}

/**
 * The heading row's columns, when they include the number, matter and presenter.
 * The number comes first, or after the presenter and the time ("Föredragande  Kl.  Nr  Ärende  Typ").
 */
function agendaHeading(columns: Array<{ column: AgendaColumn; at: number }> | undefined): Array<{ column: AgendaColumn; at: number }> | undefined {
  if (!columns) return undefined;
  const kinds = columns.map((c) => c.column);
  const presenterFirst = kinds[0] === 'presenter' && kinds.indexOf('number') > 0 && kinds.indexOf('number') < kinds.indexOf('title');
  // ("Nr  Ärende  Föredragande  Kl.  Dnr": "Kl." heads the time column whichever column comes first.)
  return (numberLeads(columns) || presenterFirst) && kinds.includes('title') && kinds.includes('presenter') ? columns : undefined;
}

/** The number's column comes first, or right after the time's ("Tid | Nr | Ärende | Ansvarig", "Kl.  Nr  Ärende"). */
function numberLeads(columns: ReadonlyArray<{ column: AgendaColumn }>): boolean {
  return columns[0]?.column === 'number' || (columns[0]?.column === 'time' && columns[1]?.column === 'number');
}

const NUMBER = /^(\d{1,2})[.)]?$/;
const OPEN_BRACKET = /\([^)]*$/;
const BREAK_MARKS = /^~\s*(.*?)\s*~$|^(?:-\s+){2,}(.*?)(?:\s+-){2,}$/;
const TIMED_PRESENTER_HEADING = /(?<![\p{L}])(?:föredragande|ansvarig)\s*\/\s*(?:kl\.?|tid)(?![\p{L}])/iu;
/** "Sara Nyström 13.05", "13.05", "Wall, ekonom 15.15": the presenter's cell with the row's start after it. */
const PRESENTER_AND_TIME = /^(.*?)\s*(?:kl\.?\s*)?(\d{1,2}[:.]\d{2})\)?$/i;
/** Where the heading row's "Dnr" column starts. */
const DNR_HEADING = /(?<=\s)Dnr(?=\s|$)/;
/** "4 a) Besked från MYH …": a sub-item in the matter's column, one of the item's points. */
const NUMBERED_SUB_ITEM = new RegExp(String.raw`^${SUB_ITEM_LABEL}\s`);
/** "16:00  Mötet avslutas": an unnumbered timed row that closes the meeting, and the table. */
const CLOSING_ROW = /^(?:mötet\s+avslutas|avslutning|mötet\s+slutar)\b/i;
/** Lines that end the table: the notes on the items, the papers, the next meeting. */
/** The labels of a note on an item, under its row: "Ärendebeskrivning: …", "Beslutsunderlag: …". */
const ROW_NOTE = /^(?:ärendebeskrivning|beslutsunderlag|förslag(?: till beslut)?|bakgrund)\s*:/i;
const AFTER_TABLE = /^(?:ärendebeskrivning|kort om ärendena|beslutsunderlag|nästa\s+(?:sammanträde|möte)|välkomn)/i;

/**
 * Cuts a raw line at the column starts: where a gap of two spaces or more ends near a start. A line that runs across a
 * start without such a gap ("(Ärendet flyttades från sammanträdet 2024-06-11)") stays in the column it began in.
 */
function cellsOf(raw: string, starts: number[]): string[] {
  const cells: string[] = starts.map(() => '');
  // A line indented past a column's start ("          omgång 2024" under the matter) begins in that column.
  const indent = Math.max(0, raw.search(/\S/));
  let column = 0;
  while (column + 1 < starts.length && starts[column + 1] <= indent + 2) column += 1;
  let from = indent;
  for (let k = column + 1; k < starts.length; k += 1) {
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

/** The rows of a column table in lines[from..to]; a table that goes on from an earlier page's rows starts at `firstNumber`. */
export function parseColumnAgenda(lines: readonly string[], rawLines: readonly string[], from: number, to: number, firstNumber = 1): ParsedAgenda | undefined {
  let i = from;
  let heading: Array<{ column: AgendaColumn; at: number }> | undefined;
  let stacked = false;
  let headingLine = i;
  for (; i <= to && !heading; i++) {
    headingLine = i;
    heading = headingColumns(rawLines[i] ?? '');
    if (heading) continue;
    heading = combinedHeading(rawLines[i] ?? '');
    if (heading) {
      stacked = true;
      continue;
    }
    heading = stackedHeading(rawLines[i] ?? '', rawLines[i + 1] ?? '');
    if (heading) {
      stacked = true;
      i += 1;
    }
  }
  if (!heading) return undefined;
  const starts = heading.map((c, k) => (k === 0 ? 0 : c.at));
  const dnrStart = DNR_HEADING.exec(rawLines[headingLine] ?? '')?.index;
  const cellOf = (cells: string[], column: AgendaColumn) => cells[heading!.findIndex((c) => c.column === column)] ?? '';
  const titleColumn = heading.findIndex((c) => c.column === 'title');
  const presenterTimed = TIMED_PRESENTER_HEADING.test(rawLines[headingLine] ?? '');
  const titleEnd = titleColumn >= 0 && titleColumn + 1 < starts.length ? starts[titleColumn + 1] : undefined;

  interface Row { item: AgendaItem; title: string[]; presenters: string[]; extra: string[]; points: string[][]; noting?: boolean; stage?: 'presenter' | 'note'; firstName?: string }
  const rows: Row[] = [];
  const breaks: AgendaBreak[] = [];
  let lastLine = i - 1;
  for (; i <= to; i++) {
    const raw = rawLines[i] ?? '';
    // ("SLUTEN DEL (sekretess)": the label of the table's next part.)
    // ("-----------": the rule under the heading.)
    if (!raw.trim() || RULE_LINE.test(raw) || PAGE_HEADING.test(raw.trim()) || (rows.length > 0 && PART_LABEL.test(raw.trim()))) continue;
    const cells = cellsOf(raw, starts);
    // ("10 Revisionsberättelse 2023": a two-digit number one space from its matter, both cut into the number's column.)
    const run = heading[0].column === 'number' && titleColumn > 0 && !cells[titleColumn] ? /^(\d{1,2})[.)]?\s(\S.*)$/.exec(cells[0]) : null;
    if (run) [cells[0], cells[titleColumn]] = [run[1], run[2]];
    const [number, title, written, cellTime, handling] = (['number', 'title', 'presenter', 'time', 'handling'] as const).map((column) => cellOf(cells, column));
    // ("~ Kaffe 14.30–14.45 ~", "- - - -  PAUS 10.20–10.35  - - - -": a break set off by marks around it, across the columns.)
    const marked = BREAK_MARKS.exec(raw.trim());
    const markedBreak = marked ? (marked[1] ?? marked[2]).trim() : '';
    if (rows.length > 0 && BREAK_CELL.test(markedBreak)) {
      breaks.push(breakOfCells(markedBreak, '', rows[rows.length - 1].item.number));
      lastLine = i;
      continue;
    }
    // (Under "Föredragande / kl." the row's start stands after the name, or alone on the line under it.)
    const timed = presenterTimed && !cellTime ? PRESENTER_AND_TIME.exec(written) : null;
    const [presenter, time] = timed ? [timed[1].replace(/\s*\($/, ''), timed[2]] : [written, cellTime];
    // Page furniture (a running footer, a page number) is blanked in the cleaned lines; so is the rest of a word a
    // hyphen broke, which cleaning joined to the line above, but that stays in its column.
    if (!lines[i] && number) continue;
    const row = rows[rows.length - 1];
    // ("           Ärendebeskrivning: Regionala …": a row's note, indented under its matter, is no heading after the table.)
    const rowNote = row !== undefined && /^\s{2,}/.test(raw) && ROW_NOTE.test(title);
    if (AFTER_TABLE.test(raw.trim()) && !rowNote) break;
    const numbered = NUMBER.exec(number);
    if (numbered && Number(numbered[1]) === firstNumber + rows.length) {
      const start = TIME_ONLY.exec(time)?.[1];
      const kind = handlingOf(handling);
      // ("6   Flygfotografering …   09.45   RUN/301/2023": the row's cell under "Dnr".)
      const dnr = dnrStart !== undefined ? findDnrs(raw.slice(Math.max(0, dnrStart - 2))) : [];
      rows.push({ item: { number: firstNumber + rows.length, title: '', presenters: [], documents: [], ...(start ? { start: normaliseTime(start) } : {}), ...(kind ? { handling: kind } : {}), ...(dnr.length > 0 ? { dnr } : {}) }, title: title ? [title] : [], presenters: presenter ? [presenter] : [], extra: [], points: [] });
      lastLine = i;
      continue;
    }
    // ("Info" under "Beslut/": the heading's wrapped line, before the first row.)
    if (!row && !number && !title && !presenter && !time) continue;
    // ("Dnr" under "Ärende": a second heading line, stacked under the first, before the first row.)
    if (!row && spacedCells(raw).every((cell) => COLUMN_NAME.test(cell.text))) continue;
    // The page ends: its footer and the next page's letterhead stand before the heading row again.
    const resumed = row && number ? headingAgain(rawLines, i, Math.min(to, i + PAGE_FURNITURE_LINES), firstNumber + rows.length) : undefined;
    if (resumed !== undefined) {
      i = resumed;
      continue;
    }
    if (number || !row) break;
    if (BREAK_CELL.test(title) && !presenter) {
      breaks.push(breakOfCells(title, time, row.item.number));
      lastLine = i;
      continue;
    }
    // ("Lunch   12.10" over "–13.00": the break's end alone in the time column on the line under it.)
    const lastBreak = breaks[breaks.length - 1];
    const breakEnd = /^[–-]\s?(\d{1,2}[:.]\d{2})$/.exec(time);
    if (breakEnd && !title && !presenter && lastBreak?.start && !lastBreak.end && lastBreak.afterItem === row.item.number && lastLine === i - 1) {
      lastBreak.end = normaliseTime(breakEnd[1]);
      lastLine = i;
      continue;
    }
    // ("12.00  LUNCH (serveras i restaurang Ugglan," over "plan 1) – åter 13.00": the break's words, its bracket still open,
    // go on on the line under it; "åter 13.00" is its end.)
    if (title && !presenter && !time && lastBreak?.afterItem === row.item.number && lastLine === i - 1 && OPEN_BRACKET.test(lastBreak.label)) {
      lastBreak.note = `${lastBreak.label.replace(/^[^(]*\(/, '')} ${title.replace(/\)?\s*[–-]?\s*åter\s+\d.*$/i, '')}`.trim();
      lastBreak.label = lastBreak.label.replace(/\s*\(.*$/, '');
      const back = /åter\s+(?:kl\.?\s*)?(\d{1,2}[:.]\d{2})/i.exec(title);
      if (back && !lastBreak.end) lastBreak.end = normaliseTime(back[1]);
      lastLine = i;
      continue;
    }
    // "10.30–10.45  P A U S  (kaffe)": the break's times in the time column, its name letter-spaced across the others.
    const pause = !presenter ? breakLine(lines[i]) : undefined;
    if (pause) {
      breaks.push({ ...pause, afterItem: row.item.number });
      lastLine = i;
      continue;
    }
    if (!presenter && TIME_ONLY.test(time) && CLOSING_ROW.test(title)) break;
    // ("Trafikverket redovisar beredskap, driftområden och entreprenörer inför säsongen": a line of running text under
    // the row, wider than the matter's column, is a note on the item; so is all under the row's diary number.)
    // (A cell further right, "Beslut" under "Dnr / typ", is not the matter's line running across.)
    const runsAcross = titleEnd !== undefined && !presenter && !time && raw.indexOf(title) + title.length > titleEnd + 2;
    if (title && !presenter && (rowNote || row.noting || runsAcross)) {
      row.noting = true;
      row.extra.push(title);
      lastLine = i;
      continue;
    }
    // (Under a stacked heading the matter's column holds the title, then the presenter, then a note on the item.)
    // ("           Tobias" / "           Lindqvist-Moe, fondhandläggare": a stacked presenter's name may start left of the
    // matter's column, in the time's.)
    if (stacked && !title && time && !TIME_ONLY.test(time) && !/\d/.test(time) && stackedCell(row, time)) {
      takeDiaryNumber(row.item, handling);
      lastLine = i;
      continue;
    }
    if (stacked && title && stackedCell(row, title)) {
      lastLine = i;
      continue;
    }
    const dnr = findDnrs(title);
    if (NUMBERED_SUB_ITEM.test(title)) row.points.push([title]);
    else if (title && row.points.length > 0 && !/^\(.*\)$/.test(title)) row.points[row.points.length - 1].push(title);
    else if (dnr.length > 0 && /^\(?Dnr\b/i.test(title)) {
      row.item.dnr = [...(row.item.dnr ?? []), ...dnr];
      if (/^Dnr\b/i.test(title)) row.noting = true;
    }
    else if (/^\(.*\)$/.test(title)) row.extra.push(title);
    else if (title) row.title.push(title);
    if (presenter) row.presenters.push(presenter);
    // ("Info/" over "diskussion": the cell may start on a row's later line.)
    if (!row.item.handling && handlingOf(handling)) row.item.handling = handlingOf(handling);
    takeDiaryNumber(row.item, handling);
    if (!row.item.start && TIME_ONLY.test(time)) row.item.start = normaliseTime(TIME_ONLY.exec(time)![1]);
    lastLine = i;
  }
  if (rows.length < 2) return undefined;
  const items = rows.map(({ item, title, presenters, extra, points, firstName }) => ({
    ...item,
    title: joinCells(firstName !== undefined ? [...title, firstName] : title),
    presenters: presentersWithTitles(joinCells(presenters)),
    ...(extra.length > 0 ? { description: extra.join(' ') } : {}),
    ...(points.length > 0 ? { points: points.map(joinCells) } : {}),
  }));
  fillEndTimes(items, breaks);
  return { items, breaks, lastLine };
}

/** ("Typ / Dnr": a row's diary number under its kind of item, on a later line of the row.) */
function takeDiaryNumber(item: AgendaItem, cell: string): void {
  const dnr = item.dnr || !cell ? [] : findDnrs(cell);
  if (dnr.length > 0) item.dnr = dnr;
}

/**
 * "Nr  Ärende   Kl.  Dnr" over "    Föredragande": the presenter's heading stacked under the matter's, each row's
 * presenter on the line under its title.
 */
function stackedHeading(raw: string, below: string): Array<{ column: AgendaColumn; at: number }> | undefined {
  const columns = namedColumns(spacedCells(raw));
  const title = columns?.find((c) => c.column === 'title');
  // ("Kl.  Nr  Ärende  Dnr" over "Föredragande": the time's column may come before the number's.)
  if (!columns || !numberLeads(columns) || !title || columns.some((c) => c.column === 'presenter')) return undefined;
  // ("FÖREDRAGANDE   DNR": in capitals, and the diary number's heading stacked under the kind of item's.)
  const stackedName = /^(\s*)(?:Föredragande|Ansvarig)(?:\s{2,}(?:Dnr|Diarienr))?\s*$/i.exec(below);
  // ("Pkt  Kl.  Ärende" over "     Föredragande": the stacked name may start left of the matter's column, not right of it.)
  return stackedName && stackedName[1].length <= title.at + 2 && stackedName[1].length > columns[0].at ? columns : undefined;
}

/** "PUNKT  ÄRENDE / FÖREDRAGANDE  KL  DNR": one column for the matter and, on the lines under it, its presenter. */
function combinedHeading(raw: string): Array<{ column: AgendaColumn; at: number }> | undefined {
  const cells = spacedCells(raw);
  const combined = cells.findIndex((cell) => COMBINED_TITLE.test(cell.text));
  if (combined < 0) return undefined;
  // (namedColumns reads the other headings' capitals.)
  const columns = namedColumns(cells.map((cell, k) => (k === combined ? { ...cell, text: 'Ärende' } : cell)));
  return columns && numberLeads(columns) && !columns.some((c) => c.column === 'presenter') ? columns : undefined;
}

const COMBINED_TITLE = /^(?:ärende|ärenden|rubrik)\s*\/\s*(?:föredragande|ansvarig)$/iu;
/** "PUNKT", "KL", "DNR": a heading in capitals, as the column names are written otherwise. */
const sentenceCased = (text: string) => (text === text.toUpperCase() ? `${text[0]}${text.slice(1).toLowerCase()}` : text);

/** A sentence, or more than one: a note on the item, not its title or presenter. */
const SENTENCE = /\.$|\.\s+\p{Lu}/u;
const PRESENTER_GOES_ON = 4;

/** Files a line of the matter's column under a stacked heading; false when it is the title's. */
function stackedCell(row: { title: string[]; presenters: string[]; extra: string[]; stage?: 'presenter' | 'note'; firstName?: string }, written: string): boolean {
  // ("Lotta" / "Hägglund, planarkitekt, …": a name broken after its first word is held until the line after says so.)
  const held = row.firstName;
  row.firstName = undefined;
  const joined = held !== undefined ? `${held} ${written}` : written;
  const text = held !== undefined && PRESENTER_START.test(joined) ? joined : written;
  if (held !== undefined && text === written) row.title.push(held);
  // ("Ordföranden" under the title: the chair presents it.)
  if (row.stage === undefined && row.title.length > 0 && held === undefined && /^(?:Ordföranden?|Sekreteraren?|Sammankallande)$/u.test(written)) {
    row.stage = 'presenter';
    row.presenters.push(written);
    return true;
  }
  // ("Eva-Lena" / "Grahn, analytiker, Region JH": a double first name too.)
  if (row.stage === undefined && row.title.length > 0 && held === undefined && /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(written)) {
    row.firstName = written;
    return true;
  }
  if (row.stage === 'note' || SENTENCE.test(text)) {
    row.stage = 'note';
    row.extra.push(text);
    return true;
  }
  // ("Johan Berglöf, tf regional" / "GIS-samordnare": the presenter's title goes on for a few words.)
  if (row.stage === 'presenter' && text.split(/\s+/).length <= PRESENTER_GOES_ON) {
    row.presenters.push(text);
    return true;
  }
  if (row.stage === undefined && row.title.length > 0 && PRESENTER_START.test(text)) {
    row.stage = 'presenter';
    row.presenters.push(text);
    return true;
  }
  if (row.stage !== undefined) {
    row.stage = 'note';
    row.extra.push(text);
    return true;
  }
  return false;
}

/** A break's row in a column table: its name in the title column ("Kaffe", "Bensträckare 14.30"), its times in the time column or after the name. */
function breakOfCells(title: string, time: string, afterItem: number): AgendaBreak {
  const range = TIME_RANGE.exec(time) ?? TIME_RANGE.exec(title);
  // ("10:30  Paus": a start alone in the time column.)
  const start = range ? undefined : TIME_ONLY.exec(time)?.[1];
  return { label: title.replace(/\s+\d.*$/, ''), ...(range ? { start: normaliseTime(`${range[1]}:${range[2]}`), end: normaliseTime(`${range[3]}:${range[4]}`) } : start ? { start: normaliseTime(start) } : {}), afterItem };
}

/** "09.00 1 Mötet öppnas, upprop": a row opening with its time and number, the title after them. */
const ALIGNED_ROW = /^\s*(?:(\d{1,2}[.:]\d{2})\s+)?(\d{1,2})\.?\s+(?=\p{Lu})/u;
/** "B", "I": a column marking decision and information items. */
const ITEM_KIND_CELL = /^[A-ZÅÄÖ](?:\/[A-ZÅÄÖ])?$/;
/** How far a cell may start from its column's start and still be in it. */
const COLUMN_SLACK = 4;

interface Segment { text: string; at: number }

function segmentsOf(raw: string): Segment[] {
  return [...raw.matchAll(/\S+(?: \S+)*/g)].map((m) => ({ text: m[0], at: m.index! }));
}

/**
 * An agenda table whose column headings the dump put one per line, its rows kept in columns by spaces: "09.20 4
 * Delårsrapport RKC januari–juni 2024          Petra Olofsson, tf." / "        inklusive ekonomisk prognos
 * verksamhetschef RKC" / "        RS/442/2021      I". The presenters' column starts where the rows' second cells do.
 */
export function parseAlignedRowAgenda(lines: readonly string[], rawLines: readonly string[], from: number, to: number): ParsedAgenda | undefined {
  let first = from;
  while (first <= to && !(ALIGNED_ROW.exec(rawLines[first] ?? '')?.[2] === '1' && lines[first])) first++;
  if (first > to) return undefined;
  const presenterColumn = presenterColumnOf(rawLines, first, to);
  if (presenterColumn === undefined) return undefined;
  interface Row { item: AgendaItem; title: string[]; presenters: string[]; titleAt: number }
  const rows: Row[] = [];
  const breaks: AgendaBreak[] = [];
  let lastLine = first;
  for (let i = first; i <= to; i++) {
    const raw = rawLines[i] ?? '';
    if (!raw.trim() || !lines[i]) continue;
    const opening = ALIGNED_ROW.exec(raw);
    const row = rows[rows.length - 1];
    if (opening && Number(opening[2]) === rows.length + 1) {
      const cells = segmentsOf(raw.slice(opening[0].length)).map((s) => ({ ...s, at: s.at + opening[0].length }));
      rows.push({
        item: { number: rows.length + 1, title: '', presenters: [], documents: [], ...(opening[1] ? { start: normaliseTime(opening[1]) } : {}) },
        title: [],
        presenters: [],
        titleAt: opening[0].length,
      });
      addCells(rows[rows.length - 1], cells, presenterColumn);
      lastLine = i;
      continue;
    }
    const pause = row ? breakLine(lines[i]) : undefined;
    if (pause) {
      breaks.push({ ...pause, afterItem: row.item.number });
      lastLine = i;
      continue;
    }
    // A line from the page's left edge (the key "B = beslutsärende", the notes) ends the table.
    if (!row || AFTER_TABLE.test(lines[i]) || !/^\s/.test(raw)) break;
    addCells(row, segmentsOf(raw), presenterColumn);
    lastLine = i;
  }
  if (rows.length < 3) return undefined;
  const items = rows.map(({ item, title, presenters }) => {
    const dnr = findDnrs(presenters.join(' '));
    const named = presenters.filter((cell) => findDnrs(cell).length === 0);
    return { ...item, title: joinCells(title), presenters: presentersWithTitles(joinCells(named)), ...(dnr.length > 0 ? { dnr } : {}) };
  });
  fillEndTimes(items, breaks);
  addNotes(items, lines, lastLine + 1, to);
  return { items, breaks, lastLine };

  function addCells(row: Row, cells: Segment[], presenterAt: number): void {
    for (const cell of cells) {
      if (cell.at < presenterAt - COLUMN_SLACK) row.title.push(cell.text);
      else if (ITEM_KIND_CELL.test(cell.text)) row.item.handling ??= handlingOf(cell.text);
      else if (cell.at <= presenterAt + COLUMN_SLACK) row.presenters.push(cell.text);
    }
  }
}

/** Where the presenters' column starts: the most common start of the second cell on the rows' first lines. */
function presenterColumnOf(rawLines: readonly string[], first: number, to: number): number | undefined {
  const counts = new Map<number, number>();
  let expected = 1;
  for (let i = first; i <= to && expected < 40; i++) {
    const opening = ALIGNED_ROW.exec(rawLines[i] ?? '');
    if (!opening || Number(opening[2]) !== expected) continue;
    expected++;
    const second = segmentsOf(rawLines[i].slice(opening[0].length)).find((s, k) => k > 0 && !ITEM_KIND_CELL.test(s.text));
    if (!second) continue;
    const at = second.at + opening[0].length;
    counts.set(at, (counts.get(at) ?? 0) + 1);
  }
  const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return best && best[1] >= 3 ? best[0] : undefined;
}

/**
 * An agenda table whose cells stand apart by "|" ("Nr | Tid | Ärende | Föredragande", then "1 | 13.00 | Mötets
 * öppnande | Ordföranden"): each row a line, its cells in the heading's order.
 */
export function parsePipeAgenda(lines: readonly string[], rawLines: readonly string[], from: number, to: number): ParsedAgenda | undefined {
  const cellsOfLine = (line: string) => line.split('|').map((cell) => cell.trim());
  const headingOf = (line: string | undefined) => (line?.includes('|') ? agendaHeading(namedColumns(cellsOfLine(line).map((text, at) => ({ text, at })))) : undefined);
  let i = from;
  let heading: Array<{ column: AgendaColumn; at: number }> | undefined;
  for (; i <= to && !heading; i++) heading = headingOf(lines[i]);
  if (!heading) return undefined;
  // (The raw line keeps a row's empty cells, which cleaning runs together: "   |       | justerare   |".)
  const leadingPipe = /^\s*\|/.test(rawLines[i - 1] ?? '');
  const titleAt = heading.findIndex((c) => c.column === 'title');
  // ("| Nr | Ärende | Diarienr | Föredragande | Tid |": the diary number's column.)
  const dnrAt = cellsOfLine(lines[i - 1]).findIndex((cell) => /^(?:dnr|diarienr|diarienummer)$/i.test(cell));
  const cellsAt = (k: number) => {
    const raw = rawLines[k] ?? '';
    const cells = raw.includes('|') ? cellsOfLine(raw) : cellsOfLine(lines[k]);
    const own = leadingPipe && raw.includes('|') ? cells.slice(1) : cells;
    // ("Färjesamrådet | ordförande 2023 | RUN/37/2024": a row's wrapped line written without its empty leading cells.)
    const shifted = own.length < heading!.length && own.length > 1 && own[0] !== '' && !NUMBER.test(own[0]) && !/\d[.:]\d{2}/.test(own[0]) && titleAt > 0;
    return shifted ? [...Array<string>(titleAt).fill(''), ...own] : own;
  };
  const cellOf = (cells: string[], column: AgendaColumn) => cells[heading!.findIndex((c) => c.column === column)] ?? '';
  const nextPipeRow = (k: number) => {
    for (let j = k + 1; j <= Math.min(to, k + PAGE_FURNITURE_LINES); j++) if (lines[j]?.includes('|')) return j;
    return undefined;
  };
  const items: AgendaItem[] = [];
  const breaks: AgendaBreak[] = [];
  let presenterCells: string[] = [];
  let lastLine = i - 1;
  for (; i <= to; i++) {
    const line = lines[i];
    if (!line) continue;
    // ("---+-------+------": the rule under the heading row.)
    if (RULE_LINE.test(rawLines[i] ?? line)) continue;
    const cells = cellsAt(i);
    const numbered = NUMBER.exec(cellOf(cells, 'number'));
    if (line.includes('|') && numbered && Number(numbered[1]) === items.length + 1) {
      const start = TIME_ONLY.exec(cellOf(cells, 'time'))?.[1];
      const kind = handlingOf(cellOf(cells, 'handling'));
      const dnr = dnrAt >= 0 ? findDnrs(cells[dnrAt] ?? '') : [];
      items.push({ number: items.length + 1, title: cellOf(cells, 'title'), presenters: presentersWithTitles(cellOf(cells, 'presenter')), documents: [], ...(start ? { start: normaliseTime(start) } : {}), ...(kind ? { handling: kind } : {}), ...(dnr.length > 0 ? { dnr } : {}) });
      presenterCells = [cellOf(cells, 'presenter')];
      lastLine = i;
      continue;
    }
    const pause = items.length > 0 ? breakLine(cells.filter(Boolean).join(' ')) : undefined;
    if (pause) {
      breaks.push({ ...pause, afterItem: items[items.length - 1].number });
      lastLine = i;
      continue;
    }
    // ("Nr | Kl. | Ärende | …" again under the next page's head: the table goes on.)
    if (headingOf(line)) continue;
    // ("och utbyggnaden 2023/2024": the matter's last words wrapped onto a line of their own, no cell marks.)
    const item = items[items.length - 1];
    if (item && !line.includes('|') && /^\p{Ll}/u.test(line) && line.length <= 60) {
      item.title = joinCells([item.title, line]);
      lastLine = i;
      continue;
    }
    // ("4 | Verksamhetsberättelse 2024 för Gemensamma" / "  | vuxenutbildningsnämnden | Henrik Moberg, vuxen-" /
    // "  | | utbildningschef | 09:45 | GVN 2025/0008 | Beslut": a row wrapped cell by cell, its start on its last line.)
    const lateStart = item && !item.start ? TIME_ONLY.exec(cellOf(cells, 'time'))?.[1] : undefined;
    if (item && line.includes('|') && !cellOf(cells, 'number') && (!cellOf(cells, 'time') || lateStart) && (cellOf(cells, 'title') || cellOf(cells, 'presenter'))) {
      if (lateStart) item.start = normaliseTime(lateStart);
      const lateDnr = dnrAt >= 0 && !item.dnr ? findDnrs(cells[dnrAt] ?? '') : [];
      if (lateDnr.length > 0) item.dnr = lateDnr;
      if (cellOf(cells, 'title')) item.title = joinCells([item.title, cellOf(cells, 'title')]);
      if (cellOf(cells, 'presenter')) {
        presenterCells.push(cellOf(cells, 'presenter'));
        item.presenters = presentersWithTitles(joinCells(presenterCells));
      }
      if (!item.handling && handlingOf(cellOf(cells, 'handling'))) item.handling = handlingOf(cellOf(cells, 'handling'));
      lastLine = i;
      continue;
    }
    // ("Kallelse GVN 2025-02-07" / "KALLELSE" / "med föredragningslista": the next page's head, then the next row.)
    const resumed = item && !line.includes('|') ? nextPipeRow(i) : undefined;
    if (resumed !== undefined && NUMBER.exec(cellOf(cellsAt(resumed), 'number'))?.[1] === String(items.length + 1)) {
      i = resumed - 1;
      continue;
    }
    break;
  }
  if (items.length < 2) return undefined;
  fillEndTimes(items, breaks);
  return { items, breaks, lastLine };
}

/** "1) Inledning och incheckning", "4. Remiss: …": a title cell that opens with its item's number. */
const NUMBERED_TITLE = /^(\d{1,2})[.)]\s+(\S.*)$/u;
/** "a) Reviderat nyckeltal vårddygn 2023": a sub-item under a row's title. */
const SUB_ITEM = /^[a-h]\)\s+\S/u;
/** Headings of a table without a number column: the presenter may come first and the time last ("Start"). */
const UNNUMBERED_HEADING = /^(?:Tid|Start|Starttid|Kl\.?|Ärende|Ärenden|Rubrik|Föredragande|Ansvarig|Beslut\/?(?:\s*Info)?|Info|B\/I)$/u;

function unnumberedHeading(raw: string): Array<{ column: AgendaColumn; at: number }> | undefined {
  const cells = segmentsOf(raw);
  if (cells.length < 3 || !cells.every((cell) => UNNUMBERED_HEADING.test(cell.text))) return undefined;
  const columns = cells.map((cell) => ({ column: columnOfHeading(cell.text), at: cell.at }));
  const kinds = columns.map((c) => c.column);
  return kinds.includes('title') && kinds.includes('presenter') ? columns : undefined;
}

/**
 * An agenda table without a number column, kept in columns by spaces, whose title cells open with the item's number:
 * "Ansvarig   Ärende   Start", then "Thomas Ek    4) Remiss: länsgemensam rutin för    13:50" / "      läkarmedverkan i
 * hemsjukvård (bilaga)" / "      a) Genomgång av rutinens avsnitt 3–5". Each cell belongs to the column it starts in;
 * lettered lines under a title are the item's sub-items.
 */
export function parseNumberedTitleColumnAgenda(lines: readonly string[], rawLines: readonly string[], from: number, to: number): ParsedAgenda | undefined {
  let i = from;
  let heading: Array<{ column: AgendaColumn; at: number }> | undefined;
  for (; i <= to && !heading; i++) heading = unnumberedHeading(rawLines[i] ?? '');
  if (!heading) return undefined;
  const columns = heading;
  const columnAt = (at: number) => {
    let k = 0;
    columns.forEach((c, n) => {
      if (c.at <= at + COLUMN_SLACK) k = n;
    });
    return columns[k].column;
  };
  interface Row { item: AgendaItem; title: string[]; presenters: string[]; points: string[]; pointAt: number }
  const rows: Row[] = [];
  const breaks: AgendaBreak[] = [];
  let lastLine = i - 1;
  for (; i <= to; i++) {
    const raw = rawLines[i] ?? '';
    if (!raw.trim()) {
      // The table ends at a gap, unless its next row or a break follows.
      let next = i + 1;
      while (next <= to && !(rawLines[next] ?? '').trim()) next++;
      const after = next <= to ? rawLines[next] : '';
      const opens = segmentsOf(after).some((s) => columnAt(s.at) === 'title' && NUMBERED_TITLE.exec(s.text)?.[1] === String(rows.length + 1));
      if (rows.length > 0 && !opens && !breakLine(after.trim())) break;
      continue;
    }
    const cells: Partial<Record<AgendaColumn, Segment[]>> = {};
    for (const segment of segmentsOf(raw)) (cells[columnAt(segment.at)] ??= []).push(segment);
    const title = cells.title?.[0];
    const time = cells.time?.map((s) => s.text).join(' ') ?? '';
    const presenter = cells.presenter?.map((s) => s.text).join(' ');
    const numbered = title ? NUMBERED_TITLE.exec(title.text) : null;
    const row = rows[rows.length - 1];
    if (numbered && Number(numbered[1]) === rows.length + 1) {
      const range = TIME_RANGE.exec(time);
      const start = range ? `${range[1]}:${range[2]}` : TIME_ONLY.exec(time)?.[1];
      const kind = handlingOf(cells.handling?.[0]?.text ?? '');
      rows.push({
        item: { number: rows.length + 1, title: '', presenters: [], documents: [], ...(start ? { start: normaliseTime(start) } : {}), ...(range ? { end: normaliseTime(`${range[3]}:${range[4]}`) } : {}), ...(kind ? { handling: kind } : {}) },
        title: [numbered[2]],
        presenters: presenter ? [presenter] : [],
        points: [],
        pointAt: Infinity,
      });
      lastLine = i;
      continue;
    }
    if (!row) {
      if (rows.length === 0 && i - lastLine > 3) return undefined;
      continue;
    }
    if (title && BREAK_CELL.test(title.text) && !presenter) {
      breaks.push(breakOfCells(title.text, time, row.item.number));
      lastLine = i;
      continue;
    }
    if (AFTER_TABLE.test(raw.trim())) break;
    if (title) {
      if (SUB_ITEM.test(title.text)) {
        row.points.push(title.text);
        row.pointAt = title.at;
      } else if (row.points.length > 0 && title.at > row.pointAt) row.points[row.points.length - 1] += ` ${title.text}`;
      else row.title.push(title.text);
    }
    if (presenter) row.presenters.push(presenter);
    lastLine = i;
  }
  if (rows.length < 3) return undefined;
  const items = rows.map(({ item, title, presenters, points }) => ({
    ...item,
    title: joinCells(title),
    presenters: presentersWithTitles(joinCells(presenters)),
    ...(points.length > 0 ? { points } : {}),
  }));
  fillEndTimes(items, breaks);
  addNotes(items, lines, lastLine + 1, to);
  return { items, breaks, lastLine };
}
