/** `hjälp` / `help`: what the bot can do, in the user's language. */
import type { Application } from '@microsoft/teams-ai';
import type { BotDeps } from '../deps.js';
import { readTurn, replyLanguage, type Language } from '../turn.js';

export const HELP_PATTERN = /^\s*(hjälp|hjalp|help|\?|kommandon|commands)\s*[.!?]*\s*$/i;

export function helpText(language: Language, options: { organizer: boolean }): string {
  if (language === 'en') {
    return [
      '**I answer questions about Region Jämtland Härjedalen\'s documents** (meeting notices and agendas, annual reports, plans), in English or Swedish. For example:',
      '- who chairs kommunchefsgruppen',
      '- what did Energikontoret achieve 2021',
      '- who presents item 5 on 7 February 2022?',
      '- who is the contact person for RUN/34/2018?',
      '',
      '**Commands**',
      '- `survey`: answer the questionnaires open to you',
      '- `agenda «organ» [date]`: show a meeting agenda, e.g. `agenda samverkansrådet 2022-02-07`',
      ...(options.organizer
        ? [
            '- `post agenda [organ] [date]` (in a channel): post the agenda as a new channel post',
            '- `subscribe agenda «organ»` / `unsubscribe agenda` (in a channel): post agendas here automatically',
            '- `start survey …`, `remind`, `extend`, `close survey`, `results`, `export`: run survey rounds',
          ]
        : []),
      '- `help`: this list',
      '',
      'Every answer cites its source; when the documents do not say, I tell you so.',
    ].join('\n');
  }
  return [
    '**Jag svarar på frågor om Region Jämtland Härjedalens dokument** (kallelser och föredragningslistor, verksamhetsberättelser, planer), på svenska eller engelska. Till exempel:',
    '- vem är ordförande i kommunchefsgruppen?',
    '- vad uppnådde Energikontoret 2021?',
    '- vem föredrar punkt 5 den 7 februari 2022?',
    '- vem är kontaktperson för RUN/34/2018?',
    '',
    '**Kommandon**',
    '- `enkät`: svara på enkäter som är öppna för dig',
    '- `dagordning «organ» [datum]`: visa ett mötes dagordning, t.ex. `dagordning samverkansrådet 2022-02-07`',
    ...(options.organizer
      ? [
          '- `posta dagordning [organ] [datum]` (i en kanal): posta dagordningen som ett nytt inlägg',
          '- `prenumerera dagordning «organ»` / `avsluta prenumeration` (i en kanal): posta dagordningar här automatiskt',
          '- `starta enkät …`, `påminn`, `förläng`, `stäng enkät`, `resultat`, `exportera`: hantera enkätomgångar',
        ]
      : []),
    '- `hjälp`: den här listan',
    '',
    'Varje svar anger sin källa; när dokumenten inte säger något svarar jag det.',
  ].join('\n');
}

export function registerHelp(app: Application, deps: BotDeps): void {
  app.message(HELP_PATTERN, async (context) => {
    const turn = readTurn(context);
    await context.sendActivity(helpText(replyLanguage(turn), { organizer: deps.isOrganizer(turn.userAadId) }));
  });
}
