/** Turn-level conversations as step tables (user says → bot replies), on botbuilder's TestAdapter. */
import { TeamsAdapter } from '@microsoft/teams-ai';
import { TestAdapter, type Activity } from 'botbuilder';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/index.js';
import { createTeamsApp } from '../../src/teams/app.js';
import { makeDeps } from '../helpers/deps.js';
import { loadTestKnowledge } from '../helpers/knowledge.js';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await loadTestKnowledge();
});

function conversation(env: NodeJS.ProcessEnv = {}) {
  const deps = makeDeps({ kb, env });
  const app = createTeamsApp(new TeamsAdapter(), deps);
  const adapter = new TestAdapter(async (context) => {
    await app.run(context);
  });
  return { adapter, deps };
}

function textOf(activity: Partial<Activity>): string {
  const card = activity.attachments?.[0]?.content as { body?: Array<{ text?: string }> } | undefined;
  return [activity.text ?? '', ...(card?.body ?? []).map((block) => block.text ?? '')].join('\n');
}

describe('a personal chat', () => {
  const steps: Array<[string, RegExp]> = [
    ['hjälp', /Jag svarar på frågor/],
    ['help', /I answer questions/],
    ['vem är ordförande i kommunchefsgruppen?', /Byström/],
  ];

  it.each(steps)('user says %j → bot replies %s', async (userSays, botReplies) => {
    const { adapter } = conversation();
    await adapter.send(userSays).assertReply((reply) => expect(textOf(reply)).toMatch(botReplies)).startTest();
  });

  it('tells a non-organizer in production how organizers are configured when asked to re-ingest', async () => {
    const { adapter } = conversation({ MicrosoftAppId: 'app', MicrosoftAppPassword: 'pw' });
    await adapter.send('reingest').assertReply((reply) => expect(reply.text).toMatch(/ADMIN_USERS/)).startTest();
  });

  it('re-ingests on an organizer command and reports the counts', async () => {
    const { adapter } = conversation();
    await adapter
      .send('läs in dokumenten')
      .assertReply((reply) => expect(reply.text).toMatch(/Läser in/))
      .assertReply((reply) => expect(reply.text).toMatch(/Klart på .* \d+ dokument, \d+ textavsnitt/))
      .startTest();
  });
});
