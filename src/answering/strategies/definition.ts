/**
 * "Vad står X för", "what is X": the expansion the documents themselves give for an abbreviation
 * ("Northern Sparsely Populated Areas (NSPA)"), quoted with its sentence. Questions with more
 * parts get the rest from the passage strategy.
 */
import type { AnswerIndex } from '../answer-index.js';
import type { AbbreviationDefinition } from '../abbreviations.js';
import { citationsFor, layoutText, type Answer, type Quote } from '../compose.js';
import type { Language } from '../language.js';
import type { WeightedConcept } from '../evidence.js';
import { isSelection, selectEvidence } from '../select.js';
import type { QuestionAnalysis } from '../understand.js';
import { quoteOf } from './passages.js';
import type { Passage } from '../../knowledge/index.js';
import { escapeRegExp } from '../../knowledge/patterns.js';
import type { Unit } from '../units.js';

function definitionsOf(index: AnswerIndex, target: string): AbbreviationDefinition[] {
  const key = target.toUpperCase();
  const found = [...(index.abbreviations.get(key) ?? [])];
  for (const organ of index.kb.records.organs) {
    if (!organ.abbreviations.some((a) => a.toUpperCase() === key)) continue;
    // A contents line's bare "Styrgruppen (SFS-Z)" named the organ; the text spells the full name out elsewhere.
    const name = organ.aliases.find((a) => a.toLowerCase().startsWith(`${organ.name.toLowerCase()} `)) ?? organ.name;
    if (found.some((d) => d.expansion.toLowerCase() === name.toLowerCase())) continue;
    const passage = index.kb.passages.find((p) => p.text.includes(name) && p.text.includes(target));
    if (passage) found.push({ abbreviation: target, expansion: name, passageId: passage.id, context: organ.description ?? name });
  }
  return found;
}

function definitionSentence(target: string, expansions: string[], language: Language): string {
  const list = expansions.map((e) => `”${e}”`).join(language === 'en' ? ' or ' : ' eller ');
  return language === 'en' ? `${target} stands for ${list} in the documents.` : `${target} står för ${list} i dokumenten.`;
}

const ELABORATION = 420;

/** A glossary's entry for the abbreviation ("LOVA – statligt bidrag …"), with the sentence that goes on with it. */
function glossaryEntry(index: AnswerIndex, target: string): { passage: Passage; units: Unit[] } | undefined {
  const opens = new RegExp(`^${escapeRegExp(target)}\\s*[–:-]\\s+\\p{Ll}`, 'u');
  for (const passage of index.kb.passages) {
    if (!passage.text.includes(target)) continue;
    const units = index.unitsOf(passage);
    // (A heading of the same shape, "YAM – instruktörsutbildning", names a topic, not what the term is.)
    const at = units.findIndex((u) => opens.test(u.text) && !u.headingLike);
    if (at < 0) continue;
    const next = units[at + 1];
    // The next entry of the glossary opens with its own term and dash.
    const goesOn = next && !next.headingLike && !/^\S+(?:\s\S+){0,3}\s*[–:]\s/.test(next.text) && units[at].text.length + next.text.length <= ELABORATION;
    return { passage, units: goesOn ? [units[at], next] : [units[at]] };
  }
  return undefined;
}

const TASK_ASKED = /(?<![\p{L}])(?:uppgift|uppgifter|uppdrag|gör|mäter|ansvarar|arbetar|measures?|does|do|tasks?|role|responsible)(?![\p{L}])/iu;
const SUBJECT_SENTENCE = 300;

/** The first sentence opening with the term, or its expansion, as the subject of a verb in the present ("mäter", "bereder"). */
function sentenceWithSubject(index: AnswerIndex, target: string, expansion: string): { passage: Passage; unit: Unit } | undefined {
  const opens = new RegExp(`^(?:${escapeRegExp(expansion)}(?:\\s*\\(${escapeRegExp(target)}\\))?|${escapeRegExp(target)})\\s+\\p{Ll}{1,}r\\s`, 'u');
  for (const passage of index.kb.passages) {
    if (!passage.text.includes(target)) continue;
    const unit = index.unitsOf(passage).find((u) => !u.headingLike && u.text.length <= SUBJECT_SENTENCE && opens.test(u.text) && !/^\S+\s+(?:står|betyder)\s/iu.test(u.text.slice(u.text.indexOf(')') + 1).trim() || u.text));
    if (unit) return { passage, unit };
  }
  return undefined;
}

/** The definition, plus the passage selection's facts for the question's other parts. */
export function answerDefinition(index: AnswerIndex, analysis: QuestionAnalysis, weighted: WeightedConcept[]): Answer | undefined {
  const target = analysis.definitionTarget;
  if (!target || !/[A-ZÅÄÖ]{2}/.test(target)) return undefined;
  const definitions = definitionsOf(index, target).slice(0, 3);
  if (definitions.length === 0) return undefined;
  const quotes: Quote[] = [];
  const facts: string[] = [];
  // "LOVA – statligt bidrag till lokala vattenvårdsprojekt …. Bidraget söks hos Länsstyrelsen …": a glossary's entry says
  // what the thing is, not only what the letters stand for; the sentence after it goes on with it.
  const entry = glossaryEntry(index, target);
  if (entry) {
    for (const unit of entry.units) {
      quotes.push({ text: unit.text, passage: entry.passage, lines: unit.lines });
      facts.push(unit.text);
    }
  }
  // With other parts to answer, one defining sentence is enough.
  for (const definition of analysis.parts.length > 1 ? definitions.slice(0, 1) : definitions) {
    const passage = index.kb.passageById(definition.passageId);
    if (!passage) continue;
    // The sentence that spells the abbreviation out, not a heading asking about it ("Vad är IPS?").
    const units = index.unitsOf(passage);
    const unit = units.find((u) => u.text.includes(definition.expansion)) ?? units.find((u) => u.text.includes(target)) ?? units[0];
    if (!unit) continue;
    quotes.push({ text: unit.text, passage, lines: unit.lines });
    if (!facts.includes(unit.text)) facts.push(unit.text);
    // "IPS, Individual Placement and Support, är en metod för …. Personer … får stöd av en arbetsspecialist …": the
    // sentence after a definition of a method says what it does; with one definition there is room for it.
    const next = units[unit.index + 1];
    // "YAM (Youth Aware of Mental Health)" / "Skolbaserat … program … som utvecklats av …": a glossary's term line only
    // names the thing; the line under it says what it is, whatever else the question asks.
    const termOnly = unit.text.replace(/[()–:,-]/g, ' ').replace(/\s+/g, ' ').trim() === `${target} ${definition.expansion}`.replace(/[()–:,-]/g, ' ').replace(/\s+/g, ' ').trim();
    // ("LIS står för …" / "Ett LIS-område är ett område …": the sentence after goes on about the term, whatever is asked.)
    const goesOnAboutTerm = next !== undefined && new RegExp(`^(?:(?:Ett|En|De|Det)\\s+)?${escapeRegExp(target)}(?:-\\p{L}+)?\\s+\\p{Ll}`, 'u').test(next.text);
    if ((termOnly || goesOnAboutTerm || (definitions.length === 1 && analysis.parts.length === 1)) && next && !next.headingLike && !next.listItem && unit.text.length + next.text.length <= ELABORATION) {
      quotes.push({ text: next.text, passage, lines: next.lines });
      facts.push(next.text);
    }
  }
  // "… och vad har gruppen för uppgift?", "… and what does it measure?": the sentence with the term as its subject
  // says what it does ("HME mäter motivation, ledarskap och styrning", "Centrala arbetsmiljögruppen (CAG) bereder …").
  const doing = TASK_ASKED.test(analysis.question) ? sentenceWithSubject(index, target, definitions[0].expansion) : undefined;
  if (doing && !facts.includes(doing.unit.text)) {
    quotes.push({ text: doing.unit.text, passage: doing.passage, lines: doing.unit.lines });
    facts.push(doing.unit.text);
  }
  if (quotes.length === 0) return undefined;
  // The question's other parts ("… och vad har gruppen arbetat med under 2021?"), from sentences other than the definition.
  const defined = new Set(quotes.map((q) => q.text));
  // Those parts ask for facts, not for another definition.
  const otherParts = { ...analysis, asks: { ...analysis.asks, definition: false } };
  const result = analysis.parts.length > 1 ? selectEvidence(index, otherParts, weighted, { exclude: (s) => defined.has(s.unit.text) }) : undefined;
  const rest = result && isSelection(result) ? result : undefined;
  if (rest) {
    for (const scored of [rest.primary, ...rest.supporting]) {
      if (facts.includes(scored.unit.text)) continue;
      facts.push(scored.unit.text);
      quotes.push(quoteOf(scored));
    }
    for (const item of rest.listItems) {
      const passage = index.kb.passageById(item.passageId);
      if (!passage) continue;
      facts.push(item.text);
      quotes.push({ text: item.text, passage, lines: item.lines });
    }
  }
  return {
    answered: true,
    language: analysis.language,
    text: layoutText(definitionSentence(target, definitions.map((d) => d.expansion), analysis.language), facts),
    citations: citationsFor(quotes),
    followUps: [],
    strategy: 'definition',
  };
}
