/** Builders for bot dependencies in tests: memory store, silent log, fixed clock, real config rules. */
import type { Activity } from 'botbuilder';
import { inProcessAnswerer } from '../../src/answering/answerer.js';
import { loadConfig, isOrganizer, type Config } from '../../src/config.js';
import type { KnowledgeHolder } from '../../src/knowledge/knowledge-holder.js';
import type { KnowledgeBase } from '../../src/knowledge/index.js';
import { silentLogger } from '../../src/log.js';
import { createEmbeddedStore } from '../../src/storage/embedded-store.js';
import type { BotDeps } from '../../src/teams/deps.js';
import type { ProactiveSender } from '../../src/teams/proactive.js';

export function makeConfig(env: NodeJS.ProcessEnv = {}): Config {
  return loadConfig({ PLAYGROUND: '0', LOG_LEVEL: 'silent', ...env });
}

export function holdFixed(kb: KnowledgeBase): KnowledgeHolder {
  return { current: () => kb, isLoaded: () => true, reload: async () => kb };
}

/** A sender that records what would be sent; for turn tests that never reach a connector. */
export function recordingSender(): ProactiveSender & { sent: Array<{ conversationId: string; activity: Partial<Activity> }> } {
  const sent: Array<{ conversationId: string; activity: Partial<Activity> }> = [];
  let next = 0;
  return {
    sent,
    async send(ref, activity) {
      sent.push({ conversationId: ref.conversationId, activity });
      return { id: `sent-${++next}` };
    },
    async update(ref, _id, activity) {
      sent.push({ conversationId: ref.conversationId, activity });
    },
    async createPersonalConversation(ref, userId) {
      return { ...ref, conversationId: `personal-${userId}`, conversationType: 'personal' };
    },
  };
}

export function makeDeps(overrides: Partial<BotDeps> & { kb: KnowledgeBase; env?: NodeJS.ProcessEnv }): BotDeps {
  const { kb, env, answerer, ...rest } = overrides;
  const config = rest.config ?? makeConfig(env);
  return {
    answerer: answerer ?? inProcessAnswerer(() => kb),
    config,
    store: createEmbeddedStore(),
    knowledge: holdFixed(kb),
    log: silentLogger,
    clock: () => new Date('2022-01-31T09:00:00+01:00'),
    isOrganizer: (aadObjectId) => isOrganizer(config, aadObjectId),
    sender: recordingSender(),
    ...rest,
  };
}
