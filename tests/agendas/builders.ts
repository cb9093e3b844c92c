/** Data builders with overrides, from the real 2022-02-07 notice (corpus/001, lines 1-76). */
import type { AgendaItem, Meeting, Organ, SourceRef } from '../../src/knowledge/types.js';

export function makeSource(overrides: Partial<SourceRef> = {}): SourceRef {
  return {
    file: '001_6b89cdf688d1bcaf.txt',
    documentId: '001_6b89cdf688d1bcaf.txt#0',
    title: 'Kallelse/föredragningslista Regionens samverkansråd 2022-02-07',
    section: [],
    page: 1,
    lines: [1, 76],
    ...overrides,
  };
}

export function makeItem(overrides: Partial<AgendaItem> & Pick<AgendaItem, 'number' | 'title'>): AgendaItem {
  return { presenters: [], documents: [], ...overrides };
}

const chair = 'Elise Ryder Wikén';

/** All 13 items of Regionens samverkansråd 2022-02-07 as the notice states them. */
export function rsrItems20220207(): AgendaItem[] {
  return [
    makeItem({ number: 1, title: 'Mötet öppnas', presenters: [chair], start: '13:00' }),
    makeItem({ number: 2, title: 'Val av justerare', presenters: [chair] }),
    makeItem({ number: 3, title: 'Fastställande av dagordning', presenters: [chair] }),
    makeItem({ number: 4, title: 'Föregående protokoll', presenters: [chair] }),
    makeItem({ number: 5, title: 'Godsutredning - Östersunds kommun', presenters: ['Jenny Jernström, Östersunds kommun'], start: '13:10' }),
    makeItem({
      number: 6,
      title: 'Plats och besöksnäringsutveckling (JHT)',
      presenters: ['Martina Lundholm', 'Sofie Jonsson', 'Karl-Johan Lindgren'],
      start: '13:30',
      documents: ['Sammanställning från utvärdering av nuvarande uppdrag och behov besöksnäringsutveckling RSR 20220207'],
    }),
    makeItem({
      number: 7,
      title: 'Överenskommelse mellan Region Jämtland Härjedalen och länets kommuner om regional samverkan (samverkansavtal) 2019-2021 + 2022 (inkl. verksamhetsberättelser) (RUN/34/2018)',
      presenters: ['Elin Nirjens', 'Åsa Grönvik'],
      start: '13:55',
      documents: ['Verksamhetsberättelse överenskommelsen kommunerna 2021', 'Rapport genomlysningen', 'Bilaga 1 Uppdragsbeskrivningar'],
      dnr: ['RUN/34/2018'],
    }),
    makeItem({ number: 8, title: 'Kommunala överenskommelsen - Rapport från extra sammanträde i PKR om framtiden', presenters: ['Therese Kärngard', 'Susanne Hansson'], start: '14:25' }),
    makeItem({
      number: 9,
      title: 'Regionala prioriteringar för bredbandsstöd - Post- och telestyrelsens bredbandsstöd 2022 (RUN/696/2021)',
      presenters: ['Peter Adolfsson'],
      start: '14:40',
      dnr: ['RUN/696/2021'],
    }),
    makeItem({ number: 10, title: 'Infrastruktur', presenters: ['Berit Eriksson'], start: '14:55', description: 'Inför möte med Regeringskansliet (I-dep.) den 10 februari.' }),
    makeItem({
      number: 11,
      title: 'Satsningar från Region JH',
      presenters: ['Åsa Hernerud'],
      start: '15:05',
      description: 'Framtagande av ESF+ Handlingsplan, Inrättande av etableringsfunktion samt Business region on the move, Projekt avseende "Fit for 55" - EU.',
    }),
    makeItem({ number: 12, title: 'Mittuniversitetet som resurs i Miljö- och klimatarbetet', presenters: ['Håkan Wiklund', 'Sepideh Razavi, MIUN'], start: '15:25' }),
    makeItem({ number: 13, title: 'Mötet avslutas', presenters: [chair], start: '16:00' }),
  ];
}

export function makeMeeting(overrides: Partial<Meeting> = {}): Meeting {
  const date = overrides.date ?? '2022-02-07';
  const organId = overrides.organId ?? 'regionens-samverkansrad';
  return {
    id: `${organId}-${date}`,
    organId,
    organName: 'Regionens samverkansråd',
    date,
    start: '13:00',
    end: '16:00',
    items: rsrItems20220207(),
    breaks: [{ label: 'Kaffe/PAUS', start: '14:15', end: '14:25', afterItem: 7 }],
    source: makeSource(),
    ...overrides,
  };
}

export function makeOrgan(overrides: Partial<Organ> & Pick<Organ, 'id' | 'name'>): Organ {
  return { abbreviations: [], aliases: [], sources: [], ...overrides };
}

export const RSR = makeOrgan({
  id: 'regionens-samverkansrad',
  name: 'Regionens samverkansråd',
  abbreviations: ['RSR'],
  aliases: ['Regionala samverkansrådet', 'Region Jämtland Härjedalens samverkansråd'],
});

export const PKR = makeOrgan({
  id: 'primarkommunala-samverkansradet',
  name: 'Primärkommunala samverkansrådet',
  abbreviations: ['PKR'],
  aliases: ['Primärkommunala rådet'],
});

export const KOMMUNCHEFSGRUPPEN = makeOrgan({
  id: 'kommunchefsgruppen',
  name: 'Kommunchefsgruppen',
  aliases: ['kommuncheferna', 'kommunchefsnätverk'],
});
