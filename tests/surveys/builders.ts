/** Builders for survey tests: the real 2015 questionnaire, a memory store and a settable clock. */
import path from 'node:path';
import { createEmbeddedStore } from '../../src/storage/embedded-store.js';
import type { DocumentStore } from '../../src/storage/document-store.js';
import { createSurveyRepository, loadQuestionnaires, startRound, type Person, type SurveyContext, type SurveyRound } from '../../src/surveys/index.js';
import type { Questionnaire } from '../../src/knowledge/types.js';

export const SEEDS_DIR = path.resolve(import.meta.dirname, '../../seeds');
export const QUESTIONNAIRE_ID = 'uppfoljning-samverkan-2015';

export function loadSeedCatalog() {
  return loadQuestionnaires(path.join(SEEDS_DIR, 'questionnaires')).catalog;
}

export function seedQuestionnaire(): Questionnaire {
  const questionnaire = loadSeedCatalog().find(QUESTIONNAIRE_ID);
  if (!questionnaire) throw new Error(`seeds/questionnaires has no ${QUESTIONNAIRE_ID}`);
  return questionnaire;
}

export interface TestSurveys extends SurveyContext {
  store: DocumentStore;
  setNow(iso: string): void;
}

export function makeSurveys(now = '2025-10-01T10:00:00+02:00'): TestSurveys {
  const store = createEmbeddedStore();
  let current = new Date(now);
  return {
    store,
    repo: createSurveyRepository(store),
    catalog: loadSeedCatalog(),
    clock: () => current,
    setNow: (iso) => {
      current = new Date(iso);
    },
  };
}

export function makePerson(n: number, overrides: Partial<Person> = {}): Person {
  return { userId: `29:user-${n}`, aadObjectId: `aad-${n}`, name: `Person ${n}`, ...overrides };
}

export const ORGANIZER = makePerson(0, { name: 'Organisatör' });

export async function makeRound(surveys: SurveyContext, overrides: Partial<Parameters<typeof startRound>[1]> = {}): Promise<SurveyRound> {
  const started = await startRound(surveys, {
    questionnaire: seedQuestionnaire(),
    bodies: [],
    deadline: null,
    anonymous: false,
    audience: { kind: 'everyone' },
    createdBy: ORGANIZER,
    ...overrides,
  });
  if (!started.ok) throw new Error(`could not start round: ${started.reason}`);
  return started.round;
}

/** A complete, valid answer to the 2015 questionnaire. */
export function fullAnswer(roundId: string, overrides: { body?: string; choices?: Record<string, string>; texts?: Record<string, string> } = {}) {
  return {
    roundId,
    body: overrides.body ?? 'SocSam',
    choices: { '1': 'till-stor-del', '2': 'nojd', '3': 'i-stort-sett-nojd', '4': 'inte-riktigt-nojd', '5': 'missnojd', ...overrides.choices },
    texts: { '1': 'Personalbrist under hösten.', '6': 'Mer tid för förankring.', ...overrides.texts },
  };
}
