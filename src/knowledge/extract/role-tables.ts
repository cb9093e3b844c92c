/**
 * An organisation table the PDF dump flattened one cell per line: the headings ("Organ" / "Ordförande" / "Vice
 * ordförande" / "Sekreterare" …), then per row the body's name (wrapped over lines) and its cells, a person's cell
 * opening with the name ("Kerstin Fjällström (S)," / "Region Jämtland Härjedalen", "Per-Olof" / "Sundqvist (C)") and
 * a dash standing for an empty one. Each person is read as holding the role of the column their cell stands in.
 */
import { ORGAN_WORD } from '../patterns.js';

/** A person in a role column; the column's heading is the role's label ("vice ordförande"). */
export interface TableRole {
  label: string;
  personName: string;
  personTitle?: string;
  organName: string;
  /** 0-based lines of the person's cell. */
  lines: [number, number];
}

/** The heading over the bodies' names. */
const FIRST_HEADING = /^(?:organ|grupp|forum|nätverk|samverkansorgan|organ\s*\/\s*grupp)$/i;
const ROLE_HEADING = /^(?:vice ordförande|ordförande|sammankallande|sekreterare|ordförande\s*\/\s*sammankallande)$/i;
/** Other columns such a table has ("Sammansättning", "Möten per år"): their cells are no person's. */
const OTHER_HEADING = /^(?:sammansättning|ledamöter|deltagare|uppdrag|representanter|möten(?: per år)?|antal (?:möten|sammanträden)|mötesfrekvens|period)$/i;

const NAME_WORD = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*`;
const PERSON_CELL = new RegExp(String.raw`^(${NAME_WORD}\s+${NAME_WORD})(?:\s*\(\p{Lu}{1,3}\))?(?:,\s*(.*))?$`, 'u');
/** "Kerstin Fjällström (S)," over the rest of the cell. */
const NAME_THEN_COMMA = new RegExp(String.raw`^${NAME_WORD}\s+${NAME_WORD}(?:\s*\(\p{Lu}{1,3}\))?,`, 'u');
const LONE_FIRST_NAME = new RegExp(String.raw`^${NAME_WORD}$`, 'u');
const SURNAME_START = new RegExp(String.raw`^${NAME_WORD}(?:\s*\(\p{Lu}{1,3}\))?(?:,|$)`, 'u');
/** Capitalised words that open a line as a name does but are places and organisations. */
const NOT_FIRST_NAMES = /^(?:Region|Regionens|Jämtlands?|Härjedalens?|Östersunds?|Krokoms?|Bergs?|Bräcke|Ragunda|Strömsunds?|Åre|Länsstyrelsen|Kommunal|Vision|Saco|Vårdförbundet|Lärcentrum|Komvux|Samordnaren)$/u;
const EMPTY_CELL = /^[–-]$/;
/** "rektor, Komvux" / "Strömsund": a place or unit alone on a line goes on a person's cell. */
const ONE_WORD = /^\p{Lu}[\p{Ll}-]+$/u;
const COUNT_CELL = /^\d{1,3}$/;
/** A body's name goes on below a line ending with a word no name ends with, or a broken word. */
const UNFINISHED = /(?:\s(?:för|och|i|av|inom|med)|[-,])$/u;
const MAX_CELL_LINES = 6;

function joinLines(lines: string[]): string {
  return lines.reduce((text, line) => (text.endsWith('-') && /^\p{Ll}/u.test(line) ? `${text.slice(0, -1)}${line}` : text ? `${text} ${line}` : line), '');
}

/** Whether line i opens a person's cell: "Kerstin Fjällström (S),", or "Per-Olof" over "Sundqvist (C)". */
function opensPerson(lines: readonly string[], i: number): boolean {
  const line = lines[i] ?? '';
  const first = line.split(/\s+/)[0];
  if (NOT_FIRST_NAMES.test(first)) return false;
  if (PERSON_CELL.test(line) || NAME_THEN_COMMA.test(line)) return true;
  // ("Skogsstyrelsen" / "Skogsnätverket": a unit over the next row's body is no name broken over two lines.)
  // ("Region" / "Jämtland Härjedalen", "Åre" / "Kommun …" are places; "Berg" may well be a surname.)
  const next = lines[i + 1] ?? '';
  const surname = next.split(/[\s,(]/)[0];
  return LONE_FIRST_NAME.test(line) && SURNAME_START.test(next) && !/^(?:Region|Jämtlands?|Härjedalens?)$/u.test(surname) && !/^\S+\s+(?:kommun|län)\b/iu.test(next) && !ORGAN_WORD.test(line) && !ORGAN_WORD.test(surname);
}

/** The headings of a table whose first heading stands over the bodies' names, and the line after them. */
function tableHeadings(lines: readonly string[], at: number, to: number): { columns: Column[]; next: number } | undefined {
  if (!FIRST_HEADING.test(lines[at] ?? '')) return undefined;
  const columns: Column[] = [];
  let j = at + 1;
  while (j <= to && lines[j]) {
    // ("Ordförande / samman-" / "kallande": a heading wrapped over two lines.)
    let heading = lines[j];
    if (heading.endsWith('-') && lines[j + 1] && /^\p{Ll}/u.test(lines[j + 1])) heading = joinLines([heading, lines[++j]]);
    if (ROLE_HEADING.test(heading) || OTHER_HEADING.test(heading)) columns.push({ heading, role: ROLE_HEADING.test(heading) });
    else break;
    j++;
  }
  if (columns.length < 2 || !columns.some((c) => c.role)) return undefined;
  return { columns, next: j };
}

/**
 * The roles of every flattened organisation table in a file. The table is read from its lines as the dump had them
 * apart: a line that cleaning emptied by joining its text to the line above, or as a page's furniture, is passed over,
 * and a dash standing for an empty cell is kept.
 */
export function flattenedTableRoles(cleaned: readonly string[], rawLines: readonly string[], furniture: (i: number) => boolean): TableRole[] {
  // (Most files hold no such table: they are not copied.)
  if (!cleaned.some((line) => FIRST_HEADING.test(line))) return [];
  const lines: string[] = [];
  const at: number[] = [];
  cleaned.forEach((line, i) => {
    const raw = (rawLines[i] ?? '').trim();
    if (!line && raw && !EMPTY_CELL.test(raw)) return;
    if (!line && furniture(i)) return;
    lines.push(line || (EMPTY_CELL.test(raw) ? '–' : ''));
    at.push(i);
  });
  const roles: TableRole[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!FIRST_HEADING.test(lines[i])) continue;
    const head = tableHeadings(lines, i, lines.length - 1);
    if (!head) continue;
    i = readRows(lines, head.next, lines.length - 1, head.columns, roles);
  }
  return roles.map((role) => ({ ...role, lines: [at[role.lines[0]], at[role.lines[1]]] }));
}

interface Cell { text: string; lines: [number, number]; person: boolean; empty: boolean }
/** A column of the table: its heading, and whether its cells hold a role's holder. */
interface Column { heading: string; role: boolean }

/** Reads the table's rows from `from`, adding their roles; returns the last line read. */
function readRows(lines: readonly string[], from: number, to: number, columns: Column[], roles: TableRole[]): number {
  let i = from;
  const endsTable = (line: string) => line.length > 60 || /^(?:tabell|figur|källa)\b/i.test(line) || /^\d+(?:\.\d+)*\s+\p{Lu}/u.test(line);
  while (i <= to) {
    while (i <= to && !lines[i]) i++;
    if (i > to || endsTable(lines[i]) || opensPerson(lines, i)) return i - 1;
    // The body's name, wrapped: "Gemensamma beredningen för" / "kollektivtrafik (GBK)".
    const organLines = [lines[i]];
    let j = i + 1;
    while (j <= to && lines[j] && !opensPerson(lines, j) && (UNFINISHED.test(organLines[organLines.length - 1]) || /^[\p{Ll}(]/u.test(lines[j]))) organLines.push(lines[j++]);
    const cells: Cell[] = [];
    for (; j <= to; j++) {
      const line = lines[j];
      if (!line) {
        // Rows may stand apart with a blank line.
        if (cells.length >= columns.length) break;
        continue;
      }
      if (endsTable(line)) break;
      const last = cells[cells.length - 1];
      const person = opensPerson(lines, j);
      const goesOn = last && !last.empty && !person && !COUNT_CELL.test(line) && !EMPTY_CELL.test(line) && j - last.lines[0] < MAX_CELL_LINES && (UNFINISHED.test(last.text) || /^[\p{Ll}(]/u.test(line) || (last.person && ((ONE_WORD.test(line) && !ORGAN_WORD.test(line)) || (LONE_FIRST_NAME.test(lines[last.lines[0]]) && j === last.lines[0] + 1))));
      if (goesOn) {
        last.text = joinLines([last.text, line]);
        last.lines[1] = j;
        continue;
      }
      // The next row's body: the row has its cells, and the line names no person.
      if (cells.length >= columns.length && !person) break;
      cells.push({ text: line, lines: [j, j], person, empty: EMPTY_CELL.test(line) });
    }
    addRowRoles(joinLines(organLines), cells, columns, roles);
    i = j;
  }
  return to;
}

/** The row's people in the role columns: cell by cell when the row has as many cells as columns, else by order. */
function addRowRoles(organName: string, cells: Cell[], columns: Column[], roles: TableRole[]): void {
  const add = (cell: Cell, column: Column) => {
    const person = PERSON_CELL.exec(cell.text);
    if (!person || !column.role) return;
    roles.push({ label: column.heading.toLowerCase(), personName: person[1], ...(person[2] ? { personTitle: person[2].trim() } : {}), organName, lines: cell.lines });
  };
  if (cells.length === columns.length) {
    cells.forEach((cell, k) => cell.person && add(cell, columns[k]));
    return;
  }
  // More cells than columns ("1:e vice" and "2:e vice" in one column): the first and last people take the first and
  // last role columns, those between the one role column between.
  const people = cells.filter((c) => c.person);
  const roleColumns = columns.filter((c) => c.role);
  if (cells.length < columns.length || people.length < roleColumns.length) return;
  people.forEach((cell, k) => {
    const column = k === 0 ? roleColumns[0] : k === people.length - 1 ? roleColumns[roleColumns.length - 1] : roleColumns.length === 3 ? roleColumns[1] : undefined;
    if (column) add(cell, column);
  });
}
