/** A question naming a "§" of a meeting whose notice and minutes are both at hand (fixtures/paragraph-minutes). */
import { describe, expect, it } from 'vitest';
import { answersFrom } from '../helpers/fixture-answers.js';

const { shown } = answersFrom('tests/answering/fixtures/paragraph-minutes');

describe('"§ N" of a meeting day with minutes', () => {
  it('is the minutes\' paragraph, not the notice\'s item: who presented it that day', () => {
    const text = shown('Vem föredrog § 6 om viltskadorna på skogsrådet den 24 september 2026 – var det Per Ek?');
    expect(text.split('\n').slice(0, 2).join(' ')).toContain('Olle Strand');
  });

  it('leaves the notice\'s item asked by its number', () => {
    expect(shown('Vem föredrar punkt 5 på skogsrådet den 24 september 2026?').split('\n')[0]).toContain('Per Ek');
  });
});
