/**
 * Abbreviations the documents use without defining them, read as the initials of a phrase in a title or heading:
 * "HVO" for "Länsberedningen för hälsa, vård och omsorg", or of the parts of a compound there: "LTP" for
 * "Länstransportplan", "AU" for "arbetsutskottet". Only titles and headings are searched: they name bodies
 * and programmes, and there are few enough of them to search when a question brings an abbreviation.
 */
import type { KnowledgeBase } from '../knowledge/index.js';

/** Small words a phrase may have between the words its initials come from. */
const JOINERS = String.raw`(?:,\s*|\s+(?:och|and|&|i|för|av|of|for)\s+|\s+)`;

const headingCache = new WeakMap<KnowledgeBase, string[]>();
const phraseCache = new WeakMap<KnowledgeBase, Map<string, string[][]>>();
const compoundCache = new WeakMap<KnowledgeBase, Map<string, string[]>>();

/** What an abbreviation's letters spell in a knowledge base, computed once per knowledge base and letters. */
function memoised<T>(caches: WeakMap<KnowledgeBase, Map<string, T>>, kb: KnowledgeBase, letters: string, compute: () => T): T {
  let cache = caches.get(kb);
  if (!cache) {
    cache = new Map();
    caches.set(kb, cache);
  }
  let value = cache.get(letters);
  if (value === undefined) {
    value = compute();
    cache.set(letters, value);
  }
  return value;
}

function headingsOf(kb: KnowledgeBase): string[] {
  let headings = headingCache.get(kb);
  if (!headings) {
    const all = new Set<string>();
    for (const passage of kb.passages) {
      all.add(passage.source.title);
      for (const section of passage.source.section) all.add(section);
    }
    headings = [...all];
    headingCache.set(kb, headings);
  }
  return headings;
}

/** The words of each title or heading phrase whose initials spell the abbreviation (three to five letters). */
export function initialismPhrases(kb: KnowledgeBase, abbreviation: string): string[][] {
  const letters = abbreviation.toLowerCase();
  if (!/^[a-zåäö]{3,5}$/.test(letters)) return [];
  return memoised(phraseCache, kb, letters, () => {
    const pattern = new RegExp(`(?<![\\p{L}])${[...letters].map((l) => `(${l}\\p{L}{2,}-?)`).join(JOINERS)}(?![\\p{L}])`, 'iu');
    const found = new Map<string, string[]>();
    for (const heading of headingsOf(kb)) {
      const m = pattern.exec(heading);
      if (!m) continue;
      const words = m.slice(1).map((w) => w.replace(/-$/, '').toLowerCase());
      found.set(words.join(' '), words);
    }
    return [...found.values()];
  });
}

const phraseCompoundCache = new WeakMap<KnowledgeBase, Map<string, string[][]>>();
const JOINER_WORDS = new Set(['och', 'and', 'i', 'för', 'av', 'of', 'for']);

/**
 * Title or heading phrases whose words give the initials, one word standing for several when it is a compound of
 * parts with those initials: "RUPR" for "Regionala ungdoms|politiska rådet". Asked only for abbreviations the
 * documents never write.
 */
export function compoundInitialismPhrases(kb: KnowledgeBase, abbreviation: string, isPart: (part: string) => boolean): string[][] {
  const letters = abbreviation.toLowerCase();
  if (!/^[a-zåäö]{3,5}$/.test(letters)) return [];
  return memoised(phraseCompoundCache, kb, letters, () => {
    const found = new Map<string, string[]>();
    for (const heading of headingsOf(kb)) {
      const words = heading.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
      for (let start = 0; start < words.length; start++) {
        const phrase = spelledFrom(words, start, letters, isPart);
        if (phrase && phrase.length >= 2 && phrase.length < letters.length) found.set(phrase.join(' '), phrase);
      }
    }
    return [...found.values()];
  });
}

/** The words from `start` on whose initials, a compound's parts giving one each, spell `letters`; joiners between. */
function spelledFrom(words: string[], start: number, letters: string, isPart: (part: string) => boolean): string[] | undefined {
  if (letters.length === 0) return [];
  const word = words[start];
  if (!word || word[0] !== letters[0]) return undefined;
  for (let take = letters.length; take >= 1; take--) {
    if (take > 1 && !splitsInto(word, letters.slice(0, take), isPart)) continue;
    if (take === 1 && word.length < 3) continue;
    let next = start + 1;
    if (take < letters.length) while (JOINER_WORDS.has(words[next] ?? '')) next++;
    const rest = spelledFrom(words, next, letters.slice(take), isPart);
    if (rest) return [word, ...rest];
  }
  return undefined;
}

/** The shortest part of a compound an initial stands for ("läns", "skol"): shorter seams cut words that are not compounds ("res|ultat"). */
const MIN_PART = 4;

/**
 * Whether a word splits into as many parts as the abbreviation has letters, each starting with its letter: every part
 * but the last one the documents use as a first part ("arbets|utskottet", "läns|transport|planen"), the last at least
 * four letters.
 */
function splitsInto(word: string, letters: string, isPart: (part: string) => boolean): boolean {
  if (word[0] !== letters[0]) return false;
  if (letters.length === 1) return word.length >= MIN_PART;
  for (let cut = MIN_PART; cut <= word.length - MIN_PART; cut += 1) {
    if (word[cut] === letters[1] && isPart(word.slice(0, cut)) && splitsInto(word.slice(cut), letters.slice(1), isPart)) return true;
  }
  return false;
}

/**
 * Words of titles and headings that are compounds of parts whose initials spell the abbreviation (two to four
 * letters): "ungdomsmottagningarna" for "UM". Asked only for abbreviations the documents never write.
 */
export function compoundInitialismWords(kb: KnowledgeBase, abbreviation: string, isPart: (part: string) => boolean): string[] {
  const letters = abbreviation.toLowerCase();
  if (!/^[a-zåäö]{2,4}$/.test(letters)) return [];
  return memoised(compoundCache, kb, letters, () => {
    const found = new Set<string>();
    for (const heading of headingsOf(kb)) {
      for (const word of heading.toLowerCase().split(/[^\p{L}]+/u)) {
        if (word.length >= letters.length * MIN_PART && splitsInto(word, letters, isPart)) found.add(word);
      }
    }
    return [...found];
  });
}
