/**
 * Suggested follow-up questions and the "what you can ask" hint of an unanswered question, built
 * from the records the knowledge base actually holds, in the user's language.
 */
import type { UnitResult } from '../knowledge/index.js';
import type { AnswerIndex } from './answer-index.js';
import type { Answer } from './compose.js';
import type { QuestionAnalysis } from './understand.js';

function latestMeeting(index: AnswerIndex) {
  return [...index.kb.records.meetings].sort((a, b) => b.date.localeCompare(a.date))[0];
}

const latestCache = new WeakMap<UnitResult[], { byUnit: Map<string, UnitResult>; latest?: UnitResult }>();

/** The most recent result of a unit (or of any unit), from a per-knowledge-base table. */
function latestResultUnit(index: AnswerIndex, preferred?: string): UnitResult | undefined {
  const results = index.kb.records.results;
  let table = latestCache.get(results);
  if (!table) {
    table = { byUnit: new Map() };
    for (const r of results) {
      const key = r.unit.toLowerCase();
      const seen = table.byUnit.get(key);
      if (!seen || r.year > seen.year) table.byUnit.set(key, r);
      if (!table.latest || r.year > table.latest.year) table.latest = r;
    }
    latestCache.set(results, table);
  }
  // A named unit without results gets no results suggestion rather than another unit's.
  return preferred ? table.byUnit.get(preferred.toLowerCase()) : table.latest;
}

export function suggestFollowUps(index: AnswerIndex, analysis: QuestionAnalysis, answer: Answer): string[] {
  const en = analysis.language === 'en';
  const out: string[] = [];
  const entity = analysis.entities[0];
  const unit = latestResultUnit(index, entity?.name);
  if (unit && !analysis.asks.results) {
    out.push(en ? `What did ${unit.unit} achieve in ${unit.year}?` : `Vad uppnådde ${unit.unit} under ${unit.year}?`);
  }
  if (entity && entity.kind === 'organ' && analysis.roleKind !== 'chair') {
    out.push(en ? `Who chairs ${entity.name}?` : `Vem är ordförande i ${entity.name}?`);
  }
  const meeting = latestMeeting(index);
  if (meeting && !analysis.asks.agenda) {
    out.push(en ? `What is on the agenda of ${meeting.organName} on ${meeting.date}?` : `Vad står på dagordningen för ${meeting.organName} ${meeting.date}?`);
  }
  const title = answer.citations[0]?.title;
  if (title && out.length < 3) out.push(en ? `What else does "${title}" say about this?` : `Vad mer säger ”${title}” om detta?`);
  return out.slice(0, 3);
}

export function unansweredHint(index: AnswerIndex, analysis: QuestionAnalysis): string {
  const en = analysis.language === 'en';
  const titles = [...new Set(index.kb.documents.map((d) => d.title))].slice(0, 3);
  const docs = titles.map((t) => (t.length > 60 ? `${t.slice(0, 57)}…` : t)).join('; ');
  if (analysis.years.length > 0) {
    return en
      ? `The documents may state it for another year; try asking without the year, or about meetings, roles, results and figures in: ${docs}.`
      : `Dokumenten kan ange det för ett annat år; fråga gärna utan årtal, eller om möten, roller, resultat och siffror i: ${docs}.`;
  }
  return en
    ? `You can ask about meetings and agendas, who holds a role, what a unit achieved, and figures in: ${docs}.`
    : `Du kan fråga om möten och dagordningar, vem som har en roll, vad en verksamhet uppnått och siffror i: ${docs}.`;
}
