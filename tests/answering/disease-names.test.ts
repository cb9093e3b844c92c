/** Diseases asked about in English, named in Swedish in the documents (fixtures/disease-names). */
import { describe, expect, it } from 'vitest';
import { answersFrom } from '../helpers/fixture-answers.js';

const { shown } = answersFrom('tests/answering/fixtures/disease-names');

describe('a disease asked about in English', () => {
  it('is found under its Swedish name ("measles" → "mässling"), not in another disease\'s section', () => {
    const lead = shown('How many exposed people did the measles contact tracing cover in 2031?').split('\n')[0];
    expect(lead).toContain('140');
    expect(lead).not.toContain('influensa');
  });

  it('finds the case by the disease\'s Swedish name', () => {
    expect(shown('When was the measles case confirmed?').split('\n')[0]).toContain('mars 2031');
  });

  it('reads contact tracing as "smittspårning"', () => {
    expect(shown('How many people did the contact tracing cover?').split('\n')[0]).toContain('140');
  });

  it('reads an outbreak as "utbrott"', () => {
    expect(shown('How many outbreaks of norovirus were there in 2031?').split('\n')[0]).toContain('tre utbrott');
  });
});
