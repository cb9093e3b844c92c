/**
 * "Vad är skillnaden mellan godmanskap och förvaltarskap?", "what's the difference between X and Y": what the documents
 * say each term is, side by side, from where each is defined (under its own heading, or in a sentence "X är …").
 */
import type { Passage } from '../../knowledge/index.js';
import { escapeRegExp } from '../../knowledge/patterns.js';
import type { AnswerIndex } from '../answer-index.js';
import { citationsFor, layoutText, type Answer, type Quote } from '../compose.js';
import type { QuestionAnalysis } from '../understand.js';

/** The two terms asked to be told apart; the words after them ("enligt planen", "när man pratar screening") say where. */
const DIFFERENCE_ASKED = /(?<![\p{L}])(?:skillnaden|skillnad|difference)\s+(?:mellan|between)\s+(?:en\s+|ett\s+|the\s+|an?\s+)?(.+?)\s+(?:och|and)\s+(?:en\s+|ett\s+|the\s+|an?\s+)?(.+?)(?=\s+(?:enligt|i|in|när|when|according|som|på|for|för)(?![\p{L}])|\s*[?.,!]|\s*$)/iu;

/** How much of what follows a term's heading is its definition. */
const DEFINITION_CHARS = 700;

interface Definition {
  passage: Passage;
  units: Array<{ text: string; lines: [number, number] }>;
}

function definitionUnder(index: AnswerIndex, passage: Passage, from: number): Definition | undefined {
  const units = index.unitsOf(passage).slice(from);
  const taken: Definition['units'] = [];
  let length = 0;
  for (const unit of units) {
    if (unit.headingLike || (taken.length > 0 && length + unit.text.length > DEFINITION_CHARS)) break;
    taken.push({ text: unit.text, lines: unit.lines });
    length += unit.text.length;
  }
  return taken.length > 0 ? { passage, units: taken } : undefined;
}

/** Where the documents say what a term is: the passage under its own heading, a heading unit, or "X är …". */
function definitionOf(index: AnswerIndex, term: string): Definition | undefined {
  const wanted = term.trim().toLowerCase();
  for (const passage of index.kb.passages) {
    if ((passage.source.section.at(-1) ?? '').trim().toLowerCase() === wanted) {
      const found = definitionUnder(index, passage, 0);
      if (found) return found;
    }
  }
  const opens = new RegExp(`^${escapeRegExp(term.trim())}\\s+(?:är|innebär|betyder|avser|is|means)\\s`, 'iu');
  for (const passage of index.kb.passages) {
    const units = index.unitsOf(passage);
    const heading = units.findIndex((u) => u.headingLike && u.text.trim().toLowerCase() === wanted);
    if (heading >= 0) {
      const found = definitionUnder(index, passage, heading + 1);
      if (found) return found;
    }
    const sentence = units.find((u) => !u.headingLike && opens.test(u.text));
    if (sentence) return { passage, units: [{ text: sentence.text, lines: sentence.lines }] };
  }
  return undefined;
}

const CONTENT_WORD = /\p{L}{6,}/gu;

/**
 * The sentences of one definition that speak of what the other's also speaks of ("samtycke", "rättshandlingsförmåga"):
 * where the two differ. The first sentence when they share nothing.
 */
function contrasting(own: string[], other: string[], terms: string[]): string[] {
  const skip = new Set(terms.flatMap((t) => t.toLowerCase().match(CONTENT_WORD) ?? []));
  const otherWords = new Set(other.flatMap((s) => s.toLowerCase().match(CONTENT_WORD) ?? []).filter((w) => !skip.has(w)));
  // (The share of a sentence's words the other side speaks of too: a long sentence sharing a few in passing says less.)
  const sharedIn = (sentence: string) => {
    const words = sentence.toLowerCase().match(CONTENT_WORD) ?? [];
    return words.filter((w) => otherWords.has(w) && !skip.has(w)).length / Math.max(1, words.length);
  };
  // The most shared first, as many as the side's share of the answer holds, then in the order written.
  const ranked = own.map((sentence, at) => ({ sentence, at, shared: sharedIn(sentence) })).filter((s) => s.shared > 0).sort((a, b) => b.shared - a.shared || a.at - b.at);
  const kept: typeof ranked = [];
  let length = 0;
  for (const candidate of ranked) {
    if (kept.length > 0 && length + candidate.sentence.length > SIDE_CHARS) continue;
    kept.push(candidate);
    length += candidate.sentence.length;
  }
  return kept.length > 0 ? kept.sort((a, b) => a.at - b.at).map((k) => k.sentence) : own.slice(0, 1);
}

/** Each term's share of the answer's first lines. */
const SIDE_CHARS = 240;

export function answerDifference(index: AnswerIndex, analysis: QuestionAnalysis): Answer | undefined {
  const asked = DIFFERENCE_ASKED.exec(analysis.question);
  if (!asked) return undefined;
  const terms = [asked[1], asked[2]];
  const definitions = terms.map((term) => definitionOf(index, term));
  if (definitions.some((d) => d === undefined)) return undefined;
  const quotes: Quote[] = [];
  const sentences = definitions.map((definition) => definition!.units.flatMap((u) => u.text.split(/(?<=[.!?])\s+(?=\p{Lu})/u)));
  const facts = definitions.map((definition, k) => {
    for (const unit of definition!.units) quotes.push({ text: unit.text, passage: definition!.passage, lines: unit.lines });
    return `${terms[k]}: ${contrasting(sentences[k], sentences[1 - k], terms).join(' ')}`;
  });
  const lead = analysis.language === 'en' ? `What the documents say ${terms[0]} and ${terms[1]} each are:` : `Så beskriver dokumenten ${terms[0]} och ${terms[1]}:`;
  return { answered: true, language: analysis.language, text: layoutText(lead, facts), citations: citationsFor(quotes), followUps: [], strategy: 'definition' };
}
