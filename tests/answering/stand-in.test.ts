/** A presenter the notice names, replaced on the day according to the day's notes (fixtures/stand-in). */
import { describe, expect, it } from 'vitest';
import { answersFrom } from '../helpers/fixture-answers.js';

const { shown, declined } = answersFrom('tests/answering/fixtures/stand-in');

describe('who presented an item', () => {
  it('is told with the notes saying the named presenter was replaced, and by whom', () => {
    const answer = shown('Vem föredrog punkten Rovdjursrådet informerar på viltnätverkets möte den 14 september 2033?').slice(0, 600);
    expect(answer).toContain('Jonas Lind');
    expect(answer).toContain('har fått förhinder');
    expect(answer).toContain('Maria Holm');
  });

  it('is the notice\'s presenter when the notes replace nobody', () => {
    const answer = shown('Who presented item 3 at Viltnätverket on 14 September 2033?');
    expect(answer).toContain('Nils Åkesson');
    expect(answer).not.toContain('förhinder');
  });
});

describe('who presented at a network\'s meeting ("träff") of which no paper is at hand', () => {
  it('is not answered from the notes that only name the day ahead', () => {
    declined('Vem föredrog punkten om älgarna på viltnätverkets träff i Sveg den 16 november 2033?');
  });
});

describe('who stood in for a holder on leave', () => {
  it('is the acting holder the report names ("tf" asked, "tillförordnad" written; "on leave" asked, "föräldraledighet" written)', () => {
    expect(shown('who was tf regional bredbandssamordnare spring 2033').split('\n')[0]).toContain('Kim Sandberg');
    expect(shown('who covered for Lisa Norberg while she was on leave in 2033?').split('\n')[0]).toContain('Kim Sandberg');
  });
});
