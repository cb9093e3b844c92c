/**
 * MongoDB adapter: one MongoDB collection per store collection, the store key as `_id` (the unique
 * index that makes keyed writes idempotent), the document under `doc`. Compare-and-set is a single
 * `replaceOne` whose filter carries the expected field values, so it is atomic across instances.
 */
import { MongoClient, MongoServerError, type Collection, type Db, type Filter } from 'mongodb';
import {
  type Doc,
  type DocumentCollection,
  type DocumentStore,
  NotFoundError,
  StoreUnavailableError,
} from './document-store.js';

interface Stored {
  _id: string;
  doc: Doc;
}

const DUPLICATE_KEY = 11000;

export interface MongoStoreOptions {
  uri: string;
  database: string;
  /** How long to wait for a server before an operation fails (ms). */
  serverSelectionTimeoutMS?: number;
}

export async function openMongoStore(options: MongoStoreOptions): Promise<DocumentStore> {
  const client = new MongoClient(options.uri, {
    serverSelectionTimeoutMS: options.serverSelectionTimeoutMS ?? 5000,
    appName: 'rjh-samverkan-bot',
  });
  try {
    await client.connect();
  } catch (error) {
    throw new StoreUnavailableError(`Could not connect to MongoDB (${redactUri(options.uri)}).`, { cause: error });
  }
  const db = client.db(options.database);
  return {
    kind: 'mongodb',
    collection: <T extends Doc>(name: string) => new MongoCollection<T>(db, name),
    async ping() {
      try {
        await db.command({ ping: 1 });
        return true;
      } catch {
        return false;
      }
    },
    close: () => client.close(),
  };
}

export function redactUri(uri: string): string {
  return uri.replace(/\/\/[^@/]*@/, '//***@');
}

class MongoCollection<T extends Doc> implements DocumentCollection<T> {
  private readonly collection: Collection<Stored>;
  /** Fields that list() filters on get a secondary index the first time they are used. */
  private readonly indexed = new Map<string, Promise<unknown>>();

  constructor(db: Db, private readonly name: string) {
    this.collection = db.collection<Stored>(name);
  }

  async find(key: string): Promise<T | undefined> {
    const found = await this.guard(() => this.collection.findOne({ _id: key }));
    return found ? (found.doc as T) : undefined;
  }

  async get(key: string): Promise<T> {
    const doc = await this.find(key);
    if (doc === undefined) throw new NotFoundError(this.name, key);
    return doc;
  }

  async put(key: string, doc: T): Promise<void> {
    await this.guard(() => this.collection.replaceOne({ _id: key }, { doc }, { upsert: true }));
  }

  async insertIfAbsent(key: string, doc: T): Promise<boolean> {
    try {
      await this.guard(() => this.collection.insertOne({ _id: key, doc }));
      return true;
    } catch (error) {
      if (isDuplicateKey(error)) return false;
      throw error;
    }
  }

  async replaceIf(key: string, expected: Partial<T> | null, doc: T): Promise<boolean> {
    if (expected === null) return this.insertIfAbsent(key, doc);
    const filter: Filter<Stored> = { _id: key };
    for (const [field, value] of Object.entries(expected)) {
      // null matches both an explicit null and a missing field, as in the embedded store.
      (filter as Record<string, unknown>)[`doc.${field}`] = value === undefined ? null : value;
    }
    const result = await this.guard(() => this.collection.replaceOne(filter, { doc }));
    return result.modifiedCount === 1 || result.matchedCount === 1;
  }

  async delete(key: string): Promise<boolean> {
    const result = await this.guard(() => this.collection.deleteOne({ _id: key }));
    return result.deletedCount === 1;
  }

  async list(filter?: Partial<T>): Promise<T[]> {
    const query: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(filter ?? {})) query[`doc.${field}`] = value === undefined ? null : value;
    await this.indexFields(Object.keys(query));
    const found = await this.guard(() => this.collection.find(query as Filter<Stored>).sort({ _id: 1 }).toArray());
    return found.map((stored) => stored.doc as T);
  }

  private async indexFields(paths: string[]): Promise<void> {
    for (const path of paths) {
      if (this.indexed.has(path)) continue;
      const creating = this.guard(() => this.collection.createIndex({ [path]: 1 })).catch((error: unknown) => {
        this.indexed.delete(path); // try again on the next list() rather than failing forever
        throw error;
      });
      this.indexed.set(path, creating);
    }
    await Promise.all(paths.map((path) => this.indexed.get(path)));
  }

  private async guard<R>(work: () => Promise<R>): Promise<R> {
    try {
      return await work();
    } catch (error) {
      if (isDuplicateKey(error)) throw error;
      if (error instanceof MongoServerError) throw error;
      throw new StoreUnavailableError(`MongoDB did not answer for collection "${this.name}".`, { cause: error });
    }
  }
}

function isDuplicateKey(error: unknown): boolean {
  return error instanceof MongoServerError && error.code === DUPLICATE_KEY;
}
