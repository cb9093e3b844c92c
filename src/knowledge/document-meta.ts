/**
 * Title, type, date, diary numbers and reporting period of one logical document, read from
 * its opening lines (letterhead, title block, agenda or minutes header) and running headers.
 */
import type { CleanedText } from './clean.js';
import type { Heading } from './headings.js';
import { documentTitle } from './document-title.js';
import { expandYearRanges, findDate, findDnrs, looseText } from './patterns.js';
import type { DocumentType, LogicalDocument } from './types.js';

export interface DocumentContext {
  file: string;
  ordinal: number;
  text: CleanedText;
  headings: readonly Heading[];
  /** 1-based inclusive line range. */
  range: [number, number];
  previous: readonly LogicalDocument[];
}

const AGENDA_WORD = /(kallelse|föredragningslista|dagordning|ärendeförteckning)/i;

const TYPE_RULES: [RegExp, DocumentType][] = [
  [/^(källa:|titel:)/i, 'webbsida'],
  [AGENDA_WORD, 'kallelse'],
  [/^(utdrag (ur )?sammanträdesprotokoll|protokollsutdrag)/i, 'protokollsutdrag'],
  [/^(?:sammanträdes)?protokoll/i, 'protokoll'],
  [/^verksamhetsberättelse/i, 'verksamhetsberattelse'],
  [/^verksamhetsplan/i, 'verksamhetsplan'],
  [/^regionplan/i, 'regionplan'],
  [/^(frågor för|enkät|frågeformulär)/i, 'enkat'],
  [/^förslag till beslut/i, 'forslag'],
  [/uppdragsbeskrivning/i, 'uppdragsbeskrivning'],
  [/^(rapport|slutrapport|sammanfattning)|genomlysning/i, 'rapport'],
  [/^uppföljning/i, 'pm'],
  [/^överenskommelse/i, 'overenskommelse'],
  [/verksamhetsberättelse/i, 'verksamhetsberattelse'],
  [/verksamhetsplan/i, 'verksamhetsplan'],
];

export function describeDocument(context: DocumentContext): LogicalDocument {
  const { file, ordinal, text, range } = context;
  const from = range[0] - 1;
  const to = range[1] - 1;
  const opening = openingLines(text, from, to, 40);
  const webTitle = opening.map((i) => /^titel:\s*(.+)$/i.exec(text.lines[i])?.[1]).find(Boolean);
  const agenda = webTitle ? undefined : describeAgenda(text, opening);
  const title = webTitle ?? agenda?.title ?? documentTitle(context, opening);
  const bodyChars = countBodyChars(text, from, to);
  const type = webTitle ? 'webbsida' : agenda ? 'kallelse' : noticeOrOther(documentType(title, opening, text, bodyChars), text, opening);
  const head = opening.slice(0, 15).map((i) => text.lines[i]).join('\n');
  const date = agenda?.date ?? meetingDayField(text, opening) ?? letterheadDate(text, opening) ?? signatureDate(text, from, to) ?? runningHeaderDate(text, from, to);
  const dnr = findDnrs(`${title}\n${head}`);
  if (!dnr.length) dnr.push(...selfListedDnr(title, text, from, to));
  const period = reportingPeriod(title, text, opening, type, date);
  return {
    id: `${file}#${ordinal}`,
    file,
    title,
    type,
    ...(date ? { date } : {}),
    ...(dnr.length ? { dnr } : {}),
    ...(period.length ? { period } : {}),
    lines: range,
  };
}

function openingLines(text: CleanedText, from: number, to: number, count: number): number[] {
  const result: number[] = [];
  for (let i = from; i <= to && result.length < count; i++) if (text.lines[i]) result.push(i);
  return result;
}

function countBodyChars(text: CleanedText, from: number, to: number): number {
  let chars = 0;
  for (let i = from; i <= to; i++) if (text.lines[i].length >= 50) chars += text.lines[i].length;
  return chars;
}

/** An agenda: a kallelse/ärendeförteckning word or ORGAN:/DATUM: header, then numbered items. */
function describeAgenda(text: CleanedText, opening: number[]): { title: string; date?: string } | undefined {
  const lines = opening.map((i) => text.lines[i]);
  // ("Dagordningen godkänns." in the minutes is a sentence about the agenda, not the notice's title.)
  const wordAt = lines.findIndex((l) => AGENDA_WORD.test(l) && l.length < 60 && !/\p{Ll}[.!]$/u.test(l));
  // (Under the word, "Sara Lindqvist, tf.   1) Inledning …   13:00": items numbered "1)" in a table's second column.)
  const items = lines.filter((l) => /^\d{1,2}\.\s+\S/.test(l)).length || (wordAt >= 0 ? lines.filter((l) => /(?:^|\s)\d{1,2}\)\s+\p{Lu}/u.test(l)).length : 0);
  const organLine = lines.find((l) => /^organ:/i.test(l));
  if (items < 3 || (wordAt < 0 && !organLine)) return undefined;
  const organ = organLine
    ? organLine.replace(/^organ:\s*/i, '')
    : lines.slice(wordAt + 1, wordAt + 3).find((l) => !/\d{4}-\d{2}-\d{2}/.test(l) && !/^\d/.test(l));
  const dateLine = lines.find((l) => /^datum:/i.test(l));
  const date = findDate(dateLine ?? lines.slice(Math.max(wordAt, 0), Math.max(wordAt, 0) + 4).join(' ')) ?? findDate(lines.slice(0, 8).join(' '));
  const word = wordAt >= 0 ? lines[wordAt].replace(/^organ:.*$/i, '').trim() : 'Kallelse';
  const label = word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
  return { title: [label, organ, date].filter(Boolean).join(' – ').replace(/ – (\d{4}-\d{2}-\d{2})$/, ' $1'), date };
}

/** "F ö r e d r a g n i n g s l i s t a": the kind of paper spaced out on a line of its own at the top, whatever the title block holds. */
const NOTICE_WORD_LINE = /^(?:kallelse(?:\s+(?:och|med)\s+föredragningslista)?|föredragningslista|dagordning)$/i;

/** "Kallelse till möte nr 4/2024", "MÖTESINBJUDAN 2024-11-14": a line of the letterhead saying the paper calls to a meeting. */
// ("KALLELSE OCH DAGORDNING – MÖTE 8 OKTOBER 2024", "KALLELSE – BG-MÖTE 15 OKTOBER 2024": the call and the meeting after a dash.)
// ("KALLELSE / FÖREDRAGNINGSLISTA": the two kinds of paper in one, apart by a slash.)
const CALLING_LINE = /^(?:kallelse\s*\/\s*(?:föredragningslista|dagordning)$|kallelse\s+till\s+(?:möte|sammanträde)|mötesinbjudan|inbjudan\s+till\s+(?:möte|sammanträde)|kallelse(?:\s+(?:och|med)\s+(?:dagordning|föredragningslista))?\s*[–-]\s*(?:\S+-)?(?:möte|sammanträde)\b)/i;
const CALLED_TO = /^till\s+(?:\S+\s+){0,4}(?:möte|mötet|sammanträde|sammanträdet)(?![\p{L}])/iu;

function noticeOrOther(type: DocumentType, text: CleanedText, opening: number[]): DocumentType {
  if (type !== 'ovrigt' && type !== 'arendeblad') return type;
  // ("Kallelse till möte nr 4/2024   Sida 1 av 3": the line went with its page mark.)
  const topLines = opening.length === 0 ? [] : text.lines.slice(opening[0], (opening[5] ?? opening[opening.length - 1]) + 1).map((line, k) => line || (text.info[opening[0] + k].removedText ?? ''));
  // ("KALLELSE" / "till Forumets fjärde möte 2024": the call wrapped after its first word.)
  const calling = topLines.some((line, k) => (CALLING_LINE.test(line) && line.length < 80) || (NOTICE_WORD_LINE.test(line) && CALLED_TO.test(topLines[k + 1] ?? '')));
  // (A spaced-out "F Ö R E D R A G N I N G S L I S T A" may stand under the letterhead, the body and the day and place.)
  return calling || opening.slice(0, 20).some((i) => text.info[i].letterSpaced && NOTICE_WORD_LINE.test(text.lines[i])) ? 'kallelse' : type;
}

function documentType(title: string, opening: number[], text: CleanedText, bodyChars: number): DocumentType {
  const firstLines = opening.slice(0, 3).map((i) => text.lines[i]);
  if (firstLines.some((l) => /^källa:/i.test(l))) return 'webbsida';
  const bulletLines = opening.filter((i) => text.info[i].bullet).length;
  for (const [pattern, type] of TYPE_RULES) {
    if (!pattern.test(title)) continue;
    if (type === 'overenskommelse' && bodyChars < 200) return 'arendeblad';
    return type;
  }
  if (bulletLines > opening.length / 3) return 'presentation';
  if (bodyChars < 200) return 'arendeblad';
  return 'ovrigt';
}

/**
 * A plan's own diary number often appears only where it lists itself among the steering
 * documents: "Regionplan 2018-2020 RS/257/2017 2017-06-21--". A line that starts with the
 * document's title and carries a diary number gives it.
 */
function selfListedDnr(title: string, text: CleanedText, from: number, to: number): string[] {
  const needle = looseText(title);
  if (needle.split(' ').length < 2) return [];
  for (let i = from; i <= to; i++) {
    const line = text.lines[i];
    if (!line.includes('/') || !looseText(line).startsWith(needle)) continue;
    const found = findDnrs(line);
    if (found.length) return found;
  }
  return [];
}

const VALIDITY_LINE = /^(?:giltig|gäller|giltighetstid|revideras|revision|nästa revidering|ska revideras|upphör)/i;

/**
 * "Möte: tisdag 22 oktober 2024 kl. 13.00–15.30": minutes are dated by the meeting, not by the day they were written.
 * "Sammanträdesdag: 7 februari 2024", and without the colon before a date written out "2024-03-12" ("Sammanträdesdatum
 * 2024-03-12      Blad 1 av 7"). ("Möte" needs its colon: "Möte med …" is a line.)
 */
const MEETING_DAY_FIELD = /^(?:möte\s*:|(?:mötesdag|mötesdatum|sammanträdesdag|sammanträdesdatum)(?:\s*:|\s+(?=\d{4}-\d{2}-\d{2})))\s*(.+)$/i;

/** "Sammanträdesdag ....... onsdag 7 februari 2024": the field set off by dot leaders instead of a colon. */
const LEADER_DAY_FIELD = /^(?:mötesdag|mötesdatum|sammanträdesdag|sammanträdesdatum|datum)\s+(.+)$/i;

function meetingDayField(text: CleanedText, opening: number[]): string | undefined {
  for (const i of opening.slice(0, 20)) {
    const field = MEETING_DAY_FIELD.exec(text.lines[i]) ?? (text.info[i].leaderField ? LEADER_DAY_FIELD.exec(text.lines[i]) : null);
    const date = field ? findDate(field[1]) : undefined;
    if (date) return date;
  }
  return undefined;
}

/** A date standing alone in the letterhead ("2015-09-02", "Regional utveckling 2015-09-21"), not inside a sentence. */
function letterheadDate(text: CleanedText, opening: number[]): string | undefined {
  for (const i of opening.slice(0, 15)) {
    const line = text.lines[i];
    // "Giltig till och med: 2030-12-31", "Revideras senast 2027-06-30": when it ends or is looked at again, not its date.
    if (line.split(' ').length <= 5 && /\b\d{4}-\d{2}-\d{2}\b/.test(line) && !/[.!?]$/.test(line) && !VALIDITY_LINE.test(line)) return findDate(line);
  }
  return undefined;
}

function signatureDate(text: CleanedText, from: number, to: number): string | undefined {
  for (let i = to; i >= from && i >= to - 30; i--) {
    const match = /^\p{Lu}\p{Ll}+ den (.+)$/u.exec(text.lines[i]);
    if (match) return findDate(match[1]);
  }
  return undefined;
}

function runningHeaderDate(text: CleanedText, from: number, to: number): string | undefined {
  for (let i = from; i <= to; i++) {
    if (text.info[i].furniture !== 'running-header') continue;
    // "Sammanträdesdatum" / "2024-03-14" on every page: the date itself is the header removed.
    const removed = text.info[i].removedText?.trim() ?? '';
    if (/^\d{4}-\d{2}-\d{2}$/.test(removed)) return findDate(removed);
    // ("Regionala ungdomspolitiska rådet   2024-06-12" under "Sammanträdesdatum": the body and the day, repeated.)
    // (… the label ending the line over it, in the header's right column: "Region Jämtland Härjedalen   Sammanträdesdatum".)
    if (/(?:^|\s)sammanträdesdatum$/i.test(text.lines[i - 1] ?? '') && /\s\d{4}-\d{2}-\d{2}$/.test(removed)) return findDate(removed.slice(-10));
    for (let j = i + 1; j <= i + 6 && j <= to; j++) {
      const date = /^\d{4}-\d{2}-\d{2}$/.test(text.lines[j]) ? findDate(text.lines[j]) : undefined;
      if (date) return date;
    }
  }
  return undefined;
}

function reportingPeriod(title: string, text: CleanedText, opening: number[], type: DocumentType, date?: string): number[] {
  const fromTitle = expandYearRanges(title.replace(/\b\d{4}-\d{2}-\d{2}\b/g, ' ').replace(/\b(RUN|RS|LS)\/\S+/g, ' '));
  if (fromTitle.length && type !== 'kallelse') return fromTitle;
  for (const i of opening.slice(0, 20)) {
    const match = /för (?:januari|perioden) .*?(\d{4})/i.exec(text.lines[i]);
    if (match) return [Number(match[1])];
  }
  if (date && ['kallelse', 'protokoll', 'protokollsutdrag', 'webbsida', 'forslag', 'pm', 'enkat'].includes(type)) {
    return [Number(date.slice(0, 4))];
  }
  return [];
}
