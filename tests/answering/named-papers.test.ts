/** Which paper a question names by a title's words (fixtures/named-papers). */
import { describe, expect, it } from 'vitest';
import { answersFrom } from '../helpers/fixture-answers.js';

const { shown, index } = answersFrom('tests/answering/fixtures/named-papers');

describe('a paper named by its title', () => {
  it('takes "län" for the county, not for the head of "Länsplan … Jämtlands län"', () => {
    const text = shown('which municipalities in Jämtlands län does Inlandsbanan pass through?');
    expect(text.split('\n')[0]).toContain('Krokom');
  });
});

describe('who led a meeting in place of the regular convenor', () => {
  it('is read from the sentence naming the regular convenor and why another led', () => {
    const text = shown("Who led the Kommunala fiskenätverket meeting on November 6th 2031, and why wasn't it the ordinary sammankallande?");
    expect(text.split('\n')[0]).toContain('Eva Ström');
    expect(text.split('\n')[0]).toContain('föräldraledig');
  });
});

describe('who chaired a meeting its notice and its minutes both name a chair for', () => {
  it('is the chair the minutes record, not the regular chair the notice names', () => {
    expect(shown('Who chaired the Skogsrådet meeting on 14 March 2031?')).toMatch(/^Karin Holm/);
  });

  it('titles the minutes by the header their pages repeat', () => {
    expect(index().kb.documents.find((d) => d.file === 'skogsradet_minnesanteckningar_2031-03-14.txt')?.title).toBe('MINNESANTECKNINGAR Skogsrådet Jämtland Härjedalen 2031-03-14');
  });
});
