/** Survey rounds as stored, and the pure rules about them: who may answer, until when. */
import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';

export const TIME_ZONE = 'Europe/Stockholm';
/** Round ids people type: "e1", "e2", … and "demo" for the local-mode demo round. */
export const ROUND_ID = /^(e[1-9]\d{0,5}|demo)$/;
export const DEMO_ROUND_ID = 'demo';

/** Where a card was posted or a round was started; the same plain shape as the Teams edge's ConversationRef. */
export interface ConversationAddress {
  serviceUrl: string;
  conversationId: string;
  tenantId?: string;
  channelId?: string;
  teamsChannelId?: string;
  conversationType?: string;
  botId?: string;
}

export interface Person {
  /** The Teams user id ("29:…") the bot sees in `from.id`; stable for this bot across conversations. */
  userId: string;
  aadObjectId: string | null;
  name: string | null;
}

export type Audience =
  /** The local-mode demo round: anyone may answer. */
  | { kind: 'everyone' }
  /** Published in a channel or chat: anyone acting there, plus the members seen when it was published. */
  | { kind: 'conversation'; conversation: ConversationAddress; members: Person[] }
  /** Named members, each invited 1:1; nobody else may answer. */
  | { kind: 'members'; members: Person[] };

export interface Publication {
  conversation: ConversationAddress;
  activityId: string;
}

// A type alias, not an interface, so it fits the store's `Record<string, unknown>` documents.
export type SurveyRound = {
  id: string;
  questionnaireId: string;
  /** The samverkansorgan asked in this round; a subset of the questionnaire's bodies. */
  bodies: string[];
  /** Last day (YYYY-MM-DD, Europe/Stockholm) answers are taken; null for no deadline. */
  deadline: string | null;
  anonymous: boolean;
  audience: Audience;
  status: 'open' | 'closed';
  createdBy: Person;
  createdAt: string;
  closedAt: string | null;
  /** Per-round random salt for anonymous respondent keys; never shown. */
  salt: string;
  /** Bumped on every change; state transitions compare-and-set on it. */
  revision: number;
  publications: Publication[];
};

export type AnswerState = 'accepting' | 'closed' | 'deadline-passed';

export function answerState(round: SurveyRound, now: Date): AnswerState {
  if (round.status === 'closed') return 'closed';
  if (round.deadline && now.getTime() > endOfDay(round.deadline).getTime()) return 'deadline-passed';
  return 'accepting';
}

/** Answers are taken through the whole deadline day in Stockholm. */
export function endOfDay(isoDate: string): Date {
  return DateTime.fromISO(isoDate, { zone: TIME_ZONE }).endOf('day').toJSDate();
}

export function todayIn(now: Date): string {
  return DateTime.fromJSDate(now, { zone: TIME_ZONE }).toISODate()!;
}

export function isValidDate(isoDate: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(isoDate) && DateTime.fromISO(isoDate, { zone: TIME_ZONE }).isValid;
}

/** Where the person acts from: their identity and the conversation id (channel posts carry ";messageid=…"). */
export interface Actor {
  person: Person;
  conversationId: string;
}

export function mayAnswer(round: SurveyRound, actor: Actor): boolean {
  const audience = round.audience;
  switch (audience.kind) {
    case 'everyone':
      return true;
    case 'conversation':
      return sameConversation(audience.conversation.conversationId, actor.conversationId) || audience.members.some((m) => samePerson(m, actor.person));
    case 'members':
      return audience.members.some((m) => samePerson(m, actor.person));
  }
}

/** The people a reminder can reach, when the round knows them. */
export function knownMembers(round: SurveyRound): Person[] {
  return round.audience.kind === 'everyone' ? [] : round.audience.members;
}

export function samePerson(a: Person, b: Person): boolean {
  if (a.userId && a.userId === b.userId) return true;
  return a.aadObjectId !== null && a.aadObjectId === b.aadObjectId;
}

function sameConversation(stored: string, actual: string): boolean {
  return baseConversationId(stored) === baseConversationId(actual);
}

/** Teams adds ";messageid=…" for replies in a channel thread; the channel is what matters. */
export function baseConversationId(conversationId: string): string {
  return conversationId.split(';')[0]!;
}

/**
 * The key an answer is stored under. Named rounds use the person's id; anonymous rounds only a
 * salted hash of it, so the answer cannot be tied to a person without the round's salt.
 */
export function respondentKey(round: Pick<SurveyRound, 'anonymous' | 'salt'>, person: Person): string {
  if (!round.anonymous) return person.userId;
  return 'anon-' + createHash('sha256').update(`${round.salt}\u0000${person.userId}`).digest('hex').slice(0, 40);
}
