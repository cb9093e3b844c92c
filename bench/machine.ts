/** What the numbers were measured on: they mean little without it. */
import os from 'node:os';

export interface Machine {
  cores: number;
  cpu: string;
  node: string;
  platform: string;
  total_memory_mb: number;
  date: string;
}

export function describeMachine(now = new Date()): Machine {
  const cpus = os.cpus();
  return {
    cores: os.availableParallelism?.() ?? cpus.length,
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    total_memory_mb: Math.round(os.totalmem() / 2 ** 20),
    date: now.toISOString(),
  };
}
