/** Who holds a role after the holder the question names has left (fixtures/successor). */
import { describe, expect, it } from 'vitest';
import { answersFrom } from '../helpers/fixture-answers.js';

const { shown } = answersFrom('tests/answering/fixtures/successor');

describe('a role asked "after" a named holder left', () => {
  it('is the successor the minutes elected, not the holder the plan names', () => {
    const head = shown('Maria Edlund har slutat – vem är ordförande i Regionala skogsrådet sedan maj 2033?').split('\n')[0];
    expect(head).toContain('Ingela Holm');
    expect(head).not.toContain('Maria Edlund');
  });

  it('passes over the named holder\'s own role, and over "i våras" and "sedan" as words of the role', () => {
    const head = shown('Maria Edlund slutade i våras – vem är ordförande i Regionala skogsrådet sedan dess?').split('\n')[0];
    expect(head).toContain('Ingela Holm');
    expect(head).not.toContain('Maria Edlund');
  });

  it('names only the successor when the minutes record both the leaving chair and the election', () => {
    const head = shown('Maria Edlund har slutat – vem är ordförande i Regionala skogsrådet?').split('\n')[0];
    expect(head).toContain('Ingela Holm');
    expect(head).not.toContain('Maria Edlund');
  });
});

describe('who led a meeting, and whom the chair succeeded', () => {
  it('answers both from the page\'s opening and the sentence after it', () => {
    const answer = shown('Vem ledde Viltrådets sammanträde 28/11 2033, och vem hade hon efterträtt som ordförande?').slice(0, 600);
    expect(answer.split('\n')[0]).toContain('Lena Sjö');
    expect(answer).toContain('efterträdde Karl Berg');
  });
});
