/**
 * Text primitives shared by question understanding and evidence scoring: whitespace normalisation,
 * tokens, a light Swedish stemmer and the prefix/compound match used everywhere a question word
 * meets a document word.
 */

const UNICODE_SPACES = /[\s\u00a0\u202f\u2028\u2029\u2007\u2009\u200b]+/g;

export function normalizeSpaces(text: string): string {
  return text.replace(UNICODE_SPACES, ' ').trim();
}

/** Lower-case and fold the Swedish letters so typed "Bystrom" meets "Byström". */
export function foldKey(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

const WORD_PATTERN = /[\p{L}\p{N}][\p{L}\p{N}\-:/.]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

/** Words as written (case kept), with inner hyphens, colons, slashes and points kept ("VO-C:s", "RUN/34/2018"). */
export function words(text: string): string[] {
  return normalizeSpaces(text).match(WORD_PATTERN) ?? [];
}

const keyCache = new Map<string, string[]>();

/** Splits a written word into the folded parts used for matching ("VO-C:s" → ["vo-c:s", "vo", "c"]). Memoised: words repeat. */
export function tokenKeys(word: string): string[] {
  let keys = keyCache.get(word);
  if (!keys) {
    const key = foldKey(word);
    const parts = key.split(/[-:/.]+/).filter((p) => p.length > 0);
    keys = parts.length > 1 ? [key, ...parts] : [key];
    if (keyCache.size > 200_000) keyCache.clear();
    keyCache.set(word, keys);
  }
  return keys;
}

/** Function words no concept is made of (names drop them too, see nameStems). */
export const FUNCTION_WORDS = new Set(
  `och i att det som en på av för med till den har de inte om ett vi men sig kan man eller ska
  the of and to in`.split(/\s+/).map((w) => foldKey(w)),
);

/** Distinct folded tokens that can carry meaning: function words never match a question's concepts. */
export function contentTokens(text: string): string[] {
  const out = new Set<string>();
  for (const token of tokenize(text)) if (!FUNCTION_WORDS.has(token)) out.add(token);
  return [...out];
}

/** Folded token keys of a text, in order. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  let previous = '';
  let before = '';
  for (const w of words(text)) {
    const keys = tokenKeys(w);
    // "Region Jämtland Härjedalen" names the region: its "Härjedalen" is not the municipality a question names
    // ("Härjedalens ungdomsråd"), so it yields no token. (A question naming the region drops its name as a concept.)
    if (!(before === 'region' && REGION_FIRST.has(previous) && REGION_SECOND.has(keys[0]))) for (const k of keys) out.push(k);
    before = previous;
    previous = keys[0];
  }
  return out;
}

const REGION_FIRST = new Set(['jamtland', 'jamtlands']);
const REGION_SECOND = new Set(['harjedalen', 'harjedalens']);

// Inflectional endings, longest first. The stem is only used as a prefix, so over-stripping a
// little is harmless while under-stripping loses matches ("kommunchefsgruppen" vs "kommunchefsgrupp").
const SUFFIXES = [
  'arnas', 'ernas', 'ornas', 'andes', 'endes', 'heten', 'heter', 'arna', 'erna', 'orna', 'ande', 'ende',
  'ades', 'ades', 'elsen', 'else', 'ader', 'aren', 'ares', 'ast', 'are', 'ade', 'ens', 'ets', 'iga', 'ig',
  'en', 'et', 'ar', 'er', 'or', 'na', 'as', 'es', 'at', 'a', 'e', 's', 'n',
];

/** Light Swedish (and plural English) stem: strips one inflectional ending, keeps at least 4 letters. */
export function stem(key: string): string {
  if (/\d/.test(key) || key.length <= 4) return key;
  for (const suffix of SUFFIXES) {
    if (key.endsWith(suffix) && key.length - suffix.length >= 4) return key.slice(0, -suffix.length);
  }
  // Short verbs: "yrkade", "yrkar" → "yrk".
  for (const suffix of VERB_SUFFIXES) {
    if (key.endsWith(suffix) && key.length - suffix.length === 3) return key.slice(0, -suffix.length);
  }
  return key;
}

const VERB_SUFFIXES = ['ande', 'ade', 'ar', 'at'];

function isDigits(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 48 && c <= 57 && /^\d+$/.test(text);
}

export type MatchStrength = 0 | 0.6 | 0.85 | 1;

/**
 * How well a document token carries a query stem: exact or inflected (1), the stem as the first part
 * of a compound (0.85, "kommunchef" in "kommunchefsgruppen"), the stem as the last part of a
 * compound (0.6, "anläggning" in "rötgasanläggning").
 */
export function matchToken(queryStem: string, token: string): MatchStrength {
  if (token === queryStem) return 1;
  if (queryStem.length < 3 || isDigits(queryStem)) return 0;
  // The verb beside its noun: "uppdra" for "uppdrag".
  if (token.length >= 5 && queryStem.length - token.length === 1 && queryStem.startsWith(token)) return 0.85;
  if (token.startsWith(queryStem)) {
    const extra = token.length - queryStem.length;
    if (extra <= 4) return 1;
    // A short stem with a long ending ("styr" ← "styrelse", "styrelsen") matches the words that stem to it.
    if (stem(token) === queryStem) return 1;
    return queryStem.length >= 5 ? 0.85 : 0;
  }
  // A Latin plural: "lärcentra", "lärcentran" for "lärcentrum".
  if (queryStem.length >= 7 && queryStem.endsWith('um') && token.startsWith(queryStem.slice(0, -2)) && /^an?$/.test(token.slice(queryStem.length - 2))) return 1;
  if (queryStem.length >= 5 && token.length > queryStem.length + 2) {
    const at = token.indexOf(queryStem);
    if (at >= 3 && token.length - (at + queryStem.length) <= 5) return 0.6;
  }
  return 0;
}

/** Best match of a stem against a token list. */
export function bestMatch(queryStem: string, tokens: readonly string[]): MatchStrength {
  let best: MatchStrength = 0;
  for (const token of tokens) {
    const m = matchToken(queryStem, token);
    if (m > best) {
      best = m;
      if (best === 1) break;
    }
  }
  return best;
}

/** True for a phrase made only of digits and separators ("10 046", "42,2"). */
export function isNumericPhrase(text: string): boolean {
  return /^[\d ,.]+$/.test(text.trim());
}

export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * Remembers what a function of a document text returned: passages and units recur from question to
 * question, and their texts are the same string objects, so a lookup costs less than the regexes.
 */
export function memoByText<T>(compute: (text: string) => T, limit = 50_000): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => {
    let value = memo.get(text);
    if (value === undefined) {
      value = compute(text);
      if (memo.size >= limit) memo.clear();
      memo.set(text, value);
    }
    return value;
  };
}
