/**
 * A notice whose agenda columns the dump kept apart with spaces, numbered first and with the time headed "Kl."
 * (tests/answering/fixtures/column-notice, written for these tests): a rule under the headings, the headings printed
 * again after a page break, and breaks framed by dashes between the rows.
 */
import { describe, expect, it } from 'vitest';
import { answersFrom } from '../helpers/fixture-answers.js';

const { shown } = answersFrom('tests/answering/fixtures/column-notice');

describe('a number-first agenda table whose time column is headed "Kl."', () => {
  it('reads each row\'s time, presenter and title, also after the page break', () => {
    expect(shown('När börjar punkt 4 på Vattenrådet den 8 oktober 2025?')).toMatch(/^Punkt 4 [^\n]*Åtgärdsprogram[^\n]*10[.:]00/);
    expect(shown('Who presents item 6 at VRI on 8 October 2025?')).toMatch(/^Item 6 [^\n]*Olle Westin/);
  });

  it('reads a break framed by dashes as a break, not as part of the title above it', () => {
    expect(shown('VRI 8 okt 2025 – när är kaffepausen?')).toMatch(/10[.:]40/);
    expect(shown('What is item 5 at VRI on 8 October 2025?')).not.toMatch(/Lunch/);
  });
});
