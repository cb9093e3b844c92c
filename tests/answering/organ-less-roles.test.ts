/**
 * Roles read from minutes whose head holds no body's name where the organ should be (a line of "=" rules), beside a
 * plan naming another body's chair (tests/answering/fixtures/organ-less-roles, written for these tests).
 */
import { describe, expect, it } from 'vitest';
import { answersFrom } from '../helpers/fixture-answers.js';

const { answered } = answersFrom('tests/answering/fixtures/organ-less-roles');

describe('a chair asked for a body the question names', () => {
  it('is not the chair signing minutes whose organ was read as a line of rules', () => {
    const answer = answered('vem är ordf i Skoterledsgruppen Jämtland–Trøndelag?');
    expect(answer.text).not.toContain('Anna Holm');
    if (answer.answered) expect(answer.text).toContain('Mikael Strand');
  });
});
