/** Which language a question is written in: English questions often carry Swedish names and terms. */
import { LANGUAGE_MARKERS } from './lexicon.js';

export type Language = 'sv' | 'en';

export function detectLanguage(question: string): Language {
  const tokens = question.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  let en = 0;
  let sv = 0;
  for (const token of tokens) {
    if (LANGUAGE_MARKERS.en.has(token)) en += 1;
    if (LANGUAGE_MARKERS.sv.has(token)) sv += 1;
    // English inflections and contractions the Swedish text never has.
    if (/^(\w+'s|\w+ing|what's|who's)$/.test(token) && !/[åäö]/.test(token)) en += 0.25;
  }
  // "i", "a", "en" and "den" are function words in both languages; they never decide alone.
  if (en === sv) return /\b(the|what|who|which|how|when|is|are|does|did)\b/i.test(question) ? 'en' : 'sv';
  return en > sv ? 'en' : 'sv';
}
