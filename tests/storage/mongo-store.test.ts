/**
 * Runs the store contract against a real MongoDB when MONGODB_URI is set. No MongoDB server can be
 * installed on the development machines, so this suite is skipped there and says so.
 */
import { randomUUID } from 'node:crypto';
import { describe, it } from 'vitest';
import { openMongoStore } from '../../src/storage/mongo-store.js';
import { storeContract } from './contract.js';

const uri = process.env.MONGODB_URI;

if (uri) {
  let database = '';
  storeContract('mongodb', {
    open: async () => openMongoStore({ uri, database: (database = `contract-${randomUUID().slice(0, 8)}`) }),
    reopen: async () => openMongoStore({ uri, database }),
  });
} else {
  describe('mongodb store contract', () => {
    it.skip('skipped: MONGODB_URI is not set, so there is no MongoDB server to test against (set it to run this suite)', () => {});
  });
  console.warn('[mongodb contract] skipped: MONGODB_URI is not set');
}
