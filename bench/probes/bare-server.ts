/**
 * Probe: the ceiling for the endpoint, a bare Node http server that reads a POSTed JSON body, parses it
 * and answers 200 with a small JSON reply. Prints {"port": n} once listening, then serves until killed.
 */
import http from 'node:http';
import { printResult } from '../child.js';

const server = http.createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    let status = 200;
    try {
      JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      status = 400;
    }
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(status === 200 ? '{"ok":true}' : '{"error":"bad json"}');
  });
});
server.listen(0, '127.0.0.1', () => printResult({ port: (server.address() as { port: number }).port }));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
