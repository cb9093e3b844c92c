/**
 * Sends and updates messages outside a user's turn (survey invitations, reminders and closed
 * cards) through the adapter, so the connector's credentials and retries stay botbuilder's.
 * Errors from the connector are rethrown as ConnectorError with the HTTP status and Retry-After,
 * which is what the survey handlers report on. (Agendas post through their own one-shot sender.)
 */
import type { ConversationAddress } from '../surveys/index.js';
import type { Activity, CloudAdapter, ConversationReference, ConversationParameters, TurnContext } from 'botbuilder';

/** The plain, storable part of a conversation reference: the shape the survey domain stores. */
export type ConversationRef = ConversationAddress;

export class ConnectorError extends Error {
  constructor(readonly status: number, readonly retryAfterMs: number | undefined, message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

export interface ProactiveSender {
  send(ref: ConversationRef, activity: Partial<Activity>): Promise<{ id: string }>;
  update(ref: ConversationRef, activityId: string, activity: Partial<Activity>): Promise<void>;
  /** Starts or finds the 1:1 chat with a user. */
  createPersonalConversation(ref: ConversationRef, userId: string): Promise<ConversationRef>;
}

export function refFromActivity(activity: Partial<Activity>): ConversationRef {
  const channelData = (activity.channelData ?? {}) as { tenant?: { id?: string }; channel?: { id?: string } };
  return {
    serviceUrl: activity.serviceUrl ?? '',
    conversationId: activity.conversation?.id ?? '',
    tenantId: activity.conversation?.tenantId ?? channelData.tenant?.id,
    channelId: activity.channelId ?? 'msteams',
    teamsChannelId: channelData.channel?.id,
    conversationType: activity.conversation?.conversationType,
    botId: activity.recipient?.id,
  };
}

function toReference(ref: ConversationRef): Partial<ConversationReference> {
  return {
    serviceUrl: ref.serviceUrl,
    channelId: ref.channelId ?? 'msteams',
    conversation: { id: ref.conversationId, tenantId: ref.tenantId, isGroup: ref.conversationType !== 'personal', conversationType: ref.conversationType ?? '', name: '' },
    bot: { id: ref.botId ?? '', name: '' },
  };
}

export function toConnectorError(error: unknown): ConnectorError {
  if (error instanceof ConnectorError) return error;
  const e = error as { statusCode?: number; status?: number; response?: { headers?: { get?(name: string): string | undefined } }; message?: string };
  const status = e?.statusCode ?? e?.status ?? 0;
  const header = e?.response?.headers?.get?.('retry-after');
  const seconds = header !== undefined ? Number(header) : NaN;
  const retryAfterMs = Number.isFinite(seconds) ? seconds * 1000 : undefined;
  return new ConnectorError(status, retryAfterMs, `Connector answered ${status || 'no status'}: ${e?.message ?? String(error)}`, { cause: error });
}

export function createProactiveSender(adapter: CloudAdapter, appId: string | undefined): ProactiveSender {
  const botAppId = appId ?? '';
  async function within<T>(ref: ConversationRef, work: (context: TurnContext) => Promise<T>): Promise<T> {
    let result: T | undefined;
    try {
      await adapter.continueConversationAsync(botAppId, toReference(ref), async (context) => {
        result = await work(context);
      });
    } catch (error) {
      throw toConnectorError(error);
    }
    return result as T;
  }
  return {
    send: (ref, activity) =>
      within(ref, async (context) => {
        const response = await context.sendActivity(activity);
        return { id: response?.id ?? '' };
      }),
    update: (ref, activityId, activity) =>
      within(ref, async (context) => {
        await context.updateActivity({ ...activity, id: activityId, conversation: { id: ref.conversationId } as never });
      }),
    createPersonalConversation: (ref, userId) =>
      within(ref, async (context) => {
        const connector = context.turnState.get(context.adapter.ConnectorClientKey);
        const response = await connector.conversations.createConversation({
          isGroup: false,
          bot: { id: ref.botId ?? '', name: '' },
          members: [{ id: userId, name: '' }],
          channelData: { tenant: { id: ref.tenantId } },
          tenantId: ref.tenantId,
        } as ConversationParameters);
        return { ...ref, conversationId: response.id, conversationType: 'personal', teamsChannelId: undefined };
      }),
  };
}
