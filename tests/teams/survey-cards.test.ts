import { describe, expect, it } from 'vitest';
import { closeRound, computeResults, submitAnswer, type StoredAnswer, type SurveyContext, type SurveyRound } from '../../src/surveys/index.js';
import { buildSurveyCard, type SurveyCardView } from '../../src/teams/cards/survey-card.js';
import { buildSurveyListCard } from '../../src/teams/cards/survey-list-card.js';
import { buildSurveyResultsCard } from '../../src/teams/cards/survey-results-card.js';
import { schemaSkipReason, schemasAvailable, validateAdaptiveCard } from '../helpers/schemas.js';
import { fullAnswer, makePerson, makeRound, makeSurveys, seedQuestionnaire } from '../surveys/builders.js';

const MAX_CARD_BYTES = 28 * 1024;
const skipNote = schemasAvailable ? '' : ` (${schemaSkipReason})`;
const answerCtx = (surveys: SurveyContext) => ({ repo: surveys.repo, clock: surveys.clock, questionnaireOf: (round: SurveyRound) => surveys.catalog.find(round.questionnaireId) });

type Node = Record<string, unknown>;
function nodes(card: unknown): Node[] {
  const found: Node[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      found.push(node as Node);
      Object.values(node).forEach(walk);
    }
  };
  walk(card);
  return found;
}
const byId = (card: unknown, id: string) => nodes(card).find((n) => n.id === id);
const allText = (card: unknown) => nodes(card).map((n) => (typeof n.text === 'string' ? n.text : '')).join('\n');

async function scenario() {
  const surveys = makeSurveys();
  const round = await makeRound(surveys, { deadline: '2025-11-30', anonymous: true });
  const stored = await submitAnswer(answerCtx(surveys), { person: makePerson(1), conversationId: 'p' }, fullAnswer(round.id, { texts: { '1': '[klicka](https://example.com) *inte fet*' } }));
  if (!stored.ok) throw new Error(stored.reason);
  return { surveys, round, answer: stored.answer as StoredAnswer, questionnaire: seedQuestionnaire() };
}

describe('the questionnaire card', async () => {
  const { surveys, round, answer, questionnaire } = await scenario();
  const base: SurveyCardView = { round, questionnaire, language: 'sv', state: 'open', refreshUserIds: ['29:user-1'] };
  const closedRound = (await closeRound(surveys, round.id)).ok ? (await surveys.repo.findRound(round.id))! : round;
  const views: Record<string, SurveyCardView> = {
    'not answered': base,
    'answered, editable': { ...base, answer },
    confirmation: { ...base, answer, notice: { tone: 'good', text: 'Tack!' } },
    'refused, with the draft kept': { ...base, draft: { body: 'BUZ', choices: { '1': 'ja' }, texts: {} }, notice: { tone: 'attention', text: 'Fråga 2 saknar svar.' } },
    'closed, with answers': { ...base, round: closedRound, state: 'closed', answer },
    'closed, posted card': { ...base, round: closedRound, state: 'closed', shared: true, refresh: false },
    'not invited': { ...base, state: 'not-invited' },
    english: { ...base, language: 'en', answer },
  };

  it.skipIf(!schemasAvailable).each(Object.keys(views))(`validates against the Adaptive Card 1.5 schema: %s${skipNote}`, (name) => {
    const card = buildSurveyCard(views[name]!);
    expect(validateAdaptiveCard(card)).toEqual([]);
    expect(JSON.stringify(card).length).toBeLessThan(MAX_CARD_BYTES);
  });

  it('asks every question with its options in the questionnaire\'s order, required where the questionnaire says', () => {
    const card = buildSurveyCard(base);
    for (const question of questionnaire.parts.flatMap((p) => p.questions)) {
      if (question.kind === 'choice') {
        const input = byId(card, `q.${question.id}`)!;
        expect(input).toMatchObject({ type: 'Input.ChoiceSet', isRequired: true, label: `${question.id}. ${question.text}`, style: 'expanded' });
        expect((input.choices as Node[]).map((c) => c.title)).toEqual(question.options.map((o) => o.label));
      }
    }
    expect(byId(card, 'q.1.text')).toMatchObject({ type: 'Input.Text', label: 'Varför?', maxLength: 2000, isRequired: false });
    expect(byId(card, 'q.6.text')).toMatchObject({ type: 'Input.Text', label: '6. Synpunkter för förbättringar', maxLength: 2000 });
    expect(byId(card, 'body')).toMatchObject({ type: 'Input.ChoiceSet', isRequired: true, errorMessage: expect.any(String) });
    expect(allText(card)).toContain('Samverkansorganets verksamhet');
    expect(allText(card)).toContain('Regionens tjänstemannastöd');
  });

  it('submits with Action.Execute, falls back to Action.Submit, and refreshes per user', () => {
    const card = buildSurveyCard(base);
    expect(card.refresh).toEqual({ action: { type: 'Action.Execute', verb: 'survey.refresh', data: { roundId: round.id, lang: 'sv' } }, userIds: ['29:user-1'] });
    expect(card.actions).toEqual([
      expect.objectContaining({
        type: 'Action.Execute',
        verb: 'survey.submit',
        data: { roundId: round.id, lang: 'sv' },
        fallback: expect.objectContaining({ type: 'Action.Submit', data: { verb: 'survey.submit', roundId: round.id, lang: 'sv' } }),
      }),
    ]);
  });

  it('prefills the person\'s answers so they can change them', () => {
    const card = buildSurveyCard({ ...base, answer });
    expect(byId(card, 'q.1')!.value).toBe('till-stor-del');
    expect(byId(card, 'body')!.value).toBe('SocSam');
    expect(byId(card, 'q.6.text')!.value).toBe('Mer tid för förankring.');
    expect((card.actions as Node[])[0]!.title).toBe('Spara ändringar');
  });

  it('shows a closed round read-only, with what the person wrote shown as plain text, not markdown', () => {
    const card = buildSurveyCard(views['closed, with answers']!);
    expect(card.actions).toBeUndefined();
    expect(nodes(card).some((n) => typeof n.type === 'string' && n.type.startsWith('Input.'))).toBe(false);
    const runs = nodes(card).filter((n) => n.type === 'TextRun').map((n) => n.text);
    expect(runs).toContain('Till stor del – Varför? [klicka](https://example.com) *inte fet*');
  });

  it('has nothing to refresh once the posted card is replaced at close', () => {
    expect(buildSurveyCard(views['closed, posted card']!).refresh).toBeUndefined();
  });
});

describe('the results card', async () => {
  const surveys = makeSurveys();
  const round = await makeRound(surveys, { audience: { kind: 'members', members: Array.from({ length: 40 }, (_, i) => makePerson(i)) } });
  const bodies = seedQuestionnaire().bodies;
  for (let i = 0; i < 40; i += 1) {
    await submitAnswer(answerCtx(surveys), { person: makePerson(i), conversationId: 'p' }, fullAnswer(round.id, { body: bodies[i % 6], texts: { '1': 'Motivering '.repeat(150), '6': `Synpunkt ${i} `.repeat(100) } }));
  }
  const results = computeResults(round, seedQuestionnaire(), await surveys.repo.listAnswers(round.id));

  it.skipIf(!schemasAvailable)(`validates against the 1.5 schema and stays under Teams' 28 KB with 40 long answers${skipNote}`, () => {
    for (const language of ['sv', 'en'] as const) {
      const card = buildSurveyResultsCard(results, language);
      expect(validateAdaptiveCard(card)).toEqual([]);
      expect(JSON.stringify(card).length).toBeLessThan(MAX_CARD_BYTES);
    }
  });

  it('shows the response rate, answers per body and counts per option', () => {
    const text = allText(buildSurveyResultsCard(results, 'sv'));
    expect(text).toContain('40 svar av 40 inbjudna (100 %)');
    expect(text).toContain('6 av 6 samverkansorgan har svarat.');
    expect(text).toContain('40 (100 %)');
    expect(text).toContain('… och 25 till i CSV-exporten.');
  });
});

describe('the list card', () => {
  it.skipIf(!schemasAvailable)(`validates and opens each round with Action.Execute and an Action.Submit fallback${skipNote}`, async () => {
    const surveys = makeSurveys();
    const rounds = [await makeRound(surveys), await makeRound(surveys, { deadline: '2025-12-01' })];
    const card = buildSurveyListCard(rounds.map((round, i) => ({ round, questionnaire: seedQuestionnaire(), answered: i === 0 })), 'sv');
    expect(validateAdaptiveCard(card)).toEqual([]);
    const opens = nodes(card).filter((n) => n.type === 'Action.Execute' && n.verb === 'survey.open');
    expect(opens.map((n) => (n.data as Node).roundId)).toEqual(['e1', 'e2']);
    expect(opens.every((n) => (n.fallback as Node).type === 'Action.Submit')).toBe(true);
  });
});
