/**
 * Word matching for organ names as people type them: any case, with or without å/ä/ö, inflected
 * ("samverkansrådet", "kommuncheferna") or cut short ("samverkan").
 */

/** Lower case, diacritics folded (å→a, ä→a, ö→o, é→e), anything but letters and digits → space. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function tokenize(text: string): string[] {
  const normalized = normalizeText(text);
  return normalized ? normalized.split(' ') : [];
}

// Swedish definite and plural endings, longest first. A stem keeps at least four letters so short
// words and abbreviations ("rsr", "pkr") are never cut.
const SUFFIXES = ['ernas', 'arnas', 'ornas', 'erna', 'arna', 'orna', 'ens', 'ets', 'en', 'et', 'er', 'ar', 'or', 'na', 's', 'n', 't', 'a', 'e'];
const MIN_STEM = 4;

export function stem(token: string): string {
  for (const suffix of SUFFIXES) {
    if (token.endsWith(suffix) && token.length - suffix.length >= MIN_STEM) return token.slice(0, -suffix.length);
  }
  return token;
}

/**
 * A typed word matches a name word when both have the same stem, or when the typed word is the
 * beginning of the name word ("samverkan" → "samverkansråd"). The other way round is not a match:
 * "regionfullmäktige" must not match the "Regionens" of "Regionens samverkansråd".
 */
export function wordMatches(typed: string, nameWord: string): boolean {
  if (typed === nameWord) return true;
  const typedStem = stem(typed);
  const nameStem = stem(nameWord);
  if (typedStem === nameStem) return true;
  return typed.length >= MIN_STEM && nameWord.startsWith(typed);
}

/**
 * How well the typed words cover a name, 0..1: the share of typed words found in the name times
 * the share of the name's words that were typed. "samverkansrådet" against "Regionens
 * samverkansråd" scores 0.5; the full name scores 1.
 */
export function phraseScore(typed: string[], name: string[]): number {
  if (typed.length === 0 || name.length === 0) return 0;
  const typedHits = typed.filter((word) => name.some((nameWord) => wordMatches(word, nameWord))).length;
  const nameHits = name.filter((nameWord) => typed.some((word) => wordMatches(word, nameWord))).length;
  return (typedHits / typed.length) * (nameHits / name.length);
}

/** Same name up to case, diacritics and inflection of each word. */
export function sameName(a: string, b: string): boolean {
  const left = tokenize(a).map(stem);
  const right = tokenize(b).map(stem);
  return left.length > 0 && left.length === right.length && left.every((word, index) => word === right[index]);
}
