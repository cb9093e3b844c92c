/** Getting a round to people: who is in the conversation, and 1:1 messages to named members. */
import { CardFactory, MessageFactory, TeamsInfo, type Activity, type TurnContext } from 'botbuilder';
import type { Person, Publication } from '../../surveys/index.js';
import type { BotDeps } from '../deps.js';
import { refFromActivity } from '../proactive.js';
import { readTurn } from '../turn.js';
import type { Json } from './survey-views.js';

/** Rosters larger than this are not kept; reminders then go to the channel instead of 1:1. */
const MAX_ROSTER = 500;
const ROSTER_TIMEOUT_MS = 3000;
/** 1:1 sends in flight at once: fast enough for a few dozen people, gentle on Teams' rate limits. */
const SEND_CONCURRENCY = 4;

/**
 * Members of the channel or group chat the command came from, so reminders can go 1:1 and the
 * card can refresh by itself for a small audience. Best effort: on failure the round works
 * without a roster. In a personal chat the member is the person typing.
 */
export async function conversationRoster(context: TurnContext, deps: BotDeps): Promise<Person[]> {
  const turn = readTurn(context);
  if (turn.conversationKind === 'personal') return [{ userId: turn.userId, aadObjectId: turn.userAadId ?? null, name: turn.userName ?? null }];
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no roster within ${ROSTER_TIMEOUT_MS} ms`)), ROSTER_TIMEOUT_MS);
    });
    const page = await Promise.race([TeamsInfo.getPagedMembers(context, MAX_ROSTER), timeout]);
    if (page.continuationToken) return []; // too many to remind one by one
    const botId = context.activity.recipient?.id;
    return page.members.filter((m) => m.id !== botId).map((m) => ({ userId: m.id, aadObjectId: m.aadObjectId ?? null, name: m.name ?? null }));
  } catch (error) {
    deps.log.info({ err: error, activityId: context.activity.id }, 'conversation roster unavailable; the round will have no member list');
    return [];
  } finally {
    clearTimeout(timer);
  }
}

export interface OneToOneResult {
  publications: Publication[];
  failed: Person[];
}

/** Sends each person their own message in a 1:1 chat; a person who cannot be reached is reported, not fatal. */
export async function sendOneToOne(context: TurnContext, deps: BotDeps, people: Person[], message: (person: Person) => Partial<Activity>): Promise<OneToOneResult> {
  const from = refFromActivity(context.activity);
  const result: OneToOneResult = { publications: [], failed: [] };
  const queue = [...people];
  const worker = async () => {
    for (let person = queue.shift(); person; person = queue.shift()) {
      try {
        const conversation = await deps.sender.createPersonalConversation(from, person.userId);
        const sent = await deps.sender.send(conversation, message(person));
        result.publications.push({ conversation, activityId: sent.id });
      } catch (error) {
        deps.log.warn({ err: error, activityId: context.activity.id }, 'could not reach a survey member 1:1');
        result.failed.push(person);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(SEND_CONCURRENCY, people.length) }, worker));
  return result;
}

export function cardMessage(text: string, card: Json): Partial<Activity> {
  const activity = MessageFactory.attachment(CardFactory.adaptiveCard(card));
  activity.text = text;
  return activity;
}

export function names(people: Person[]): string {
  return people.map((p) => p.name ?? p.userId).join(', ');
}
