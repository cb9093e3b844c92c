/**
 * The agenda commands, read from message text (the bot @mention already removed):
 *   dagordning [organ] [datum]            agenda [organ] [date]
 *   posta dagordning [organ] [datum]      post agenda [organ] [date]
 *   prenumerera dagordning <organ>        subscribe agenda <organ>
 *   avsluta prenumeration [organ]         unsubscribe agenda [organ]
 *   prenumerationer                       agenda subscriptions
 * A message with a question mark is a question about an agenda, not a command: it goes to answering.
 */
import type { Language } from '../turn.js';

export type AgendaCommand =
  | { kind: 'show'; args: string; language: Language }
  | { kind: 'post'; args: string; language: Language }
  | { kind: 'subscribe'; args: string; language: Language }
  | { kind: 'unsubscribe'; args: string; language: Language }
  | { kind: 'subscriptions'; language: Language };

const AGENDA_SV = '(?:dagordning(?:en|ar|arna)?|föredragningslista(?:n)?)';
const AGENDA_EN = '(?:the\\s+)?agendas?';
const REST = '(?:\\s+(.*))?';

const GRAMMAR: Array<{ pattern: RegExp; kind: AgendaCommand['kind']; language: Language }> = [
  { pattern: new RegExp(`^(?:posta|publicera)\\s+(?:${AGENDA_SV}|agendan?)${REST}$`, 'iu'), kind: 'post', language: 'sv' },
  { pattern: new RegExp(`^post\\s+${AGENDA_EN}${REST}$`, 'iu'), kind: 'post', language: 'en' },
  { pattern: new RegExp(`^prenumerera\\s+(?:på\\s+)?${AGENDA_SV}(?:\\s+(?:för|från))?${REST}$`, 'iu'), kind: 'subscribe', language: 'sv' },
  { pattern: new RegExp(`^subscribe\\s+(?:to\\s+)?${AGENDA_EN}(?:\\s+(?:for|of|from))?${REST}$`, 'iu'), kind: 'subscribe', language: 'en' },
  {
    pattern: new RegExp(`^(?:avsluta|avbryt|stoppa|säg upp)\\s+prenumeration(?:en)?(?:\\s+(?:på\\s+)?${AGENDA_SV})?(?:\\s+(?:för|från))?${REST}$`, 'iu'),
    kind: 'unsubscribe',
    language: 'sv',
  },
  { pattern: new RegExp(`^unsubscribe(?:\\s+(?:from\\s+)?${AGENDA_EN})?(?:\\s+(?:for|of|from))?${REST}$`, 'iu'), kind: 'unsubscribe', language: 'en' },
  { pattern: /^(?:visa\s+)?prenumerationer(?:na)?$/iu, kind: 'subscriptions', language: 'sv' },
  { pattern: /^(?:(?:show\s+)?agenda\s+subscriptions|subscriptions)$/iu, kind: 'subscriptions', language: 'en' },
  { pattern: new RegExp(`^(?:visa\\s+)?${AGENDA_SV}${REST}$`, 'iu'), kind: 'show', language: 'sv' },
  { pattern: new RegExp(`^(?:show\\s+)?${AGENDA_EN}${REST}$`, 'iu'), kind: 'show', language: 'en' },
];

const MAX_COMMAND = 300;

export function parseAgendaCommand(text: string): AgendaCommand | undefined {
  const clean = text.replace(/\s+/g, ' ').trim().replace(/[.!]+$/, '');
  if (!clean || clean.length > MAX_COMMAND || clean.includes('?')) return undefined;
  for (const rule of GRAMMAR) {
    const match = rule.pattern.exec(clean);
    if (!match) continue;
    if (rule.kind === 'subscriptions') return { kind: 'subscriptions', language: rule.language };
    return { kind: rule.kind, args: (match[1] ?? '').trim(), language: rule.language };
  }
  return undefined;
}
