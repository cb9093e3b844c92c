import { describe, expect, it } from 'vitest';
import { parseAgendaCommand } from '../../src/teams/inbound/agenda.js';

describe('agenda command grammar', () => {
  it.each([
    ['dagordning samverkansrådet 2022-02-07', { kind: 'show', args: 'samverkansrådet 2022-02-07', language: 'sv' }],
    ['Dagordningen för RSR 7 februari 2022', { kind: 'show', args: 'för RSR 7 februari 2022', language: 'sv' }],
    ['dagordning', { kind: 'show', args: '', language: 'sv' }],
    ['visa dagordning PKR', { kind: 'show', args: 'PKR', language: 'sv' }],
    ['föredragningslista 2015-09-28', { kind: 'show', args: '2015-09-28', language: 'sv' }],
    ['agenda samverkansrådet 7 Feb 2022', { kind: 'show', args: 'samverkansrådet 7 Feb 2022', language: 'en' }],
    ['show the agenda', { kind: 'show', args: '', language: 'en' }],
    ['posta dagordning 2022-02-07', { kind: 'post', args: '2022-02-07', language: 'sv' }],
    ['Posta dagordningen samverkansrådet 2022-02-07.', { kind: 'post', args: 'samverkansrådet 2022-02-07', language: 'sv' }],
    ['publicera dagordning', { kind: 'post', args: '', language: 'sv' }],
    ['post agenda RSR 2022-02-07', { kind: 'post', args: 'RSR 2022-02-07', language: 'en' }],
    ['post the agenda', { kind: 'post', args: '', language: 'en' }],
    ['prenumerera dagordning samverkansrådet', { kind: 'subscribe', args: 'samverkansrådet', language: 'sv' }],
    ['prenumerera på dagordningar för Regionens samverkansråd', { kind: 'subscribe', args: 'Regionens samverkansråd', language: 'sv' }],
    ['subscribe agenda RSR', { kind: 'subscribe', args: 'RSR', language: 'en' }],
    ['subscribe to agendas for PKR', { kind: 'subscribe', args: 'PKR', language: 'en' }],
    ['avsluta prenumeration', { kind: 'unsubscribe', args: '', language: 'sv' }],
    ['avsluta prenumerationen på dagordningar för RSR', { kind: 'unsubscribe', args: 'RSR', language: 'sv' }],
    ['avsluta prenumeration samverkansrådet', { kind: 'unsubscribe', args: 'samverkansrådet', language: 'sv' }],
    ['unsubscribe agenda', { kind: 'unsubscribe', args: '', language: 'en' }],
    ['unsubscribe from agendas for RSR', { kind: 'unsubscribe', args: 'RSR', language: 'en' }],
    ['prenumerationer', { kind: 'subscriptions', language: 'sv' }],
    ['agenda subscriptions', { kind: 'subscriptions', language: 'en' }],
  ])('reads %j', (text, expected) => {
    expect(parseAgendaCommand(text)).toEqual(expected);
  });

  it.each([
    'vem föredrar punkt 5 på dagordningen 2022-02-07?',
    'dagordning för mötet, vad står på den?',
    'what is on the agenda of samverkansrådet?',
    'agendapunkter',
    'hjälp',
    'posta',
    '',
  ])('leaves %j to the other handlers', (text) => {
    expect(parseAgendaCommand(text)).toBeUndefined();
  });
});
