/** Greets a person, group chat or team when the bot is added, Swedish unless the client is English. */
import type { TurnContext } from 'botbuilder';
import type { BotDeps } from '../deps.js';
import type { Language } from '../turn.js';

export function welcomeText(language: Language, kind: 'personal' | 'groupChat' | 'channel'): string {
  if (language === 'en') {
    const where = kind === 'channel' ? ' Mention me (@) in a channel to ask.' : '';
    return `Hello! I answer questions about Region Jämtland Härjedalen's meeting documents, reports and plans, collect questionnaire answers and post meeting agendas.${where} Type **help** to see what I can do.`;
  }
  const where = kind === 'channel' ? ' Nämn mig (@) i en kanal för att fråga.' : '';
  return `Hej! Jag svarar på frågor om Region Jämtland Härjedalens mötesdokument, verksamhetsberättelser och planer, samlar in enkätsvar och postar dagordningar.${where} Skriv **hjälp** för att se vad jag kan.`;
}

/** Sends the welcome when the members added include the bot itself. */
export async function welcomeIfBotAdded(context: TurnContext, deps: BotDeps): Promise<void> {
  const activity = context.activity;
  const botId = activity.recipient?.id;
  const botAdded = (activity.membersAdded ?? []).some((member) => member.id === botId);
  if (!botAdded) return;
  const type = activity.conversation?.conversationType;
  const kind = type === 'channel' ? 'channel' : type === 'groupChat' ? 'groupChat' : 'personal';
  const language: Language = activity.locale?.toLowerCase().startsWith('en') ? 'en' : 'sv';
  await context.sendActivity(welcomeText(language, kind));
  deps.log.info({ conversationKind: kind }, 'welcomed after install');
}
