/** A notice whose table is one cell per line on its first page and in columns on the next (fixtures/mixed-layout). */
import { describe, expect, it } from 'vitest';
import { answersFrom } from '../helpers/fixture-answers.js';

const { shown } = answersFrom('tests/answering/fixtures/mixed-layout');

describe('a notice whose table changes layout between pages', () => {
  it('answers an item on the page in columns, its note under the row kept out of its title', () => {
    const answer = shown('Vem föredrar punkt 4 på skogsrådets möte 22/9 och vilken tid börjar den?');
    expect(answer.split('\n')[0]).toContain('”Revidering av budget för skogsstöd 2033”');
    expect(answer.split('\n')[0]).toContain('Karin Ek');
    expect(answer.split('\n')[0]).toContain('10:30');
  });

  it('reads the rows after a page mark without repeated headings', () => {
    expect(shown('What is item 6 at Skogsrådet on 22 September 2033?').split('\n')[0]).toContain('Mötesplan 2034');
  });

  it('tells what happens after lunch with the first item\'s note', () => {
    const answer = shown('Vad händer efter lunchen på skogsrådets möte 2033-09-22?').slice(0, 600);
    expect(answer).toContain('Nils Åkesson');
    expect(answer).toContain('torkhuset');
  });

  it('reads a presenter named with a party on the first page', () => {
    const answer = shown('Who opens the Skogsrådet meeting on 22 September 2033?').split('\n')[0];
    expect(answer).toContain('"Mötet öppnas och upprop"');
    expect(answer).toContain('presented by Eva Holm');
  });
});
