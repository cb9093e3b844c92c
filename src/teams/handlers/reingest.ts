/** Organizer command `läs in dokument` / `reingest`: rebuild the knowledge base without a restart. */
import type { Application } from '@microsoft/teams-ai';
import type { BotDeps } from '../deps.js';
import { readTurn, replyLanguage } from '../turn.js';

export const REINGEST_PATTERN = /^\s*(läs in dokument(en)?|las in dokument(en)?|uppdatera kunskap(sbasen)?|reingest|reload documents)\s*[.!]*\s*$/i;

export function registerReingest(app: Application, deps: BotDeps): void {
  app.message(REINGEST_PATTERN, async (context) => {
    const turn = readTurn(context);
    const english = replyLanguage(turn) === 'en';
    if (!deps.isOrganizer(turn.userAadId)) {
      await context.sendActivity(notOrganizerText(deps, english));
      return;
    }
    await context.sendActivity(english ? 'Re-reading the documents…' : 'Läser in dokumenten på nytt…');
    const started = Date.now();
    const kb = await deps.knowledge.reload();
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const problems = kb.problems.map((p) => `- ${p.file}: ${p.reason}`).join('\n');
    deps.log.info({ activityId: context.activity.id, documents: kb.documents.length, problems: kb.problems.length }, 'knowledge re-ingested on command');
    await context.sendActivity(
      english
        ? `Done in ${seconds} s: ${kb.documents.length} documents, ${kb.passages.length} passages, ${kb.records.meetings.length} meetings.${problems ? `\n\nProblems:\n${problems}` : ''}`
        : `Klart på ${seconds} s: ${kb.documents.length} dokument, ${kb.passages.length} textavsnitt, ${kb.records.meetings.length} möten.${problems ? `\n\nProblem:\n${problems}` : ''}`,
    );
  });
}

/** What a non-organizer is told; in production without ADMIN_USERS it says how to configure it. */
export function notOrganizerText(deps: Pick<BotDeps, 'config'>, english: boolean): string {
  const unconfigured = deps.config.adminUsers.length === 0;
  if (english) {
    return unconfigured
      ? 'Only organizers can do that, and none are configured yet. An administrator sets ADMIN_USERS to the Azure AD object ids of the organizers.'
      : 'Only organizers can do that. Ask an administrator to add you to ADMIN_USERS.';
  }
  return unconfigured
    ? 'Bara arrangörer kan göra det, och inga är konfigurerade ännu. En administratör anger arrangörernas Azure AD-objekt-id i ADMIN_USERS.'
    : 'Bara arrangörer kan göra det. Be en administratör lägga till dig i ADMIN_USERS.';
}
