/**
 * What the agenda parsers share: the time and break cells of a table, joining cells a line break split, reading a
 * presenter column ("Malin Wessberg, klimat- och energisamordnare, Länsstyrelsen, Magnus Fjällström, …"), and the end
 * of each item (the start of the break or item after it).
 */
import { joinSpacedLetters, normaliseTime, TIME_RANGE } from '../patterns.js';
import type { AgendaBreak, AgendaItem } from '../types.js';

export interface ParsedAgenda {
  items: AgendaItem[];
  breaks: AgendaBreak[];
  /** 0-based line of the last line that belongs to an item. */
  lastLine: number;
}

/** A cell or line holding only a time ("09:45", "kl. 13.00"). */
/** "ÖPPEN DEL", "SLUTEN DEL (sekretess)", "BESLUTSÄRENDEN": a label in capitals over a part of an agenda's table. */
export const PART_LABEL = /^\p{Lu}{3,}(?:\s+\p{Lu}{2,}){0,2}(?:\s+\([\p{L}\s]+\))?$/u;
export const TIME_ONLY = /^(?:kl\.?\s*)?(\d{1,2}[:.]\d{2})$/i;
/** What an agenda table's column holds, by its heading. */
export type AgendaColumn = 'number' | 'time' | 'title' | 'presenter' | 'handling' | 'other';

/** "Nr", "Tid", "Ärende", "Föredragande", "B/I" … as the column they head. */
/** A table's rule, "-----------" or "---+-------+------", on a line of its own. */
export const RULE_LINE = /^[\s=_+|-]+$/;

export function columnOfHeading(heading: string): AgendaColumn {
  if (/^(?:nr|punkt|pkt\.?|p|§)$/i.test(heading)) return 'number';
  if (/^(?:tid|kl\.?|klockan|start|starttid)$/i.test(heading)) return 'time';
  if (/^(?:ärende|ärenden|rubrik)$/i.test(heading)) return 'title';
  // ("Föredragande / kl.": the presenter's column, each row's start time under or after the name.)
  if (/^(?:föredragande|ansvarig)(?:\s*\/\s*(?:kl\.?|tid))?$/i.test(heading)) return 'presenter';
  // ("Typ / Dnr": the kind of item, its diary number on the line under it.)
  if (/^(?:b\/i|karaktär|beslut\/?(?:\s*info)?|info|typ(?:\s*\/\s*(?:dnr|diarienr))?)$/i.test(heading)) return 'handling';
  return 'other';
}

/** The words of the "Beslut/Info" (kind of item) column, written out. */
export const HANDLING_WORDS = String.raw`Beslut|Information|Info|Dialog|Diskussion`;

/** A cell of the "Beslut/Info" column: "Beslut", "Info", "Info/diskussion", "B", "I". */
export function handlingOf(cell: string): AgendaItem['handling'] {
  // ("Beslutsärende", "Informationsärende": the kind written out with its noun.)
  if (/^(?:beslut(?:särende)?|b)(?![\p{L}])/iu.test(cell)) return 'decision';
  if (/^(?:info|information(?:särende)?|i)(?![\p{L}])/iu.test(cell)) return 'information';
  return undefined;
}

/** A sub-item's label: "3 a)", "4b.". */
export const SUB_ITEM_LABEL = String.raw`\d{1,2}\s?[a-h][.)]`;

/** The notice's own heading repeated at the top of a page ("Kallelse/föredragningslista"): no item's words. */
export const PAGE_HEADING = /^(?:kallelse|föredragningslista|dagordning)(?:\s*\/\s*(?:kallelse|föredragningslista|dagordning))?$/i;

/** A break's cell ("Fika", "Lunch 12:00–13:00", "Förmiddagskaffe", "Eftermiddagsfika"). */
export const BREAK_CELL = /^(?:(?:förmiddags|eftermiddags)?(?:paus|kaffepaus|fikapaus|fika|kaffe)|lunch|lunchpaus|bensträckare)\b/i;

/**
 * A break on a line of its own with its times, before or after its name ("10.45–11.00     FIKA", "Fika 10.30–10.45",
 * "10.45   Kaffe/PAUS 10.45–11.00", "12.00   LUNCH").
 */
export function breakLine(written: string): { label: string; start?: string; end?: string; note?: string } | undefined {
  if (written.length > 80) return undefined;
  // ("___ PAUS 10:15–10:30 ___", "--- Kaffe 11.10–11.25 ---": a break set off by rules.)
  const line = written.replace(/(?:^|\s)(?:[_=*]+|-{2,}|[–—]{2,})(?=\s|$)/g, ' ').trim();
  const range = TIME_RANGE.exec(line);
  // ("- PAUS / förmiddagskaffe 10.45–11.00": a break marked with a bullet glyph.)
  const rest = (range ? line.replace(TIME_RANGE, ' ') : line).replace(/^\s*(?:-\s+)?(?:kl\.?\s*)?/i, '');
  const leading = /^(\d{1,2}[:.]\d{2})\s+/.exec(rest);
  const label = joinSpacedLetters((leading ? rest.slice(leading[0].length) : rest).trim());
  if ((!range && !leading) || !BREAK_CELL.test(label)) return undefined;
  const name = /^\p{L}+/u.exec(label)![0];
  const [, fromHour, fromMinute, toHour, toMinute] = range ?? [];
  const start = range ? normaliseTime(`${fromHour}:${fromMinute}`) : normaliseTime(leading![1]);
  const end = range ? normaliseTime(`${toHour}:${toMinute}`) : undefined;
  // ("LUNCH 12.00–13.00 (serveras i Tingshusets matsal)": a note in brackets on the line.)
  const note = /\(([^()]{3,80})\)\s*$/.exec(label)?.[1];
  return { label: name.charAt(0) + name.slice(1).toLowerCase(), ...(start ? { start } : {}), ...(end ? { end } : {}), ...(note ? { note } : {}) };
}

/**
 * A cell of an agenda table's papers column, after the presenters: a named paper ("Protokoll 2024-11-26", "Bilaga 5",
 * "PM Matdagarna 2025", "Förslag till beslut"), a diary number, or a dash for none.
 */
export const PAPERS_CELL = /^(?:[–-]|(?:[A-ZÅÄÖ]{1,6}\s?)?\d{0,4}\/\d{1,5}\/\d{2,4}|(?:bilag[ao]|handling(?:ar)?|protokoll|underlag|beslutsunderlag|rapport|tjänsteskrivelse|skrivelse|minnesanteckningar|förslag|presentation|verksamhetsberättelse|årsredovisning|delårsrapport|remissversion|projektlista|pm)\b.*)$/i;

/** What closes the notes after an agenda: the papers' list or the greeting ("Välkomna!", "Hälsningar"). */
export const NOTES_END = /^(?:beslutsunderlag|handlingar|bilagor|välkomn|hälsningar|varmt välkomn)/i;

/** A capitalised name word, double names too ("Lars-Göran"). */
export const NAME_WORD = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*`;
/** A presenter cell opens with a person's name and a comma, or with a role standing for one ("Ordföranden"). */
// ("Elsa Nordin och Amir" / "Haddad, Regionala ungdomsrådet": two people named together.)
// ("Katarina Holmlund (S)," / "ordförande": a politician's party after the name.)
export const PRESENTER_START = new RegExp(String.raw`^(?:${NAME_WORD}\s+${NAME_WORD}(?:\s+${NAME_WORD})?(?:\s+\([A-ZÅÄÖ]{1,3}\))?(?:,|$|\s+och(?:\s+\p{Lu}|$))|(?:Ordföranden?|Sekreteraren|Sekretariatet|Samtliga|Alla)\b)`, 'u');
/** Where a presenter begins inside the joined presenter cells. */
const PRESENTER_NAME = new RegExp(String.raw`(?:^|,\s*|;\s*|\s+och\s+)(${NAME_WORD}\s+${NAME_WORD}(?:\s+${NAME_WORD})?)(?=,|;|$|\s+och\s+\p{Lu})`, 'gu');

/** "Vattenmyndigheten Bottenhavet", "Trafikverket Region Mitt": an organisation after a presenter, not another one. */
const ORGANISATION_WORD = /(?:myndighet(?:en)?|verket|rådet|förbundet|kommun|region(?:en)?|styrelsen|nämnden|gruppen|enheten|bolaget|institutet|universitetet|sjukhuset|centrum|centret)$/i;

/** Joins cells wrapped over lines: "utvecklings-" + "strateg" is one word, "klimat- och" stays apart. */
export function joinCells(cells: string[]): string {
  return cells.reduce((text, cell) => {
    if (/\p{Ll}-$/u.test(text) && /^\p{Ll}/u.test(cell) && !/^(?:och|eller|samt)\b/.test(cell)) return `${text.slice(0, -1)}${cell}`;
    // ("2025–" / "2028 (för beslut)": a span of years broken after its dash.)
    if (/\d[–-]$/.test(text) && /^\d/.test(cell)) return `${text}${cell}`;
    return text ? `${text} ${cell}` : cell;
  }, '');
}

/**
 * A presenter column's cells, one per line: a cell opening with a name ("Jenny Wallin,") starts another presenter, though
 * the title before it ended without a comma ("Maria Lövgren, tf." / "upphandlingschef" / "Jenny Wallin," / "controller").
 */
export function joinPresenterCells(cells: string[]): string {
  return cells.reduce((text, cell) => {
    if (text && PRESENTER_START.test(cell) && !PLACE_CELL.test(cell) && !/[,;]$|\soch$/.test(text)) return `${text}; ${cell}`;
    // ("Per-Olof Grahn" / "ordförande": the title under a name, with no comma between.)
    if (NAME_ENDS.test(text) && /^\p{Ll}/u.test(cell)) return `${text}, ${cell}`;
    return joinCells([text, cell].filter(Boolean));
  }, '');
}

const NAME_ENDS = new RegExp(String.raw`(?:^|[,;]\s*)${NAME_WORD}\s+${NAME_WORD}(?:\s+${NAME_WORD})?$`, 'u');

/** "enhetschef Hjälpmedel" / "Jämtland Härjedalen": the county's name, wrapped from the title above, is no presenter. */
const PLACE_CELL = /^(?:Region\s+)?(?:Jämtlands?\s+(?:Härjedalen|län)|(?:Berg|Bräcke|Härjedalen|Krokom|Ragunda|Strömsund|Åre|Östersund)s?\s+kommun)\b/u;

/** "Malin Wessberg, klimat- och energisamordnare, Länsstyrelsen, Magnus Fjällström, …" → "Malin Wessberg (klimat- och energisamordnare, Länsstyrelsen)", … */
export function presentersWithTitles(text: string): string[] {
  // ("Meddelas senare", "Namn meddelas senare": no one is named yet.)
  if (PRESENTER_TO_COME.test(text)) return [];
  const starts = [...text.matchAll(PRESENTER_NAME)].filter((m) => !ORGANISATION_WORD.test(m[1].split(' ')[0])).map((m) => ({ name: m[1], at: m.index! + m[0].indexOf(m[1]) }));
  if (starts.length === 0) return text ? [text.replace(/[,;]\s*$/, '')] : [];
  return starts.map(({ name, at }, k) => {
    const rest = text.slice(at + name.length, starts[k + 1]?.at ?? text.length).replace(/^[,;\s]+|[,;\s]+$/g, '').replace(/(?:[,;]\s*|^)och$/, '').trim();
    return rest ? `${name} (${rest})` : name;
  });
}

const PRESENTER_TO_COME = /^(?:\(?(?:namn\s+)?meddelas\s+senare\)?|ej\s+klar|to be announced|tba)[.\s]*$/iu;

/** Each item ends where the break after it or the next item begins; the last one where the meeting closes. */
export function fillEndTimes(items: AgendaItem[], breaks: AgendaBreak[], closing?: string): void {
  items.forEach((item, k) => {
    // An end the item states ("Tid: 09.20–09.50", "09.15–09.45") holds over the next item's start.
    if (!item.start || item.end) return;
    const pause = breaks.find((b) => b.afterItem === item.number && b.start);
    const end = pause?.start ?? items[k + 1]?.start ?? closing;
    if (end && end > item.start) item.end = end;
  });
}
