/** Bodies whose names differ inside one compound (fixtures/organ-names). */
import { describe, expect, it } from 'vitest';
import { answersFrom } from '../helpers/fixture-answers.js';

const { shown, declined } = answersFrom('tests/answering/fixtures/organ-names');

describe('a role in a body named by part of another body\'s compound', () => {
  it('is answered for the body named', () => {
    expect(shown('Who is the vice chair of Länsstyrgruppen för lokal mat?')).toMatch(/^Nils Nord/);
  });

  it('is not answered by the holder in a body with more of a name inside ("Länsgruppen" asked, "Länsstyrgruppen" written)', () => {
    declined('Who is the vice chair of Länsgruppen för lokal mat?');
  });
});
