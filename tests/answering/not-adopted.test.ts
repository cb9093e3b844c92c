/**
 * A plan the documents say is still to be drawn up (tests/answering/fixtures/not-adopted, written for these tests):
 * asked when it was adopted, no day of another event answers, nor the cover line ("Antagen av …") of another kind of paper.
 */
import { describe, expect, it } from 'vitest';
import { answersFrom } from '../helpers/fixture-answers.js';

const { shown, declined } = answersFrom('tests/answering/fixtures/not-adopted');

describe('when a paper was adopted', () => {
  it('is the day of its adoption', () => {
    expect(shown('När antogs programmet för friluftsliv?').split('\n')[0]).toMatch(/15 mars 2033/);
  });

  it('is not answered for a plan still to be drawn up, by its plans or a meeting that discussed it', () => {
    declined('when was the handlingsplan för snöskoterleder adopted');
    declined('När antogs handlingsplanen för snöskoterleder?');
    declined('När antogs riktlinjerna för ledskyltning?');
    // ("… beslutar att ge Regional utveckling i uppdrag att ta fram ett förslag till Handlingsplan för vinterleder …")
    declined('när antogs handlingsplanen för vinterleder i fjällen');
  });

  it('is asked "when did X adopt …" too, and read from a table of the days each council adopted it', () => {
    declined('when did Friluftsrådet adopt the handlingsplan för snöskoterleder');
    expect(shown('When did Bräcke kommunfullmäktige adopt the samverkansavtal om friluftsliv?').split('\n')[0]).toMatch(/2033-12-02/);
  });

  it('is not the cover line of another kind of paper, nor a decision that names no paper of the kind asked', () => {
    expect(shown('När antogs handlingsplanen för säkra skoterleder?').split('\n')[0]).toMatch(/2033-12-06/);
    declined('När antogs Friluftsstrategi 2045?');
    declined('when was the Friluftsstrategi adopted and how long is it valid');
    declined('när antogs handlingsplanen för halkbekämpning');
  });
});
