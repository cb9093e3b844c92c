/**
 * The general strategy: quote the one to three sentences that best carry the question's concepts,
 * plus the list a chosen sentence announces. Every other strategy falls back to this one.
 */
import type { Passage } from '../../knowledge/index.js';
import { citationsFor, layoutText, sourceLabel, type Answer, type Quote } from '../compose.js';
import type { Selection } from '../select.js';
import { inlineEnumeration, personNamesIn } from '../features.js';
import { bestMatch, tokenize, truncate } from '../text.js';
import type { QuestionAnalysis } from '../understand.js';
import type { Unit } from '../units.js';
import type { ScoredUnit } from '../evidence.js';
import { CELL_VALUE, YEAR_ROW } from '../year-rows.js';

export function quoteOf(scored: ScoredUnit): Quote {
  return { text: scored.unit.text, passage: scored.passage, lines: scored.unit.lines };
}

/** The quote of a list item, cited from the passage it is in (a list may run into the next passage). */
function unitQuote(unit: Unit, from: ScoredUnit, passageById?: (id: string) => Passage | undefined): Quote {
  return { text: unit.text, passage: passageById?.(unit.passageId) ?? from.passage, lines: unit.lines };
}

/** Words of a long sentence quoted around the question's words; with no list to follow, the lead has room for more. */
const QUOTE_WINDOW = 200;
const ROOMY_QUOTE_WINDOW = 380;
/** A sentence this much longer than its window is quoted from the part that carries the question's words. */
const LONG_LEAD_MARGIN = 60;
const WHOLE_TABLE_QUOTE = 440;
/** An enumeration up to this long is quoted whole, with this much of the words before it. */
const ENUMERATION_QUOTE = 330;
const ENUMERATION_SUBJECT = 90;

/** A long sentence is quoted from the part that carries most of the question's words. */
function focusedQuote(analysis: QuestionAnalysis, text: string, window: number): string {
  if (text.length <= window + LONG_LEAD_MARGIN) return text;
  // "… under året: psykisk hälsa, kvalitetsförbättrande samverkansområden, god och nära vård och välfärdsteknologi":
  // the things a sentence enumerates are what a question not asking for a name, number or date asks for; quote them
  // whole, after the words naming them.
  const { person, number, date } = analysis.asks;
  const enumeration = person || number || date ? undefined : inlineEnumeration(text);
  if (enumeration && text.length - enumeration.subject.length <= ENUMERATION_QUOTE) {
    const from = Math.max(0, text.lastIndexOf(' ', enumeration.subject.length - ENUMERATION_SUBJECT) + 1);
    return `${from > 0 ? '… ' : ''}${text.slice(from)}`;
  }
  const wordsOf = text.split(/\s+/);
  // Which of the question's concepts each word matches, if any.
  const hits = wordsOf.map((w) => {
    const tokens = tokenize(w);
    return analysis.concepts.findIndex((c) => c.forms.some((f) => f.stems.some((stem) => bestMatch(stem, tokens) >= 0.85)));
  });
  // A window is as good as the number of different concepts it holds, then the number of words matching them:
  // one name repeated down a paragraph does not outweigh the place where all the question's words meet.
  let best = { from: 0, score: -1 };
  for (let from = 0; from < wordsOf.length; from += 1) {
    let length = 0;
    let count = 0;
    const distinct = new Set<number>();
    for (let i = from; i < wordsOf.length && length < QUOTE_WINDOW; i += 1) {
      length += wordsOf[i].length + 1;
      if (hits[i] < 0) continue;
      count += 1;
      distinct.add(hits[i]);
    }
    const score = distinct.size * 1000 + count;
    if (score > best.score) best = { from, score };
  }
  // The quote starts where the question's words are densest and runs on as far as the window allows.
  const quoted = wordsOf.slice(best.from).join(' ');
  return `${best.from > 0 ? '… ' : ''}${truncate(quoted, window + 20)}`;
}

export function leadFor(analysis: QuestionAnalysis, scored: ScoredUnit, withSection = true, window = QUOTE_WINDOW): string {
  const source = sourceLabel(scored.passage, analysis.language, withSection);
  // A whole table compares its rows: quoted as far as the answer has room, its sums last.
  const quote = scored.unit.countyTable === 'whole' ? truncate(scored.unit.text, WHOLE_TABLE_QUOTE) : focusedQuote(analysis, scored.unit.text, window);
  // A key-figure row gives the asked year's cell first, then the row as written.
  const cell = yearCell(analysis, scored.unit.text);
  const said = cell ? `${cell}. ${quote}` : quote;
  return analysis.language === 'en' ? `According to ${source}: ${said}` : `Enligt ${source}: ${said}`;
}


/**
 * The asked year's cell of a key-figure row ("Avslutade upphandlingar, antal 2023: 84"), when each year has one value.
 * Rows the dump joined into one ("Beviljade bygglov totalt 388 451 433 372 341 varav nybyggnad … 86 112 104 61 48")
 * give the cell of the row whose label carries most of the question's words.
 */
function yearCell(analysis: QuestionAnalysis, text: string): string | undefined {
  const row = YEAR_ROW.exec(text);
  if (!row || analysis.years.length !== 1) return undefined;
  const columns = row[1].split(/\s+/);
  const at = columns.indexOf(String(analysis.years[0]));
  if (at < 0) return undefined;
  const rows: Array<{ label: string[]; values: string[] }> = [];
  let label: string[] = [];
  let values: string[] = [];
  for (const token of row[2].split(/\s+/)) {
    if (CELL_VALUE.test(token) && label.length > 0) {
      values.push(token);
      continue;
    }
    if (values.length > 0) {
      rows.push({ label, values });
      label = [];
      values = [];
    }
    label.push(token);
  }
  if (label.length > 0) rows.push({ label, values });
  // (A thousands separator splits a value in two: the cells no longer line up with the years, so none is picked.)
  const whole = rows.filter((r) => r.values.length === columns.length);
  if (whole.length === 0 || rows.at(-1)!.values.length !== columns.length) return undefined;
  const best = whole.reduce((a, b) => (questionWordsIn(analysis, b.label.join(' ')) > questionWordsIn(analysis, a.label.join(' ')) ? b : a));
  return `${best.label.join(' ').replace(/^[—–-]\s*/, '')} ${analysis.years[0]}: ${best.values[at]}`;
}

/** How many words of a table row (or its label) carry the question's words. */
function questionWordsIn(analysis: QuestionAnalysis, label: string): number {
  const stems = analysis.concepts.flatMap((c) => c.forms.flatMap((f) => f.stems));
  return tokenize(label).filter((t) => stems.some((st) => t.startsWith(st))).length;
}


/**
 * The row of a table whose cells stand apart by "|" that carries most of the question's words, each cell after its
 * column's heading: "Andel prio 1-uppdrag … länet — Utgångsvärde (2023): 70,9 %; Mål 2026: 74 %; Mål 2028: 77 %".
 */
function pipeTableRow(analysis: QuestionAnalysis, heading: string, rows: string[]): string | undefined {
  const headingCells = heading.split('|').map((c) => c.trim());
  if (headingCells.length < 3 || rows.length === 0) return undefined;
  const fit = (cells: string[]) => questionWordsIn(analysis, cells.join(' '));
  const candidates = rows.map((row) => row.split('|').map((c) => c.trim())).filter((cells) => cells.length === headingCells.length);
  if (candidates.length === 0) return undefined;
  const best = candidates.reduce((a, b) => (fit(b) > fit(a) ? b : a));
  if (fit(best) === 0) return undefined;
  const cells = best.slice(1).map((cell, k) => `${headingCells[k + 1]}: ${cell}`).join('; ');
  return `${best[0].replace(/^\d{1,2}\.\s*/, '')} — ${cells}`;
}

const FACTS_BUDGET = 560;

/**
 * When the facts do not fit, long ones keep their opening words and the part that states what was
 * asked (the name or number), so every item still answers within the scored characters.
 */
function fitFacts(analysis: QuestionAnalysis, facts: string[], leadLength: number, personNames: ReadonlyMap<string, string>): string[] {
  const total = leadLength + facts.reduce((sum, f) => sum + f.length + 3, 0);
  const { person, number } = analysis.asks;
  if (total <= FACTS_BUDGET || !(person || number) || facts.length === 0) return facts;
  const perItem = Math.max(60, Math.floor((FACTS_BUDGET - leadLength) / facts.length) - 3);
  return facts.map((fact) => {
    if (fact.length <= perItem) return fact;
    const target = person ? personNamesIn(fact, personNames)[0] : /\d[\d ,.]*\s*\S*/.exec(fact.slice(20))?.[0];
    const at = target ? fact.indexOf(target) : -1;
    const openingLength = Math.min(35, Math.floor(perItem / 3));
    if (at < openingLength + 10) return truncate(fact, perItem);
    const opening = fact.slice(0, openingLength).replace(/\s+\S*$/, '');
    const from = Math.max(openingLength, at - 12);
    return `${opening} … ${truncate(fact.slice(from).replace(/^\S*\s/, ''), perItem - opening.length - 3)}`;
  });
}

/** "vilken punkt", "which item", "vilket ärende": the question asks which agenda item. */
const ITEM_ASKED = /(?<![\p{L}])(?:vilken punkt|vilka punkter|which (?:agenda )?items?|what (?:agenda )?items?|vilket ärende|vilka ärenden|which ärende)(?![\p{L}])/iu;
const ITEM_NAMED = /(?<![\p{L}])punkt(?:en)?\s+(\d{1,2})(?![\d])/iu;

const REFERS_BACK = /^(?:det|den|detta|denna|dessa|de|där|då|han|hon|it|this|these|they|there)(?![\p{L}])/iu;
/** Beyond this, a sentence before the answer would push the answer's own words out of the lead. */
const JOINED_LEAD = 260;

export function composeSelection(
  analysis: QuestionAnalysis,
  selection: Selection,
  strategy: string,
  personNames: ReadonlyMap<string, string> = new Map(),
  passageById?: (id: string) => Passage | undefined,
  agendaItem?: (passage: Passage, number: number) => Quote | undefined,
): Answer {
  const { primary, listItems, otherYear } = selection;
  let { supporting } = selection;
  // A sentence that refers back ("Det är …") is read together with the one before it.
  const antecedent = supporting.find(
    (s) => s.passage.id === primary.passage.id && s.unit.index === primary.unit.index - 1 && (REFERS_BACK.test(primary.unit.text) || s.unit.text.length + primary.unit.text.length <= JOINED_LEAD),
  );
  // A long list leaves no room for the section name in the lead; the citation still gives it.
  const listLength = listItems.reduce((sum, u) => sum + u.text.length + 3, 0);
  const roomy = listLength < 300;
  const window = listItems.length > 0 ? QUOTE_WINDOW : ROOMY_QUOTE_WINDOW;
  let lead = leadFor(analysis, primary, roomy, window);
  // A lead-in with a list that fills the answer is quoted bare; its source follows the list.
  const bareLead = primary.unit.leadIn && listItems.length >= 3 && lead.length + listLength > 560;
  if (bareLead) lead = primary.unit.text;
  if (antecedent) {
    lead = leadFor(analysis, { ...primary, unit: { ...primary.unit, text: `${antecedent.unit.text} ${primary.unit.text}` } }, roomy, window);
    supporting = supporting.filter((s) => s !== antecedent);
  }
  const quotes: Quote[] = [quoteOf(primary), ...(antecedent ? [quoteOf(antecedent)] : []), ...supporting.map(quoteOf), ...listItems.map((u) => unitQuote(u, primary, passageById))];
  let facts = fitFacts(analysis, [...listItems.map((u) => u.text), ...supporting.map((s) => s.unit.text)], lead.length, personNames);
  // "Indikator | Utgångsvärde (2023) | Mål 2026 | Mål 2028" over its rows: the row the question names, cell by cell
  // under its heading, before the rows cut short to fit.
  const headedRow = pipeTableRow(analysis, primary.unit.text, listItems.map((u) => u.text));
  if (headedRow) facts.unshift(headedRow);
  // The next sentences are read right after the lead when all fits; otherwise they come last, in what room is left.
  let front = 0;
  for (const next of selection.nextSentences) {
    const fits = lead.length + [next.unit.text, ...facts].reduce((sum, f) => sum + f.length + 3, 0) <= FACTS_BUDGET;
    if (fits) facts.splice(front++, 0, next.unit.text);
    else facts.push(next.unit.text);
    quotes.push(quoteOf(next));
  }
  // "Vilken punkt utgick?" answered by "… att punkt 10 utgår": the item's title from that day's agenda.
  const itemNumber = ITEM_ASKED.test(analysis.question) ? ITEM_NAMED.exec([primary, antecedent].map((s) => s?.unit.text ?? '').join(' ')) : null;
  const item = itemNumber && agendaItem?.(primary.passage, Number(itemNumber[1]));
  if (item && !lead.includes(item.text.replace(/^\d+\.\s*/, ''))) {
    facts.unshift(`${analysis.language === 'en' ? 'Item' : 'Punkt'} ${item.text.replace(/^(\d+)\.\s*/, '$1: ')}`);
    quotes.push(item);
  }
  if (selection.runnerUp) {
    facts.push(selection.runnerUp.unit.text);
    quotes.push(quoteOf(selection.runnerUp));
  }
  let tail: string | undefined = bareLead ? `(${analysis.language === 'en' ? 'Source' : 'Källa'}: ${sourceLabel(primary.passage, analysis.language)})` : undefined;
  if (otherYear) {
    const year = otherYear.passage.year;
    tail = `${tail ? `${tail} ` : ''}${
      analysis.language === 'en'
        ? `(${otherYear.passage.source.title} states for ${year}: "${truncate(otherYear.unit.text, 140)}")`
        : `(${otherYear.passage.source.title} anger för ${year}: ”${truncate(otherYear.unit.text, 140)}”)`
    }`;
    quotes.push(quoteOf(otherYear));
  }
  return {
    answered: true,
    language: analysis.language,
    // A sentence quoted as a list item and again as the next sentence or a close second is read once.
    text: layoutText(lead, facts.filter((fact, i) => facts.indexOf(fact) === i), tail),
    citations: citationsFor(quotes),
    followUps: [],
    strategy,
  };
}
