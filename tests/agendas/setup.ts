/** Wires the agenda domain over an in-memory (or on-disk) store with a fake clock and sender. */
import {
  createAgendaPoster,
  createChannelRepository,
  createPostingRepository,
  createRateLimiter,
  rememberChannel,
  type AgendaSender,
  type RateLimits,
} from '../../src/agendas/index.js';
import { silentLogger } from '../../src/log.js';
import type { DocumentStore } from '../../src/storage/document-store.js';
import { createEmbeddedStore } from '../../src/storage/embedded-store.js';
import { createFakeTime, createRecordingSender, type FakeTime, type RecordingSender } from './fakes.js';

export interface AgendaWorld {
  store: DocumentStore;
  time: FakeTime;
  sender: RecordingSender;
  channels: ReturnType<typeof createChannelRepository>;
  postings: ReturnType<typeof createPostingRepository>;
  poster: ReturnType<typeof createAgendaPoster>;
  addChannel(channelId: string, options?: { tenantId?: string; teamId?: string }): Promise<void>;
}

export function createAgendaWorld(options: { store?: DocumentStore; time?: FakeTime; sender?: AgendaSender & Partial<RecordingSender>; instanceId?: string; limits?: RateLimits } = {}): AgendaWorld {
  const store = options.store ?? createEmbeddedStore();
  const time = options.time ?? createFakeTime('2022-01-31T07:00:00Z');
  const sender = (options.sender ?? createRecordingSender()) as RecordingSender;
  const channels = createChannelRepository(store);
  const postings = createPostingRepository(store);
  const limiter = createRateLimiter({ now: time.nowMs, sleep: time.sleep, limits: options.limits });
  const poster = createAgendaPoster({
    channels,
    postings,
    sender,
    limiter,
    clock: time.now,
    sleep: time.sleep,
    log: silentLogger,
    random: () => 0.5,
    instanceId: options.instanceId,
  });
  return {
    store,
    time,
    sender,
    channels,
    postings,
    poster,
    async addChannel(channelId, extra = {}) {
      await rememberChannel(
        { channels, postings },
        { channelId, channelName: `Kanal ${channelId}`, teamId: extra.teamId ?? 'team-1', teamName: 'Samverkan', serviceUrl: 'http://127.0.0.1:9/', tenantId: extra.tenantId ?? 'tenant-1', botId: 'bot' },
        time.now(),
      );
    },
  };
}
