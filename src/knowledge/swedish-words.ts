/**
 * Swedish word handling for search: the lunr Swedish pipeline (trimmer, stop words, stemmer)
 * and a compound splitter that learns its word list from the corpus itself, so that
 * "kommunchefsgruppen" yields "kommunchef" + "gruppen" and "snabbladdare" yields "laddare".
 */
import { createRequire } from 'node:module';
import lunr from 'lunr';

const require = createRequire(import.meta.url);
require('lunr-languages/lunr.stemmer.support')(lunr);
require('lunr-languages/lunr.sv')(lunr);

// lunr-languages attaches `sv` at run time; the type package does not know it.
const sv = (lunr as unknown as { sv: lunr.Builder.Plugin & Record<string, lunr.PipelineFunction> }).sv;

export { lunr, sv };

/**
 * Written Swedish never triples a letter, so "snabbbladdare" is a typo for "snabbladdare":
 * runs of three or more equal letters are read as two, in the index and in queries alike.
 */
const collapseTripledLetters: lunr.PipelineFunction = (token) =>
  token.update((text) => collapseRuns(text));
lunr.Pipeline.registerFunction(collapseTripledLetters, 'collapseTripledLetters-sv');

function collapseRuns(text: string): string {
  // Cheap scan first: almost no word has a run of three.
  for (let i = 2; i < text.length; i++) {
    if (text[i] === text[i - 1] && text[i] === text[i - 2]) return text.replace(/(\p{L})\1{2,}/gu, '$1$1');
  }
  return text;
}

/** What lunr.sv sets up for indexing (trimmer, stop words, stemmer), after typo-tolerant letter runs. */
export function swedishIndexPipeline(): lunr.Pipeline {
  const pipeline = new lunr.Pipeline();
  pipeline.add(collapseTripledLetters, sv.trimmer, sv.stopWordFilter, sv.stemmer);
  return pipeline;
}

/** What lunr.sv sets up for searching: the stemmer only. */
export function swedishSearchPipeline(): lunr.Pipeline {
  const pipeline = new lunr.Pipeline();
  pipeline.add(sv.stemmer);
  return pipeline;
}

const stemPipeline = swedishIndexPipeline();

/** Stems of the words in a text, stop words removed (same pipeline as the index). */
export function stemWords(text: string): string[] {
  return stemPipeline.runString(text.toLowerCase()).map(String).filter(Boolean);
}

const stemCache = new Map<string, string>();

/** The stem of one lower-cased word, or '' for a stop word. */
export function stemWord(word: string): string {
  let stem = stemCache.get(word);
  if (stem === undefined) {
    stem = stemPipeline.runString(word)[0]?.toString() ?? '';
    if (stemCache.size < 200_000) stemCache.set(word, stem);
  }
  return stem;
}

export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\d][\p{L}\d]*/gu) ?? [];
}

/** Endings that never stand alone as the second part of a compound. */
const INFLECTIONS = new Set(['erna', 'arna', 'orna', 'ernas', 'arnas', 'ande', 'ende', 'ning', 'ningen', 'heten', 'else', 'elsen', 'ade', 'ades', 'ats', 'ens', 'ets', 'are', 'aren', 'arens']);
const MIN_PART = 4;
const MIN_COMPOUND = 8;

export interface CompoundSplitter {
  /** Parts of a compound word (raw substrings), or [] when it does not split. */
  split(word: string): string[];
  /** Words known to the splitter, for saving with the index. */
  vocabulary(): string[];
}

export function createCompoundSplitter(words: Iterable<string>): CompoundSplitter {
  const known = new Set<string>();
  for (const raw of words) {
    const word = collapseRuns(raw);
    if (word.length < MIN_PART || /\d/.test(word)) continue;
    known.add(word);
    const stem = stemWord(word);
    if (stem.length >= MIN_PART) known.add(stem);
  }
  const cache = new Map<string, string[]>();
  const isWord = (part: string) => part.length >= MIN_PART && known.has(part);

  const splitWord = (word: string, depth: number): string[] => {
    if (word.length < MIN_COMPOUND || depth > 3) return [];
    for (let cut = word.length - MIN_PART; cut >= MIN_PART; cut--) {
      const head = word.slice(0, cut);
      if (!isWord(head)) continue;
      // "kommunchef" + "s" + "gruppen": try the rest with and without the linking s.
      const rests = (word[cut] === 's' ? [word.slice(cut + 1), word.slice(cut)] : [word.slice(cut)]).filter((r) => r.length >= MIN_PART);
      const known = rests.find(isWord);
      if (known) return [head, known];
      for (const rest of rests) {
        const deeper = splitWord(rest, depth + 1);
        if (deeper.length) return [head, ...deeper];
      }
      // An unknown tail after a known head still counts ("snabb" + "laddare"), unless it is an inflection.
      const tail = rests[0];
      if (tail && tail.length >= 5 && !INFLECTIONS.has(tail) && head.length >= 5) return [head, tail];
    }
    return [];
  };

  return {
    split(word: string): string[] {
      if (word.length < MIN_COMPOUND) return [];
      let parts = cache.get(word);
      if (!parts) {
        parts = splitWord(collapseRuns(word.toLowerCase()), 0);
        if (cache.size < 500_000) cache.set(word, parts);
      }
      return parts;
    },
    vocabulary: () => [...known],
  };
}
