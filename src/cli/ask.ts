/**
 * npm run ask -- "question"            the answer as a person reads it, then its sources
 * npm run ask -- --json "question"     {"answered", "answer", "citations": [{title, document, section, page, lines}]}
 * npm run --silent ask -- --jsonl      {"id", "question"} lines on stdin → one JSON object per line on stdout
 * --corpus DIR (repeatable)            answer from these directories instead of corpus/ (seeds/ still apply)
 */
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { answerQuestion } from '../answering/index.js';
import type { KnowledgeBase } from '../knowledge/index.js';
import { formatForReading, toJsonOutput } from './answer-output.js';
import { openKnowledgeBase, takeCorpusArgs } from './knowledge-options.js';

const HELP = `Usage:
  npm run ask -- "Vem är ordförande i kommunchefsgruppen?"
  npm run ask -- --json "who chairs kommunchefsgruppen"
  echo '{"id":"q1","question":"..."}' | npm run --silent ask -- --jsonl
Options:
  --json          print one JSON object: {"answered","answer","citations":[{"title","document","section","page","lines"}]}
  --jsonl         read {"id","question"} lines from stdin, write one JSON object per line (with "id")
  --corpus DIR    answer from DIR instead of corpus/ (repeatable); curated seeds/ still apply
  --help          this text
Environment: DATA_DIR (default ./data) holds the prebuilt index reused between runs.`;

const jsonlLineSchema = z.object({ id: z.union([z.string(), z.number()]), question: z.string().min(1) });

async function answerJsonLines(kb: KnowledgeBase): Promise<void> {
  const reader = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of reader) {
    lineNumber += 1;
    if (!line.trim()) continue;
    let parsed: z.infer<typeof jsonlLineSchema>;
    try {
      parsed = jsonlLineSchema.parse(JSON.parse(line));
    } catch (error) {
      process.stderr.write(`stdin line ${lineNumber}: expected {"id","question"}: ${(error as Error).message.split('\n')[0]}\n`);
      continue;
    }
    const answer = answerQuestion(kb, parsed.question);
    process.stdout.write(`${JSON.stringify({ id: parsed.id, ...toJsonOutput(answer) })}\n`);
  }
}

async function main(argv: string[]): Promise<void> {
  const { corpusDirs, rest } = takeCorpusArgs(argv);
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  const json = rest.includes('--json');
  const jsonl = rest.includes('--jsonl');
  const question = rest.filter((a) => !a.startsWith('--')).join(' ').trim();
  if (!jsonl && !question) {
    process.stderr.write(`${HELP}\n`);
    process.exitCode = 2;
    return;
  }
  // Keep stdout for answers only: anything the knowledge base logs goes to stderr.
  const log = console.log;
  console.log = (...args: unknown[]) => console.error(...args);
  const kb = await openKnowledgeBase(corpusDirs);
  console.log = log;
  if (jsonl) return answerJsonLines(kb);
  const answer = answerQuestion(kb, question);
  process.stdout.write(`${json ? JSON.stringify(toJsonOutput(answer)) : formatForReading(answer)}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`ask: ${(error as Error).message}\n`);
  process.exitCode = 1;
});
