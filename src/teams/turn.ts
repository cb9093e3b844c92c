/** Plain values read off a turn, so handlers and domains never dig through activities. */
import type { TurnContext } from 'botbuilder';

export type ConversationKind = 'personal' | 'groupChat' | 'channel';
export type Language = 'sv' | 'en';

export interface TurnInfo {
  text: string;
  userId: string;
  userAadId?: string;
  userName?: string;
  conversationId: string;
  conversationKind: ConversationKind;
  tenantId?: string;
  locale?: string;
}

export function readTurn(context: TurnContext): TurnInfo {
  const activity = context.activity;
  const type = activity.conversation?.conversationType;
  const channelData = (activity.channelData ?? {}) as { tenant?: { id?: string } };
  return {
    text: (activity.text ?? '').replace(/\s+/g, ' ').trim(),
    userId: activity.from?.id ?? '',
    userAadId: activity.from?.aadObjectId,
    userName: activity.from?.name,
    conversationId: activity.conversation?.id ?? '',
    conversationKind: type === 'channel' ? 'channel' : type === 'groupChat' ? 'groupChat' : 'personal',
    tenantId: activity.conversation?.tenantId ?? channelData.tenant?.id,
    locale: activity.locale,
  };
}

const ENGLISH_HINT = /\b(the|what|who|when|where|which|how|is|are|does|did|of|in|help|show|please|agenda|survey)\b/i;
const SWEDISH_HINT = /[åäö]|\b(och|vad|vem|vilka|vilken|när|hur|är|som|för|det|hjälp|visa|enkät|dagordning)\b/i;

/** Swedish unless the message or the client locale is clearly English. */
export function replyLanguage(turn: Pick<TurnInfo, 'text' | 'locale'>): Language {
  if (turn.text) {
    const en = ENGLISH_HINT.test(turn.text);
    const sv = SWEDISH_HINT.test(turn.text);
    if (en !== sv) return en ? 'en' : 'sv';
  }
  return turn.locale?.toLowerCase().startsWith('en') ? 'en' : 'sv';
}
