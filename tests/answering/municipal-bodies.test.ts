/**
 * A municipality's own body (tests/answering/fixtures/municipal-bodies, written for these tests): the KPR of Berg's
 * notice, "BERGS KOMMUN", is Berg's, and no other municipality's KPR.
 */
import { describe, expect, it } from 'vitest';
import { answersFrom } from '../helpers/fixture-answers.js';

const { shown, declined } = answersFrom('tests/answering/fixtures/municipal-bodies');

describe('a role in a body the question places in a municipality', () => {
  it('is answered from that municipality\'s papers', () => {
    expect(shown('vem är ordförande i Bergs KPR?')).toMatch(/^Lisa Holm/);
  });

  it('is not answered from another municipality\'s papers', () => {
    declined('vem är ordförande i Åres KPR?');
    declined('who chairs the KPR in Krokom?');
  });
});
