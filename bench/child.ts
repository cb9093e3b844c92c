/**
 * Runs a probe script in a fresh Node process (its own heap, JIT and event loop) and reads the one JSON
 * line it prints last on stdout. Probes log to stderr, which is passed through.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface ProbeOptions {
  args?: string[];
  nodeFlags?: string[];
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

export async function runProbe<T>(script: string, { args = [], nodeFlags = [], env, timeoutMs = 600_000 }: ProbeOptions = {}): Promise<T> {
  const child = spawn(process.execPath, [...nodeFlags, '--import', 'tsx', path.join(REPO_ROOT, 'bench', script), ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (exitCode, signal) => resolve(signal ? null : exitCode));
  }).finally(() => clearTimeout(timer));
  const lastLine = stdout.trim().split('\n').pop() ?? '';
  if (code !== 0) throw new Error(`probe ${script} ${code === null ? `was killed (timeout ${timeoutMs} ms)` : `exited with ${code}`}${lastLine ? `: ${lastLine}` : ''}`);
  try {
    return JSON.parse(lastLine) as T;
  } catch {
    throw new Error(`probe ${script} printed no JSON result (last line: ${lastLine.slice(0, 200)})`);
  }
}

/** For probes: print the result as the single JSON line the parent reads. */
export function printResult(result: unknown): void {
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

export interface RunningService<T> {
  ready: T;
  pid: number;
  stop(): Promise<void>;
}

/** Starts a long-running probe (a server) and waits for the first JSON line it prints, e.g. {"port": n}. */
export async function startService<T>(script: string, { args = [], nodeFlags = [], env, timeoutMs = 60_000 }: ProbeOptions = {}): Promise<RunningService<T>> {
  const child = spawn(process.execPath, [...nodeFlags, '--import', 'tsx', path.join(REPO_ROOT, 'bench', script), ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const stop = () => terminate(child);
  const ready = await new Promise<T>((resolve, reject) => {
    let buffer = '';
    const timer = setTimeout(() => reject(new Error(`${script} not ready within ${timeoutMs} ms`)), timeoutMs);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffer += chunk;
      const newline = buffer.indexOf('\n');
      if (newline < 0) return;
      clearTimeout(timer);
      try {
        resolve(JSON.parse(buffer.slice(0, newline)) as T);
      } catch (error) {
        reject(error as Error);
      }
    });
    child.once('exit', (code) => reject(new Error(`${script} exited (${code}) before it was ready`)));
  }).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  return { ready, pid: child.pid!, stop };
}

/** Stops a child process: SIGTERM, then SIGKILL if it has not exited within 5 s. */
export async function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}
