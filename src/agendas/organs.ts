/** Which organ a person means: "samverkansrådet", "Regionens samverkansråd" and "RSR" are one organ. */
import type { Meeting, Organ } from '../knowledge/types.js';
import { phraseScore, sameName, tokenize } from './text.js';

export interface OrganRef {
  /** Organ record id; absent for an organ known only from a meeting notice. */
  id?: string;
  name: string;
  /** Name, abbreviations and aliases: every way the organ is written. */
  phrases: string[];
}

export type OrganMatch =
  | { kind: 'found'; organ: OrganRef }
  | { kind: 'ambiguous'; candidates: OrganRef[] }
  | { kind: 'unknown' };

/** Below this a name shares too little with what was typed (one word of a four-word name). */
const MIN_SCORE = 0.25;
const TIE = 1e-6;

/** The organ records, plus organs that only appear as a meeting's organ name. */
export function organCatalog(records: { organs: Organ[]; meetings: Meeting[] }): OrganRef[] {
  const catalog: OrganRef[] = records.organs.map((organ) => ({
    id: organ.id,
    name: organ.name,
    phrases: [organ.name, ...organ.abbreviations, ...organ.aliases],
  }));
  for (const meeting of records.meetings) {
    const known = catalog.some((organ) => meetingBelongsTo(meeting, organ));
    if (!known) catalog.push({ id: meeting.organId, name: meeting.organName, phrases: [meeting.organName] });
  }
  return catalog;
}

/** Same organ id, or the meeting's organ name is one of the organ's names (ids can come from different extractors). */
export function meetingBelongsTo(meeting: Meeting, organ: OrganRef): boolean {
  if (organ.id && meeting.organId === organ.id) return true;
  return organ.phrases.some((phrase) => sameName(phrase, meeting.organName));
}

/**
 * The organ whose name, abbreviation or alias best covers the typed words. Equal scores are
 * decided by `preference` (higher wins, e.g. "has a meeting on the asked date"); what is still
 * tied is ambiguous.
 */
export function resolveOrgan(typed: string[], catalog: OrganRef[], preference: (organ: OrganRef) => number = () => 0): OrganMatch {
  if (typed.length === 0) return { kind: 'unknown' };
  const scored = catalog
    .map((organ) => ({ organ, score: Math.max(...organ.phrases.map((phrase) => phraseScore(typed, tokenize(phrase)))) }))
    .filter((entry) => entry.score >= MIN_SCORE);
  if (scored.length === 0) return { kind: 'unknown' };
  const best = Math.max(...scored.map((entry) => entry.score));
  const top = scored.filter((entry) => best - entry.score < TIE).map((entry) => entry.organ);
  if (top.length === 1) return { kind: 'found', organ: top[0]! };
  const preferred = Math.max(...top.map(preference));
  const winners = top.filter((organ) => preference(organ) === preferred);
  return winners.length === 1 ? { kind: 'found', organ: winners[0]! } : { kind: 'ambiguous', candidates: winners };
}
