/**
 * Meetings name their organ as written ("Regionens samverkansråd"); organ records carry the id the
 * rest of the app uses ("rsr"). This points each meeting at its organ record by name, alias or
 * abbreviation, so agenda subscriptions, answers and records agree on one id.
 */
import type { Meeting, Organ } from './types.js';

const normalize = (name: string) => name.toLowerCase().replace(/[\s\u00a0]+/g, ' ').trim();

export function linkMeetingsToOrgans(meetings: Meeting[], organs: readonly Organ[]): Meeting[] {
  const byName = new Map<string, Organ>();
  for (const organ of organs) {
    for (const name of [organ.name, ...organ.aliases, ...organ.abbreviations]) {
      const key = normalize(name);
      if (key && !byName.has(key)) byName.set(key, organ);
    }
  }
  return meetings.map((meeting) => {
    const organ = byName.get(normalize(meeting.organName));
    return organ && organ.id !== meeting.organId ? { ...meeting, organId: organ.id } : meeting;
  });
}
