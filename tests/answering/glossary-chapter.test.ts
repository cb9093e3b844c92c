/** A plan's chapter of definitions, each term a line over the sentences defining it (fixtures/glossary-chapter). */
import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../src/answering/understand.js';
import { answersFrom } from '../helpers/fixture-answers.js';

const { shown, index } = answersFrom('tests/answering/fixtures/glossary-chapter');

describe('a term defined in a chapter of definitions', () => {
  it('is answered by the sentence under the term, not by a sentence that uses the word', () => {
    expect(shown('Vad menas med väntetid i tandvårdsplanen?').split('\n')[0]).toContain('Antal dagar från att patienten ställts i kö');
  });

  it('is answered when asked how the plan defines "begreppet X"', () => {
    expect(shown('Hur definierar tandvårdsplanen begreppet väntetid?').split('\n')[0]).toContain('Antal dagar från att patienten ställts i kö');
    // ("begreppet" frames the question: it is no word a definition must contain.)
    expect(analyzeQuestion(index(), 'Hur definierar tandvårdsplanen begreppet väntetid?').concepts.map((c) => c.label)).not.toContain('begreppet');
  });

  it('is answered when asked what X comprises ("vad ingår i en …")', () => {
    const answer = shown('Vad ingår i en basundersökning enligt tandvårdsplanen?');
    expect(answer.split('\n')[0]).toContain('Den undersökning som barn får vid tre års ålder');
    expect(answer).toContain('kariesbedömning');
  });

  it('is answered when asked "how is X defined"', () => {
    const answer = shown('how is väntetid defined in the regional tandvårdsplan – are akuta besök counted?');
    expect(answer.split('\n')[0]).toContain('Antal dagar från att patienten ställts i kö');
    expect(answer).toContain('Akuta besök räknas inte');
  });
});

describe('a chapter of terms whose heading stands over short term lines ("3. Begrepp" / "Övningsskola" / "Skola som …")', () => {
  it('is answered by the sentence under the term, asked with an article ("en övningsskola")', () => {
    expect(shown('Vad menas med en övningsskola i planen för lärarförsörjning?').split('\n')[0]).toContain('Skola som har avtal med universitetet');
  });
});
