/**
 * Meetings: from agendas (kallelse / föredragningslista / ärendeförteckning with numbered items)
 * and from saved web meeting pages ("Titel: Möte 2022-05-30 – Regionens samverkansråd").
 */
import { findDate, isOrganLine, joinWrappedCapitals, normaliseTime, ORGAN_WORD, organNameAt, sentenceCase, slugify, TIME_RANGE } from '../patterns.js';
import type { LogicalDocument, Meeting } from '../types.js';
import { parseAgendaItems } from './agenda-items.js';
import type { ExtractionInput } from './input.js';
import { sourceForLine } from './source.js';
import { parseWebMeeting } from './web-meetings.js';

const AGENDA_WORD = /^(kallelse|föredragningslista|dagordning|ärendeförteckning|program)\b/i;
const LETTERHEAD_FIELD = /^(?:datum|dnr|diarienr|diarienummer|vår beteckning|er beteckning|handläggare|sida)\b/i;
const DIARY_LINE = /^[A-ZÅÄÖ]{1,5}\s+\d{4}\/\d{1,5}$/;
const LETTERHEAD_FIELD_INSIDE = /\S\s+(?:datum|dnr|diarienr):\s*\S/i;

export function extractMeetings(input: ExtractionInput): Meeting[] {
  const meetings: Meeting[] = [];
  for (const document of input.documents) {
    const meeting =
      document.type === 'webbsida' ? parseWebMeeting(input, document) : document.type === 'kallelse' ? parseAgenda(input, document) : undefined;
    if (meeting) meetings.push(meeting);
  }
  return meetings;
}

function parseAgenda(input: ExtractionInput, document: LogicalDocument): Meeting | undefined {
  const from = document.lines[0] - 1;
  const to = document.lines[1] - 1;
  const header = agendaHeader(input.lines, input.rawLines, from, Math.min(to, from + 25));
  const date = header.date ?? document.date;
  if (!header.organ || !date) return undefined;
  const agenda = parseAgendaItems(input.lines, input.rawLines, from, to);
  if (agenda.items.length < 2) return undefined;
  const timed = agenda.items.filter((i) => i.start);
  const closing = agenda.items[agenda.items.length - 1];
  const start = header.start ?? timed[0]?.start;
  const end = header.end ?? (closing.start && /avslut/i.test(closing.title) ? closing.start : undefined);
  return {
    id: `${slugify(header.organ)}-${date}`,
    organId: slugify(header.organ),
    organName: header.organ,
    date,
    ...(start ? { start } : {}),
    ...(end ? { end } : {}),
    ...(header.place ? { place: header.place } : {}),
    items: agenda.items,
    breaks: agenda.breaks,
    source: sourceForLine(input, from, to),
  };
}

interface AgendaHeader {
  organ?: string;
  date?: string;
  start?: string;
  end?: string;
  place?: string;
}

/** "Datum: …", "Dag och tid: Torsdag 19 september 2024, kl. 09.30–15.30", "Sammanträde: torsdag den 12 september 2024, …". */
const FIELD = /^(organ|datum|dag|tid|när|plats|lokal|var|dag och tid|datum och tid|tid och plats|sammanträde|sammanträdesdag|sammanträdesdatum|mötesdatum)\s*:\s*(.+)$/i;
/** "Tid        tisdagen den 18 mars 2025": a field whose label the dump keeps apart from its value by a wide gap, not a colon. */
const SPACED_FIELD = /^\s*(organ|datum|dag|tid|plats|lokal|dag och tid|datum och tid|tid och plats)\s{2,}(\S.*)$/i;
/** Field labels that name the meeting's day, not the letter's. */
const MEETING_DAY_LABEL = /^(?:sammanträde|sammanträdesdag|sammanträdesdatum|mötesdatum|dag och tid|datum och tid|när|tid|tid och plats)$/;
const LABEL_ALONE = /^(?:tid|plats|lokal|dag och tid|datum och tid|tid och plats|sammanträde|sammanträdesdag)$/i;
/** "Sammanträde torsdagen den 19 september 2024": the meeting's day, its label apart from it by a space only. */
const DAY_FIELD = /^(sammanträde|möte|sammanträdesdag)\s+((?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?\s.+)$/iu;
/** "Ledamöter och ersättare i Livsmedelsrådet kallas härmed till sammanträde": the notice names its organ. */
const SUMMONED = /\bi\s+(\p{Lu}[\p{L}-]+(?:\s+\p{L}[\p{L}-]*){0,3}?)\s+kallas\b/u;

const NAME_GOES_ON = /^(?:för|och|i|inom)\s+\p{Ll}[\p{L}\s-]{2,50}$/u;

/** "ORGAN:", "DATUM:", "PLATS:" fields, or a kallelse title line followed by organ and date. */
function agendaHeader(lines: readonly string[], rawLines: readonly string[], from: number, to: number): AgendaHeader {
  const header: AgendaHeader = {};
  let titleBlock: { organ: string; date: string } | undefined;
  let firstOrgan: string | undefined;
  let summoned: string | undefined;
  let dayDate: string | undefined;
  let meetingDayField: string | undefined;
  for (let i = from; i <= to; i++) {
    const line = lines[i];
    if (!line) continue;
    summoned ??= SUMMONED.exec(line)?.[1];
    const day = DAY_FIELD.exec(line);
    if (day) dayDate ??= findDate(day[2]);
    // ("Torsdag 28 november 2024, kl. 13:00–15:30" under "MÖTESINBJUDAN 2024-11-14": the meeting's day and hours.)
    if (WEEKDAY_FIRST.test(line) && /\bkl\.?\s*\d/i.test(line)) dayDate ??= findDate(line);
    // ("Plats" / "Regionens hus, sammanträdesrum Frösön, …": the label on a line of its own over its value.)
    const labelAlone = LABEL_ALONE.test(line) ? nextLines(lines, i, to, 1)[0] : undefined;
    const field = FIELD.exec(line) ?? day ?? SPACED_FIELD.exec(rawLines[i] ?? '') ?? (labelAlone ? [line, line, labelAlone] : null);
    if (field) {
      const [, name, spacedValue] = field;
      const value = spacedValue.replace(/\s+/g, ' ');
      const key = name.toLowerCase();
      if (key === 'organ') header.organ = value.trim();
      // ("När: onsdag 25 september 2024, kl 13:00–16:00" / "Var: Bräcke kommunhus": the fields asked as questions.)
      const isPlace = key === 'plats' || key === 'lokal' || key === 'var';
      if (isPlace) header.place = value.trim().replace(/[.\s]+$/, '');
      if (key !== 'organ' && !isPlace) {
        header.date ??= findDate(value);
        if (MEETING_DAY_LABEL.test(key)) meetingDayField ??= findDate(value);
        const range = TIME_RANGE.exec(value);
        if (range) {
          header.start = normaliseTime(`${range[1]}:${range[2]}`);
          header.end = normaliseTime(`${range[3]}:${range[4]}`);
        }
      }
      continue;
    }
    // ("KALLELSE – BG-MÖTE 15 OKTOBER 2024": the title names the meeting's day, whatever day the notice went out.)
    if (AGENDA_WORD.test(line) && MEETING_OF_DAY.test(line)) dayDate ??= findDate(line);
    if (!titleBlock && AGENDA_WORD.test(line) && line.length < 60) {
      // A letterhead's "KALLELSE" over "Datum …", "Dnr …" and the sender names neither the organ nor the meeting's
      // day; the title block ("Kallelse/föredragningslista" / organ / date) further down names both.
      const next = nextLines(lines, i, to, 3);
      // "KALLELSE" beside "Regional utveckling   Datum: 2024-05-22": the letterhead's fields share the sender's lines.
      if (next.some((l) => LETTERHEAD_FIELD_INSIDE.test(l))) continue;
      // (A field under it, "Tid och plats: Torsdag 5 november 2026 …", names no organ; "KALLELSE – Gemensamma
      // naturnämnden" names it on the title line itself.)
      // ("KALLELSE MED" / "FÖREDRAGNINGSLISTA" / "2024-09-05" / "KS 2024/0582": the title's second line and the
      // letter's diary number name no body either.)
      const following = next.filter((l) => !LETTERHEAD_FIELD.test(l) && !AGENDA_WORD.test(l) && !DIARY_LINE.test(l));
      // ("Kallelse till Fjällrådet Jämtlands län": the body called to the meeting.)
      const titled = /\s[–-]\s+(\p{Lu}.{2,70})$/u.exec(line)?.[1] ?? /^kallelse\s+till\s+(?:sammanträde\s+(?:med|i)\s+)?(\p{Lu}.{2,70})$/iu.exec(line)?.[1];
      // ("Kallelse till sammanträde med Läns-" / "styrgruppen för hemsjukvård": the name goes on below the title line.)
      const named = titled && NAME_GOES_ON.test(lines[i + 1] ?? '') ? `${titled} ${lines[i + 1]}` : titled;
      // ("Vattenrådet Dalälven, sammanträde 2026-04-16 kl. 10.00 i Sveg": the body before the comma; "§ 1 …" is an item.)
      // ("Onsdag 22 maj 2024, kl. 09:00–14:30" under the title is the day; "NÄRINGSLIVS-" / "RÅDETS ARBETS-" / "UTSKOTT (AU)"
      // in capitals over it names the body.)
      const underTitle =
        named ??
        following.map((l) => (/\d{4}-\d{2}-\d{2}/.test(l) && isOrganLine(l.split(',')[0]) ? l.split(',')[0] : l)).find((l) => !FIELD.test(l) && !/\d{4}-\d{2}-\d{2}/.test(l) && !/^[\d§]/.test(l) && !WEEKDAY_FIRST.test(l) && !/\p{Ll}\.$/u.test(l) && l.length < 80) ??
        displayNameAbove(lines, i);
      // ("Regionala ungdomspolitiska" / "rådet": the name's last word, left alone on its line by a hyphen join above.)
      const wrapped = underTitle === undefined ? undefined : following[following.indexOf(underTitle) + 1];
      // ("Regionala samrådet för färjeleder" / "och isvägar (Färjesamrådet)": so is the rest of a name wrapped after "för …".)
      const goesOn = wrapped !== undefined && ((/^\p{Ll}+$/u.test(wrapped) && ORGAN_WORD.test(wrapped)) || (/^(?:och|samt)\s+\p{Ll}/u.test(wrapped) && !/\d/.test(wrapped) && wrapped.length <= 50));
      // ("Folkhögskolestyrelsen (FHS) kallas till sammanträde": the body the line calls.)
      const organ = (underTitle && goesOn ? `${underTitle} ${wrapped}` : underTitle)?.replace(CALLED_TO_MEETING, '');
      const date = findDate(following.join(' '));
      if (organ && date) titleBlock = { organ, date };
      else if (organ) firstOrgan ??= organ;
    }
    if (/^\d{1,2}\.\s/.test(line)) break;
  }
  // (The body named under the title before a letterhead's first line: "Länsarbetsgruppen för hemsjukvård   Östersund
  // 2024-09-30" is the sender, dated the day the notice went out.)
  const namedUnderTitle = [titleBlock?.organ, firstOrgan].find((organ) => organ !== undefined && (isOrganLine(organ) || ORGAN_WORD.test(organ)));
  header.organ ??= namedUnderTitle ?? organLine(lines, from, to) ?? titleBlock?.organ ?? summoned ?? firstOrgan;
  // The title block's date may be the letter's; the meeting's weekday and date name the meeting's day.
  // ("KALLELSE" / "Region Jämtland Härjedalen   Datum 2024-09-05" over "Sammanträdesdatum: torsdag 19 september 2024":
  // a field naming the meeting's day outranks the letter's date.)
  header.date = dayDate ?? meetingDayField ?? titleBlock?.date ?? header.date;
  return header;
}

const WEEKDAY_FIRST = /^(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?\s/i;
const MEETING_OF_DAY = /(?:möte|mötet|sammanträde|sammanträdet)\s+(?:den\s+)?\d{1,2}\s+\p{L}+\s+\d{4}/iu;
const CALLED_TO_MEETING = /\s+kallas\s+(?:härmed\s+)?till\s+(?:sammanträde|möte)\.?$/iu;

/** The body's name in capitals on the lines right over the title, its words broken with hyphens ("NÄRINGSLIVS-" / "RÅDETS …"). */
function displayNameAbove(lines: readonly string[], title: number): string | undefined {
  const above: string[] = [];
  for (let j = title - 1; j >= 0 && lines[j] && above.length < 4; j--) {
    if (lines[j] !== lines[j].toUpperCase() || !/\p{Lu}{3}/u.test(lines[j])) break;
    above.unshift(lines[j]);
  }
  const name = joinWrappedCapitals(above);
  return name && isOrganLine(name) ? sentenceCase(name) : undefined;
}

/** The first line of the header naming a body, with the line its name wraps onto ("Styrgruppen för jämställdhet" / "och …"). */
function organLine(lines: readonly string[], from: number, to: number): string | undefined {
  for (let i = from; i <= to; i++) {
    const line = lines[i];
    if (line && isOrganLine(line)) return organNameAt(lines, i);
  }
  return undefined;
}

function nextLines(lines: readonly string[], i: number, to: number, count: number): string[] {
  const result: string[] = [];
  for (let j = i + 1; j <= to && result.length < count; j++) if (lines[j]) result.push(lines[j]);
  return result;
}
