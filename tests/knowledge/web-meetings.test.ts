/**
 * Meetings from web meeting pages written for these tests (tests/knowledge/fixtures/web-meetings):
 * other organs, dates and people than the example pages, items without title lines, a break,
 * a listed agenda and both ways of naming the chair.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractMeetings } from '../../src/knowledge/extract/meetings.js';
import { presentersIn } from '../../src/knowledge/extract/web-meetings.js';
import { prepare, rawLinesOf } from './corpus.js';

const FIXTURES = path.resolve('tests/knowledge/fixtures/web-meetings');
const page = (name: string) => extractMeetings(prepare(name, rawLinesOf(name, FIXTURES)))[0];

describe('a web meeting page with a chair bullet, § item, listed agenda and a break (Folkhälsorådet)', () => {
  const meeting = page('folkhalsoradet-mote-2023-03-15.txt');

  it('reads organ, date, time span, place and the chair of the "…, ordförande, välkomnar" bullet', () => {
    expect(meeting).toMatchObject({
      id: 'folkhalsoradet-2023-03-15',
      organName: 'Folkhälsorådet',
      date: '2023-03-15',
      start: '09:00',
      end: '12:00',
      place: 'Konferensrummet Storsjön, Regionens hus',
      chair: 'Anna-Karin Berglund',
    });
  });

  it('numbers the bullets as items, keeps the § and takes untitled items\' titles from their body', () => {
    const rows = meeting.items.map((i) => [i.number, i.title, i.presenters, i.untitled ?? false]);
    expect(rows).toEqual([
      [1, 'Anna-Karin Berglund (S), ordförande, välkomnar ledamöterna och öppnar sammanträdet.', [], true],
      [2, 'Val av justerare', [], false],
      [3, 'Ledamöterna har fått en preliminär dagordning tillsammans med kallelsen.', [], true],
      [4, 'Resultatet av länets folkhälsoenkät', ['Henrik Sundqvist (Region JH)', 'Lena Åkerlund (Östersunds kommun)'], true],
      [5, 'Handlingsplanen för suicidprevention i Jämtlands län', ['Maja Lindqvist'], true],
      [6, 'Föregående protokoll', ['Anna-Karin Berglund'], true],
    ]);
    expect(meeting.items[1].paragraph).toBe(8);
  });

  it('keeps the indented bullets as the item\'s points, not as items or description', () => {
    expect(meeting.items[2].points).toEqual(['Tobaksfri skoltid', 'Länets folkhälsoenkät 2022', 'Suicidprevention']);
    expect(meeting.items[2].description).not.toContain('Suicidprevention');
  });

  it('records "Paus 10:15-10:30" as a break after the item before it', () => {
    expect(meeting.breaks).toEqual([{ label: 'Paus', afterItem: 4, start: '10:15', end: '10:30' }]);
  });

  it('keeps the decision in the item\'s description', () => {
    expect(meeting.items[4].description).toContain('Folkhälsorådet beslutar att ställa sig bakom handlingsplanen.');
  });
});

describe('a web meeting page with an "Ordförande:" line, a bare item number, timed items and "X redovisas av" (Trafikberedningen)', () => {
  const meeting = page('trafikberedningen-mote-2021-11-22.txt');

  it('reads the chair from the "Ordförande:" line and the meeting times', () => {
    expect(meeting).toMatchObject({ organName: 'Trafikberedningen', date: '2021-11-22', chair: 'Mikael Öberg', start: '13:00', end: '16:30' });
  });

  it('reads a bare number with its title line, a timed title line and a subject presented by someone', () => {
    const rows = meeting.items.map((i) => [i.number, i.title, i.presenters, i.start]);
    expect(rows).toEqual([
      [1, 'Ordföranden Mikael Öberg hälsar alla välkomna.', [], undefined],
      [2, 'Fastställande av dagordning', [], undefined],
      [3, 'Trafikförsörjningsprogram 2022–2025', ['Sara Nyström'], '13:15'],
      [4, 'Vinterväghållningen av länets vägar har fått kritik.', ['Johan Dahlberg (Trafikverket)'], undefined],
      [5, 'Färdtjänsten', ['Ulla Bergström'], undefined],
    ]);
    expect(meeting.items[1].points).toEqual(['Trafikförsörjningsprogram', 'Vinterväghållning', 'Färdtjänst']);
    expect(meeting.items[2]).toMatchObject({ end: '14:00' });
  });

  it('records "Fika 14:00-14:20" as a break, not an item', () => {
    expect(meeting.breaks).toEqual([{ label: 'Fika', afterItem: 3, start: '14:00', end: '14:20' }]);
    expect(meeting.items.some((i) => /fika/i.test(i.title))).toBe(false);
  });
});

describe('a web meeting page with numbers and titles on one line, "Föredragande:" and deeper-indented points (Hälso- och sjukvårdsnämnden)', () => {
  const meeting = page('hsn-mote-2024-09-10.txt');

  it('takes the chair from "öppnas av ordförande …", not the vice chair', () => {
    expect(meeting).toMatchObject({ organName: 'Hälso- och sjukvårdsnämnden', date: '2024-09-10', chair: 'Karin Westberg', place: 'Sessionssalen, Regionens hus' });
  });

  it('reads "§ 23 Månadsrapport augusti", a "Föredragande:" line and an item opening with its presenters', () => {
    const rows = meeting.items.map((i) => [i.number, i.paragraph, i.title, i.presenters]);
    expect(rows).toEqual([
      [1, undefined, 'Mötet öppnas av ordförande Karin Westberg (C).', []],
      [2, 23, 'Månadsrapport augusti', ['Sofia Lindgren']],
      [3, undefined, 'Ekonomidirektör Sofia Lindgren och Olof Strand presenterar förslaget till besparingar inom ortopedin.', ['Sofia Lindgren', 'Olof Strand']],
      [4, 25, 'Tillgänglighet i vården', ['Amir Haddad']],
    ]);
  });

  it('takes bullets indented deeper than the items as points, whatever the page\'s indentation', () => {
    expect(meeting.items[2].points).toEqual(['Färre hyrläkare', 'Samordnad operationsplanering']);
    expect(meeting.breaks).toEqual([{ label: 'Lunch', afterItem: 3, start: '12:00', end: '13:00' }]);
  });
});

describe('a short page written inline: "Sammanträde" title, a title line without number, titles before names', () => {
  const raw = [
    'Källa: https://forum.regionjh.se/committees/kulturnamnden/mote-2025-01-20',
    'Titel: Sammanträde 2025-01-20 – Kulturnämnden',
    '',
    ' • Budget 2025',
    '',
    '  Punkten föredras av regiondirektör Anna von Platen och Lars-Erik Olsson.',
    '',
    '  Nämnden beslutar att godkänna budgeten.',
  ];
  const [meeting] = extractMeetings(prepare('kulturnamnden-mote-2025-01-20.txt', raw));

  it('reads the organ and date of a "Sammanträde" title and takes a short first line as the item title', () => {
    expect(meeting).toMatchObject({ organName: 'Kulturnämnden', date: '2025-01-20' });
    expect(meeting.items[0]).toMatchObject({ number: 1, title: 'Budget 2025' });
    expect(meeting.items[0].untitled).toBeUndefined();
  });

  it('drops the job title before a name and keeps names with particles and hyphens', () => {
    expect(meeting.items[0].presenters).toEqual(['Anna von Platen', 'Lars-Erik Olsson']);
  });
});

describe('a § bullet with its title, followed by a bullet that opens "Punkten föredras av …"', () => {
  const raw = [
    'Källa: https://forum.regionjh.se/committees/trafikberedningen/mote-2025-03-10',
    'Titel: Möte 2025-03-10 – Trafikberedningen',
    '',
    ' • § 12',
    '',
    '  Stomlinjer i länet',
    '',
    ' • Punkten föredras av Sara Lind, trafikstrateg, och Olof Berg, utredare.',
    '',
    '  Sara Lind går igenom förslaget.',
    '',
    ' • § 13',
    '',
    '  Val av justerare',
    '',
    ' • Till att justera protokollet utses Per Holm (S).',
  ];
  const [meeting] = extractMeetings(prepare('trafikberedningen-mote-2025-03-10.txt', raw));

  it('reads the second bullet as the § item\'s own text, with its presenters and their titles after the names', () => {
    expect(meeting.items[0]).toMatchObject({ paragraph: 12, title: 'Stomlinjer i länet', presenters: ['Sara Lind', 'Olof Berg'] });
    expect(meeting.items[0].description).toContain('går igenom förslaget');
  });

  it('keeps a bullet that does not refer back to the item as an item of its own', () => {
    expect(meeting.items.map((i) => i.paragraph ?? null)).toEqual([12, 13, null]);
  });
});

describe('a web meeting page that numbers its items "§ N" after bullets of particulars (Skogsnätverket)', () => {
  const meeting = page('skogsnatverket-mote-2033-10-04.txt');

  it('begins the items at the first "§", keeping the chair named in the bullets before it', () => {
    expect(meeting.items.map((i) => [i.number, i.paragraph, i.title])).toEqual([
      [1, 12, 'Välkommen och presentationsrunda'],
      [2, 13, 'Skogsbrukets arbetskraftsbehov'],
      [3, 14, 'Övriga frågor'],
    ]);
    expect(meeting.items[1].presenters).toEqual(['Lina Ås']);
    expect(meeting.chair).toBe('Jonas Wik');
  });
});

describe('presentersIn', () => {
  it('reads people with their organisations and drops the aid that follows', () => {
    expect(presentersIn('Punkten presenteras av Johan Dahlberg (Trafikverket) med hjälp av en PPT.')).toEqual(['Johan Dahlberg (Trafikverket)']);
    expect(presentersIn('Resultaten sammanfattas av Jessica Isaksson och Elin Ring.')).toEqual(['Jessica Isaksson', 'Elin Ring']);
  });

  it('parts the names by commas and "och" outside the brackets that say where each comes from', () => {
    expect(presentersIn('Punkten föredras av Jonas Bergkvist (Staben för analys och uppföljning) och Henrik Sjöberg (överläkare, Audiologiska enheten).')).toEqual([
      'Jonas Bergkvist (Staben för analys och uppföljning)',
      'Henrik Sjöberg (överläkare, Audiologiska enheten)',
    ]);
  });

  it('reads a presenter whose title stands after the name ("Jonas Hägglund, trafikstrateg, redogör för …")', () => {
    expect(presentersIn('Jonas Hägglund, trafikstrateg, redogör för Tågtrafikgruppens förslag. Förslaget innebär fler turer.')).toEqual(['Jonas Hägglund']);
    expect(presentersIn('Lina Forsgren, sekreterare, presenterar utkastet till verksamhetsberättelse för 2032.')).toEqual(['Lina Forsgren']);
  });

  it('names no presenter when the text names a role rather than a person', () => {
    expect(presentersIn('Föregående protokoll föredras av ordföranden.')).toEqual([]);
  });
});

describe('an item opening with its presenter, titled after the name', () => {
  it('is titled by what the presenter presents, not by the sentence naming the presenter', () => {
    const raw = [
      'Källa: https://forum.regionjh.se/committees/tagtrafikberedningen/mote-2032-02-12',
      'Titel: Möte 2032-02-12 – Tågtrafikberedningen',
      '',
      'Möte 2032-02-12',
      '',
      'Tågtrafikberedningen',
      '09:30 - 14:40 Åre kommunhus, Järpen',
      ' • Helena Bergkvist (S), ordförande, hälsar alla välkomna och öppnar mötet.',
      '',
      ' • Lina Forsgren, sekreterare, presenterar utkastet till verksamhetsberättelse för 2031. Ledamöterna lämnar synpunkter på texten.',
    ];
    const item = extractMeetings(prepare('tagtrafikberedningen-mote-2032-02-12.txt', raw))[0]?.items.at(-1);
    expect([item?.title, item?.presenters]).toEqual(['Utkastet till verksamhetsberättelse för 2031', ['Lina Forsgren']]);
  });
});

describe('a chair named with a title before "ordförande"', () => {
  it('reads "Cecilia Morén, bibliotekschef i Krokoms kommun och nätverkets ordförande, hälsar …"', () => {
    const raw = [
      'Källa: https://forum.regionjh.se/committees/bibliotekschefsnatverket/mote-2027-03-04',
      'Titel: Möte 2027-03-04 – Bibliotekschefsnätverket',
      '',
      'Möte 2027-03-04',
      '',
      'Bibliotekschefsnätverket',
      '09:30 - 12:00 Krokoms bibliotek',
      ' • Cecilia Morén, bibliotekschef i Krokoms kommun och nätverkets ordförande, hälsar alla välkomna och öppnar mötet.',
      '',
      ' • Val av justerare',
    ];
    expect(extractMeetings(prepare('bibliotekschefsnatverket-mote-2027-03-04.txt', raw))[0]?.chair).toBe('Cecilia Morén');
  });
});
