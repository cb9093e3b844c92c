/** Wiring: config, storage, knowledge, Teams app, server, scheduler. `npm start` runs this. */
import { prepareAnsweringWithStore } from './answering/answer-index-store.js';
import { startAnswerThreads } from './answering/answer-threads.js';
import { ConfigError, loadConfig } from './config.js';
import { openKnowledge } from './knowledge/knowledge-holder.js';
import { createLogger } from './log.js';
import { openStore } from './storage/open-store.js';
import { ensureDemoRound, openSurveys } from './surveys/index.js';
import { startAgendaScheduler } from './teams/agenda-sender.js';
import { createBot } from './teams/bot.js';

const HELP = `Usage: npm start

Runs the Teams bot. Configuration comes from environment variables (see README.md and .env.example):
  PORT, HOST, MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppTenantId, MicrosoftAppType, MONGODB_URI, MONGODB_DB,
  DATA_DIR, CORPUS_DIR, PLAYGROUND, ALLOWED_TENANTS, ADMIN_USERS, ADMIN_API_KEY, AGENDA_LEAD_DAYS, AGENDA_POST_TIME, ANSWER_THREADS, LOG_LEVEL.
Without MicrosoftAppId the bot runs in local mode on 127.0.0.1 and starts Microsoft 365 Agents Playground (PLAYGROUND=0 turns it off).`;

async function main(): Promise<void> {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    console.log(HELP);
    return;
  }
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  // Pretty logs start a worker thread (pino transport, ~0.5 s CPU): only worth it for a person at a terminal.
  const log = createLogger({ level: config.logLevel, pretty: config.localMode && process.stderr.isTTY === true });
  // The MongoDB driver module is only loaded when MONGODB_URI is set (see open-store.ts).
  const storeLabel = config.mongodbUri ? `mongodb ${(await import('./storage/mongo-store.js')).redactUri(config.mongodbUri)}` : 'embedded';
  log.info({ mode: config.localMode ? 'local' : 'production', store: storeLabel }, 'starting');

  const sources = { corpusDirs: config.corpusDirs, seedsDir: config.seedsDir, dataDir: config.dataDir };
  // Started first so the threads load their code while the main thread opens the store and the knowledge base.
  const answerThreads =
    config.answerThreads > 0
      ? startAnswerThreads({
          ...sources,
          threads: config.answerThreads,
          onThreadExit: (exit) => log.error(exit, exit.replaced ? 'answering thread stopped; replaced' : 'answering thread stopped'),
        })
      : undefined;
  const store = await openStore(config);
  const knowledge = await openKnowledge({
    ...sources,
    // Ready means able to answer: the answer index is restored from DATA_DIR (or built and saved) before /healthz says so,
    // by the answering threads from the knowledge base this thread has just loaded or rebuilt and saved.
    prepare: answerThreads
      ? async (kb) => {
          await answerThreads.load(kb.builtAt);
          log.info({ threads: config.answerThreads }, 'answering threads ready');
        }
      : async (kb) => log.info({ answerIndex: await prepareAnsweringWithStore(config.dataDir, kb) }, 'answer index ready'),
  });
  const kb = knowledge.current();
  log.info({ documents: kb.documents.length, passages: kb.passages.length, rebuilt: knowledge.rebuiltAtStart }, 'knowledge loaded');
  for (const problem of kb.problems) log.warn(problem, 'ingest problem');

  // Local mode starts with one open demo round so a newcomer can type `enkät` at once; production starts with none.
  const demoRound = await ensureDemoRound(openSurveys({ store, seedsDir: config.seedsDir, clock: () => new Date() }).surveys, { localMode: config.localMode });
  if (demoRound !== 'not-local') log.info({ demoRound }, 'survey demo round');

  const bot = createBot({ config, store, knowledge, answerer: answerThreads, log });
  await new Promise<void>((resolve) => bot.server.listen(config.port, config.host, resolve));
  const address = bot.server.address();
  const url = `http://${config.host}:${address.port}`;
  log.info({ url: `${url}/api/messages` }, 'bot listening');

  const stops: Array<() => Promise<void> | void> = [];
  stops.push(startAgendaScheduler(bot.deps));
  if (config.localMode && config.playground) {
    const { startPlayground } = await import('./teams/playground.js');
    const playground = await startPlayground({ botUrl: `${url}/api/messages`, log });
    stops.push(() => playground.stop());
    log.info({ url: playground.url }, 'Microsoft 365 Agents Playground is ready: open it in a browser');
    console.log(`\n  Playground: ${playground.url}\n`);
  }

  const shutdown = async (signal: string) => {
    log.info({ signal }, 'shutting down');
    for (const stop of stops.reverse()) await Promise.resolve(stop()).catch((error) => log.warn({ err: error }, 'stop failed'));
    bot.server.close();
    await answerThreads?.close();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('unhandledRejection', (reason) => log.error({ err: reason }, 'unhandled rejection'));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
