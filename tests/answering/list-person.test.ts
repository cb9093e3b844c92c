/**
 * A person asked for by a post and a season, stated in one item of a list of the year's events
 * (tests/answering/fixtures/list-person, written for these tests).
 */
import { describe, expect, it } from 'vitest';
import { answersFrom } from '../helpers/fixture-answers.js';

const { shown } = answersFrom('tests/answering/fixtures/list-person');

describe('a list item naming the people and the post asked for', () => {
  it('answers by itself, whole, not as one shortened item of the list under its heading', () => {
    expect(shown('vem var tf enhetschef på tolkcentralen hösten 2031?')).toMatch(/^[^\n]*Jonas Berg/);
  });
});
