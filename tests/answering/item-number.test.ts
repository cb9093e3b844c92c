/**
 * An agenda item asked by its number when no agenda of the day is in the documents (tests/answering/fixtures/item-number,
 * written for these tests): a report's sentence about the matter does not say which item it was; the day's notes that
 * list the items by number do.
 */
import { describe, expect, it } from 'vitest';
import { answersFrom } from '../helpers/fixture-answers.js';

const { shown, declined } = answersFrom('tests/answering/fixtures/item-number');

describe('an item asked by its number', () => {
  it('is not answered by a sentence about the matter that numbers no item', () => {
    declined('Who presents item 11, the kommunikationsplan, at the styrgrupp för familjecentraler on 14 March 2034?');
  });

  it('is answered by the day\'s notes that list the item by its number ("11 14:15 Kommunikationsplan …")', () => {
    expect(shown('vem föredrog punkt 11 på styrgruppen för familjecentraler 20 september 2034?')).toMatch(/Anna Berg/);
  });

  it('leaves the matter itself answerable when no number is asked', () => {
    expect(shown('Who presented the kommunikationsplan at the styrgrupp för familjecentraler on 14 March 2034?')).toMatch(/Anna Berg/);
  });
});
