/**
 * npm run eval -- [FILE] [--corpus DIR]… [--verbose]
 * Scores a question set (default ../shared/eval/dev-questions.jsonl) with the evaluation's rule and
 * prints the failures, then accuracy overall, per kind and per language (summary last).
 */
import { readFileSync } from 'node:fs';
import { answerQuestion } from '../answering/index.js';
import { isCorrect, missingPhrases, parseQuestionSet, summarize, type Tally } from '../answering/score.js';
import { openKnowledgeBase, takeCorpusArgs } from './knowledge-options.js';

const DEFAULT_SET = '../shared/eval/dev-questions.jsonl';

function percent(t: Tally): string {
  return `${((100 * t.correct) / Math.max(1, t.total)).toFixed(1)}% (${t.correct}/${t.total})`;
}

function oneLine(text: string, max = 220): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

async function main(argv: string[]): Promise<void> {
  const { corpusDirs, rest } = takeCorpusArgs(argv);
  const verbose = rest.includes('--verbose');
  const file = rest.find((a) => !a.startsWith('--')) ?? DEFAULT_SET;
  const questions = parseQuestionSet(readFileSync(file, 'utf8'), file);
  const log = console.log;
  console.log = (...args: unknown[]) => console.error(...args);
  const kb = await openKnowledgeBase(corpusDirs);
  console.log = log;

  const results = questions.map((question) => {
    const answer = answerQuestion(kb, question.question);
    const output = { answered: answer.answered, answer: answer.text };
    return { question, answer, correct: isCorrect(question, output), missing: missingPhrases(question, output) };
  });

  const failures = results.filter((r) => !r.correct);
  if (failures.length > 0) console.log(`Failures (${failures.length}):`);
  for (const { question, answer, missing } of failures) {
    const expected = question.kind === 'negative' ? '(no answer)' : [...question.expect_all, ...(question.expect_any.length ? [`any of ${question.expect_any.join(' | ')}`] : [])].join('; ');
    console.log(`\n${question.id} [${question.kind}/${question.lang}] ${question.question}`);
    console.log(`  expected: ${expected}`);
    console.log(`  missing:  ${missing.join('; ')}`);
    console.log(`  got (${answer.strategy}${answer.answered ? '' : ', not answered'}): ${oneLine(answer.text, verbose ? 2000 : 260)}`);
  }

  const summary = summarize(results);
  console.log(`\nQuestion set: ${file} (${questions.length} questions)`);
  console.log('Per kind:');
  for (const [kind, tally] of Object.entries(summary.byKind).sort()) console.log(`  ${kind.padEnd(12)} ${percent(tally)}`);
  console.log('Per language:');
  for (const [lang, tally] of Object.entries(summary.byLanguage).sort()) console.log(`  ${lang.padEnd(12)} ${percent(tally)}`);
  console.log(`Overall: ${percent(summary.overall)}`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`eval: ${(error as Error).message}\n`);
  process.exitCode = 1;
});
