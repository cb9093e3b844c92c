/**
 * A body officials call by the everyday name its documents give it ("Samverkansgruppen för skoterleder och
 * terrängkörning, i dagligt tal Skotergruppen"; tests/answering/fixtures/nicknames, written for these tests).
 */
import { describe, expect, it } from 'vitest';
import { answersFrom } from '../helpers/fixture-answers.js';

const { shown } = answersFrom('tests/answering/fixtures/nicknames');

describe('a body asked about by its everyday name', () => {
  it('is the body the documents name so', () => {
    expect(shown('vem är ordförande i Skotergruppen?')).toMatch(/^Lena Öhman[^\n]*Samverkansgruppen för skoterleder/);
    expect(shown('vad beslutade skotergruppen den 20 maj 2034?').split('\n')[0]).toMatch(/skyltmall/);
  });

  it('is also the name in quotes right after the body\'s ("Länsrådet för skoterleder (”Skoterrådet”)")', () => {
    expect(shown('vem är ordförande i Skoterrådet?')).toMatch(/^Maria Sandin[^\n]*Länsrådet för skoterleder/);
  });

  it('is also the name given "i vardagslag" ("… (SFL) – i vardagslag kallad Ledgruppen")', () => {
    expect(shown('vem är ordförande i Ledgruppen?')).toMatch(/^Anna Kvist[^\n]*Samordningsgruppen för fjälleder/);
  });
});

describe('minutes whose body is named only in the header taken away as a running header', () => {
  it('are that body\'s papers of the day', () => {
    expect(shown('who chaired the Skotergruppen meeting on 12 March 2034?')).toMatch(/^Per Ekholm/);
  });
});
