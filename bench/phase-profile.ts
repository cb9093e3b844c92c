/**
 * Where an ingest or a load spends its time, without touching the code measured: the V8 sampling
 * profiler runs during the call (node:inspector, ~1 ms samples, a few % overhead) and each named
 * function gets the time of every sample with it on the stack (inclusive time, garbage collection
 * excluded). Functions are found by name, so a renamed one is reported as absent, never guessed.
 * Only this thread is seen: work moved to worker threads would not show up.
 */
import { Session } from 'node:inspector/promises';

export interface ProfileNode {
  id: number;
  callFrame: { functionName: string };
  children?: number[];
}

export interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

export interface PhaseTimes {
  /** Inclusive milliseconds per tracked function name that was seen on the stack. */
  phases: Record<string, number>;
  /** Milliseconds of all samples (wall time while profiling, idle included). */
  totalMs: number;
  gcMs: number;
}

export async function profilePhases<T>(trackedNames: readonly string[], work: () => Promise<T>): Promise<{ result: T; times: PhaseTimes }> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 1000 });
  await session.post('Profiler.start');
  const stop = async () => {
    const { profile } = (await session.post('Profiler.stop')) as { profile: Profile };
    session.disconnect();
    return profile;
  };
  let result: T;
  try {
    result = await work();
  } catch (error) {
    await stop();
    throw error;
  }
  return { result, times: summarize(await stop(), new Set(trackedNames)) };
}

/** Inclusive time per tracked function name in a V8 CPU profile (also used on .cpuprofile files). */
export function summarize(profile: Profile, tracked: Set<string>): PhaseTimes {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  // The tracked names on the path from the root to each node, computed once per node.
  const namesOnPath = new Map<number, string[]>();
  const root = profile.nodes[0];
  const stack: Array<{ id: number; names: string[] }> = [{ id: root.id, names: [] }];
  while (stack.length > 0) {
    const { id, names } = stack.pop()!;
    const node = byId.get(id)!;
    const name = node.callFrame.functionName;
    const own = tracked.has(name) && !names.includes(name) ? [...names, name] : names;
    namesOnPath.set(id, own);
    for (const child of node.children ?? []) stack.push({ id: child, names: own });
  }
  const phases: Record<string, number> = {};
  let totalMs = 0;
  let gcMs = 0;
  (profile.samples ?? []).forEach((id, i) => {
    const ms = (profile.timeDeltas?.[i] ?? 0) / 1000;
    totalMs += ms;
    if (byId.get(id)?.callFrame.functionName === '(garbage collector)') gcMs += ms;
    for (const name of namesOnPath.get(id) ?? []) phases[name] = (phases[name] ?? 0) + ms;
  });
  return { phases, totalMs, gcMs };
}
