/**
 * A document whose title has no year is named by the year it is dated ("överenskommelsen 2019"), and the bodies a
 * "på vems uppdrag" question asks for answer it, and a meeting named by its day is answered from what is dated that day
 * (tests/answering/fixtures/dated-documents).
 */
import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../src/answering/understand.js';
import { answersFrom } from '../helpers/fixture-answers.js';

const { shown, answered, index } = answersFrom('tests/answering/fixtures/dated-documents');

describe('a document named by the year it is dated', () => {
  it('is the one asked about, though a sentence of it states a goal for another year', () => {
    const text = shown('överenskommelsen 2019 – vilka aktiviteter ska Bioenergicentrum bedriva?');
    expect(text).toContain('biobränslen i värmeverk');
  });
});

describe('a meeting page ("Möte 2026-09-17 – Bygglovsnätverket")', () => {
  it('is not named by "möte" and a year alone: every meeting page\'s title begins so', () => {
    expect(analyzeQuestion(index(), 'När är Klimatrådets nästa möte 2026?').documentIds).toEqual([]);
  });
});

describe('"on whose behalf" is answered by the bodies named', () => {
  it('quotes the sentence naming the authority, the federation and the municipalities', () => {
    const text = shown('överenskommelsen 2019 – på vems uppdrag arbetar Bioenergicentrum?');
    expect(text).toContain('Naturvårdsverket, kommunalförbundet och länets kommuner');
  });
});

describe('"kort" asks for brevity', () => {
  it('is not a word the answer must hold', () => {
    const text = shown('överenskommelsen 2019 – vad gör Bioenergicentrum, kort?');
    expect(text).toContain('biobränslen');
  });
});

describe('a meeting named by its day ("bygglovsnätverket 17/9")', () => {
  it('is answered from the page dated that day before a later notice that retells it', () => {
    const answer = answered('hur många kommuner tar emot digitala bygglov enligt bygglovsnätverket 17/9?');
    expect(answer.text).toContain('Sju av åtta kommuner');
    expect(answer.citations[0].document).toBe('bygglovsnatverket-mote-2026-09-17.txt');
  });
});
