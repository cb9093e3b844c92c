/**
 * A day decided at one meeting and moved at the next (tests/answering/fixtures/moved-day, written for these tests).
 */
import { describe, expect, it } from 'vitest';
import { answersFrom } from '../helpers/fixture-answers.js';

const { shown } = answersFrom('tests/answering/fixtures/moved-day');

describe('a day later moved', () => {
  it('is given as moved when the question asks which day holds now', () => {
    expect(shown('seniorträffen 2033 – vilket datum gäller nu? hörde att det ändrats').split('\n')[0]).toContain('11 oktober 2033');
  });

  it('is asked in English too: "… got moved right? new date"', () => {
    expect(shown('seniorträffen 2033 got moved right? new date').split('\n')[0]).toContain('11 oktober 2033');
  });
});
