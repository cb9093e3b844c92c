/** startPlayground() on its own: no browser needed. */
import net from 'node:net';
import os from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/log.js';
import { startPlayground, type Playground } from '../../src/teams/playground.js';
import { freePort } from './bot-process.js';

const BOT_URL = 'http://127.0.0.1:9/api/messages';

function canConnect(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: 2_000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

const externalAddresses = Object.values(os.networkInterfaces())
  .flat()
  .filter((address) => address && address.family === 'IPv4' && !address.internal)
  .map((address) => address!.address);

describe('startPlayground', () => {
  const started: Playground[] = [];
  afterEach(async () => {
    await Promise.all(started.splice(0).map((playground) => playground.stop()));
  });

  it('serves the Playground page on loopback at the port it reports, and stops serving on stop()', async () => {
    const port = await freePort();
    const playground = await startPlayground({ botUrl: BOT_URL, port, log: silentLogger });
    started.push(playground);

    expect(playground.url).toBe(`http://127.0.0.1:${port}`);
    expect((await fetch(playground.url)).status).toBe(200);

    await playground.stop();
    expect(await canConnect('127.0.0.1', port)).toBe(false);
  });

  it.skipIf(externalAddresses.length === 0)('cannot be reached from other machines, since it relays to an unauthenticated bot', async () => {
    const playground = await startPlayground({ botUrl: BOT_URL, port: await freePort(), log: silentLogger });
    started.push(playground);
    const port = Number(new URL(playground.url).port);

    expect(await canConnect('127.0.0.1', port)).toBe(true);
    for (const address of externalAddresses) expect(await canConnect(address, port)).toBe(false);
  });

  it('reports the port it actually took when the requested one is busy', async () => {
    const port = await freePort();
    const first = await startPlayground({ botUrl: BOT_URL, port, log: silentLogger });
    started.push(first);
    const second = await startPlayground({ botUrl: BOT_URL, port, log: silentLogger });
    started.push(second);

    expect(second.url).not.toBe(first.url);
    expect((await fetch(second.url)).status).toBe(200);
  });
});
