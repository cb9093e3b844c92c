/**
 * The general strategy: quote the one to three sentences that best carry the question's concepts,
 * plus the list a chosen sentence announces. Every other strategy falls back to this one.
 */
import { citationsFor, layoutText, sourceLabel, type Answer, type Quote } from '../compose.js';
import type { Selection } from '../select.js';
import { truncate } from '../text.js';
import type { QuestionAnalysis } from '../understand.js';
import type { Unit } from '../units.js';
import type { ScoredUnit } from '../evidence.js';

export function quoteOf(scored: ScoredUnit): Quote {
  return { text: scored.unit.text, passage: scored.passage, lines: scored.unit.lines };
}

function unitQuote(unit: Unit, from: ScoredUnit): Quote {
  return { text: unit.text, passage: from.passage, lines: unit.lines };
}

export function leadFor(analysis: QuestionAnalysis, scored: ScoredUnit): string {
  const source = sourceLabel(scored.passage, analysis.language);
  return analysis.language === 'en' ? `According to ${source}: ${scored.unit.text}` : `Enligt ${source}: ${scored.unit.text}`;
}

export function composeSelection(analysis: QuestionAnalysis, selection: Selection, strategy: string): Answer {
  const { primary, listItems, otherYear } = selection;
  let { supporting } = selection;
  // A sentence that refers back ("Det är …") is read together with the one before it.
  const antecedent = supporting.find((s) => s.passage.id === primary.passage.id && s.unit.index === primary.unit.index - 1);
  let lead = leadFor(analysis, primary);
  if (antecedent) {
    lead = leadFor(analysis, { ...primary, unit: { ...primary.unit, text: `${antecedent.unit.text} ${primary.unit.text}` } });
    supporting = supporting.filter((s) => s !== antecedent);
  }
  const quotes: Quote[] = [quoteOf(primary), ...(antecedent ? [quoteOf(antecedent)] : []), ...supporting.map(quoteOf), ...listItems.map((u) => unitQuote(u, primary))];
  const facts = [...listItems.map((u) => u.text), ...supporting.map((s) => s.unit.text)];
  let tail: string | undefined;
  if (otherYear) {
    const year = otherYear.passage.year;
    tail =
      analysis.language === 'en'
        ? `(${otherYear.passage.source.title} states for ${year}: "${truncate(otherYear.unit.text, 140)}")`
        : `(${otherYear.passage.source.title} anger för ${year}: ”${truncate(otherYear.unit.text, 140)}”)`;
    quotes.push(quoteOf(otherYear));
  }
  return {
    answered: true,
    language: analysis.language,
    text: layoutText(lead, facts, tail),
    citations: citationsFor(quotes),
    followUps: [],
    strategy,
  };
}
