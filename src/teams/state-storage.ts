/** botbuilder's Storage on top of our DocumentStore, so teams-ai turn state lives in the one store. */
import type { Storage, StoreItems } from 'botbuilder';
import type { DocumentStore } from '../storage/document-store.js';

export function createStateStorage(store: DocumentStore): Storage {
  const state = store.collection<{ value: Record<string, unknown> }>('bot-state');
  return {
    async read(keys: string[]): Promise<StoreItems> {
      const items: StoreItems = {};
      for (const key of keys) {
        const doc = await state.find(key);
        if (doc) items[key] = doc.value;
      }
      return items;
    },
    async write(changes: StoreItems): Promise<void> {
      for (const [key, value] of Object.entries(changes)) await state.put(key, { value: JSON.parse(JSON.stringify(value)) });
    },
    async delete(keys: string[]): Promise<void> {
      for (const key of keys) await state.delete(key);
    },
  };
}
