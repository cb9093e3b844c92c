/**
 * A round's answers as CSV, one row per respondent. Semicolon-separated with a UTF-8 BOM because
 * the officials open it in Excel with Swedish regional settings, where ";" is the list separator
 * and the BOM keeps å, ä and ö intact.
 */
import { stringify } from 'csv-stringify/sync';
import type { Questionnaire } from '../knowledge/types.js';
import { questionsOf } from './questionnaire.js';
import type { StoredAnswer } from './repository.js';
import type { SurveyRound } from './round.js';

export function answersToCsv(round: SurveyRound, questionnaire: Questionnaire, answers: StoredAnswer[]): string {
  const questions = questionsOf(questionnaire);
  const header = ['Omgång', 'Samverkansorgan', 'Svarande', 'Inskickat', 'Senast ändrat'];
  for (const question of questions) {
    header.push(`${question.id}. ${question.text}`);
    if (question.kind === 'choice' && question.followUp) header.push(`${question.id}. ${question.followUp}`);
  }
  const rows = [...answers]
    .sort((a, b) => round.bodies.indexOf(a.body) - round.bodies.indexOf(b.body) || a.submittedAt.localeCompare(b.submittedAt))
    .map((answer) => {
      const row = [round.id, answer.body, answer.respondent?.name ?? (round.anonymous ? 'anonym' : answer.respondent?.userId ?? ''), answer.submittedAt, answer.updatedAt];
      for (const question of questions) {
        if (question.kind === 'choice') {
          row.push(question.options.find((option) => option.id === answer.choices[question.id])?.label ?? '');
          if (question.followUp) row.push(answer.texts[question.id] ?? '');
        } else {
          row.push(answer.texts[question.id] ?? '');
        }
      }
      return row.map(defuseFormula);
    });
  return stringify([header, ...rows], { delimiter: ';', bom: true, record_delimiter: 'windows' });
}

/** Spreadsheet programs run cells that start with = + - @ as formulas; free text must stay text. */
function defuseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export function csvFileName(round: SurveyRound): string {
  return `enkat-${round.id}-${round.questionnaireId}.csv`;
}
