/**
 * Roles named with the body they belong to (tests/answering/fixtures/other-body-roles, written for these tests).
 */
import { describe, expect, it } from 'vitest';
import { answersFrom } from '../helpers/fixture-answers.js';

const { shown, declined } = answersFrom('tests/answering/fixtures/other-body-roles');

describe('a role tied to a body by "Sammankallande i LEV"', () => {
  it('is that body\'s', () => {
    expect(shown('vem är sammankallande i LEV?')).toMatch(/^Sofia Nordling/);
  });

  it('is not the role of another body the passage names', () => {
    declined('who chairs Trafikverkets regionala vinterråd?');
  });
});
