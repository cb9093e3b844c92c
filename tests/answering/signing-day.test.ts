/** The day minutes were approved, from their "Justeringens plats och tid" field (fixtures/signing-day). */
import { describe, expect, it } from 'vitest';
import { answersFrom } from '../helpers/fixture-answers.js';

const { shown } = answersFrom('tests/answering/fixtures/signing-day');

describe('when minutes were approved (justerade)', () => {
  it('is the day in the field "Justeringens plats och tid", not the notice\'s posting days', () => {
    for (const question of ['When was the protokoll from the May 16 Viltråd meeting justerat?', 'När justerades viltrådets protokoll från 2033-05-16?']) {
      const lead = shown(question).split('\n')[0];
      expect(lead).toContain('2033-05-23');
      expect(lead).not.toContain('2033-05-24');
    }
  });
});
