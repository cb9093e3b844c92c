/** Routes → handlers. Order matters: teams-ai runs the first route that matches. */
import { Application, TeamsAdapter } from '@microsoft/teams-ai';
import { ActivityTypes, type TurnContext } from 'botbuilder';
import { StoreUnavailableError } from '../storage/document-store.js';
import type { BotDeps } from './deps.js';
import { registerAgendaHandlers } from './handlers/agenda.js';
import { registerAsk } from './handlers/ask.js';
import { registerHelp } from './handlers/help.js';
import { registerInstall } from './handlers/install.js';
import { registerReingest } from './handlers/reingest.js';
import { registerSurveyHandlers } from './handlers/survey.js';
import { welcomeIfBotAdded } from './handlers/welcome.js';
import { readTurn, replyLanguage } from './turn.js';

export function createTeamsApp(adapter: TeamsAdapter, deps: BotDeps): Application {
  const app = new Application({
    adapter,
    botAppId: deps.config.appId ?? '',
    // No turn-state storage: no handler keeps conversation or user state (everything lives in the
    // domain collections), and teams-ai would otherwise read two state documents from the store on
    // every turn, which with MongoDB are two round trips per message.
    removeRecipientMention: true,
    startTypingTimer: true,
    longRunningMessages: false,
  });

  app.turn('beforeTurn', async (context) => refuseForeignTenant(context, deps));
  registerInstall(app, deps); // beforeTurn: stores channel references, never consumes the activity

  registerHelp(app, deps);
  registerReingest(app, deps);
  registerSurveyHandlers(app, deps);
  app.activity(ActivityTypes.ConversationUpdate, async (context) => welcomeIfBotAdded(context, deps));
  registerAgendaHandlers(app, deps);
  registerAsk(app, deps); // last: every other message is a question

  app.error(async (context, error) => {
    const storeDown = isStoreUnavailable(error);
    deps.log.error({ err: error, activityId: context.activity.id, conversationKind: readTurn(context).conversationKind, storeDown }, 'turn failed');
    const english = replyLanguage(readTurn(context)) === 'en';
    const text = storeDown
      ? english
        ? 'I cannot reach my storage right now, so nothing was saved. Please try again in a moment.'
        : 'Jag når inte min lagring just nu, så inget sparades. Försök igen om en stund.'
      : english
        ? 'Sorry, something went wrong on my side. Please try again in a moment.'
        : 'Förlåt, något gick fel hos mig. Försök igen om en stund.';
    const reply =
      context.activity.type === ActivityTypes.Invoke && context.activity.name === 'adaptiveCard/action'
        ? { type: ActivityTypes.InvokeResponse, value: { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: text } } }
        : context.activity.type === ActivityTypes.Message
          ? { type: ActivityTypes.Message, text }
          : undefined;
    if (reply) await context.sendActivity(reply).catch((sendError: unknown) => deps.log.warn({ err: sendError }, 'could not send the error reply'));
  });

  return app;
}

function isStoreUnavailable(error: unknown): boolean {
  for (let e = error as { cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (e instanceof StoreUnavailableError) return true;
  }
  return false;
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
