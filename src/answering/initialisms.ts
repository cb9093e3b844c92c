/**
 * Abbreviations the documents use without defining them, read as the initials of a phrase in a title or heading:
 * "HVO" for "Länsberedningen för hälsa, vård och omsorg". Only titles and headings are searched: they name bodies
 * and programmes, and there are few enough of them to search when a question brings an abbreviation.
 */
import type { KnowledgeBase } from '../knowledge/index.js';

/** Small words a phrase may have between the words its initials come from. */
const JOINERS = String.raw`(?:,\s*|\s+(?:och|and|&|i|för|av|of|for)\s+|\s+)`;

const headingCache = new WeakMap<KnowledgeBase, string[]>();
const phraseCache = new WeakMap<KnowledgeBase, Map<string, string[][]>>();

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
  let cache = phraseCache.get(kb);
  if (!cache) {
    cache = new Map();
    phraseCache.set(kb, cache);
  }
  const cached = cache.get(letters);
  if (cached) return cached;
  const pattern = new RegExp(`(?<![\\p{L}])${[...letters].map((l) => `(${l}\\p{L}{2,}-?)`).join(JOINERS)}(?![\\p{L}])`, 'iu');
  const found = new Map<string, string[]>();
  for (const heading of headingsOf(kb)) {
    const m = pattern.exec(heading);
    if (!m) continue;
    const words = m.slice(1).map((w) => w.replace(/-$/, '').toLowerCase());
    found.set(words.join(' '), words);
  }
  const phrases = [...found.values()];
  cache.set(letters, phrases);
  return phrases;
}
