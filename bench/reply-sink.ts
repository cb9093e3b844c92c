/**
 * A loopback Bot Framework connector for the endpoint load: accepts every reply the bot sends to its
 * serviceUrl (POST /v3/conversations/:id/activities[/:replyTo]) with 200 and a new activity id, and
 * counts them per conversation and type, so the benchmark can check every question got its answer.
 * Deliberately minimal and fast: it must not be the bottleneck it measures through.
 */
import http from 'node:http';

export interface ReplySink {
  url: string;
  counts(): { messages: number; typing: number; other: number; conversations: number };
  reset(): void;
  close(): Promise<void>;
}

const ACTIVITY_PATH = /^\/v3\/conversations\/([^/]+)\/activities(?:\/[^/]+)?$/;

export async function startReplySink(): Promise<ReplySink> {
  let messages = 0;
  let typing = 0;
  let other = 0;
  let nextId = 0;
  const conversations = new Set<string>();
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const match = ACTIVITY_PATH.exec(request.url?.split('?')[0] ?? '');
      if (!match || (request.method !== 'POST' && request.method !== 'PUT')) {
        response.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"code":"NotFound"}}');
        return;
      }
      let type = '';
      try {
        type = String((JSON.parse(Buffer.concat(chunks).toString('utf8')) as { type?: unknown }).type ?? '');
      } catch {
        response.writeHead(400, { 'content-type': 'application/json' }).end('{"error":{"code":"BadArgument"}}');
        return;
      }
      if (type === 'message') messages += 1;
      else if (type === 'typing') typing += 1;
      else other += 1;
      conversations.add(decodeURIComponent(match[1]));
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `reply-${++nextId}` }));
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/`,
    counts: () => ({ messages, typing, other, conversations: conversations.size }),
    reset: () => {
      messages = typing = other = 0;
      conversations.clear();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
