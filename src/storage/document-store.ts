/**
 * The one store the whole app uses. Domains declare small ports (save an answer, claim a due post)
 * and implement them on these collections; `storage/embedded` and `storage/mongo` implement the
 * collections once each, and one contract suite (tests/storage/contract.ts) covers both.
 *
 * Documents are plain JSON objects. Use `null`, not `undefined`, for fields that compare-and-set
 * reads (`replaceIf`), because MongoDB and JSON both drop `undefined`.
 */

export type Doc = Record<string, unknown>;

export interface DocumentCollection<T extends Doc> {
  /** The document under `key`, or undefined. */
  find(key: string): Promise<T | undefined>;
  /** The document under `key`; throws NotFoundError when there is none. */
  get(key: string): Promise<T>;
  /** Insert or replace (idempotent). */
  put(key: string, doc: T): Promise<void>;
  /** Insert only when the key is free; true when this call inserted it. */
  insertIfAbsent(key: string, doc: T): Promise<boolean>;
  /**
   * Atomic compare-and-set: replace the document only when every field in `expected` currently
   * has exactly that value (deep JSON equality; `null` matches a missing field). With `expected`
   * of `null` the document must not exist yet. True when this call replaced it.
   */
  replaceIf(key: string, expected: Partial<T> | null, doc: T): Promise<boolean>;
  /** True when something was deleted. */
  delete(key: string): Promise<boolean>;
  /** All documents whose top-level fields equal the filter's (deep JSON equality), in key order. */
  list(filter?: Partial<T>): Promise<T[]>;
}

export interface DocumentStore {
  readonly kind: 'embedded' | 'mongodb';
  collection<T extends Doc>(name: string): DocumentCollection<T>;
  /** Resolves true when the store answers; never throws. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export class NotFoundError extends Error {
  readonly reason = 'not-found' as const;
  constructor(readonly collection: string, readonly key: string) {
    super(`No document "${key}" in collection "${collection}".`);
  }
}

/** The store could not be reached or refused the operation; callers answer "try again later". */
export class StoreUnavailableError extends Error {
  readonly reason = 'store-unavailable' as const;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** Deep JSON equality of one field value, with null standing for "missing". */
export function sameValue(actual: unknown, expected: unknown): boolean {
  if (expected === null || expected === undefined) return actual === null || actual === undefined;
  return JSON.stringify(actual) === JSON.stringify(expected);
}

export function matchesFilter(doc: Doc, filter: Doc | null | undefined): boolean {
  if (!filter) return true;
  return Object.entries(filter).every(([field, value]) => sameValue(doc[field], value));
}
