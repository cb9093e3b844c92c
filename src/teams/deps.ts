/** What every Teams handler may use. Built once in main.ts; tests build their own. */
import type { Answerer } from '../answering/answerer.js';
import type { Config } from '../config.js';
import type { KnowledgeHolder } from '../knowledge/knowledge-holder.js';
import type { Logger } from '../log.js';
import type { DocumentStore } from '../storage/document-store.js';
import type { ProactiveSender } from './proactive.js';

export interface BotDeps {
  config: Config;
  store: DocumentStore;
  knowledge: KnowledgeHolder;
  /** Answers questions from the knowledge base the holder has (on this thread or on worker threads). */
  answerer: Answerer;
  log: Logger;
  clock: () => Date;
  isOrganizer(aadObjectId: string | undefined): boolean;
  sender: ProactiveSender;
}
