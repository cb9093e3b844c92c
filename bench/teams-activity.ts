/** Teams message activities as a personal chat with the bot sends them, one conversation per simulated user. */
export const BENCH_TENANT = '00000000-0000-4000-8000-00000000be9c';
export const BENCH_BOT_ID = '28:00000000-0000-4000-8000-0000000000b0';

export function questionActivity(options: { serviceUrl: string; conversation: number; sequence: number; text: string }) {
  const { serviceUrl, conversation, sequence, text } = options;
  const user = `bench-user-${conversation}`;
  const now = new Date().toISOString();
  return {
    type: 'message',
    id: `${Date.now()}${String(sequence).padStart(6, '0')}`,
    timestamp: now,
    localTimestamp: now,
    localTimezone: 'Europe/Stockholm',
    serviceUrl,
    channelId: 'msteams',
    from: { id: `29:1${user}`, name: `Testanvändare ${conversation}`, aadObjectId: `00000000-0000-4000-8000-${String(conversation).padStart(12, '0')}` },
    conversation: { conversationType: 'personal', tenantId: BENCH_TENANT, id: `a:1bench-conversation-${conversation}` },
    recipient: { id: BENCH_BOT_ID, name: 'Samverkansboten' },
    textFormat: 'plain',
    locale: 'sv-SE',
    text,
    attachments: [],
    entities: [{ type: 'clientInfo', locale: 'sv-SE', country: 'SE', platform: 'Web', timezone: 'Europe/Stockholm' }],
    channelData: { tenant: { id: BENCH_TENANT } },
  };
}
