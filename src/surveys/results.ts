/** A round's results: answers per body, counts per option, and the free-text comments. */
import type { Questionnaire } from '../knowledge/types.js';
import type { StoredAnswer } from './repository.js';
import { knownMembers, type SurveyRound } from './round.js';

export interface OptionCount {
  id: string;
  label: string;
  count: number;
}

export interface Comment {
  body: string;
  text: string;
}

export interface QuestionResult {
  id: string;
  text: string;
  part: string;
  kind: 'choice' | 'text';
  /** How many respondents answered it (chose an option, or wrote text for a text question). */
  answered: number;
  options: OptionCount[];
  /** The follow-up's wording ("Varför?") when the question has one. */
  followUp?: string;
  /** Follow-up texts, or the answers to a text question. */
  comments: Comment[];
}

export interface RoundResults {
  roundId: string;
  title: string;
  anonymous: boolean;
  status: SurveyRound['status'];
  deadline: string | null;
  respondents: number;
  /** People the round was sent to, when the round knows them; null for "everyone" or an unknown channel roster. */
  invited: number | null;
  bodies: Array<{ body: string; answers: number }>;
  questions: QuestionResult[];
}

export function computeResults(round: SurveyRound, questionnaire: Questionnaire, answers: StoredAnswer[]): RoundResults {
  const members = knownMembers(round);
  const bodyNames = [...round.bodies, ...answers.map((a) => a.body).filter((body) => body && !round.bodies.includes(body))];
  const bodies = [...new Set(bodyNames)].map((body) => ({ body, answers: answers.filter((a) => a.body === body).length }));

  const questions = questionnaire.parts.flatMap((part) =>
    part.questions.map((question): QuestionResult => {
      const options = question.options.map((option) => ({
        id: option.id,
        label: option.label,
        count: answers.filter((a) => a.choices[question.id] === option.id).length,
      }));
      // Sorted by body and text, not by time, so the order says nothing about who wrote when.
      const comments = answers
        .filter((a) => a.texts[question.id])
        .map((a) => ({ body: a.body, text: a.texts[question.id]! }))
        .sort((a, b) => bodyNames.indexOf(a.body) - bodyNames.indexOf(b.body) || a.text.localeCompare(b.text, 'sv'));
      const answered = question.kind === 'choice' ? answers.filter((a) => a.choices[question.id]).length : comments.length;
      return { id: question.id, text: question.text, part: part.title, kind: question.kind, answered, options, followUp: question.followUp, comments };
    }),
  );

  return {
    roundId: round.id,
    title: questionnaire.title,
    anonymous: round.anonymous,
    status: round.status,
    deadline: round.deadline,
    respondents: answers.length,
    invited: members.length > 0 ? members.length : null,
    bodies,
    questions,
  };
}

/** Whole percent, for "3 av 5 (60 %)". */
export function percent(part: number, whole: number): number {
  return whole > 0 ? Math.round((100 * part) / whole) : 0;
}
