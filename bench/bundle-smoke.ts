/**
 * Smoke test of the production start `node dist/start.cjs` (the esbuild bundle with its V8 code
 * cache, `npm run build`): it must report ready on /healthz from the prebuilt index, answer a
 * question through /api/messages to a loopback connector, and load none of the packages the bundle
 * defers (a deferred package loaded by a message turn would make the first answer slow). The bench
 * runs it before timing cold starts; alone: `npm run smoke:bundle` (builds and ingests first).
 */
import http from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startBot } from './bot-process.js';
import { REPO_ROOT } from './child.js';
import { buildProduction, ingestProduction } from './production-build.js';
import { questionActivity } from './teams-activity.js';

export const BUNDLE_ENTRY = ['dist/start.cjs'];

const QUESTION = 'Vem är ordförande i regionstyrelsen?';

export interface BundleSmoke {
  readyMs: number;
  passages: number;
  reply: string;
  /** Deferred packages the start and one message turn loaded (should be none). */
  lazyLoaded: string[];
}

/** Starts the bundle on a prebuilt index (from the compiled ingest), asks one question; throws on any failure. */
export async function smokeBundleStart(corpusDir: string, prebuiltDir: string): Promise<BundleSmoke> {
  const connector = await startCapturingConnector();
  const bot = await startBot({ corpusDir, prebuiltDir, entry: BUNDLE_ENTRY, env: { BOT_LAZY_TRACE: '1' } });
  let reply: string;
  try {
    const activity = questionActivity({ serviceUrl: connector.url, conversation: 1, sequence: 1, text: QUESTION });
    const response = await fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity), signal: AbortSignal.timeout(30_000) });
    await response.body?.cancel();
    if (response.status >= 300) throw new Error(`/api/messages answered ${response.status}`);
    reply = await connector.firstMessage(30_000);
  } finally {
    await bot.stop();
    await connector.close();
  }
  const lazyLoaded = [...bot.output().matchAll(/^lazy (\S+): loaded$/gm)].map((match) => match[1]);
  if (!/^lazy \S+: (not )?loaded$/m.test(bot.output())) throw new Error(`the bundle printed no BOT_LAZY_TRACE lines; output:\n${bot.output().slice(-2000)}`);
  return { readyMs: bot.readyMs, passages: bot.health.knowledge?.passages ?? 0, reply, lazyLoaded };
}

/** A loopback connector that keeps the text of the message replies the bot posts. */
async function startCapturingConnector() {
  const texts: string[] = [];
  const waiters: Array<() => void> = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      try {
        const activity = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { type?: string; text?: string; attachments?: unknown[] };
        if (activity.type === 'message') {
          texts.push(activity.text || JSON.stringify(activity.attachments ?? []));
          for (const wake of waiters.splice(0)) wake();
        }
      } catch {
        // Not JSON: still acknowledged, and never counted as a reply.
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `reply-${texts.length}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/`,
    async firstMessage(timeoutMs: number): Promise<string> {
      if (texts.length) return texts[0];
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no reply at the connector within ${timeoutMs} ms`)), timeoutMs)));
      try {
        await Promise.race([new Promise<void>((resolve) => waiters.push(resolve)), timedOut]);
        return texts[0];
      } finally {
        clearTimeout(timer);
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function main(): Promise<void> {
  await buildProduction();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'rjh-bundle-smoke-'));
  try {
    const corpusDir = path.join(REPO_ROOT, 'corpus');
    await ingestProduction(corpusDir, dataDir);
    const smoke = await smokeBundleStart(corpusDir, dataDir);
    console.log(`ready in ${smoke.readyMs.toFixed(0)} ms with ${smoke.passages} passages`);
    console.log(`asked: ${QUESTION}\nreply: ${smoke.reply.slice(0, 300)}`);
    if (smoke.passages === 0) throw new Error('/healthz reports no passages');
    if (smoke.lazyLoaded.length) throw new Error(`a message turn loaded deferred packages: ${smoke.lazyLoaded.join(', ')}`);
    console.log('deferred packages loaded: none');
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
