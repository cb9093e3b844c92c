import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractMeetings } from '../../src/knowledge/extract/meetings.js';
import { EXAMPLES_DIR, FILES, prepare, rawLinesOf } from './corpus.js';

describe('extractMeetings from the 2022 agenda (presenters and times after the title)', () => {
  const [meeting] = extractMeetings(prepare(FILES.pack2022));

  it('finds the meeting with organ, date and times', () => {
    expect(meeting).toMatchObject({
      id: 'regionens-samverkansrad-2022-02-07',
      organName: 'Regionens samverkansråd',
      date: '2022-02-07',
      start: '13:00',
      end: '16:00',
    });
    expect(meeting.source).toMatchObject({ file: FILES.pack2022, lines: [1, 76] });
  });

  it('reads all 13 items with their presenters and start times', () => {
    const rows = meeting.items.map((i) => [i.number, i.title, i.presenters, i.start]);
    expect(rows).toEqual([
      [1, 'Mötet öppnas', ['Elise Ryder Wikén'], '13:00'],
      [2, 'Val av justerare', ['Elise Ryder Wikén'], undefined],
      [3, 'Fastställande av dagordning', ['Elise Ryder Wikén'], undefined],
      [4, 'Föregående protokoll', ['Elise Ryder Wikén'], undefined],
      [5, 'Godsutredning - Östersunds kommun', ['Jenny Jernström (Östersunds kommun)'], '13:10'],
      [6, 'Plats och besöksnäringsutveckling (JHT)', ['Martina Lundholm', 'Sofie Jonsson', 'Karl-Johan Lindgren'], '13:30'],
      [
        7,
        'Överenskommelse mellan Region Jämtland Härjedalen och länets kommuner om regional samverkan (samverkansavtal) 2019-2021 + 2022 (inkl. verksamhetsberättelser) (RUN/34/2018)',
        ['Elin Nirjens', 'Åsa Grönvik'],
        '13:55',
      ],
      [8, 'Kommunala överenskommelsen - Rapport från extra sammanträde i PKR om framtiden', ['Therese Kärngard', 'Susanne Hansson'], '14:25'],
      [9, 'Regionala prioriteringar för bredbandsstöd - Post- och telestyrelsens bredbandsstöd 2022 (RUN/696/2021)', ['Peter Adolfsson'], '14:40'],
      [10, 'Infrastruktur', ['Berit Eriksson'], '14:55'],
      [11, 'Satsningar från Region JH', ['Åsa Hernerud'], '15:05'],
      [12, 'Mittuniversitetet som resurs i Miljö- och klimatarbetet', ['Håkan Wiklund (MIUN)', 'Sepideh Razavi (MIUN)'], '15:25'],
      [13, 'Mötet avslutas', ['Elise Ryder Wikén'], '16:00'],
    ]);
  });

  it('reads the coffee break, decision documents, descriptions and diary numbers', () => {
    expect(meeting.breaks).toEqual([{ label: 'Kaffe/PAUS', start: '14:15', end: '14:25', afterItem: 7 }]);
    expect(meeting.items[6].documents).toEqual(['Verksamhetsberättelse överenskommelsen kommunerna 2021', 'Rapport genomlysningen', 'Bilaga 1 Uppdragsbeskrivningar']);
    expect(meeting.items[6].dnr).toEqual(['RUN/34/2018']);
    expect(meeting.items[6].end).toBe('14:15');
    expect(meeting.items[9].description).toBe('Inför möte med Regeringskansliet (I-dep.) den 10 februari.');
  });
});

describe('extractMeetings from the 2015 programme (time line before each item)', () => {
  const [meeting] = extractMeetings(prepare(FILES.pack2015));

  it('reads organ, date, time span and place from the ORGAN/DATUM/PLATS header', () => {
    expect(meeting).toMatchObject({
      id: 'regionens-samverkansrad-2015-09-28',
      date: '2015-09-28',
      start: '13:00',
      end: '16:00',
      place: 'Aulan, Regional utveckling, Östersund (Rådhusgatan 72)',
    });
  });

  it('reads all 13 items, taking the presenter off the first title line and the time from the line before', () => {
    const rows = meeting.items.map((i) => [i.number, i.title, i.presenters, i.start]);
    expect(rows).toEqual([
      [1, 'Val av justerare och tid för justering', [], undefined],
      [2, 'Övriga frågor', [], undefined],
      [3, 'Fastställande av föredragningslista', [], undefined],
      [4, 'Uppföljning av överenskommelse om regionalt stöd mellan Region Jämtland Härjedalen och länets kommuner', ['James Winoy'], '13:05'],
      [5, 'Information från regionstyrelsen', ['Björn Eriksson'], '13:20'],
      [6, 'Information om Tillgänglighets- och jämställdhetskartan', ['Anna Ebenmark'], '13:30'],
      [7, 'Intresseförfrågan: Åtgärder för att minska koldioxidutsläpp för resor (CERO-analys)', ['Gunnar Fackel'], '13:45'],
      [8, 'Information om flyktingsituationen', ['Nina Fållbäck-Svensson'], '14:00'],
      [9, 'Information från regional utveckling', ['Anders Byström'], '14:45'],
      [10, 'Finansiering av insatser kring demografi, integration och matchning – diskussion med regionens samverkansråd', ['Anders Byström'], undefined],
      [11, 'Överenskommelse mellan Region Jämtland Härjedalen och Länsstyrelsen', ['Anders Byström'], undefined],
      [12, 'Budget och trafikutbud 2016 för Länstrafiken i Jämtlands län AB och Norrtåg AB', ['Ruth Eriksson'], '15:15'],
      [13, 'Information om ”Jämtlandsstråket”', ['Jan Molde'], '15:30'],
    ]);
    expect(meeting.breaks).toEqual([{ label: 'PAUS', start: '14:30', afterItem: 8 }]);
  });
});

describe('extractMeetings from damaged agendas', () => {
  it('keeps items in order when a time or a presenter is missing', () => {
    const raw = ['Kallelse', 'Styrgruppen för Lärcentrum', '2023-03-01', '', '1. Mötet öppnas 09:00', '2. Lägesrapport Anna Berg', '3. Övrigt', '4. Mötet avslutas 10:00'];
    const [meeting] = extractMeetings(prepare('damaged.txt', raw));
    expect(meeting.items.map((i) => [i.number, i.title, i.presenters, i.start])).toEqual([
      [1, 'Mötet öppnas', [], '09:00'],
      [2, 'Lägesrapport', ['Anna Berg'], undefined],
      [3, 'Övrigt', [], undefined],
      [4, 'Mötet avslutas', [], '10:00'],
    ]);
    expect(meeting).toMatchObject({ organName: 'Styrgruppen för Lärcentrum', date: '2023-03-01', start: '09:00', end: '10:00' });
  });

  it('reads a title and its presenters whose columns the dump merged line by line', () => {
    const raw = [
      'Kallelse', 'Länsstyrgruppen Jämtbus', '2026-04-23', '',
      '1. Mötet öppnas Helena Ragnarsson 09:00', '',
      '2. Första linjen barn och unga – utvärdering av Gustav Ahlbom, ',
      'pilotverksamheten i Bräcke och Ragunda 2025 Märta ',
      'Oskarsson ',
      '09:10', '',
      '3. Mötet avslutas Helena Ragnarsson 12:15',
    ];
    const [meeting] = extractMeetings(prepare('merged-columns.txt', raw));
    expect(meeting.items[1]).toMatchObject({
      title: 'Första linjen barn och unga – utvärdering av pilotverksamheten i Bräcke och Ragunda 2025',
      presenters: ['Gustav Ahlbom', 'Märta Oskarsson'],
      start: '09:10',
    });
  });

  it('takes organ and day from the title block, not from the letterhead\'s "KALLELSE", "Datum" and sender', () => {
    const raw = [
      'LÄNSSTYRELSEN', 'KALLELSE', 'Datum 2024-02-27', 'Dnr 701-1204-2024', '', 'Jonas Edlund', 'ANDT-samordnare', '',
      'Kallelse/föredragningslista', 'Länsövergripande ANDT-rådet', '2024-03-12', '',
      '1. Mötet öppnas Jonas Edlund 09:00', '2. Lägesbild Anna Berg 09:15', '3. Mötet avslutas 15:00',
    ];
    const [meeting] = extractMeetings(prepare('letterhead.txt', raw));
    expect(meeting).toMatchObject({ organName: 'Länsövergripande ANDT-rådet', date: '2024-03-12' });
  });

  it('reads a presenter column of its own lines, each presenter with a title and organisation', () => {
    const raw = [
      'Kallelse', 'Länsövergripande ANDT-rådet', '2024-03-12', '',
      '1. Lägesbild narkotika i Jämtlands län Ulf Brännström, kommissarie,', 'Polisen lokalpolisområde', '09:15', '', 'Ärendebeskrivning', 'Polisens bild av läget.', '',
      '2. Avloppsvattenanalys av narkotika –', 'resultat 2023 (Dnr RS/2291/2022)', '',
      'Malin Berglöf, ANDTS-strateg,', 'Region Jämtland Härjedalen', '09:45', '', 'Ärendebeskrivning', 'Mätningarna 2023.', '',
      '3. Tillsyn och kontrollköp 2023 –', 'samlad bild för länet', '',
      'Åsa Grip, handläggare alkohol-', 'och tobakstillsyn, Länsstyrelsen;', 'Johan Aspholm, alkohol-', 'handläggare, Östersunds kommun', '10:30', '', 'Ärendebeskrivning', 'Kommunernas rapportering.', '',
      '4. Halvtidsuppföljning av folkhälsostrategin', '', 'Helena Forsmark, enhetschef,', 'folkhälsoenheten Region', 'Jämtland Härjedalen; Malin', 'Berglöf', '11:00', '', 'Ärendebeskrivning', 'Utkast till uppföljning.',
    ];
    const [meeting] = extractMeetings(prepare('presenter-column.txt', raw));
    expect(meeting.items.map((i) => [i.title, i.presenters.map((p) => p.split(' (')[0]), i.start])).toEqual([
      ['Lägesbild narkotika i Jämtlands län', ['Ulf Brännström'], '09:15'],
      ['Avloppsvattenanalys av narkotika – resultat 2023 (Dnr RS/2291/2022)', ['Malin Berglöf'], '09:45'],
      ['Tillsyn och kontrollköp 2023 – samlad bild för länet', ['Åsa Grip', 'Johan Aspholm'], '10:30'],
      ['Halvtidsuppföljning av folkhälsostrategin', ['Helena Forsmark', 'Malin Berglöf'], '11:00'],
    ]);
  });

  it('joins a presenter\'s first name at a line\'s end with the surname starting the next line', () => {
    const raw = [
      'Kallelse', 'Besöksnäringsrådet', '2027-03-11', '',
      '1. Mötet öppnas Anna Berg 09:00', '',
      '2. Gemensam besökarundersökning 2027–2028 Jonatan Brattemo, ',
      '(RUN/61/2027) Jämtland Härjedalen Turism, Saga ',
      'Lindevall, Region Jämtland Härjedalen ',
      '10:05', '',
      '3. Mötet avslutas Anna Berg 12:00',
    ];
    const [meeting] = extractMeetings(prepare('first-name-wrapped.txt', raw));
    expect(meeting.items[1].title).toBe('Gemensam besökarundersökning 2027–2028');
    expect(meeting.items[1].presenters.map((p) => p.split(' (')[0])).toEqual(['Jonatan Brattemo', 'Saga Lindevall']);
  });

  it('reads a presenter whose first name ends the title\'s first line and whose surname ends the next', () => {
    const raw = [
      'Kallelse', 'Beredskapsnätverket', '2027-09-09', '',
      '1. Mötet öppnas Anna Berg 09:00', '',
      '2. Räddningstjänstens förmåga under höjd beredskap Hampus ',
      '– nytt handlingsprogram för 2028–2031 Söderholm, Räddningstjänsten ',
      '11:25', '',
      '3. Mötet avslutas Anna Berg 12:00',
    ];
    const [meeting] = extractMeetings(prepare('first-name-ends-title.txt', raw));
    expect(meeting.items[1].title).toMatch(/^Räddningstjänstens förmåga under höjd beredskap [–-] nytt handlingsprogram för 2028–2031$/);
    expect(meeting.items[1].presenters.map((p) => p.split(' (')[0])).toEqual(['Hampus Söderholm']);
    expect(meeting.items[1].start).toBe('11:25');
  });

  it('reads a presenter whose first name ends the title\'s first line and whose surname stands alone after its last', () => {
    const raw = [
      'Kallelse', 'Länsgruppen för infrastruktur och trafik', '2031-03-13', '',
      '1. Mötets öppnande, val av justerare och fastställande Linnéa ',
      'av dagordning ',
      'Strandbacke 09:30',
      '2. Fördelning av statlig medfinansiering ur länstrans- Elsa ',
      'portplanen 2031 (RUN/52/2031) ',
      'Torvaldsson ',
      '09:40',
      '3. Regional cykelplan 2031–2034 Anton Lillrud 10:10',
    ];
    const [meeting] = extractMeetings(prepare('first-name-stranded.txt', raw));
    expect(meeting.items.slice(0, 2).map((i) => [i.title, i.presenters.map((p) => p.split(' (')[0]), i.start])).toEqual([
      ['Mötets öppnande, val av justerare och fastställande av dagordning', ['Linnéa Strandbacke'], '09:30'],
      // The word the presenter's column cut ("länstrans-" / "portplanen") is whole again; "Vård- och omsorg" would keep its hyphen.
      ['Fördelning av statlig medfinansiering ur länstransportplanen 2031 (RUN/52/2031)', ['Elsa Torvaldsson'], '09:40'],
    ]);
  });

  it('reads a presenter whose first name ends the title\'s line and whose surname starts the list of presenters on the next', () => {
    const raw = [
      'Kallelse', 'Tjänstemannagruppen', '2029-04-17', '',
      '1. Mötet öppnas Anna Berg 09:00', '',
      '2. PM Uppföljning av servicenoderna 2026–2028 Lovisa ',
      'Sörmark, Nadia Haidari 10:10', '',
      '3. Mötet avslutas Anna Berg 12:00',
    ];
    const [meeting] = extractMeetings(prepare('first-name-ends-title-line.txt', raw));
    expect(meeting.items[1].title).toBe('PM Uppföljning av servicenoderna 2026–2028');
    expect(meeting.items[1].presenters.map((p) => p.split(' (')[0])).toEqual(['Lovisa Sörmark', 'Nadia Haidari']);
  });

  it('reads a two-column agenda whose presenter column wraps beside the title, with notes on the items after it', () => {
    const raw = [
      'Kallelse', 'Samverkansgruppen för hälsa', '2033-03-10', '',
      'Ärende Föredragande Tid',
      '1. Mötet öppnas Berit Alm 09:00',
      '2. Rehabiliteringsplan 2033–2035 – beslut i Gunnel',
      'styrelsen och nämnderna, läget (RS/88/2033) Rosfjäll',
      '09:20',
      '3. Årsrapport 2032 – väntetider, besök och återbe- Nils Hamrin',
      'sök per kommun (RS/91/2033) 09:50',
      '4. Väntetider i Berg – orsaker och Maja Lindkvist,',
      'åtgärder (uppdrag enligt § 12/2032) Bergs kommun,',
      'Gunnel Rosfjäll 10:20',
      'Lunch 12:00–12:45',
      'Kallelse/föredragningslista',
      '5. Hälsoappen – erfarenheter från de första Petter Sundin,',
      'månaderna efter starten 1 mars 2033 Regionen 12:45',
      '6. Mötet avslutas 13:30',
      'Nästa sammanträde: 2033-05-12, Regionens hus, Östersund.',
      'Kort om ärendena',
      'Punkt 2. Styrelsen fastställde planen den 4 februari 2033.',
      'Punkt 5. Appen har 1 200 användare.',
    ];
    const [meeting] = extractMeetings(prepare('presenter-column-wraps.txt', raw));
    expect(meeting.items.slice(1, 5).map((i) => [i.title, i.presenters, i.start])).toEqual([
      ['Rehabiliteringsplan 2033–2035 – beslut i styrelsen och nämnderna, läget (RS/88/2033)', ['Gunnel Rosfjäll'], '09:20'],
      ['Årsrapport 2032 – väntetider, besök och återbesök per kommun (RS/91/2033)', ['Nils Hamrin'], '09:50'],
      ['Väntetider i Berg – orsaker och åtgärder (uppdrag enligt § 12/2032)', ['Maja Lindkvist (Bergs kommun)', 'Gunnel Rosfjäll'], '10:20'],
      ['Hälsoappen – erfarenheter från de första månaderna efter starten 1 mars 2033', ['Petter Sundin (Regionen)'], '12:45'],
    ]);
    expect(meeting.items[5].title).toBe('Mötet avslutas');
    expect(meeting.items[1].description).toContain('Styrelsen fastställde planen den 4 februari 2033.');
    expect(meeting.items[4].description).toContain('Appen har 1 200 användare.');
  });

  it('reads a table whose presenters come first ("Föredragande  Kl.  Nr  Ärende  Typ"), its sub-items as points', () => {
    const raw = [
      'Skogsnätverket', '', 'DAGORDNING  Möte nr 3/2033', '',
      'När:    onsdag 5 oktober 2033, kl 13:00–16:00', 'Var:    Kommunhuset i Bräcke, sammanträdesrummet Gimån', '',
      'Föredragande            Kl.     Nr    Ärende                                       Typ',
      'Jonas Wik               13:00   1)    Välkommen och presentationsrunda             –',
      'Lina Ås,                13:10   2)    Arbetskraftsbehov 2033–2040 – kommun-        I',
      'Region JH                             visa resultat ur prognosen',
      'Per Ek                  13:40   3)    Skogsbruksplanerna 2034                      I',
      '                                      3 a) Besked från Skogsstyrelsen i ansöknings-',
      '                                           omgång 2033',
      '                                      3 b) Antal planer per kommun',
      'Sara Lund, tf.          14:20   4)    Handlingsplan 2034 – förslag inför           B',
      'enhetschef                            rådet 3 november',
      '                                      (Dnr RUN/301/2033)',
      '                        14:50         FIKA / BENSTRÄCKARE  14:50–15:05',
      '                        15:05   5)    Validering – lägesrapport                    I',
      '                                      (föredragande meddelas senare)',
      '                        16:00         Mötet avslutas',
    ];
    const [meeting] = extractMeetings(prepare('presenter-first.txt', raw));
    expect(meeting).toMatchObject({ date: '2033-10-05', start: '13:00', end: '16:00', place: 'Kommunhuset i Bräcke, sammanträdesrummet Gimån' });
    expect(meeting.items.map((i) => [i.number, i.title, i.presenters, i.start])).toEqual([
      [1, 'Välkommen och presentationsrunda', ['Jonas Wik'], '13:00'],
      [2, 'Arbetskraftsbehov 2033–2040 – kommunvisa resultat ur prognosen', ['Lina Ås (Region JH)'], '13:10'],
      [3, 'Skogsbruksplanerna 2034', ['Per Ek'], '13:40'],
      [4, 'Handlingsplan 2034 – förslag inför rådet 3 november', ['Sara Lund (tf. enhetschef)'], '14:20'],
      [5, 'Validering – lägesrapport', [], '15:05'],
    ]);
    expect(meeting.items[2].points).toEqual(['3 a) Besked från Skogsstyrelsen i ansökningsomgång 2033', '3 b) Antal planer per kommun']);
    expect(meeting.items[3]).toMatchObject({ dnr: ['RUN/301/2033'], handling: 'decision', end: '14:50' });
    expect(meeting.items[4].description).toBe('(föredragande meddelas senare)');
    expect(meeting.breaks).toEqual([expect.objectContaining({ afterItem: 4, start: '14:50', end: '15:05' })]);
  });

  it('reads a column table whose diary numbers share a column with the papers ("Dnr / handling"), under a hyphen-broken spaced-out title', () => {
    const raw = [
      'Länsstyrelsen i Jämtlands län              Region Jämtland Härjedalen', 'Naturvårdsenheten                          Regional utveckling',
      '                                                                 2033-02-27', '',
      'K A L L E L S E   O C H   F Ö R E D R A G N I N G S -', 'L I S T A', '', 'L ä n e t s   v i l t r å d   ( L V R )', '',
      'Datum       Tisdagen den 12 mars 2033', 'Tid         09.30–12.00', '', 'FÖREDRAGNINGSLISTA', '',
      ' Nr  Kl.    Ärende                               Föredragande        Dnr / handling',
      ' ----------------------------------------------------------------------------------',
      ' 1   09.30  Mötets öppnande                      Ordföranden',
      ' 2   09.40  Älgförvaltning 2033 – läget          Per Ek,             511-2207-2033',
      '                                                 Länsstyrelsen',
      ' 3   10.30  Besökstryck i fjällen                Meddelas senare',
      ' 4   11.50  Mötets avslutande',
    ];
    const [meeting] = extractMeetings(prepare('dnr-handling.txt', raw));
    expect(meeting).toMatchObject({ organName: 'Länets viltråd (LVR)', date: '2033-03-12' });
    expect(meeting.items.map((i) => [i.number, i.title, i.presenters, i.start])).toEqual([
      [1, 'Mötets öppnande', ['Ordföranden'], '09:30'],
      [2, 'Älgförvaltning 2033 – läget', ['Per Ek (Länsstyrelsen)'], '09:40'],
      [3, 'Besökstryck i fjällen', [], '10:30'],
      [4, 'Mötets avslutande', [], '11:50'],
    ]);
  });

  it('reads running text under a column table\'s row, wider than the matter\'s column or under its diary number, as a note on the item', () => {
    const raw = [
      'Kallelse och föredragningslista', 'Länsgruppen för snöröjning', '', 'Sammanträde\tmåndag 14 oktober 2033, kl. 9.30–12.00', '',
      'Nr  Ärende                                      Föredragande                Kl.',
      '--  ------------------------------------------  --------------------------  -----',
      '1   Mötet öppnas                                Ordföranden                 09.30',
      '2   Lägesbild inför vintersäsongen              Jonas Ek, områdeschef       09.40',
      '    2033/2034 – statliga vägar i länet          underhåll, Trafikverket',
      '    Trafikverket redovisar beredskap, driftområden och entreprenörer inför säsongen',
      '    samt erfarenheterna från förra vintern.',
      '3   Remiss: Länstransportplan 2034–2045         Per Hamrén,                 10.30',
      '    Dnr RUN/255/2033                            infrastrukturstrateg',
      '    Svar senast 2033-11-15.',
      '4   Mötet avslutas                                                          12.00',
    ];
    const [meeting] = extractMeetings(prepare('running-notes.txt', raw));
    expect(meeting.items.map((i) => i.title)).toEqual(['Mötet öppnas', 'Lägesbild inför vintersäsongen 2033/2034 – statliga vägar i länet', 'Remiss: Länstransportplan 2034–2045', 'Mötet avslutas']);
    expect(meeting.items[1].description).toBe('Trafikverket redovisar beredskap, driftområden och entreprenörer inför säsongen samt erfarenheterna från förra vintern.');
    expect(meeting.items[2]).toMatchObject({ dnr: ['RUN/255/2033'], description: 'Svar senast 2033-11-15.', presenters: ['Per Hamrén (infrastrukturstrateg)'] });
  });

  it('reads rows numbered apart from their titles by a column\'s gap, with labelled presenters and times under them', () => {
    const raw = [
      'ÖSTERSUNDS KOMMUN                                        KALLELSE', 'Gemensamma nämnden för snöröjning                        Datum 2033-11-04', '',
      'K a l l e l s e   o c h   f ö r e d r a g n i n g s l i s t a', 'Gemensamma nämnden för snöröjning', '',
      'Tid        torsdagen den 14 november 2033 kl. 09.00–12.00', '', 'FÖREDRAGNINGSLISTA', '',
      '1         Mötets öppnande och upprop', '          Ordföranden', '          kl. 09.00', '',
      '2         Val av justerare', '',
      '3         Verksamhetsplan 2034–2036', '          Föredragande: Karin Holm-', '          Westin, verksamhetschef',
      '          kl. 09.10                              Dnr GNS 2033/52', '          Förslag till ny verksamhetsplan med fem mål.', '',
      '4         Dubbelbemanning natt – förslag', '          Föredragande: Helena Rydén, socialchef Östersunds kommun,', '          ordförande i styrgruppen',
      '          kl. 10.35                              Dnr GNS 2033/49', '',
      '5         Övriga frågor',
    ];
    const [meeting] = extractMeetings(prepare('gapped-numbers.txt', raw));
    expect(meeting.items.map((i) => [i.number, i.title, i.presenters, i.start ?? null])).toEqual([
      [1, 'Mötets öppnande och upprop', ['Ordföranden'], '09:00'],
      [2, 'Val av justerare', [], null],
      [3, 'Verksamhetsplan 2034–2036', ['Karin Holm-Westin (verksamhetschef)'], '09:10'],
      [4, 'Dubbelbemanning natt – förslag', ['Helena Rydén (socialchef Östersunds kommun, ordförande i styrgruppen)'], '10:35'],
      [5, 'Övriga frågor', [], null],
    ]);
  });

  it('reads a table headed "Kl.  Nr  Ärende  Dnr" over "Föredragande", under a rule', () => {
    const raw = [
      'REGION JÄMTLAND HÄRJEDALEN                                         KALLELSE', 'Regional utveckling                                                 2033-02-26', '',
      'Styrgruppen för sommarjobb', '', 'Tid        Onsdag 12 mars 2033, kl. 09.00–12.00', '',
      'Kl.     Nr  Ärende                                                    Dnr',
      '            Föredragande',
      '------------------------------------------------------------------------------------',
      '09.00   1   Mötets öppnande och val av justerare', '            Ordföranden', '',
      '09.20   2   Verksamhetsberättelse 2032 – fastställande              RUN/94/2033', '            Eva-Lena', '            Grahn, analytiker, Region JH', '',
      '10.20–10.35 FIKA', '',
      '10.35   3   Handledarguiden – gemensamma riktlinjer', '            Mikael Eriksson, Krokoms kommun', '',
      '11.55   4   Mötets avslutande',
    ];
    const [meeting] = extractMeetings(prepare('stacked-time-first.txt', raw));
    expect(meeting.items.map((i) => [i.number, i.title, i.presenters, i.start])).toEqual([
      [1, 'Mötets öppnande och val av justerare', ['Ordföranden'], '09:00'],
      [2, 'Verksamhetsberättelse 2032 – fastställande', ['Eva-Lena Grahn (analytiker, Region JH)'], '09:20'],
      [3, 'Handledarguiden – gemensamma riktlinjer', ['Mikael Eriksson (Krokoms kommun)'], '10:35'],
      [4, 'Mötets avslutande', [], '11:55'],
    ]);
    expect(meeting.items[1].dnr).toEqual(['RUN/94/2033']);
  });

  it('reads "Punkt" after "Nr" as the matter\'s column, "Ansvarig" as the presenter\'s, and a break with its start alone', () => {
    const raw = [
      'Styrgruppen för snöröjning', '', 'KALLELSE MED DAGORDNING', 'Dag och tid:   onsdag 12 mars 2033, kl. 9:00–12:00', '', 'Dagordning',
      '----------------------------------------------------------------------------',
      'Nr  Kl.    Punkt                                 Ansvarig            Typ',
      '----------------------------------------------------------------------------',
      '1   9:00   Inledning och närvaro                 Mikael Strand       I',
      '2   9:10   Verksamhetsberättelse 2032 – utkast   Ahmed Nouri         B',
      '    10:30  Paus',
      '3   10:45  Rekrytering sommaren 2033             Sara Lindqvist      D',
    ];
    const [meeting] = extractMeetings(prepare('punkt-column.txt', raw));
    expect(meeting.items.map((i) => [i.number, i.title, i.presenters, i.start])).toEqual([
      [1, 'Inledning och närvaro', ['Mikael Strand'], '09:00'],
      [2, 'Verksamhetsberättelse 2032 – utkast', ['Ahmed Nouri'], '09:10'],
      [3, 'Rekrytering sommaren 2033', ['Sara Lindqvist'], '10:45'],
    ]);
    expect(meeting.breaks).toEqual([expect.objectContaining({ label: 'Paus', start: '10:30', afterItem: 2 })]);
  });

  it('yields no meeting when the agenda has no date', () => {
    const raw = ['Kallelse', 'Styrgruppen', '', '1. Mötet öppnas', '2. Övrigt', '3. Mötet avslutas'];
    expect(extractMeetings(prepare('undated.txt', raw))).toEqual([]);
  });

  it('stops at a numbering gap instead of inventing items', () => {
    const raw = ['Dagordning', 'Styrgruppen', '2023-03-01', '1. Mötet öppnas', '2. Övrigt', '3. Beslut', '7. Fel nummer', '4. Mötet avslutas'];
    const [meeting] = extractMeetings(prepare('gap.txt', raw));
    expect(meeting.items.map((i) => i.number)).toEqual([1, 2, 3, 4]);
  });
});

describe.skipIf(!existsSync(EXAMPLES_DIR))('extractMeetings from saved web meeting pages (../shared/docs/examples)', () => {
  const page = (name: string) => extractMeetings(prepare(name, rawLinesOf(name, EXAMPLES_DIR)))[0];

  it('reads organ, date, chair, numbered items and "Punkten föredras av"', () => {
    const meeting = page('rsr-mote-2022-05-30.txt');
    expect(meeting).toMatchObject({ id: 'regionens-samverkansrad-2022-05-30', organName: 'Regionens samverkansråd', date: '2022-05-30', chair: 'Elise Ryder Wikén' });
    expect(meeting.items[1]).toMatchObject({ paragraph: 41, title: 'Val av justerare' });
    expect(meeting.items.find((i) => i.presenters.some((p) => p.startsWith('Göran')))?.presenters).toEqual(['Göran Hallman (Region JH)', 'Catrin Skoglund (Länsstyrelsen)']);
  });

  it('titles an item the page gives no title from its body, not from "Punkten föredras av …"', () => {
    const meeting = page('rsr-mote-2022-05-30.txt');
    const presented = meeting.items.find((i) => i.presenters.some((p) => p.startsWith('Göran')));
    expect(presented).toMatchObject({ untitled: true });
    expect(presented?.title).not.toMatch(/föredras av/);
    expect(presented?.title).toContain('ANDT/S-strategi');
    expect(meeting.items.find((i) => i.title === 'Föregående protokoll')?.presenters).toEqual(['Elise Ryder Wikén']);
  });

  it('keeps the bullets under "Fastställande av föredragningslistan" as its points', () => {
    const meeting = page('rs-mote-2022-05-04.txt');
    expect(meeting.items.find((i) => i.number === 3)?.points).toEqual([
      'Säkerhetsläget och flyktingmottagning',
      'Lägesbild vaccinationer',
      'Ansökan "kommunakuten"',
      'Uppföljning fattade beslut',
      'Lägesrapport nödvatten',
      'Arbetstidsavtal',
    ]);
  });

  it('reads the time span and place line and bare item numbers', () => {
    const meeting = page('rs-mote-2022-05-04.txt');
    expect(meeting).toMatchObject({ organName: 'Regionstyrelsen', start: '08:30', end: '15:45' });
    expect(meeting.place).toMatch(/^Hörsalen/);
    expect(meeting.items.find((i) => i.number === 3)?.title).toBe('Fastställande av föredragningslistan');
  });
});

describe('meetings linked to organ records', () => {
  it('carry the id of the organ record their organ name, alias or abbreviation belongs to', async () => {
    const { linkMeetingsToOrgans } = await import('../../src/knowledge/link-organs.js');
    const organ = { id: 'rsr', name: 'Regionens samverkansråd', abbreviations: ['RSR'], aliases: ['Regionala samverkansrådet'], sources: [] };
    const meeting = (organName: string) => ({ id: `m-${organName}`, organId: 'slug', organName, date: '2022-02-07', items: [], breaks: [], source: {} as never });
    const linked = linkMeetingsToOrgans([meeting('Regionens samverkansråd'), meeting('regionala  samverkansrådet'), meeting('Okänt organ')], [organ]);
    expect(linked.map((m) => m.organId)).toEqual(['rsr', 'rsr', 'slug']);
  });
});

describe('extractMeetings from an agenda table flattened one cell per line', () => {
  const raw = [
    'Kallelse/föredragningslista', 'Trafiksäkerhetsrådet Jämtlands län', '2026-03-18', '', 'Tid: Onsdag 18 mars 2026 kl. 09:00–12:00', 'Plats: Regionens hus, Östersund', '',
    'Tid', 'Punkt', 'Ärende', 'Föredragande',
    '09:00', '1', 'Mötets öppnande', 'Anna Berg, ordförande',
    '09:10', '2', 'Uppföljning av nollvisionen för', 'länets vägar 2025 (beslutsärende)', 'Per Holm, trafik- och', 'säkerhetsstrateg, Trafikverket,', 'Lisa Ek, utvecklings-', 'ledare, Region JH',
    '10:00', 'Fika',
    '10:20', '3', 'Skolskjutsar på landsbygden', 'Ordföranden',
    '11:50', 'Mötet avslutas',
    '', 'Punkt 2  Uppföljning av nollvisionen', 'Rapporten visar att antalet omkomna minskade till fyra under 2025.',
  ];
  const [meeting] = extractMeetings(prepare('080_notice.txt', raw));

  it('reads each row\'s time, number, wrapped title and presenters with their titles', () => {
    expect(meeting.items.map((i) => [i.number, i.title, i.presenters, i.start, i.end])).toEqual([
      [1, 'Mötets öppnande', ['Anna Berg (ordförande)'], '09:00', '09:10'],
      [2, 'Uppföljning av nollvisionen för länets vägar 2025 (beslutsärende)', ['Per Holm (trafik- och säkerhetsstrateg, Trafikverket)', 'Lisa Ek (utvecklingsledare, Region JH)'], '09:10', '10:00'],
      [3, 'Skolskjutsar på landsbygden', ['Ordföranden'], '10:20', '11:50'],
    ]);
  });

  it('reads the break between its times and the notes after the table as the item\'s description', () => {
    expect(meeting.breaks).toEqual([{ label: 'Fika', start: '10:00', end: '10:20', afterItem: 2 }]);
    expect(meeting.items[1].description).toContain('minskade till fyra');
  });
});

describe('extractMeetings from an agenda table whose columns the dump kept apart with spaces', () => {
  const raw = [
    'Kallelse och föredragningslista', 'Regionala utvecklingsnämnden', '', 'Tid: Tisdag 2026-09-15, kl. 08:30–12:00', 'Plats: Regionens hus, Östersund', '',
    'Nr  Ärende                                    Föredragande             Tid',
    '1   Sammanträdets öppnande                    Ordföranden              08:30',
    '2   Information från regional utvecklings-    Mikael Ström,            08:40',
    '    direktören                                regional utvecklings-',
    '                                              direktör',
    '3   Regionala företagsstöd 2027 – ram och     Sofia Berg, strateg      09:10',
    '    prioriteringar                            för kapitalförsörjning',
    '    Dnr RUN/305/2026',
    '    (Ärendet flyttades från sammanträdet 2026-06-11)',
    '    Kaffe                                                              10:00–10:20',
    '4   Övriga frågor                             Ordföranden              10:20',
    '',
    'Ärendebeskrivningar',
    'Ärende 3 Regionala företagsstöd',
  ];
  const [meeting] = extractMeetings(prepare('081_notice.txt', raw));

  it('reads each row from its columns, over the lines below it', () => {
    expect(meeting.items.map((i) => [i.number, i.title, i.presenters, i.start, i.end])).toEqual([
      [1, 'Sammanträdets öppnande', ['Ordföranden'], '08:30', '08:40'],
      [2, 'Information från regional utvecklingsdirektören', ['Mikael Ström (regional utvecklingsdirektör)'], '08:40', '09:10'],
      [3, 'Regionala företagsstöd 2027 – ram och prioriteringar', ['Sofia Berg (strateg för kapitalförsörjning)'], '09:10', '10:00'],
      [4, 'Övriga frågor', ['Ordföranden'], '10:20', undefined],
    ]);
  });

  it('keeps a row\'s diary number, the note running across its columns, and the break between rows', () => {
    expect(meeting.items[2]).toMatchObject({ dnr: ['RUN/305/2026'], description: '(Ärendet flyttades från sammanträdet 2026-06-11)' });
    expect(meeting.breaks).toEqual([{ label: 'Kaffe', start: '10:00', end: '10:20', afterItem: 3 }]);
  });
});

describe('extractMeetings from a one-cell-per-line agenda table whose rows open with the item\'s number', () => {
  const raw = [
    'Kallelse och föredragningslista', 'Beredningen för hälsa och vård', '', 'Datum: tisdag 2026-05-19', 'Tid: 09.00–12.00', 'Plats: Regionens hus, Östersund', '',
    'Nr', 'Ärende', 'Föredragande', 'Tid', 'Handling / Dnr', '',
    '1', 'Mötets öppnande', 'Karin Öberg', '09.00', '',
    '2', 'Föregående protokoll', 'Karin Öberg', 'Protokoll 2026-03-10', '',
    '3', 'Vårdplatser i länet – läget', 'inför sommaren', 'Nils Brandt, Lotta', 'Sund', '09.15', 'RS/301/2026', '',
    'Kaffe 10.00–10.20', '',
    '4', 'Digitala vårdbesök', 'Eva Lind, utvecklings-', 'ledare, Region JH', '10.20', '',
    '5', 'Övriga frågor', '', '',
    '3. Vårdplatser i länet', 'Antalet vårdplatser föreslås öka med 12 under sommaren.', '', 'Välkomna!', 'Karin Öberg',
  ];
  const [meeting] = extractMeetings(prepare('081_notice.txt', raw));

  it('reads each row\'s wrapped title, presenters, time and papers, and the break between rows', () => {
    expect(meeting.items.map((i) => [i.number, i.title, i.presenters, i.start, i.documents])).toEqual([
      [1, 'Mötets öppnande', ['Karin Öberg'], '09:00', []],
      [2, 'Föregående protokoll', ['Karin Öberg'], undefined, ['Protokoll 2026-03-10']],
      [3, 'Vårdplatser i länet – läget inför sommaren', ['Nils Brandt', 'Lotta Sund'], '09:15', ['RS/301/2026']],
      [4, 'Digitala vårdbesök', ['Eva Lind (utvecklingsledare, Region JH)'], '10:20', []],
      [5, 'Övriga frågor', [], undefined, []],
    ]);
    expect(meeting.breaks).toEqual([{ label: 'Kaffe', start: '10:00', end: '10:20', afterItem: 3 }]);
  });

  it('reads a numbered note after the table, up to the greeting, as the item\'s description', () => {
    expect(meeting.items[2].description).toBe('Antalet vårdplatser föreslås öka med 12 under sommaren.');
  });
});

describe('extractMeetings from a notice whose fields stand apart by spaces and whose agenda rows stand apart by blank lines', () => {
  const footer = ['', '────────────────────────────', 'Region Jämtland Härjedalen · Kallelse Kulturrådet 2026-04-14'];
  const raw = [
    'REGION                                   KALLELSE', 'JÄMTLAND HÄRJEDALEN                      Datum 2026-03-30', 'Kultur och bildning                      Sida 1 (4)', '',
    'K u l t u r r å d e t', '', 'Ledamöter och ersättare i Kulturrådet kallas härmed till sammanträde.', '',
    'Tid        tisdagen den 14 april 2026, kl. 09.00–12.00', 'Plats      Jamtli, hörsalen, Östersund', '',
    'FÖREDRAGNINGSLISTA', '',
    'Kl.', 'Nr', 'Ärende', 'Föredragande', 'Handling', '',
    '09.00', '1', 'Mötets öppnande', 'Eva Nord, ordf.', '–', '',
    '09.10', '2', 'Kulturplan 2027–2030 – första', 'utkast', 'Per Ström,', 'kulturstrateg', 'Utkast kulturplan', '',
    '10.00–10.20     FIKA', '', ...footer, '                                          Sida 2 (4)', '',
    'Kl.', 'Nr', 'Ärende', 'Föredragande', 'Handling', '',
    '10.20', '3', 'Bidrag till arrangörer 2026', '', '–', '',
    '11.00', '4', 'Övriga frågor', 'Eva Nord, ordf.', '–', '',
    ...footer, '                                          Sida 3 (4)', '', 'Välkomna!', ...footer, '                                          Sida 4 (4)',
  ];
  const [meeting] = extractMeetings(prepare('082_notice.txt', raw));

  it('reads the organ the notice summons, its day, times and place from fields without colons', () => {
    expect(meeting).toMatchObject({ organName: 'Kulturrådet', date: '2026-04-14', start: '09:00', end: '12:00', place: 'Jamtli, hörsalen, Östersund' });
  });

  it('reads every row across the break and the page break, the papers column apart from the presenters', () => {
    expect(meeting.items.map((i) => [i.number, i.title, i.presenters, i.start, i.documents])).toEqual([
      [1, 'Mötets öppnande', ['Eva Nord (ordf.)'], '09:00', []],
      [2, 'Kulturplan 2027–2030 – första utkast', ['Per Ström (kulturstrateg)'], '09:10', ['Utkast kulturplan']],
      [3, 'Bidrag till arrangörer 2026', [], '10:20', []],
      [4, 'Övriga frågor', ['Eva Nord (ordf.)'], '11:00', []],
    ]);
    expect(meeting.breaks).toEqual([{ label: 'Fika', start: '10:00', end: '10:20', afterItem: 2 }]);
  });
});

describe('extractMeetings from a one-cell-per-line agenda with untimed rows and the letterhead repeated between rows', () => {
  const letterhead = ['REGION', 'JÄMTLAND HÄRJEDALEN                                 KALLELSE', '                                                    2026-05-04'];
  const raw = [
    'REGION', 'JÄMTLAND HÄRJEDALEN', '                                                    KALLELSE',
    'Regional utveckling                                 Datum: 2026-05-04', 'Enheten för kultur                                  Dnr: RS/77/2026', '', '',
    'F Ö R E D R A G N I N G S L I S T A', 'Regionala museirådet', '', 'Tid:     onsdag 20 maj 2026, kl. 09.00–12.00', 'Plats:   Jamtli, Östersund', '',
    'Tid', 'Nr', 'Ärende', 'Föredragande', 'Dnr', '',
    '09.00', '1.', 'Mötet öppnas', 'Eva Nord', '–', '',
    '2.', 'Val av justerare', 'Eva Nord', '–', '',
    '09.15', '3.', 'Samlingsförvaltning', 'Per Ström,', 'intendent', 'Jamtli', '–', '',
    '10.00   Kaffe/PAUS 10.00–10.15', '',
    'Regionala museirådet 2026-05-20                              Sida 1 (2)', '', ...letterhead, '',
    '10.15', '4.', 'Digitalisering av arkiven', 'Lisa Berg', 'RS/80/2026', '',
    '11.00   LUNCH', '',
    '12.00', '5.', 'Mötet avslutas', 'Eva Nord', '–',
  ];
  const [meeting] = extractMeetings(prepare('083_notice.txt', raw));

  it('takes the organ and day from the title block, not from the letterhead beside "Datum:"', () => {
    expect(meeting).toMatchObject({ organName: 'Regionala museirådet', date: '2026-05-20' });
  });

  it('reads rows without a time cell, rows after the page break, and breaks with one time or a span', () => {
    expect(meeting.items.map((i) => [i.number, i.title, i.presenters, i.start, i.documents])).toEqual([
      [1, 'Mötet öppnas', ['Eva Nord'], '09:00', []],
      [2, 'Val av justerare', ['Eva Nord'], undefined, []],
      [3, 'Samlingsförvaltning', ['Per Ström (intendent Jamtli)'], '09:15', []],
      [4, 'Digitalisering av arkiven', ['Lisa Berg'], '10:15', ['RS/80/2026']],
      [5, 'Mötet avslutas', ['Eva Nord'], '12:00', []],
    ]);
    expect(meeting.breaks.map((b) => [b.label, b.start, b.afterItem])).toEqual([['Kaffe', '10:00', 3], ['Lunch', '11:00', 4]]);
  });
});

describe('extractMeetings from a one-cell-per-line agenda whose rows open with their number, then the time, some rows on one line', () => {
  const raw = [
    'REGION JÄMTLAND HÄRJEDALEN KALLELSE', 'Regional utveckling 2026-08-20', '',
    'Kallelse och föredragningslista', 'Skogsrådet Jämtland Härjedalen', '', 'Sammanträde nr 2/2026', '',
    'Dag och tid: Tisdag 8 september 2026, kl. 09.00–14.00', 'Plats: Sal Oviken, Regionens hus, Östersund.', '',
    'Nr', 'Tid', 'Ärende', 'Föredragande', 'Dnr',
    '1', '09.00', 'Mötets öppnande och val av', 'justerare', 'Lena Sjöberg,', 'ordförande',
    '2 Fastställande av dagordning Lena Sjöberg',
    '3', '09.15', 'Skogsbrukets vägar –', 'bärighet och tjällossning', '', 'Anders Falk,', 'Skogsstyrelsen Mitt', 'RS/512/2026',
    '10.00–10.15 FIKA',
    '4 10.15 Viltförvaltning i fjällnära skog informerar Per-Erik', 'Dahl,', 'ordförande viltvårdsnämnden',
    '', 'Kallelse och föredragningslista', 'Skogsrådet Jämtland Härjedalen 2026-09-08', '',
    'Nr', 'Tid', 'Ärende', 'Föredragande', 'Dnr',
    '5', '11.00', 'Brandrisk och beredskap', 'Eva Moberg', 'RS/530/2026',
    '6 13.45 Övriga frågor Lena Sjöberg', '', 'Välkomna!',
  ];
  const [meeting] = extractMeetings(prepare('084_notice.txt', raw));

  it('reads the organ under the title, and the day and times from a "Dag och tid:" field', () => {
    expect(meeting).toMatchObject({ organName: 'Skogsrådet Jämtland Härjedalen', date: '2026-09-08', start: '09:00', end: '14:00' });
  });

  it('reads rows on one line, rows going on past a gap, a first name ending the title\'s line, and rows after the page break', () => {
    expect(meeting.items.map((i) => [i.number, i.title, i.presenters, i.start])).toEqual([
      [1, 'Mötets öppnande och val av justerare', ['Lena Sjöberg (ordförande)'], '09:00'],
      [2, 'Fastställande av dagordning', ['Lena Sjöberg'], undefined],
      [3, 'Skogsbrukets vägar – bärighet och tjällossning', ['Anders Falk (Skogsstyrelsen Mitt)'], '09:15'],
      [4, 'Viltförvaltning i fjällnära skog informerar', ['Per-Erik Dahl (ordförande viltvårdsnämnden)'], '10:15'],
      [5, 'Brandrisk och beredskap', ['Eva Moberg'], '11:00'],
      [6, 'Övriga frågor', ['Lena Sjöberg'], '13:45'],
    ]);
    expect(meeting.breaks).toEqual([{ label: 'Fika', start: '10:00', end: '10:15', afterItem: 3 }]);
  });
});

describe('extractMeetings from a one-cell-per-line agenda whose rows open with the time, some rows without one', () => {
  const raw = [
    'REGION JÄMTLAND HÄRJEDALEN KALLELSE', 'Regional utveckling Datum 2026-02-20', '',
    'Karin Nyberg', 'Handläggare, sekreterare i Regionala cykelrådet', '',
    'REGIONALA CYKELRÅDET', 'Kallelse och föredragningslista', 'Sammanträde nr 1/2026', '',
    'Dag och tid: Torsdag den 5 mars 2026, kl. 09.30–12.00', '',
    'Föredragningslista', 'Tid', 'Punkt', 'Ärende', 'Föredragande',
    '09.30', '1', 'Mötets öppnande', 'Olle Ström',
    '2', 'Val av justerare', 'Olle Ström',
    '3', 'Godkännande av dagordningen',
    '09.45', '4', 'Cykelbokslut 2025', 'Karin Nyberg,', 'handläggare',
    '10.30', 'Kaffe 10.30–10.45',
    '10.45', '5', 'Vintercykling i Östersund', 'Mats Berg',
  ];
  const [meeting] = extractMeetings(prepare('085_notice.txt', raw));

  it('reads the organ from the capitalised line over the title, not from the meeting\'s number under it', () => {
    expect(meeting).toMatchObject({ organName: 'Regionala cykelrådet', date: '2026-03-05' });
  });

  it('ends a row where the next row opens with its number, its time cell empty', () => {
    expect(meeting.items.map((i) => [i.number, i.title, i.presenters, i.start])).toEqual([
      [1, 'Mötets öppnande', ['Olle Ström'], '09:30'],
      [2, 'Val av justerare', ['Olle Ström'], undefined],
      [3, 'Godkännande av dagordningen', [], undefined],
      [4, 'Cykelbokslut 2025', ['Karin Nyberg (handläggare)'], '09:45'],
      [5, 'Vintercykling i Östersund', ['Mats Berg'], '10:45'],
    ]);
  });
});

describe('extractMeetings from an agenda whose column headings stand one per line and whose rows keep their columns with spaces', () => {
  const raw = [
    'REGION JÄMTLAND HÄRJEDALEN                                        KALLELSE', 'Regional utveckling                                               Utfärdad 2026-04-01', '',
    'Styrgruppen för folkhälsa', 'och social hållbarhet', '',
    'Sammanträde:   onsdag den 15 april 2026, kl. 09.00–11.30', 'Plats:         Regionens hus, Östersund.', '',
    'F Ö R E D R A G N I N G S L I S T A', '',
    'Tid', 'Nr', 'Ärende', 'Föredragande', 'Dnr', 'B/I', '',
    '09.00 1 Mötet öppnas                                 Maja Lund                 I', '',
    '09.10 2 Uppföljning av handlingsplanen mot          Johan Ek, Vattenmyndigheten',
    '        suicid 2025                                  RS/210/2026               B', '',
    '        Kaffe 10.00–10.15', '',
    '10.15 3 Ungdomsenkäten 2026                          Sara Lind,',
    '                                                     Per Holm                  I', '',
    '11.20 4 Mötet avslutas                               Maja Lund', '',
    'B = beslutsärende, I = informationsärende', '',
    'Punkt 3 Ungdomsenkäten 2026', 'Enkäten besvarades av 2 400 elever.',
  ];
  const [meeting] = extractMeetings(prepare('086_notice.txt', raw));

  it('reads the organ over two lines and the day from a "Sammanträde:" field, not the day the notice was sent', () => {
    expect(meeting).toMatchObject({ organName: 'Styrgruppen för folkhälsa och social hållbarhet', date: '2026-04-15' });
  });

  it('cuts each line at the presenters\' column, keeping diary numbers and the kind of item out of the presenters', () => {
    expect(meeting.items.map((i) => [i.number, i.title, i.presenters, i.start])).toEqual([
      [1, 'Mötet öppnas', ['Maja Lund'], '09:00'],
      [2, 'Uppföljning av handlingsplanen mot suicid 2025', ['Johan Ek (Vattenmyndigheten)'], '09:10'],
      [3, 'Ungdomsenkäten 2026', ['Sara Lind', 'Per Holm'], '10:15'],
      [4, 'Mötet avslutas', ['Maja Lund'], '11:20'],
    ]);
    expect(meeting.items[1].dnr).toEqual(['RS/210/2026']);
    expect(meeting.breaks).toEqual([{ label: 'Kaffe', start: '10:00', end: '10:15', afterItem: 2 }]);
    expect(meeting.items[2].description).toBe('Enkäten besvarades av 2 400 elever.');
  });

  it('reads the B/I column as whether each item is for decision or information', () => {
    expect(meeting.items.map((i) => i.handling)).toEqual(['information', 'decision', 'information', undefined]);
  });
});

describe('extractMeetings from a one-cell-per-line agenda whose rows open with a time span and "Punkt N"', () => {
  const raw = [
    'REGION JÄMTLAND HÄRJEDALEN', 'KALLELSE', 'Datum 2026-01-20', '',
    'Kallelse och föredragningslista', 'Regionala pensionärsrådet', '',
    'Tid: onsdagen den 4 februari 2026, kl. 13.00–15.00', 'Plats: Regionens hus, Östersund', '',
    'Tid', 'Punkt', 'Ärende', 'B/I', 'Föredragande', '',
    '13.00–13.10', 'Punkt 1', 'Mötets öppnande', 'B', 'Karin Ek,', 'ordförande', '',
    '13.10–13.40', 'Punkt 2', 'Hemtjänstens kvalitet', 'a. Brukarenkäten', 'b. Nyckeltal', 'I', 'Lars Berg,', 'enhetschef Hemtjänst', 'Jämtland Härjedalen', '',
    '13.40–14.00', 'FIKA',
    'Region Jämtland Härjedalen · Regionala pensionärsrådet · Kallelse                Sida 1(2)',
    'REGION JÄMTLAND HÄRJEDALEN', 'KALLELSE', '2026-01-20', 'Sida 2(2)', '',
    'Tid', 'Punkt', 'Ärende', 'B/I', 'Föredragande', '',
    '14.00–14.45', 'Punkt 3', 'Färdtjänst 2027', 'I', 'Nils Åkesson,', 'trafikstrateg', '',
    '14.45–15.00', 'Punkt 4', 'Övriga frågor', 'I', '',
  ];
  const [meeting] = extractMeetings(prepare('091_cells.txt', raw));

  it('reads each row\'s span, its B/I cell as the kind of item, and goes on past the page break and its repeated headings', () => {
    expect(meeting).toMatchObject({ organName: 'Regionala pensionärsrådet', date: '2026-02-04' });
    expect(meeting.items.map((i) => [i.number, i.title, i.presenters, i.start, i.end, i.handling])).toEqual([
      [1, 'Mötets öppnande', ['Karin Ek (ordförande)'], '13:00', '13:10', 'decision'],
      [2, 'Hemtjänstens kvalitet a. Brukarenkäten b. Nyckeltal', ['Lars Berg (enhetschef Hemtjänst Jämtland Härjedalen)'], '13:10', '13:40', 'information'],
      [3, 'Färdtjänst 2027', ['Nils Åkesson (trafikstrateg)'], '14:00', '14:45', 'information'],
      [4, 'Övriga frågor', [], '14:45', '15:00', 'information'],
    ]);
    expect(meeting.breaks).toEqual([{ label: 'FIKA', start: '13:40', end: '14:00', afterItem: 2 }]);
  });
});

describe('extractMeetings from an agenda whose rows the dump joined into lines: time, "N)", title, presenter and kind', () => {
  const raw = [
    'KROKOMS KOMMUN', '', '                                        KALLELSE MED', '                                        FÖREDRAGNINGSLISTA',
    '                                        2026-03-02', '                                        KS 2026/0141', '',
    'Rådet för trygghet i Krokoms', 'kommun', '',
    'Sammanträde tisdagen den 17 mars 2026', 'Tid    kl. 09.00–11.00', 'Plats  Kommunhuset, Krokom', '',
    'Kl.    Nr   Ärende                               Föredragande            Typ',
    '09.00 1) Val av justerare Ylva Sund (C), ordförande Beslut',
    '09.10 2) Trygghetsvandringar 2025 – Erik Holm, Information',
    'resultat och åtgärder trygghetssamordnare',
    '09.40–10.00 Paus med kaffe',
    '10.00 3) Övriga frågor Ylva Sund (C), ordförande Information',
    '11.00 Mötet avslutas',
  ];
  const [meeting] = extractMeetings(prepare('092_joined.txt', raw));

  it('takes the meeting\'s day from "Sammanträde tisdagen den …", not the letter\'s date under the title', () => {
    expect(meeting).toMatchObject({ date: '2026-03-17', start: '09:00' });
  });

  it('reads the time before the number as the start, the last word as the kind and a party after the presenter\'s name', () => {
    expect(meeting.items.map((i) => [i.number, i.start, i.handling])).toEqual([
      [1, '09:00', 'decision'],
      [2, '09:10', 'information'],
      [3, '10:00', 'information'],
    ]);
    expect(meeting.items[0]).toMatchObject({ title: 'Val av justerare', presenters: ['Ylva Sund (C) (ordförande)'] });
    expect(meeting.items[1].presenters[0]).toMatch(/^Erik Holm/);
    expect(meeting.breaks[0]).toMatchObject({ start: '09:40', end: '10:00', afterItem: 2 });
  });
});

describe('extractMeetings from a one-cell-per-line agenda whose headings put the number after the title', () => {
  const raw = [
    'Tandvårdsrådet', 'Kallelse och föredragningslista', '', 'Tid: tisdag 12 maj 2026, kl. 09.00–11.00', 'Plats: Regionens hus', '',
    'Tid', 'Ärende', 'Nr', 'Föredragande', 'B/I',
    '09.00–09.15', 'Mötets öppnande och', 'val av justerare', '1)', 'Ordf.', 'B',
    '09.15–09.45', 'Kariesstatistik 2025', '2)', 'Anna', 'Lindgren', 'I',
    '09.45–10.00', 'P A U S',
    '10.00–10.40', 'Avgifter för', 'barntandvård', 'Dnr RS/12/2026', '3)', 'Per Ström,', 'controller', 'I/D',
    '10.40–11.00', 'Övriga frågor', '4)', '', 'I',
  ];
  const [meeting] = extractMeetings(prepare('093_headed.txt', raw));

  it('puts each row\'s cells in the columns the headings name, the number and B/I cells marking where they stand', () => {
    expect(meeting.items.map((i) => [i.number, i.title, i.presenters, i.start, i.end, i.handling])).toEqual([
      [1, 'Mötets öppnande och val av justerare', ['Ordf.'], '09:00', '09:15', 'decision'],
      [2, 'Kariesstatistik 2025', ['Anna Lindgren'], '09:15', '09:45', 'information'],
      [3, 'Avgifter för barntandvård Dnr RS/12/2026', ['Per Ström (controller)'], '10:00', '10:40', 'information'],
      [4, 'Övriga frågor', [], '10:40', '11:00', 'information'],
    ]);
    expect(meeting.breaks).toEqual([{ label: 'Paus', start: '09:45', end: '10:00', afterItem: 2 }]);
  });
});

describe('extractMeetings from an agenda whose items give their start and minutes after the number', () => {
  const raw = [
    'Hälsonätverket i Jämtlands län', '', 'KALLELSE MED DAGORDNING', '', 'Datum 8 oktober 2026 (torsdag)', 'Tid 13.00–14.30', '',
    'Punkt Start Min Ärende Form', 'Ansvarig',
    '1. 13.00 10 Välkommen och fastställande av dagordning Beslut', 'Eva Holm, ordförande',
    '2. 13.10 40 Vaccinationstäckning i länet Info', 'Olle Berg, smittskyddsläkare',
    '3. 13.50 40 Övriga frågor Dialog',
  ];
  const [meeting] = extractMeetings(prepare('094_minutes.txt', raw));

  it('reads the start from the time after the number and leaves the minutes and the form out of the title', () => {
    expect(meeting.items.map((i) => [i.number, i.title, i.start, i.handling])).toEqual([
      [1, 'Välkommen och fastställande av dagordning', '13:00', 'decision'],
      [2, 'Vaccinationstäckning i länet', '13:10', 'information'],
      [3, 'Övriga frågor', '13:50', undefined],
    ]);
    expect(meeting.items[1].presenters[0]).toMatch(/^Olle Berg/);
  });
});

describe('extractMeetings from an agenda item with lettered sub-items, each with its own presenter after a dash', () => {
  const raw = [
    'Hälsonätverket i Jämtlands län', '', 'KALLELSE MED DAGORDNING', '', 'Datum 8 oktober 2026 (torsdag)', 'Tid 13.00–14.30', '',
    'Punkt Start Min Ärende Form', 'Ansvarig',
    '1. 13.00 10 Välkommen och fastställande av dagordning Beslut', 'Eva Holm, ordförande',
    '2. 13.10 40 Händelseanalyser – gemensamt Dialog', 'lärande',
    'a. Fall i hemtjänsten, Bergs', 'kommun – Lisa Berg, MAS Bergs kommun', 'b. Utebliven dos vid överflyttning från', 'sjukhuset – Olle Ström, chefläkare',
    '3. 13.50 40 Övriga frågor Dialog',
  ];
  const [meeting] = extractMeetings(prepare('100_subitems.txt', raw));

  it('keeps the sub-items and their presenters in the item\'s title, not as the item\'s presenters', () => {
    const item = meeting.items[1];
    expect(item.title).toContain('a. Fall i hemtjänsten, Bergs kommun – Lisa Berg, MAS Bergs kommun');
    expect(item.title).toContain('b. Utebliven dos vid överflyttning från sjukhuset – Olle Ström, chefläkare');
    expect(item.presenters.join(' ')).not.toContain('Bergs');
  });
});

describe('extractMeetings from a number-first cell agenda with its headings on one line and descriptions between rows', () => {
  const raw = [
    'Skogsrådet', 'Kallelse och föredragningslista', '', 'Tid:  onsdag 16 september 2026, kl. 09:30–15:00', 'Plats:  Folkets hus, Hammarstrand', '',
    'Föredragningslista', 'Nr  Tid  Ärende  Föredragande  Dnr', '',
    '1', '09:30', 'Mötets öppnande', 'Eva ', 'Holm', '',
    '2', '09:40', 'Skogsbruksplan för', 'länet – remiss', 'Per Ek, ', 'skogsstrateg', 'RS/12/2026', '',
    'Ärendebeskrivning', ' Rådet gav vid sammanträdet i juni beredningsgruppen i uppdrag att ta fram', 'en remissversion av skogsbruksplanen.', 'Förslag till beslut', ' Skogsrådet remitterar planen till kommunerna.', '',
    'LUNCH  12:00–13:00', '',
    'Skogsrådet', 'Kallelse och föredragningslista', '',
    '3', '13:00', 'Viltskador i', 'ungskog', '',
    'Ärendebeskrivning', ' Sammanställning av kommunernas inventeringar.', '',
    '4', '13:40', 'Mötets avslutande', 'Eva', 'Holm',
  ];
  const [meeting] = extractMeetings(prepare('101_numberfirst.txt', raw));

  it('reads every row past descriptions, a break and the page head repeated after it, and a name broken over two cells', () => {
    expect(meeting.items.map((i) => [i.number, i.title, i.presenters, i.start])).toEqual([
      [1, 'Mötets öppnande', ['Eva Holm'], '09:30'],
      [2, 'Skogsbruksplan för länet – remiss', ['Per Ek (skogsstrateg)'], '09:40'],
      [3, 'Viltskador i ungskog', [], '13:00'],
      [4, 'Mötets avslutande', ['Eva Holm'], '13:40'],
    ]);
    expect(meeting.items[1].description).toContain('remissversion av skogsbruksplanen');
    expect(meeting.breaks.map((b) => [b.label, b.start, b.afterItem])).toEqual([['Lunch', '12:00', 2]]);
  });
});

describe('extractMeetings from a number-first cell agenda whose rows close with the kind of item', () => {
  const raw = [
    'K A L L E L S E', 'Skogsrådet', '', 'Tid', 'Torsdag 24 september 2026, kl. 09.00–12.00', '',
    'Nr', 'Tid', 'Ärende', 'Föredragande', 'Typ', '',
    '1', '09.00', 'Mötets öppnande', 'Eva Holm,', 'ordförande', '–', '',
    '2', 'Val av justerare', 'Ordföranden', 'B', '',
    '3', '09.10', 'Viltskador i ungskog', 'Per Ek,', 'skogsstrateg', 'I', '',
    'Sida 2 av 3', 'K A L L E L S E', 'Skogsrådet', '2026-09-24', '',
    '4', '09.40', 'Skogsbruksplan – remiss', 'Per Ek,', 'skogsstrateg', 'B',
  ];
  const [meeting] = extractMeetings(prepare('102_kinds.txt', raw));

  it('reads the closing cell as the kind, not as part of the presenter, and no page head into a row', () => {
    expect(meeting.items.map((i) => [i.number, i.presenters, i.handling])).toEqual([
      [1, ['Eva Holm (ordförande)'], undefined],
      [2, ['Ordföranden'], 'decision'],
      [3, ['Per Ek (skogsstrateg)'], 'information'],
      [4, ['Per Ek (skogsstrateg)'], 'decision'],
    ]);
  });
});

describe('extractMeetings from an agenda of "Punkt N" rows whose kind column ends the lines', () => {
  const raw = [
    'F Ö R E D R A G N I N G S L I S T A', 'Skogsgruppen', '', 'Dag och tid      Tisdag 6 oktober 2026, kl. 10:00–12:00',
    'Lokal            Brandstationen Östersund', '',
    'Punkt   Ärende                                         Kl.', '        Ansvarig                                       Beslut/Info',
    'Punkt 1 Inledning och val av justerare                 10:00', '        Ansvarig: Eva Holm, ordf.                      Beslut', '',
    'Punkt 2 Viltskador – lägesrapport för länet            10:15', '        Ansvarig:', '        Per Ek, skogsstrateg,', '        Region JH                                       Info', '',
    'Punkt 3 Gemensam rutin vid skogsbrand                  11:00', '        Ansvarig:', '        Anna Berg, räddningschef, och Olle Strand,', '        länsjägmästare                                  Beslut', '',
    'Punkt 4 Nästa möte och avslutning                      11:50', '        Ansvarig: Eva Holm, ordf.                      Beslut', '',
    'Ledamöter: Eva Holm (ordf.), Per Ek, Anna Berg, Olle Strand.',
  ];
  const [meeting] = extractMeetings(prepare('104_punkt.txt', raw));

  it('reads the day from a field whose label has several words, each row\'s presenters under "Ansvarig:" and its kind apart from them', () => {
    expect([meeting.date, meeting.start, meeting.end]).toEqual(['2026-10-06', '10:00', '12:00']);
    expect(meeting.items.map((i) => [i.number, i.title, i.presenters, i.start, i.handling])).toEqual([
      [1, 'Inledning och val av justerare', ['Eva Holm (ordf.)'], '10:00', 'decision'],
      [2, 'Viltskador – lägesrapport för länet', ['Per Ek (skogsstrateg, Region JH)'], '10:15', 'information'],
      [3, 'Gemensam rutin vid skogsbrand', ['Anna Berg (räddningschef)', 'Olle Strand (länsjägmästare)'], '11:00', 'decision'],
      [4, 'Nästa möte och avslutning', ['Eva Holm (ordf.)'], '11:50', 'decision'],
    ]);
  });
});

describe('extractMeetings from a table whose kind-of-item column is headed "Karaktär"', () => {
  it('reads its rows, each "Punkt N" with its span, title, presenter and kind', () => {
    const raw = [
      'K A L L E L S E', 'Skogsrådet', '', 'Tid: torsdag 24 september 2026, kl. 09.00–12.00', '', 'Föredragningslista', '',
      'Nr', 'Tid', 'Ärende', 'Föredragande', 'Karaktär', '',
      'Punkt 1', '09.00–09.10', 'Mötets öppnande', 'Eva Holm', 'F', '',
      'Punkt 2', '09.10–09.40', 'Viltskador i ungskog –', 'lägesrapport', 'Per Ek, skogs-', 'strateg', 'I', '',
      'Punkt 3', '09.40–10.00', 'Gemensam rutin vid skogsbrand', 'Anna Berg', 'B',
    ];
    const [meeting] = extractMeetings(prepare('107_karaktar.txt', raw));
    expect(meeting.items.map((i) => [i.number, i.title, i.presenters, i.start, i.end, i.handling])).toEqual([
      [1, 'Mötets öppnande', ['Eva Holm'], '09:00', '09:10', undefined],
      [2, 'Viltskador i ungskog – lägesrapport', ['Per Ek (skogsstrateg)'], '09:10', '09:40', 'information'],
      [3, 'Gemensam rutin vid skogsbrand', ['Anna Berg'], '09:40', '10:00', 'decision'],
    ]);
  });
});

describe('extractMeetings from a table headed "Nr  Tid  Ärende / Handling  Föredragande" on one line, its cells one per line', () => {
  it('reads its rows, a three-word name broken after its second word kept whole', () => {
    const raw = [
      'KALLELSE', 'Skogsrådet', '', 'Tid: torsdag 24 september 2026, kl. 09.30–12.00', '',
      'Nr  Tid      Ärende / Handling                               Föredragande', '',
      '1', '09.30', 'Mötet öppnas och val av', 'justerare', 'Anna Berg', 'Hed, ordförande', '',
      '2', '09.40', 'Viltskador i ungskog', 'Handling: Lägesrapport 2026, Dnr RS/12/2026', 'Per Ek, skogsstrateg', '',
      '3', '10.30', 'Sydsamisk skogsbruk – dialog', 'Elle Jonsson', 'Fjellström, konsulent',
    ];
    const [meeting] = extractMeetings(prepare('108_inline-heads.txt', raw));
    expect(meeting.items.map((i) => [i.number, i.title, i.presenters, i.start])).toEqual([
      [1, 'Mötet öppnas och val av justerare', ['Anna Berg Hed (ordförande)'], '09:30'],
      [2, 'Viltskador i ungskog', ['Per Ek (skogsstrateg)'], '09:40'],
      [3, 'Sydsamisk skogsbruk – dialog', ['Elle Jonsson Fjellström (konsulent)'], '10:30'],
    ]);
  });
});

describe('extractMeetings from a notice whose header labels stand on lines of their own over their values', () => {
  const raw = [
    'K A L L E L S E', 'Skogsrådet', '', 'Tid', 'Torsdag 24 september 2026, kl. 09.00–12.00', '', 'Plats', 'Regionens hus, sammanträdesrum Frösön, Östersund.', '',
    'Nr', 'Tid', 'Ärende', 'Föredragande', 'Typ', '',
    '1', '09.00', 'Mötets öppnande', 'Eva Holm,', 'ordförande', '–', '',
    '2', '09.10', 'Viltskador i ungskog', 'Per Ek,', 'skogsstrateg', 'I', '',
    '3', '11.30', 'Mötets avslutande', 'Eva Holm', '–',
  ];
  const [meeting] = extractMeetings(prepare('105_labels.txt', raw));

  it('reads the day, the times and the place from the values under the labels', () => {
    expect([meeting.date, meeting.start, meeting.end, meeting.place]).toEqual(['2026-09-24', '09:00', '12:00', 'Regionens hus, sammanträdesrum Frösön, Östersund']);
  });
});

describe('extractMeetings from a notice whose title names the body over two lines and whose rows give the item\'s span', () => {
  const raw = [
    'Region Jämtland Härjedalen                                        KALLELSE', 'Rehabilitering i samverkan                                        2026-04-02', '',
    'Kallelse till sammanträde med Läns-', 'styrgruppen för rehabilitering', '', 'Tid:  Torsdag den 16 april 2026, kl. 09.00–12.00', '',
    'Nr', 'Tid', 'Ärende', 'Föredragande', 'B/I',
    '1', '09.00–09.10', 'Mötets öppnande', 'Anna Berg', 'B',
    '2', '09.10–09.40', 'Hjälpmedelsnämndens', 'avgiftsförslag', 'Dnr RS/77/2026, bilaga 1', 'Karin', 'Lund, hjälpmedelschef', 'B',
    '3', '09.40–10.00', 'Arbetsterapi i hemmet', 'Olle Ström, enhetschef', 'I',
  ];
  const [meeting] = extractMeetings(prepare('106_span.txt', raw));

  it('names the body as the title does, across the line break', () => {
    expect([meeting.organName, meeting.date]).toEqual(['Länsstyrgruppen för rehabilitering', '2026-04-16']);
  });

  it('reads the span, the papers under the title and a first name broken from its surname', () => {
    expect(meeting.items.map((i) => [i.number, i.title, i.presenters, i.documents, i.start, i.end])).toEqual([
      [1, 'Mötets öppnande', ['Anna Berg'], [], '09:00', '09:10'],
      [2, 'Hjälpmedelsnämndens avgiftsförslag', ['Karin Lund (hjälpmedelschef)'], ['Dnr RS/77/2026, bilaga 1'], '09:10', '09:40'],
      [3, 'Arbetsterapi i hemmet', ['Olle Ström (enhetschef)'], [], '09:40', '10:00'],
    ]);
  });
});

describe('extractMeetings from a notice whose table has no number column and numbers its titles "1)"', () => {
  const raw = [
    'Skogsgruppen                                                Östersund 2026-09-28', 'Region Jämtland Härjedalen och kommunerna i Jämtlands län', '', '',
    'K A L L E L S E   O C H   D A G O R D N I N G', '', 'Skogsgruppen', '',
    'Datum      tisdag 6 oktober 2026', 'Tid        13:00–15:00', '',
    'Ansvarig                       Ärende                                           Start',
    'Eva Holm, tf.                  1) Inledning och val av                          13:00',
    'ordförande                        anteckningsjusterare',
    'Per Ek                         2) Återkoppling från skogsrådet 15/9             13:10',
    '                                  a) Reviderad skogsbruksplan',
    '                                  b) Nytt uppdrag: viltskador i',
    '                                     ungskog',
    'Anna Berg,                     3) Skogsbrand – gemensam rutin                   13:40',
    'räddningschef',
    '                               Bensträckare                                     14:10–14:20',
    '                               4) Rapporter från kommunerna                     14:20',
    'Eva Holm                       5) Nästa möte och avslut                         14:50',
    '', '',
    'Deltagarlista',
    'Bergs kommun / Olle Strand / skogsansvarig',
  ];
  const [meeting] = extractMeetings(prepare('107_unnumbered.txt', raw));

  it('names the body under the title, not the sender\'s line, and the day of the "Datum" field', () => {
    expect([meeting.organName, meeting.date]).toEqual(['Skogsgruppen', '2026-10-06']);
  });

  it('reads each row\'s presenter from the first column, its sub-items apart from its title and the break between rows', () => {
    expect(meeting.items.map((i) => [i.number, i.title, i.presenters, i.start, i.points])).toEqual([
      [1, 'Inledning och val av anteckningsjusterare', ['Eva Holm (tf. ordförande)'], '13:00', undefined],
      [2, 'Återkoppling från skogsrådet 15/9', ['Per Ek'], '13:10', ['a) Reviderad skogsbruksplan', 'b) Nytt uppdrag: viltskador i ungskog']],
      [3, 'Skogsbrand – gemensam rutin', ['Anna Berg (räddningschef)'], '13:40', undefined],
      [4, 'Rapporter från kommunerna', [], '14:20', undefined],
      [5, 'Nästa möte och avslut', ['Eva Holm'], '14:50', undefined],
    ]);
    expect(meeting.breaks).toMatchObject([{ label: 'Bensträckare', start: '14:10', end: '14:20', afterItem: 3 }]);
  });
});

describe('extractMeetings from a number-first cell agenda whose rows write the kind of matter out and break names word by word', () => {
  const raw = [
    'Region Jämtland Härjedalen                                 KALLELSE', '',
    'Viltrådet', '', 'Sammanträde', 'onsdagen den 14 oktober 2026', 'kl. 09.30–12.00', '',
    'Nr', 'Ärende', 'Föredragande', 'Tid',
    '1', 'Mötets öppnande', 'Ordföranden', '09.30',
    '2', 'Älgförvaltning – förslag', 'till avskjutningsmål 2027', 'Dnr VR 2026/0031', 'Beslutsärende. Beredningsgruppen', 'föreslår en höjning med 5 procent.',
    'Sara', 'Nyberg,', 'vilt-', 'strateg,', 'Länsstyrelsen', 'i Jämtlands', 'län', '09.40–10.20', '',
    '                     LUNCH 10.20–10.40', '                     (serveras i matsalen)', '',
    '3', 'Rapport från viltförvaltningsdelegationen', 'Informationsärende', 'Per', 'Ek', '(jägare-', 'förbundet)', '10.40–11.10',
    '4', 'Mötets avslutande', 'Ordföranden', '11.10',
  ];
  const [meeting] = extractMeetings(prepare('108_kinds_written.txt', raw));

  it('reads the day under its label alone on a line', () => {
    expect(meeting.date).toBe('2026-10-14');
  });

  it('reads the kind and what follows it apart from title and presenter, a long row to its time, and rows after a break\'s note', () => {
    expect(meeting.items.map((i) => [i.number, i.title, i.presenters, i.handling, i.start, i.end])).toEqual([
      [1, 'Mötets öppnande', ['Ordföranden'], undefined, '09:30', '09:40'],
      [2, 'Älgförvaltning – förslag till avskjutningsmål 2027', ['Sara Nyberg (viltstrateg, Länsstyrelsen i Jämtlands län)'], 'decision', '09:40', '10:20'],
      [3, 'Rapport från viltförvaltningsdelegationen', ['Per Ek (jägareförbundet)'], 'information', '10:40', '11:10'],
      [4, 'Mötets avslutande', ['Ordföranden'], undefined, '11:10', undefined],
    ]);
    expect(meeting.items[1].description).toBe('Beredningsgruppen föreslår en höjning med 5 procent.');
    expect(meeting.items[1].documents).toEqual(['Dnr VR 2026/0031']);
  });
});

describe('extractMeetings from a number-first cell agenda that goes on in rows laid out on lines, columns apart by wide gaps', () => {
  const raw = [
    'REGION JÄMTLAND HÄRJEDALEN', 'Regional utveckling – Enheten för landsbygd', 'Datum 2031-03-02', 'Dnr RS/1031/2031', '',
    'K a l l e l s e  o c h  f ö r e d r a g n i n g s l i s t a', 'R e g i o n a l a   f i s k e r å d e t', '',
    'Ledamöter och ersättare i Regionala fiskerådet kallas härmed till', 'sammanträde.', '',
    'Dag  Tisdag den 17 mars 2031', 'Tid  kl. 09.30–12.00', 'Plats  Sal Storsjön, Regionens hus, Östersund', '',
    'FÖREDRAGNINGSLISTA', '',
    'Nr', 'Klockan', 'Ärende', 'Föredragande', 'Diarienummer',
    '1', '09.30', 'Mötet öppnas', 'Eva Lund', '–',
    '2', 'Val av justerare', 'Eva Lund', '–',
    '3  09.40  Fiskevårdsplan för Ljungan –  Per Ek, Bergs',
    'remiss av förslaget  kommun; Anna Berg,',
    'Länsstyrelsen',
    'RS/298/2031', '',
    'F I K A  10.30–10.45', 'Kaffe serveras i foajén', '',
    '4  10.45  Regional strategi för fiske 2031–  Maja Holm; Olof',
    '2035 (för beslut)  Strand, tf. enhetschef',
    'RS/1187/2031',
    '5  11.30  Ansökan om medel för fiskeguider',
    '2032  RS/845/2031',
    '6  12.00  Mötet avslutas  Eva Lund', '',
    'ÄRENDEBESKRIVNINGAR', '',
    'Punkt 3 Fiskevårdsplan för Ljungan', 'Länsstyrelsen redovisar remissförslaget.', 'Beslutsunderlag: Remissförslag daterat 2031-02-01.', '',
    'Punkt 5 Ansökan om medel för fiskeguider 2032', 'Ingen föredragande är utsedd; handlingen skickas ut för kännedom.',
  ];
  const [meeting] = extractMeetings(prepare('109_gapped_rows.txt', raw));

  it('dates the meeting by its "Dag" field, not by the letter', () => {
    expect(meeting.date).toBe('2031-03-17');
  });

  it('reads the rows on lines with their wrapped title, presenters and papers, and the rows after an unbracketed note under the break', () => {
    expect(meeting.items.map((i) => [i.number, i.title, i.presenters, i.start])).toEqual([
      [1, 'Mötet öppnas', ['Eva Lund'], '09:30'],
      [2, 'Val av justerare', ['Eva Lund'], undefined],
      [3, 'Fiskevårdsplan för Ljungan – remiss av förslaget', ['Per Ek (Bergs kommun)', 'Anna Berg (Länsstyrelsen)'], '09:40'],
      [4, 'Regional strategi för fiske 2031–2035 (för beslut)', ['Maja Holm', 'Olof Strand (tf. enhetschef)'], '10:45'],
      [5, 'Ansökan om medel för fiskeguider 2032', [], '11:30'],
      [6, 'Mötet avslutas', ['Eva Lund'], '12:00'],
    ]);
    expect(meeting.items[3].documents).toEqual(['RS/1187/2031']);
    expect(meeting.breaks).toEqual([{ label: 'Fika', start: '10:30', end: '10:45', afterItem: 3 }]);
  });

  it('keeps an item\'s "Beslutsunderlag: …" line in its note and reads the notes after it', () => {
    expect(meeting.items[2].description).toContain('Beslutsunderlag: Remissförslag daterat 2031-02-01.');
    expect(meeting.items[4].description).toContain('Ingen föredragande är utsedd');
  });
});

describe('extractMeetings from a time-first cell agenda whose presenters stand one word or title per line', () => {
  const raw = [
    'REGION JÄMTLAND HÄRJEDALEN                                             KALLELSE', 'Regional utveckling', '',
    'Kallelse till Skogsrådet', 'Sammanträdesdag: torsdag den 12 mars 2031', '',
    'Tid              Punkt      Ärende                      Föredragande       Typ', '',
    '09.30–09.40', 'Punkt 1', 'Mötets öppnande', 'Per-Olof Grahn', 'ordförande', 'B', '',
    '09.40–09.50', 'Punkt 2', 'Föregående minnesanteck-', 'ningar (2030-11-23)', 'Karin', 'Ek', 'sekreterare', 'I', '',
    '09.50–10.20', 'Punkt 3', 'Skogsprogram för länet', '2031–2035 – fastställt av region-', 'fullmäktige', 'Dnr RUN/112/2030', 'Mats Holm', 'tf. enhetschef', 'I', '',
    '10.20–10.50', 'Punkt 4', 'Virkesmarknaden', 'Sofia Eklund,', 'Lars Nyberg', 'handläggare', 'I', '',
  ];
  const [meeting] = extractMeetings(prepare('110_time_first_titles.txt', raw));

  it('reads a name broken one word per line, a title under a name, and the papers under the title', () => {
    expect(meeting.items.map((i) => [i.number, i.title, i.presenters, i.documents])).toEqual([
      [1, 'Mötets öppnande', ['Per-Olof Grahn (ordförande)'], []],
      [2, 'Föregående minnesanteckningar (2030-11-23)', ['Karin Ek (sekreterare)'], []],
      [3, 'Skogsprogram för länet 2031–2035 – fastställt av regionfullmäktige', ['Mats Holm (tf. enhetschef)'], ['Dnr RUN/112/2030']],
      [4, 'Virkesmarknaden', ['Sofia Eklund', 'Lars Nyberg (handläggare)'], []],
    ]);
  });
});

describe('extractMeetings from a number-first cell agenda numbered "1)", with a "Typ" column, sub-items and the body in capitals over the title', () => {
  const raw = [
    'Region Jämtland Härjedalen', 'Regional utveckling                                        2031-05-10', 'Landsbygd och skog', '',
    'SKOGS-', 'RÅDETS ARBETS-', 'UTSKOTT (AU)', 'F ö r e d r a g n i n g s l i s t a', '',
    'Onsdag 21 maj 2031, kl. 09:00–12:00', 'Lokal: Sammanträdesrum Näldsjön, Krokoms kommunhus, Krokom', 'Anslutning via Teams för den som har anmält det i förväg.', '',
    'Nr', 'Ärende', 'Typ', 'Dnr', 'Föredragande', 'Kl.',
    '1)', 'Sammanträdet öppnas, val av', 'justerare', 'B', '–', 'Camilla Ek, ordf.', '09:00',
    '2)', 'Återrapport från Skogs-', 'rådet 12 mars 2031', 'I', 'RUN/87/2031', 'Emil Sand', '09:10',
    '3)', 'Skogscheck 2031', 'RUN/341/2030', '3 a)', 'Nämndens beslut om ramen', 'I', 'Sofia Eklund', '09:25', '3 b)', 'Prioriteringsordning när', 'ramen är förbrukad', 'B', 'Lars Nyberg', '09:45',
    '4)', 'Kommande möten och avslutning', 'I', '–', 'Camilla Ek, ordf.', '11:45',
  ];
  const input = prepare('111_paren_numbers.txt', raw);
  const [meeting] = extractMeetings(input);

  it('takes a notice by its spaced-out kind, the body from the capitals over it and the day from the weekday line', () => {
    expect(input.documents[0].type).toBe('kallelse');
    expect([meeting.organName, meeting.date]).toEqual(['Skogsrådets arbetsutskott (au)', '2031-05-21']);
  });

  it('reads the kind, a dash for no papers and a diary number alone as ending the title, and sub-items as points', () => {
    expect(meeting.items.map((i) => [i.number, i.title, i.presenters, i.documents, i.start, i.handling])).toEqual([
      [1, 'Sammanträdet öppnas, val av justerare', ['Camilla Ek (ordf.)'], [], '09:00', 'decision'],
      [2, 'Återrapport från Skogsrådet 12 mars 2031', ['Emil Sand'], ['RUN/87/2031'], '09:10', 'information'],
      [3, 'Skogscheck 2031', ['Sofia Eklund', 'Lars Nyberg'], ['RUN/341/2030'], '09:25', undefined],
      [4, 'Kommande möten och avslutning', ['Camilla Ek (ordf.)'], [], '11:45', 'information'],
    ]);
    expect(meeting.items[2].points).toEqual(['3 a) Nämndens beslut om ramen (Sofia Eklund, kl. 09:25)', '3 b) Prioriteringsordning när ramen är förbrukad (Lars Nyberg, kl. 09:45)']);
  });
});

describe('extractMeetings from a notice whose title was spaced out, whose table holds papers under a row and repeats one heading on a new page', () => {
  const raw = [
    'REGION JÄMTLAND HÄRJEDALEN                                    KALLELSE',
    'Regional utveckling                                           Datum: 2031-02-27',
    'Enheten för social hållbarhet                                 Dnr: RUN/88/2031', '',
    'F Ö R E D R A G N I N G S L I S T A', 'Regionala idrotts-', 'politiska rådet', '',
    'Sammanträde: torsdag den 13 mars 2031', 'Tid: kl. 09.30–12.00', 'Plats: Folkets hus, Hammarstrand', '',
    'Ledamöter och ersättare kallas härmed till sammanträde med rådet. Förhinder anmäls senast',
    'den 6 mars till rådets sekreterare. Ersättare kallas av respektive kommun och anmäler sig själv.', '',
    'Nr', 'Tid', 'Ärende', 'Föredragande', 'Underlag / Dnr',
    '1', '09.30', 'Mötet öppnas. Fastställande av föredragnings-', 'lista', 'Lena Ek,', 'ordförande', '–',
    '2', '09.40', 'Idrottslyftet – första resultat för', 'länet', 'Henrik Ågren, analys-', 'chef', 'RUN/402/2030', 'Bilaga 1',
    '\uF0B7 PAUS / förmiddagskaffe 10.15–10.30',
    '3', '10.30', 'Rådet för unga informerar', 'Elsa Nordin och Amir', 'Haddad, Regionala', 'ungdomsrådet', '–', '',
    'REGION JÄMTLAND HÄRJEDALEN                                    KALLELSE', '',
    'Underlag / Dnr',
    '4', '11.30', 'Mötet avslutas', 'Lena Ek', '–',
  ];
  const input = prepare('112_spaced_notice.txt', raw);
  const [meeting] = extractMeetings(input);

  it('keeps the notice one document and names the body whose name a hyphen join left wrapped', () => {
    expect(input.documents.map((d) => [d.type, d.title])).toEqual([['kallelse', 'FÖREDRAGNINGSLISTA Regionala idrottspolitiska rådet']]);
    expect([meeting.organName, meeting.date]).toEqual(['Regionala idrottspolitiska rådet', '2031-03-13']);
  });

  it('reads the papers under a row, a break marked with a bullet glyph, two presenters named together and the row after one repeated heading', () => {
    expect(meeting.items.map((i) => [i.number, i.title, i.presenters, i.documents])).toEqual([
      [1, 'Mötet öppnas. Fastställande av föredragningslista', ['Lena Ek (ordförande)'], []],
      [2, 'Idrottslyftet – första resultat för länet', ['Henrik Ågren (analyschef)'], ['RUN/402/2030', 'Bilaga 1']],
      [3, 'Rådet för unga informerar', ['Elsa Nordin', 'Amir Haddad (Regionala ungdomsrådet)'], []],
      [4, 'Mötet avslutas', ['Lena Ek'], []],
    ]);
    expect(meeting.breaks).toEqual([{ label: 'Paus', start: '10:15', end: '10:30', afterItem: 2 }]);
  });
});

describe('extractMeetings from a column notice sent under a dated letterhead, with breaks set off by rules and a page heading repeated', () => {
  const raw = [
    '                                                                 KALLELSE',
    'Region Jämtland Härjedalen                                       Datum 2031-09-04',
    'Hälso- och sjukvårdsförvaltningen                                Sida 1 (2)', '', '',
    'S K O G S H Ä L S O R Å D E T',
    'Kallelse och föredragningslista', '',
    'Sammanträdesdatum:   torsdag 18 september 2031',
    'Tid:                 09:00–12:00',
    'Plats:               Sammanträdesrum Ånn, Regionens hus, Östersund', '', '',
    'Nr   Tid           Ärende                                   Föredragande          Dnr',
    '---------------------------------------------------------------------------------------------',
    '1    09:00         Mötet öppnas. Val av justerare           Eva Holm',
    '2    09:10         Skogsbrukets arbetsskador 2030           Per Lind,             RS/12/2031',
    '                   och 2031                                 skyddsombud',
    '',
    '                   ___ PAUS 10:15–10:30 ___',
    '',
    '3    10:30         Fördelning av medel för                  Anna Berg,',
    '                   friskvård 2032                           controller',
    '',
    'Region Jämtland Härjedalen                                       Sida 2 (2)', '',
    '                                                                 KALLELSE',
    'S K O G S H Ä L S O R Å D E T   2031-09-18   (forts.)', '',
    'Nr   Tid           Ärende                                   Föredragande          Dnr',
    '---------------------------------------------------------------------------------------------',
    '4    11:45         Nästa sammanträde och                    Eva Holm',
    '                   mötet avslutas',
  ];
  const [meeting] = extractMeetings(prepare('113_ruled_breaks.txt', raw));

  it('takes the meeting\'s day from "Sammanträdesdatum:", not the letter\'s date', () => {
    expect(meeting.date).toBe('2031-09-18');
  });

  it('reads a break set off by rules and leaves the repeated "KALLELSE" out of the presenters', () => {
    expect(meeting.breaks).toEqual([{ label: 'Paus', start: '10:15', end: '10:30', afterItem: 2 }]);
    expect(meeting.items.map((i) => [i.number, i.presenters, i.start, i.end])).toEqual([
      [1, ['Eva Holm'], '09:00', '09:10'],
      [2, ['Per Lind (skyddsombud)'], '09:10', '10:15'],
      [3, ['Anna Berg (controller)'], '10:30', '11:45'],
      [4, ['Eva Holm'], '11:45', undefined],
    ]);
  });
});

describe('extractMeetings from a column notice whose number column stands one space from the matter\'s', () => {
  const raw = [
    'Skogsförbundet i Jämtlands län                           2031-02-27',
    'Förbundsstyrelsen                                         Sid 1 (2)', '',
    'KALLELSE OCH FÖREDRAGNINGSLISTA',
    'Förbundsstyrelsen', '',
    'Datum och tid   Tisdag 11 mars 2031 kl. 09.30–15.00',
    'Lokal           Konferensrum Ånn, Östersund', '',
    'Nr Ärende                              Föredragande        Tid    Dnr / typ',
    '-- ----------------------------------- ------------------- ------ -------------',
    '1  Mötets öppnande                     Ordföranden         09.30',
    '2  Skogsvårdsplan för perioden         Eva Holm            09.40  SF 2031/4',
    '   2031-2034                                                      Beslut',
    '   Lunch                                                   12.10',
    '                                                           –13.00',
    '3  Rekrytering av förbundschef         Per Lind,           13.00  SF 2031/11',
    '                                       vice ordförande            Beslut',
    ...[4, 5, 6, 7, 8, 9].map((n) => `${n}  Information ${n}                       Eva Holm                   Information`), '',
    'Skogsförbundet i Jämtlands län                           2031-02-27',
    'Förbundsstyrelsen                                         Sid 2 (2)',
    'Nr Ärende                              Föredragande        Tid    Dnr / typ',
    '10 Revisionsberättelse 2030            Anna Berg           13.40  SF 2031/4',
  ];
  const [meeting] = extractMeetings(prepare('114_narrow_number.txt', raw));

  it('reads the rows under "Nr Ärende", a title going on above a cell further right, and a break\'s end on the line under it', () => {
    expect(meeting.items.slice(0, 3).map((i) => [i.number, i.title, i.presenters, i.start])).toEqual([
      [1, 'Mötets öppnande', ['Ordföranden'], '09:30'],
      [2, 'Skogsvårdsplan för perioden 2031-2034', ['Eva Holm'], '09:40'],
      [3, 'Rekrytering av förbundschef', ['Per Lind (vice ordförande)'], '13:00'],
    ]);
    expect(meeting.breaks).toEqual([{ label: 'Lunch', start: '12:10', end: '13:00', afterItem: 2 }]);
  });

  it('reads a two-digit number one space from its matter after the headings printed again', () => {
    expect(meeting.items.map((i) => [i.number, i.title, i.start]).at(-1)).toEqual([10, 'Revisionsberättelse 2030', '13:40']);
  });
});

describe('extractMeetings from a notice whose cells stand apart by "|", the time before the number', () => {
  const raw = [
    'Beredningsgruppen (BG)', 'Utskick 2031-10-04', '',
    'KALLELSE – BG-MÖTE 15 OKTOBER 2031', '',
    'När:   onsdag 15/10 kl. 13:00–16:00',
    'Var:   Arbetsförmedlingen, Kyrkgatan 28, Östersund', '',
    'Dagordning', '',
    ' Tid   | Nr | Ärende                                     | Ansvarig',
    '-------+----+--------------------------------------------+--------------------',
    ' 13:00 | 1  | Inledning och föregående                   | Mikael Forsberg',
    '       |    | minnesanteckningar (10/9)                  |',
    ' 13:30 | 2  | Språkväg – kompletterad ansökan från       | Linda Öberg,',
    '       |    | Strömsunds kommun                          | Strömsunds kommun',
    ' 14:30 |    | Paus                                       |',
    ' 14:45 | 3  | Förslag till verksamhetsplan 2032          | Sara Holmén',
  ];
  const [meeting] = extractMeetings(prepare('115_time_first_pipes.txt', raw));

  it('reads each row\'s number, time, wrapped title and presenter, and the break between them', () => {
    expect(meeting.items.map((i) => [i.number, i.start, i.title, i.presenters])).toEqual([
      [1, '13:00', 'Inledning och föregående minnesanteckningar (10/9)', ['Mikael Forsberg']],
      [2, '13:30', 'Språkväg – kompletterad ansökan från Strömsunds kommun', ['Linda Öberg (Strömsunds kommun)']],
      [3, '14:45', 'Förslag till verksamhetsplan 2032', ['Sara Holmén']],
    ]);
    expect(meeting.breaks).toEqual([{ label: 'Paus', start: '14:30', afterItem: 2 }]);
  });

  it('is held on the day its title names ("BG-MÖTE 15 OKTOBER 2031"), not the day it was sent', () => {
    expect(meeting.date).toBe('2031-10-15');
  });
});

describe('extractMeetings from a notice whose matter and presenter share one column, "ÄRENDE / FÖREDRAGANDE"', () => {
  const raw = [
    'K a l l e l s e   m e d', 'f ö r e d r a g n i n g s l i s t a', 'Samverkansgruppen för skolskjuts', 'Sammanträde 1/2031                                          Sida 1 (2)', '',
    'Tid: torsdag 2031-03-06 kl. 09:30–15:00', '',
    'PUNKT    ÄRENDE / FÖREDRAGANDE                               KL      DNR',
    '______________________________________________________________________________', '',
    '1        Mötet öppnas. Val av justerare                      09:30',
    '         Ordföranden', '',
    '2        Skolskjutsarnas verksamhetsberättelse 2030          09:40   RS/219/2031',
    '         – resultat och nyckeltal',
    '         Sara',
    '         Eklund, enhetschef Skolskjutscentralen',
    '         Enhetschefen redovisar antal resor och svarstider.', '',
    '3        Upphandling av skolskjuts 2032                      11:40   RS/140/2031',
    '         Per Strandberg, trafikstrateg',
    '         Information om upplägg och tidplan.', '', '',
    'K a l l e l s e   m e d', 'f ö r e d r a g n i n g s l i s t a', 'Samverkansgruppen för skolskjuts', 'Sammanträde 1/2031                                          Sida 2 (2)', '',
    '         LUNCH 12:15–13:15', '',
    '4        Resfria skoldagar – erfarenheter                    13:15',
    '         Annika Rönnqvist, rektor',
  ];
  const [meeting] = extractMeetings(prepare('116_combined_column.txt', raw));

  it('reads each row\'s title, its presenter on the lines under it and its time', () => {
    expect(meeting.items.map((i) => [i.number, i.title, i.presenters, i.start])).toEqual([
      [1, 'Mötet öppnas. Val av justerare', ['Ordföranden'], '09:30'],
      [2, 'Skolskjutsarnas verksamhetsberättelse 2030 – resultat och nyckeltal', ['Sara Eklund (enhetschef Skolskjutscentralen)'], '09:40'],
      [3, 'Upphandling av skolskjuts 2032', ['Per Strandberg (trafikstrateg)'], '11:40'],
      [4, 'Resfria skoldagar – erfarenheter', ['Annika Rönnqvist (rektor)'], '13:15'],
    ]);
  });

  it('reads the break that opens the next page', () => {
    expect(meeting.breaks).toEqual([{ label: 'LUNCH', start: '12:15', end: '13:15', afterItem: 3 }]);
  });
});

describe('extractMeetings from a notice whose line under the title calls the body to the meeting', () => {
  const raw = [
    'REGION JÄMTLAND HÄRJEDALEN', 'Skogsstyrelsen                                          2031-02-27', '',
    'K A L L E L S E   o c h   F Ö R E D R A G N I N G S -', 'L I S T A', '',
    'Skogsstyrelsen (SKS) kallas till sammanträde', '',
    'Dag:      onsdag 12 mars 2031', 'Tid:      09.00–15.00', '',
    '1. Mötet öppnas', '2. Val av justerare', '3. Skogsvårdsplan 2032',
  ];
  it('names the body without "kallas till sammanträde"', () => {
    const [meeting] = extractMeetings(prepare('117_called.txt', raw));
    expect([meeting.organName, meeting.date]).toEqual(['Skogsstyrelsen (SKS)', '2031-03-12']);
  });
});

describe('extractMeetings from a notice called "KALLELSE OCH DAGORDNING – MÖTE 8 OKTOBER", its agenda one cell per line', () => {
  const raw = [
    'ANLÄGGNINGSGRUPPEN', 'Beredningsgrupp till Skogsrådet', '',
    'KALLELSE OCH DAGORDNING – MÖTE 8 OKTOBER 2031', '',
    'Tid: onsdag 8 oktober 2031, kl. 9:00–12:00', 'Plats: Teams', '',
    'Hej alla!', 'Här kommer dagordningen till höstens andra möte.', '',
    'DAGORDNING', 'Punkt', 'Klockan', 'Ärende', 'Ansvarig',
    '1', '9:00', 'Inledning och incheckning', 'Emil Hedqvist',
    '2', '9:15', 'Bokningsstatistik januari–juni', '2031', 'Malin', 'Tjernström',
    '3', '10:10', 'Isbanken', 'Tobias Lindahl',
  ];
  it('is a notice, its meeting held on the day it names', () => {
    const [meeting] = extractMeetings(prepare('118_called_meeting.txt', raw));
    expect([meeting?.date, meeting?.items.map((i) => [i.number, i.start, i.presenters])]).toEqual([
      '2031-10-08',
      [[1, '09:00', ['Emil Hedqvist']], [2, '09:15', ['Malin Tjernström']], [3, '10:10', ['Tobias Lindahl']]],
    ]);
  });
});

describe('extractMeetings from a notice headed "Pkt  Kl.  Ärende  Diarienr" over "Föredragande", its pages marked "Sid 2/3"', () => {
  const raw = [
    'K A L L E L S E   m e d   f ö r e d r a g n i n g s l i s t a', 'Regionala nätverket för läsfrämjande (Läs-Z)',
    'Nätverksmöte 2031-02-07                                                Sid 1/2', '',
    'Datum      onsdag 7 februari 2031', 'Tid        9:30–15:00', 'Plats      Krokoms bibliotek', '',
    'FÖREDRAGNINGSLISTA',
    'Pkt  Kl.     Ärende                                             Diarienr',
    '     Föredragande',
    '------------------------------------------------------------------------------',
    '1    09.30   Välkommen och presentationsrunda',
    '             Jonas Ekholm, sammankallande, Strömsunds kommun',
    '             Nya medlemmar i nätverket presenterar sig.', '',
    '2    09.50   Verksamhetsberättelse 2030 (preliminär)            RS/412/2030',
    '             Malin Rönnqvist, samordnare', '',
    '     12.15   Lunch', '',
    'K A L L E L S E   m e d   f ö r e d r a g n i n g s l i s t a', 'Regionala nätverket för läsfrämjande (Läs-Z)',
    'Nätverksmöte 2031-02-07                                                Sid 2/2', '',
    '3    13:15   Halvtidsuppföljning av handlingsplanen             RS/412/2030',
    '             Tove Engström, Regional utveckling',
  ];
  it('reads each row\'s presenter under its title, and the rows on the next page', () => {
    const [meeting] = extractMeetings(prepare('119_pkt_stacked.txt', raw));
    expect(meeting.items.map((i) => [i.number, i.start, i.title, i.presenters])).toEqual([
      [1, '09:30', 'Välkommen och presentationsrunda', ['Jonas Ekholm (sammankallande, Strömsunds kommun)']],
      [2, '09:50', 'Verksamhetsberättelse 2030 (preliminär)', ['Malin Rönnqvist (samordnare)']],
      [3, '13:15', 'Halvtidsuppföljning av handlingsplanen', ['Tove Engström (Regional utveckling)']],
    ]);
  });
});

describe('extractMeetings from a pipe table whose wrapped lines drop their empty leading cells', () => {
  const raw = [
    'REGION JÄMTLAND HÄRJEDALEN                                   KALLELSE', 'Regional utveckling                                          2031-01-24', '', '',
    'K a l l e l s e   m e d   f ö r e d r a g n i n g s l i s t a', 'R e g i o n a l a   s a m r å d e t   f ö r   f ä r j e l e d e r',
    'o c h   i s v ä g a r   ( F ä r j e s a m r å d e t )', '', '',
    'Tid        Onsdag 7 februari 2031, kl. 09.00–15.30', 'Plats      Regionens hus, Östersund', '', '',
    'Föredragningslista', '',
    'Nr | Kl. | Ärende | Föredragande | Handling/typ',
    '1 | 09.00 | Mötets öppnande och val av justerare | Ordföranden | –',
    '2 | 09.20 | Verksamhetsberättelse 2030 för | Birgitta Ekholm, | Beslut',
    'Färjesamrådet | ordförande 2030 | RUN/37/2031',
    '3 | 09.45 | Säsongsläget för isvägarna 2030/2031 – | Therese Nordin | Information',
    'preliminär lägesbild',
    '10.15–10.35 | KAFFE', '', '',
    'Kallelse Färjesamrådet 2031-02-07                                            Sida 2 (2)',
    'Nr | Kl. | Ärende | Föredragande | Handling/typ',
    '4 | 10.35 | Norderöleden: upphandling av ny färja | Henrik Ålund | Information',
  ];
  const [meeting] = extractMeetings(prepare('120_pipe_wrapped.txt', raw));

  it('names the body wrapped over two spaced-out lines', () => {
    expect(meeting.organName).toBe('Regionala samrådet för färjeleder och isvägar (Färjesamrådet)');
  });

  it('reads wrapped lines into their own cells, and the rows after the headings printed again', () => {
    expect(meeting.items.map((i) => [i.number, i.title, i.presenters, i.start])).toEqual([
      [1, 'Mötets öppnande och val av justerare', ['Ordföranden'], '09:00'],
      [2, 'Verksamhetsberättelse 2030 för Färjesamrådet', ['Birgitta Ekholm (ordförande 2030)'], '09:20'],
      [3, 'Säsongsläget för isvägarna 2030/2031 – preliminär lägesbild', ['Therese Nordin'], '09:45'],
      [4, 'Norderöleden: upphandling av ny färja', ['Henrik Ålund'], '10:35'],
    ]);
  });
});

describe('extractMeetings from a paper headed "D A G O R D N I N G" under a letterhead', () => {
  const raw = [
    'ÖSTERSUNDS KOMMUN', 'Samhällsbyggnad, Trafik och säkerhet', 'Therese Nordin', 'therese.nordin@ostersund.se                                        2031-10-29', '',
    'D A G O R D N I N G', '', 'Arbetsgruppen för isvägssäkerhet ("Isgruppen")', 'Möte tisdag 12 november 2031, kl. 9:30–15:00', 'Plats: Folkets hus, Hammerdal', '', '',
    'Punkt', 'Tid', 'Rubrik', 'Ansvarig', '',
    '1', '9:30', 'Välkommen och presentationsrunda', 'Therese Nordin', '',
    '2', '9:45', 'Säsongsrapport 2030/2031', 'Olof Brandt', '',
    '3', '10:15', 'Isbärighetsmätningar med georadar', 'Linnea Jonsson,', 'Trafikverket',
  ];
  it('is a notice of the meeting it names', () => {
    const [meeting] = extractMeetings(prepare('121_spaced_dagordning.txt', raw));
    expect([meeting?.date, meeting?.items.map((i) => [i.number, i.start, i.presenters])]).toEqual([
      '2031-11-12',
      [[1, '09:30', ['Therese Nordin']], [2, '09:45', ['Olof Brandt']], [3, '10:15', ['Linnea Jonsson (Trafikverket)']]],
    ]);
  });
});

describe('extractMeetings from a time-first cell agenda with a break noted in brackets and a kind cell wrapped after its slash', () => {
  const raw = [
    'Region Jämtland Härjedalen', ' KALLELSE', 'Datum 2031-09-03', '',
    'S k o g s n ä t v e r k e t', 'K a l l e l s e   o c h   f ö r e d r a g n i n g s l i s t a', '',
    'Dag: onsdag 17 september 2031', 'Tid: 09.30–15.00', 'Plats: Folkets hus, Hammarstrand', '',
    'FÖREDRAGNINGSLISTA', '',
    'Tid', 'Punkt', 'Ärende', 'Föredragande', 'Beslut/info', '',
    '09.30–09.45', '1', 'Välkommen och inledning', 'Eva Holm,', 'ordförande', 'Info', '',
    '09.45–10.30', '2', 'Skogsbrukets arbetsskador', 'Per Lind,', 'analytiker, Region', 'JH', 'Info/', 'dialog', '',
    '10.30–11.30', '3', 'Friskvård i skogsbruket', 'Anna Berg', 'Beslut', '',
    '11.30–12.15', 'LUNCH (serveras i restaurang Kuben, plan 2)', '',
    '12.15–13.00', '4', 'Övriga frågor och avslutning', 'Eva Holm', 'Info',
  ];
  const [meeting] = extractMeetings(prepare('114_cell_lunch_note.txt', raw));

  it('reads the rows after a break whose name carries a note, and the kind wrapped over two cells', () => {
    expect(meeting.items.map((i) => [i.number, i.presenters, i.start, i.handling])).toEqual([
      [1, ['Eva Holm (ordförande)'], '09:30', 'information'],
      [2, ['Per Lind (analytiker, Region JH)'], '09:45', 'information'],
      [3, ['Anna Berg'], '10:30', 'decision'],
      [4, ['Eva Holm'], '12:15', 'information'],
    ]);
    expect(meeting.breaks).toEqual([{ label: 'LUNCH', start: '11:30', end: '12:15', note: 'serveras i restaurang Kuben, plan 2', afterItem: 3 }]);
  });
});

describe('extractMeetings from a cell notice dated the day it was sent, with a "Dnr" column before "Föredragande"', () => {
  const raw = [
    'REGION JÄMTLAND HÄRJEDALEN', 'Gemensamma vårdnämnden i Jämtlands län', 'KALLELSE', 'Utfärdad 2031-02-27', '1 (2)', '',
    'V å r d n ä m n d e n', '',
    'Tid          torsdagen den 13 mars 2031, kl. 09.00–11.00',
    'Plats        Sammanträdesrum Storsjön, Regionens hus', '',
    'FÖREDRAGNINGSLISTA', 'Nr', 'Ärende', 'Dnr', 'Föredragande', 'Kl.',
    '1', 'Sammanträdets öppnande', 'Lena Ek', '09.00',
    '2', 'Bokslut 2030 – Vårdcentralen', 'Jämtland Härjedalen', 'RS/312/2031', 'Sara Nord, verksam-', 'hetschef, Eva', 'Mattsson, controller', '09.15',
    '3', 'Information från Vårdbered-', 'ningen', 'Per-Olof Grahn,', 'ordförande', '10.00',
    'Vårdnämnden | Kallelse 2031-03-13 | Sida 2 (2)', 'Nr', 'Ärende', 'Dnr', 'Föredragande', 'Kl.',
    '4', 'Sammanträdets avslutande', 'Lena Ek', '11.00',
  ];
  const [meeting] = extractMeetings(prepare('114_sent_day.txt', raw));

  it('takes the meeting\'s day from its "Tid" field, not the day the notice was sent', () => {
    expect(meeting.date).toBe('2031-03-13');
  });

  it('ends the title at the diary number, though its last line looks like a name, and reads a row past a hyphen join before a page break', () => {
    expect(meeting.items.map((i) => [i.number, i.title, i.presenters, i.start])).toEqual([
      [1, 'Sammanträdets öppnande', ['Lena Ek'], '09:00'],
      [2, 'Bokslut 2030 – Vårdcentralen Jämtland Härjedalen', ['Sara Nord (verksamhetschef)', 'Eva Mattsson (controller)'], '09:15'],
      [3, 'Information från Vårdberedningen', ['Per-Olof Grahn (ordförande)'], '10:00'],
      [4, 'Sammanträdets avslutande', ['Lena Ek'], '11:00'],
    ]);
  });
});

describe('extractMeetings from two notices in one file, the second after the first one\'s last page', () => {
  const first = [
    'K L I M A T G R U P P E N', '',
    'Kallelse till möte nr 3/2031                                 Sida 1 av 2', '',
    'Datum        torsdag 2031-10-16',
    'Tid          09:00–11:00',
    'Plats        Rum Oviken, Regionens hus', '',
    'DAGORDNING',
    'Kl.    Punkt    Ärende                                            I/B',
    '       Ansvarig', '',
    '09:00  Punkt 1  Välkomna och godkännande av                         B',
    '                dagordningen',
    '       Ansvarig:',
    '       Eva Holm',
    '09:10  Punkt 2  Utsläpp i länet januari–                            I',
    '                september 2031',
    '                2a) per kommun',
    '                2b) per sektor',
    '       Ansvarig:',
    '       Per Lind, analytiker,',
    '       Miljöenheten',
    '09:50–10:05     BENSTRÄCKARE OCH FIKA',
    '10:05  Punkt 3  Ny klimatstrategi                                   B',
    '       Ansvarig:',
    '       Eva Holm,',
    '       Anna Berg',
    '10:45  Punkt 4  Övriga frågor                                       I',
    '       Ansvarig:',
    '       Per Lind',
    '11:00           Mötet avslutas', '',
    'I = information, B = beslut', '',
    'Klimatgruppen · Kallelse 2031-10-16 · Sida 1 av 2', '',
    'Till punkt 3',
    'Förslaget till klimatstrategi har tagits fram av en arbetsgrupp med företrädare för länets åtta kommuner och',
    'regionen under våren 2031. Det bygger på remissvar från sju kommuner.', '',
    'Klimatgruppen · Kallelse 2031-10-16 · Sida 2 av 2',
  ];
  const second = [
    'Energigruppen',
    'arbetsgrupp under Klimatgruppen',
    'MÖTESINBJUDAN                                         2031-10-20', '',
    'Torsdag 30 oktober 2031, kl. 13:00–15:00',
    'Energikontorets konferensrum, Östersund / Teams', '',
    'Ordförande: Per Lind       Sekreterare: Eva Holm', '',
    'Program                                     Beslut/Info', '',
    '1) Inledning, genomgång av programmet       Info',
    '   – Per Lind',
    '   (13:00)',
    '2) Gemensam rutin för energiuppföljning     Beslut',
    '   i kommunernas lokaler',
    '   – Eva Holm och Anna-Karin Berg',
    '   (13:20)',
    '   ·· Paus 14:00–14:15 ··',
    '3) Övrigt och nästa möte                     –',
    '   – Per Lind',
    '   (14:15)', '',
    'Inför punkt 2: Förslaget bygger på remissvar från sju av länets åtta kommuner och ska beslutas av',
    'Klimatgruppen i december. Underlaget skickas ut en vecka före mötet till alla deltagare i gruppen.',
    ...Array.from({ length: 28 }, (_, k) => `Deltagare ${k + 1}: en företrädare för energiarbetet i kommunen, med ansvar för uppföljningen.`),
  ];
  const meetings = extractMeetings(prepare('115_two_notices.txt', [...first, ...second]));

  it('reads the first notice\'s rows of "Kl. Punkt Ärende I/B" with "Ansvarig:" over the presenters', () => {
    const meeting = meetings.find((m) => m.date === '2031-10-16');
    expect(meeting?.items.map((i) => [i.number, i.title, i.presenters, i.start, i.end, i.handling])).toEqual([
      [1, 'Välkomna och godkännande av dagordningen', ['Eva Holm'], '09:00', '09:10', 'decision'],
      [2, 'Utsläpp i länet januari–september 2031 2a) per kommun 2b) per sektor', ['Per Lind (analytiker, Miljöenheten)'], '09:10', '09:50', 'information'],
      [3, 'Ny klimatstrategi', ['Eva Holm', 'Anna Berg'], '10:05', '10:45', 'decision'],
      [4, 'Övriga frågor', ['Per Lind'], '10:45', '11:00', 'information'],
    ]);
    expect(meeting?.breaks).toEqual([{ label: 'BENSTRÄCKARE OCH FIKA', start: '09:50', end: '10:05', afterItem: 2 }]);
  });

  it('reads the second notice on the day its invitation names, with presenters after dashes and times in brackets', () => {
    const meeting = meetings.find((m) => m.organName === 'Energigruppen');
    expect(meeting?.date).toBe('2031-10-30');
    expect(meeting?.items.map((i) => [i.number, i.title, i.presenters, i.start, i.handling])).toEqual([
      [1, 'Inledning, genomgång av programmet', ['Per Lind'], '13:00', 'information'],
      [2, 'Gemensam rutin för energiuppföljning i kommunernas lokaler', ['Eva Holm', 'Anna-Karin Berg'], '13:20', 'decision'],
      [3, 'Övrigt och nästa möte', ['Per Lind'], '14:15', undefined],
    ]);
    expect(meeting?.breaks).toEqual([{ label: 'Paus', start: '14:00', end: '14:15', afterItem: 2 }]);
  });
});

describe('extractMeetings from a notice whose last column is "Typ / Dnr" and whose lunch row runs over two lines', () => {
  const notice = [
    'REGION JÄMTLAND HÄRJEDALEN                                        KALLELSE', 'Energikontoret                                                    2034-01-24', '',
    'K a l l e l s e   o c h', 'f ö r e d r a g n i n g s l i s t a', 'Värmesamverkan Jämtlands län (VSJ)', '',
    'Tid       Onsdagen den 8 februari 2034, kl. 09.30–15.00', 'Plats     Regionens hus, sal Storsjön, Östersund', '',
    'Nr  Kl.    Ärende                                Föredragande         Typ / Dnr',
    '--- ------ ------------------------------------- -------------------- ------------',
    '1   09.30  Mötets öppnande                       Ordföranden          Beslut',
    '2   09.40  Remiss: Program för fossilfri         Eva Holm             Beslut',
    '           fjärrvärme 2034–2040                                       RUN/412/2033',
    '    10.15  PAUS',
    '3   10.30  Bränsleläget vintern 2033/34          Per Lind, Storsjö    Information',
    '                                                 Värme AB',
    '    12.00  LUNCH (serveras i restaurang Ugglan,',
    '           plan 1) – åter 13.00',
    '4   13.00  Prisdialogen: anslutning av fler      Anna Berg            Beslut',
    '           energiföretag',
    '5          Övriga frågor', '',
    'Ärendebeskrivningar', '',
    'Punkt 2. Regionala utvecklingsnämnden har skickat förslaget till program på remiss till gruppen.',
  ];
  const [meeting] = extractMeetings(prepare('116_typ_dnr.txt', notice));

  it('reads the rows under the heading, the diary number under the kind of item', () => {
    expect(meeting?.date).toBe('2034-02-08');
    expect(meeting?.items.map((i) => [i.number, i.title, i.presenters, i.start, i.handling, i.dnr])).toEqual([
      [1, 'Mötets öppnande', ['Ordföranden'], '09:30', 'decision', undefined],
      [2, 'Remiss: Program för fossilfri fjärrvärme 2034–2040', ['Eva Holm'], '09:40', 'decision', ['RUN/412/2033']],
      [3, 'Bränsleläget vintern 2033/34', ['Per Lind (Storsjö Värme AB)'], '10:30', 'information', undefined],
      [4, 'Prisdialogen: anslutning av fler energiföretag', ['Anna Berg'], '13:00', 'decision', undefined],
      [5, 'Övriga frågor', [], undefined, undefined, undefined],
    ]);
  });

  it('keeps the lunch row\'s second line with the lunch, "åter 13.00" its end', () => {
    expect(meeting?.breaks).toEqual([
      { label: 'PAUS', start: '10:15', afterItem: 2 },
      { label: 'LUNCH', start: '12:00', afterItem: 3, note: 'serveras i restaurang Ugglan, plan 1', end: '13:00' },
    ]);
  });
});

describe('extractMeetings from a notice headed "PKT  KLOCKAN  ÄRENDE  TYP" over "FÖREDRAGANDE  DNR", in capitals', () => {
  const notice = [
    'REGION JÄMTLAND HÄRJEDALEN                                   KALLELSE', 'Regional utveckling                                          2034-01-24', '',
    'K a l l e l s e   o c h   f ö r e d r a g n i n g s l i s t a', 'B y g d e g r u p p e n   ( B Y G )', '',
    'Sammanträde      onsdag 8 februari 2034, kl. 09.30–15.00', 'Plats            Regionens hus, Östersund', '',
    ' PKT  KLOCKAN  ÄRENDE                                            TYP',
    '           FÖREDRAGANDE                                          DNR',
    ' ------------------------------------------------------------------------',
    '  1   09.30    Mötets öppnande och upprop                        Formalia', '',
    '  2            Föregående protokoll, 2033-11-22                  Info',
    '           Ordföranden', '',
    '  3   09.50    Bygdefonderna – preliminärt utfall 2033           Info',
    '           Tobias',
    '           Lindqvist-Moe, fondhandläggare                        RUN/58/2034',
    '               Sekretariatet redovisar ett preliminärt utfall för de tre fonderna.', '',
    'Kallelse BYG 2034-02-08                                             1 (3)',
    'K a l l e l s e   o c h   f ö r e d r a g n i n g s l i s t a',
    ' PKT  KLOCKAN  ÄRENDE                                            TYP',
    '  4   10.45    Yttrande över ansökningar om bygdemedel           Beslut',
    '           Gunnel Åsling, tf enhetschef                          RUN/61/2034',
    '  5   11.30    Övriga frågor                                     Info', '',
    'Ärendebeskrivningar saknas för punkt 5.',
  ];
  const [meeting] = extractMeetings(prepare('117_pkt_klockan.txt', notice));

  it('reads the rows, the presenters on the line under the matter starting left of it, and goes on over the page', () => {
    expect(meeting?.date).toBe('2034-02-08');
    expect(meeting?.items.map((i) => [i.number, i.title, i.presenters, i.start, i.dnr])).toEqual([
      [1, 'Mötets öppnande och upprop', [], '09:30', undefined],
      [2, 'Föregående protokoll, 2033-11-22', ['Ordföranden'], undefined, undefined],
      [3, 'Bygdefonderna – preliminärt utfall 2033', ['Tobias Lindqvist-Moe (fondhandläggare)'], '09:50', ['RUN/58/2034']],
      [4, 'Yttrande över ansökningar om bygdemedel', ['Gunnel Åsling (tf enhetschef)'], '10:45', ['RUN/61/2034']],
      [5, 'Övriga frågor', [], '11:30', undefined],
    ]);
  });
});

describe('extractMeetings from a notice with its spaced-out "F Ö R E D R A G N I N G S L I S T A" low under the letterhead', () => {
  const notice = [
    'Region Jämtland Härjedalen', 'Staben för hälso- och sjukvård                           KALLELSE', 'Malin Ek                                                 Datum 2035-02-26',
    'Tfn 063-14 75 20                                         Sida 1 (4)', 'malin.ek@regionjh.se', '', '', '',
    'R e g i o n a l a   b r u k a r r å d e t   ( R B R )', '', 'Ledamöter och personliga ersättare kallas härmed till sammanträde.', '',
    'Dag och tid     Onsdag den 12 mars 2035, kl. 09.30–15.30', 'Plats           Regionens hus, lokal Storsjön, Kyrkgatan 12, Östersund.',
    '                Det går också att delta via Teams (länk i kalenderinbjudan).', 'Förhinder       Anmäl förhinder till sekreteraren senast den 5 mars.',
    '                Ledamot som har förhinder kallar själv sin ersättare.', '', 'Per Nyström                               Malin Ek',
    'Ordförande                                Sekreterare', '', '', 'F Ö R E D R A G N I N G S L I S T A', '',
    ' Nr  Ärende                               Föredragande           Kl.          Dnr',
    ' -----------------------------------------------------------------------------------',
    '  1  Mötet öppnas                         Per Nyström            09.30',
    '  2  Klagomålsstatistik helår 2034        Lisa Wall,             09.50        RS/212/2035',
    '                                          handläggare',
    '     KAFFE                                                       11.00–11.20',
    'Region Jämtland Härjedalen                               KALLELSE',
    'Regionala brukarrådet 2035-03-12                         Sida 2 (4)',
    '  3  Lokala råd: lägesrapport             Kerstin Lund           11.20',
    '     LUNCH                                                       12.00–13.00',
    '  4  Övriga frågor                                               13.00', '',
    'Ärendebeskrivningar', '', 'Punkt 2  Klagomålsstatistik helår 2034', 'Kansliet redovisar antalet ärenden 2034 fördelat på verksamhetsområden.',
  ];
  const input = prepare('118_spaced_list.txt', notice);
  const [meeting] = extractMeetings(input);

  it('is a notice of the day it names, its rows read on over the page', () => {
    expect(input.documents[0].type).toBe('kallelse');
    expect(meeting?.date).toBe('2035-03-12');
    expect(meeting?.items.map((i) => [i.number, i.title, i.presenters, i.start])).toEqual([
      [1, 'Mötet öppnas', ['Per Nyström'], '09:30'],
      [2, 'Klagomålsstatistik helår 2034', ['Lisa Wall (handläggare)'], '09:50'],
      [3, 'Lokala råd: lägesrapport', ['Kerstin Lund'], '11:20'],
      [4, 'Övriga frågor', [], '13:00'],
    ]);
    expect(meeting?.breaks.map((b) => b.label)).toEqual(['KAFFE', 'LUNCH']);
  });
});

describe('extractMeetings from a notice whose agenda is a pipe table with a "Diarienr" column', () => {
  const notice = [
    'KALLELSE OCH ÄRENDELISTA', 'Patientnämnden', 'Region Jämtland Härjedalen                                Dnr PN/2/2036', '',
    'Sammanträde   torsdag 7 februari 2036, kl. 9:00 – ca 12:30', 'Lokal         Sammanträdesrum Frösön, Regionens hus, Östersund', '',
    'Ärendelista', '| Nr | Ärende | Diarienr | Föredragande | Tid |', '|---|---|---|---|---|',
    '| 1 | Upprop och val av justerare | – | Ordföranden | 9:00 |',
    '| 2 | Klagomålsstatistik 2035, preliminär | PN/14/2036 | Helena Backlund | 9:30 |',
    '| 3 | Internkontrollplan 2036 | PN/201/2035 | Sara Holm | 11:00 |', '',
    'Ärende 2 – Klagomålsstatistik 2035, preliminär (PN/14/2036)', 'Kanslichefen redovisar antalet ärenden under året och jämför med året innan.',
  ];
  const [meeting] = extractMeetings(prepare('119_pipe_dnr.txt', notice));

  it('gives each item the diary number in its row, in the series the body writes ("PN/14/2036")', () => {
    expect(meeting?.items.map((i) => [i.number, i.title, i.dnr])).toEqual([
      [1, 'Upprop och val av justerare', undefined],
      [2, 'Klagomålsstatistik 2035, preliminär', ['PN/14/2036']],
      [3, 'Internkontrollplan 2036', ['PN/201/2035']],
    ]);
  });
});

describe('extractMeetings from a pipe-table notice whose rows wrap cell by cell over lines and pages', () => {
  const notice = [
    'KALLELSE med föredragningslista', '', 'Gemensamma lärandenämnden i Jämtlands län (GLN)', '',
    'Tid       Fredagen den 7 februari 2036 kl. 09:30–15:00', 'Plats     Krokoms kommunhus, sammanträdesrum Alsen, Krokom', '',
    'Nr | Ärende | Föredragande | Tid | Dnr | Karaktär', '---+--------+--------------+-----+-----+---------',
    ' 1 | Sammanträdets öppnande och upprop | Ordföranden | 09:30 | – | –',
    ' 2 | Verksamhetsberättelse 2035 för Gemensamma', '   | lärandenämnden | Henrik Moberg, vuxen-',
    '   | | utbildningschef | 09:45 | RS/8/2036 | Beslut',
    '   Kaffe 10:50–11:05',
    ' 3 | Språkbron – lägesrapport om bibliotekens språkkaféer', '   | vårterminen 2036 | Sara Lindqvist Haidari,',
    '   | | Regionbiblioteket | 11:05 | – | Information', '', '',
    'Kallelse GLN 2036-02-07', '', 'KALLELSE', 'med föredragningslista', '',
    ' 4 | Avtal med Härjedalens kommun om platser i samhälls-', '   | orientering 2036 | Henrik Moberg | 13:40 | – | Beslut',
    ' 5 | Övriga frågor | | | – | –', '',
    'Maria Strandlund (S)              Linnea Ek', 'ordförande                        nämndsekreterare',
  ];
  const [meeting] = extractMeetings(prepare('120_wrapped_pipes.txt', notice));

  it('joins each row\'s lines, its start and diary number on its last line, and reads on after the next page\'s head', () => {
    expect(meeting?.date).toBe('2036-02-07');
    expect(meeting?.items.map((i) => [i.number, i.title, i.presenters, i.start, i.handling, i.dnr])).toEqual([
      [1, 'Sammanträdets öppnande och upprop', ['Ordföranden'], '09:30', undefined, undefined],
      [2, 'Verksamhetsberättelse 2035 för Gemensamma lärandenämnden', ['Henrik Moberg (vuxenutbildningschef)'], '09:45', 'decision', ['RS/8/2036']],
      [3, 'Språkbron – lägesrapport om bibliotekens språkkaféer vårterminen 2036', ['Sara Lindqvist Haidari (Regionbiblioteket)'], '11:05', 'information', undefined],
      [4, 'Avtal med Härjedalens kommun om platser i samhällsorientering 2036', ['Henrik Moberg'], '13:40', 'decision', undefined],
      [5, 'Övriga frågor', [], undefined, undefined, undefined],
    ]);
  });
});
