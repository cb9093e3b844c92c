import { describe, expect, it } from 'vitest';
import { FILES, prepare } from './corpus.js';

describe('buildPassages', () => {
  const all = Object.values(FILES).map((file) => prepare(file));

  it('keeps every passage within 1 200 characters and inside its document', () => {
    for (const input of all) {
      for (const passage of input.passages) {
        expect(passage.text.length).toBeLessThanOrEqual(1200);
        const document = input.documents.find((d) => d.id === passage.source.documentId)!;
        expect(passage.source.lines[0]).toBeGreaterThanOrEqual(document.lines[0]);
        expect(passage.source.lines[1]).toBeLessThanOrEqual(document.lines[1]);
        expect(passage.id).toBe(`${document.id}:${passage.source.lines[0]}`);
      }
    }
  });

  it('makes paragraph-size passages from the double-spaced regionplan, not one-line chunks', () => {
    const { passages } = all[3];
    const sizes = passages.map((p) => p.text.length).sort((a, b) => a - b);
    expect(sizes[Math.floor(sizes.length / 2)]).toBeGreaterThanOrEqual(300);
  });

  it('joins a sentence across a blank line in double-spaced text', () => {
    const passage = all[3].passages.find((p) => p.text.includes('De strategiska målen i regionplanen 2018-2020'))!;
    expect(passage.text).toContain('visar viljeinriktningen och vilka prioriteringar som ska göras de kommande tre åren.');
  });

  it('cites the heading path and the reporting year of a 2021 report passage', () => {
    const passage = all[1].passages.find((p) => p.text.includes('Klimatseminarium 2021'))!;
    expect(passage.source.section).toEqual(['RESURSSNÅLARE OCH EFFEKTIVARE', 'Energikontoret', 'Exempel på aktiviteter och resultat under 2021']);
    expect(passage.year).toBe(2021);
    expect(passage.source.page).toBe(28);
    expect(passage.source.lines[0]).toBe(960);
  });

  it('splits the one-paragraph-per-line markdown report into separate passages per section', () => {
    const passage = all[4].passages.find((p) => p.text.includes('snabbbladdare'))!;
    expect(passage.source.section).toContain('Energikontoret');
    expect(passage.year).toBe(2020);
  });

  it('does not carry a 2021 year to the 2018-era mission descriptions', () => {
    const missions = all[1].passages.filter((p) => p.source.documentId.endsWith('#6'));
    expect(missions.length).toBeGreaterThan(5);
    expect(missions.every((p) => p.year !== 2021)).toBe(true);
  });
});

describe('numbered chapter titles', () => {
  it('may carry a comma between words ("4 Mål, insatser och indikatorer"), but a table row\'s label with its unit ("1 Territoriella utsläpp, kt") is no chapter', () => {
    const raw = [
      'Klimatplan för Jämtlands län', '', '3 Bakgrund', 'Länet har minskat sina utsläpp sedan 2010 men behöver öka takten för att nå målen till 2030.', '',
      '4 Mål, insatser och indikatorer', 'Planen har tre mål och en uppsättning indikatorer som följs upp varje år av klimatrådet.', '',
      'Indikator', 'Utfall', 'Mål 2030', '1 Territoriella utsläpp, kt', '498 (2022)', '317', '2 Transporter, kt', '301 (2022)', '190', '',
      '8. Mobila team i Bräcke och Per Ek, verksamhetschef', 'Teamet har arbetat i ett år och berättar om samarbetet med hälsocentralen i kommunen.',
    ];
    const { passages } = prepare('090_plan.txt', raw);
    const sections = new Set(passages.map((p) => p.source.section.at(-1)));
    expect(sections).toContain('4 Mål, insatser och indikatorer');
    expect([...sections].filter((s) => s?.includes('Territoriella') || s?.includes('Per Ek'))).toEqual([]);
  });
});

describe('the years a text names', () => {
  it('are not read from a statute\'s number ("lagen (1996:1157)")', async () => {
    const { findYears } = await import('../../src/knowledge/patterns.js');
    expect(findYears('Rådet inrättades enligt lagen (1996:1157) om läkemedelskommittéer och har sedan 2024 åtta terapigrupper.')).toEqual([2024]);
  });
});
