/**
 * Answering questions from the knowledge base: understand the question, try the strategies that
 * fit what it asks (records first, passages to confirm and fill gaps), and say "I don't know" when
 * the documents do not carry the answer. Synchronous, local, no network.
 */
import type { KnowledgeBase } from '../knowledge/index.js';
import { answerIndexFor, type AnswerIndex } from './answer-index.js';
import { notAnswered, type Answer, type Citation } from './compose.js';
import { conceptMatch, weighConcepts, type WeightedConcept } from './evidence.js';
import { suggestFollowUps, unansweredHint } from './follow-ups.js';
import { isSelection, opensWithDay, selectEvidence, THRESHOLDS, type Selection } from './select.js';
import { agendaItemQuote, answerFromAgenda, BREAK_ASKED, LINK_ASKED, MATTERS_ASKED, meetingsHeldAt } from './strategies/agenda.js';
import { answerDefinition } from './strategies/definition.js';
import { answerDifference } from './strategies/difference.js';
import { composeSelection } from './strategies/passages.js';
import { answerFromResults } from './strategies/results.js';
import { answerFromRoles, asksForRole } from './strategies/role.js';
import { dateMatches } from './dates.js';
import { DIARY_ASKED, isMeetingPaper } from './features.js';
import { analyzeQuestion, type QuestionAnalysis } from './understand.js';

export type { Answer, Citation };

type Strategy = (index: AnswerIndex, analysis: QuestionAnalysis, weighted: WeightedConcept[], selection: () => Selection | undefined) => Answer | undefined;

/**
 * "Vilken punkt utgick från dagordningen", "vem reserverade sig": what was struck, moved or dissented from is told by
 * the minutes, not the agenda.
 */
const STRUCK_ASKED = /(?<![\p{L}])(?:utgick|utgått|utgår|ströks|strukits|stryks|struck|cancell?ed|removed|dropped|taken off|withdrawn|postponed|bordlades|bordlagts|reserverade|reserverat|reservation|dissent\p{L}*|yrkade|yrkande)(?![\p{L}])/iu;

function asksAboutMeeting(index: AnswerIndex, analysis: QuestionAnalysis): boolean {
  const { asks } = analysis;
  if (STRUCK_ASKED.test(analysis.question)) return false;
  // A document's contact person is in its letterhead, not on the agenda of the meeting it went to.
  if (analysis.roleKind === 'contact') return false;
  // A meeting is named by its day, or by where it was held ("RUR-mötet i Strömsund").
  const meetingDate = index.kb.records.meetings.some((m) => dateMatches(analysis, m.date)) || meetingsHeldAt(index.kb.records.meetings, analysis.question).length > 0;
  // "Vilka föredrog X …", "vilka ärenden togs upp …", "dnr för hörselplan-ärendet" on a dated meeting ask about its items too.
  // A break ("när är fikat") is a meeting's, whatever date the question gives.
  return asks.agenda || BREAK_ASKED.test(analysis.question) || (meetingDate && (asks.person || asks.time || asks.date || asks.place || asks.list || analysis.roleKind === 'presenter' || LINK_ASKED.test(analysis.question) || MATTERS_ASKED.test(analysis.question) || DIARY_ASKED.test(analysis.question)));
}

/** "Vad beslutade rådet den 27/11", "who chaired the meeting on May 14th", "vem föredrar punkt 9 den 18 september": what only that day's own papers can tell. */
const MEETING_OUTCOME_ASKED = /(?<![\p{L}])(?:beslutade|beslöt|beslutades|fattades|decided|concluded|conclude|decide|vad hände|what happened|vem ledde|vem var ordförande|who chaired|who led|justera\p{L}*|föredrar|föredrog|presents|presented|presenting)(?![\p{L}])/iu;
// (A network's meeting is its "träff": "nätverkets träff i Sveg den 27 november".)
const AGENDA_NAMED = /(?<![\p{L}])(?:dagordning\p{L}*|föredragningslist\p{L}*|agenda)(?![\p{L}])/iu;
const MEETING_NAMED = /(?<![\p{L}])(?:möte[nt]?|sammanträde[nt]?|meeting|\p{L}*träff(?:en)?)(?![\p{L}])/iu;

/**
 * A meeting asked about by its day, for what was decided or who led it, when no paper of that day is in the documents
 * (the day is only named ahead of time: "Nästa sammanträde onsdag 27 november"): not answered.
 */
function meetingDayWithoutPapers(index: AnswerIndex, analysis: QuestionAnalysis): Answer | undefined {
  // ("vad står på dagordningen för PSK den 17 september": a day's agenda asked, its year left to the papers.)
  const agendaOfDay = AGENDA_NAMED.test(analysis.question);
  const days = analysis.temporal.dates.filter((d) => (d.year !== undefined || agendaOfDay) && d.day !== undefined);
  if (days.length === 0 || !(agendaOfDay || (MEETING_NAMED.test(analysis.question) && MEETING_OUTCOME_ASKED.test(analysis.question)))) return undefined;
  // ("Who chaired the Skogsrådet meeting on 3 March": Viltforum's notes of that day are no paper of Skogsrådet's meeting.)
  const organs = analysis.concepts.filter((c) => c.entity?.kind === 'organ');
  // (… the body named in the passage or in the document's title: minutes' header naming it may have been taken away.)
  const ofOrgan = (documentId: string) =>
    organs.length === 0 || [index.kb.documentById(documentId)?.title ?? '', ...index.passagesOfDocument(documentId).map((p) => p.text)].some((text) => organs.some((c) => conceptMatch(c, index.tokensOfText(text)) >= THRESHOLDS.critical));
  const papers =
    index.kb.documents.some((d) => (dateMatches(analysis, d.date) || (agendaOfDay && isMeetingPaper(d) && opensWithDay(index, analysis, d.id))) && ofOrgan(d.id)) ||
    index.kb.records.meetings.some((m) => dateMatches(analysis, m.date) && ofOrgan(m.source.documentId));
  if (papers) return undefined;
  const hint =
    analysis.language === 'en'
      ? 'The documents hold no minutes or notice of a meeting on that day; they may name it only as a meeting to come.'
      : 'Dokumenten har inget protokoll eller någon kallelse från ett möte den dagen; de kan nämna det bara som ett kommande möte.';
  return notAnswered(analysis.language, hint);
}

/**
 * Whether a text numbers item `item`: "punkt 11", "§ 11", or an agenda row read as text that opens with the number
 * ("11 14:15 Kommunikationsplan …", "| 11 | …").
 */
function numbersItem(text: string, item: number): boolean {
  const named = new RegExp(String.raw`(?<![\p{L}\d])(?:[Pp]unkt|[Ii]tem|[Ää]rende|[Pp]kt\.?|§)\s*${item}(?!\d)`, 'u');
  const row = new RegExp(String.raw`(?:^|[\s|])${item}[.):]?\s+(?:\|\s*)?(?:(?:kl\.?\s*)?\d{1,2}[.:]\d{2}(?:\s*[–-]\s*\d{1,2}[.:]\d{2})?\s+(?:\|\s*)?)?\p{Lu}`, 'u');
  return named.test(text) || row.test(text);
}

/** Strategies in the order they are tried; each returns undefined when it has no evidence. */
const STRATEGIES: Array<{ applies: (index: AnswerIndex, analysis: QuestionAnalysis) => boolean; run: Strategy }> = [
  { applies: asksAboutMeeting, run: (index, analysis, weighted) => answerFromAgenda(index, analysis, weighted) },
  // Role records answer the roles asked; "vem är processledare …, och vem är ordförande …" is answered part by part
  // from the text, since one part asks for no role the records hold.
  { applies: (_, a) => a.asks.person && a.roleKind !== undefined && (a.parts.filter((p) => p.asks.person).length < 2 || a.parts.filter((p) => p.asks.person).every((p) => asksForRole(p.text))), run: (index, analysis, weighted) => answerFromRoles(index, analysis, weighted) },
  { applies: (_, a) => a.asks.results && !a.asks.number && !a.asks.person, run: (index, analysis, weighted) => answerFromResults(index, analysis, weighted) },
  { applies: (_, a) => a.asks.definition && a.definitionTarget !== undefined, run: (index, analysis, weighted) => answerDefinition(index, analysis, weighted) },
  { applies: (_, a) => a.asks.definition, run: (index, analysis) => answerDifference(index, analysis) },
  {
    applies: () => true,
    run: (index, analysis, _w, selection) => {
      const chosen = selection();
      if (!chosen) return undefined;
      // "Who presents item 11, the kommunikationsplan, …": an item asked by its number that no agenda holds is not told
      // by a sentence that does not number it.
      const item = analysis.temporal.itemNumber;
      if (item !== undefined && !numbersItem(chosen.primary.unit.text, item)) return undefined;
      const label = analysis.asks.number ? 'figure' : analysis.asks.list ? 'list' : 'passages';
      return composeSelection(analysis, chosen, label, index.personNames, (id) => index.kb.passageById(id), (passage, number) => agendaItemQuote(index, passage, number));
    },
  },
];

/**
 * Builds what answering derives from a knowledge base (word statistics, abbreviations, entities).
 * It happens on the first question otherwise; call this after loading or swapping a knowledge base
 * to keep that cost (about 0.2 ms per passage) off the first user's answer.
 */
export function prepareAnswering(kb: KnowledgeBase): void {
  answerIndexFor(kb);
}

export function answerQuestion(kb: KnowledgeBase, question: string, options: { now?: Date } = {}): Answer {
  const index = answerIndexFor(kb);
  const analysis = analyzeQuestion(index, question.trim(), options);
  const weighted = weighConcepts(index, analysis);
  let selected: Selection | undefined | null = null;
  const selection = () => {
    if (selected === null) {
      const result = selectEvidence(index, analysis, weighted);
      selected = isSelection(result) ? result : undefined;
    }
    return selected;
  };
  const withoutPapers = meetingDayWithoutPapers(index, analysis);
  if (withoutPapers) return withoutPapers;
  for (const strategy of STRATEGIES) {
    if (!strategy.applies(index, analysis)) continue;
    const answer = strategy.run(index, analysis, weighted, selection);
    if (answer) return { ...answer, followUps: suggestFollowUps(index, analysis, answer) };
  }
  return notAnswered(analysis.language, unansweredHint(index, analysis));
}
