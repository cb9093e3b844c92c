/**
 * Embedded store: needs no server. Each collection lives in memory and is persisted under
 * `dir` as an append-only JSON-lines log (`<collection>.jsonl`). Every write is appended and
 * fsynced before the promise resolves, so an acknowledged write survives a crash; a line torn by
 * a crash mid-append is skipped on load. When the log grows to several times the live data it is
 * compacted by writing a fresh file and renaming it over the old one (atomic on POSIX).
 *
 * One process owns a data directory. Several bot instances must share MongoDB instead.
 */
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { open, rename, writeFile, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import {
  type Doc,
  type DocumentCollection,
  type DocumentStore,
  NotFoundError,
  StoreUnavailableError,
  matchesFilter,
} from './document-store.js';

type LogLine = { k: string; v?: Doc; d?: 1 };

const COLLECTION_NAME = /^[a-z][a-z0-9-]{0,63}$/;
const COMPACT_MIN_LINES = 1000;

export interface EmbeddedStoreOptions {
  /** Directory for the logs; omit for a memory-only store (tests). */
  dir?: string;
}

export function createEmbeddedStore(options: EmbeddedStoreOptions = {}): DocumentStore {
  const collections = new Map<string, EmbeddedCollection<Doc>>();
  if (options.dir) mkdirSync(options.dir, { recursive: true });
  let closed = false;

  return {
    kind: 'embedded',
    collection<T extends Doc>(name: string): DocumentCollection<T> {
      if (!COLLECTION_NAME.test(name)) throw new Error(`Invalid collection name "${name}": use lower-case letters, digits and "-".`);
      let collection = collections.get(name);
      if (!collection) {
        collection = new EmbeddedCollection<Doc>(name, options.dir ? path.join(options.dir, `${name}.jsonl`) : undefined);
        collections.set(name, collection);
      }
      return collection as unknown as DocumentCollection<T>;
    },
    async ping() {
      return !closed;
    },
    async close() {
      closed = true;
      await Promise.all([...collections.values()].map((c) => c.close()));
    },
  };
}

class EmbeddedCollection<T extends Doc> implements DocumentCollection<T> {
  private readonly docs = new Map<string, T>();
  private logLines = 0;
  /** A crash can leave the last line without its newline; the next append must start a new line. */
  private tornTail = false;
  private handle: Promise<FileHandle> | undefined;
  /** Writes are applied one at a time so compare-and-set and the log order agree. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly name: string, private readonly file: string | undefined) {
    if (file && existsSync(file)) this.replay(readFileSync(file, 'utf8'));
  }

  async find(key: string): Promise<T | undefined> {
    const doc = this.docs.get(key);
    return doc === undefined ? undefined : structuredClone(doc);
  }

  async get(key: string): Promise<T> {
    const doc = await this.find(key);
    if (doc === undefined) throw new NotFoundError(this.name, key);
    return doc;
  }

  put(key: string, doc: T): Promise<void> {
    return this.serialized(async () => {
      await this.write(key, doc);
    });
  }

  insertIfAbsent(key: string, doc: T): Promise<boolean> {
    return this.serialized(async () => {
      if (this.docs.has(key)) return false;
      await this.write(key, doc);
      return true;
    });
  }

  replaceIf(key: string, expected: Partial<T> | null, doc: T): Promise<boolean> {
    return this.serialized(async () => {
      const current = this.docs.get(key);
      if (expected === null ? current !== undefined : current === undefined || !matchesFilter(current, expected as Doc)) {
        return false;
      }
      await this.write(key, doc);
      return true;
    });
  }

  delete(key: string): Promise<boolean> {
    return this.serialized(async () => {
      if (!this.docs.has(key)) return false;
      await this.append({ k: key, d: 1 });
      this.docs.delete(key);
      return true;
    });
  }

  async list(filter?: Partial<T>): Promise<T[]> {
    return [...this.docs.keys()]
      .sort()
      .map((key) => this.docs.get(key)!)
      .filter((doc) => matchesFilter(doc, filter as Doc | undefined))
      .map((doc) => structuredClone(doc));
  }

  async close(): Promise<void> {
    await this.queue.catch(() => undefined);
    if (this.handle) await (await this.handle).close();
    this.handle = undefined;
  }

  private serialized<R>(work: () => Promise<R>): Promise<R> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async write(key: string, doc: T): Promise<void> {
    const copy = structuredClone(doc);
    await this.append({ k: key, v: copy });
    this.docs.set(key, copy);
  }

  private async append(line: LogLine): Promise<void> {
    if (!this.file) return;
    try {
      this.handle ??= open(this.file, 'a');
      const handle = await this.handle;
      await handle.appendFile((this.tornTail ? '\n' : '') + JSON.stringify(line) + '\n');
      this.tornTail = false;
      await handle.datasync();
      this.logLines += 1;
      if (this.logLines > COMPACT_MIN_LINES && this.logLines > 4 * (this.docs.size + 1)) await this.compact(line);
    } catch (error) {
      this.handle = undefined;
      throw new StoreUnavailableError(`Could not write collection "${this.name}" to ${this.file}.`, { cause: error });
    }
  }

  /** Rewrites the log as one line per live document; `pending` is the line just appended. */
  private async compact(pending: LogLine): Promise<void> {
    const live = new Map(this.docs);
    if (pending.d) live.delete(pending.k);
    else live.set(pending.k, pending.v as T);
    const body = [...live].map(([k, v]) => JSON.stringify({ k, v })).join('\n') + (live.size ? '\n' : '');
    const tmp = `${this.file}.${process.pid}.tmp`;
    const tmpHandle = await open(tmp, 'w');
    try {
      await writeFile(tmpHandle, body);
      await tmpHandle.datasync();
    } finally {
      await tmpHandle.close();
    }
    if (this.handle) await (await this.handle).close();
    await rename(tmp, this.file!);
    this.handle = open(this.file!, 'a');
    this.logLines = live.size;
  }

  private replay(text: string): void {
    this.tornTail = text.length > 0 && !text.endsWith('\n');
    for (const raw of text.split('\n')) {
      if (!raw.trim()) continue;
      let line: LogLine;
      try {
        line = JSON.parse(raw) as LogLine;
      } catch {
        continue; // a line torn by a crash mid-append: the write was never acknowledged
      }
      if (typeof line?.k !== 'string') continue;
      if (line.d) this.docs.delete(line.k);
      else if (line.v && typeof line.v === 'object') this.docs.set(line.k, line.v as T);
      this.logLines += 1;
    }
  }
}
