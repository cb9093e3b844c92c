/** Answer units: the sentences and list items a passage is quoted by. */
import { describe, expect, it } from 'vitest';
import { splitUnits } from '../../src/answering/units.js';
import { passage } from '../helpers/passage.js';

describe('splitUnits', () => {
  it('ends a list at its last item\'s first sentence when the text after the list ran into that item', () => {
    const text = [
      'Uppföljningen innehåller',
      '• utfall för indikatorerna i tabell 4,',
      '• en kort analys av vilka insatser som har gett effekt. Uppföljningen redovisas för Digitaliseringsrådet vid rådets första möte varje år och därefter för regionala utvecklingsnämnden. Kontaktperson för strategin är Henrik Strand, regional bredbandskoordinator, henrik.strand@regionjh.se, tfn 063-14 77 20.',
    ].join('\n');
    const units = splitUnits(passage(text));
    expect(units.filter((u) => u.listItem).map((u) => u.text)).toEqual(['utfall för indikatorerna i tabell 4,', 'en kort analys av vilka insatser som har gett effekt.']);
    expect(units.find((u) => u.text.startsWith('Kontaktperson'))?.listItem).toBe(false);
  });

  it('ends a sentence at a list\'s closing "etc." before a capital, but not at "bl.a." or "ca."', () => {
    const units = splitUnits(passage('Verktyget ger analyser, åtgärdslexikon, deadlines, etc. KTH bedömer att besparingen är ca. 200 000 kr per år. Det gäller bl.a. Östersunds kommun och andra.'));
    expect(units.map((u) => u.text)).toEqual([
      'Verktyget ger analyser, åtgärdslexikon, deadlines, etc.',
      'KTH bedömer att besparingen är ca. 200 000 kr per år.',
      'Det gäller bl.a. Östersunds kommun och andra.',
    ]);
  });

  it('ends a sentence at a year before the next year\'s entry ("… 2033. 2034: …"), but not inside "punkt 3. 4"', () => {
    const units = splitUnits(passage('Volontärbanken startar inför sommaren 2033. 2034: Samtliga kommuner ska ha en kontaktperson. Se avsnitt 3. 4 mål gäller.'));
    expect(units.map((u) => u.text)).toEqual([
      'Volontärbanken startar inför sommaren 2033.',
      '2034: Samtliga kommuner ska ha en kontaktperson.',
      'Se avsnitt 3. 4 mål gäller.',
    ]);
  });

  it('reads a county table\'s last column heading, wrapped onto a line of its own, with the caption above its rows', () => {
    const units = splitUnits(passage('Tabell 1. Servicepunkter per kommun 2030 Kommun Servicepunkter Med bemanning\n\nUtan bemanning\n\nBerg 4 3 1 Bräcke 3 2 1 Härjedalen 6 4 2 Krokom 5 5 0 Ragunda 2 1 1'));
    expect(units.find((u) => u.countyTable === 'row' && u.text.endsWith('Berg 4 3 1'))?.text).toBe(
      'Tabell 1. Servicepunkter per kommun 2030 Kommun Servicepunkter Med bemanning Utan bemanning — Berg 4 3 1',
    );
  });

  it('takes a sentence ending in a semicolon over bullets for the lead-in of that list', () => {
    const units = splitUnits(passage('BUZ har fortsatt arbetat med två prioriterade områden;\n- Kompetensförsörjning\n- Digitalisering\nRUN erbjuder flera nätverk; se nedan.'));
    expect(units.map((u) => [u.text, u.leadIn, u.listItem])).toEqual([
      ['BUZ har fortsatt arbetat med två prioriterade områden;', true, false],
      ['Kompetensförsörjning', false, true],
      ['Digitalisering', false, true],
      ['RUN erbjuder flera nätverk; se nedan.', false, false],
    ]);
  });

  it('joins a register row flattened one cell per line: the document, its diary number and date, the body adopting it', () => {
    const units = splitUnits(
      passage('Dokument Dnr Fastställd Organ\nHjälpmedelspolicy för länets kommuner\nRS/455/2016 2017-02-14\nRegionfullmäktige och länets kommuner\nKommunikationspolicy RS/369/2016 2016-04-11\nRegionfullmäktige\nMiljöpolicy\nLS/1059/2011 2013-10-23\nBeredningen demokrati och folkhälsa'),
    );
    expect(units.map((u) => u.text)).toEqual([
      'Dokument Dnr Fastställd Organ',
      'Hjälpmedelspolicy för länets kommuner RS/455/2016 2017-02-14 Regionfullmäktige och länets kommuner',
      'Kommunikationspolicy RS/369/2016 2016-04-11 Regionfullmäktige',
      'Miljöpolicy LS/1059/2011 2013-10-23 Beredningen demokrati och folkhälsa',
    ]);
    expect(units.map((u) => u.index)).toEqual([0, 1, 2, 3]);
  });

  it('keeps an enumeration numbered "1) … 2) … 3) …" inside a paragraph with the sentence announcing it', () => {
    const units = splitUnits(passage('Arbetet sker utifrån tre områden – 1) Regional partner till Business Sweden. 2) Proaktiv sälj och marknadsföring. 3) Professionellt mottagningsarbete. Projektet pågår till 2018.'));
    expect(units.map((u) => u.text)).toEqual([
      'Arbetet sker utifrån tre områden – 1) Regional partner till Business Sweden. 2) Proaktiv sälj och marknadsföring. 3) Professionellt mottagningsarbete.',
      'Projektet pågår till 2018.',
    ]);
  });

  it('reads each row of a flattened indicator table under its column headings, the headings in the paragraph before', () => {
    const text = [
      'Indikator 2019 2021 2022 2023 Målvärde',
      'Antal påstigande buss (miljoner) 3,42 2,61 2,94 3,12 3,9 (2027) Andel nöjda resenärer – 71 % 74 % 76 % 80 % (2027) Resor med Norrtåg, länets stationer 648 000 455 000 590 000 671 000 800 000 (2027) Andel anpassade hållplatser – 38 % 44 % 51 % 70 % (2027)',
    ].join('\n');
    expect(splitUnits(passage(text)).map((u) => u.text)).toEqual([
      'Indikator 2019 2021 2022 2023 Målvärde',
      'Indikator 2019 2021 2022 2023 Målvärde — Antal påstigande buss (miljoner) 3,42 2,61 2,94 3,12 3,9 (2027)',
      'Indikator 2019 2021 2022 2023 Målvärde — Andel nöjda resenärer – 71 % 74 % 76 % 80 % (2027)',
      'Indikator 2019 2021 2022 2023 Målvärde — Resor med Norrtåg, länets stationer 648 000 455 000 590 000 671 000 800 000 (2027)',
      'Indikator 2019 2021 2022 2023 Målvärde — Andel anpassade hållplatser – 38 % 44 % 51 % 70 % (2027)',
    ]);
  });

  it('reads a key-figure table under its caption ("Nyckeltal 2021–2023") and the column headings the dump joined after it', () => {
    const text = 'Nyckeltal 2021–2023 Nyckeltal 2021 2022 2023 Rådgivningsärenden, länet 1 712 1 940 2 216 Informationsträffar 38 51 64 Årsarbetskrafter 6,2 7,1 7,6';
    expect(splitUnits(passage(text)).map((u) => u.text)).toContain('Nyckeltal 2021–2023 Nyckeltal 2021 2022 2023 — Informationsträffar 38 51 64');
  });

  it('reads the rows of an indicator table labelled "B1", "B2" …, each with its source column, under the headings before them', () => {
    const text = [
      'Indikator Utgångsvärde Målvärde 2027 Källa',
      'B1 Andel elever med godkänt betyg 41 % (2022) 55 % Skolverket B2 Antal kommuner med läxhjälp 2 (2023) 6 Kommunerna B3 Antal öppna mötesplatser i länet 12 (2022) 20 Regionbiblioteket',
    ].join('\n');
    expect(splitUnits(passage(text)).map((u) => u.text)).toContain('Indikator Utgångsvärde Målvärde 2027 Källa — B3 Antal öppna mötesplatser i länet 12 (2022) 20 Regionbiblioteket');
  });

  it('reads an indicator table whose headings open the paragraph, and leaves the prose after its last row out of it', () => {
    const text = 'Indikator 2019 2021 2023 Länet 2023 Lokalt målvärde 2025 Röker, åk 9 (dagligen eller ibland) 16 % 13 % 12 % 9 % 10 % Snusar, åk 9 (inkl. nikotinpåsar) 22 % 21 % 24 % 19 % 15 % Kontrollköp tobak där försäljning nekas 50 % 67 % 78 % 72 % 90 %. Resultaten redovisas för folkhälsorådet.';
    const units = splitUnits(passage(text)).map((u) => u.text);
    expect(units).toContain('Indikator 2019 2021 2023 Länet 2023 Lokalt målvärde 2025 — Snusar, åk 9 (inkl. nikotinpåsar) 22 % 21 % 24 % 19 % 15 %');
    expect(units.at(-1)).toBe('Resultaten redovisas för folkhälsorådet.');
  });

  it('reads an agenda table joined into one paragraph row by row when the time opens each row, not when it closes it', () => {
    const timeFirst = 'Tid Punkt Ärende Föredragande 09:00 1 Mötets öppnande Anna Berg, ordförande 09:05 2 Val av justerare Ordföranden 09:10 3 Skolskjutsar Per Holm, Trafikverket 10:00 Fika 10:20 4 Övriga frågor Ordföranden';
    expect(splitUnits(passage(timeFirst)).map((u) => u.text)).toEqual([
      'Tid Punkt Ärende Föredragande',
      '09:00 1 Mötets öppnande Anna Berg, ordförande',
      '09:05 2 Val av justerare Ordföranden',
      '09:10 3 Skolskjutsar Per Holm, Trafikverket',
      '10:00 Fika',
      '10:20 4 Övriga frågor Ordföranden',
    ]);
    const timeLast = 'Nr Ärende Föredragande Tid 1 Sammanträdets öppnande Ordföranden 08:30 2 Val av justerare Ordföranden 08:35 3 Information Mikael Ström 08:40 4 Delårsrapport Petra Lid 09:05 5 Övriga frågor';
    // (Its rows are the numbered table's, each closing with its time.)
    expect(splitUnits(passage(timeLast)).map((u) => u.text)).toContain('Nr Ärende Föredragande Tid — 2 Val av justerare Ordföranden 08:35');
  });

  it('reads an indicator table opening after the sentence announcing it, with "Utgångsläge" columns, and the prose after its last row apart', () => {
    const text = 'För perioden gäller följande mål för år 2028: Indikator Utgångsläge Mål 2028 Andel nyktra förare 99,7 % (2024) 99,8 % Cykelhjälmsanvändning, samtliga cyklister 41 % (2024) 55 % Viltolyckor, antal per år 2 097 (2024) under 1 800 Målen följs upp årligen av trafiksäkerhetsgruppen.';
    expect(splitUnits(passage(text)).map((u) => u.text)).toEqual([
      'För perioden gäller följande mål för år 2028:',
      'Indikator Utgångsläge Mål 2028',
      'Indikator Utgångsläge Mål 2028 — Andel nyktra förare 99,7 % (2024) 99,8 %',
      'Indikator Utgångsläge Mål 2028 — Cykelhjälmsanvändning, samtliga cyklister 41 % (2024) 55 %',
      'Indikator Utgångsläge Mål 2028 — Viltolyckor, antal per år 2 097 (2024) under 1 800',
      'Målen följs upp årligen av trafiksäkerhetsgruppen.',
    ]);
  });

  it('reads a "Nr Tid Ärende" agenda table joined into one paragraph row by row, each row opening with its number and time', () => {
    const text = 'Nr Tid Ärende Föredragande Dnr 8 13.15 Regionalt skogsprogram – uppföljningen Jonas Wik, Länsstyrelsen RS/415/2026 9 13.50 Viltförvaltning informerar Per Dahl 10 14.10 Brandrisk Eva Moberg';
    expect(splitUnits(passage(text)).map((u) => u.text)).toEqual([
      'Nr Tid Ärende Föredragande Dnr',
      '8 13.15 Regionalt skogsprogram – uppföljningen Jonas Wik, Länsstyrelsen RS/415/2026',
      '9 13.50 Viltförvaltning informerar Per Dahl',
      '10 14.10 Brandrisk Eva Moberg',
    ]);
  });

  it('reads a numbered table row by row when its column headings carry years ("Mål 2027 Mål 2030")', () => {
    const text = 'Nr Indikator Enhet Basår Basvärde Mål 2027 Mål 2030 Källa 1 Territoriella utsläpp kt CO2e 2010 705 400 317 Nationella emissionsdatabasen 2 Publika snabbladdpunkter antal 2023 186 300 450 Energikontoret';
    expect(splitUnits(passage(text)).map((u) => u.text)).toEqual([
      'Nr Indikator Enhet Basår Basvärde Mål 2027 Mål 2030 Källa — 1 Territoriella utsläpp kt CO2e 2010 705 400 317 Nationella emissionsdatabasen',
      'Nr Indikator Enhet Basår Basvärde Mål 2027 Mål 2030 Källa — 2 Publika snabbladdpunkter antal 2023 186 300 450 Energikontoret',
    ]);
  });
});
