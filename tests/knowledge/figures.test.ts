import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/knowledge/extract/figures.js';
import { FILES, prepare } from './corpus.js';

describe('extractFigures', () => {
  const figures = extractFigures(prepare(FILES.pack2022));

  it('reads the 2021 compensation in tkr with the sentence that says what it measures', () => {
    expect(figures).toContainEqual(
      expect.objectContaining({
        value: '10 046',
        amount: 10046,
        unit: 'tkr',
        year: 2021,
        measure: expect.stringContaining('den ekonomiska ersättningen 2021'),
        source: expect.objectContaining({ file: FILES.pack2022, lines: [1083, 1083] }),
      }),
    );
  });

  it('joins an amount split over two lines ("2 / 248 tkr")', () => {
    expect(figures.map((f) => [f.value, f.unit])).toContainEqual(['2 248', 'tkr']);
  });

  it('reads mkr amounts with decimal commas and counts with what they count', () => {
    expect(figures).toContainEqual(expect.objectContaining({ value: '42,2', amount: 42.2, unit: 'mkr' }));
    expect(figures).toContainEqual(expect.objectContaining({ value: '450', unit: 'count', measure: expect.stringContaining('450 deltagare') }));
  });

  it('does not count years, dates or diary numbers', () => {
    expect(figures.some((f) => /^(19|20)\d{2}$/.test(f.value.replace(/\s/g, '')))).toBe(false);
  });

  it('reads percentages', () => {
    const report2020 = extractFigures(prepare(FILES.report2020));
    expect(report2020).toContainEqual(expect.objectContaining({ value: '72', unit: '%' }));
  });
});
