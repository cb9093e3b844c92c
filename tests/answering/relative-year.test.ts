/**
 * "Förra året" asked of documents whose newest paper is older than today (tests/answering/fixtures/relative-year,
 * written for these tests; the answers are read as of 2026-04-01, the papers are from 2024 and early 2025).
 */
import { describe, expect, it } from 'vitest';
import { answersFrom } from '../helpers/fixture-answers.js';

const { shown } = answersFrom('tests/answering/fixtures/relative-year');

describe('a year asked relative to now ("förra året", "last year")', () => {
  it('counts from the year of the newest paper when that is older than today', () => {
    expect(shown('Hur många förare genomgick förarutbildningen förra året?').split('\n')[0]).toContain('212');
    expect(shown('How many förare went through the förarutbildning last year?').split('\n')[0]).toContain('212');
  });
});
