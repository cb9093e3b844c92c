/**
 * Organs, councils, networks and offices named with an abbreviation: "Primärkommunala
 * samverkansrådet (PKR)" and "SocSam (Sociala samrådsgruppen, …)". Only names that look like a
 * body (råd, grupp, nätverk, arena, kontor, office, nämnd …) are kept; strategies and methods
 * with abbreviations (RUS, IMD) are not organs. Curated seeds add the ones the text never
 * abbreviates, such as kommunchefsgruppen.
 */
import { escapeRegExp, looseText, PARTY_LETTERS, slugify } from '../patterns.js';
import { wordsOf } from '../swedish-words.js';
import type { IngestProblem, Organ, Passage, SourceRef } from '../types.js';
import type { ExtractionInput } from './input.js';
import { sourceForLine } from './source.js';

const BODY_WORD =
  /(råd(et)?|grupp(en)?s?|nätverk(et)?|forum|arena(n)?|styrelse(n)?|nämnd(en)?|utskott(et)?|kontor(et)?|office|förbund(et)?|college|centrum|institut(et)?|kommitté(n)?|partnerskap(et)?|stödstruktur(en)?|areas|regioner|landsting)(?![\p{L}])/iu;
const PARTY = new Set<string>(PARTY_LETTERS);
const ABBREVIATION = String.raw`[A-ZÅÄÖ][A-Za-zÅÄÖåäö]*(?:-[A-ZÅÄÖ][A-Za-zÅÄÖ]*)?`;
const NAME_THEN_ABBR = new RegExp(String.raw`([^().;:!?]{3,90}?)\s?\((${ABBREVIATION})\)`, 'g');
const ABBR_THEN_NAME = new RegExp(String.raw`(?:^|[\s(])(${ABBREVIATION})\s?\(([^()]{4,120})\)`, 'g');
const CONNECTORS = new Set(['och', 'för', 'i', 'av', 'på', 'mellan', '-', '–']);

interface Mention {
  abbreviation: string;
  name?: string;
  description?: string;
  source: SourceRef;
}

export function extractOrgans(input: ExtractionInput): Organ[] {
  const mentions: Mention[] = [];
  input.lines.forEach((line, i) => {
    if (!line.includes('(')) return;
    const context = `${line} ${input.lines[i + 1] ?? ''}`.slice(0, line.length + 60);
    for (const match of context.matchAll(NAME_THEN_ABBR)) {
      if (match.index! >= line.length) continue;
      const abbreviation = match[2];
      if (!isAbbreviation(abbreviation)) continue;
      const name = nameBefore(match[1], abbreviation);
      if (name && BODY_WORD.test(name)) mentions.push({ abbreviation, name, source: sourceForLine(input, i) });
    }
    for (const match of context.matchAll(ABBR_THEN_NAME)) {
      if (match.index! >= line.length) continue;
      const abbreviation = match[1];
      if (!isAbbreviation(abbreviation)) continue;
      const inside = match[2].trim();
      const first = inside.split(/,|\s[–-]\s/)[0].trim();
      if (/^\p{Lu}/u.test(first) && BODY_WORD.test(first)) {
        mentions.push({ abbreviation, name: first, description: inside !== first ? inside : undefined, source: sourceForLine(input, i) });
      } else if (/\b(arena|samverkan|grupp|nätverk)/i.test(inside)) {
        mentions.push({ abbreviation, description: inside, source: sourceForLine(input, i) });
      }
    }
  });
  return groupMentions(mentions);
}

function isAbbreviation(text: string): boolean {
  const capitals = text.replace(/[^A-ZÅÄÖ]/g, '').length;
  return capitals >= 2 && text.length <= 8 && !PARTY.has(text);
}

/**
 * The name before "(ABBR)": the longest run of words (at most six, not crossing a comma) that
 * starts with the abbreviation's first letter, e.g. "Jämtlands läns Regionala samverkans- och
 * stödstruktur (RSS)" → "Regionala samverkans- och stödstruktur".
 */
function nameBefore(text: string, abbreviation: string): string | undefined {
  const clause = text.split(/[,]/).pop()!.trim();
  const short = nameIn(clause.split(/\s+/).slice(-6), abbreviation);
  if (short && BODY_WORD.test(short)) return short;
  // "Styrgruppen för feriearbete och sommarjobb i Jämtlands län (SFS-Z)": a body's name with a long "för …" tail
  // starts further back than six words.
  const long = nameIn(clause.split(/\s+/).slice(-10), abbreviation);
  return long && BODY_WORD.test(long.split(/\s+/)[0]) ? long : short;
}

function nameIn(words: string[], abbreviation: string): string | undefined {
  const initial = abbreviation[0].toLowerCase();
  for (let start = 0; start < words.length; start++) {
    const word = words[start];
    if (CONNECTORS.has(word.toLowerCase())) continue;
    if (word[0]?.toLowerCase() === initial) return words.slice(start).join(' ').replace(/[”"]/g, '');
  }
  return undefined;
}

function groupMentions(mentions: Mention[]): Organ[] {
  const byAbbreviation = new Map<string, Organ>();
  for (const mention of mentions) {
    const key = mention.abbreviation.toUpperCase();
    let organ = byAbbreviation.get(key);
    if (!organ) {
      organ = {
        id: slugify(mention.abbreviation),
        name: mention.name ?? mention.abbreviation,
        abbreviations: [mention.abbreviation],
        aliases: [],
        sources: [],
      };
      byAbbreviation.set(key, organ);
    }
    if (!organ.abbreviations.includes(mention.abbreviation)) organ.abbreviations.push(mention.abbreviation);
    if (mention.name && organ.name === organ.abbreviations[0]) organ.name = mention.name;
    else if (mention.name && looseText(mention.name) !== looseText(organ.name) && !organ.aliases.some((a) => looseText(a) === looseText(mention.name!))) {
      organ.aliases.push(mention.name);
    }
    if (mention.description && !organ.description) organ.description = mention.description;
    organ.sources.push(mention.source);
  }
  return [...byAbbreviation.values()];
}

/** Merges organs found in several files (same id or abbreviation) into one record each. */
export function mergeOrganRecords(organs: Organ[]): Organ[] {
  const merged = new Map<string, Organ>();
  for (const organ of organs) {
    const existing = merged.get(organ.id);
    if (!existing) {
      merged.set(organ.id, { ...organ, abbreviations: [...organ.abbreviations], aliases: [...organ.aliases], sources: [...organ.sources] });
      continue;
    }
    for (const abbreviation of organ.abbreviations) if (!existing.abbreviations.includes(abbreviation)) existing.abbreviations.push(abbreviation);
    for (const name of [organ.name, ...organ.aliases]) {
      if (looseText(name) !== looseText(existing.name) && !existing.aliases.some((a) => looseText(a) === looseText(name)) && !existing.abbreviations.includes(name)) {
        existing.aliases.push(name);
      }
    }
    existing.description ??= organ.description;
    existing.sources.push(...organ.sources);
  }
  return [...merged.values()];
}

/**
 * A function giving, for a passage text, the names of the organs it mentions (every name,
 * abbreviation and alias), so a search for "PKR" finds "Primärkommunala samverkansrådet".
 * Names are looked up by their first word among the passage's words, then checked in place:
 * one pass over the words instead of a long alternation regex over the text.
 */
export function organNamesIndex(organs: readonly Organ[]): (text: string, words?: ReadonlySet<string>) => string[] {
  const byFirstWord = new Map<string, { name: string; organ: Organ }[]>();
  for (const organ of organs) {
    for (const name of [organ.name, ...organ.abbreviations, ...organ.aliases]) {
      const lower = name.toLowerCase();
      const first = wordsOf(lower)[0];
      if (name.length < 3 || !first) continue;
      const entries = byFirstWord.get(first) ?? [];
      entries.push({ name: lower, organ });
      byFirstWord.set(first, entries);
    }
  }
  if (!byFirstWord.size) return () => [];
  return (text: string, words: ReadonlySet<string> = new Set(wordsOf(text))) => {
    const found = new Set<Organ>();
    let lower: string | undefined;
    for (const word of words) {
      const entries = byFirstWord.get(word);
      if (!entries) continue;
      for (const { name, organ } of entries) {
        if (found.has(organ)) continue;
        if (name === word || containsAsWords((lower ??= text.toLowerCase()), name)) found.add(organ);
      }
    }
    return [...found].flatMap((o) => [o.name, ...o.abbreviations, ...o.aliases]);
  };
}

/** The phrase occurs with no letter or digit right before or after it. */
function containsAsWords(text: string, phrase: string): boolean {
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    const before = at > 0 ? text[at - 1] : ' ';
    const after = text[at + phrase.length] ?? ' ';
    if (!/[\p{L}\d]/u.test(before) && !/[\p{L}\d]/u.test(after)) return true;
  }
  return false;
}


const NUMBER_WORDS: Record<string, number> = {
  en: 1, ett: 1, två: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, åtta: 8, nio: 9, tio: 10, elva: 11, tolv: 12,
  tretton: 13, fjorton: 14, femton: 15, sexton: 16, sjutton: 17, arton: 18, nitton: 19, tjugo: 20,
};
const COMPOSITION = /\b(?:bestående av|består av|som består av)\s+([^.]{3,200})/i;
const MEMBERS = /\b(\d{1,3}|[a-zåäö]+)\s+(?:ordinarie\s+)?(?:ledamöter|medlemmar|representanter)\b/i;

/**
 * Composition and number of members as stated in the text: "Regionens samverkansråd, bestående
 * av elva ledamöter med representation från samtliga kommuner och regionen". The text wins over a
 * curated count; a disagreement is returned as a problem.
 */
export function addStatedCompositions(organs: Organ[], passages: readonly Passage[]): IngestProblem[] {
  const problems: IngestProblem[] = [];
  const names = organs.map((organ) => ({
    organ,
    pattern: new RegExp(`(?<![\\p{L}])(${[organ.name, ...organ.aliases].filter((n) => n.length >= 5).map(escapeRegExp).join('|')})(?![\\p{L}])`, 'iu'),
  }));
  const stated = new Set<Organ>();
  for (const passage of passages) {
    if (!/bestå/i.test(passage.text)) continue;
    for (const sentence of passage.text.split(/(?<=[.!?])\s+/)) {
      const composition = COMPOSITION.exec(sentence);
      if (!composition) continue;
      // The organ must be named right before "bestående av", not somewhere else in the sentence.
      const before = sentence.slice(0, composition.index).slice(-80);
      const match = names.find((n) => n.pattern.test(before));
      if (!match || stated.has(match.organ)) continue;
      stated.add(match.organ);
      const { organ } = match;
      const count = MEMBERS.exec(composition[1]);
      const members = count ? (/^\d+$/.test(count[1]) ? Number(count[1]) : NUMBER_WORDS[count[1].toLowerCase()]) : undefined;
      const source = `${passage.source.file}:${passage.source.lines[0]}-${passage.source.lines[1]}`;
      if (members && organ.memberCount && organ.memberCount !== members) {
        problems.push({ file: 'seeds/organs.json', reason: `conflict for ${organ.id}: curated memberCount ${organ.memberCount}, text says ${members} (${source})` });
      }
      if (members) organ.memberCount = members;
      organ.composition = composition[1].trim();
      organ.sources.push(passage.source);
    }
  }
  return problems;
}
