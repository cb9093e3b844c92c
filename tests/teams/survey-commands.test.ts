import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { schemasAvailable, validateAdaptiveCard } from '../helpers/schemas.js';
import { ANNA, BERTIL, BOT, ORGANIZER, cardOf, createSurveyHarness, filledCard, textsOf } from './survey-harness.js';

const CHANNEL = { id: '19:samverkan@thread.tacv2', conversationType: 'channel', tenantId: 'tenant-1' };
const mention = (user: { id: string; name: string }) => ({ type: 'mention', mentioned: { id: user.id, name: user.name }, text: `<at>${user.name}</at>` });
const replyText = (result: { replies: Array<{ text?: string }> }) => result.replies.map((r) => r.text ?? '').join('\n');

describe('the Playground walk-through', () => {
  it('two members answer the demo round, the organizer sees the counts and exports CSV', async () => {
    const bot = await createSurveyHarness();
    expect((await bot.say(ANNA, 'enkät')).replies).toHaveLength(1);
    await bot.act(ANNA, 'survey.submit', filledCard('demo'));
    const reopened = cardOf((await bot.say(ANNA, 'enkät')).replies[0]!);
    expect(textsOf(reopened)).toMatch(/Du svarade/);
    await bot.act(BERTIL, 'survey.submit', filledCard('demo', { body: 'BUZ', 'q.2': 'missnojd', 'q.6.text': 'Fler möten.' }));

    const results = cardOf((await bot.say(ORGANIZER, 'resultat demo')).replies[0]!);
    const text = textsOf(results);
    expect(text).toContain('2 svar');
    expect(text).toContain('2 av 6 samverkansorgan har svarat.');
    expect(text).toContain('Fler möten.');
    if (schemasAvailable) expect(validateAdaptiveCard(results)).toEqual([]);

    const exported = (await bot.say(ORGANIZER, 'exportera demo')).replies[0]!;
    const file = exported.attachments![0]!;
    expect(file).toMatchObject({ contentType: 'text/csv', name: 'enkat-demo-uppfoljning-samverkan-2015.csv' });
    const csv = Buffer.from(file.contentUrl!.replace(/^data:text\/csv;charset=utf-8;base64,/, ''), 'base64').toString('utf8');
    const rows: string[][] = parse(csv.replace(/^\ufeff/, ''), { delimiter: ';' });
    expect(rows.slice(1).map((row) => [row[1], row[2]])).toEqual([
      ['SocSam', ANNA.name],
      ['BUZ', BERTIL.name],
    ]);
  });
});

describe('organizer commands', () => {
  it('starts a round in a channel, posting the card there and remembering the post', async () => {
    const bot = await createSurveyHarness({ demo: false });
    const result = await bot.say(ORGANIZER, 'starta enkät uppfoljning för socsam, buz deadline 2025-11-30 anonym', { conversation: CHANNEL });
    expect(replyText(result)).toContain('Enkät **e1** startad: Frågor för uppföljning av samverkan mellan Region Jämtland Härjedalen och länets kommuner för SocSam, BUZ, svara senast 30 november 2025, anonym.');
    const card = cardOf(result.replies[0]!);
    expect(textsOf(card)).toContain('anonym – dina svar sparas utan namn');
    if (schemasAvailable) expect(validateAdaptiveCard(card)).toEqual([]);
    const round = await bot.surveys.repo.findRound('e1');
    expect(round).toMatchObject({ bodies: ['SocSam', 'BUZ'], deadline: '2025-11-30', anonymous: true, audience: { kind: 'conversation' }, createdBy: { userId: ORGANIZER.id } });
    expect(round!.publications).toHaveLength(1);
    // Anyone in the channel may answer from there.
    await bot.act(ANNA, 'survey.submit', filledCard('e1', { body: 'BUZ' }), { conversation: CHANNEL });
    expect(await bot.surveys.repo.listAnswers('e1')).toHaveLength(1);
  });

  it('sends a round to @mentioned members 1:1 and reminds only those who have not answered', async () => {
    const bot = await createSurveyHarness({ demo: false });
    const started = await bot.say(ORGANIZER, `<at>${BOT.name}</at> starta enkät till <at>${ANNA.name}</at> <at>${BERTIL.name}</at>`, {
      entities: [{ type: 'mention', mentioned: BOT, text: `<at>${BOT.name}</at>` }, mention(ANNA), mention(BERTIL)],
    });
    expect(replyText(started)).toContain('Skickad till 2 av 2 personer i 1:1-samtal.');
    expect(bot.sender.sent.map((s) => s.conversationId).sort()).toEqual([`personal-${ANNA.id}`, `personal-${BERTIL.id}`]);
    const invitation = bot.sender.sent[0]!.activity;
    expect(invitation.text).toContain('Olga Organisatör ber dig svara på enkäten');
    expect((cardOf(invitation).refresh as { userIds: string[] }).userIds).toHaveLength(1);

    await bot.act(ANNA, 'survey.submit', filledCard('e1'));
    const outsider = await bot.act({ id: '29:cecilia', aadObjectId: 'aad-c', name: 'Cecilia' }, 'survey.submit', filledCard('e1'));
    expect(textsOf(cardOf(outsider.invokeResponse))).toContain('Den här enkäten är inte riktad till dig.');

    bot.sender.sent.length = 0;
    const reminded = await bot.say(ORGANIZER, 'påminn e1');
    expect(replyText(reminded)).toContain('Påminnelse skickad till 1 av 1 som inte har svarat.');
    expect(bot.sender.sent.map((s) => s.conversationId)).toEqual([`personal-${BERTIL.id}`]);
    expect(bot.sender.sent[0]!.activity.text).toMatch(/^Påminnelse: du har inte svarat/);
  });

  it('extends the deadline and closes the round, replacing the posted cards with a closed one', async () => {
    const bot = await createSurveyHarness({ demo: false, now: '2025-11-01T10:00:00+01:00' });
    await bot.say(ORGANIZER, 'start survey deadline 2025-11-10 to <at>Anna</at>', { entities: [mention(ANNA)] });
    expect(replyText(await bot.say(ORGANIZER, 'extend e1 2025-11-20'))).toBe('Round e1 now takes answers until 20 November 2025 inclusive.');
    expect(replyText(await bot.say(ORGANIZER, 'förläng e1 2025-10-01'))).toBe('Sista svarsdagen kan inte ligga bakåt i tiden.');
    bot.sender.sent.length = 0;
    expect(replyText(await bot.say(ORGANIZER, 'close survey e1'))).toBe('Round e1 is closed with 0 answers. Type `results e1` for the results.');
    expect(bot.sender.sent).toHaveLength(1);
    const closedCard = cardOf(bot.sender.sent[0]!.activity);
    expect(textsOf(closedCard)).toContain('The survey is closed.');
    expect(closedCard.refresh).toBeUndefined();
    expect(replyText(await bot.say(ORGANIZER, 'stäng enkät e1'))).toBe('Omgång e1 är redan stängd.');
  });

  it('explains malformed commands with the right form', async () => {
    const bot = await createSurveyHarness();
    expect(replyText(await bot.say(ORGANIZER, 'förläng demo 31/12'))).toBe('"31/12" är inte ett datum som ÅÅÅÅ-MM-DD. Skriv så här:\n`förläng «omgång» «ÅÅÅÅ-MM-DD»`, t.ex. `förläng e2 2025-12-15`');
    expect(replyText(await bot.say(ORGANIZER, 'starta enkät för kommunfullmäktige'))).toContain('Okänt samverkansorgan: kommunfullmäktige. Formuläret gäller: FoU-rådet, Lärcentrasamverkan, SocSam, BUZ, IFO-chefer, förvaltningschefer.');
    expect(replyText(await bot.say(ORGANIZER, 'starta enkät budget-2030'))).toContain('Det frågeformuläret finns inte. Tillgängliga: uppfoljning-samverkan-2015.');
    expect(replyText(await bot.say(ORGANIZER, 'resultat e9'))).toBe('Det finns ingen enkätomgång "e9".');
  });

  it('uses the only round when none is named', async () => {
    const bot = await createSurveyHarness();
    expect(cardOf((await bot.say(ORGANIZER, 'results')).replies[0]!)).toMatchObject({ type: 'AdaptiveCard' });
  });

  it('in production, refuses non-organizers and says how ADMIN_USERS is configured when it is empty', async () => {
    const production = { MicrosoftAppId: 'app-id', MicrosoftAppPassword: 'secret' };
    const unconfigured = await createSurveyHarness({ env: production });
    expect(await unconfigured.surveys.repo.listRounds()).toEqual([]); // no demo round in production
    expect(replyText(await unconfigured.say(ANNA, 'starta enkät'))).toContain('inga är konfigurerade. En administratör anger deras Microsoft Entra-objekt-id:n, kommaseparerade, i inställningen ADMIN_USERS');
    expect(replyText(await unconfigured.say(ANNA, 'enkät'))).toBe('Det finns inga öppna enkäter för dig just nu.');

    const configured = await createSurveyHarness({ env: { ...production, ADMIN_USERS: ORGANIZER.aadObjectId } });
    expect(replyText(await configured.say(ANNA, 'results'))).toBe('Only survey organizers (ADMIN_USERS) can do that. Ask an administrator to add you. Your id is aad-anna.');
    expect(replyText(await configured.say(ORGANIZER, 'starta enkät'))).toContain('Enkät **e1** startad');
  });

  it('lists several open rounds to choose from', async () => {
    const bot = await createSurveyHarness();
    bot.surveys.setNow('2025-10-02T10:00:00+02:00');
    await bot.say(ORGANIZER, 'starta enkät för BUZ');
    const list = cardOf((await bot.say(ORGANIZER, 'enkät')).replies[0]!);
    expect(textsOf(list)).toContain('Enkäter som är öppna för dig');
    expect(textsOf(list)).toMatch(/Omgång e1[\s\S]*Omgång demo/);
    if (schemasAvailable) expect(validateAdaptiveCard(list)).toEqual([]);
  });

  it('leaves ordinary questions alone', async () => {
    const bot = await createSurveyHarness();
    for (const text of ['vad blev resultatet 2021?', 'remind me who chairs SocSam', 'export av tjänster']) {
      expect((await bot.say(ORGANIZER, text)).replies).toEqual([]);
    }
  });
});
