/**
 * The functions of src/knowledge whose inclusive time the probes report, by name (see phase-profile.ts).
 * When the knowledge module renames one, its phase is simply absent from the report.
 */
export const INDEX_PHASE = 'buildPassageSearch';

export const INGEST_PHASES: Record<string, string> = {
  ingestFile: 'read, clean, headings, segment, passages (per file)',
  extractRecords: 'record extractors (per file)',
  mergeCurated: 'merge curated seeds',
  [INDEX_PHASE]: 'passage index (all of it)',
  vocabularyOf: '  index: corpus vocabulary',
  createCompoundSplitter: '  index: compound splitter',
  compoundParts: '  index: compound parts per passage',
  buildLunrIndex: '  index: inverted index',
  hashSources: 'hash corpus, seeds and code',
  saveKnowledge: 'serialise and write knowledge.json',
  deriveAnswerStatistics: 'answer index: postings, abbreviations',
  saveAnswerIndex: 'answer index (all of it, with writing answer-index.bin)',
};

export const LOAD_PHASES: Record<string, string> = {
  computeCorpusHash: 'hash corpus, seeds and code',
  readSavedKnowledge: 'read and parse knowledge.json (all of it)',
  loadPassageSearch: 'revive the index',
  toKnowledgeBase: 'lookup maps',
  restoreAnswerIndex: 'restore the answer index (answer-index.bin)',
};

/** Answering's steps, reported per question (mean over the development set). */
export const ANSWER_PHASES: Record<string, string> = {
  analyzeQuestion: 'understand the question',
  weighConcepts: 'weigh concepts',
  selectEvidence: 'select evidence (all of it)',
  rankPassages: '  rank passages',
  scoreUnits: '  score units',
  normalizePhrase: '  normalise text for phrase matches',
  answerFromAgenda: 'strategy: agenda',
  answerFromRoles: 'strategy: roles',
  answerFromResults: 'strategy: results',
  answerDefinition: 'strategy: definition',
  composeSelection: 'compose from passages',
  suggestFollowUps: 'follow-up suggestions',
  unansweredHint: '"I don\'t know" hint',
};
