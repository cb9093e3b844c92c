/**
 * Agenda items from a kallelse/föredragningslista/program. Handles both layouts in the corpus:
 * presenters and time after the title, wrapped over several lines ("Martina Lundholm, Sofie" /
 * "Jonsson, Karl-Johan" / "Lindgren 13:30"), and the time on its own line before the item with
 * the presenter appended to the title's first line ("4. Uppföljning av … mellan James Winoy").
 * Tables flattened one cell per line (agenda-cells.ts) and tables whose columns stay apart with spaces
 * (agenda-columns.ts) are read first, by their own parsers.
 */
import { HYPHEN_KEEPERS } from '../broken-words.js';
import { findDnrs, MONTHS, NAME_TOKEN, normaliseTime, TIME_RANGE } from '../patterns.js';
import type { AgendaBreak, AgendaItem } from '../types.js';
import { parseCellAgenda, parseHeadedCellAgenda, parseNumberFirstCellAgenda } from './agenda-cells.js';
import { fillEndTimes, HANDLING_WORDS, handlingOf, NAME_WORD, NOTES_END, PAGE_HEADING, TIME_ONLY, type ParsedAgenda } from './agenda-rows.js';
import { parseAlignedRowAgenda, parseColumnAgenda, parsePipeAgenda, parseNumberedTitleColumnAgenda } from './agenda-columns.js';

/** "1. Mötets öppnande", "1) Mötets öppnande", "Punkt 4: Lägesrapport …", "Ärende 2 – Val av justerare", "§ 3 Fiskevandring". */
/** The kind-of-item cell ending a raw line: "Beslut", "Info", "Beslut/Info", "Info/Diskussion", "Beslut – läggs till". */
const HANDLING_COLUMN = new RegExp(String.raw`\s{3,}(Beslut\/Info|Info\/Diskussion|${HANDLING_WORDS})(?:\s+[–-]\s+\p{Ll}.*)?\s*$`, 'u');
const ITEM_START = /^(?:(?:punkt|ärende)\s+|§\s*)?(\d{1,2})(?:[.)]|(?<=(?:punkt|ärende)\s+\d{1,2})(?:\s*(?::|[–-])|(?=\s+\p{Lu}))|(?<=§\s*\d{1,2})(?=\s+\p{Lu}))\s+(.*)$/iu;
/**
 * "13.15 4) Östersunds kommuns program … Hanna Sjöberg, Dialog": a row the dump joined into one line, its time before
 * the item's number and its kind of handling ("Beslut", "Information", "Dialog") after the presenter.
 */
const LEADING_TIME = /^(\d{1,2}[:.]\d{2})(?:\s*[–-]\s*\d{1,2}[:.]\d{2})?\s+(?=(?:(?:punkt|ärende)\s+|§\s*)\d{1,2}\b|\d{1,2}[.)]\s)/iu;
/** "1. 13.00 10 Välkommen … Beslut": the start and the minutes given the item, between its number and its title. */
const TIME_AFTER_NUMBER = /^(\d{1,2}[:.]\d{2})\s+(?:\d{1,3}\s+)?(?=\p{Lu})/u;
/** "a. Läkemedelshändelse …", "b) Fallskada …": a lettered sub-item of an agenda item. */
const SUB_ITEM = /^[a-zåäö][.)]\s+\S/u;
const TRAILING_HANDLING = new RegExp(String.raw`\s+(${HANDLING_WORDS})$`, 'u');
/** "Punkt 1  Välkomna, presentationsrunda …       B": an "I/B" column's letter at the raw line's end, apart by a wide gap. */
const KIND_LETTER_COLUMN = /\s{3,}([BI])\s*$/;
/** "[B]", "[I]", "[D]": the item's kind as a letter in brackets, a column of its own. */
const BRACKETED_KIND = /\s+\[([BIDF])\](?=\s|$)/;
/** "Per Lindqvist, IT-arkitekt", "Emma Bergqvist (Arkivnätverket)": a line opening with a person's name. */
const PERSON_LINE = new RegExp(String.raw`^${NAME_WORD}\s+${NAME_WORD}(?:\s+\([^()]*\))?(?:,.*)?$`, 'u');
/** "Mats Edvinsson": a person's name alone on its line. */
const BARE_NAME = new RegExp(String.raw`^${NAME_WORD}(?:\s+${NAME_WORD}){1,2}$`, 'u');
/** "– Johanna Lif och Anna-Karin Rönnholm": presenters after a dash on a line of their own. */
const DASH_LED_PRESENTERS = /^[-–]\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}.*)$/u;
/** "12:00           Mötet avslutas": the table's closing row, its time the meeting's end. */
const CLOSING_ROW = /^(\d{1,2}[:.]\d{2})\s+(?:mötet|sammanträdet|dagen)\s+avslutas\b/i;
/** What the item's number is written with, before its title. */
const ITEM_NUMBER = /^(?:(?:punkt|ärende)\s+|§\s*)?\d{1,2}\s*[.:)–-]?\s+/iu;
const LABELLED_NAME = new RegExp(String.raw`^(${NAME_WORD}(?:\s+${NAME_WORD}){1,2})(?:,\s*(.+))?$`, 'u');

/**
 * "Per Snö, Destination Funäsdalen", "Lina Fjäll, Länsstyrelsen och Ola Ek": a labelled line names one presenter per
 * "och" or ";", each a name and what follows its comma.
 */
function labelledPresenters(value: string): string[] {
  return value.split(/\s*;\s*|\s+och\s+(?=\p{Lu})/u).flatMap((piece) => {
    const named = LABELLED_NAME.exec(piece.trim());
    if (!named) return piece.trim() ? [piece.trim()] : [];
    const title = named[2]?.replace(/[,\s]+$/, '');
    return [title ? `${named[1]} (${title})` : named[1]];
  });
}

/** A labelled line of an item: who presents it, or when ("Ansvarig: Lina Fjäll, Länsstyrelsen", "Tid: 10.15–10.45"). */
const ITEM_FIELD = /^(föredragande|ansvarig|presentatör|presenteras av|dragande|tid|kl)\s*[.:]?\s*:?\s+(.+)$/iu;
/** The presenter column goes on in the next line ("Åsa Grip, handläggare alkohol-" / "och tobakstillsyn, Länsstyrelsen;"). */
const PRESENTER_GOES_ON = /[,;\-–]$/;
const TRAILING_TIME = /\s*(?:kl\.?\s*)?(\d{1,2}[:.]\d{2})$/i;
const BREAK = /\b(paus|kaffe|fika|lunch|kaffepaus)\b/i;
/** Capitalised words that end agenda titles but are not people. */
const NOT_PEOPLE = new Set([
  'region', 'regionen', 'regionens', 'jämtland', 'jämtlands', 'härjedalen', 'härjedalens', 'sverige', 'östersund',
  'östersunds', 'information', 'länsstyrelsen', 'mittuniversitetet', 'norrtåg', 'länstrafiken', 'kommun', 'kommuner',
]);
const FUNCTION_WORDS = new Set(['och', 'mellan', 'för', 'i', 'om', 'av', 'med', 'till', 'kring', 'samt', 'från', 'på', 'inom', 'vid', '-', '–']);
/** The organisation a presenter comes from, at the end of a line of the presenter column ("Bergs kommun,", "Regionen"). */
const AFFILIATION_TAIL = /\s((?:\p{Lu}\p{Ll}+\s+kommun|Region(?:en)?(?:\s+(?:Jämtland\s+Härjedalen|JH))?|Länsstyrelsen|[A-ZÅÄÖ]{2,6}),?)$/u;
/** Lines after the last item that close the list ("Nästa sammanträde: …", "Kort om ärendena"). */
const AFTER_ITEMS = /^(?:nästa\s+(?:sammanträde|möte)\b|kort\s+om\s+ärendena|kommentarer\s+till\s+ärendena|välkomna\b|välkommen\b|ledamöter\s*:|sändlista\b)/i;
/** "Punkt 4. Regionfullmäktige fastställde …": a note on item 4 in the notes after the list. */
const ITEM_NOTE = /^punkt\s+(\d{1,2})[.:]\s+(.*)$/i;


type Phase = 'title' | 'documents' | 'description' | 'notes';

/** Parses numbered items (1, 2, 3 …) in lines[from..to] (0-based, inclusive). */
export function parseAgendaItems(cleanedLines: readonly string[], rawLines: readonly string[], from: number, to: number): ParsedAgenda {
  const cells = parseCellAgenda(cleanedLines, rawLines, from, to) ?? parseNumberFirstCellAgenda(cleanedLines, rawLines, from, to) ?? parseHeadedCellAgenda(cleanedLines, from, to);
  if (cells) return withColumnsAfter(cells, cleanedLines, rawLines, to);
  const columns = parseColumnAgenda(cleanedLines, rawLines, from, to) ?? parseAlignedRowAgenda(cleanedLines, rawLines, from, to) ?? parsePipeAgenda(cleanedLines, rawLines, from, to) ?? parseNumberedTitleColumnAgenda(cleanedLines, rawLines, from, to);
  if (columns) return columns;
  // ("1         Mötets öppnande och upprop": a number apart from its title by a column's gap numbers the item, as "1." does.)
  const gapped = itemStarts(cleanedLines, from, to).length < 2 ? withGappedNumbersDotted(cleanedLines, rawLines, from, to) : undefined;
  const lines = gapped !== undefined && itemStarts(gapped, from, to).length >= 2 ? gapped : cleanedLines;
  const starts = itemStarts(lines, from, to);
  const timeBefore = timesComeBeforeItems(lines, starts);
  const items: AgendaItem[] = [];
  const breaks: AgendaBreak[] = [];
  const notes = new Map<number, string[]>();
  starts.forEach((start, k) => {
    const end = (k + 1 < starts.length ? starts[k + 1] : to + 1) - 1;
    const item = parseItem(lines, rawLines, start, end, timeBefore, breaks, notes, k === starts.length - 1);
    if (timeBefore) {
      const time = timeLineBefore(lines, start, k > 0 ? starts[k - 1] : from - 1);
      if (time) item.start = time;
    }
    items.push(item);
  });
  for (const [number, note] of notes) {
    const item = items.find((i) => i.number === number);
    if (item) item.description = [item.description, ...note].filter(Boolean).join(' ');
  }
  fillEndTimes(items, breaks);
  return { items, breaks, lastLine: starts.length ? to : from };
}

/**
 * A table one cell per line on its first page may go on in columns on the next ("Nr  Tid  Ärende  Föredragande  Dnr" /
 * "6   10:10  Revidering av …"): the dump kept that page's layout. Those rows continue the numbering.
 */
function withColumnsAfter(cells: ParsedAgenda, lines: readonly string[], rawLines: readonly string[], to: number): ParsedAgenda {
  const last = cells.items[cells.items.length - 1];
  const more = last ? parseColumnAgenda(lines, rawLines, cells.lastLine + 1, to, last.number + 1) : undefined;
  if (!more) return cells;
  const items = [...cells.items, ...more.items];
  const breaks = [...cells.breaks, ...more.breaks];
  fillEndTimes(items, breaks);
  return { items, breaks, lastLine: more.lastLine };
}

const GAPPED_NUMBER = /^\s{0,3}(\d{1,2})\s{3,}\p{Lu}/u;

/** The lines with each row number that stands apart from its title by a wide gap in the raw line written "N.". */
function withGappedNumbersDotted(lines: readonly string[], rawLines: readonly string[], from: number, to: number): string[] {
  const out = [...lines];
  for (let i = from; i <= to && i < lines.length; i++) {
    const number = GAPPED_NUMBER.exec(rawLines[i] ?? '')?.[1];
    if (number !== undefined && lines[i].startsWith(`${number} `)) out[i] = `${number}. ${lines[i].slice(number.length + 1)}`;
  }
  return out;
}

function itemStarts(lines: readonly string[], from: number, to: number): number[] {
  const starts: number[] = [];
  let expected = 1;
  for (let i = from; i <= to; i++) {
    const match = ITEM_START.exec(lines[i].replace(LEADING_TIME, ''));
    if (match && Number(match[1]) === expected) {
      starts.push(i);
      expected++;
    }
  }
  return starts;
}

/** Layout vote: a time line right before an item, versus a time at the end of an item's lines. */
function timesComeBeforeItems(lines: readonly string[], starts: number[]): boolean {
  let before = 0;
  let after = 0;
  starts.forEach((start, k) => {
    if (timeLineBefore(lines, start, k > 0 ? starts[k - 1] : start - 4)) before++;
    const end = k + 1 < starts.length ? starts[k + 1] : start + 8;
    for (let i = start; i < end && i < lines.length; i++) {
      // ("kl. 09.10   Dnr GNSJ 2024/44" under the row's title: the row's own time, labelled.)
      if ((TRAILING_TIME.test(lines[i]) && !TIME_ONLY.test(lines[i]) && !BREAK.test(lines[i])) || (i > start && OWN_TIME_LINE.test(lines[i]))) after++;
    }
  });
  return before > after;
}

const OWN_TIME_LINE = /^kl\.?\s*\d{1,2}[:.]\d{2}\s+\S/iu;

function timeLineBefore(lines: readonly string[], start: number, limit: number): string | undefined {
  for (let i = start - 1; i > limit && i >= start - 3; i--) {
    if (!lines[i]) continue;
    const match = TIME_ONLY.exec(lines[i]);
    return match ? normaliseTime(match[1]) : undefined;
  }
  return undefined;
}

function parseItem(
  lines: readonly string[],
  rawLines: readonly string[],
  start: number,
  end: number,
  timeBefore: boolean,
  breaks: AgendaBreak[],
  notes: Map<number, string[]>,
  last: boolean,
): AgendaItem {
  // ("1) Välkommen, presentationsrunda och nya    [I]    09:30": the kind as a letter in brackets, before the time.)
  const bracketedKind = BRACKETED_KIND.exec(lines[start])?.[1];
  const opening = lines[start].replace(BRACKETED_KIND, '');
  const rawOpening = (rawLines[start] ?? '').replace(BRACKETED_KIND, '');
  const firstLine = opening.replace(LEADING_TIME, '');
  const number = Number(ITEM_START.exec(firstLine)![1]);
  const afterNumber = firstLine.replace(ITEM_NUMBER, '');
  const leadingTime = LEADING_TIME.exec(opening)?.[1] ?? TIME_AFTER_NUMBER.exec(afterNumber)?.[1];
  const kindLetter = KIND_LETTER_COLUMN.exec(rawOpening)?.[1];
  // ("1) Inledning, genomgång av programmet       Info": the kind column apart by a wide gap, with or without a time.)
  const kindColumn = HANDLING_COLUMN.exec(rawOpening)?.[1];
  const handlingWord = leadingTime ? TRAILING_HANDLING.exec(afterNumber)?.[1] ?? kindLetter : kindColumn;
  const withoutKind = handlingWord === undefined ? afterNumber : afterNumber.replace(handlingWord === kindLetter ? new RegExp(`\\s+${kindLetter}$`) : TRAILING_HANDLING, '');
  const first = splitFirstLine(withoutKind.replace(TIME_AFTER_NUMBER, ''), rawOpening.replace(handlingWord === kindColumn ? HANDLING_COLUMN : /$^/, ''));
  let title = first.title;
  let presenters = first.presenters;
  let start_ = leadingTime ? normaliseTime(leadingTime) : first.time;
  let handling = handlingWord ? handlingOf(handlingWord) : bracketedKind ? handlingOf(bracketedKind) : undefined;
  const documents: string[] = [];
  const description: string[] = [];
  let phase: Phase = 'title';
  let sawBlank = false;
  let note: string[] | undefined;
  // A presenter column of its own lines ("Helena Forsmark, enhetschef," / "folkhälsoenheten Region" / "Jämtland
  // Härjedalen; Malin" / "Berglöf") runs until a blank line or the time.
  let presenterBlock = false;
  // Presenters named in a labelled line, each with the title after the name.
  const labelled: string[] = [];
  // "Ansvarig:" alone, the names on the lines under it up to a gap.
  let labelLines: string[] | undefined;
  const flushLabel = () => {
    // ("Helena Forsberg," / "Mats Edvinsson": a name alone on the line after a comma is another presenter, not a title.)
    // ("Nina Åkesson, e-arkivsamordnare" / "Per Lindqvist, IT-arkitekt": a line opening with a name is another presenter.)
    const joined = !labelLines?.length
      ? undefined
      : labelLines.reduce((text, line) =>
          // ("Karin Holm-" / "Westin, verksamhetschef": a double name broken at its hyphen is one name.)
          /\p{Lu}\p{Ll}+-$/u.test(text) && /^\p{Lu}/u.test(line) ? `${text}${line}` : text.endsWith(',') && BARE_NAME.test(line) ? `${text.slice(0, -1)}; ${line}` : !/[,;]$/.test(text) && PERSON_LINE.test(line) ? `${text}; ${line}` : `${text} ${line}`,
        );
    if (joined) labelled.push(...labelledPresenters(joined.replace(/,$/, '')));
    labelLines = undefined;
  };
  let end_: string | undefined;
  let inSubItem = false;

  for (let i = start + 1; i <= end; i++) {
    // "Ansvarig: Mikael Strand, ordf.          Beslut": the kind-of-item column at the line's end, apart by a wide gap.
    const kind = HANDLING_COLUMN.exec(rawLines[i] ?? '') ?? (kindLetter ? KIND_LETTER_COLUMN.exec(rawLines[i] ?? '') : null);
    if (kind) handling ??= handlingOf(kind[1]);
    const line = kind ? lines[i].slice(0, Math.max(0, lines[i].lastIndexOf(kind[1]))).trim() : lines[i];
    // (… and the column headings repeated on the next page: "Ansvarig          Beslut/Info".)
    if (kind && (!line || /^(?:ansvarig|föredragande)$/i.test(line))) continue;
    // ("------------": a rule drawn under the table closes the list; cleaning blanked it as page furniture.)
    if (last && /^[-–—_=]{10,}$/.test((rawLines[i] ?? '').trim())) {
      flushLabel();
      phase = 'notes';
      continue;
    }
    const closing = CLOSING_ROW.exec(line);
    if (closing) {
      end_ ??= normaliseTime(closing[1]);
      flushLabel();
      continue;
    }
    // (The names end at a line that goes on no name and opens none: "Rådet ska ta ställning …", "a) Avgiftsmodell 2025".)
    const namesGoOn = labelLines !== undefined && (labelLines.length === 0 || /[,;]$|\soch$|\p{Lu}\p{Ll}+-$/u.test(labelLines[labelLines.length - 1]) || PERSON_LINE.test(line));
    if (labelLines && line && !BREAK.test(line) && namesGoOn) {
      labelLines.push(line);
      continue;
    }
    flushLabel();
    if (/^(?:föredragande|ansvarig)\s*:$/i.test(line)) {
      labelLines = [];
      phase = phase === 'title' ? 'description' : phase;
      continue;
    }
    if (!line) {
      sawBlank = true;
      presenterBlock = false;
      continue;
    }
    // ("(13:20)" under the presenter: the item's start in brackets.)
    const timeOnly = TIME_ONLY.exec(line.replace(/^\((.+)\)$/, '$1'));
    if (timeOnly) {
      if (!timeBefore) start_ ??= normaliseTime(timeOnly[1]);
      continue;
    }
    const field = ITEM_FIELD.exec(line);
    if (field && phase !== 'notes') {
      if (/^(?:tid|kl)$/i.test(field[1])) {
        const range = TIME_RANGE.exec(field[2]);
        const time = /(\d{1,2})[:.](\d{2})/.exec(field[2]);
        if (time) start_ ??= normaliseTime(`${time[1]}:${time[2]}`);
        if (range) end_ = normaliseTime(`${range[3]}:${range[4]}`);
      } else if (/\p{Lu}\p{Ll}+-$|,$/u.test(field[2].trim())) {
        // ("Föredragande: Karin Holm-" / "Westin, verksamhetschef": the names go on below.)
        labelLines = [field[2].trim()];
      } else {
        labelled.push(...labelledPresenters(field[2]));
      }
      phase = phase === 'title' ? 'description' : phase;
      continue;
    }
    // ("– Johanna Lif och Anna-Karin Rönnholm" under the title: the presenters after a dash on a line of their own.)
    const dashed = phase === 'title' && !presenters ? DASH_LED_PRESENTERS.exec(line) : null;
    if (dashed && dashed[1].split(/\s+/).slice(0, 2).every(isNameToken)) {
      labelled.push(...labelledPresenters(dashed[1].replace(/,$/, '')));
      phase = 'description';
      continue;
    }
    // ("·  ·  ·  Lunch 12:00–13:00 (personalmatsalen, plan 2)  ·  ·  ·": its frame and its note make no line long.)
    if (BREAK.test(line) && line.replace(/[·•]|\([^()]*\)/g, '').trim().length <= 50) {
      breaks.push(parseBreak(line, number));
      // After a break comes the next item, not more of this one's title.
      if (phase === 'title') phase = 'description';
      continue;
    }
    if (PAGE_HEADING.test(line) && !titleIncomplete(title)) continue;
    if (last && AFTER_ITEMS.test(line)) {
      phase = 'notes';
      continue;
    }
    if (phase === 'notes') {
      // A note runs on until the next, or until the papers, the greeting or the signature after the notes.
      const noted = ITEM_NOTE.exec(line);
      if (noted) {
        note = notes.get(Number(noted[1])) ?? [];
        notes.set(Number(noted[1]), note);
        note.push(noted[2]);
      } else if (note && !NOTES_END.test(line) && !isNameLine(line)) {
        note.push(line);
      } else {
        note = undefined;
      }
      continue;
    }
    if (/^beslutsunderlag\b/i.test(line)) {
      phase = 'documents';
      continue;
    }
    if (/^ärendebeskrivning\b/i.test(line)) {
      phase = 'description';
      continue;
    }
    if (timeBefore && /^\p{Lu}/u.test(line) && !titleIncomplete(title) && isGroupHeader(lines, i, end)) continue;
    // "a. Läkemedelshändelse i hemsjukvården, Bräcke" / "kommun – Susanne Dahl, MAS Bräcke kommun": a sub-item, with
    // the lines it wraps onto and its own presenter after a dash, belongs to the item's title.
    if (phase === 'title' && !presenterBlock && (SUB_ITEM.test(line) || (inSubItem && !sawBlank && (/^\p{Ll}/u.test(line) || titleIncomplete(title))))) {
      title = `${title} ${line}`.trim();
      inSubItem = true;
      continue;
    }
    inSubItem = false;
    const withoutTime = line.replace(TRAILING_TIME, '');
    const lineTime = withoutTime !== line ? normaliseTime(TRAILING_TIME.exec(line)![1]) : undefined;
    // A time ending a line of the title or presenter columns is the item's start (unless times stand before items).
    const keepLineTime = () => {
      if (lineTime && !timeBefore) start_ ??= lineTime;
    };
    const nameLine = isNameLine(withoutTime) || isPresenterWithTitle(withoutTime);
    const merged = phase === 'title' && !presenterBlock ? mergedColumns(title, presenters, line, withoutTime, nameLine) : undefined;
    if (merged) {
      ({ title, presenters } = merged);
      keepLineTime();
      sawBlank = false;
      continue;
    }
    if (phase === 'title' && !PRESENTER_GOES_ON.test(presenters) && !presenterBlock) {
      const incomplete = titleIncomplete(title);
      const continues = (!sawBlank && !nameLine) || incomplete || /^[\p{Ll}(]/u.test(line);
      if (continues && !(nameLine && sawBlank && !incomplete)) {
        title = `${title} ${withoutTime}`.trim();
        keepLineTime();
        sawBlank = false;
        continue;
      }
    }
    const titleDone = !titleIncomplete(title);
    // (Under presenters named after "Ansvarig:", a name in the description is the description's: "… Krokom och" / "Strömsund".)
    const labelledAbove = phase === 'description' && labelled.length > 0;
    if (phase !== 'documents' && !labelledAbove && (PRESENTER_GOES_ON.test(presenters) || presenterBlock || (nameLine && (presenters || sawBlank || lineTime || titleDone)))) {
      if (!presenters && isPresenterWithTitle(withoutTime)) presenterBlock = true;
      presenters = `${presenters} ${withoutTime}`.trim();
      keepLineTime();
      continue;
    }
    if (phase === 'documents') {
      if (documents.length && /^\p{Ll}/u.test(line)) documents[documents.length - 1] += ` ${line}`;
      else documents.push(line.replace(/^-\s*/, ''));
      continue;
    }
    description.push(line.replace(/^-\s*/, ''));
    phase = phase === 'title' ? 'description' : phase;
  }

  // "1. … fastställande Linnéa" / "av dagordning" / "Strandbacke 09:30": the presenter's first name ended the title's
  // first line and the surname stood alone after the title's last one.
  const strandedFirstName = /\s(\p{Lu}\p{Ll}+)$/u.exec(first.title)?.[1];
  if (strandedFirstName && isNameToken(strandedFirstName) && title.startsWith(first.title) && /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(presenters)) {
    title = `${first.title.slice(0, -strandedFirstName.length).trim()}${title.slice(first.title.length)}`;
    presenters = `${strandedFirstName} ${presenters}`;
  }
  const dnr = findDnrs([title, ...description, ...documents].join(' '));
  flushLabel();
  return {
    number,
    // ("6) Övrigt och nästa möte        –": a dash for the empty kind cell.)
    title: joinBrokenTitleWords(title.replace(/\s+/g, ' ').trim()).replace(/\s+[–-]$/, ''),
    presenters: [...splitPresenters(presenters), ...labelled],
    ...(start_ ? { start: start_ } : {}),
    ...(end_ ? { end: end_ } : {}),
    documents,
    ...(description.length ? { description: description.join(' ') } : {}),
    ...(dnr.length ? { dnr } : {}),
    ...(handling ? { handling } : {}),
  };
}

/**
 * The title and presenter columns the dump merged line by line, when `line` goes on with both: the title's words
 * first, the presenters' after them. Undefined when the line is not such a continuation.
 */
function mergedColumns(title: string, presenters: string, line: string, withoutTime: string, nameLine: boolean): { title: string; presenters: string } | undefined {
  // "5. … utvärdering av Gustav Ahlbom," / "pilotverksamheten i Bräcke 2025 Märta" / "Oskarsson": the unfinished title
  // goes on in this line, and the name it ends with goes on in the next.
  if (presenters.endsWith(',') && !nameLine && (titleIncomplete(title) || /^\p{Ll}/u.test(line))) {
    // "… 1 mars 2033 Regionen" / "… (uppdrag enligt § 12/2032) Bergs kommun,": the column goes on with where the
    // presenter comes from.
    const affiliation = AFFILIATION_TAIL.exec(withoutTime);
    if (affiliation) return { title: `${title} ${withoutTime.slice(0, affiliation.index)}`.trim(), presenters: `${presenters} ${affiliation[1]}` };
    const tokens = withoutTime.split(' ');
    let cut = tokens.length;
    while (cut > 1 && isNameToken(tokens[cut - 1])) cut--;
    return {
      title: `${title} ${tokens.slice(0, cut).join(' ')}`.trim(),
      presenters: cut < tokens.length ? `${presenters} ${tokens.slice(cut).join(' ')}` : presenters,
    };
  }
  // "…, Saga" / "Lindevall, Region Jämtland Härjedalen": a first name at a line's end goes on with its surname.
  const lastPresenter = presenters.split(',').pop()?.trim() ?? '';
  if (lastPresenter && !lastPresenter.includes(' ') && isNameToken(lastPresenter) && isNameToken(withoutTime.split(/\s+/)[0])) {
    return { title, presenters: `${presenters} ${withoutTime}`.trim() };
  }
  // The presenter's first name ends the title's first line and the surname ends the next ("7. Räddningstjänstens
  // förmåga … Hampus" / "– nytt handlingsprogram för 2028–2031 Söderholm, Räddnings-") or starts it ("5. PM
  // Uppföljning av servicenoderna 2026–2028 Lovisa" / "Sörmark, Nadia Haidari").
  const firstName = /\s(\p{Lu}\p{Ll}+)$/u.exec(title)?.[1];
  // … or ends it without a comma ("– beslut i Gunnel" / "styrelsen och nämnderna, läget (RS/88/2033) Rosfjäll"), not
  // after a word that would make it a place in the title ("… i Krokom" / "och Åre").
  const surname = /^(?:(.*\S)\s+)?(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?,.*)$/u.exec(withoutTime) ?? lastSurname(withoutTime);
  if (presenters || !firstName || !isNameToken(firstName) || !surname) return undefined;
  const titleGoesOn = surname[1] !== undefined && /^(?:[–-]\s|\p{Ll})/u.test(line);
  const surnameFirst = surname[1] === undefined && nameLine;
  if (!titleGoesOn && !surnameFirst) return undefined;
  return { title: `${title.slice(0, -firstName.length).trim()} ${surname[1] ?? ''}`.trim(), presenters: `${firstName} ${surname[2]}` };
}

function lastSurname(line: string): RegExpExecArray | null {
  const match = /^(.*\S)\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)$/u.exec(line);
  if (!match || !isNameToken(match[2])) return null;
  const before = match[1].split(/\s+/).pop()!.toLowerCase();
  return FUNCTION_WORDS.has(before) ? null : match;
}

/** "Fiskevandring i Indalsälven – Eva Lax, Länsstyrelsen": the presenter after a dash, with what follows the comma. */
const DASHED_PRESENTER = new RegExp(String.raw`^(.{3,}?)\s+[–-]\s+(${NAME_WORD}\s+${NAME_WORD}(?:,\s*[^–]+)?|Ordföranden|Sekreteraren)$`, 'u');

/** Title, presenters and time on an item's first line. */
export function splitFirstLine(text: string, raw: string): { title: string; presenters: string; time?: string } {
  const timeMatch = TRAILING_TIME.exec(text);
  const time = timeMatch ? normaliseTime(timeMatch[1]) : undefined;
  const body = timeMatch ? text.slice(0, timeMatch.index).trim() : text.trim();
  const dashed = DASHED_PRESENTER.exec(body.replace(/,$/, ''));
  if (dashed && dashed[2].split(/[\s,]+/).slice(0, 2).every((word) => /^(?:Ordföranden|Sekreteraren)$/.test(word) || isNameToken(word))) return { title: dashed[1], presenters: dashed[2], time };
  // A run of 2+ spaces in the source separates the title column from the presenter column.
  const gap = /^(.*\S)\s{2,}(\S.*?)\s*$/.exec(raw.replace(/^\s*\d{1,2}\.\s+/, '').replace(TRAILING_TIME, ''));
  if (gap && isNameLine(gap[2].trim().replace(/,$/, ''))) {
    return { title: gap[1].replace(/\s+/g, ' ').trim(), presenters: gap[2].trim(), time };
  }
  // "Lägesbild narkotika i Jämtlands län Ulf Brännström, kommissarie,": the presenter and title close the line.
  // ("Upprop och val av justerare Jonas Berglund (M), ordförande": a politician's party after the name.)
  const titled = /\s(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+\([A-ZÅÄÖ]{1,3}\))?,\s*\p{Ll}[^,]*,?)$/u.exec(body);
  if (titled && isPresenterWithTitle(titled[1]) && body.slice(0, titled.index).trim().split(/\s+/).length >= 2) {
    return { title: body.slice(0, titled.index).trim(), presenters: titled[1], time };
  }
  const tokens = body.split(' ');
  let cut = tokens.length;
  while (cut > 1 && isNameToken(tokens[cut - 1])) cut--;
  if (tokens.length - cut < 2) return { title: body, presenters: '', time };
  return { title: tokens.slice(0, cut).join(' '), presenters: tokens.slice(cut).join(' '), time };
}

function isNameToken(token: string): boolean {
  const word = token.replace(/,$/, '');
  return NAME_TOKEN.test(word) && !NOT_PEOPLE.has(word.toLowerCase());
}

/** "Malin Berglöf, ANDTS-strateg,": a presenter's name and, after a comma, the title the presenter column gives. */
const PRESENTER_WITH_TITLE = /^(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2})(?:\s+\([A-ZÅÄÖ]{1,3}\))?,\s*(?:\p{Ll}|\p{Lu}{2,}[-\p{Ll}])/u;

export function isPresenterWithTitle(line: string): boolean {
  const name = PRESENTER_WITH_TITLE.exec(line)?.[1];
  return name !== undefined && name.split(/\s+/).every(isNameToken);
}

/** "Elin Nirjens, Åsa Grönvik", "Jonsson, Karl-Johan", "Razavi, MIUN", "Lindgren". */
export function isNameLine(line: string): boolean {
  const parts = line.split(',').map((p) => p.trim()).filter(Boolean);
  if (!parts.length) return false;
  return parts.every((part) => {
    const tokens = part.split(/\s+/);
    return tokens.length <= 4 && tokens.every((t) => (NAME_TOKEN.test(t) && !NOT_PEOPLE.has(t.toLowerCase())) || /^[A-ZÅÄÖ]{2,5}$/.test(t));
  });
}

/**
 * "Fördelning … ur länstrans- Elsa" / "portplanen 2031": a word the dump broke at a line end with the presenter's
 * column after it, so the line join did not mend it. "Vård- och omsorg" keeps its hyphen.
 */
function joinBrokenTitleWords(title: string): string {
  return title.replace(/(\p{L}{2,})([-\u2013]) (\p{Ll}+)/gu, (whole, head: string, dash: string, tail: string) =>
    // ("januari–" / "september 2024": a range of months broken after its dash.)
    isMonth(head) && isMonth(tail) ? `${head}${dash}${tail}` : HYPHEN_KEEPERS.has(tail) ? whole : head + tail,
  );
}

const isMonth = (word: string): boolean => Object.hasOwn(MONTHS, word.toLowerCase());

function titleIncomplete(title: string): boolean {
  const last = title.trim().split(/\s+/).pop()?.toLowerCase() ?? '';
  return FUNCTION_WORDS.has(last) || /[-–,]$/.test(title.trim());
}

/** "Ärenden från regionstyrelsen" above a time line groups the items that follow. */
function isGroupHeader(lines: readonly string[], i: number, end: number): boolean {
  for (let j = i + 1; j <= end + 3 && j < lines.length; j++) {
    if (!lines[j]) continue;
    return TIME_ONLY.test(lines[j]);
  }
  return false;
}

function parseBreak(line: string, afterItem: number): AgendaBreak {
  const range = TIME_RANGE.exec(line);
  const single = /(\d{1,2}[:.]\d{2})/.exec(line);
  // ("·· Paus 14:25–14:40 ··": the dots setting the break off are no part of its name.)
  const label = line.replace(TIME_RANGE, '').replace(/(\d{1,2}[:.]\d{2})/g, '').replace(/\bkl\.?/i, '').replace(/^[^\p{L}]+|[^\p{L})]+$/gu, '').replace(/\s+/g, ' ').trim();
  return {
    label: label || 'Paus',
    ...(range ? { start: normaliseTime(`${range[1]}:${range[2]}`), end: normaliseTime(`${range[3]}:${range[4]}`) } : single ? { start: normaliseTime(single[1]) } : {}),
    afterItem,
  };
}

/**
 * "Martina Lundholm, Sofie Jonsson, Karl-Johan Lindgren" → three people; an organisation after
 * the names ("Östersunds kommun", "MIUN") is kept with the people it follows.
 */
export function splitPresenters(text: string): string[] {
  const parts = text.replace(/[,;]\s*$/, '').split(/\s*[,;]\s*|\s+och\s+/).map((p) => p.trim()).filter(Boolean);
  const people: string[] = [];
  let pendingFrom = 0;
  for (const part of parts) {
    const tokens = part.split(/\s+/);
    const isPerson = tokens.length >= 2 && tokens.length <= 4 && tokens.every((t) => NAME_TOKEN.test(t) && !NOT_PEOPLE.has(t.toLowerCase()));
    if (isPerson) {
      people.push(part);
      continue;
    }
    if (!people.length) {
      people.push(part);
      continue;
    }
    for (let k = pendingFrom; k < people.length; k++) people[k] = `${people[k]} (${part})`;
    pendingFrom = people.length;
  }
  return people;
}

