import { describe, expect, it } from 'vitest';
import { FILES, prepare } from './corpus.js';

describe('segmentDocuments', () => {
  it('splits the 2022 meeting pack into its six documents at the documented lines', () => {
    const { documents } = prepare(FILES.pack2022);
    expect(documents.map((d) => d.lines[0])).toEqual([1, 77, 418, 433, 1183, 1878]);
    expect(documents.map((d) => d.type)).toEqual(['kallelse', 'presentation', 'arendeblad', 'verksamhetsberattelse', 'rapport', 'uppdragsbeskrivning']);
  });

  it('describes each 2022 document with title, date, diary number and period', () => {
    const [agenda, slides, cover, report, review, missions] = prepare(FILES.pack2022).documents;
    expect(agenda).toMatchObject({ title: 'Kallelse/föredragningslista – Regionens samverkansråd 2022-02-07', date: '2022-02-07' });
    expect(slides.title).toBe('Plats och besöksnäringsutveckling (JHT) – Sammanställning från utvärdering av nuvarande uppdrag och behov för framtiden');
    expect(cover.title).toMatch(/^Överenskommelse mellan Region Jämtland Härjedalen och länets kommuner om regional samverkan \(samverkansavtal\)/);
    expect(cover.dnr).toEqual(['RUN/34/2018']);
    expect(report).toMatchObject({
      title: 'Verksamhetsberättelse 2021 – Regional samverkan mellan kommunerna i Jämtlands län och Region Jämtland Härjedalen',
      date: '2022-01-26',
      dnr: ['RUN/34/2018'],
      period: [2021],
      lines: [433, 1182],
    });
    // The review report has no title line; the agenda and the annex list call it "Rapport genomlysningen".
    expect(review.title).toBe('Rapport genomlysningen');
    expect(missions.title).toMatch(/^Bilaga 1 – Uppdragsbeskrivningar/);
  });

  it('splits the 2015 meeting pack at each letterhead and minutes extract', () => {
    const { documents } = prepare(FILES.pack2015);
    expect(documents.map((d) => d.lines[0])).toEqual([1, 77, 142, 225, 300, 607, 762]);
    expect(documents.map((d) => d.type)).toEqual(['kallelse', 'forslag', 'pm', 'enkat', 'overenskommelse', 'protokollsutdrag', 'protokollsutdrag']);
    expect(documents[0]).toMatchObject({ title: 'Ärendeförteckning/program – Regionens samverkansråd 2015-09-28', date: '2015-09-28' });
    expect(documents[3]).toMatchObject({
      title: 'Frågor för uppföljning av samverkan mellan Region Jämtland Härjedalen och länets kommuner',
      date: '2015-09-02',
      dnr: ['RUN/206/2015'],
    });
    expect(documents[4]).toMatchObject({ date: '2014-09-08', dnr: ['RS/2014-207'] });
    expect(documents[5].title).toMatch(/^Utdrag sammanträdesprotokoll Regionfullmäktige 2015-06-16--17, § 73 Svar på motion/);
    expect(documents[6].dnr).toEqual(['RS/881/2015']);
  });

  it('reads a row of partners\' names under the logos as letterhead, above a spaced-out title', () => {
    const raw = [
      'Region Jämtland Härjedalen', 'Länsstyrelsen Jämtlands län', 'Berg · Bräcke · Härjedalen · Krokom · Ragunda · Strömsund · Åre · Östersund', '', '',
      'F o l k h ä l s o s t r a t e g i   f ö r   J ä m t l a n d s   l ä n', '2 0 2 1 – 2 0 2 5', '',
      'Länsgemensam strategi för en god och jämlik hälsa', '', 'Dnr RS/1187/2020', 'Antagen av regionfullmäktige 2021-02-17, § 14', '',
      '1 Inledning', 'Strategin gäller för hela länet och följs upp årligen av Folkhälsorådet.',
    ];
    expect(prepare('partners.txt', raw).documents[0].title).toMatch(/^Folkhälsostrategi för Jämtlands län 2021–2025/);
  });

  it('ends a notice\'s title at its particulars ("Tid: …", "Plats: …") after a blank line', () => {
    const raw = [
      'REGION JÄMTLAND HÄRJEDALEN                                   KALLELSE', 'Regional utveckling                                          2025-03-27', '',
      'FÖREDRAGNINGSLISTA Regionala ungdomsrådet', '', 'Tid: 2025-04-10 kl. 13.00–16.00', 'Plats: Regionens hus, Östersund', '',
      'Punkt  Tid    Ärende                                        Föredragande', '1      13.00  Mötets öppnande                               Karin Åslund, ordförande',
    ];
    expect(prepare('particulars.txt', raw).documents[0].title).toBe('FÖREDRAGNINGSLISTA Regionala ungdomsrådet');
  });

  it('reads document-control fields ("Dokumenttyp: Plan", "Beslutad av: …") as no part of the title above a spaced-out title', () => {
    const raw = [
      'Region Jämtland Härjedalen', '', 'Dokumenttyp: Plan', 'Dnr: RS/412/2025', 'Beslutad av: Regionstyrelsen 2025-12-09, § 201', 'Giltig: 2026-01-01 – 2028-12-31',
      'Dokumentansvarig: Tandvårdsrådet', 'Version: 1.0', '', '', 'P l a n  f ö r  t a n d h ä l s a', '2026–2028', '', '',
      '1 Inledning', 'Planen gäller för hela länet och följs upp årligen av Tandvårdsrådet.',
    ];
    expect(prepare('control.txt', raw).documents[0].title).toMatch(/^Plan för tandhälsa 2026–2028/);
  });

  it('reads the letterhead\'s kind label and a note of the decision as no part of the title above a spaced-out title', () => {
    const raw = [
      'Region Jämtland Härjedalen', 'Regional utveckling', '                    PROGRAM', '                    Dnr: RUN/77/2031',
      '                    Fastställt av regionala', '                    utvecklingsnämnden', '                    2031-03-15, § 27', '', '',
      'P r o g r a m   f ö r   r e g i o n a l', 'k a r t s a m v e r k a n', 'i Jämtlands län 2031–2034', '', '',
      '1 Inledning', 'Programmet gäller för länets åtta kommuner och regionen.',
    ];
    expect(prepare('program.txt', raw).documents[0]).toMatchObject({ title: 'Program för regional kartsamverkan i Jämtlands län 2031–2034', period: [2031, 2032, 2033, 2034] });
  });

  it('names the kind of paper once when the letterhead\'s label is restated by the title ("KALLELSE" over "Kallelse och föredragningslista …")', () => {
    const raw = ['Region Jämtland Härjedalen', 'KALLELSE', '', 'Kallelse och föredragningslista Viltrådet', '', 'Tid: 2031-04-02 kl. 09.00', 'Plats: Regionens hus'];
    expect(prepare('label.txt', raw).documents[0].title).toBe('Kallelse och föredragningslista Viltrådet');
  });

  it('reads minutes whose first section says "Dagordningen godkänns." as minutes, not as a notice', () => {
    const raw = [
      'MINNESANTECKNINGAR', 'Tandvårdsrådets arbetsgrupp', 'Datum: 2026-02-06', '', 'Närvarande', 'Anna Lindgren, tandläkare', 'Per Ström, controller', '',
      '1. Inledning', 'Anna Lindgren hälsar välkommen.', 'Dagordningen godkänns.', '', '2. Kariesstatistik', 'Per Ström redovisar statistiken för 2025.', '',
      '3. Avgifter', 'Gruppen diskuterar avgifterna för 2027.', '', '4. Nästa möte', 'Nästa möte hålls den 24 april 2026.',
    ];
    const [document] = prepare('minutes.txt', raw).documents;
    expect(document.type).not.toBe('kallelse');
    expect(document.title).toMatch(/^MINNESANTECKNINGAR Tandvårdsrådets arbetsgrupp/);
  });

  it('keeps an agenda whole whose item lists a minutes extract among its papers', () => {
    const raw = [
      'Kallelse/föredragningslista', 'Digitaliseringsrådet', '2024-03-12', '',
      '1. Mötet öppnas Magnus Edlund 09:00', '',
      '2. Slutrapport GETP Johanna Sjöberg 09:10', '', 'Ärendebeskrivning', 'Projektet avslutades 2024-01-31. Slutrapporten redovisar resultat,', 'kostnader och lärdomar samt styrgruppens förslag till beslut.', 'Beslutsärende.', 'Beslutsunderlag', ' Slutrapport GETP 2024-02-26', ' Protokollsutdrag styrgruppen GETP 2024-02-29', '',
      '3. Förvaltning av plattformen Jonas Sjödin 09:40', '', '4. Mötet avslutas Magnus Edlund 12:00',
    ];
    expect(prepare('agenda-papers.txt', raw).documents).toHaveLength(1);
  });

  it('keeps single-document files whole and finds titles that survive only in a running header', () => {
    const [plan] = prepare(FILES.plan).documents;
    expect(plan).toMatchObject({ title: 'Verksamhetsplan och budget 2016 - 2018', type: 'verksamhetsplan', date: '2016-02-15', period: [2016, 2017, 2018] });
    const regionplan = prepare(FILES.regionplan).documents;
    expect(regionplan).toHaveLength(1);
    // Its diary number appears only where the plan lists itself among the steering documents (4179).
    expect(regionplan[0]).toMatchObject({ title: 'Regionplan 2018–2020', type: 'regionplan', period: [2018, 2019, 2020], dnr: ['RS/257/2017'] });
    const report = prepare(FILES.report2020).documents;
    expect(report).toHaveLength(1);
    expect(report[0]).toMatchObject({ type: 'verksamhetsberattelse', period: [2020] });
  });

  it('restarts "n(m)" page numbers at each document of a pack', () => {
    const input = prepare(FILES.pack2015);
    // The 2014 agreement (300-603) has "2(8)" at 329: its first lines are its page 1, not the agenda's page 2.
    expect(input.lineInfo![309].page).toBe(1);
    expect(input.lineInfo![340].page).toBe(2);
    // The proposal (77-141) has no page marks at all.
    expect(input.lineInfo![88].page).toBeUndefined();
  });

  it('skips a letterhead (the lines above a contact line) and header fields when reading a title', () => {
    const report = ['Filmpoolen', 'Region Jämtland Härjedalen, Regional utveckling', 'Kulturenheten', 'Box 654, 831 27 Östersund', 'E-post: film@example.se', '', 'Verksamhetsberättelse 2024', 'Filmpoolen – regional resursverksamhet för film', '', 'Dnr: RUN/97/2025', '', 'Året i korthet', '2024 blev ett rekordår för inspelningar i länet, fler än något år tidigare.'];
    expect(prepare('061_report.txt', report).documents[0].title).toBe('Verksamhetsberättelse 2024 Filmpoolen – regional resursverksamhet för film');
    const memo = ['Förslag till beslut', 'Datum 2025-08-20 1(5)', 'Dnr RUN/233/2025', '', 'Regional utveckling', 'Enheten för inflyttning', 'Anna Sporre', 'Tfn: 063-14 75 40', '', 'Regionala utvecklingsnämnden', '', 'Inflyttarservice 2026–2028 – länsgemensam', 'funktion och finansiering', '', 'Ärendebeskrivning', 'Sedan 2022 har regionen drivit projektet tillsammans med länets kommuner.'];
    expect(prepare('063_memo.txt', memo).documents[0].title).toBe('Förslag till beslut – Regionala utvecklingsnämnden – Inflyttarservice 2026–2028 – länsgemensam funktion och finansiering');
  });

  it('starts the title at the block naming the kind of document, after a letterhead without a contact line', () => {
    const report = ['Hjälpmedel Jämtland Härjedalen', 'Hälso- och sjukvårdsförvaltningen', 'Region Jämtland Härjedalen', 'Dnr RS/318/2025', '', 'Verksamhetsberättelse 2024', '', 'Hjälpmedelscentralen – länsgemensam verksamhet för regionen och kommunerna', '', 'Inledning', 'Hjälpmedelscentralen försörjer länets kommuner med hjälpmedel.'];
    expect(prepare('081_report.txt', report).documents[0].title).toBe('Verksamhetsberättelse 2024 – Hjälpmedelscentralen – länsgemensam verksamhet för regionen och kommunerna');
    // A topic or an annex label before the kind is part of the title, not a letterhead.
    const annex = ['Bilaga 1', '', 'Uppdragsbeskrivningar', '', 'Överenskommelse om regional samverkan', '', 'Inledning', 'Här beskrivs uppdragen i överenskommelsen mellan regionen och kommunerna.'];
    expect(prepare('001_annex.txt', annex).documents[0].title).toMatch(/^Bilaga 1/);
  });

  it('reads the subject after "Förslag till beslut <addressee>" as part of the title', () => {
    const memo = ['Regional utveckling', 'Anna Grön', 'Tfn: 063-14 72 19', '', 'Dnr: RUN/48/2025', '', 'Förslag till beslut Utskottet för infrastruktur', '', 'Regional bredbandskoordinering 2025–2027', '', 'Ärendebeskrivning', 'Sedan 2019 finns en regional bredbandskoordinator som stöttar kommunerna.'];
    expect(prepare('052_memo.txt', memo).documents[0].title).toBe('Förslag till beslut Utskottet för infrastruktur – Regional bredbandskoordinering 2025–2027');
  });

  it('titles a draft by the line the dump spaced out letter by letter after its letterhead and status', () => {
    const draft = [
      'Region Jämtland Härjedalen och länets kommuner', 'Länsberedningen för vård och omsorg', 'REMISSVERSION', 'Datum 2027-10-05', 'Dnr RS/1121/2027', '',
      'L ä n s g e m e n s a m  h a n d l i n g s p l a n  f ö r', 'ä l d r e s  h ä l s a', 'i Jämtlands län 2028–2031', '',
      'Remissvar lämnas senast den 31 januari 2028.', '', 'Inledning', 'Planen har tagits fram av en arbetsgrupp med representanter för kommunerna.',
    ];
    expect(prepare('353_draft.txt', draft).documents[0].title).toBe('Länsgemensam handlingsplan för äldres hälsa i Jämtlands län 2028–2031');
  });

  it('keeps a title spaced out over two lines whole, though its first line reads like a sender ("Regionalt …")', () => {
    const plan = [
      ' R e g i o n a l t   t r a f i k f ö r s ö r j n i n g s -', 'p r o g r a m   f ö r   J ä m t l a n d s   l ä n', '2035–2040', '',
      'Region Jämtland Härjedalen', 'Regional kollektivtrafikmyndighet', '', 'Dnr: RS/1456/2034', '', 'Innehåll',
      '1 Inledning', 'Programmet anger mål för den regionala kollektivtrafiken i länet under perioden.',
    ];
    expect(prepare('512_plan.txt', plan).documents[0].title).toBe('Regionalt trafikförsörjningsprogram för Jämtlands län 2035–2040');
  });

  it('passes over a sender\'s name and unit over several lines, with the letter\'s date beside them, to the spaced-out title', () => {
    const notice = [
      'REGION', 'JÄMTLAND HÄRJEDALEN', 'Regional utveckling', 'Enheten för landsbygd och skog                                  Datum 2031-02-20',
      '                                                                Dnr RUN/87/2031', 'Karin Ek', 'Strateg, sekreterare i Skogsrådet', 'Tfn: 063-14 72 18', '', '',
      'K A L L E L S E   O C H', 'F Ö R E D R A G N I N G S L I S T A', '', 'S k o g s r å d e t   J ä m t l a n d   H ä r j e d a l e n', '',
      'Sammanträdesdag:  torsdag den 12 mars 2031', 'Tid:  kl. 09.30–15.00',
    ];
    const [document] = prepare('515_notice.txt', notice).documents;
    expect(document.title).toBe('KALLELSE OCH FÖREDRAGNINGSLISTA – Skogsrådet Jämtland Härjedalen');
    expect(document.type).toBe('kallelse');
  });

  it('titles and dates minutes by the body and day their header repeats on every page (taken for a running header)', () => {
    const page = (n: number, body: string[]) => [
      '                                                   PROTOKOLL', '                                                   Sammanträdesdatum',
      'Regionala fiskerådet                               2031-06-12', `                                                   Sida ${n}(3)`, '', ...body, '',
    ];
    const minutes = [
      ...page(1, ['Plats och tid                 Regionens hus, Östersund, kl. 09.00–12.10', '', 'Beslutande ledamöter          Per Sandin (C), Krokoms kommun,', '                              tjänstgörande ordförande']),
      ...page(2, ['§ 14 Mötets öppnande', 'Per Sandin öppnar mötet och hälsar alla välkomna till dagens sammanträde.']),
      ...page(3, ['§ 15 Fiskevårdsplan', 'Rådet beslutar att anta fiskevårdsplanen för Ljungan enligt förslaget.']),
    ];
    const [document] = prepare('516_minutes.txt', minutes).documents;
    expect([document.title, document.date]).toEqual(['PROTOKOLL Regionala fiskerådet 2031-06-12', '2031-06-12']);
  });

  it('titles and dates minutes by the header that repeats on every page under the letterhead\'s "… Sammanträdesdatum"', () => {
    const page = (n: number, body: string[]) => [
      '                                                       PROTOKOLL', 'Region Jämtland Härjedalen                             Sammanträdesdatum',
      'Brukarrådet för hörselfrågor                           2031-11-21', `                                                       Sida ${n} av 3`, '', ...body, '',
    ];
    const minutes = [
      ...page(1, ['Tid och plats     Kl. 9:30–12:15, Östersunds sjukhus', '', 'Närvarande        Leila Hamdan, vice ordförande, tjänstgörande ordförande']),
      ...page(2, ['§ 14 Mötets öppnande', 'Leila Hamdan öppnar mötet och hälsar alla välkomna.']),
      ...page(3, ['§ 15 Hörselbussen', 'Rådet beslutar att lägga informationen till handlingarna.']),
    ];
    const [document] = prepare('517_minutes.txt', minutes).documents;
    expect([document.title, document.date]).toEqual(['PROTOKOLL Brukarrådet för hörselfrågor 2031-11-21', '2031-11-21']);
  });

  it('reads a year spaced out digit by digit under a spaced-out kind ("V E R K S A M H E T S B E R Ä T T E L S E / 2 0 3 2")', () => {
    const report = [
      'Region Jämtland Härjedalen Dnr RUN/48/2033', 'Regional utveckling', 'Enheten för landsbygd 2033-02-22',
      'V E R K S A M H E T S B E R Ä T T E L S E', '2 0 3 2', 'Enheten för landsbygd och klimatomställning', 'Innehåll',
      '1 Inledning', 'Enheten arbetar med landsbygdsutveckling i hela länet.',
    ];
    const document = prepare('451_report.txt', report).documents[0];
    expect(document.title).toBe('VERKSAMHETSBERÄTTELSE 2032 – Enheten för landsbygd och klimatomställning');
    expect(document.period).toEqual([2032]);
  });

  it('reads a kind the dump ran into the letterhead\'s line ("Region Jämtland Härjedalen YTTRANDE 1 (6)") as the kind', () => {
    const response = [
      'Region Jämtland Härjedalen YTTRANDE 1 (6)', 'Regionstyrelsen Datum Dnr', ' 2032-09-28 RS/1187/2032', ' Ert dnr KN2032/01873', '',
      ' Klimat- och näringslivsdepartementet', ' kn.remissvar@example.se', '', 'Yttrande över betänkandet Allemansrätten i en ny tid –',
      'organiserat friluftsliv (SOU 2032:27)', '', 'Region Jämtland Härjedalen har beretts möjlighet att lämna synpunkter på betänkandet.',
    ];
    expect(prepare('432_response.txt', response).documents[0].title).toBe('Yttrande över betänkandet Allemansrätten i en ny tid – organiserat friluftsliv (SOU 2032:27)');
  });

  it('titles minutes under the organisation\'s name by their body and date, without the column labels', () => {
    const minutes = [
      'Region Jämtland Härjedalen', 'SAMMANTRÄDESPROTOKOLL', 'Sida 1 (6)', 'Kultur- och fritidsberedningen', 'Jämtland Härjedalen Sammanträdesdatum', '2032-10-21', '',
      'Plats och tid Lits bygdegård, Lit, kl. 09.30–14.15', 'Beslutande Se närvarolista, sidan 2',
    ];
    expect(prepare('430_minutes.txt', minutes).documents[0].title).toBe('SAMMANTRÄDESPROTOKOLL Kultur- och fritidsberedningen Jämtland Härjedalen 2032-10-21');
  });

  it('titles minutes whose body\'s name shares its lines with the meeting\'s number and paragraphs', () => {
    const minutes = [
      '                                                     PROTOKOLL', 'SAMVERKANSGRUPPEN FÖR SKOLSKJUTS                    Sammanträde 2/2032',
      'OCH FÄRDTJÄNST                                       §§ 13–23', '==============================', 'Sammanträdesdag ........ 2032-05-30',
      'Klockan ................ 9:30–14:10', 'Plats .................. Bräcke kommunhus', '',
    ];
    expect(prepare('433_minutes.txt', minutes).documents[0].title).toBe('PROTOKOLL SAMVERKANSGRUPPEN FÖR SKOLSKJUTS OCH FÄRDTJÄNST 2032-05-30');
  });

  it('dates minutes by their "Sammanträdesdatum 2032-03-12" field written without a colon, beside the page count', () => {
    const minutes = [
      'SAMMANTRÄDESPROTOKOLL', 'Styrgruppen för kulturskolesamverkan (SKS)', 'Sammanträdesdatum 2032-03-12                                  Blad 1 av 7',
      '______________________________________', '', 'Plats och tid', 'Ragunda kommunhus, Hammarstrand, kl. 09.30–15.05.',
    ];
    expect(prepare('435_minutes.txt', minutes).documents[0].date).toBe('2032-03-12');
  });

  it('dates minutes by their "Sammanträdesdag ....... onsdag 7 februari 2032" or "Datum ....." field set off by dot leaders', () => {
    const minutes = [
      'PROTOKOLL nr 1/2032', 'Länsgruppen för snöröjning', 'Region Jämtland Härjedalen och länets kommuner', '1 (5)',
      'Sammanträdesdag ....... onsdag 7 februari 2032', 'Tid ................... 13:00–16:10', 'Plats ................. Bräcke kommunhus', '',
      'Beslutande ledamöter', 'Mats Edfast (M), Åre ........................ vice ordförande, tjänstgörande',
    ];
    expect(prepare('437_minutes.txt', minutes).documents[0].date).toBe('2032-02-07');
    const other = [
      'REGION JÄMTLAND HÄRJEDALEN                          PROTOKOLL', 'Kartrådet (KaZ)                                     Nr 4/2033',
      '                                                    Sida 1 av 6', '=====================================', 'SAMMANTRÄDE',
      '  Datum ........ onsdagen den 19 oktober 2033', '  Tid .......... kl. 9:30–12.15', '  Plats ........ Kommunhuset i Järpen', '',
    ];
    expect(prepare('438_minutes.txt', other).documents[0].date).toBe('2033-10-19');
  });

  it('titles a report by its kind and the body named above it on the cover ("Patientnämnden" over "VERKSAMHETS-" / "BERÄTTELSE")', () => {
    const report = [
      'Brukarnämnden', 'Region Jämtland Härjedalen', '', 'VERKSAMHETS-', 'BERÄTTELSE', '2 0 3 4', '', 'Brukarnämnden och brukarnämndens kansli',
      'Dnr PN/15/2035', '', '', 'Ordföranden har ordet', '',
      '2034 blev ännu ett år med fler ärenden än någonsin hos brukarnämnden, och fler hittar till oss än tidigare år.',
    ];
    expect(prepare('439_report.txt', report).documents[0].title).toMatch(/^VERKSAMHETSBERÄTTELSE.* – Brukarnämnden$/);
    const other = [
      'Gemensamma lärandenämnden', 'i Jämtlands län', '', 'VERKSAMHETS-', 'BERÄTTELSE', '2034', '',
      'Sfi · samhällsorientering · kommunal vuxenutbildning', '', 'Ordförande har ordet', '',
      'Jag tog över som ordförande i nämnden den 1 januari 2035 och vill börja med att tacka min företrädare för hennes arbete.',
    ];
    expect(prepare('440_report.txt', other).documents[0].title).toBe('VERKSAMHETSBERÄTTELSE 2034 – Gemensamma lärandenämnden i Jämtlands län');
  });

  it('types a paper as a notice by a line "KALLELSE / FÖREDRAGNINGSLISTA" under its letterhead', () => {
    const notice = [
      'Region Jämtland Härjedalen • Regional utveckling • Trafik och infrastruktur', '', 'KALLELSE / FÖREDRAGNINGSLISTA',
      'T å g t r a f i k b e r e d n i n g e n', 'Jämtland Härjedalen', '', 'Datum:    onsdag den 12 februari 2032', 'Tid:      9:30–14:45',
      'Plats:    Åre kommunhus, Järpen', '', 'Nr  Tid     Ärende                                  Föredragande',
      '1   09:30   Mötets öppnande. Val av justerare       Ordföranden', '2   09:40   Preliminärt resandeutfall 2031          Karin Wallin',
    ];
    expect(prepare('436_notice.txt', notice).documents[0].type).toBe('kallelse');
  });

  it('types minutes titled "SAMMANTRÄDESPROTOKOLL" as minutes', () => {
    const minutes = [
      '                                          SAMMANTRÄDESPROTOKOLL', 'ÖSTERSUNDS KOMMUN                         Sammanträdesdatum        Sida',
      'Gemensamma nämnden för                    2032-03-12               1(8)', 'bostadsanpassning', '',
      'Plats och tid           Rådhuset, Östersund, kl. 09.00–12.20', 'Beslutande              Anna Berg (C), ordförande',
    ];
    expect(prepare('434_minutes.txt', minutes).documents[0].type).toBe('protokoll');
  });

  it('takes the subject under a bare kind and period as part of the title ("VERKSAMHETSPLAN / 2033–2035 / Evenemang …")', () => {
    const plan = [
      'Region Jämtland Härjedalen', 'Regional utveckling', 'Enheten för besöksnäring FÖRSLAG', ' Datum 2032-10-04', ' Dnr RUN/429/2032', '',
      'V E R K S A M H E T S P L A N', '2 0 3 3 – 2 0 3 5', 'Kulturarv Jämtland Härjedalen – länsgemensam', 'kulturarvsfunktion', '',
      'Förslag till Kulturrådet den 17 november 2032.', '', '1 Inledning', 'Kulturarv Jämtland Härjedalen är den länsgemensamma funktionen för kulturarv.',
    ];
    expect(prepare('431_plan.txt', plan).documents[0].title).toBe('VERKSAMHETSPLAN 2033–2035 – Kulturarv Jämtland Härjedalen – länsgemensam kulturarvsfunktion');
  });

  it('titles a letter or a consultation response by its kind and subject, not its letterhead, column labels or addressee', () => {
    const response = [
      'Region Jämtland Härjedalen', 'Regionstyrelsen', 'YTTRANDE', 'Datum', '2029-03-05', 'Dnr RS/1502/2028', 'Ert dnr KN2028/03877',
      'Klimat- och näringslivsdepartementet', 'kn.remissvar@example.se', 'Yttrande över promemorian Ett moderniserat regionalt',
      'investeringsstöd (Ds 2028:34)', 'Region Jämtland Härjedalen har beretts tillfälle att yttra sig över promemorian och lämnar följande synpunkter.',
    ];
    expect(prepare('372_response.txt', response).documents[0].title).toBe('Yttrande över promemorian Ett moderniserat regionalt investeringsstöd (Ds 2028:34)');
    const letter = [
      'Region Jämtland Härjedalen', 'Regional utveckling', 'Mikaela Hjortmark, enhetschef', 'Tfn 063-14 62 07', 'MISSIV', 'Datum', '2029-06-19',
      'Dnr RUN/288/2029', 'Till kommunstyrelsen i', 'Bergs kommun, Bräcke kommun, Härjedalens kommun,', 'Åre kommun och Östersunds kommun', '',
      'Ny överenskommelse om samverkan för näringsliv och landsbygd', '2030–2033 – begäran om beslut',
      'Nuvarande överenskommelse gäller till och med den 31 december 2029 och ett förslag till ny överenskommelse har tagits fram.',
    ];
    expect(prepare('370_letter.txt', letter).documents[0].title).toBe('MISSIV – Ny överenskommelse om samverkan för näringsliv och landsbygd 2030–2033 – begäran om beslut');
    const budget = ['Region Jämtland Härjedalen', 'Regional utveckling', 'Elin Vestergren, controller', 'BUDGETFÖRSLAG', '', 'Budget 2030 med plan 2031–2032', '', 'Inledning', 'Budgeten omfattar den länsgemensamma samverkan för näringsliv och landsbygd.'];
    expect(prepare('371_budget.txt', budget).documents[0].title).toBe('BUDGETFÖRSLAG – Budget 2030 med plan 2031–2032');
  });

  it('titles a report by its kind hyphenated over two lines and its subject, not by the letterhead above', () => {
    const report = ['BERGS KOMMUN', 'Samhällsbyggnadsförvaltningen, Planenheten', '', 'SAMRÅDS-', 'REDOGÖRELSE', 'Översiktsplan för Bergs kommun 2045', '',
      'Dnr KS 2029/12', '', '1 Inledning', 'Samrådet pågick under våren 2030 och 57 yttranden kom in till kommunen under samrådstiden.'];
    expect(prepare('373_report.txt', report).documents[0].title).toBe('SAMRÅDSREDOGÖRELSE Översiktsplan för Bergs kommun 2045');
  });

  it('titles a report by its kind spaced out over two lines under the sender\'s units, and reads it as a report', () => {
    const report = ['Region Jämtland Härjedalen', 'Område medicinsk specialistvård', 'Geriatrik', '', 'V E R K S A M H E T S -', 'B E R Ä T T E L S E   2 0 3 1', '',
      'Minnesmottagningen och regional', 'demenssamordning', '', 'Dnr: RS/212/2032', '', '1 Sammanfattning', 'Under året ökade antalet nya diagnoser och väntetiden till utredning blev kortare.'];
    const [document] = prepare('374_report.txt', report).documents;
    expect(document).toMatchObject({ title: 'VERKSAMHETSBERÄTTELSE 2031 – Minnesmottagningen och regional demenssamordning', type: 'verksamhetsberattelse', period: [2031] });
  });

  it('adds the name a running header gives beside the kind of document, when the title block left it to the letterhead', () => {
    const page = (n: number) => ['', `RKC – Verksamhetsberättelse 2030                                   sida ${n} av 4`, ''];
    const report = [
      'REGIONALT KOMPETENSCENTRUM MOT VÅLD', 'Jämtland Härjedalen', '', 'Verksamhets-', 'berättelse', '2030', '', 'Region Jämtland Härjedalen, Regional utveckling', '',
      ...page(2), '1. Sammanfattning', 'Under 2030 deltog 1 046 personer i grundutbildningen om våld i nära relationer.',
      ...page(3), '2. Uppdrag', 'Centret stödjer kommunerna och regionen med kunskap och metodstöd.',
      ...page(4), '3. Ekonomi', 'Kostnaderna uppgick till 6,7 miljoner kronor.',
    ];
    expect(prepare('372_report.txt', report).documents[0].title).toMatch(/^Verksamhetsberättelse 2030.*\(RKC\)$/);
  });

  it('does not date a plan by the day it is valid to ("Giltig till och med: 2030-12-31")', () => {
    const plan = ['Region Jämtland Härjedalen', 'Regional utveckling', '', 'Strategi för friluftsliv 2026–2030', '', 'Fastställd av regionfullmäktige den 24 februari 2026', 'Giltig till och med: 2030-12-31', '',
      '1 Inledning', 'Strategin beskriver hur regionen och kommunerna arbetar med friluftsliv.'];
    expect(prepare('373_plan.txt', plan).documents[0].date).not.toBe('2030-12-31');
  });

  it('gives unstructured or damaged text one untitled-but-named document instead of failing', () => {
    const input = prepare('garbage.txt', ['%%%%', '', '12 34', '\u0000', 'bara lite text utan struktur']);
    expect(input.documents).toHaveLength(1);
    expect(input.documents[0].title.length).toBeGreaterThan(0);
    const empty = prepare('empty.txt', ['']);
    expect(empty.documents).toHaveLength(1);
    expect(empty.passages).toEqual([]);
  });
});
