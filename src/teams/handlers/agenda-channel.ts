/** What an activity from a Teams channel says about that channel, read once with zod. */
import type { Activity } from 'botbuilder';
import { z } from 'zod';
import type { ChannelSighting } from '../../agendas/index.js';

const idName = z.object({ id: z.string().min(1).max(512), name: z.string().max(512).nullish(), aadGroupId: z.string().max(128).nullish() }).passthrough();

const channelDataSchema = z
  .object({
    team: idName.optional(),
    channel: idName.optional(),
    tenant: z.object({ id: z.string().max(128) }).passthrough().optional(),
    eventType: z.string().max(64).optional(),
    settings: z.object({ selectedChannel: z.object({ id: z.string().max(512) }).passthrough().optional() }).passthrough().optional(),
  })
  .passthrough();

export type TeamsChannelData = z.infer<typeof channelDataSchema>;

export function teamsChannelData(activity: Partial<Activity>): TeamsChannelData {
  const parsed = channelDataSchema.safeParse(activity.channelData ?? {});
  return parsed.success ? parsed.data : {};
}

/** Channel post ids look like "19:…@thread.tacv2;messageid=…"; the channel is the part before ";". */
export function channelOfConversation(conversationId: string): string {
  return conversationId.split(';')[0]!;
}

/**
 * The channel this activity came from, or undefined outside a team. `channelId` overrides the
 * channel, for events about another channel than the conversation (channelCreated, …).
 */
export function channelSighting(activity: Partial<Activity>, channel?: { id: string; name?: string | null }): ChannelSighting | undefined {
  const data = teamsChannelData(activity);
  if (!data.team || !activity.serviceUrl) return undefined;
  const conversationId = activity.conversation?.id ? channelOfConversation(activity.conversation.id) : undefined;
  const channelId = channel?.id ?? data.channel?.id ?? conversationId ?? data.team.id;
  const channelName = channel ? channel.name : data.channel?.id === channelId ? data.channel?.name : undefined;
  return {
    channelId,
    channelName: channelName ?? undefined,
    teamId: data.team.id,
    teamName: data.team.name ?? undefined,
    aadGroupId: data.team.aadGroupId ?? undefined,
    serviceUrl: activity.serviceUrl,
    tenantId: data.tenant?.id ?? activity.conversation?.tenantId,
    botId: activity.recipient?.id,
  };
}
