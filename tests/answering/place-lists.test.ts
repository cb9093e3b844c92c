/**
 * Places asked for by their kind ("vilka orter"), answered by a sentence that lists them by name
 * (tests/answering/fixtures/place-lists, written for these tests).
 */
import { describe, expect, it } from 'vitest';
import { scoreUnits, weighConcepts } from '../../src/answering/evidence.js';
import { QuestionMatcher } from '../../src/answering/matcher.js';
import { analyzeQuestion } from '../../src/answering/understand.js';
import { answersFrom } from '../helpers/fixture-answers.js';

const { shown, index } = answersFrom('tests/answering/fixtures/place-lists');

describe('which places something reached', () => {
  it('is the sentence naming the places', () => {
    expect(shown('vilka orter besökte hörselbussen under 2034?').split('\n')[0]).toMatch(/Funäsdalen, Hammarstrand/);
  });

  it('counts a list of four or more names as naming the "orter" asked for, as a sentence saying "orter" does', () => {
    const analysis = analyzeQuestion(index(), 'vilka orter besökte hörselbussen under 2034?');
    const weighted = weighConcepts(index(), analysis);
    const scored = scoreUnits(index(), analysis, weighted, index().kb.passages, new QuestionMatcher(weighted));
    const listing = scored.find((s) => s.unit.text.includes('Funäsdalen'))!;
    const orter = weighted.findIndex((w) => w.concept.label === 'orter');
    expect(listing.inUnit[orter]).toBe(1);
  });
});
