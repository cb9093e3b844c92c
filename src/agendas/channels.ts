/**
 * The Teams channels the bot is installed in (what it needs to post there later) and which organs'
 * agendas each channel subscribes to. Both live in the one DocumentStore.
 */
import type { DocumentCollection, DocumentStore } from '../storage/document-store.js';
import { normalizeText, sameName } from './text.js';

export type ChannelState = 'active' | 'unreachable';

export type ChannelRecord = {
  /** Teams channel id (19:…@thread.tacv2); for General it equals the team id. */
  channelId: string;
  channelName: string | null;
  teamId: string;
  teamName: string | null;
  /** The team's Microsoft 365 group, needed for message links. */
  aadGroupId: string | null;
  serviceUrl: string;
  tenantId: string | null;
  botId: string | null;
  state: ChannelState;
  unreachableReason: string | null;
  unreachableSince: string | null;
  version: number;
  updatedAt: string;
};

/** What one activity tells about a channel; absent names are kept as stored. */
export interface ChannelSighting {
  channelId: string;
  channelName?: string;
  teamId: string;
  teamName?: string;
  aadGroupId?: string;
  serviceUrl: string;
  tenantId?: string;
  botId?: string;
}

export type SubscriptionRecord = {
  channelId: string;
  teamId: string;
  organId: string | null;
  organName: string;
  subscribedBy: string | null;
  subscribedAt: string;
};

export type Remembered = 'added' | 'updated' | 'unchanged' | 'reactivated';

export interface ChannelRepository {
  /** Stores or refreshes a channel; a channel marked unreachable that is heard from again is active again. */
  rememberChannel(sighting: ChannelSighting, now: Date): Promise<Remembered>;
  renameChannel(channelId: string, name: string, now: Date): Promise<boolean>;
  renameTeam(teamId: string, name: string, now: Date): Promise<number>;
  /** Drops the channel and its subscriptions; true when it was known. */
  forgetChannel(channelId: string): Promise<boolean>;
  /** Drops every channel of the team and their subscriptions; returns how many channels. */
  forgetTeam(teamId: string): Promise<number>;
  findChannel(channelId: string): Promise<ChannelRecord | undefined>;
  listChannels(filter?: Partial<ChannelRecord>): Promise<ChannelRecord[]>;
  markUnreachable(channelId: string, reason: string, now: Date): Promise<void>;
  subscribe(channelId: string, organ: { id?: string; name: string }, by: string | undefined, now: Date): Promise<'subscribed' | 'already-subscribed' | 'unknown-channel'>;
  /** Without an organ: every subscription of the channel. Returns the organ names removed. */
  unsubscribe(channelId: string, organ?: { id?: string; name: string }): Promise<string[]>;
  subscriptionsOf(channelId: string): Promise<SubscriptionRecord[]>;
  allSubscriptions(): Promise<SubscriptionRecord[]>;
}

const MAX_CAS_ROUNDS = 5;

export function createChannelRepository(store: DocumentStore): ChannelRepository {
  const channels = store.collection<ChannelRecord>('agenda-channels');
  const subscriptions = store.collection<SubscriptionRecord>('agenda-subscriptions');

  async function modify(channelId: string, change: (doc: ChannelRecord) => ChannelRecord | undefined): Promise<ChannelRecord | undefined> {
    return modifyWithVersion(channels, channelId, change);
  }

  async function dropSubscriptions(channelId: string): Promise<void> {
    for (const subscription of await subscriptions.list({ channelId })) await subscriptions.delete(subscriptionKey(subscription.channelId, subscription));
  }

  return {
    async rememberChannel(sighting, now) {
      const at = now.toISOString();
      const fresh: ChannelRecord = {
        channelId: sighting.channelId,
        channelName: sighting.channelName ?? null,
        teamId: sighting.teamId,
        teamName: sighting.teamName ?? null,
        aadGroupId: sighting.aadGroupId ?? null,
        serviceUrl: sighting.serviceUrl,
        tenantId: sighting.tenantId ?? null,
        botId: sighting.botId ?? null,
        state: 'active',
        unreachableReason: null,
        unreachableSince: null,
        version: 1,
        updatedAt: at,
      };
      if (await channels.insertIfAbsent(sighting.channelId, fresh)) return 'added';
      let outcome: Remembered = 'unchanged';
      await modify(sighting.channelId, (doc) => {
        const next: ChannelRecord = {
          ...doc,
          channelName: sighting.channelName ?? doc.channelName,
          teamId: sighting.teamId,
          teamName: sighting.teamName ?? doc.teamName,
          aadGroupId: sighting.aadGroupId ?? doc.aadGroupId,
          serviceUrl: sighting.serviceUrl,
          tenantId: sighting.tenantId ?? doc.tenantId,
          botId: sighting.botId ?? doc.botId,
          state: 'active',
          unreachableReason: null,
          unreachableSince: null,
        };
        const changed = (Object.keys(next) as Array<keyof ChannelRecord>).some((field) => next[field] !== doc[field]);
        outcome = !changed ? 'unchanged' : doc.state === 'unreachable' ? 'reactivated' : 'updated';
        return changed ? { ...next, updatedAt: at } : undefined;
      });
      return outcome;
    },

    async renameChannel(channelId, name, now) {
      const updated = await modify(channelId, (doc) => (doc.channelName === name ? undefined : { ...doc, channelName: name, updatedAt: now.toISOString() }));
      return updated !== undefined;
    },

    async renameTeam(teamId, name, now) {
      const inTeam = await channels.list({ teamId });
      for (const channel of inTeam) {
        await modify(channel.channelId, (doc) => (doc.teamName === name ? undefined : { ...doc, teamName: name, updatedAt: now.toISOString() }));
      }
      return inTeam.length;
    },

    async forgetChannel(channelId) {
      await dropSubscriptions(channelId);
      return channels.delete(channelId);
    },

    async forgetTeam(teamId) {
      const inTeam = await channels.list({ teamId });
      for (const channel of inTeam) {
        await dropSubscriptions(channel.channelId);
        await channels.delete(channel.channelId);
      }
      // Subscriptions whose channel record was never stored (or already dropped) go too.
      for (const subscription of await subscriptions.list({ teamId })) await subscriptions.delete(subscriptionKey(subscription.channelId, subscription));
      return inTeam.length;
    },

    findChannel: (channelId) => channels.find(channelId),
    listChannels: (filter) => channels.list(filter),

    async markUnreachable(channelId, reason, now) {
      const at = now.toISOString();
      await modify(channelId, (doc) =>
        doc.state === 'unreachable' && doc.unreachableReason === reason
          ? undefined
          : { ...doc, state: 'unreachable', unreachableReason: reason, unreachableSince: doc.unreachableSince ?? at, updatedAt: at },
      );
    },

    async subscribe(channelId, organ, by, now) {
      const channel = await channels.find(channelId);
      if (!channel) return 'unknown-channel';
      const record: SubscriptionRecord = {
        channelId,
        teamId: channel.teamId,
        organId: organ.id ?? null,
        organName: organ.name,
        subscribedBy: by ?? null,
        subscribedAt: now.toISOString(),
      };
      return (await subscriptions.insertIfAbsent(subscriptionKey(channelId, record), record)) ? 'subscribed' : 'already-subscribed';
    },

    async unsubscribe(channelId, organ) {
      const removed: string[] = [];
      for (const subscription of await subscriptions.list({ channelId })) {
        const matches = !organ || (organ.id && subscription.organId ? organ.id === subscription.organId : sameName(organ.name, subscription.organName));
        if (matches && (await subscriptions.delete(subscriptionKey(channelId, subscription)))) removed.push(subscription.organName);
      }
      return removed;
    },

    subscriptionsOf: (channelId) => subscriptions.list({ channelId }),
    allSubscriptions: () => subscriptions.list(),
  };
}

function subscriptionKey(channelId: string, organ: { organId: string | null; organName: string }): string {
  return `${channelId}|${organ.organId ?? `name:${normalizeText(organ.organName)}`}`;
}

/** Read-modify-write with compare-and-set on `version`; `change` returns undefined for "no change". */
async function modifyWithVersion<T extends { version: number } & Record<string, unknown>>(
  collection: DocumentCollection<T>,
  key: string,
  change: (doc: T) => T | undefined,
): Promise<T | undefined> {
  for (let round = 0; round < MAX_CAS_ROUNDS; round++) {
    const current = await collection.find(key);
    if (!current) return undefined;
    const next = change(current);
    if (!next) return current;
    const written = { ...next, version: current.version + 1 };
    if (await collection.replaceIf(key, { version: current.version } as Partial<T>, written)) return written;
  }
  throw new Error(`Could not update "${key}": it changed concurrently ${MAX_CAS_ROUNDS} times in a row.`);
}
