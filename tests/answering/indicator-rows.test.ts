/** An indicator table whose rows are labelled "1a", "1b", … and run together into one paragraph (fixtures/indicator-rows). */
import { describe, expect, it } from 'vitest';
import { answersFrom } from '../helpers/fixture-answers.js';

const { shown } = answersFrom('tests/answering/fixtures/indicator-rows');

describe('a row of an indicator table labelled by number and letter', () => {
  it('gives the row\'s starting value and its target for the year the headings name', () => {
    const head = shown("What's the 2032 target for the share of visitors buying a fishing licence (fiskekort), and what's the starting value?").split('\n')[0];
    expect(head).toContain('21,4');
    expect(head).toContain('30 %');
  });
});
