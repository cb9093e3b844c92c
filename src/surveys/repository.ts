/** The survey domain's storage port, built on the app's one DocumentStore. */
import type { DocumentStore } from '../storage/document-store.js';
import type { SurveyRound } from './round.js';

/** One person's answer to one round; stored under `${roundId}|${respondentKey}` so a person has at most one. */
export type StoredAnswer = {
  roundId: string;
  respondentKey: string;
  /** The respondent's name and ids; null in anonymous rounds. */
  respondent: { userId: string; aadObjectId: string | null; name: string | null } | null;
  body: string;
  /** Question id → option id. */
  choices: Record<string, string>;
  /** Question id → free text (a follow-up such as "Varför?" or a text question's answer). */
  texts: Record<string, string>;
  /** ISO timestamp; only the date (YYYY-MM-DD) in anonymous rounds, so times cannot be matched to activity logs. */
  submittedAt: string;
  updatedAt: string;
  revision: number;
};

type Counter = { next: number };

export interface SurveyRepository {
  findRound(id: string): Promise<SurveyRound | undefined>;
  listRounds(): Promise<SurveyRound[]>;
  /** Inserts a new round; false when the id is taken. */
  insertRound(round: SurveyRound): Promise<boolean>;
  /** Compare-and-set on the revision: true when `next` replaced exactly `current`. */
  replaceRound(current: SurveyRound, next: SurveyRound): Promise<boolean>;
  /** The next "eN" round id; unique across instances sharing the store. */
  nextRoundId(): Promise<string>;
  findAnswer(roundId: string, respondentKey: string): Promise<StoredAnswer | undefined>;
  insertAnswer(answer: StoredAnswer): Promise<boolean>;
  replaceAnswer(current: StoredAnswer, next: StoredAnswer): Promise<boolean>;
  listAnswers(roundId: string): Promise<StoredAnswer[]>;
}

export function createSurveyRepository(store: DocumentStore): SurveyRepository {
  const rounds = store.collection<SurveyRound>('survey-rounds');
  const answers = store.collection<StoredAnswer>('survey-answers');
  const counters = store.collection<Counter>('survey-counters');
  const answerKey = (roundId: string, respondentKey: string) => `${roundId}|${respondentKey}`;

  return {
    findRound: (id) => rounds.find(id),
    listRounds: () => rounds.list(),
    insertRound: (round) => rounds.insertIfAbsent(round.id, plainJson(round)),
    replaceRound: (current, next) => rounds.replaceIf(current.id, { revision: current.revision }, plainJson(next)),
    async nextRoundId() {
      for (;;) {
        const counter = await counters.find('round');
        if (!counter) {
          if (await counters.insertIfAbsent('round', { next: 2 })) return 'e1';
          continue;
        }
        if (await counters.replaceIf('round', { next: counter.next }, { next: counter.next + 1 })) return `e${counter.next}`;
      }
    },
    findAnswer: (roundId, respondentKey) => answers.find(answerKey(roundId, respondentKey)),
    insertAnswer: (answer) => answers.insertIfAbsent(answerKey(answer.roundId, answer.respondentKey), plainJson(answer)),
    replaceAnswer: (current, next) => answers.replaceIf(answerKey(current.roundId, current.respondentKey), { revision: current.revision }, plainJson(next)),
    listAnswers: (roundId) => answers.list({ roundId }),
  };
}

/**
 * Drops `undefined` fields (optional parts of conversation addresses): the embedded store's JSON
 * log drops them while MongoDB would store null, and a round should read back the same from both.
 */
function plainJson<T>(doc: T): T {
  return JSON.parse(JSON.stringify(doc)) as T;
}
