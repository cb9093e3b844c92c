/**
 * An agenda table the PDF dump flattened one cell per line: the column headings ("Tid" / "Punkt" / "Ärende" /
 * "Föredragande"), then per row a time cell, the item's number, its title (wrapped over lines) and its presenters
 * ("Malin Wessberg, klimat- och" / "energisamordnare, Länsstyrelsen," / "Magnus Fjällström, …"); a break is a time
 * cell over "Fika" or "Lunch", and "Mötet avslutas" closes the table. Notes per item may follow ("Punkt 5  Årlig …").
 * Tables whose rows open with the item's number ("Nr" / "Ärende" / "Föredragande" / "Tid" / "Handling / Dnr") have the
 * time and the papers after the presenters, and breaks as lines of their own ("Fika 10.30–10.45").
 */
import { DNR_PATTERN, joinSpacedLetters, normaliseTime, TIME_CELL, UNFINISHED_TITLE } from '../patterns.js';
import type { AgendaBreak, AgendaItem } from '../types.js';
import { BREAK_CELL, breakLine, columnOfHeading, fillEndTimes, HANDLING_WORDS, handlingOf, joinCells, joinPresenterCells, NOTES_END, PAPERS_CELL, PART_LABEL, PRESENTER_START, presentersWithTitles, SUB_ITEM_LABEL, TIME_ONLY, type AgendaColumn, type ParsedAgenda } from './agenda-rows.js';

/** The item's number cell: "4", "4.", "Punkt 4", "§ 4". */
const NUMBER_CELL = /^(?:(?:punkt|ärende|nr)\s+|§\s*)?(\d{1,2})[.)]?$/i;
/** A cell of a "B/I" (decision or information) column. */
/** ("Info/" over "dialog": the cell wrapped after its slash.) */
const HANDLING_CELL = new RegExp(String.raw`^(?:[BID](?:\/[BID])?|(?:${HANDLING_WORDS})(?:\/(?:${HANDLING_WORDS}|${HANDLING_WORDS.toLowerCase()})?)?)$`, 'u');
const HANDLING_WRAPPED = new RegExp(String.raw`^(?:${HANDLING_WORDS.toLowerCase()})$`, 'u');
const CLOSING_CELL = /^(?:mötet|sammanträdet|dagen)\s+avslutas\b|^avslutning\b/i;
const NOTE_START = /^punkt\s+(\d{1,2})\b[.:]?\s+(.+)$/i;
/** "12. Budget för samordningsfunktionen 2025" over its description: a note on the item of that number and title. */
const NUMBERED_NOTE = /^(\d{1,2})\.\s+(\p{Lu}.+)$/u;

/** The rows of a one-cell-per-line agenda table in lines[from..to], or undefined when the lines are not one. */
export function parseCellAgenda(cleanedLines: readonly string[], rawLines: readonly string[], from: number, to: number): ParsedAgenda | undefined {
  const lines = withDashCells(cleanedLines, rawLines, from, to);
  const items: AgendaItem[] = [];
  const breaks: AgendaBreak[] = [];
  let lastLine = from;
  let expected = 1;
  let i = from;
  // Each row opens with a time cell; the table starts at the first time cell over item 1.
  while (i <= to && !(TIME_CELL.test(lines[i] ?? '') && NUMBER_CELL.exec(lines[i + 1] ?? '')?.[1] === '1')) i++;
  const papersColumn = PAPERS_HEAD.test(lastHeadingBefore(lines, i, from) ?? '');
  let closingTime: string | undefined;
  while (i <= to) {
    // Rows may stand apart with blank lines, and a page break repeats the column headings.
    // A dash for an empty cell, or a rule drawn across the page, holds nothing.
    while (i <= to && (!lines[i] || COLUMN_HEAD.test(lines[i]) || (items.length > 0 && /^[^\p{L}\d]+$/u.test(lines[i])))) i++;
    const pause = items.length > 0 ? breakLine(lines[i] ?? '') : undefined;
    if (pause) {
      breaks.push({ ...pause, afterItem: items[items.length - 1].number });
      lastLine = i;
      i++;
      continue;
    }
    // A page's foot and the letterhead at the next page's top ("REGION" / "JÄMTLAND HÄRJEDALEN KALLELSE" / "2024-05-22")
    // stand between two rows.
    if (items.length > 0 && !TIME_CELL.test(lines[i] ?? '') && !isRowNumber(lines[i], expected)) {
      const resumes = rowAfterPageBreak(lines, i, to, expected);
      if (resumes !== undefined) i = resumes;
    }
    const time = TIME_CELL.exec(lines[i] ?? '');
    // A row whose time cell is empty opens with its number ("2." / "Val av justerare").
    const untimed = !time && items.length > 0 && NUMBER_CELL.exec(lines[i] ?? '')?.[1] === String(expected);
    if (!time && !untimed) break;
    const start = time ? normaliseTime(time[1]) : undefined;
    const next = (untimed ? lines[i] : lines[i + 1]) ?? '';
    const number = NUMBER_CELL.exec(next);
    if (number && Number(number[1]) === expected) {
      const cells: string[] = [];
      let j = untimed ? i + 1 : i + 2;
      // The next row may leave its time cell empty and open with its number.
      for (; j <= to && (lines[j] || movedByJoin(lines, rawLines, j)) && !TIME_CELL.test(lines[j]) && !breakLine(lines[j]) && !(cells.length > 0 && isRowNumber(lines[j], expected + 1) && lines[j + 1]); j++) {
        if (lines[j]) cells.push(lines[j]);
      }
      if (cells.length === 0) break;
      // "Mötets öppnande" / "B" / "Lena Hallqvist,": the decision-or-information cell stands between title and presenter.
      const handlingAt = cells.findIndex((cell, k) => k > 0 && HANDLING_CELL.test(cell));
      const handlingCell = handlingAt < 0 ? undefined : cells.splice(handlingAt, 1)[0];
      if (handlingCell?.endsWith('/') && HANDLING_WRAPPED.test(cells[handlingAt] ?? '')) cells.splice(handlingAt, 1);
      const handling = handlingCell === undefined ? undefined : handlingOf(handlingCell);
      // ("Johanna" / "Fjällström" / "sekreterare": a presenter's name broken one word per line.)
      const named = withStrandedFirstNames(cells);
      // ("Dnr RUN/341/2023" under the title: the item's papers, the presenters after them.)
      // (A diary number alone may stand inside the presenters' column, wrapped between their lines: only a labelled one here.)
      const dnrAt = named.findIndex((cell, k) => k > 0 && DNR_CELL.test(cell));
      const presenterAt = named.findIndex((cell, k) => k > 0 && (PRESENTER_START.test(cell) || k === dnrAt + 1));
      const titleEnd = [dnrAt, presenterAt].filter((k) => k > 0).reduce((a, b) => Math.min(a, b), named.length);
      const titleCells = named.slice(0, titleEnd);
      const rest = named.slice(titleEnd).filter((_, k) => titleEnd + k !== dnrAt);
      const dnr = dnrAt > 0 ? [named[dnrAt]] : [];
      // The papers column closes the row: "Emil Andersson Rehn" / "Protokoll 2024-11-26", "Bilaga 5 (skickas" / "senare)".
      const papersAt = papersColumn ? lastCellStart(rest) : rest.findIndex((cell, k) => k > 0 && PAPERS_CELL.test(cell) && !/[,-]$/.test(rest[k - 1]));
      const presenterCells = papersAt < 0 ? rest : rest.slice(0, papersAt);
      const documents = [...dnr, ...(papersAt < 0 ? [] : rest.slice(papersAt).filter((cell) => !/^[–-]$/.test(cell)))];
      const end = time?.[2] ? normaliseTime(time[2]) : undefined;
      items.push({ number: expected, title: joinCells(titleCells), presenters: presentersWithTitles(joinPresenterCells(presenterCells)), documents, ...(start ? { start } : {}), ...(end ? { end } : {}), ...(handling ? { handling } : {}) });
      expected++;
      lastLine = j - 1;
      i = j;
      continue;
    }
    // ("LUNCH (serveras i restaurang Kuben, plan 2)": a note in brackets after the break's name.)
    const note = /\s*\(([^()]{3,80})\)$/.exec(next);
    const label = note ? next.slice(0, note.index) : next;
    if (BREAK_CELL.test(label) && label.length <= 40 && items.length > 0) {
      const end = time?.[2] ? normaliseTime(time[2]) : undefined;
      breaks.push({ label, start, ...(end ? { end } : {}), ...(note ? { note: note[1] } : {}), afterItem: items[items.length - 1].number });
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

/**
 * A one-cell-per-line table whose rows open with a time span but whose other columns come in the order its headings
 * give ("Tid" / "Ärende" / "Nr" / "Föredragande" / "B/I"): the number and the B/I cells mark where the title and the
 * presenters stand in each row. Undefined when lines[from..to] hold no such table.
 */
export function parseHeadedCellAgenda(lines: readonly string[], from: number, to: number): ParsedAgenda | undefined {
  const head = headingRun(lines, from, to);
  if (!head || head.columns[0] !== 'time' || !head.columns.includes('number') || !head.columns.includes('title')) return undefined;
  const order = head.columns.slice(1);
  const items: AgendaItem[] = [];
  const breaks: AgendaBreak[] = [];
  let lastLine = head.end;
  let i = head.end + 1;
  while (i <= to) {
    while (i <= to && (!lines[i] || COLUMN_HEAD.test(lines[i]))) i++;
    const time = TIME_CELL.exec(lines[i] ?? '');
    if (!time) break;
    const cells: string[] = [];
    let j = i + 1;
    for (; j <= to && !TIME_CELL.test(lines[j] ?? ''); j++) {
      if (!lines[j]) {
        // (An empty presenter cell leaves a blank line before the row's B/I cell.)
        const after = nextNonBlank(lines, j, to) ?? '';
        if (!TIME_CELL.test(after) && !COLUMN_HEAD.test(after) && !HANDLING_CELL.test(after)) break;
        continue;
      }
      cells.push(lines[j]);
    }
    const start = normaliseTime(time[1]);
    const end = time[2] ? normaliseTime(time[2]) : undefined;
    const label = joinSpacedLetters(cells[0] ?? '');
    if (cells.length <= 2 && BREAK_CELL.test(label) && items.length > 0) {
      breaks.push({ label: label.charAt(0) + label.slice(1).toLowerCase(), ...(start ? { start } : {}), ...(end ? { end } : {}), afterItem: items[items.length - 1].number });
    } else {
      const item = headedRow(order, cells, items.length + 1);
      if (!item) break;
      items.push({ ...item, ...(start ? { start } : {}), ...(end ? { end } : {}) });
    }
    lastLine = j - 1;
    i = j;
  }
  if (items.length < 2) return undefined;
  fillEndTimes(items, breaks);
  return { items, breaks, lastLine };
}

/** The column headings standing one per line, in order, and the line of the last. */
function headingRun(lines: readonly string[], from: number, to: number): { columns: AgendaColumn[]; end: number } | undefined {
  for (let i = from; i <= to; i++) {
    const columns: AgendaColumn[] = [];
    let j = i;
    while (j <= to && lines[j] && (COLUMN_HEAD.test(lines[j]) || /^B\/I$/.test(lines[j]))) columns.push(columnOfHeading(lines[j++]));
    if (columns.length >= 3) return { columns, end: j - 1 };
  }
  return undefined;
}

/** A row's cells put in their columns: the number and B/I cells are found by their shape, the rest fill the gaps between. */
function headedRow(order: AgendaColumn[], cells: string[], expected: number): Omit<AgendaItem, 'start' | 'end'> | undefined {
  const numberAt = cells.findIndex((cell) => ROW_NUMBER_CELL.exec(cell)?.[1] === String(expected));
  if (numberAt < 0) return undefined;
  const handlingAt = cells.findIndex((cell, k) => k !== numberAt && HANDLING_CELL.test(cell));
  const anchors = new Map<AgendaColumn, number>([['number', numberAt], ...(handlingAt >= 0 ? ([['handling', handlingAt]] as const) : [])]);
  const take: Partial<Record<AgendaColumn, string[]>> = {};
  // Each column between two anchors takes the cells between them, in the headings' order.
  let cursor = 0;
  order.forEach((column, k) => {
    const at = anchors.get(column);
    if (at !== undefined) {
      cursor = Math.max(cursor, at + 1);
      return;
    }
    const nextAnchor = order.slice(k + 1).map((c) => anchors.get(c)).find((a) => a !== undefined) ?? cells.length;
    const between = order.slice(k + 1).findIndex((c) => anchors.has(c));
    const sharesGap = between > 0 && order.slice(k + 1, k + 1 + between).some((c) => c === 'title' || c === 'presenter');
    const gap = cells.slice(cursor, nextAnchor).filter((cell) => !/^[–-]$/.test(cell));
    const split = sharesGap && column === 'title' ? gap.findIndex((cell, n) => n > 0 && PRESENTER_START.test(cell)) : -1;
    take[column] = split > 0 ? gap.slice(0, split) : gap;
    cursor = split > 0 ? cursor + split : nextAnchor;
  });
  const handling = handlingAt >= 0 ? handlingOf(cells[handlingAt]) : undefined;
  return {
    number: expected,
    title: joinCells(take.title ?? []),
    presenters: presentersWithTitles(joinPresenterCells(take.presenter ?? [])),
    documents: [],
    ...(handling ? { handling } : {}),
  };
}

const ROW_NUMBER_CELL = /^(?:(?:punkt|nr)\s+|§\s*)?(\d{1,2})[.)]?$/i;

function nextNonBlank(lines: readonly string[], from: number, to: number): string | undefined {
  for (let j = from; j <= to; j++) if (lines[j]) return lines[j];
  return undefined;
}

/** A column heading of an agenda table whose rows open with the item's number. */
const NUMBER_FIRST_HEAD = /^(?:nr|punkt|p|§)$/i;
const COLUMN_HEAD = /^(?:kl\.?|klockan|nr|punkt|p|§|ärende|ärenden|ärende\s*\/\s*(?:handling(?:ar)?|underlag)|rubrik|föredragande|ansvarig|tid|start|starttid|handling(?:ar)?|dnr|diarienummer|diarienr|(?:handling|underlag)\s*\/\s*dnr|underlag|beslut|beslut\/|typ|karaktär|b\/i)$/i;
// (A presenter broken one word per line, with title and organisation, takes a dozen cells or more.)
const MAX_ROW_CELLS = 24;
/** How many lines of a row may follow a gap inside it. */
const ROW_GAP_LOOKAHEAD = 6;
const DIARY_NUMBER = new RegExp(DNR_PATTERN.source);

/**
 * The rows of a one-cell-per-line agenda table whose rows open with the item's number: "1" / "Mötets öppnande" /
 * "Maria Ekholm-Sandberg" / "09.30", then "2" / …; undefined when lines[from..to] hold no such table.
 */
export function parseNumberFirstCellAgenda(cleanedLines: readonly string[], rawLines: readonly string[], from: number, to: number): ParsedAgenda | undefined {
  const head = numberFirstHead(cleanedLines, from, to);
  if (head === undefined) return undefined;
  const lines = withDashCells(cleanedLines, rawLines, from, to);
  const items: AgendaItem[] = [];
  const breaks: AgendaBreak[] = [];
  let expected = 1;
  let i = head;
  let lastLine = head;
  while (i <= to) {
    // A page break repeats the table's title and column headings before the next row; an item's description
    // ("Ärendebeskrivning" / "Förslag till beslut" …) may stand between its row and the next.
    // (A description, a break and a page break may come one after another.)
    for (let skips = 0; skips < 3 && items.length > 0 && !rowOpening(lines[i], expected); skips++) {
      const resumes = rowAfterHeadings(lines, i, to, expected) ?? rowAfterDescription(lines, i, to, expected);
      if (!resumes) break;
      if (resumes.description.length > 0) {
        const item = items[items.length - 1];
        item.description = [item.description, joinCells(resumes.description)].filter(Boolean).join(' ');
      }
      i = resumes.at;
      const pause = breakAt(lines, i);
      if (pause) {
        breaks.push({ ...pause.pause, afterItem: expected - 1 });
        lastLine = pause.last;
        i = pastBreakNote(lines, rawLines, pastGap(lines, pause.last + 1, to), to, expected);
      }
    }
    // ("SLUTEN DEL (sekretess)": the label of the table's next part, over its next row.)
    if (items.length > 0 && PART_LABEL.test(lines[i] ?? '')) {
      const next = pastGap(lines, i + 1, to);
      if (rowOpening(lines[next], expected) || gappedRow(lines, rawLines, next, to, expected)) i = next;
    }
    // (The table may go on in rows laid out on lines, their columns apart by wide gaps: "7  10.35  SFI i länet …  Helena Ödmark, Krokoms".)
    const gapped = gappedRow(lines, rawLines, i, to, expected);
    if (gapped) {
      items.push(gapped.item);
      lastLine = gapped.end;
      expected++;
      let after = pastGap(lines, gapped.end + 1, to);
      const pause = breakAt(lines, after);
      if (pause) {
        breaks.push({ ...pause.pause, afterItem: expected - 1 });
        lastLine = pause.last;
        after = pastBreakNote(lines, rawLines, pastGap(lines, pause.last + 1, to), to, expected);
      }
      i = after;
      continue;
    }
    const opening = rowOpening(lines[i], expected);
    if (!opening) break;
    const cells: string[] = [...opening];
    let j = i + 1;
    for (; j <= to && cells.length < MAX_ROW_CELLS; j++) {
      const line = lines[j];
      if (!line) {
        // ("Hjälpmedels-" / "beredningen": the line the hyphen join emptied is no gap.)
        if (movedByJoin(lines, rawLines, j)) continue;
        // The last row ends at the first gap; another row may go on after one, up to its successor.
        // A row closed by its kind cell ("B", "I") ends at the gap: a page's head may stand before the next row.
        // So does a row whose time, its last column, closed it after its title and presenter.
        const closing = cells[cells.length - 1];
        if (cells.length > 0 && (KIND_CELL.test(closing) || (cells.length >= 3 && TIME_ONLY.test(closing)) || !rowFollows(lines, j, to, expected + 1))) break;
        continue;
      }
      if (rowOpening(line, expected + 1) || breakLine(line) || (cells.length > 0 && cellBreak(lines, j)) || line.length > 80) break;
      // "Ärendebeskrivning" after a gap: the item's description, below its row.
      // (So does one right after the row's time, the cell that closes it: "13.00" / "Ärendebeskrivning".)
      if ((!lines[j - 1] || TIME_ONLY.test(cells[cells.length - 1] ?? '')) && DESCRIPTION_HEAD.test(line)) break;
      if (COLUMN_HEAD.test(line)) continue;
      // "Maja Eriksson, evenemangssamordnare 11.50": the time column run onto the presenter's line is a cell of its own.
      const timed = TEXT_THEN_TIME.exec(line);
      cells.push(...(timed && cells.length > 0 ? [timed[1], timed[2]] : [line]));
      lastLine = j;
    }
    if (cells.length === 0) break;
    items.push(numberFirstRow(expected, cells));
    lastLine = Math.max(lastLine, i);
    expected++;
    j = pastGap(lines, j, to);
    const pause = breakAt(lines, j);
    if (pause) {
      breaks.push({ ...pause.pause, afterItem: expected - 1 });
      lastLine = pause.last;
      j = pastBreakNote(lines, rawLines, pastGap(lines, pause.last + 1, to), to, expected);
    }
    i = j;
  }
  if (items.length < 3) return undefined;
  fillEndTimes(items, breaks);
  addNotes(items, lines, lastLine + 1, to);
  return { items, breaks, lastLine };
}

type CellBreak = { pause: NonNullable<ReturnType<typeof breakLine>>; last: number };

const DASH_CELL = /^[–-]$/;
/** A break's name in a cell of its own is short ("Paus", "Lunch i matsalen"); a longer line is an item's title. */
const BREAK_NAME_CHARS = 30;

/**
 * "10.20–10.35" / "Paus – kaffe serveras i": a break's time in the time column over its name in the title's.
 * ("–" / "Lunch" / "–" / "12.15–13.15" / "–": or a row of its own, its other cells a dash each.)
 */
function cellBreak(lines: readonly string[], at: number): CellBreak | undefined {
  // ("14:15" / "Paus" / "14:45": a time over the name and another under it, the first is the row's above.)
  if (TIME_CELL.test(lines[at] ?? '') && BREAK_CELL.test(lines[at + 1] ?? '') && !TIME_CELL.test(lines[at + 2] ?? '')) {
    const pause = breakLine(`${lines[at]} ${lines[at + 1]}`);
    return pause ? { pause, last: at + 1 } : undefined;
  }
  // ("Paus" / "14:45": its name in the title's column before its time in the last.)
  if (BREAK_CELL.test(lines[at] ?? '') && (lines[at] ?? '').length <= BREAK_NAME_CHARS && TIME_CELL.test(lines[at + 1] ?? '')) {
    const pause = breakLine(`${lines[at + 1]} ${lines[at]}`);
    return pause ? { pause, last: at + 1 } : undefined;
  }
  if (!DASH_CELL.test(lines[at] ?? '') || !BREAK_CELL.test(lines[at + 1] ?? '')) return undefined;
  let j = at + 2;
  while (DASH_CELL.test(lines[j] ?? '')) j++;
  if (!TIME_CELL.test(lines[j] ?? '')) return undefined;
  const pause = breakLine(`${lines[j]} ${lines[at + 1]}`);
  if (!pause) return undefined;
  while (DASH_CELL.test(lines[j + 1] ?? '')) j++;
  return { pause, last: j };
}

/** A break at line `at`, on its line or in cells, and the last line it takes. */
function breakAt(lines: readonly string[], at: number): CellBreak | undefined {
  const inCells = cellBreak(lines, at);
  if (inCells) return inCells;
  const pause = breakLine(lines[at] ?? '');
  return pause ? { pause, last: at } : undefined;
}

/**
 * The cells a row numbered `number` opens with: none when its number stands alone ("4"), else what follows it on the
 * line, its time and its title and presenter ("9 13.50 Vattenrådet för … informerar Per-Erik", "2 Fastställande av
 * dagordning Annika Holmqvist"). Undefined when the line opens no such row.
 */
function rowOpening(line: string | undefined, number: number): string[] | undefined {
  if (NUMBER_CELL.exec(line ?? '')?.[1] === String(number)) return [];
  const inline = INLINE_ROW.exec(line ?? '');
  if (!inline || inline[1] !== String(number)) return undefined;
  const [, , time, text] = inline;
  const named = TRAILING_PRESENTER.exec(text);
  return [...(time ? [time] : []), ...(named ? [named[1], named[2]] : [text])];
}

/** "9 13.50 Vattenrådet för Övre …": a row's number, its time and its text on one line. */
const INLINE_ROW = /^(\d{1,2})\.?\s+(?:(\d{1,2}[.:]\d{2})\s+)?(\p{Lu}.{2,})$/u;
/** "… (sammanträde 2024-05-16) Johan Sjödin, tf.": the presenter's name closes the line after the title. */
const TRAILING_PRESENTER = /^(.*?\S)\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:,.*)?)$/u;

/** The line where the row numbered `number` resumes after a page's title and repeated column headings. */
function rowAfterHeadings(lines: readonly string[], from: number, to: number, number: number): { at: number; description: string[] } | undefined {
  let headings = 0;
  for (let j = from; j <= to && j <= from + 12; j++) {
    if (!lines[j]) continue;
    if (COLUMN_HEAD.test(lines[j])) headings++;
    // (Headings the page repeats may have been taken for a running header and dropped, all but one.)
    else if (headings >= 1) return rowOpening(lines[j], number) ? { at: j, description: [] } : undefined;
  }
  return undefined;
}

const PAGE_HEAD_LINES = 8;
/** How far an item's description may run before the next row. */
const DESCRIPTION_LINES = 40;
const DESCRIPTION_HEAD = /^(?:ärendebeskrivning|beskrivning|bakgrund|förslag till beslut|förslag(?=:)|beslutsunderlag|underlag)\b/i;
/**
 * "Maja Eriksson, evenemangssamordnare 11.50": text, a space, then a time closing the line. Stricter than agenda-items'
 * TRAILING_TIME (no "kl.", a space required); reusing that one here changed how other notices' rows were read.
 */
const TEXT_THEN_TIME = /^(\p{L}.*\S)\s+(\d{1,2}[.:]\d{2})$/u;

/**
 * "Ärendebeskrivning" / "Planeringsrådet gav …" / "Förslag till beslut" / …, then "5" / "10:15": the row numbered
 * `number` (its number alone, its time under it) or a break, after a description that opens with its label. The
 * description's lines are given with the line the table resumes at.
 */
function rowAfterDescription(lines: readonly string[], from: number, to: number, number: number): { at: number; description: string[] } | undefined {
  // (A page's foot and the next page's head, "Regionala planeringsrådet" / "Kallelse och föredragningslista", are no
  // description, and are short.)
  const pageBreak = !DESCRIPTION_HEAD.test(lines[from] ?? '');
  const description: string[] = [];
  for (let j = from; j <= to && j <= from + DESCRIPTION_LINES; j++) {
    const line = lines[j];
    if (!line) continue;
    // ("… mer än 300 tkr." / "6" / "Turistekonomisk effektmätning …": a row may follow a description's closing sentence
    // without a gap, its title under its number.)
    const closed = !lines[j - 1] || (description.length > 0 && /[.)]$/.test(lines[j - 1]));
    const under = nextNonBlank(lines, j + 1, to) ?? '';
    const opensRow = closed && NUMBER_CELL.exec(line)?.[1] === String(number) && (TIME_ONLY.test(under) || /^\p{Lu}\p{Ll}/u.test(under));
    if (opensRow || (!lines[j - 1] && breakAt(lines, j))) return { at: j, description: description.filter((l) => !DESCRIPTION_HEAD.test(l) || l.length > 30) };
    if (pageBreak && j > from + PAGE_HEAD_LINES) return undefined;
    // ("INFORMATIONSÄRENDEN": the label of the table's next part is no description.)
    if (!pageBreak && !(PART_LABEL.test(line) && !lines[j - 1])) description.push(line);
  }
  return undefined;
}

/** Whether the row numbered `number` (or a break) comes within a few lines after a gap at `from`. */
function rowFollows(lines: readonly string[], from: number, to: number, number: number): boolean {
  let seen = 0;
  for (let j = from; j <= to && seen < ROW_GAP_LOOKAHEAD; j++) {
    if (!lines[j]) continue;
    // Column headings repeated after the gap: a page break, not more of the row.
    if (COLUMN_HEAD.test(lines[j])) return false;
    if (rowOpening(lines[j], number) || breakAt(lines, j)) return true;
    seen++;
  }
  return false;
}

/** The line of item 1's number under a run of column headings that opens with the number column's, if any. */
function numberFirstHead(lines: readonly string[], from: number, to: number): number | undefined {
  for (let i = from; i <= to; i++) {
    // "Nr  Tid  Ärende  Föredragande  Dnr": the headings on one line, over the first row's number.
    // ("Ärende / Handling": one heading naming two things.)
    const inline = (lines[i] ?? '').replace(/\s*\/\s*/g, '/').split(/\s+/);
    if (inline.length >= 3 && NUMBER_FIRST_HEAD.test(inline[0]) && inline.every((h) => COLUMN_HEAD.test(h)) && inline.some((h) => /^ärende/i.test(h))) {
      const first = pastGap(lines, i + 1, to);
      if (NUMBER_CELL.exec(lines[first] ?? '')?.[1] === '1') return first;
    }
    if (!NUMBER_FIRST_HEAD.test(lines[i] ?? '')) continue;
    const heads: string[] = [];
    let j = i;
    for (; j <= to && j <= i + 10; j++) {
      if (!lines[j]) continue;
      // ("Beslut/" over "information": a heading wrapped after its slash.)
      if (heads.at(-1)?.endsWith('/') && /^\p{Ll}+$/u.test(lines[j])) continue;
      if (!COLUMN_HEAD.test(lines[j])) break;
      heads.push(lines[j].toLowerCase());
    }
    // ("ÖPPEN DEL": the label of the table's first part may stand between its headings and its first row.)
    if (PART_LABEL.test(lines[j] ?? '')) j = pastGap(lines, j + 1, to);
    if (heads.length >= 3 && heads.some((h) => h.startsWith('ärende') || h === 'rubrik') && NUMBER_CELL.exec(lines[j] ?? '')?.[1] === '1') return j;
  }
  return undefined;
}

/**
 * "LUNCH 12.00–13.00" / "(serveras i Folkets hus café)": a note on the break in brackets under it is passed over; so is
 * one line of note without brackets ("Fika serveras utanför Sal Storsjön") right over the next row.
 */
function pastBreakNote(lines: readonly string[], rawLines: readonly string[], at: number, to: number, expected: number): number {
  if (/^\(.+\)$/.test(lines[at] ?? '')) return pastGap(lines, at + 1, to);
  const next = pastGap(lines, at + 1, to);
  const opensNext = (k: number) => rowOpening(lines[k], expected) !== undefined || gappedRow(lines, rawLines, k, to, expected) !== undefined;
  return lines[at] && !opensNext(at) && opensNext(next) ? next : at;
}

/** A line's columns: the runs of text the dump kept apart by two spaces or more. */
function gappedParts(raw: string | undefined): string[] {
  return (raw ?? '').trim().split(/\s{2,}/).filter(Boolean);
}

/**
 * "8  11.10  Remiss: Regional strategi för  Hanna Ek Sjöberg; Sara" / "integration och inkludering 2025–  Holmgren, tf.
 * enhetschef" / "2028 (för beslut)  RS/1187/2024": a row numbered `number` on lines of its own, number, time, title,
 * presenters and papers apart by wide gaps, title and presenters wrapping onto the lines below side by side. A part
 * alone on its line goes on the title while the title is unfinished, else on the presenters.
 */
function gappedRow(lines: readonly string[], rawLines: readonly string[], at: number, to: number, number: number): { item: AgendaItem; end: number } | undefined {
  const parts = gappedParts(rawLines[at]);
  if (parts.length < 3 || NUMBER_CELL.exec(parts[0])?.[1] !== String(number) || !lines[at]) return undefined;
  // ("5  Upphandling av städtjänster  GSN 2025/14  Mats Holm  10.15": the time may be the last column instead.)
  const leading = TIME_CELL.exec(parts[1]);
  const trailing = leading ? null : TIME_CELL.exec(parts[parts.length - 1]);
  const time = leading ?? trailing;
  const cells = parts.slice(leading ? 2 : 1, trailing ? -1 : undefined);
  if (cells.length === 0 || !/^\p{Lu}/u.test(cells[0])) return undefined;
  const title = [cells[0]];
  const presenters: string[] = [];
  const documents: string[] = [];
  const place = (part: string, column: 'title' | 'presenter') => {
    if (isDiaryCell(part)) documents.push(part);
    // ("–": an empty diary number's cell.)
    else if (/^[–-]$/.test(part)) return;
    else if (column === 'title') title.push(part);
    else presenters.push(part);
  };
  cells.slice(1).forEach((cell) => place(cell, 'presenter'));
  const presenterAt = cells.length > 1 ? (rawLines[at] ?? '').indexOf(cells[1], (rawLines[at] ?? '').indexOf(cells[0]) + cells[0].length) : -1;
  let end = at;
  for (let j = at + 1; j <= to && lines[j]; j++) {
    if (rowOpening(lines[j], number + 1) || breakLine(lines[j]) || gappedParts(rawLines[j]).length === 0) break;
    const wrapped = gappedParts(rawLines[j]);
    if (NUMBER_CELL.exec(wrapped[0])?.[1] === String(number + 1)) break;
    if (wrapped.length >= 2) {
      place(wrapped[0], 'title');
      wrapped.slice(1).forEach((part) => place(part, 'presenter'));
    } else {
      // ("     inom servicecentret": a line alone, indented under the title's column rather than the presenter's, goes on
      // with the title.)
      // (A dump that kept no columns starts every line at the margin.)
      const indent = (rawLines[j] ?? '').search(/\S/);
      const underTitle = indent > 0 && indent < presenterAt;
      place(wrapped[0], presenters.length > 0 && !underTitle && !UNFINISHED_TITLE.test(joinCells(title)) ? 'presenter' : 'title');
    }
    end = j;
  }
  return {
    item: {
      number,
      title: joinCells(title),
      presenters: presentersWithTitles(joinPresenterCells(presenters)),
      documents,
      ...(time ? { start: normaliseTime(time[1]) } : {}),
      ...(time?.[2] ? { end: normaliseTime(time[2]) } : {}),
    },
    end,
  };
}

/** The first line at or after `from` that is neither blank nor a repeated column heading. */
function pastGap(lines: readonly string[], from: number, to: number): number {
  let j = from;
  while (j <= to && (!lines[j] || COLUMN_HEAD.test(lines[j]))) j++;
  return j;
}

/** The kind-of-item cell closing a row: "B", "I", "D", "F" (förhandling) or a dash for none. */
const KIND_CELL = /^(?:[BIDF](?:\/[BIDF])?|[–-])$/u;

/**
 * A row's cells: the title, then the presenters, the time and the papers, and last the kind of item. Sub-items with
 * rows of their own ("3 a)" / "Regionala utvecklingsnämndens beslut …" / "I" / "Sofia Eklund" / "09:25") are the item's
 * points, each with its presenters and time; the item starts with its first.
 */
function numberFirstRow(number: number, cellsOfRow: string[]): AgendaItem {
  const subAt = cellsOfRow.findIndex((cell, k) => k > 0 && SUB_ITEM_CELL.test(cell));
  if (subAt < 0) return numberFirstCells(number, cellsOfRow);
  const item = numberFirstCells(number, cellsOfRow.slice(0, subAt));
  const subRows: string[][] = [];
  cellsOfRow.slice(subAt).forEach((cell) => (SUB_ITEM_CELL.test(cell) ? subRows.push([cell]) : subRows[subRows.length - 1].push(cell)));
  const subs = subRows.map(([label, ...cells]) => ({ label, sub: numberFirstCells(number, cells) }));
  const points = subs.map(({ label, sub }) => {
    const said = [sub.presenters.join(', '), sub.start ? `kl. ${sub.start}` : ''].filter(Boolean).join(', ');
    return `${label} ${sub.title}${said ? ` (${said})` : ''}`;
  });
  const first = subs[0].sub;
  const presenters = item.presenters.length > 0 ? item.presenters : [...new Set(subs.flatMap(({ sub }) => sub.presenters))];
  return { ...item, presenters, ...(item.start || !first.start ? {} : { start: first.start }), points };
}

/** "3 a)", "3b.": a sub-item's label on a line of its own. */
const SUB_ITEM_CELL = new RegExp(`^${SUB_ITEM_LABEL}$`);

function numberFirstCells(number: number, cellsOfRow: string[]): AgendaItem {
  const lastIsKind = cellsOfRow.length > 2 && KIND_CELL.test(cellsOfRow[cellsOfRow.length - 1]);
  // ("Sammanträdet öppnas, val av" / … / "B" / "–" / "Camilla Östlund, ordf." / "09:00": a "Typ" column after the title.)
  const kindCellAt = lastIsKind ? cellsOfRow.length - 1 : cellsOfRow.findIndex((cell, k) => k > 0 && HANDLING_CELL.test(cell) && !/^[–-]$/.test(cell));
  const kindCell = kindCellAt >= 0 ? cellsOfRow[kindCellAt] : undefined;
  const rowCells = kindCellAt >= 0 ? cellsOfRow.filter((_, k) => k !== kindCellAt) : cellsOfRow;
  // "Nr" / "Tid" / "Ärende": the time, or the item's span ("09.20–09.50"), may come first.
  const leading = TIME_CELL.exec(rowCells[0] ?? '');
  const cells = withStrandedFirstNames(leading ? rowCells.slice(1) : rowCells);
  const timeAt = cells.findIndex((cell) => TIME_CELL.test(cell));
  const namedAt = cells.findIndex((cell, k) => k > 0 && (timeAt < 0 || k < timeAt) && PRESENTER_START.test(cell));
  // ("… – Hjälpmedelscentralen" / "Jämtland Härjedalen" / "RS/312/2024" / "Sara Nordlander, …": a "Dnr" column before
  // "Föredragande" ends the title, though the title's last line looks like a name.)
  const diaryAt = cells.findIndex((cell, k) => k > namedAt && isDiaryCell(cell));
  const presentersAfterDiary = namedAt > 0 && diaryAt > namedAt && PRESENTER_START.test(cells[diaryAt + 1] ?? '') && !TIME_CELL.test(cells[diaryAt + 1]);
  const presenterAt = presentersAfterDiary ? diaryAt + 1 : namedAt;
  // "Dnr RS/1482/2023, bilaga 3" under the title: the item's papers, not more of its title.
  // ("RUN/87/2024" alone, or a dash for an empty cell, ends the title too.)
  // ("Handling: Indikatorrapport 2024, Dnr …": the papers labelled as such.)
  const papersAt = cells.findIndex((cell, k) => k > 0 && (isDiaryCell(cell) || /^[–-]$/.test(cell) || PAPERS_LABEL.test(cell)));
  // "Beslutsärende. Gymnasiechefsrådet föreslår …": the item's kind under its title, and what it is about after it.
  const kindAt = cells.findIndex((cell, k) => k > 0 && (presenterAt < 0 || k < presenterAt) && KIND_OF_MATTER.test(cell));
  const titleEnd = [presenterAt, timeAt, papersAt, kindAt].filter((k) => k > 0).reduce((a, b) => Math.min(a, b), cells.length);
  const presenterCells: string[] = [];
  const documents: string[] = [];
  const description: string[] = [];
  // (Papers after the presenters close the row; a diary number under the title comes before them.)
  let papersAfterPresenters = false;
  cells.slice(titleEnd).forEach((cell, n) => {
    const at = titleEnd + n;
    if (TIME_CELL.test(cell)) return;
    if (/^[–-]$/.test(cell)) return;
    const presenterCell = presenterAt >= 0 && at >= presenterAt;
    if (kindAt >= 0 && at >= kindAt && !presenterCell && !DIARY_NUMBER.test(cell)) {
      const rest = at === kindAt ? cell.replace(KIND_OF_MATTER, '').trim() : cell;
      if (rest) description.push(rest);
    } else if (PAPERS_CELL.test(cell) || DIARY_NUMBER.test(cell) || /\d{4}-\d{2}-\d{2}/.test(cell)) {
      documents.push(cell);
      papersAfterPresenters ||= presenterCell;
    } else if (presenterCell && !papersAfterPresenters) presenterCells.push(cell);
    else documents.push(cell);
  });
  const time = leading ?? (timeAt >= 0 ? TIME_CELL.exec(cells[timeAt]) : null);
  const handling = kindCell ? handlingOf(kindCell) : kindAt >= 0 ? handlingOf(cells[kindAt]) : undefined;
  return {
    number,
    title: joinCells(cells.slice(0, titleEnd)),
    presenters: presentersWithTitles(joinPresenterCells(presenterCells)),
    documents,
    ...(time ? { start: normaliseTime(time[1]) } : {}),
    ...(time?.[2] ? { end: normaliseTime(time[2]) } : {}),
    ...(handling ? { handling } : {}),
    ...(description.length > 0 ? { description: joinCells(description) } : {}),
  };
}

/** "Dnr RS/1482/2023, bilaga 3", "Dnr GYS 2024/0031": a diary number's cell. */
const DNR_CELL = /^dnr\.?:?\s+(?:\p{Lu}{1,6}\s)?\S*\d/iu;
/** "Handling: …", "Underlag: …": a cell naming the item's papers. */
const PAPERS_LABEL = /^(?:handling(?:ar)?|underlag|beslutsunderlag|bilagor?)\s*:/i;
/** "RUN/341/2023": a diary number alone in its cell. */
const BARE_DNR_CELL = /^\p{Lu}{1,6}(?:\s?\/\s?\d{1,5}\/\d{4}|\s(?:19|20)\d{2}\/(?:\d{1,5}|[–-]))$/u;

/** A cell that is the item's diary number, labelled ("Dnr RUN/341/2023") or alone ("RUN/341/2023"). */
function isDiaryCell(cell: string): boolean {
  return DNR_CELL.test(cell) || BARE_DNR_CELL.test(cell);
}

/** "Beslutsärende", "Informationsärende. Rådet informeras om …": the kind of matter written out over its cell. */
const KIND_OF_MATTER = /^(?:besluts|informations|diskussions|dialog)ärende\b\.?/i;

/** "… informerar Per-Erik" / "Sandström,": a presenter's first name ending the title's line goes with the surname below. */
function withStrandedFirstNames(rowCells: string[]): string[] {
  // "Annika" / "Strandell": a presenter's name broken over two cells of one word each, closing the row.
  // ("Sara" / "Nyberg" / "(gymnasie-" / "skolan),": anywhere after the title's first line.)
  const cells: string[] = [];
  for (let k = 0; k < rowCells.length; k++) {
    const paired = k >= 1 && NAME_WORD_CELL.test(rowCells[k]) && !KIND_OF_MATTER.test(rowCells[k]) && NAME_WORD_CELL.test(rowCells[k + 1] ?? '');
    cells.push(paired ? `${rowCells[k]} ${rowCells[++k]}` : rowCells[k]);
  }
  // "Ingrid" / "Mårtensson, analytiker": a first name alone over the surname and title.
  const joined = cells.flatMap((cell, k) => (NAME_WORD_CELL.test(cell) && SURNAME_CELL.test(cells[k + 1] ?? '') ? [] : [NAME_WORD_CELL.test(cells[k - 1] ?? '') && SURNAME_CELL.test(cell) ? `${cells[k - 1]} ${cell}` : cell]));
  // "Annika Bergkvist" / "Hed, ordförande": a name of three words broken after its second goes with its last word whole.
  const wholeName = (cell: string | undefined) => cell !== undefined && TWO_NAME_WORDS_CELL.test(cell);
  return joined.flatMap((cell, k) => {
    if (k >= 1 && wholeName(cell) && SURNAME_CELL.test(joined[k + 1] ?? '')) return [];
    if (k >= 2 && wholeName(joined[k - 1]) && SURNAME_CELL.test(cell)) return [`${joined[k - 1]} ${cell}`];
    const firstName = / (\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)$/u.exec(cell)?.[1];
    if (firstName && SURNAME_CELL.test(joined[k + 1] ?? '')) return [cell.slice(0, -firstName.length - 1)];
    const before = / (\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)$/u.exec(joined[k - 1] ?? '')?.[1];
    return [before && SURNAME_CELL.test(cell) ? `${before} ${cell}` : cell];
  });
}

const NAME_WORD_CELL = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
const TWO_NAME_WORDS_CELL = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)? \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
/** "Sandström,": a surname alone, its title after the comma. */
const SURNAME_CELL = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?,(?:\s|$)/u;

/** "region-" / "fullmäktige": a line whose only word cleaning moved up to finish the word broken above it is no gap. */
function movedByJoin(lines: readonly string[], rawLines: readonly string[], j: number): boolean {
  return !lines[j] && /^\s*\p{Ll}\S*\s*$/u.test(rawLines[j] ?? '') && /-\s*$/.test(rawLines[j - 1] ?? '');
}

/** A dash standing for an empty cell is a cell: cleaning drops it as a fill-in line. */
function withDashCells(lines: readonly string[], rawLines: readonly string[], from: number, to: number): readonly string[] {
  let copy: string[] | undefined;
  for (let j = from; j <= to; j++) {
    if (lines[j] || !/^\s*[–-]\s*$/.test(rawLines[j] ?? '')) continue;
    copy ??= lines.slice();
    copy[j] = '–';
  }
  return copy ?? lines;
}

function isRowNumber(line: string | undefined, number: number): boolean {
  return NUMBER_CELL.exec(line ?? '')?.[1] === String(number);
}

/** How many lines a page's foot, the next page's letterhead and the repeated column headings take, at most. */
const PAGE_BREAK_LINES = 16;

/** The line where the row numbered `number` opens (its time cell or its number) within a few lines after `from`. */
function rowAfterPageBreak(lines: readonly string[], from: number, to: number, number: number): number | undefined {
  // (The letterhead may be followed by the column headings printed again: "Tid" / "Punkt" / "Ärende" / …)
  for (let j = from + 1; j <= to && j <= from + PAGE_BREAK_LINES; j++) {
    if ((lines[j]?.length ?? 0) > 90) break;
    if (TIME_CELL.test(lines[j] ?? '') && isRowNumber(lines[j + 1], number)) return j;
    if (isRowNumber(lines[j], number) && !lines[j - 1]) return j;
  }
  return undefined;
}

/** The last column heading, a table's papers ("Handling", "Dnr", "Handling / Dnr"): every row ends with its cell. */
const PAPERS_HEAD = /^(?:handling(?:ar)?|dnr|underlag|bilagor?|handling\s*\/\s*dnr)$/i;

function lastHeadingBefore(lines: readonly string[], at: number, from: number): string | undefined {
  for (let j = at - 1; j >= from && j >= at - 3; j--) if (lines[j]) return COLUMN_HEAD.test(lines[j]) ? lines[j] : undefined;
  return undefined;
}

/** Where the last cell of a row begins: a cell wrapped onto lines below it goes on in lower case. */
function lastCellStart(cells: readonly string[]): number {
  let k = cells.length - 1;
  while (k > 1 && /^\p{Ll}/u.test(cells[k])) k--;
  return k > 0 && !/[,-]$/.test(cells[k - 1]) ? k : -1;
}

/** "Punkt 5  Årlig uppföljning …" and the lines under it, after the table: item 5's description. */
export function addNotes(items: AgendaItem[], lines: readonly string[], from: number, to: number): void {
  let current: { item: AgendaItem; lines: string[] } | undefined;
  const flush = () => {
    if (current && current.lines.length > 0) current.item.description = [current.item.description, joinCells(current.lines)].filter(Boolean).join(' ');
  };
  for (let i = from; i <= to; i++) {
    const line = lines[i];
    if (!line) continue;
    // ("Beslutsunderlag: Arbetsförmedlingens lägesrapport juli 2024." under a note is that item's papers, not the list after the notes.)
    if (NOTES_END.test(line) && !(current && /^\p{L}+:\s+\S/u.test(line))) break;
    const numbered = NUMBERED_NOTE.exec(line);
    const note = NOTE_START.exec(line) ?? (numbered && sameFirstWord(numbered[2], items.find((it) => it.number === Number(numbered[1]))?.title) ? numbered : null);
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

function sameFirstWord(note: string, title: string | undefined): boolean {
  const first = (text: string) => /^\p{L}+/u.exec(text)?.[0].toLowerCase();
  return title !== undefined && first(note) !== undefined && first(note) === first(title);
}
