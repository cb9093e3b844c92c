/**
 * Abbreviations the documents define themselves, found with the Schwartz–Hearst idea: the long
 * form before "(ABBR)" must contain the abbreviation's letters in order, the first one starting a
 * word ("Northern Sparsely Populated Areas (NSPA)", "individ och familjeomsorg(L-IFO)"). Also
 * "ABBR (long form)", "ABBR, long form," and "long form –ABBR".
 */
import type { Passage } from '../knowledge/index.js';
import { normalizeSpaces } from './text.js';

export interface AbbreviationDefinition {
  abbreviation: string;
  expansion: string;
  passageId: string;
  /** The sentence-sized text around the definition, for quoting. */
  context: string;
}

const ABBREVIATION = String.raw`[A-ZÅÄÖ][A-ZÅÄÖa-zåäö0-9]*(?:-[A-ZÅÄÖ0-9][A-ZÅÄÖa-zåäö0-9]*)?`;

function isAbbreviation(token: string): boolean {
  const letters = token.replace(/[^A-Za-zÅÄÖåäö0-9]/g, '');
  const capitals = (token.match(/[A-ZÅÄÖ]/g) ?? []).length;
  return letters.length >= 2 && letters.length <= 10 && capitals >= 2 && capitals >= letters.length / 2;
}

/** Long form ending the text whose letters spell the abbreviation, or undefined. */
export function longFormBefore(abbreviation: string, text: string): string | undefined {
  const chars = abbreviation.replace(/[^A-Za-zÅÄÖåäö0-9]/g, '').toLowerCase();
  const candidateWords = text.trim().split(/\s+/).slice(-Math.min(chars.length + 5, chars.length * 2 + 1));
  const long = candidateWords.join(' ');
  let l = long.length - 1;
  for (let s = chars.length - 1; s >= 0; s -= 1) {
    const c = chars[s];
    while (l >= 0 && (long[l].toLowerCase() !== c || (s === 0 && l > 0 && /[\p{L}\p{N}]/u.test(long[l - 1])))) l -= 1;
    if (l < 0) return undefined;
    l -= 1;
  }
  const start = long.lastIndexOf(' ', l) + 1;
  const form = long.slice(start).replace(/^[("'”]+/, '').trim();
  return form.split(/\s+/).length >= 2 || form.length > chars.length + 3 ? form : undefined;
}

/** "Säker digital kommunikation (SDK) är en nationell infrastruktur …" says what the thing is; a title naming it does not. */
const DEFINES = /(?<![\p{L}])(?:är|innebär|betyder|avser|is|means)\s+(?:en|ett|de|den|det|a|an|the)(?![\p{L}])/u;

function addDefinition(out: Map<string, AbbreviationDefinition[]>, definition: AbbreviationDefinition): void {
  const key = definition.abbreviation.toUpperCase();
  const list = out.get(key) ?? [];
  const same = list.findIndex((d) => d.expansion.toLowerCase() === definition.expansion.toLowerCase());
  if (same < 0) list.push(definition);
  else if (!DEFINES.test(list[same].context) && DEFINES.test(definition.context)) list[same] = definition;
  out.set(key, list);
}

function sentenceAround(text: string, at: number): string {
  const before = text.lastIndexOf('. ', at);
  const after = text.indexOf('. ', at);
  return normalizeSpaces(text.slice(before < 0 ? 0 : before + 2, after < 0 ? text.length : after + 1));
}

export function harvestAbbreviations(passages: readonly Passage[]): Map<string, AbbreviationDefinition[]> {
  const out = new Map<string, AbbreviationDefinition[]>();
  for (const passage of passages) {
    const text = normalizeSpaces(passage.text);
    // long form (ABBR)
    for (const m of text.matchAll(new RegExp(String.raw`\((${ABBREVIATION})\)`, 'g'))) {
      const abbreviation = m[1];
      if (!isAbbreviation(abbreviation)) continue;
      const before = text.slice(Math.max(0, m.index - 160), m.index).split(/[.;:()]/).pop() ?? '';
      const expansion = longFormBefore(abbreviation, before);
      if (expansion) addDefinition(out, { abbreviation, expansion, passageId: passage.id, context: sentenceAround(text, m.index) });
    }
    // long form –ABBR / long form - ABBR
    for (const m of text.matchAll(new RegExp(String.raw`\s[–—-]\s?(${ABBREVIATION})\b`, 'g'))) {
      const abbreviation = m[1];
      if (!isAbbreviation(abbreviation)) continue;
      const before = text.slice(Math.max(0, m.index - 120), m.index).split(/[.;:()]/).pop() ?? '';
      const expansion = longFormBefore(abbreviation, before);
      if (expansion) addDefinition(out, { abbreviation, expansion, passageId: passage.id, context: sentenceAround(text, m.index) });
    }
    // "IPS, Individual Placement and Support, är …": the long form in commas after the abbreviation spells it from its start.
    for (const m of text.matchAll(new RegExp(String.raw`\b(${ABBREVIATION}),\s([^,.;:()]{6,100}),`, 'g'))) {
      const abbreviation = m[1];
      if (!isAbbreviation(abbreviation)) continue;
      const inside = m[2].trim();
      if (inside[0]?.toLowerCase() !== abbreviation[0].toLowerCase() || longFormBefore(abbreviation, inside) !== inside) continue;
      addDefinition(out, { abbreviation, expansion: inside, passageId: passage.id, context: sentenceAround(text, m.index) });
    }
    // "LIS står för landsbygdsutveckling i strandnära lägen.", "NSPA stands for …": the long form said outright.
    for (const m of text.matchAll(new RegExp(String.raw`\b(${ABBREVIATION})\s+(?:står för|stands for|är en förkortning för|is short for)\s+([^.;:()]{6,120})`, 'g'))) {
      const abbreviation = m[1];
      if (!isAbbreviation(abbreviation)) continue;
      const inside = m[2].trim().replace(/^["”“]|["”“]$/g, '');
      if (inside[0]?.toLowerCase() !== abbreviation[0].toLowerCase()) continue;
      addDefinition(out, { abbreviation, expansion: inside, passageId: passage.id, context: sentenceAround(text, m.index) });
    }
    // ABBR (long form) — the long form must start with the abbreviation's first letter.
    for (const m of text.matchAll(new RegExp(String.raw`\b(${ABBREVIATION})\s?\(([^()]{6,160})\)`, 'g'))) {
      const abbreviation = m[1];
      if (!isAbbreviation(abbreviation)) continue;
      const inside = m[2].trim();
      if (inside[0]?.toLowerCase() !== abbreviation[0].toLowerCase() || inside.split(/\s+/).length < 2) continue;
      addDefinition(out, { abbreviation, expansion: inside, passageId: passage.id, context: sentenceAround(text, m.index) });
    }
  }
  return out;
}
