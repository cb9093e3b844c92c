/**
 * The one contract every store adapter must keep. Run it with a factory that gives a fresh,
 * empty store per test (embedded: a temp dir; MongoDB: a fresh database).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NotFoundError, type DocumentStore } from '../../src/storage/document-store.js';

export interface StoreFactory {
  open(): Promise<DocumentStore>;
  /** Opens the same data again, as after a restart (only meaningful for persistent stores). */
  reopen?(): Promise<DocumentStore>;
}

type Answer = { roundId: string; person: string; values: Record<string, string>; version: number; lease?: string | null };

export function storeContract(name: string, factory: StoreFactory): void {
  describe(`${name} store contract`, () => {
    let store: DocumentStore;
    beforeEach(async () => {
      store = await factory.open();
    });
    afterEach(async () => {
      await store.close();
    });

    it('returns undefined from find and throws NotFoundError from get for a missing key', async () => {
      const answers = store.collection<Answer>('answers');
      expect(await answers.find('nope')).toBeUndefined();
      await expect(answers.get('nope')).rejects.toBeInstanceOf(NotFoundError);
    });

    it('puts idempotently: the same key written twice holds one document, the last one', async () => {
      const answers = store.collection<Answer>('answers');
      await answers.put('r1|p1', { roundId: 'r1', person: 'p1', values: { q1: 'Ja' }, version: 1 });
      await answers.put('r1|p1', { roundId: 'r1', person: 'p1', values: { q1: 'Nej' }, version: 2 });
      expect(await answers.list()).toEqual([{ roundId: 'r1', person: 'p1', values: { q1: 'Nej' }, version: 2 }]);
    });

    it('inserts only once when many insertIfAbsent race for one key', async () => {
      const answers = store.collection<Answer>('answers');
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) => answers.insertIfAbsent('r1|p1', { roundId: 'r1', person: 'p1', values: {}, version: i })),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
      expect((await answers.list()).length).toBe(1);
    });

    it('lets exactly one of several concurrent compare-and-set calls win', async () => {
      const posts = store.collection<Answer>('posts');
      await posts.put('m1|c1', { roundId: 'm1', person: 'c1', values: {}, version: 0, lease: null });
      const claims = await Promise.all(
        ['a', 'b', 'c', 'd'].map((owner) => posts.replaceIf('m1|c1', { lease: null, version: 0 }, { roundId: 'm1', person: 'c1', values: {}, version: 1, lease: owner })),
      );
      expect(claims.filter(Boolean)).toHaveLength(1);
      const winner = ['a', 'b', 'c', 'd'][claims.indexOf(true)];
      expect((await posts.get('m1|c1')).lease).toBe(winner);
    });

    it('treats a null expectation as "must not exist yet" and refuses a stale expectation', async () => {
      const posts = store.collection<Answer>('posts');
      expect(await posts.replaceIf('k', null, { roundId: 'x', person: 'y', values: {}, version: 1 })).toBe(true);
      expect(await posts.replaceIf('k', null, { roundId: 'x', person: 'y', values: {}, version: 2 })).toBe(false);
      expect(await posts.replaceIf('k', { version: 7 }, { roundId: 'x', person: 'y', values: {}, version: 3 })).toBe(false);
      expect(await posts.replaceIf('missing', { version: 1 }, { roundId: 'x', person: 'y', values: {}, version: 3 })).toBe(false);
      expect((await posts.get('k')).version).toBe(1);
    });

    it('lists by equality filter in key order, with null matching a missing field', async () => {
      const answers = store.collection<Answer>('answers');
      await answers.put('b', { roundId: 'r1', person: 'b', values: {}, version: 1 });
      await answers.put('a', { roundId: 'r1', person: 'a', values: {}, version: 1, lease: 'x' });
      await answers.put('c', { roundId: 'r2', person: 'c', values: {}, version: 1 });
      expect((await answers.list({ roundId: 'r1' })).map((a) => a.person)).toEqual(['a', 'b']);
      expect((await answers.list({ roundId: 'r1', lease: null })).map((a) => a.person)).toEqual(['b']);
    });

    it('deletes and reports whether anything was deleted', async () => {
      const answers = store.collection<Answer>('answers');
      await answers.put('a', { roundId: 'r1', person: 'a', values: {}, version: 1 });
      expect(await answers.delete('a')).toBe(true);
      expect(await answers.delete('a')).toBe(false);
      expect(await answers.find('a')).toBeUndefined();
    });

    it('keeps collections apart and returns copies that callers cannot mutate in place', async () => {
      const one = store.collection<Answer>('one');
      const two = store.collection<Answer>('two');
      await one.put('k', { roundId: 'r', person: 'p', values: { q: 'a' }, version: 1 });
      const read = await one.get('k');
      read.values.q = 'changed';
      expect((await one.get('k')).values.q).toBe('a');
      expect(await two.find('k')).toBeUndefined();
    });

    it('answers ping while open', async () => {
      expect(await store.ping()).toBe(true);
    });

    it.runIf(factory.reopen !== undefined)('keeps every acknowledged write after a restart', async () => {
      const answers = store.collection<Answer>('answers');
      await answers.put('r1|p1', { roundId: 'r1', person: 'p1', values: { q1: 'Ja' }, version: 1 });
      await answers.put('r1|p2', { roundId: 'r1', person: 'p2', values: { q1: 'Nej' }, version: 1 });
      await answers.delete('r1|p2');
      await store.close();
      store = await factory.reopen!();
      expect(await store.collection<Answer>('answers').list()).toEqual([{ roundId: 'r1', person: 'p1', values: { q1: 'Ja' }, version: 1 }]);
    });
  });
}
