/**
 * A list asked where a table of figures per year also counts the things (tests/answering/fixtures/counted-list,
 * written for these tests): the table counts them and names none.
 */
import { describe, expect, it } from 'vitest';
import { answersFrom } from '../helpers/fixture-answers.js';

const { shown } = answersFrom('tests/answering/fixtures/counted-list');

describe('which things were done, asked beside a table that counts them', () => {
  it('is answered by the list that names them, not by the count per year', () => {
    const answer = shown('which new state naturreservat were formed in 2033');
    expect(answer).toContain('Storbäckens urskog');
    expect(answer).toContain('Tjärnbergets naturskog');
  });

  it('leaves the count to the table', () => {
    expect(shown('hur många nya statliga naturreservat bildades 2033?').split('\n')[0]).toMatch(/\b3\b|[Tt]re/);
  });
});
