/** Admin API for surveys: `GET /api/surveys/:id/results.csv` behind ADMIN_API_KEY. */
import type { Request, Response, Server } from 'restify';
import { ROUND_ID, answersToCsv, csvFileName, openSurveys, type SurveyContext } from '../../surveys/index.js';
import { requireAdminKey } from '../admin-auth.js';
import type { BotDeps } from '../deps.js';

export function registerSurveyRoutes(server: Server, deps: BotDeps, surveys?: SurveyContext): void {
  const context = surveys ?? openSurveys({ store: deps.store, seedsDir: deps.config.seedsDir, clock: deps.clock }).surveys;

  server.get('/api/surveys/:id/results.csv', requireAdminKey(deps.config), async (req: Request, res: Response) => {
    const id = String(req.params.id ?? '').toLowerCase();
    if (!ROUND_ID.test(id)) {
      res.send(400, { error: 'bad_round_id', message: `"${id.slice(0, 40)}" is not a round id; round ids look like e1, e2 or demo.` });
      return;
    }
    const round = await context.repo.findRound(id);
    const questionnaire = round && context.catalog.find(round.questionnaireId);
    if (!round || !questionnaire) {
      res.send(404, { error: 'not_found', message: round ? `The questionnaire of round ${id} is no longer loaded.` : `No survey round "${id}".` });
      return;
    }
    const csv = answersToCsv(round, questionnaire, await context.repo.listAnswers(round.id));
    deps.log.info({ roundId: round.id }, 'survey results exported through the admin API');
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${csvFileName(round)}"`);
    res.sendRaw(200, csv);
  });
}
