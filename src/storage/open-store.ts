/** Picks the store from the configuration: MongoDB when MONGODB_URI is set, else embedded. */
import path from 'node:path';
import type { Config } from '../config.js';
import type { DocumentStore } from './document-store.js';
import { createEmbeddedStore } from './embedded-store.js';

export async function openStore(config: Pick<Config, 'mongodbUri' | 'mongodbDb' | 'dataDir'>): Promise<DocumentStore> {
  if (config.mongodbUri) {
    // Loaded only when used: the driver costs ~0.3 s of start-up CPU that the embedded store does not need.
    const { openMongoStore } = await import('./mongo-store.js');
    return openMongoStore({ uri: config.mongodbUri, database: config.mongodbDb });
  }
  return createEmbeddedStore({ dir: path.join(config.dataDir, 'store') });
}
