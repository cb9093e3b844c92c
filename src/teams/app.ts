/** Routes → handlers. Order matters: teams-ai runs the first route that matches. */
import { Application, TeamsAdapter } from '@microsoft/teams-ai';
import { ActivityTypes, type TurnContext } from 'botbuilder';
import type { BotDeps } from './deps.js';
import { registerAsk } from './handlers/ask.js';
import { registerHelp } from './handlers/help.js';
import { registerReingest } from './handlers/reingest.js';
import { welcomeIfBotAdded } from './handlers/welcome.js';
import { createStateStorage } from './state-storage.js';
import { readTurn, replyLanguage } from './turn.js';

export function createTeamsApp(adapter: TeamsAdapter, deps: BotDeps): Application {
  const app = new Application({
    adapter,
    botAppId: deps.config.appId ?? '',
    storage: createStateStorage(deps.store),
    removeRecipientMention: true,
    startTypingTimer: true,
    longRunningMessages: false,
  });

  app.turn('beforeTurn', async (context) => refuseForeignTenant(context, deps));

  registerHelp(app, deps);
  registerReingest(app, deps);
  app.activity(ActivityTypes.ConversationUpdate, async (context) => welcomeIfBotAdded(context, deps));
  registerAsk(app, deps); // last: every other message is a question

  app.error(async (context, error) => {
    deps.log.error({ err: error, activityId: context.activity.id, conversationKind: readTurn(context).conversationKind }, 'turn failed');
    if (context.activity.type === ActivityTypes.Message) {
      const english = replyLanguage(readTurn(context)) === 'en';
      await context
        .sendActivity(english ? 'Sorry, something went wrong on my side. Please try again in a moment.' : 'Förlåt, något gick fel hos mig. Försök igen om en stund.')
        .catch((sendError: unknown) => deps.log.warn({ err: sendError }, 'could not send the error reply'));
    }
  });

  return app;
}

async function refuseForeignTenant(context: TurnContext, deps: BotDeps): Promise<boolean> {
  const allowed = deps.config.allowedTenants;
  if (allowed.length === 0) return true;
  const tenantId = readTurn(context).tenantId;
  if (tenantId && allowed.includes(tenantId)) return true;
  deps.log.warn({ activityId: context.activity.id, tenantId }, 'refused activity from a tenant outside ALLOWED_TENANTS');
  if (context.activity.type === ActivityTypes.Message) {
    await context.sendActivity('Den här boten är inte tillgänglig för din organisation. / This bot is not available for your organisation.');
  }
  return false;
}
