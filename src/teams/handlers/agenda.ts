/**
 * Agenda commands: show an agenda anywhere; in a channel, post it as a new post and (organizers)
 * subscribe the channel to an organ's agendas. Parsing is in inbound/agenda.ts, replies in
 * agenda-replies.ts, the work in src/agendas.
 */
import type { Application } from '@microsoft/teams-ai';
import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import { agendaDueAt, findAgenda, findOrgan, nextMeetingOf, type OrganRef, type PostOutcome } from '../../agendas/index.js';
import { agendaServices } from '../agenda-sender.js';
import { agendaTitle, buildAgendaCard } from '../cards/agenda-card.js';
import type { BotDeps } from '../deps.js';
import { parseAgendaCommand, type AgendaCommand } from '../inbound/agenda.js';
import { readTurn, type Language } from '../turn.js';
import { channelSighting } from './agenda-channel.js';
import * as replies from './agenda-replies.js';

/** A command turn waits this long for the post; a slower post (throttling) finishes in the background. */
export const POST_TURN_BUDGET_MS = 8_000;

export function registerAgendaHandlers(app: Application, deps: BotDeps): void {
  app.message(
    async (context) => parseAgendaCommand(readTurn(context).text) !== undefined,
    async (context) => {
      const command = parseAgendaCommand(readTurn(context).text)!;
      await runAgendaCommand(context, command, deps);
    },
  );
}

async function runAgendaCommand(context: TurnContext, command: AgendaCommand, deps: BotDeps): Promise<void> {
  switch (command.kind) {
    case 'show':
      return showAgenda(context, command.args, command.language, deps);
    case 'post':
      return inOrganizerChannel(context, command.language, deps, (channelId) => postAgenda(context, channelId, command.args, command.language, deps));
    case 'subscribe':
      return inOrganizerChannel(context, command.language, deps, (channelId) => subscribe(context, channelId, command.args, command.language, deps));
    case 'unsubscribe':
      return inOrganizerChannel(context, command.language, deps, (channelId) => unsubscribe(context, channelId, command.args, command.language, deps));
    case 'subscriptions':
      return inChannel(context, command.language, (channelId) => listSubscriptions(context, channelId, command.language, deps));
  }
}

async function inChannel(context: TurnContext, language: Language, work: (channelId: string) => Promise<void>): Promise<void> {
  const sighting = readTurn(context).conversationKind === 'channel' ? channelSighting(context.activity) : undefined;
  if (!sighting) {
    await context.sendActivity(replies.onlyInChannel(language));
    return;
  }
  await work(sighting.channelId);
}

async function inOrganizerChannel(context: TurnContext, language: Language, deps: BotDeps, work: (channelId: string) => Promise<void>): Promise<void> {
  if (!deps.isOrganizer(readTurn(context).userAadId)) {
    await context.sendActivity(replies.organizersOnly(language));
    return;
  }
  await inChannel(context, language, async (channelId) => {
    // The beforeTurn hook stored the channel already; this makes the command independent of it.
    const sighting = channelSighting(context.activity)!;
    await agendaServices(deps).channels.rememberChannel(sighting, deps.clock());
    await work(channelId);
  });
}

async function channelOrgans(channelId: string | undefined, deps: BotDeps): Promise<OrganRef[]> {
  if (!channelId) return [];
  const subscriptions = await agendaServices(deps).channels.subscriptionsOf(channelId);
  return subscriptions.map((s) => ({ id: s.organId ?? undefined, name: s.organName, phrases: [s.organName] }));
}

function lookupMeeting(args: string, defaultOrgans: OrganRef[], deps: BotDeps) {
  return findAgenda(deps.knowledge.current().records, { text: args, now: deps.clock(), timeZone: deps.config.timeZone, defaultOrgans });
}

async function showAgenda(context: TurnContext, args: string, language: Language, deps: BotDeps): Promise<void> {
  const turn = readTurn(context);
  const channelId = turn.conversationKind === 'channel' ? channelSighting(context.activity)?.channelId : undefined;
  const lookup = lookupMeeting(args, await channelOrgans(channelId, deps), deps);
  if (lookup.kind !== 'found') {
    await context.sendActivity(replies.lookupProblem(lookup, language));
    return;
  }
  const reply = MessageFactory.attachment(CardFactory.adaptiveCard(buildAgendaCard(lookup.meeting, { language })));
  reply.summary = agendaTitle(lookup.meeting, language);
  await context.sendActivity(reply);
  deps.log.info({ activityId: context.activity.id, meetingId: lookup.meeting.id, conversationKind: turn.conversationKind }, 'showed agenda');
}

async function postAgenda(context: TurnContext, channelId: string, args: string, language: Language, deps: BotDeps): Promise<void> {
  const lookup = lookupMeeting(args, await channelOrgans(channelId, deps), deps);
  if (lookup.kind !== 'found') {
    await context.sendActivity(replies.lookupProblem(lookup, language));
    return;
  }
  const { poster, channels } = agendaServices(deps);
  const publishing = poster.publish(lookup.meeting, channelId, { trigger: 'command' });
  const outcome = await withinBudget(publishing, POST_TURN_BUDGET_MS);
  if (outcome === 'still-running') {
    publishing
      .then((late) => deps.log.info({ channelId, meetingId: lookup.meeting.id, outcome: late.kind }, 'agenda post finished after the turn'))
      .catch((error: unknown) => deps.log.error({ err: error, channelId, meetingId: lookup.meeting.id }, 'agenda post failed after the turn'));
    await context.sendActivity(replies.postStarted(lookup.meeting, language));
    return;
  }
  await context.sendActivity(replies.postOutcomeText(outcome, lookup.meeting, await channels.findChannel(channelId), language));
}

async function subscribe(context: TurnContext, channelId: string, args: string, language: Language, deps: BotDeps): Promise<void> {
  if (!args) {
    await context.sendActivity(language === 'en' ? 'Which body? For example: `subscribe agenda samverkansrådet`.' : 'Vilket organ? Till exempel: `prenumerera dagordning samverkansrådet`.');
    return;
  }
  const records = deps.knowledge.current().records;
  const organ = findOrgan(records, args);
  if (organ.kind !== 'found') {
    await context.sendActivity(replies.organProblem(organ, language));
    return;
  }
  const now = deps.clock();
  const result = await agendaServices(deps).channels.subscribe(channelId, { id: organ.organ.id, name: organ.organ.name }, readTurn(context).userAadId, now);
  if (result === 'unknown-channel') throw new Error(`Channel ${channelId} was not stored before subscribing.`);
  const schedule = { leadDays: deps.config.agendaLeadDays, postTime: deps.config.agendaPostTime, timeZone: deps.config.timeZone };
  const next = nextMeetingOf(records, organ.organ, now, deps.config.timeZone);
  await context.sendActivity(replies.subscribedText(organ.organ.name, result, schedule, next && { meeting: next, dueAt: agendaDueAt(next, schedule) }, now, language));
  deps.log.info({ channelId, organ: organ.organ.name, result }, 'agenda subscription');
}

async function unsubscribe(context: TurnContext, channelId: string, args: string, language: Language, deps: BotDeps): Promise<void> {
  const { channels } = agendaServices(deps);
  let organ: { id?: string; name: string } | undefined;
  if (args) {
    const found = findOrgan(deps.knowledge.current().records, args);
    // A subscription whose organ left the records can still be ended by the name it was stored with.
    organ = found.kind === 'found' ? { id: found.organ.id, name: found.organ.name } : { name: args };
  }
  const removed = await channels.unsubscribe(channelId, organ);
  await context.sendActivity(replies.unsubscribedText(removed, organ?.name, language));
  deps.log.info({ channelId, removed }, 'agenda unsubscription');
}

async function listSubscriptions(context: TurnContext, channelId: string, language: Language, deps: BotDeps): Promise<void> {
  const subscriptions = await agendaServices(deps).channels.subscriptionsOf(channelId);
  await context.sendActivity(replies.subscriptionsText(subscriptions.map((s) => s.organName), { leadDays: deps.config.agendaLeadDays, postTime: deps.config.agendaPostTime }, language));
}

function withinBudget(work: Promise<PostOutcome>, ms: number): Promise<PostOutcome | 'still-running'> {
  let timer: NodeJS.Timeout | undefined;
  const budget = new Promise<'still-running'>((resolve) => {
    timer = setTimeout(() => resolve('still-running'), ms);
    timer.unref();
  });
  return Promise.race([work, budget]).finally(() => clearTimeout(timer));
}
