import restify, { type Server } from 'restify';
import { afterEach, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/index.js';
import { ensureDemoRound, submitAnswer } from '../../src/surveys/index.js';
import { registerSurveyRoutes } from '../../src/teams/admin/survey-routes.js';
import { makeConfig, makeDeps } from '../helpers/deps.js';
import { fullAnswer, makePerson, makeSurveys } from '../surveys/builders.js';

const KEY = 'test-admin-key-0123456789';
let server: Server | undefined;

afterEach(() => {
  server?.close();
  server = undefined;
});

async function start(env: NodeJS.ProcessEnv) {
  const surveys = makeSurveys();
  await ensureDemoRound(surveys, { localMode: true });
  await submitAnswer(
    { repo: surveys.repo, clock: surveys.clock, questionnaireOf: (round) => surveys.catalog.find(round.questionnaireId) },
    { person: makePerson(1), conversationId: 'p' },
    fullAnswer('demo'),
  );
  const deps = makeDeps({ kb: {} as KnowledgeBase, config: makeConfig(env), store: surveys.store, clock: surveys.clock });
  server = restify.createServer();
  registerSurveyRoutes(server, deps, surveys);
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${server.address().port}`;
}

describe('GET /api/surveys/:id/results.csv', () => {
  it('serves the round\'s answers as a CSV file with the admin key', async () => {
    const base = await start({ ADMIN_API_KEY: KEY });
    const response = await fetch(`${base}/api/surveys/demo/results.csv`, { headers: { authorization: `Bearer ${KEY}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="enkat-demo-uppfoljning-samverkan-2015.csv"');
    const lines = (await response.text()).replace(/^\ufeff/, '').trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^demo;SocSam;Person 1;/);
  });

  it('refuses a wrong key, an unknown round and a malformed id', async () => {
    const base = await start({ ADMIN_API_KEY: KEY });
    expect((await fetch(`${base}/api/surveys/demo/results.csv`, { headers: { authorization: 'Bearer wrong-key-wrong-key' } })).status).toBe(401);
    const unknown = await fetch(`${base}/api/surveys/e42/results.csv`, { headers: { authorization: `Bearer ${KEY}` } });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ message: 'No survey round "e42".' });
    expect((await fetch(`${base}/api/surveys/drop%20table/results.csv`, { headers: { authorization: `Bearer ${KEY}` } })).status).toBe(400);
  });

  it('is off (404) when no ADMIN_API_KEY is set', async () => {
    const base = await start({});
    expect((await fetch(`${base}/api/surveys/demo/results.csv`)).status).toBe(404);
  });
});
