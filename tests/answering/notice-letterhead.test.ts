/** A notice under a sender's letterhead, its kind spaced out, with the secretary's contact lines (fixtures/notice-letterhead). */
import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../src/answering/understand.js';
import { answersFrom } from '../helpers/fixture-answers.js';

const { shown, index } = answersFrom('tests/answering/fixtures/notice-letterhead');

describe('a notice under a unit\'s letterhead with "Sekreterare: …" and its phone and e-mail', () => {
  it('is one notice, whose agenda answers who presents an item', () => {
    const text = shown('Vem föredrar punkt 3 på styrgruppens möte den 14 mars 2033?');
    expect(text.split('\n')[0]).toContain('Anneli Holm');
  });

  it('is not named by "kallas" ("is called"), though its kind "Kallelse" stems alike', () => {
    const analysis = analyzeQuestion(index(), 'Vad krävs för att en verksamhet ska få kallas skogscentral?');
    expect(analysis.documentIds.filter((id) => id.startsWith('kallelse'))).toEqual([]);
  });
});
