/**
 * A short sentence that answers is often completed by the next one in its passage: the aim after the application,
 * the figures after the count (tests/answering/fixtures/follow-on).
 */
import { describe, expect, it } from 'vitest';
import { answersFrom } from '../helpers/fixture-answers.js';

const { shown } = answersFrom('tests/answering/fixtures/follow-on');

describe('the sentence after a short answering one', () => {
  it('is quoted with it, so the aim stated after "an application has been submitted" is in the answer', () => {
    const text = shown('Kompetenscentrum Glesbygd 2025 – the ansökan om projektmedel, what is it meant to develop?');
    expect(text).toContain('Ansökan om projektmedel har lämnats in');
    expect(text).toContain('distansundervisning i yrkesämnen');
  });

  it('brings the breakdown that follows a count, and the sentences after that while they fit', () => {
    const text = shown('Hur gick det för Företagsjouren första halvåret?');
    expect(text).toContain('129');
    expect(text).toContain('tolv bymöten');
    expect(text).toContain('91 procent nöjda');
  });
});

describe('a long sentence that answers, with nothing listed after it', () => {
  it('is quoted on past its first two hundred characters, to the things it names at its end', () => {
    const text = shown('vad ingår i Kompetenscentrum Glesbygds operativa uppdrag?');
    expect(text).toContain('validering av yrkeskunskaper');
  });
});

describe('"Nämnden är …" answering who', () => {
  it('brings the sentence before it that names the body in full', () => {
    const text = shown('vem är styrelse för naturbruksgymnasiet?');
    expect(text).toContain('Nämnden är också styrelse för naturbruksgymnasiet');
    expect(text).toContain('Kultur- och bildningsnämnden');
  });
});

describe('a sentence without its subject under a label ("Budgetplan / Innehåller …")', () => {
  it('is about what the label names', () => {
    const text = shown('Vad innehåller budgetplanen enligt styrmodellen?');
    expect(text).toContain('lokalplan och hyresnivåer');
  });
});

describe('"which areas" answered by a sentence naming three of them after the asked word', () => {
  it('quotes that sentence first', () => {
    const text = shown('trygg och säker tandvård – vilka områden ska man fokusera på?');
    expect(text.indexOf('god hygienrutin')).toBeGreaterThan(-1);
    expect(text.indexOf('god hygienrutin')).toBeLessThan(text.indexOf('Att ingen patient'));
  });
});

describe('words written in other forms than the question\'s', () => {
  it('finds a Latin plural ("resurscentra") for the singular asked ("resurscentrum")', () => {
    expect(shown('Vad gör länets Resurscentrum för vuxna?')).toMatch(/^[^\n]*resurscentra erbjuder studievägledning/);
  });

  it('answers "vad fokuserar X på" with "Fokus ligger på …"', () => {
    expect(shown('Vad fokuserar Kulturskolan på?')).toMatch(/^[^\n]*Fokus ligger på barn/);
  });
});

describe('a long sentence that names the subject again and again', () => {
  it('is quoted from where all the question\'s words meet, not where the name repeats most', () => {
    const text = shown('what has Kulturnätverket done so far in 2025?');
    expect(text).toContain('212 deltagare');
  });
});

describe('"vad innebär X" asks what X is', () => {
  it('is answered by the sentence "X innebär att …", not by one that only counts X', () => {
    const text = shown('vad innebär utökade hembesök enligt familjecentralernas VB 2025?');
    expect(text).toContain('förstagångsföräldrar erbjuds sex hembesök');
  });
});
