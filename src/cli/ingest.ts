/**
 * npm run ingest -- [--corpus DIR]... [--data DIR] [--seeds DIR]
 * Builds the knowledge base from the corpus and curated seeds and writes DATA_DIR/knowledge.json,
 * and answering's index of it to DATA_DIR/answer-index.bin so the bot does not derive it at start.
 */
import { answerIndexFile, saveAnswerIndex } from '../answering/answer-index-store.js';
import { parseCommandArgs } from './cli-args.js';
import { buildKnowledgeBase } from '../knowledge/index.js';
import { knowledgeFile } from '../knowledge/store.js';

const HELP = `Usage: npm run ingest -- [options]

Reads the corpus (.txt, .md, .html, .pdf), cleans and segments it, extracts records, builds the
search index and writes it to <data>/knowledge.json, and the answer index to <data>/answer-index.bin
(both atomically).

Options:
  --corpus DIR   corpus folder; repeat for several (default: corpus)
  --data DIR     where knowledge.json is written (default: $DATA_DIR or ./data)
  --seeds DIR    curated records (default: seeds)
  --help         show this help
`;

async function main(argv: string[]): Promise<number> {
  const parsed = parseCommandArgs(argv, {
    corpus: { type: 'string', multiple: true },
    data: { type: 'string' },
    seeds: { type: 'string' },
  }, HELP);
  if (!parsed.values) return parsed.exitCode;
  const { values } = parsed;
  const dataDir = values.data ?? process.env.DATA_DIR ?? './data';
  const started = performance.now();
  const kb = await buildKnowledgeBase({ corpusDirs: values.corpus ?? ['corpus'], seedsDir: values.seeds ?? 'seeds', dataDir });
  await saveAnswerIndex(dataDir, kb);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const counts = Object.entries(kb.records).map(([kind, list]) => `${kind} ${(list as unknown[]).length}`);
  process.stdout.write(
    [
      `Wrote ${knowledgeFile(dataDir)} and ${answerIndexFile(dataDir)} in ${seconds} s`,
      `documents ${kb.documents.length}, passages ${kb.passages.length}`,
      `records: ${counts.join(', ')}`,
      `corpus hash ${kb.corpusHash.slice(0, 12)}`,
      kb.problems.length ? `problems (${kb.problems.length}):` : 'no problems',
      ...kb.problems.map((p) => `  ${p.file}: ${p.reason}`),
      '',
    ].join('\n'),
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`ingest failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  },
);
