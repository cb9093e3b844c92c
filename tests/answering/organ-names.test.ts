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

describe('a body led by someone, and bodies known by abbreviations', () => {
  it('answers who chairs a body "led by" someone, not the chair of a group known by its abbreviation', () => {
    const answer = shown('Vem är ordförande för Matrådets styrgrupp 2033?');
    expect(answer.split('\n')[0]).toContain('Karin Forsgren');
    expect(answer.split('\n')[0]).not.toContain('Lisa Ek');
  });

  it('keeps a body whose name opens with an abbreviation whole ("VA-kostnätverket")', () => {
    expect(shown('Who is sammankallande of the VA-kostnätverket?')).toMatch(/^Jonas Lind/);
  });
});

describe('an abbreviation a contents line gives with the bare head of the name', () => {
  it('stands for the full name the chapter spells out ("Styrgruppen (SKM-Z)" / "Styrgruppen för kommunal måltidssamverkan … (SKM-Z)")', () => {
    expect(shown('vad står SKM-Z för?')).toContain('Styrgruppen för kommunal måltidssamverkan i Jämtlands län');
  });
});
