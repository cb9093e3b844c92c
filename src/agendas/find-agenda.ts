/**
 * Which meeting `dagordning [organ] [datum]` asks for. Without a date: the organ's next meeting
 * (today counts), else its latest. Without an organ: the meeting on that date.
 */
import type { Meeting, Organ } from '../knowledge/types.js';
import { findDateInText, isoDate, localDate, type TypedDate } from './dates.js';
import { meetingBelongsTo, organCatalog, resolveOrgan, type OrganRef } from './organs.js';
import { normalizeText, tokenize } from './text.js';

export interface AgendaRecords {
  organs: Organ[];
  meetings: Meeting[];
}

export interface AgendaQuery {
  /** What the person typed after the command word. */
  text: string;
  now: Date;
  timeZone: string;
  /** Organs to assume when none is typed (e.g. the organs a channel subscribes to). */
  defaultOrgans?: Array<{ id?: string; name: string }>;
}

export type AgendaLookup =
  | { kind: 'found'; meeting: Meeting }
  | { kind: 'no-meetings' }
  | { kind: 'invalid-date'; text: string }
  | { kind: 'unknown-organ'; organText: string; known: string[] }
  | { kind: 'ambiguous-organ'; organText: string; candidates: string[] }
  | { kind: 'no-meeting-for-organ'; organName: string }
  | { kind: 'no-meeting-on-date'; date: string; organName?: string; nearest: Meeting[] }
  | { kind: 'several-on-date'; date: string; meetings: Meeting[] };

// Filler words around the organ name ("dagordning för samverkansrådet den 7 februari").
const FILLER = new Set(
  ['den', 'det', 'de', 'for', 'i', 'pa', 'till', 'om', 'med', 'fran', 'mote', 'motet', 'moten', 'sammantrade', 'sammantradet', 'nasta', 'senaste',
    'the', 'on', 'of', 'in', 'at', 'for', 'to', 'from', 'meeting', 'next', 'latest', 'last'],
);

export function findAgenda(records: AgendaRecords, query: AgendaQuery): AgendaLookup {
  if (records.meetings.length === 0) return { kind: 'no-meetings' };
  const dated = findDateInText(query.text);
  if (dated.kind === 'invalid') return { kind: 'invalid-date', text: dated.text };
  const typedDate = dated.kind === 'date' ? dated.date : undefined;
  const organWords = tokenize(dated.rest).filter((word) => !FILLER.has(word));
  const today = localDate(query.now, query.timeZone);
  const catalog = organCatalog(records);

  let organ: OrganRef | undefined;
  if (organWords.length > 0) {
    const onDate = (o: OrganRef) => records.meetings.filter((m) => meetingBelongsTo(m, o) && (!typedDate || onTypedDate(m, typedDate))).length;
    const match = resolveOrgan(organWords, catalog, (o) => (onDate(o) > 0 ? 2 : records.meetings.some((m) => meetingBelongsTo(m, o)) ? 1 : 0));
    const organText = dated.rest.split(/\s+/).filter((word) => !FILLER.has(normalizeText(word))).join(' ');
    if (match.kind === 'unknown') return { kind: 'unknown-organ', organText, known: catalog.map((o) => o.name) };
    if (match.kind === 'ambiguous') return { kind: 'ambiguous-organ', organText, candidates: match.candidates.map((o) => o.name) };
    organ = match.organ;
  }

  let pool = organ ? records.meetings.filter((m) => meetingBelongsTo(m, organ!)) : records.meetings;
  if (!organ && query.defaultOrgans?.length) {
    const organs = query.defaultOrgans.map((o): OrganRef => ({ id: o.id, name: o.name, phrases: [o.name] }));
    const defaults = records.meetings.filter((m) => organs.some((o) => meetingBelongsTo(m, o)));
    if (defaults.length > 0) pool = defaults;
  }
  if (pool.length === 0) return { kind: 'no-meeting-for-organ', organName: organ!.name };

  if (!typedDate) return { kind: 'found', meeting: nextOrLatest(pool, today) };

  const onDate = pool.filter((m) => onTypedDate(m, typedDate));
  if (onDate.length === 0) {
    const date = typedDate.year ? isoDate({ ...typedDate, year: typedDate.year }) : `--${pad(typedDate.month)}-${pad(typedDate.day)}`;
    return { kind: 'no-meeting-on-date', date, organName: organ?.name, nearest: nearestMeetings(pool, typedDate, today) };
  }
  // "7 februari" without a year: the one nearest to today.
  const chosen = typedDate.year ? onDate : [nearestTo(onDate, today)];
  if (chosen.length > 1) return { kind: 'several-on-date', date: chosen[0]!.date, meetings: chosen };
  return { kind: 'found', meeting: chosen[0]! };
}

export type OrganLookup =
  | { kind: 'found'; organ: OrganRef }
  | { kind: 'unknown-organ'; organText: string; known: string[] }
  | { kind: 'ambiguous-organ'; organText: string; candidates: string[] };

/** The organ named in `text` (for subscriptions); organs with meetings win a tie. */
export function findOrgan(records: AgendaRecords, text: string): OrganLookup {
  const words = tokenize(text).filter((word) => !FILLER.has(word));
  const organText = text.split(/\s+/).filter((word) => !FILLER.has(normalizeText(word))).join(' ');
  const catalog = organCatalog(records);
  const match = resolveOrgan(words, catalog, (o) => records.meetings.filter((m) => meetingBelongsTo(m, o)).length);
  if (match.kind === 'found') return match;
  if (match.kind === 'ambiguous') return { kind: 'ambiguous-organ', organText, candidates: match.candidates.map((o) => o.name) };
  return { kind: 'unknown-organ', organText, known: catalog.map((o) => o.name) };
}

/** The organ's next meeting (today counts), if any. */
export function nextMeetingOf(records: AgendaRecords, organ: OrganRef, now: Date, timeZone: string): Meeting | undefined {
  const today = localDate(now, timeZone);
  return records.meetings
    .filter((m) => meetingBelongsTo(m, organ) && m.date >= today)
    .sort((a, b) => a.date.localeCompare(b.date))[0];
}

function onTypedDate(meeting: Meeting, date: TypedDate): boolean {
  const [year, month, day] = meeting.date.split('-').map(Number);
  return month === date.month && day === date.day && (date.year === undefined || year === date.year);
}

function nextOrLatest(meetings: Meeting[], today: string): Meeting {
  const sorted = [...meetings].sort((a, b) => a.date.localeCompare(b.date) || (a.start ?? '').localeCompare(b.start ?? ''));
  return sorted.find((m) => m.date >= today) ?? sorted[sorted.length - 1]!;
}

function nearestTo(meetings: Meeting[], isoDay: string): Meeting {
  const distance = (m: Meeting) => Math.abs(Date.parse(m.date) - Date.parse(isoDay));
  return [...meetings].sort((a, b) => distance(a) - distance(b))[0]!;
}

/** Up to three meetings closest to the asked date, to suggest instead. */
function nearestMeetings(meetings: Meeting[], date: TypedDate, today: string): Meeting[] {
  const target = date.year ? isoDate({ ...date, year: date.year }) : `${today.slice(0, 4)}-${pad(date.month)}-${pad(date.day)}`;
  const distance = (m: Meeting) => Math.abs(Date.parse(m.date) - Date.parse(target));
  return [...meetings].sort((a, b) => distance(a) - distance(b)).slice(0, 3).sort((a, b) => a.date.localeCompare(b.date));
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
