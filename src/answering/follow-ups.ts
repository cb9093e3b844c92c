/**
 * Suggested follow-up questions and the "what you can ask" hint of an unanswered question, built
 * from the records the knowledge base actually holds, in the user's language.
 */
import type { AnswerIndex } from './answer-index.js';
import type { Answer } from './compose.js';
import type { QuestionAnalysis } from './understand.js';

function latestMeeting(index: AnswerIndex) {
  return [...index.kb.records.meetings].sort((a, b) => b.date.localeCompare(a.date))[0];
}

function latestResultUnit(index: AnswerIndex, preferred?: string) {
  const results = index.kb.records.results;
  const match = preferred ? results.filter((r) => r.unit.toLowerCase() === preferred.toLowerCase()) : [];
  const pool = match.length > 0 ? match : results;
  return [...pool].sort((a, b) => b.year - a.year)[0];
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
