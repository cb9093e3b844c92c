import { describe, expect, it } from 'vitest';
import { findAgenda, findDateInText, organCatalog, resolveOrgan, type AgendaRecords } from '../../src/agendas/index.js';
import { tokenize } from '../../src/agendas/text.js';
import { KOMMUNCHEFSGRUPPEN, PKR, RSR, makeMeeting } from './builders.js';

const now = new Date('2022-01-20T09:00:00Z');
const zone = 'Europe/Stockholm';
const rsr2022 = makeMeeting();
const rsr2015 = makeMeeting({ date: '2015-09-28', start: '13:00', end: '16:00', place: 'Aulan, Regional utveckling, Östersund (Rådhusgatan 72)' });
const rsrSpring = makeMeeting({ date: '2022-05-30' });
const pkr = makeMeeting({ organId: PKR.id, organName: PKR.name, date: '2022-03-14' });
const records: AgendaRecords = { organs: [RSR, PKR, KOMMUNCHEFSGRUPPEN], meetings: [rsr2015, rsr2022, rsrSpring, pkr] };

function lookup(text: string, at = now) {
  return findAgenda(records, { text, now: at, timeZone: zone });
}

describe('dates in commands', () => {
  it.each([
    ['2022-02-07', { year: 2022, month: 2, day: 7 }],
    ['7 februari 2022', { year: 2022, month: 2, day: 7 }],
    ['7 Feb 2022', { year: 2022, month: 2, day: 7 }],
    ['7 feb. 2022', { year: 2022, month: 2, day: 7 }],
    ['February 7, 2022', { year: 2022, month: 2, day: 7 }],
    ['den 28 september 2015', { year: 2015, month: 9, day: 28 }],
    ['7 februari', { year: undefined, month: 2, day: 7 }],
    ['3 maj 2022', { year: 2022, month: 5, day: 3 }],
  ])('reads "%s"', (text, expected) => {
    const found = findDateInText(text);
    expect(found.kind).toBe('date');
    if (found.kind === 'date') expect(found.date).toEqual(expected);
  });

  it('returns the text around the date as the rest', () => {
    expect(findDateInText('samverkansrådet 7 februari 2022 tack')).toMatchObject({ kind: 'date', rest: 'samverkansrådet tack' });
  });

  it('reports an impossible date instead of guessing', () => {
    expect(findDateInText('samverkansrådet 2022-02-30')).toMatchObject({ kind: 'invalid', text: '2022-02-30' });
  });

  it('finds no date in plain words', () => {
    expect(findDateInText('samverkansrådet')).toEqual({ kind: 'none', rest: 'samverkansrådet' });
  });
});

describe('organ names as people type them', () => {
  const catalog = organCatalog(records);
  const resolve = (text: string) => resolveOrgan(tokenize(text), catalog, (o) => (o.id === RSR.id ? 1 : 0));

  it.each(['Regionens samverkansråd', 'regionens samverkansrad', 'RSR', 'rsr', 'samverkansrådet', 'Regionala samverkansrådet', 'samverkansrådets'])(
    '"%s" is Regionens samverkansråd',
    (text) => {
      expect(resolve(text)).toMatchObject({ kind: 'found', organ: { id: RSR.id } });
    },
  );

  it.each(['PKR', 'primärkommunala samverkansrådet', 'Primärkommunala rådet', 'primarkommunala'])('"%s" is the primärkommunala samverkansrådet', (text) => {
    expect(resolve(text)).toMatchObject({ kind: 'found', organ: { id: PKR.id } });
  });

  it('matches an inflected alias ("kommunchefer" → kommuncheferna)', () => {
    expect(resolve('kommunchefer')).toMatchObject({ kind: 'found', organ: { id: KOMMUNCHEFSGRUPPEN.id } });
  });

  it('calls a bare shared word ambiguous when nothing decides between the organs', () => {
    expect(resolveOrgan(tokenize('samverkansrådet'), catalog)).toMatchObject({ kind: 'ambiguous' });
  });

  it('does not take "regionfullmäktige" for Regionens samverkansråd', () => {
    expect(resolve('regionfullmäktige')).toEqual({ kind: 'unknown' });
  });

  it('matches a meeting to its organ by name when the organ record uses another id', () => {
    const other = { organs: [{ ...RSR, id: 'rsr' }], meetings: [rsr2022] };
    expect(findAgenda(other, { text: 'RSR 2022-02-07', now, timeZone: zone })).toEqual({ kind: 'found', meeting: rsr2022 });
    expect(organCatalog(other)).toHaveLength(1);
  });

  it('knows organs that only appear as a meeting organ name', () => {
    const only = organCatalog({ organs: [], meetings: [makeMeeting({ organId: undefined, organName: 'Sociala vård- och omsorgsgruppen' })] });
    expect(resolveOrgan(tokenize('sociala vård- och omsorgsgruppen'), only)).toMatchObject({ kind: 'found', organ: { name: 'Sociala vård- och omsorgsgruppen' } });
  });
});

describe('which meeting a dagordning command means', () => {
  it('finds the organ meeting on a given date, in any date format', () => {
    for (const text of ['samverkansrådet 2022-02-07', 'RSR 7 februari 2022', 'Regionens samverkansråd 7 Feb 2022', 'för samverkansrådet den 7 februari 2022']) {
      expect(lookup(text)).toEqual({ kind: 'found', meeting: rsr2022 });
    }
  });

  it('without a date, takes the organ\'s next meeting relative to the clock', () => {
    expect(lookup('Regionens samverkansråd')).toEqual({ kind: 'found', meeting: rsr2022 });
    expect(lookup('RSR', new Date('2022-02-08T10:00:00Z'))).toEqual({ kind: 'found', meeting: rsrSpring });
  });

  it('lets the date decide between organs sharing a word, and asks when nothing decides', () => {
    expect(lookup('samverkansrådet 2022-03-14')).toEqual({ kind: 'found', meeting: pkr });
    expect(lookup('samverkansrådet')).toEqual({
      kind: 'ambiguous-organ',
      organText: 'samverkansrådet',
      candidates: ['Regionens samverkansråd', 'Primärkommunala samverkansrådet'],
    });
  });

  it('without a date and with no meeting ahead, takes the latest one', () => {
    expect(lookup('RSR', new Date('2023-01-01T10:00:00Z'))).toEqual({ kind: 'found', meeting: rsrSpring });
  });

  it('counts a meeting today as the next one', () => {
    expect(lookup('RSR', new Date('2022-02-07T15:00:00Z'))).toEqual({ kind: 'found', meeting: rsr2022 });
  });

  it('without an organ, finds the meeting on that date', () => {
    expect(lookup('2022-03-14')).toEqual({ kind: 'found', meeting: pkr });
  });

  it('without a year, takes the meeting on that day nearest to now', () => {
    expect(lookup('28 september')).toEqual({ kind: 'found', meeting: rsr2015 });
  });

  it('without organ and date, takes the next meeting of any organ', () => {
    expect(lookup('')).toEqual({ kind: 'found', meeting: rsr2022 });
  });

  it('narrows to the channel\'s organs when no organ is typed', () => {
    const found = findAgenda(records, { text: '', now: new Date('2022-02-10T00:00:00Z'), timeZone: zone, defaultOrgans: [{ id: PKR.id, name: PKR.name }] });
    expect(found).toEqual({ kind: 'found', meeting: pkr });
  });

  it('says when the organ has no meeting on the date, with the nearest ones', () => {
    const result = lookup('Regionens samverkansråd 2022-02-08');
    expect(result).toMatchObject({ kind: 'no-meeting-on-date', date: '2022-02-08', organName: 'Regionens samverkansråd' });
    if (result.kind === 'no-meeting-on-date') expect(result.nearest.map((m) => m.date)).toContain('2022-02-07');
  });

  it('names an unknown organ and lists the known ones', () => {
    expect(lookup('styrelsen för nånting 2022-02-07')).toMatchObject({ kind: 'unknown-organ', known: expect.arrayContaining(['Regionens samverkansråd']) });
  });

  it('says when an organ is known but has no meetings', () => {
    expect(lookup('kommunchefsgruppen')).toEqual({ kind: 'no-meeting-for-organ', organName: 'Kommunchefsgruppen' });
  });

  it('rejects an impossible date', () => {
    expect(lookup('RSR 2022-13-01')).toEqual({ kind: 'invalid-date', text: '2022-13-01' });
  });

  it('says when the knowledge base has no meetings at all', () => {
    expect(findAgenda({ organs: [RSR], meetings: [] }, { text: 'RSR', now, timeZone: zone })).toEqual({ kind: 'no-meetings' });
  });
});
