/** Builds the whole Teams edge (adapter, app, server) from plain dependencies. */
import type { TeamsAdapter } from '@microsoft/teams-ai';
import type { Server } from 'restify';
import { inProcessAnswerer, type Answerer } from '../answering/answerer.js';
import type { Config } from '../config.js';
import { isOrganizer } from '../config.js';
import type { KnowledgeHolder } from '../knowledge/knowledge-holder.js';
import type { Logger } from '../log.js';
import type { DocumentStore } from '../storage/document-store.js';
import { createTeamsApp } from './app.js';
import { ReusingTeamsAdapter } from './connector-reuse.js';
import type { BotDeps } from './deps.js';
import { createProactiveSender } from './proactive.js';
import { createServer } from './server.js';

export interface BotParts {
  config: Config;
  store: DocumentStore;
  knowledge: KnowledgeHolder;
  /** Defaults to answering on the main thread from `knowledge`. */
  answerer?: Answerer;
  log: Logger;
  clock?: () => Date;
}

export interface Bot {
  server: Server;
  deps: BotDeps;
  adapter: TeamsAdapter;
}

export function createBot(parts: BotParts): Bot {
  const { config } = parts;
  const adapter = new ReusingTeamsAdapter(
    config.localMode
      ? {}
      : {
          MicrosoftAppId: config.appId,
          MicrosoftAppPassword: config.appPassword,
          MicrosoftAppTenantId: config.appTenantId,
          MicrosoftAppType: config.appType,
        },
  );
  const deps: BotDeps = {
    config,
    store: parts.store,
    knowledge: parts.knowledge,
    answerer: parts.answerer ?? inProcessAnswerer(() => parts.knowledge.current()),
    log: parts.log,
    clock: parts.clock ?? (() => new Date()),
    isOrganizer: (aadObjectId) => isOrganizer(config, aadObjectId),
    sender: createProactiveSender(adapter, config.appId),
  };
  const app = createTeamsApp(adapter, deps);
  const server = createServer({ adapter, app, deps });
  return { server, deps, adapter };
}
