/**
 * A fingerprint of everything an agenda card shows. A re-ingested notice that changes a time,
 * presenter or item changes the hash, and the posted card is updated in place; a rebuild that
 * changes nothing visible leaves posted cards alone.
 */
import { createHash } from 'node:crypto';
import type { Meeting } from '../knowledge/types.js';

export function agendaContentHash(meeting: Meeting): string {
  // Fields listed explicitly so the hash does not depend on key order or on source line numbers.
  const shown = {
    organName: meeting.organName,
    date: meeting.date,
    start: meeting.start ?? null,
    end: meeting.end ?? null,
    place: meeting.place ?? null,
    chair: meeting.chair ?? null,
    items: meeting.items.map((item) => ({
      number: item.number,
      title: item.title,
      presenters: item.presenters,
      start: item.start ?? null,
      end: item.end ?? null,
      documents: item.documents,
      description: item.description ?? null,
      dnr: item.dnr ?? null,
      paragraph: item.paragraph ?? null,
    })),
    breaks: meeting.breaks.map((pause) => ({ label: pause.label, start: pause.start ?? null, end: pause.end ?? null, afterItem: pause.afterItem })),
    source: { title: meeting.source.title, page: meeting.source.page ?? null },
  };
  return createHash('sha256').update(JSON.stringify(shown)).digest('hex');
}
