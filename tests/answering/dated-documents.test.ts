/**
 * A document whose title has no year is named by the year it is dated ("överenskommelsen 2019"), and the bodies a
 * "på vems uppdrag" question asks for answer it (tests/answering/fixtures/dated-documents).
 */
import { describe, expect, it } from 'vitest';
import { answersFrom } from '../helpers/fixture-answers.js';

const { shown } = answersFrom('tests/answering/fixtures/dated-documents');

describe('a document named by the year it is dated', () => {
  it('is the one asked about, though a sentence of it states a goal for another year', () => {
    const text = shown('överenskommelsen 2019 – vilka aktiviteter ska Bioenergicentrum bedriva?');
    expect(text).toContain('biobränslen i värmeverk');
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
