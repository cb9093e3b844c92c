/**
 * Starts Microsoft 365 Agents Playground (devDependency `@microsoft/m365agentsplayground`) as a child
 * process pointed at the local bot, so `npm start` gives a Teams-like chat with nothing else installed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import type { Logger } from '../log.js';

export interface PlaygroundOptions {
  /** The bot's messaging endpoint, e.g. http://127.0.0.1:3978/api/messages. */
  botUrl: string;
  /** UI port; the Playground itself falls back to a free port when this one is taken. Default 56150. */
  port?: number;
  log: Logger;
  /** Where the Playground writes its own log. Default: a file in the OS temp folder. */
  logFile?: string;
  /** How long to wait for the page to answer. Default 60 s. */
  startTimeoutMs?: number;
}

export interface Playground {
  url: string;
  stop(): Promise<void>;
}

const DEFAULT_PORT = 56150;

/** Keeps the Playground on loopback and ties its life to ours (see playground-preload.mjs). */
const PRELOAD = new URL('./playground-preload.mjs', import.meta.url).href;

export async function startPlayground(options: PlaygroundOptions): Promise<Playground> {
  const { botUrl, log } = options;
  const cli = createRequire(import.meta.url).resolve('@microsoft/m365agentsplayground/cli.js');
  const logFile = options.logFile ?? path.join(os.tmpdir(), `m365agentsplayground-${process.pid}.log`);
  const args = [
    '--import', PRELOAD,
    cli,
    '--app-endpoint', botUrl,
    '--channel-id', 'msteams',
    '--port', String(options.port ?? DEFAULT_PORT),
    '--disable-telemetry',
  ];
  const child = spawn(process.execPath, args, {
    // Its working folder is where it looks for .m365agentsplayground.yml and writes devTools/: keep both out of the repo.
    cwd: os.tmpdir(),
    env: {
      ...process.env,
      BOT_ENDPOINT: botUrl,
      TEAMSAPPTESTER_BROWSER: 'none',
      M365_AGENTS_PLAYGROUND_LOGFILE: logFile,
      PLAYGROUND_PARENT_PID: String(process.pid),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  try {
    const port = await waitForListeningPort(child, log, options.startTimeoutMs ?? 60_000);
    const url = `http://127.0.0.1:${port}`;
    await waitForPage(url, child, options.startTimeoutMs ?? 60_000);
    log.debug({ url, logFile, botUrl }, 'playground started');
    return {
      url,
      async stop() {
        process.removeListener('exit', killOnExit);
        await stopChild(child);
      },
    };
  } catch (error) {
    process.removeListener('exit', killOnExit);
    await stopChild(child);
    throw error;
  }
}

/** The Playground prints `Listening on <port>` (the actual port, after its own fallback) when it is up. */
function waitForListeningPort(child: ChildProcess, log: Logger, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const recent: string[] = [];
    const timer = setTimeout(() => fail(`did not report a port within ${timeoutMs} ms`), timeoutMs);
    const fail = (why: string) => {
      clearTimeout(timer);
      reject(new Error(`Microsoft 365 Agents Playground ${why}. Last output:\n${recent.join('\n')}`));
    };
    const onLine = (line: string) => {
      recent.push(line);
      if (recent.length > 20) recent.shift();
      log.debug({ playground: line }, 'playground output');
      const match = /Listening on (\d+)/.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    readline.createInterface({ input: child.stdout! }).on('line', onLine);
    readline.createInterface({ input: child.stderr! }).on('line', onLine);
    child.once('error', (error) => fail(`could not be started (${error.message})`));
    child.once('exit', (code, signal) => fail(`exited early (code ${code}, signal ${signal})`));
  });
}

async function waitForPage(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Microsoft 365 Agents Playground exited (code ${child.exitCode}) before its page answered`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // Not accepting connections yet: poll again.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Microsoft 365 Agents Playground did not answer at ${url} within ${timeoutMs} ms`);
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const forced = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(forced);
}
