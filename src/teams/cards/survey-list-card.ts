/** The rounds open to a person, each with an "Open" button that brings up that person's own card. */
import type { Questionnaire } from '../../knowledge/types.js';
import type { SurveyRound } from '../../surveys/index.js';
import type { Language } from '../turn.js';
import { SURVEY_VERBS } from './survey-card.js';
import { SURVEY_TEXT, formatDate } from './survey-texts.js';

type Json = Record<string, unknown>;

export interface ListedRound {
  round: SurveyRound;
  questionnaire: Questionnaire;
  answered: boolean;
}

export function buildSurveyListCard(rounds: ListedRound[], language: Language): Json {
  const t = SURVEY_TEXT[language];
  const body: Json[] = [{ type: 'TextBlock', text: t.listTitle, size: 'Large', weight: 'Bolder', wrap: true }];
  for (const { round, questionnaire, answered } of rounds) {
    const data = { roundId: round.id, lang: language };
    const deadline = round.deadline ? `${t.deadline} ${formatDate(round.deadline, language)}` : t.noDeadline;
    body.push({
      type: 'Container',
      separator: true,
      spacing: 'Medium',
      items: [
        { type: 'TextBlock', text: questionnaire.title, weight: 'Bolder', wrap: true },
        { type: 'TextBlock', text: `${t.round} ${round.id} · ${deadline} · ${answered ? t.listAnswered : t.listNotAnswered}`, isSubtle: true, size: 'Small', wrap: true, spacing: 'None' },
        {
          type: 'ActionSet',
          actions: [
            {
              type: 'Action.Execute',
              title: t.open,
              verb: SURVEY_VERBS.open,
              data,
              fallback: { type: 'Action.Submit', title: t.open, data: { verb: SURVEY_VERBS.open, ...data } },
            },
          ],
        },
      ],
    });
  }
  return { type: 'AdaptiveCard', version: '1.5', body, fallbackText: t.listTitle };
}
