/** restify routes: /api/messages, /healthz and the admin API. */
import type { Application } from '@microsoft/teams-ai';
import type { Activity } from 'botbuilder';
import restify, { type Request, type Response, type Server } from 'restify';
import { requireAdminKey } from './admin-auth.js';
import { registerAgendaRoutes } from './admin/agenda-routes.js';
import { registerSurveyRoutes } from './admin/survey-routes.js';
import type { BotDeps } from './deps.js';
import { describeActivityProblems, inboundActivitySchema } from './inbound/activity.js';
import type { ReusingTeamsAdapter } from './connector-reuse.js';
import { createRedeliveryGuard } from './redelivery-guard.js';

export const MAX_BODY_BYTES = 256 * 1024;

export interface ServerParts {
  adapter: ReusingTeamsAdapter;
  app: Application;
  deps: BotDeps;
}

export function createServer({ adapter, app, deps }: ServerParts): Server {
  const server = restify.createServer({ name: 'rjh-samverkan-bot', handleUncaughtExceptions: false });
  const guard = createRedeliveryGuard();

  server.use(restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false, mapFiles: false, rejectUnknown: true }));
  server.on('restifyError', (req: Request, res: Response, error: Error & { statusCode?: number }, callback: () => void) => {
    if ((error.statusCode ?? 500) >= 500) deps.log.error({ err: error, path: req.path() }, 'request failed');
    else deps.log.info({ status: error.statusCode, path: req.path(), reason: error.message }, 'request refused');
    return callback();
  });

  server.post('/api/messages', async (req: Request, res: Response) => {
    const parsed = inboundActivitySchema.safeParse(req.body);
    if (!parsed.success) {
      res.send(400, { error: 'bad_activity', message: `Not a Bot Framework activity: ${describeActivityProblems(parsed.error)}` });
      return;
    }
    const activity = parsed.data;
    if (activity.id && activity.type !== 'invoke' && !guard.firstSighting(`${activity.conversation.id}|${activity.id}`)) {
      deps.log.info({ activityId: activity.id }, 'ignored re-delivered activity');
      res.send(200);
      return;
    }
    try {
      await adapter.processCheckedActivity(req, res, activity as unknown as Activity, async (context) => {
        await app.run(context);
      });
    } catch (error) {
      deps.log.error({ err: error, activityId: activity.id }, 'activity processing failed');
      if (!res.headersSent) res.send(500, { error: 'internal_error', message: 'The bot could not process this activity.' });
    }
  });

  server.get('/healthz', async (_req: Request, res: Response) => {
    const storeReachable = await deps.store.ping();
    const loaded = deps.knowledge.isLoaded();
    const kb = loaded ? deps.knowledge.current() : undefined;
    const ready = loaded && storeReachable;
    res.send(ready ? 200 : 503, {
      status: ready ? 'ok' : 'not_ready',
      live: true,
      ready,
      knowledge: kb
        ? { loaded: true, documents: kb.documents.length, passages: kb.passages.length, meetings: kb.records.meetings.length, builtAt: kb.builtAt, corpusHash: kb.corpusHash.slice(0, 12) }
        : { loaded: false },
      store: { kind: deps.store.kind, reachable: storeReachable },
    });
  });

  server.post('/api/admin/reingest', requireAdminKey(deps.config), async (_req: Request, res: Response) => {
    const kb = await deps.knowledge.reload();
    res.send(200, { documents: kb.documents.length, passages: kb.passages.length, problems: kb.problems, builtAt: kb.builtAt });
  });

  registerSurveyRoutes(server, deps);
  registerAgendaRoutes(server, deps);
  return server;
}
