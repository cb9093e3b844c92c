import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractRoles } from '../../src/knowledge/extract/roles.js';
import { EXAMPLES_DIR, FILES, prepare, rawLinesOf } from './corpus.js';

const summary = (file: string, raw?: string[]) =>
  extractRoles(prepare(file, raw)).map((r) => [r.kind, r.personName, r.personTitle, r.organName, r.year ?? null, r.source.lines.join('-')]);

describe('extractRoles', () => {
  it('reads the chair of the kommunchef meetings from "Ordföranden på mötena har varit …" with the organ from the sentence before', () => {
    expect(summary(FILES.pack2022)).toContainEqual([
      'chair',
      'Anders Byström',
      'regional utvecklingsdirektör/biträdande regiondirektör',
      'Kommuncheferna',
      2021,
      '596-597',
    ]);
  });

  it('reads the dated signature of the 2021 report ("Östersund den 26 januari 2022")', () => {
    const role = extractRoles(prepare(FILES.pack2022)).find((r) => r.kind === 'signatory');
    expect(role).toMatchObject({ personName: 'Anna Halvarsson', personTitle: 'Tf Regional utvecklingsdirektör', date: '2022-01-26' });
    expect(role?.organName).toMatch(/^Verksamhetsberättelse 2021/);
  });

  it('splits two signature columns merged on one line under "I tjänsten"', () => {
    const signers = extractRoles(prepare(FILES.pack2015)).filter((r) => r.kind === 'signatory');
    expect(signers.map((r) => [r.personName, r.personTitle, r.label])).toEqual([
      ['Anders Byström', 'Förvaltningschef', 'I tjänsten'],
      ['Berit Eriksson', 'Chef Staben för regional utveckling', 'I tjänsten'],
    ]);
  });

  it('takes a capitalised job title under merged columns for a title, not a signer, and stops at "Utdrag till"', () => {
    // Line 135 of the 2015 notice, "Chef Staben för regional utveckling", written as some notices write it.
    const raw = rawLinesOf(FILES.pack2015).map((line, i) => (i + 1 === 135 ? 'Enhetschef Kompetensförsörjning ' : line));
    const signers = extractRoles(prepare(FILES.pack2015, raw)).filter((r) => r.kind === 'signatory');
    expect(signers.map((r) => [r.personName, r.personTitle])).toEqual([
      ['Anders Byström', 'Förvaltningschef'],
      ['Berit Eriksson', 'Enhetschef Kompetensförsörjning'],
    ]);
  });

  it('reads two signers\' titles from the columns the dump kept apart, over the lines they wrap', () => {
    const raw = ['Verksamhetsberättelse 2025', 'Samverkan vård och omsorg', '', 'Året har präglats av nya mobila team.', '', 'Östersund den 12 februari 2026', '',
      'Karin Berg                                  Hanna Lind', 'Ordförande, Tjänstemannaberedning          Regional samordnare', 'för vård och omsorg                         vård och omsorg'];
    const signers = extractRoles(prepare('062_report.txt', raw)).filter((r) => r.kind === 'signatory');
    expect(signers.map((r) => [r.personName, r.personTitle])).toEqual([
      ['Karin Berg', 'Ordförande, Tjänstemannaberedning för vård och omsorg'],
      ['Hanna Lind', 'Regional samordnare vård och omsorg'],
    ]);
  });

  it('splits two signers whose names and titles the dump merged on one line each, side by side', () => {
    const raw = ['Verksamhetsberättelse 2024', 'Filmpoolen', '', 'Året har präglats av många inspelningar.', '', 'Östersund den 20 februari 2025', '', 'Karolina Hedlund Tobias Ramström', 'Filmchef Kulturchef', 'Filmpoolen Region Jämtland Härjedalen'];
    const signers = extractRoles(prepare('061_report.txt', raw)).filter((r) => r.kind === 'signatory');
    expect(signers.map((r) => [r.personName, r.personTitle, r.date])).toEqual([
      ['Karolina Hedlund', 'Filmchef', '2025-02-20'],
      ['Tobias Ramström', 'Kulturchef', '2025-02-20'],
    ]);
    const memo = ['Förslag till beslut', 'Inflyttning', '', 'I tjänsten', '', 'Annika Sporrsson Johan Nyström', 'Enhetschef, attraktivitet och Avdelningschef, näringsliv och', 'inflyttning attraktivitet'];
    expect(extractRoles(prepare('063_memo.txt', memo)).filter((r) => r.kind === 'signatory').map((r) => [r.personName, r.personTitle])).toEqual([
      ['Annika Sporrsson', 'Enhetschef, attraktivitet och'],
      ['Johan Nyström', 'Avdelningschef, näringsliv och'],
    ]);
  });

  it('reads two signers side by side without a signing line above them (names, then their two titles)', () => {
    const raw = ['Förslag till beslut', '', 'Samhällsorientering 2026–2028', '', 'Kommunerna föreslås ingå överenskommelsen.', '', 'Förslag till beslut Datum 2025-09-30 4(6)', 'Dnr RUN/291/2025', '', 'Johan Risgren Lena Hägström', 'Enhetschef, Integration och arbetsmarknad Arbetsmarknadschef', 'Region Jämtland Härjedalen Östersunds kommun'];
    const signers = extractRoles(prepare('083_memo.txt', raw)).filter((r) => r.kind === 'signatory');
    expect(signers.map((r) => [r.personName, r.personTitle])).toEqual([
      ['Johan Risgren', 'Enhetschef, Integration och arbetsmarknad'],
      ['Lena Hägström', 'Arbetsmarknadschef'],
    ]);
  });

  it('reads a letterhead\'s contact block as the document\'s contact person, with the phone number', () => {
    const raw = ['Regional utveckling', 'Lina Bergqvist', 'Tfn: 063-14 70 12', 'E-post: lina.bergqvist@example.se', '', '2026-01-20', '', 'Förslag till beslut', '', 'Säkra cykelparkeringar', '', 'Ärendebeskrivning', 'Vid resecentrum saknas låsbara platser.'];
    const contacts = extractRoles(prepare('071_memo.txt', raw)).filter((r) => r.kind === 'contact');
    expect(contacts.map((r) => [r.personName, r.label, r.date, r.organName])).toEqual([['Lina Bergqvist', 'kontaktperson, tfn 063-14 70 12', '2026-01-20', 'Förslag till beslut – Säkra cykelparkeringar']]);
  });

  it('reads the year between organ and verb as the role\'s year ("Ordförande i FoU-rådet under 2024 var …")', () => {
    const raw = ['Verksamhetsberättelse 2024', '', 'FoU Jämt', '', 'Uppdrag och organisation', '', 'Ordförande i FoU-rådet under 2024 var Björn Aspholm, socialchef i Härjedalens kommun. Rådet har sammanträtt fyra gånger.'];
    const chairs = extractRoles(prepare('041_report.txt', raw)).filter((r) => r.kind === 'chair');
    expect(chairs.map((r) => [r.personName, r.organName, r.year])).toEqual([['Björn Aspholm', 'FoU-rådet', 2024]]);
  });

  it('reads "Ordförande i den regionala styrgruppen 2024 var …" (a year right after the organ, its article dropped)', () => {
    const raw = ['Verksamhetsberättelse 2024', '', 'VO-C', '', 'Organisation', '', 'Ordförande i den regionala styrgruppen 2024 var Kristina Wikberg, förvaltningschef i Krokoms kommun.'];
    const chairs = extractRoles(prepare('045_report.txt', raw)).filter((r) => r.kind === 'chair');
    expect(chairs.map((r) => [r.personName, r.organName, r.year])).toEqual([['Kristina Wikberg', 'regionala styrgruppen', 2024]]);
  });

  it('reads representatives with their titles ("Kommunalrådet …, Bosse Svensson, är regionens representant i ägarrådet")', () => {
    expect(summary(FILES.report2020)).toEqual(
      expect.arrayContaining([
        ['representative', 'Bosse Svensson', 'Kommunalrådet i Östersunds kommun', 'ägarrådet', 2020, '57-57'],
        ['signatory', 'Anders Byström', 'Regional utvecklingsdirektör', expect.stringMatching(/^Verksamhetsberättelse 2020/), 2020, '337-342'],
      ]),
    );
  });

  it('reads "Ann-Marie Johansson (S)" over "Regionstyrelsens ordförande" as the chair of Regionstyrelsen', () => {
    expect(summary(FILES.regionplan)).toContainEqual(['chair', 'Ann-Marie Johansson', 'Regionstyrelsens ordförande', 'Regionstyrelsen', null, '211-213']);
  });

  it('does not take "Ordföranden ställer proposition …" for a named chair', () => {
    expect(extractRoles(prepare(FILES.pack2015)).filter((r) => r.kind === 'chair')).toEqual([]);
  });

  it('finds no roles in a signature block whose name lines were lost', () => {
    const raw = rawLinesOf(FILES.pack2022).map((line, i) => (i + 1 >= 1180 && i + 1 <= 1182 ? '' : line));
    expect(extractRoles(prepare(FILES.pack2022, raw)).filter((r) => r.kind === 'signatory')).toEqual([]);
  });

  it.skipIf(!existsSync(EXAMPLES_DIR))('reads the chair and presenters from a web meeting page', () => {
    const roles = extractRoles(prepare('rsr-mote-2022-05-30.txt', rawLinesOf('rsr-mote-2022-05-30.txt', EXAMPLES_DIR)));
    expect(roles.map((r) => [r.kind, r.personName, r.organName, r.date])).toEqual([
      ['chair', 'Elise Ryder Wikén', 'Regionens samverkansråd', '2022-05-30'],
      ['presenter', 'Göran Hallman', 'Regionens samverkansråd', '2022-05-30'],
      ['presenter', 'Catrin Skoglund', 'Regionens samverkansråd', '2022-05-30'],
    ]);
  });

  it('reads a minutes\' signing lines, each labelled above its name, and drops the attendance list\'s label from a name', () => {
    const raw = ['PROTOKOLL 1 (3)', 'Kollektivtrafikrådet', 'Sammanträdesdatum', '2026-05-19', '', 'Beslutande Eva Nordin (S), ordförande, Region Jämtland Härjedalen', 'Pia Ek (M), Bergs kommun', '',
      'Underskrifter Sekreterare ……………………… Paragrafer 1–6', 'Lars Berg', '', 'Ordförande ………………………', 'Eva Nordin', '', 'Justerare ........................', 'Pia Ek'];
    const roles = extractRoles(prepare('070_minutes.txt', raw)).map((r) => [r.kind, r.personName]);
    expect(roles).toEqual(expect.arrayContaining([['secretary', 'Lars Berg'], ['chair', 'Eva Nordin'], ['signatory', 'Pia Ek']]));
    expect(roles).not.toContainEqual(['chair', 'Lars Berg']);
    expect(roles.map(([, name]) => name)).not.toContain('Beslutande Eva Nordin');
  });

  it('reads signing labels that stand alone over their dotted lines, and takes no signer for the next label\'s role', () => {
    const raw = ['PROTOKOLL', 'Sammanträdesdatum', '2026-05-19', 'Cykelrådet', '', 'Beslutande           Eva Nordin (S), ordförande', '                     Pia Ek (M), Bergs kommun', '',
      'Underskrifter        Sekreterare', '                     ..........................................   Paragrafer 18–29', '                     Lars Berg', '',
      '                     Ordförande', '                     ..........................................', '                     Eva Nordin', '',
      '                     Justerare', '                     ..........................................', '                     Pia Ek'];
    const roles = extractRoles(prepare('072_minutes.txt', raw)).map((r) => [r.kind, r.personName]);
    expect(roles).toEqual(expect.arrayContaining([['secretary', 'Lars Berg'], ['chair', 'Eva Nordin'], ['signatory', 'Pia Ek']]));
    expect(roles).not.toContainEqual(['chair', 'Lars Berg']);
  });

  it('reads a signing line with its name after the dots ("Ordförande ............. Mats Edfast"), not the next line\'s label', () => {
    const raw = ['PROTOKOLL nr 1/2026', 'Vinterrådet', '', 'Sammanträdesdag ....... onsdag 7 februari 2026', '', 'Beslutande ledamöter', 'Mats Edfast (M), vice ordförande', '',
      'Underskrifter', 'Sekreterare ............ Lina Hedqvist', 'Ordförande ............. Mats Edfast', 'Justerande ............. Hans Öberg'];
    const roles = extractRoles(prepare('073_minutes.txt', raw)).map((r) => [r.kind, r.personName]);
    expect(roles).toEqual(expect.arrayContaining([['secretary', 'Lina Hedqvist'], ['chair', 'Mats Edfast'], ['signatory', 'Hans Öberg']]));
    expect(roles.map(([, name]) => name)).not.toContain('Justerande Hans Öberg');
  });

  it('reads the acting chair of the day from "Mötesordförande ……", and the absent chair\'s role in the body, not at the meeting', () => {
    const raw = ['PROTOKOLL 1 (3)', 'Kulturrådet', 'Sammanträdesdatum', '2026-05-19', '', 'Beslutande Per Holm (C), vice ordförande, tillika mötesordförande', 'Pia Ek (M), Bergs kommun', '',
      'Frånvarande Eva Nordin (S), ordförande', '', 'Underskrifter Sekreterare ……………………… Paragrafer 1–6', 'Lars Berg', '', 'Mötesordförande ………………………', 'Per Holm'];
    const roles = extractRoles(prepare('071_minutes.txt', raw)).map((r) => [r.kind, r.personName, r.date]);
    expect(roles).toEqual(expect.arrayContaining([['secretary', 'Lars Berg', '2026-05-19'], ['chair', 'Per Holm', '2026-05-19']]));
    expect(roles.filter(([, name]) => name?.includes('Eva Nordin'))).toEqual([['chair', 'Eva Nordin', undefined]]);
  });

  it('reads who led the meeting from "Name (S), vice ordförande, leder mötet", not the next meeting\'s nor another body\'s chair', () => {
    const raw = ['Källa: https://forum.regionjh.se/committees/skogsradet/mote-2033-05-27', 'Titel: Möte 2033-05-27 – Skogsrådet', '',
      ' • Mats Ek (S), vice ordförande, leder mötet eftersom ordföranden Karin Dahl (C) har anmält förhinder.', '',
      ' • Nästa möte hålls den 14 oktober 2033 i Östersund. Ordföranden Karin Dahl leder mötet.', '',
      ' • Närvarande: Ulla Berg, ordförande i Jämtland Härjedalen Turism'];
    const chairs = extractRoles(prepare('075_page.txt', raw)).filter((r) => r.kind === 'chair').map((r) => [r.personName, r.date]);
    expect(chairs).toEqual([['Mats Ek', '2033-05-27']]);
  });

  it('reads no chair of the day from a member listed under "Frånvarande" standing on a line of its own', () => {
    const raw = ['PROTOKOLL 1 (3)', 'Cykelrådet', 'Sammanträdesdatum', '2026-05-19', '', 'Beslutande', 'Per Holm (C), vice ordförande', 'Pia Ek (M), Bergs kommun', '', 'Frånvarande', 'Eva Nordin (S), ordförande', 'Lars Berg (S), Åre kommun'];
    const roles = extractRoles(prepare('072_minutes.txt', raw)).map((r) => [r.kind, r.personName, r.date]);
    expect(roles).toContainEqual(['vice-chair', 'Per Holm', '2026-05-19']);
    expect(roles.filter(([, name, date]) => name?.includes('Eva Nordin') && date !== undefined)).toEqual([]);
  });

  it('reads the acting chair of minutes whose chair is absent: "Frånvarande:", a shortened title, "öppnar sammanträdet"', () => {
    const raw = ['PROTOKOLL 1 (3)', 'Seniorrådet', 'Sammanträdesdatum', '2033-03-15', '', 'Närvarolista', '',
      'Ledamöter                               Ersättare (tjänstgörande markerade *)',
      'Eva Rönn, PRO, vice ordf.,              Lars Öst, PRO', '  tjänstgörande ordförande              Nils Dahl, SPF Seniorerna', 'Per Dahl (C)                            Ann Berg (S) *', '',
      'Frånvarande: Karl Torp (S), ordförande. I hans ställe tjänstgör ersättaren Ann Berg (S).', '',
      '§ 1   Sammanträdet öppnas', 'Vice ordföranden Eva Rönn hälsar välkommen och öppnar sammanträdet.'];
    const chairs = extractRoles(prepare('091_minutes.txt', raw)).filter((r) => r.kind === 'chair').map((r) => [r.personName, r.date]);
    const ofTheDay = chairs.filter(([, date]) => date !== undefined);
    expect(ofTheDay.length).toBeGreaterThan(0);
    expect(ofTheDay.every(([name, date]) => name === 'Eva Rönn' && date === '2033-03-15')).toBe(true);
  });

  it('reads no chair of the document\'s body from a chair of a body named by its kind ("ordförande i styrgruppen")', () => {
    const raw = ['PROTOKOLL 1 (2)', 'Snöröjningsnämnden', 'Sammanträdesdatum', '2033-11-14', '', '§ 54  Dubbelbemanning natt', 'Helena Rydén, ordförande i styrgruppen, föredrar förslaget.'];
    expect(extractRoles(prepare('093_minutes.txt', raw)).filter((r) => r.kind === 'chair' && r.personName === 'Helena Rydén')).toEqual([]);
  });

  it('reads who opens the meeting as its chair ("Ordföranden Eva Rönn öppnar mötet")', () => {
    const raw = ['PROTOKOLL 1 (2)', 'Seniorrådet', 'Sammanträdesdatum', '2033-03-15', '', '§ 1   Mötet öppnas', 'Ordföranden Eva Rönn öppnar mötet.'];
    expect(extractRoles(prepare('092_minutes.txt', raw)).filter((r) => r.kind === 'chair').map((r) => [r.personName, r.date])).toEqual([['Eva Rönn', '2033-03-15']]);
  });

  it('reads the role fields of an organisation section under each body\'s name, with the title after the name', () => {
    const raw = ['6 Organisation', '', 'Skogsrådet i Jämtlands län', 'Strategiskt samverkansorgan för skogsfrågor. Fastställer', 'programmet.', 'Ordförande: Helena Berg, landshövding', 'Sekreterare: Sara Lund, Länsstyrelsen', '',
      'Skogsrådets beredningsgrupp', 'Tjänstepersonsgrupp som bereder ärenden till Skogsrådet och', 'följer upp programmet.', 'Ordförande: Jonas Wik, skogsstrateg, Länsstyrelsen', 'Vice ordförande: Lina Ås (C)', 'Sekreterare: Emma Lind, handläggare'];
    const roles = extractRoles(prepare('073_programme.txt', raw)).map((r) => [r.kind, r.personName, r.personTitle, r.organName]);
    expect(roles).toEqual([
      ['chair', 'Helena Berg', 'landshövding', 'Skogsrådet i Jämtlands län'],
      ['secretary', 'Sara Lund', 'Länsstyrelsen', 'Skogsrådet i Jämtlands län'],
      ['chair', 'Jonas Wik', 'skogsstrateg, Länsstyrelsen', 'Skogsrådets beredningsgrupp'],
      ['vice-chair', 'Lina Ås', undefined, 'Skogsrådets beredningsgrupp'],
      ['secretary', 'Emma Lind', 'handläggare', 'Skogsrådets beredningsgrupp'],
    ]);
  });

  it('reads the body a role is held in from "ordförande i …" and "som är sammankallande i … från …", not from the page', () => {
    const raw = ['Källa: https://forum.regionjh.se/committees/skogsradet/mote-2026-02-10', 'Titel: Möte 2026-02-10 – Skogsrådet', '',
      ' • Punkten föredras av Jonas Wik, ordförande i Skogsrådets beredningsgrupp, och gäller uppföljningen.', '',
      ' • Punkten föredras av Kerstin Dahl, VA-chef i Åre kommun, som är sammankallande i Skogsnätverket för Åre och Berg från 1 januari 2026. Hon efterträder Anders Holm.'];
    const roles = extractRoles(prepare('074_page.txt', raw)).filter((r) => r.kind !== 'presenter').map((r) => [r.kind, r.personName, r.organName, r.date]);
    expect(roles).toEqual([
      ['chair', 'Jonas Wik', 'Skogsrådets beredningsgrupp', '2026-02-10'],
      ['convenor', 'Kerstin Dahl', 'Skogsnätverket för Åre och Berg', '2026-01-01'],
    ]);
  });

  it('takes the body from a numbered heading above the fields, its name going on with "och …" on the next line', () => {
    const raw = ['5 Organisation', '', '5.1 Styrgruppen för folkhälsa', 'och social hållbarhet', 'Styrgruppen är det gemensamma beslutande organet. Den beslutar', 'om handlingsplaner och fördelar medel.', '',
      'Sammansättning: socialchefer från länets kommuner,', 'regionens folkhälsodirektör och en företrädare för', 'Länsstyrelsen.', 'Styrgruppen sammanträder fyra gånger per år.', 'Ordförande: Maja Lund, socialchef, Bergs', 'kommun', 'Vice ordförande: Per Ek, folkhälsodirektör', 'Sekreterare: Sara Lind, utvecklingsledare'];
    const roles = extractRoles(prepare('075_strategy.txt', raw)).map((r) => [r.kind, r.personName, r.organName]);
    expect(roles).toEqual([
      ['chair', 'Maja Lund', 'Styrgruppen för folkhälsa och social hållbarhet'],
      ['vice-chair', 'Per Ek', 'Styrgruppen för folkhälsa och social hållbarhet'],
      ['secretary', 'Sara Lind', 'Styrgruppen för folkhälsa och social hållbarhet'],
    ]);
  });

  it('reads who is elected to a role from when, and no body\'s name ending a line as a first name', () => {
    const raw = ['Källa: https://forum.regionjh.se/committees/skogsradet/mote-2026-11-17', 'Titel: Möte 2026-11-17 – Skogsrådet', '',
      ' • Gruppen väljer Maria Ek, skogsstrateg i Krokoms kommun, till ny vice ordförande från och med den 1 januari 2027.', '',
      ' • Rapport från Samordningsgruppen', '  Johan Berglund, vice ordförande, berättar om arbetet.'];
    const roles = extractRoles(prepare('076_page.txt', raw)).filter((r) => r.kind !== 'presenter').map((r) => [r.kind, r.personName, r.personTitle, r.date]);
    expect(roles).toContainEqual(['vice-chair', 'Maria Ek', 'skogsstrateg i Krokoms kommun', '2027-01-01']);
    expect(roles.map(([, name]) => name)).not.toContain('Samordningsgruppen Johan Berglund');
  });
  it('reads a notice\'s role fields written without a colon, and a chair who opens the meeting with a title between', () => {
    const notice = ['Hälsonätverket i Jämtlands län', '', 'KALLELSE MED DAGORDNING', '', 'Datum 8 oktober 2026 (torsdag)', 'Tid 13.00–14.30',
      'Ordförande Eva Holm, medicinskt ansvarig sjuksköterska (MAS), Bergs', 'kommun', 'Sekreterare Olle Berg, samordnare, Region Jämtland Härjedalen', '',
      'Punkt Start Min Ärende Form', '1. 13.00 10 Välkommen och fastställande av dagordning Beslut', 'Eva Holm, ordförande'];
    const fields = extractRoles(prepare('095_notice.txt', notice)).map((r) => [r.kind, r.personName]);
    expect(fields).toContainEqual(['chair', 'Eva Holm']);
    expect(fields).toContainEqual(['secretary', 'Olle Berg']);
    expect(fields.map(([, name]) => name)).not.toContain('Beslut Eva Holm');
    const page = ['Källa: https://forum.regionjh.se/committees/halsonatverket/mote-2026-05-12', 'Titel: Möte 2026-05-12 – Hälsonätverket', '',
      ' • Eva Holm, MAS Bergs kommun, ordförande, hälsar alla välkomna och öppnar mötet.'];
    expect(extractRoles(prepare('096_page.txt', page)).map((r) => [r.kind, r.personName, r.date])).toContainEqual(['chair', 'Eva Holm', '2026-05-12']);
  });
  it('reads an election with its meeting between verb and name, an acting role, and the body electing or named bare ("Terapigrupp Värk")', () => {
    const page = ['Källa: https://forum.regionjh.se/committees/halsonatverket/mote-2026-10-08', 'Titel: Möte 2026-10-08 – Hälsonätverket', '',
      ' • Skolchefsgruppen utsåg vid sitt möte 2026-09-24 Per Ek, skolchef i Åre kommun, till ny ordförande från och med 2026-10-01.',
      ' • Nätverket beslutar att utse Eva Holm till tillförordnad ordförande i Terapigrupp Värk under hösten.'];
    const roles = extractRoles(prepare('098_page.txt', page)).map((r) => [r.kind, r.personName, r.organName, r.date]);
    expect(roles).toContainEqual(['chair', 'Per Ek', 'Skolchefsgruppen', '2026-10-01']);
    expect(roles).toContainEqual(['chair', 'Eva Holm', 'Terapigrupp Värk', '2026-10-08']);
  });
  it('reads no lower-case words as a role holder\'s name ("ordförande i CSG tills en ny HR-direktör är på plats")', () => {
    const page = ['Källa: https://forum.regionjh.se/committees/halsonatverket/mote-2026-10-08', 'Titel: Möte 2026-10-08 – Hälsonätverket', '',
      ' • Han är tf. HR-direktör och därmed ordförande i nätverket tills en ny HR-direktör är på plats.'];
    expect(extractRoles(prepare('099_page.txt', page)).map((r) => r.personName)).not.toContain('på plats');
  });
  it('names a body by its numbered heading over a sentence saying what it does, and joins a title wrapped onto the next line', () => {
    const raw = ['9. Organisation', '', '9.1 Regionala skogsgruppen', 'Gruppen leder och följer upp skogsarbetet på strategisk nivå.', '',
      'Ordförande             Per Ek, tf. hälso- och', '                       sjukvårdsdirektör (sedan 2026-09-01,', '                       efter Eva Holm)'];
    const roles = extractRoles(prepare('103_plan.txt', raw)).map((r) => [r.kind, r.personName, r.personTitle, r.organName]);
    expect(roles).toContainEqual(['chair', 'Per Ek', 'tf. hälso- och sjukvårdsdirektör', 'Regionala skogsgruppen']);
  });
  it('reads who holds a role from a day on ("Från den 1 januari 2027 är Per Ek, Regionstaben, sekreterare i rådet")', () => {
    const page = ['Källa: https://forum.regionjh.se/committees/halsonatverket/mote-2026-11-12', 'Titel: Möte 2026-11-12 – Hälsonätverket', '',
      ' • Ordföranden tackar Sara Lind, som går i pension. Från den 1 januari 2027 är Per Ek, Regionstaben, sekreterare i nätverket.'];
    expect(extractRoles(prepare('097_page.txt', page)).map((r) => [r.kind, r.personName, r.personTitle, r.date])).toContainEqual(['secretary', 'Per Ek', 'Regionstaben', '2027-01-01']);
  });
  it('reads the serving chair of a meeting ("tjänstgörande ordförande") and names the body without the letterhead\'s paper words', () => {
    const raw = ['VATTENFÖRBUNDET                          SAMMANTRÄDESPROTOKOLL       1(4)', 'JÄMTLANDS LÄN                            Sammanträdesdatum',
      '                                         2026-04-23', 'Förbundsstyrelsen', '', 'Plats och tid              Folkets hus, Bräcke, kl. 09.00–12.00', '',
      'Beslutande                 Eva Holm (C), Bergs kommun,', '                           tjänstgörande ordförande', '                           Per Ek (S), Region Jämtland Härjedalen', '',
      '§ 1', 'Mötets öppnande', 'Ordföranden öppnar mötet.'];
    const roles = extractRoles(prepare('098_minutes.txt', raw)).filter((r) => r.kind === 'chair').map((r) => [r.personName, r.organName, r.date]);
    expect(roles).toContainEqual(['Eva Holm', 'VATTENFÖRBUNDET JÄMTLANDS LÄN', '2026-04-23']);
  });
  it('names the body of minutes without the page column\'s label beside the day\'s ("Sammanträdesdatum   Sida")', () => {
    const raw = ['                                         PROTOKOLL', 'Region Jämtland Härjedalen               Sammanträdesdatum       Sida',
      '                                         2026-04-23              1 (4)', '', 'Styrgruppen för vinterväghållning (SVV)', '',
      'Beslutande                 Eva Holm (C), Bergs kommun, ordförande', '                           Per Ek (S), Region Jämtland Härjedalen', '',
      'Underskrifter Sekreterare ……………………… Paragrafer 1–6', 'Lars Berg', '', 'Ordförande ………………………', 'Eva Holm'];
    const chairs = extractRoles(prepare('102_minutes.txt', raw)).filter((r) => r.kind === 'chair').map((r) => [r.personName, r.organName]);
    expect(chairs).toContainEqual(['Eva Holm', 'Styrgruppen för vinterväghållning (SVV)']);
  });
  it('names a body by its heading, not by the sentence under it that describes it ("Arbetsgruppen består av …")', () => {
    const raw = ['7 Organisation', '', 'Tandvårdsrådets arbetsgrupp', 'Arbetsgruppen består av klinikcheferna i länets åtta kommuner', 'och bereder ärenden till rådet.',
      'Sammankallande: Anna Lindgren, klinikchef, Östersund', 'Sekreterare: Per Ström, controller'];
    const roles = extractRoles(prepare('099_plan.txt', raw)).map((r) => [r.kind, r.personName, r.organName]);
    expect(roles).toContainEqual(['secretary', 'Per Ström', 'Tandvårdsrådets arbetsgrupp']);
  });
  it('gives a participant "ordförande Gymnasiechefsrådet" the body named right after the role, not the meeting\'s', () => {
    const raw = ['SAMMANTRÄDESPROTOKOLL', 'Skogsrådet                              Sammanträdesdatum 2026-05-20', '',
      'Övriga deltagare    Per Ek, ordförande Viltrådet', '                    Eva Holm, sekreterare', '', '§ 1', 'Mötets öppnande'];
    const chairs = extractRoles(prepare('100_minutes.txt', raw)).filter((r) => r.kind === 'chair').map((r) => [r.personName, r.organName]);
    expect(chairs).toEqual([['Per Ek', 'Viltrådet']]);
  });
  it('reads an acting holder named with a title before the role ("… är Lena Berg, skolchef i Åre kommun, tf. ordförande i …")', () => {
    const raw = ['Observera att Skogsrådets ordförande Per Ek är tjänstledig hösten 2026. Under tjänstledigheten är Lena',
      'Berg, skolchef i Åre kommun, tf. ordförande i Skogsrådet.'];
    const roles = extractRoles(prepare('101_note.txt', raw)).map((r) => [r.kind, r.personName, r.personTitle, r.organName]);
    expect(roles).toContainEqual(['chair', 'Lena Berg', 'skolchef i Åre kommun', 'Skogsrådet']);
  });
  it('reads an organisation table flattened one cell per line, each person in the role of their cell\'s column', () => {
    const raw = ['Tabell 3. Organ och funktionärer (2026)', '', 'Organ', 'Sammansättning', 'Ordförande / samman-', 'kallande', 'Vice ordförande', 'Sekreterare',
      'Styrgruppen för', 'regional skog-', 'politik', 'En skogschef', 'per kommun', 'Eva Holm,', 'skogschef,', 'Bergs kommun', 'Per Ek,', 'Krokoms kommun', 'Lena Lind,', 'Skogsstyrelsen',
      'Skogsnätverket', 'Alla skogs-', 'strateger', 'Anna', 'Berg, strateg', 'Åre', '–', 'Olle Strand',
      'Viltrådet', 'Jägare och', 'markägare', 'Karin Sjö (S),', 'Region Jämtland Härjedalen', 'Nils Nord (C),', 'Bräcke kommun (1:e vice)', 'Sara Syd (M), Åre', 'kommun (2:e vice)', 'Olle Strand', '',
      'Rådet sammanträder fyra gånger per år och bereder ärenden till regionala utvecklingsnämnden.'];
    const roles = extractRoles(prepare('102_table.txt', raw)).map((r) => [r.kind, r.personName, r.organName]);
    expect(roles).toEqual(expect.arrayContaining([
      ['chair', 'Eva Holm', 'Styrgruppen för regional skogpolitik'],
      ['vice-chair', 'Per Ek', 'Styrgruppen för regional skogpolitik'],
      ['secretary', 'Lena Lind', 'Styrgruppen för regional skogpolitik'],
      ['chair', 'Anna Berg', 'Skogsnätverket'],
      ['secretary', 'Olle Strand', 'Skogsnätverket'],
      ['chair', 'Karin Sjö', 'Viltrådet'],
      ['vice-chair', 'Nils Nord', 'Viltrådet'],
      ['vice-chair', 'Sara Syd', 'Viltrådet'],
      ['secretary', 'Olle Strand', 'Viltrådet'],
    ]));
    expect(roles.filter(([, , organ]) => organ === 'Skogsnätverket').map(([kind]) => kind)).not.toContain('vice-chair');
  });
  it('reads whoever keeps a meeting\'s notes as its secretary that day, in the words the notes are called', () => {
    const page = ['Källa: https://forum.regionjh.se/committees/skogsnatverket/mote-2026-03-12', 'Titel: Möte 2026-03-12 – Skogsnätverket', '',
      ' • Sekreteraren Per Ek har förhinder. Eva Holm, skogsstrateg vid Länsstyrelsen, för minnesanteckningar vid dagens möte.'];
    expect(extractRoles(prepare('103_page.txt', page)).map((r) => [r.kind, r.personName, r.label, r.date])).toContainEqual(['secretary', 'Eva Holm', 'för minnesanteckningar', '2026-03-12']);
    const notes = ['MINNESANTECKNINGAR', 'Viltgruppen 2026-05-19', '', 'Eftersom Per Ek är sjuk för Lena Lind anteckningar vid dagens möte.', '', 'Protokollet förs denna gång av Olle Strand.'];
    const secretaries = extractRoles(prepare('104_notes.txt', notes)).filter((r) => r.kind === 'secretary').map((r) => r.personName);
    expect(secretaries).toEqual(expect.arrayContaining(['Lena Lind', 'Olle Strand']));
    expect(secretaries).not.toContain('Per Ek');
  });

  it('names the body from a heading that opens with its noun ("Rådet för …"), and from the heading over a description that opens with one', () => {
    const raw = ['7 Organisation', '', 'Rådet för lokal mat (LM-rådet)', 'Bereder handlingsplaner och följer upp strategin.', 'Ordförande:       Eva Holm, kostchef Åre kommun',
      'Vice ordförande:  Per Ek, Krokoms kommun', '', 'Matnätverket', 'Nätverk för kommunernas kostchefer i', 'länet. Träffas fyra gånger per år.', 'Sammankallande: Anna Berg, Bergs kommun'];
    expect(extractRoles(prepare('105_organs.txt', raw)).map((r) => [r.kind, r.personName, r.organName])).toEqual([
      ['chair', 'Eva Holm', 'Rådet för lokal mat (LM-rådet)'],
      ['vice-chair', 'Per Ek', 'Rådet för lokal mat (LM-rådet)'],
      ['convenor', 'Anna Berg', 'Matnätverket'],
    ]);
  });
});
