/** The region's name, "Region Jämtland Härjedalen", beside a question about the municipality Härjedalen (fixtures/region-name). */
import { describe, expect, it } from 'vitest';
import { answersFrom } from '../helpers/fixture-answers.js';

const { declined, shown } = answersFrom('tests/answering/fixtures/region-name');

describe('"Härjedalen" in the region\'s name', () => {
  it('is not the municipality a question names', () => {
    declined('Vem är ordförande i Härjedalens ungdomsråd?');
  });

  it('leaves the regional body\'s chair found under the region\'s letterhead', () => {
    expect(shown('Vem är ordförande i Regionala ungdomsrådet?')).toContain('Karin Åslund');
  });
});
