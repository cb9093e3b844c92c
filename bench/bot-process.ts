/**
 * Starts the real bot (`src/main.ts`, what `npm start` runs) in its own process in local mode with a
 * prebuilt knowledge base, and times it from spawn to the first 200 from /healthz.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFile, link, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT, terminate } from './child.js';

export interface RunningBot {
  url: string;
  /** The bot's DATA_DIR (removed by stop() unless inPlace). */
  dataDir: string;
  pid: number;
  readyMs: number;
  /** CPU time (user + system, all threads) the bot process used until ready: robust to a busy machine, unlike readyMs. */
  readyCpuMs?: number;
  health: { knowledge?: { passages?: number; builtAt?: string } };
  /** Resident memory of the bot process now, and its peak so far (Linux /proc; undefined elsewhere). */
  memory(): Promise<{ rssMb?: number; peakRssMb?: number }>;
  /** The last lines the bot wrote to stdout and stderr (complete after stop()). */
  output(): string;
  stop(): Promise<void>;
}

export interface BotStart {
  corpusDir: string;
  /** Folder holding the prebuilt knowledge.json (and answer-index.bin); they are linked into a fresh DATA_DIR so the bot's store writes stay out of it. */
  prebuiltDir: string;
  /** Use prebuiltDir itself as DATA_DIR (the bot may rebuild and save its index there), e.g. to prepare an index. */
  inPlace?: boolean;
  logLevel?: string;
  timeoutMs?: number;
  /** Extra node flags, e.g. --cpu-prof for experiments. */
  nodeFlags?: string[];
  /** How node runs the bot; default what `npm start` runs: tsx over src/main.ts. */
  entry?: string[];
  /** Extra environment variables for the bot. */
  env?: NodeJS.ProcessEnv;
}

export const TSX_ENTRY = ['--import', 'tsx', 'src/main.ts'];

/** What `npm run ingest` writes to DATA_DIR and the bot reads at start. */
export const PREBUILT_FILES = ['knowledge.json', 'answer-index.bin'];

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export async function startBot({ corpusDir, prebuiltDir, logLevel = 'warn', timeoutMs = 180_000, nodeFlags = [], entry = TSX_ENTRY, inPlace = false, env: extraEnv = {} }: BotStart): Promise<RunningBot> {
  const dataDir = inPlace ? prebuiltDir : await mkdtemp(path.join(os.tmpdir(), 'rjh-bench-data-'));
  if (!inPlace) {
    for (const name of PREBUILT_FILES) {
      const source = path.join(prebuiltDir, name);
      if (!(await stat(source).catch(() => undefined))) continue;
      await link(source, path.join(dataDir, name)).catch(() => copyFile(source, path.join(dataDir, name)));
    }
  }
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    PLAYGROUND: '0',
    DATA_DIR: dataDir,
    CORPUS_DIR: corpusDir,
    LOG_LEVEL: logLevel,
    NODE_ENV: 'production',
    ...extraEnv,
  };
  // Local mode: no app id, so the adapter accepts unauthenticated activities from the load generator.
  for (const name of ['MicrosoftAppId', 'MicrosoftAppPassword', 'MicrosoftAppTenantId', 'MONGODB_URI', 'ALLOWED_TENANTS', 'ADMIN_API_KEY']) delete env[name];

  const started = performance.now();
  const child = spawn(process.execPath, [...nodeFlags, ...entry], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 50) output.shift();
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    await terminate(child);
    if (!inPlace) await rm(dataDir, { recursive: true, force: true });
  };
  try {
    const health = await waitForHealth(`${url}/healthz`, child, timeoutMs);
    const readyMs = performance.now() - started;
    const readyCpuMs = await processCpuMs(child.pid!);
    return { url, dataDir, pid: child.pid!, readyMs, readyCpuMs, health, memory: () => processMemory(child.pid!), output: () => output.join(''), stop };
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n--- bot output ---\n${output.join('').slice(-3000)}`);
  }
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number): Promise<RunningBot['health']> {
  const deadline = performance.now() + timeoutMs;
  let exited: string | undefined;
  child.once('exit', (code, signal) => (exited = `bot exited (${signal ?? code}) before /healthz answered 200`));
  while (performance.now() < deadline) {
    if (exited) throw new Error(exited);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return (await response.json()) as RunningBot['health'];
      await response.body?.cancel();
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`bot not ready within ${timeoutMs} ms`);
}

async function processMemory(pid: number): Promise<{ rssMb?: number; peakRssMb?: number }> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
    return { rssMb: kb('VmRSS') / 1024, peakRssMb: kb('VmHWM') / 1024 };
  } catch {
    return {};
  }
}

/** utime + stime from /proc/<pid>/stat, in ms (clock ticks are 1/100 s on Linux); undefined elsewhere. */
export async function processCpuMs(pid: number): Promise<number | undefined> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

