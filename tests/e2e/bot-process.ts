/** Runs the real bot (`src/main.ts`) as a child process in local mode, on a free loopback port. */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface BotProcess {
  /** e.g. http://127.0.0.1:40123/api/messages */
  messagesUrl: string;
  /** Everything the bot printed, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

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

export async function startBot(options: { dataDir: string; timeoutMs?: number }): Promise<BotProcess> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), PLAYGROUND: '0', DATA_DIR: options.dataDir, LOG_LEVEL: 'info' };
  // Local mode with the embedded store, whatever the developer's shell has exported.
  for (const name of ['MicrosoftAppId', 'MicrosoftAppPassword', 'MicrosoftAppTenantId', 'MicrosoftAppType', 'MONGODB_URI', 'ALLOWED_TENANTS', 'ADMIN_USERS']) {
    delete env[name];
  }
  // `node --import tsx` (what `npx tsx` does, minus the npx wrapper) in its own process group, so
  // stop() can end the bot and anything it started with one signal.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: repoRoot,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const killOnExit = () => killGroup(child, 'SIGKILL');
  process.once('exit', killOnExit);

  const stop = async () => {
    process.removeListener('exit', killOnExit);
    await stopGroup(child);
  };
  try {
    await waitUntilReady(`http://127.0.0.1:${port}/healthz`, child, options.timeoutMs ?? 90_000);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\nBot output:\n${output}`);
  }
  return { messagesUrl: `http://127.0.0.1:${port}/api/messages`, output: () => output, stop };
}

async function waitUntilReady(healthUrl: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the bot exited with code ${child.exitCode} before it was ready`);
    try {
      const response = await fetch(healthUrl, { signal: AbortSignal.timeout(2_000) });
      const body = (await response.json()) as { ready?: boolean };
      if (body.ready) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the bot was not ready at ${healthUrl} within ${timeoutMs} ms`);
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}

async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  killGroup(child, 'SIGTERM');
  const forced = setTimeout(() => killGroup(child, 'SIGKILL'), 5_000);
  await exited;
  clearTimeout(forced);
}
