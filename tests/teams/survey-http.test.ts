/** The survey flow through the real server: activities posted to /api/messages, replies at the fake connector. */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/index.js';
import { ensureDemoRound, openSurveys } from '../../src/surveys/index.js';
import { messageActivity, startHarness, type Harness } from '../helpers/http-harness.js';
import { schemasAvailable, validateAdaptiveCard } from '../helpers/schemas.js';
import { filledCard, textsOf } from './survey-harness.js';

let harness: Harness;

beforeAll(async () => {
  // Survey turns never consult the knowledge base.
  harness = await startHarness({ kb: {} as KnowledgeBase });
  const { surveys } = openSurveys({ store: harness.store, seedsDir: path.resolve('seeds'), clock: () => new Date() });
  await ensureDemoRound(surveys, { localMode: true });
});
afterAll(() => harness.close());

function invoke(verb: string, data: Record<string, unknown>, userId = '29:user-1') {
  return harness.post({
    ...messageActivity(harness.connector.serviceUrl, '', { userId, aadObjectId: `aad-${userId}` }),
    type: 'invoke',
    name: 'adaptiveCard/action',
    value: { action: { type: 'Action.Execute', verb, data } },
  });
}

describe('surveys over HTTP', () => {
  it('answers `enkät` with the 2015 questionnaire card at the connector', async () => {
    const [reply] = await harness.say('enkät');
    const card = reply!.attachments[0].content;
    expect(JSON.stringify(card)).toContain('"label":"1. Har ni fullföljt årets planerade aktiviteter?"');
    if (schemasAvailable) expect(validateAdaptiveCard(card)).toEqual([]);
  });

  it('returns the confirmation and the refreshed card in the HTTP response of the invoke, sending and updating nothing', async () => {
    const before = harness.connector.activities.length;
    const submitted = await invoke('survey.submit', filledCard('demo'));
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    expect(textsOf(submitted.body.value)).toMatch(/Tack! Dina svar är sparade/);

    const refreshed = await invoke('survey.refresh', { roundId: 'demo', lang: 'sv' });
    expect(refreshed.body.value.refresh.userIds).toEqual(['29:user-1']);
    expect(textsOf(refreshed.body.value)).toMatch(/Du svarade/);
    expect(harness.connector.activities.slice(before)).toEqual([]);
  });

  it('lets the organizer read the counts and export the CSV', async () => {
    await invoke('survey.submit', filledCard('demo', { body: 'BUZ', 'q.2': 'missnojd' }), '29:user-2');
    const [results] = await harness.say('resultat demo');
    expect(textsOf(results!.attachments[0].content)).toContain('2 svar');
    const [exported] = await harness.say('exportera demo');
    expect(exported!.attachments[0]).toMatchObject({ contentType: 'text/csv', name: 'enkat-demo-uppfoljning-samverkan-2015.csv' });
  });
});
