import { describe, expect, it } from 'vitest';
import { parseSurveyCommand } from '../../src/surveys/index.js';

describe('parseSurveyCommand', () => {
  it.each([
    ['enkät', { kind: 'list', language: 'sv' }],
    ['Enkät?', { kind: 'list', language: 'sv' }],
    ['survey', { kind: 'list', language: 'en' }],
    ['enkät e3', { kind: 'list', language: 'sv', roundId: 'e3' }],
    ['starta enkät', { kind: 'start', language: 'sv', bodies: [], deadline: null, anonymous: false }],
    [
      'starta enkät uppfoljning-samverkan-2015 för FoU-rådet, SocSam och BUZ deadline 2025-11-30 anonym',
      { kind: 'start', language: 'sv', questionnaire: 'uppfoljning-samverkan-2015', bodies: ['fou-rådet', 'socsam', 'buz'], deadline: '2025-11-30', anonymous: true },
    ],
    ['starta enkät för socsam sista svarsdag 2025-11-30', { kind: 'start', language: 'sv', bodies: ['socsam'], deadline: '2025-11-30', anonymous: false }],
    [
      'start survey for BUZ and IFO-chefer by 2025-12-01 anonymous to <at>Anna Berg</at> <at>Bo Ek</at>',
      { kind: 'start', language: 'en', bodies: ['buz', 'ifo-chefer'], deadline: '2025-12-01', anonymous: true },
    ],
    ['påminn e2', { kind: 'remind', language: 'sv', roundId: 'e2' }],
    ['remind', { kind: 'remind', language: 'en' }],
    ['förläng e2 2025-12-15', { kind: 'extend', language: 'sv', roundId: 'e2', deadline: '2025-12-15' }],
    ['extend 2025-12-15', { kind: 'extend', language: 'en', deadline: '2025-12-15' }],
    ['stäng enkät e2', { kind: 'close', language: 'sv', roundId: 'e2' }],
    ['stäng enkät', { kind: 'close', language: 'sv' }],
    ['close survey e2', { kind: 'close', language: 'en', roundId: 'e2' }],
    ['resultat e2', { kind: 'results', language: 'sv', roundId: 'e2' }],
    ['resultat för demo', { kind: 'results', language: 'sv', roundId: 'demo' }],
    ['results', { kind: 'results', language: 'en' }],
    ['exportera e2', { kind: 'export', language: 'sv', roundId: 'e2' }],
    ['export e12', { kind: 'export', language: 'en', roundId: 'e12' }],
  ])('reads "%s"', (text, expected) => {
    expect(parseSurveyCommand(text)).toEqual(expected);
  });

  it.each([
    'vad blev resultatet 2021?',
    'resultat för Energikontoret 2021',
    'remind me who chairs SocSam',
    'export av tjänster',
    'stäng',
    'close the meeting',
    'enkät om samverkan 2015',
    'vem är ordförande i BUZ?',
  ])('leaves "%s" to question answering', (text) => {
    expect(parseSurveyCommand(text)).toBeUndefined();
  });

  it.each([
    ['förläng e2', { topic: 'extend', problem: { code: 'missing-date' } }],
    ['förläng e2 31/12', { topic: 'extend', problem: { code: 'bad-date', word: '31/12' } }],
    ['starta enkät deadline 30-11-2025', { topic: 'start', problem: { code: 'bad-date', word: '30-11-2025' } }],
    ['starta enkät för', { topic: 'start', problem: { code: 'missing-bodies' } }],
    ['starta enkät uppfoljning snabbt', { topic: 'start', problem: { code: 'unexpected-word', word: 'snabbt' } }],
    ['påminn e2 nu', { topic: 'remind', problem: { code: 'unexpected-word', word: 'nu' } }],
  ])('explains what is wrong with "%s"', (text, expected) => {
    expect(parseSurveyCommand(text)).toMatchObject({ kind: 'usage', ...expected });
  });
});
