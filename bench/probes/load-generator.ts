/**
 * Probe (the second process): drives POST load with autocannon at one concurrency level and prints its
 * summary. Each connection is one conversation; every request is a new message activity with the next
 * development question, so the bot's re-delivery guard never drops one.
 */
import autocannon from 'autocannon';
import { parseArgs } from 'node:util';
import { printResult } from '../child.js';
import { readDevQuestions } from '../questions.js';
import { questionActivity } from '../teams-activity.js';

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    path: { type: 'string', default: '/api/messages' },
    connections: { type: 'string', default: '1' },
    seconds: { type: 'string', default: '5' },
    'service-url': { type: 'string', default: 'http://127.0.0.1:9/' },
    'first-conversation': { type: 'string', default: '0' },
    /** Send this text in every activity instead of the development questions (e.g. "hjälp": the Teams stack without answering). */
    text: { type: 'string' },
  },
});
if (!values.url) throw new Error('usage: load-generator.ts --url URL [--connections N] [--seconds S] [--service-url URL]');
const questions = values.text ? [values.text] : ((await readDevQuestions())?.map((q) => q.question) ?? ['Vem är ordförande i kommunchefsgruppen?']);
const serviceUrl = values['service-url']!;
let nextConversation = Number(values['first-conversation']);
let sent = 0;

const result = await autocannon({
  url: values.url,
  connections: Number(values.connections),
  duration: Number(values.seconds),
  timeout: 30,
  setupClient(client) {
    const conversation = nextConversation++;
    let sequence = 0;
    client.setRequests([
      {
        method: 'POST',
        path: values.path,
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => {
          const text = questions[(conversation + sequence) % questions.length];
          sent += 1;
          return { ...request, body: JSON.stringify(questionActivity({ serviceUrl, conversation, sequence: sequence++, text })) };
        },
      },
    ]);
  },
});

printResult({
  rps: result.requests.average,
  requests: result.requests.total,
  sent,
  ok: result['2xx'],
  non2xx: result.non2xx,
  errors: result.errors,
  timeouts: result.timeouts,
  latency: { p50: result.latency.p50, p99: result.latency.p99, mean: result.latency.mean, max: result.latency.max },
  seconds: result.duration,
});
