import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createEmbeddedStore } from '../../src/storage/embedded-store.js';
import { storeContract } from './contract.js';

const dirs: string[] = [];
let current = '';
function freshDir(): string {
  current = mkdtempSync(path.join(tmpdir(), 'store-'));
  dirs.push(current);
  return current;
}
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

storeContract('embedded (memory)', { open: async () => createEmbeddedStore() });
storeContract('embedded (files)', {
  open: async () => createEmbeddedStore({ dir: freshDir() }),
  reopen: async () => createEmbeddedStore({ dir: current }),
});

describe('embedded store on disk', () => {
  it('skips a line torn by a crash mid-write and keeps everything acknowledged before it', async () => {
    const dir = freshDir();
    const store = createEmbeddedStore({ dir });
    await store.collection('answers').put('a', { n: 1 });
    await store.collection('answers').put('b', { n: 2 });
    await store.close();
    appendFileSync(path.join(dir, 'answers.jsonl'), '{"k":"c","v":{"n":');

    const reopened = createEmbeddedStore({ dir });
    expect(await reopened.collection('answers').list()).toEqual([{ n: 1 }, { n: 2 }]);
    await reopened.collection('answers').put('d', { n: 4 });
    await reopened.close();
    expect(await createEmbeddedStore({ dir }).collection('answers').find('d')).toEqual({ n: 4 });
  });

  it('compacts a long log into one line per live document without losing data', async () => {
    const dir = freshDir();
    const store = createEmbeddedStore({ dir });
    const counters = store.collection<{ n: number }>('counters');
    for (let i = 0; i < 1500; i++) await counters.put(`k${i % 5}`, { n: i });
    await store.close();
    const lines = readFileSync(path.join(dir, 'counters.jsonl'), 'utf8').trim().split('\n');
    expect(lines.length).toBeLessThan(1000);
    const reopened = createEmbeddedStore({ dir });
    expect((await reopened.collection<{ n: number }>('counters').list()).map((c) => c.n)).toEqual([1495, 1496, 1497, 1498, 1499]);
  });

  it('refuses collection names that could escape the data directory', () => {
    const store = createEmbeddedStore({ dir: freshDir() });
    expect(() => store.collection('../etc')).toThrow(/Invalid collection name/);
  });

  it('ignores a log file that is not JSON at all instead of crashing', async () => {
    const dir = freshDir();
    writeFileSync(path.join(dir, 'junk.jsonl'), 'not json\n\u0000\u0001\n');
    expect(await createEmbeddedStore({ dir }).collection('junk').list()).toEqual([]);
  });
});
