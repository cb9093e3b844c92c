/**
 * Keeps the stored channel references current: what the bot needs to post into a channel later.
 * Installed in a team → the team's General channel; channels created, renamed, restored → stored
 * or renamed; channel or team deleted, bot removed → dropped with their subscriptions. Any
 * activity from a channel stores (or reactivates) that channel too, so channels that existed
 * before the install are learned the first time someone @mentions the bot there.
 *
 * Runs as a beforeTurn hook, not a route: it never consumes the activity, so the welcome handler
 * and every command still get it. A store failure is logged and the turn goes on.
 */
import type { Application } from '@microsoft/teams-ai';
import { ActivityTypes, type Activity, type TurnContext } from 'botbuilder';
import { rememberChannel } from '../../agendas/index.js';
import { agendaServices } from '../agenda-sender.js';
import type { BotDeps } from '../deps.js';
import { channelSighting, teamsChannelData } from './agenda-channel.js';

export function registerInstall(app: Application, deps: BotDeps): void {
  app.turn('beforeTurn', async (context: TurnContext) => {
    try {
      await trackChannels(context.activity, deps);
    } catch (error) {
      deps.log.error({ err: error, activityId: context.activity.id, type: context.activity.type }, 'could not update the stored channel references');
    }
    return true;
  });
}

export async function trackChannels(activity: Partial<Activity>, deps: BotDeps): Promise<void> {
  // Most turns come from personal and group chats, whose channel data names no team: nothing to parse.
  const team = (activity.channelData as { team?: unknown } | undefined)?.team;
  if (typeof team !== 'object' || team === null) return;
  const data = teamsChannelData(activity);
  if (!data.team) return;
  const { channels, postings } = agendaServices(deps);
  const now = deps.clock();
  const teamId = data.team.id;
  const botId = activity.recipient?.id;

  if (activity.type === ActivityTypes.InstallationUpdate) {
    if (String((activity as { action?: string }).action ?? '').startsWith('remove')) return forgetTeam(teamId, 'app uninstalled from team', deps);
    const sighting = channelSighting(activity);
    if (sighting) await rememberChannel({ channels, postings }, sighting, now);
    return;
  }

  if (activity.type !== ActivityTypes.ConversationUpdate) {
    const sighting = channelSighting(activity);
    if (sighting && activity.conversation?.conversationType === 'channel') {
      const outcome = await rememberChannel({ channels, postings }, sighting, now);
      if (outcome === 'added' || outcome === 'reactivated') deps.log.info({ channelId: sighting.channelId, teamId, outcome }, 'channel reference stored');
    }
    return;
  }

  const channel = data.channel ? { id: data.channel.id, name: data.channel.name } : undefined;
  switch (data.eventType) {
    case 'teamMemberAdded': {
      if (!(activity.membersAdded ?? []).some((member) => member.id === botId)) return;
      const sighting = channelSighting(activity);
      if (sighting) await rememberChannel({ channels, postings }, sighting, now);
      deps.log.info({ teamId, channelId: sighting?.channelId }, 'installed in a team: channel reference stored');
      return;
    }
    case 'teamMemberRemoved':
      if ((activity.membersRemoved ?? []).some((member) => member.id === botId)) await forgetTeam(teamId, 'bot removed from team', deps);
      return;
    case 'channelCreated':
    case 'channelRestored': {
      const sighting = channel ? channelSighting(activity, channel) : undefined;
      if (sighting) await rememberChannel({ channels, postings }, sighting, now);
      return;
    }
    case 'channelRenamed':
      if (channel?.name && !(await channels.renameChannel(channel.id, channel.name, now))) {
        const sighting = channelSighting(activity, channel);
        if (sighting) await rememberChannel({ channels, postings }, sighting, now);
      }
      return;
    case 'channelDeleted':
      if (channel && (await channels.forgetChannel(channel.id))) deps.log.info({ teamId, channelId: channel.id }, 'channel deleted: reference and subscriptions dropped');
      return;
    case 'teamRenamed':
      if (data.team.name) await channels.renameTeam(teamId, data.team.name, now);
      return;
    case 'teamDeleted':
    case 'teamHardDeleted':
      await forgetTeam(teamId, data.eventType, deps);
      return;
    default:
      return;
  }
}

async function forgetTeam(teamId: string, why: string, deps: BotDeps): Promise<void> {
  const dropped = await agendaServices(deps).channels.forgetTeam(teamId);
  deps.log.info({ teamId, channels: dropped, why }, 'team references and subscriptions dropped');
}
