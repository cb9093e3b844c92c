import { describe, expect, it } from 'vitest';
import { extractResults } from '../../src/knowledge/extract/results.js';
import { FILES, prepare, rawLinesOf } from './corpus.js';

const itemsOf = (file: string, unit: string, year: number, raw?: string[]) =>
  extractResults(prepare(file, raw)).filter((r) => r.unit === unit && r.year === year);

describe('extractResults', () => {
  it("reads Energikontoret's 2021 results, joining items wrapped over lines and blank lines", () => {
    const items = itemsOf(FILES.pack2022, 'Energikontoret', 2021);
    expect(items.map((i) => i.text)).toEqual(
      expect.arrayContaining([
        'Vi var en av arrangörerna till Klimatseminarium 2021 som genomfördes både genom fysisk konferns och möjlighet att delta digitalt med totalt ca 450 deltagare.',
        expect.stringContaining('Under året har snabbladdare etablerats i Bräcke, Strömsund, Hammarstrand'),
      ]),
    );
    expect(items[0].source).toMatchObject({ file: FILES.pack2022, lines: [962, 963] });
  });

  it('stops at the flattened project table instead of reading it as results', () => {
    const texts = itemsOf(FILES.pack2022, 'Energikontoret', 2021).map((i) => i.text);
    expect(texts.some((t) => t.startsWith('Transporter'))).toBe(false);
  });

  it("reads Energikontoret's 2020 results from the markdown-like report", () => {
    const items = itemsOf(FILES.report2020, 'Energikontoret', 2020);
    expect(items.map((i) => i.text)).toContain('Vi var en av arrangörerna till Klimatseminarium 2020 som genomfördes digitalt med ca 450 deltagare.');
  });

  it('gives results under "Exempel på resultat" to the unit above ("Lärcentrum"), not to a sub-heading', () => {
    const texts = itemsOf(FILES.pack2022, 'Lärcentrum', 2021).map((i) => i.text);
    expect(texts).toContain('Plan för etablering av två nya Lärcentrumfilialer i Stugun och Frostviken har påbörjats.');
  });

  it('gives a results heading on the level of its unit heading to that unit, not to the chapter in capitals', () => {
    const texts = itemsOf(FILES.report2020, 'Skol IT Zappa Zonline', 2020).map((i) => i.text);
    // A short bullet without a full stop is a whole item; the paragraph after it is another.
    expect(texts).toEqual(expect.arrayContaining(['Utveckling av administration för applikationsgrupper i Zappa', 'Utbildning för Google Admins']));
  });

  it('skips a line ending in a colon and a bulleted line when looking for the unit of a results heading', () => {
    const texts = itemsOf(FILES.report2020, 'Social Välfärd', 2020).map((i) => i.text);
    expect(texts).toContain('Inom fallprevention har en kartläggning i länet gjorts av modellen för "trygg och säker hemma".');
    const units = new Set(extractResults(prepare(FILES.report2020)).map((r) => r.unit));
    expect(units.has('Kommunalpolitisk arena för samverkan')).toBe(false);
    expect(units.has('Psykisk hälsa')).toBe(false);
  });

  it('reads no results from a plan that only lists planned activities', () => {
    expect(extractResults(prepare(FILES.regionplan))).toEqual([]);
  });

  it('survives a results heading with nothing under it', () => {
    const raw = rawLinesOf(FILES.pack2022).slice(0, 962);
    expect(() => extractResults(prepare(FILES.pack2022, raw))).not.toThrow();
  });

  it('reads "Genomfört under 2024" in a status report whose title names the unit ("Lägesrapport Skol IT Zappa Zonline 2024")', () => {
    const raw = [
      'Lägesrapport Skol IT Zappa Zonline 2024',
      '',
      'Bakgrund',
      'Regionen förvaltar Zappaplattformen enligt samarbetsavtal med skolhuvudmännen i länet sedan många år.',
      '',
      'Genomfört under 2024',
      '\uf0b7 Ny inloggning med tvåfaktorsautentisering för all personal infördes den',
      '15 april 2024.',
      '\uf0b7 Zappagruppen har haft 6 möten under året.',
    ];
    const items = itemsOf('040_status.txt', 'Skol IT Zappa Zonline', 2024, raw);
    expect(items.map((i) => i.text)).toEqual([
      'Ny inloggning med tvåfaktorsautentisering för all personal infördes den 15 april 2024.',
      'Zappagruppen har haft 6 möten under året.',
    ]);
  });

  it('reads "Resultat 2023" under a numbered chapter of a report, each bullet with the indented lines it wraps onto', () => {
    const raw = [
      'Verksamhetsberättelse 2023', 'Infrastruktur och transporter', '',
      '5 Gång och cykel',
      'Den regionala cykelstrategin antogs av regionstyrelsen 2022-11-29 och följs upp varje år av enheten.',
      'Resultat 2023',
      '• 7,4 km ny GC-väg längs statligt vägnät färdigställdes (3,1 km',
      '  Funäsdalen–Tänndalen och 2,2 km Ytterån–Nälden).',
      '• Tolv arbetsplatser diplomerades som "Cykelvänlig arbetsplats".',
    ];
    const items = itemsOf('041_report.txt', 'Gång och cykel', 2023, raw);
    expect(items.map((i) => i.text)).toEqual([
      '7,4 km ny GC-väg längs statligt vägnät färdigställdes (3,1 km Funäsdalen–Tänndalen och 2,2 km Ytterån–Nälden).',
      'Tolv arbetsplatser diplomerades som "Cykelvänlig arbetsplats".',
    ]);
  });
});

