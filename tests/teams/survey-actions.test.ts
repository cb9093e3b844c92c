import { describe, expect, it } from 'vitest';
import { schemaSkipReason, schemasAvailable, validateAdaptiveCard } from '../helpers/schemas.js';
import { ANNA, BERTIL, cardOf, createSurveyHarness, filledCard, inputValue, textsOf } from './survey-harness.js';

const CARD = 'application/vnd.microsoft.card.adaptive';

describe('answering the questionnaire card (Action.Execute)', () => {
  it('`enkät` shows the only open round at once, refreshing for the person who asked', async () => {
    const bot = await createSurveyHarness();
    const { replies } = await bot.say(ANNA, 'enkät');
    expect(replies).toHaveLength(1);
    const card = cardOf(replies[0]!);
    expect(textsOf(card)).toContain('Frågor för uppföljning av samverkan mellan Region Jämtland Härjedalen och länets kommuner');
    expect(textsOf(card)).toContain('Du har inte svarat än.');
    expect(card.refresh).toMatchObject({ action: { type: 'Action.Execute', verb: 'survey.refresh', data: { roundId: 'demo' } }, userIds: [ANNA.id] });
  });

  it('stores the answer and returns the confirmation as the invoke response, touching no shared message', async () => {
    const bot = await createSurveyHarness();
    const result = await bot.act(ANNA, 'survey.submit', filledCard('demo'));
    expect(result.invokeResponse).toMatchObject({ statusCode: 200, type: CARD });
    expect(textsOf(cardOf(result.invokeResponse))).toMatch(/Tack! Dina svar är sparade/);
    expect(result.replies).toEqual([]);
    expect(result.updates).toEqual([]);
    const stored = await bot.surveys.repo.listAnswers('demo');
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ respondent: { userId: ANNA.id, name: ANNA.name }, body: 'SocSam', choices: { '1': 'till-stor-del' }, texts: { '1': 'Vi hann det mesta.' } });
  });

  it('answers a refresh with the person\'s own card as the invoke response — no update, so no refresh loop', async () => {
    const bot = await createSurveyHarness();
    await bot.act(ANNA, 'survey.submit', filledCard('demo'));
    const mine = await bot.act(ANNA, 'survey.refresh', { roundId: 'demo', lang: 'sv' });
    const theirs = await bot.act(BERTIL, 'survey.refresh', { roundId: 'demo', lang: 'sv' });
    for (const result of [mine, theirs]) {
      expect(result.invokeResponse).toMatchObject({ statusCode: 200, type: CARD });
      expect(result.updates).toEqual([]);
      expect(result.replies).toEqual([]);
    }
    const annasCard = cardOf(mine.invokeResponse);
    expect(inputValue(annasCard, 'q.1')).toBe('till-stor-del');
    expect(inputValue(annasCard, 'q.1.text')).toBe('Vi hann det mesta.');
    expect(textsOf(annasCard)).toMatch(/Du svarade .* Du kan ändra dina svar/);
    expect((annasCard.refresh as { userIds: string[] }).userIds).toEqual([ANNA.id]);
    const bertilsCard = cardOf(theirs.invokeResponse);
    expect(inputValue(bertilsCard, 'q.1')).toBeUndefined();
    expect(textsOf(bertilsCard)).toContain('Du har inte svarat än.');
  });

  it.skipIf(!schemasAvailable)(`returns cards that validate against the 1.5 schema${schemasAvailable ? '' : ` (${schemaSkipReason})`}`, async () => {
    const bot = await createSurveyHarness();
    const cards = [
      cardOf((await bot.say(ANNA, 'enkät')).replies[0]!),
      cardOf((await bot.act(ANNA, 'survey.submit', filledCard('demo'))).invokeResponse),
      cardOf((await bot.act(ANNA, 'survey.submit', filledCard('demo', { 'q.2': 'fel' }))).invokeResponse),
      cardOf((await bot.act(ANNA, 'survey.refresh', { roundId: 'demo', lang: 'en' })).invokeResponse),
    ];
    for (const card of cards) expect(validateAdaptiveCard(card)).toEqual([]);
  });

  it('stores a double-clicked or re-delivered submit once', async () => {
    const bot = await createSurveyHarness();
    await Promise.all([bot.act(ANNA, 'survey.submit', filledCard('demo')), bot.act(ANNA, 'survey.submit', filledCard('demo'))]);
    await bot.act(ANNA, 'survey.submit', filledCard('demo'));
    expect(await bot.surveys.repo.listAnswers('demo')).toHaveLength(1);
  });

  it('keeps both answers when two members submit at the same moment', async () => {
    const bot = await createSurveyHarness();
    await Promise.all([bot.act(ANNA, 'survey.submit', filledCard('demo')), bot.act(BERTIL, 'survey.submit', filledCard('demo', { body: 'BUZ' }))]);
    expect((await bot.surveys.repo.listAnswers('demo')).map((a) => a.respondent?.userId).sort()).toEqual([ANNA.id, BERTIL.id].sort());
  });

  it('refuses a value that is not in the questionnaire, keeps what was typed, and logs it', async () => {
    const bot = await createSurveyHarness();
    const result = await bot.act(ANNA, 'survey.submit', filledCard('demo', { 'q.3': 'jättebra' }));
    const card = cardOf(result.invokeResponse);
    expect(textsOf(card)).toContain('Svaret på fråga 3 finns inte bland alternativen.');
    expect(inputValue(card, 'q.1.text')).toBe('Vi hann det mesta.');
    expect(await bot.surveys.repo.listAnswers('demo')).toEqual([]);
    expect(bot.logs).toContainEqual(expect.objectContaining({ msg: 'refused survey answer', reason: 'invalid-option', questionId: '3', level: 40 }));
  });

  it('refuses oversized text with the limit, on the server as well as in the card', async () => {
    const bot = await createSurveyHarness();
    const result = await bot.act(ANNA, 'survey.submit', filledCard('demo', { 'q.6.text': 'x'.repeat(2001) }));
    expect(textsOf(cardOf(result.invokeResponse))).toContain('Texten i fråga 6 är för lång (högst 2000 tecken).');
    expect(await bot.surveys.repo.listAnswers('demo')).toEqual([]);
  });

  it('ignores a forged person id in the card data: the answer is the sender\'s', async () => {
    const bot = await createSurveyHarness();
    await bot.act(ANNA, 'survey.submit', { ...filledCard('demo'), userId: BERTIL.id, respondent: BERTIL.id });
    const stored = await bot.surveys.repo.listAnswers('demo');
    expect(stored.map((a) => a.respondent?.userId)).toEqual([ANNA.id]);
    expect(bot.logs).toContainEqual(expect.objectContaining({ msg: 'survey submit carried unexpected fields; ignored', keys: ['userId', 'respondent'] }));
  });

  it('refuses unknown and malformed round ids with a message, not a crash', async () => {
    const bot = await createSurveyHarness();
    const unknown = await bot.act(ANNA, 'survey.submit', filledCard('e77'));
    expect(unknown.invokeResponse).toEqual({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: 'Enkäten finns inte längre.' });
    const forged = await bot.act(ANNA, 'survey.submit', filledCard('../../admin'));
    expect(forged.invokeResponse).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.activity.message' });
    expect(bot.logs).toContainEqual(expect.objectContaining({ msg: 'refused survey card action', level: 40 }));
  });

  it('refuses answers after the round is closed and shows the person their answers read-only', async () => {
    const bot = await createSurveyHarness();
    await bot.act(ANNA, 'survey.submit', filledCard('demo'));
    await bot.say(ANNA, 'stäng enkät demo');
    const late = await bot.act(ANNA, 'survey.submit', filledCard('demo', { 'q.2': 'missnojd' }));
    const card = cardOf(late.invokeResponse);
    expect(textsOf(card)).toContain('Enkäten är stängd och tar inte emot fler svar.');
    expect(textsOf(card)).toContain('Dina svar');
    expect(card.actions).toBeUndefined();
    expect((await bot.surveys.repo.listAnswers('demo'))[0]!.choices['2']).toBe('nojd');
  });
});

describe('the Action.Submit fallback', () => {
  it('stores the answer and replies with the confirmation card as a message', async () => {
    const bot = await createSurveyHarness();
    const result = await bot.submitFallback(ANNA, { verb: 'survey.submit', ...filledCard('demo') });
    expect(textsOf(cardOf(result.replies[0]!))).toMatch(/Tack! Dina svar är sparade/);
    expect(await bot.surveys.repo.listAnswers('demo')).toHaveLength(1);
  });

  it('opens a round from the list card', async () => {
    const bot = await createSurveyHarness();
    const result = await bot.submitFallback(ANNA, { verb: 'survey.open', roundId: 'demo', lang: 'en' });
    expect(textsOf(cardOf(result.replies[0]!))).toContain('You have not answered yet.');
  });
});
