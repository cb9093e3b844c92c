/**
 * "What did <unit> achieve in <year>": result records of the unit and year, the most informative
 * and most relevant items first (numbers, names, the question's own words), shortened to their
 * telling sentences so they fit the answer.
 */
import type { UnitResult } from '../../knowledge/index.js';
import type { AnswerIndex } from '../answer-index.js';
import { citationsFor, layoutText, shortTitle, type Answer, type Quote } from '../compose.js';
import { conceptMatch, type WeightedConcept } from '../evidence.js';
import { hasDayOfMonth, hasQuantity, statesOutcome } from '../features.js';
import { tokenize, truncate } from '../text.js';
import type { QuestionAnalysis } from '../understand.js';
import { coverageOf, coverageOfTokens, sourceText, subjectConcepts } from './shared.js';

const ITEM_LENGTH = 150;
const TOPIC_OPENING = 60;
const RESULTS_WORD = /(?<![\p{L}])(?:resultat\p{L}*|results?|achiev\p{L}*|uppnå\p{L}*|uppnådde)(?![\p{L}])/iu;
/** Room for the items after the lead sentence, inside the scored 600 characters. */
const ITEMS_BUDGET = 520;

interface UnitGroup {
  unit: string;
  year: number;
  documentId: string;
  items: UnitResult[];
  coverage: number;
  /** Words of the unit's name, and of the name with the section path and title it was found under. */
  unitTokens: string[];
  contextTokens: string[];
}

const groupCache = new WeakMap<UnitResult[], UnitGroup[]>();

/** Results grouped by unit, year and document; computed once per knowledge base. */
function groupResults(results: UnitResult[]): UnitGroup[] {
  const cached = groupCache.get(results);
  if (cached) return cached;
  const groups = new Map<string, UnitGroup>();
  for (const r of results) {
    const key = `${r.unit}|${r.year}|${r.source.documentId}`;
    const group = groups.get(key) ?? { unit: r.unit, year: r.year, documentId: r.source.documentId, items: [], coverage: 0, unitTokens: tokenize(r.unit), contextTokens: tokenize(`${r.unit} ${sourceText(r.source)}`) };
    group.items.push(r);
    groups.set(key, group);
  }
  const list = [...groups.values()];
  groupCache.set(results, list);
  return list;
}

/** How much a sentence tells: amounts, names, places, and the question's own words. */
function informativeness(sentence: string, concepts: WeightedConcept[]): number {
  const tokens = tokenize(sentence);
  let score = 0;
  // An amount, a count or the day something happened ("infördes den 1 mars") makes a result concrete.
  if (hasQuantity(sentence.replace(/\b(19|20)\d{2}\b/g, '')) || hasDayOfMonth(sentence)) score += 1.5;
  // Names, places and products: capitalised words after the first ("Google Workspace", "MyApps", "Bräcke").
  const capitals = sentence.split(/\s+/).slice(1).filter((w) => /^\p{Lu}/u.test(w) || /\p{Ll}\p{Lu}/u.test(w)).length;
  score += Math.min(3, capitals) * 0.6;
  if (/\bwww\.|\.se\b|https?:/.test(sentence)) score += 0.8;
  if (/\b(under året|genomför|etabler|lanser|tagit fram|startat|publicer|införskaff|beviljat|antagits)/i.test(sentence)) score += 0.5;
  // What was done or changed ("har genomförts", "deltog") is a result; a sentence saying what something is, is not.
  if (statesOutcome(sentence)) score += 1;
  // A total for the year ("Totalt nådde insatserna 1 046 deltagare") sums up what the items tell one by one.
  if (/(?<![\p{L}])(?:totalt|sammanlagt|sammantaget|in total|overall)(?![\p{L}])/iu.test(sentence) && hasQuantity(sentence)) score += 1.5;
  for (const w of concepts) score += 2 * conceptMatch(w.concept, tokens);
  return score;
}

/** The item shortened to its most telling sentences. */
function shortened(text: string, concepts: WeightedConcept[], limit = ITEM_LENGTH): { text: string; score: number } {
  const sentences = text.split(/(?<=[.!?])\s+(?=\p{Lu})/u);
  if (text.length <= limit || sentences.length === 1) return { text: truncate(text, limit + 40), score: informativeness(text, concepts) };
  const ranked = sentences.map((s, i) => ({ s, i, score: informativeness(s, concepts) })).sort((a, b) => b.score - a.score);
  const kept: typeof ranked = [];
  let length = 0;
  for (const r of ranked) {
    if (length + r.s.length > limit + 40 && kept.length > 0) continue;
    kept.push(r);
    length += r.s.length + 1;
  }
  kept.sort((a, b) => a.i - b.i);
  return { text: truncate(kept.map((k) => k.s).join(' … '), limit + 40), score: kept.reduce((sum, k) => sum + k.score, 0) };
}

export function answerFromResults(index: AnswerIndex, analysis: QuestionAnalysis, weighted: WeightedConcept[]): Answer | undefined {
  const results = index.kb.records.results;
  if (results.length === 0) return undefined;
  const subject = subjectConcepts(weighted);
  if (subject.length === 0) return undefined;
  // The unit must be named: its name or section path carries the question's entity words.
  const groups = groupResults(results)
    .map((g) => ({ ...g, ...coverageOfTokens(subject, g.contextTokens) }))
    .filter((g) => g.criticalOk && g.coverage > 0);
  if (groups.length === 0) return undefined;
  const unitNamed = groups.filter((g) => coverageOfTokens(subject, g.unitTokens).coverage > 0);
  const pool = unitNamed.length > 0 ? unitNamed : groups;
  const best = Math.max(...pool.map((g) => g.coverage));
  let candidates = pool.filter((g) => g.coverage >= best * 0.9 && g.coverage >= 0.3);
  if (analysis.years.length > 0) candidates = candidates.filter((g) => analysis.years.includes(g.year));
  if (candidates.length === 0) return undefined;
  candidates.sort((a, b) => b.year - a.year || b.items.length - a.items.length);
  const chosen = candidates[0];
  const otherYears = [...new Set(pool.filter((g) => g.unit === chosen.unit && g.year !== chosen.year).map((g) => g.year))].sort();

  // Concepts left after the unit and the year: what the user wants to hear about first.
  // Words of the report's own title ("Verksamhetsberättelse 2024 – FoU Jämt") name whose report it is, not a sub-topic.
  const reportTitle = index.kb.documentById(chosen.documentId)?.title ?? '';
  const focus = subject.filter((w) => coverageOf([w], chosen.unit, index.tokensOfText).coverage < 0.5 && coverageOf([w], reportTitle, index.tokensOfText).coverage < 0.5);
  // A sub-topic the question names ("inom fallprevention", "thanks to the dialogmöten") picks its items first, told at more length.
  const focusOf = (text: string) => focus.reduce((sum, w) => sum + w.idf * (conceptMatch(w.concept, index.tokensOfText(text)) >= 0.85 ? 1 : 0), 0);
  const focusScores = chosen.items.map((item) => focusOf(item.text));
  const topFocus = Math.max(0, ...focusScores);
  const onTopic = (i: number) => topFocus > 0 && focusScores[i] >= topFocus * 0.85;
  // An item that opens with the sub-topic is about it; one that lists it among others only mentions it.
  const opensWithTopic = (i: number) => onTopic(i) && focusOf(chosen.items[i].text.slice(0, TOPIC_OPENING)) >= topFocus * 0.85;
  // "Vilka resultat …": items under a results heading before those under an activities heading.
  const resultsAsked = RESULTS_WORD.test(analysis.question);
  const underResults = (item: UnitResult) => resultsAsked && item.source.section.some((s) => RESULTS_WORD.test(s));
  const ranked = chosen.items
    .map((item, order) => ({ item, order, topic: onTopic(order), opens: opensWithTopic(order), results: underResults(item), ...shortened(item.text, focus, onTopic(order) ? ITEM_LENGTH * 2 : ITEM_LENGTH) }))
    .sort((a, b) => Number(b.topic) - Number(a.topic) || Number(b.opens) - Number(a.opens) || Number(b.results) - Number(a.results) || b.score - a.score || a.order - b.order);
  // Fill the answer with the best items that fit; a long item gives way to shorter good ones.
  const items: typeof ranked = [];
  let used = 0;
  for (const candidate of ranked) {
    if (used + candidate.text.length + 3 > ITEMS_BUDGET) continue;
    items.push(candidate);
    used += candidate.text.length + 3;
  }

  const en = analysis.language === 'en';
  const title = shortTitle(chosen.items[0].source.title);
  const lead = en ? `${chosen.unit} in ${chosen.year} (${title}):` : `${chosen.unit} under ${chosen.year} (${title}):`;
  const tail =
    otherYears.length > 0 && analysis.years.length === 0
      ? en
        ? `(Results are also reported for ${otherYears.join(', ')}.)`
        : `(Resultat redovisas även för ${otherYears.join(', ')}.)`
      : undefined;
  const quotes: Quote[] = [];
  for (const { item } of items) {
    const passage = index.kb.passages.find((p) => p.source.file === item.source.file && p.source.lines[0] <= item.source.lines[0] && item.source.lines[0] <= p.source.lines[1]);
    if (passage) quotes.push({ text: item.text, passage, lines: item.source.lines });
  }
  if (quotes.length === 0) return undefined;
  return {
    answered: true,
    language: analysis.language,
    text: layoutText(lead, items.map((i) => i.text), tail),
    citations: citationsFor(quotes),
    followUps: [],
    strategy: 'unit-results',
  };
}
