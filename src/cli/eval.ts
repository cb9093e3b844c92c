/**
 * npm run eval -- [PATH]… [--corpus DIR]… [--verbose]
 * Scores question sets (default ../shared/eval/dev-questions.jsonl) with the evaluation's rule and
 * prints each set's failures, then its accuracy overall, per kind and per language; with several sets,
 * a line per set and the total last. PATH is a .jsonl file, a set folder or a folder of them
 * (see question-sets.ts); a set folder with its own corpus/ is answered from that alone.
 */
import { readFileSync } from 'node:fs';
import { answerQuestion } from '../answering/index.js';
import { isCorrect, missingPhrases, parseQuestionSet, summarize, type EvalQuestion, type EvalSummary, type Tally } from '../answering/score.js';
import type { KnowledgeBase } from '../knowledge/index.js';
import { openKnowledgeBase, takeCorpusArgs } from './knowledge-options.js';
import { locateQuestionSets } from './question-sets.js';

const DEFAULT_SET = '../shared/eval/dev-questions.jsonl';

function percent(t: Tally): string {
  return `${((100 * t.correct) / Math.max(1, t.total)).toFixed(1)}% (${t.correct}/${t.total})`;
}

function oneLine(text: string, max = 220): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function scoreSet(kb: KnowledgeBase, questions: EvalQuestion[], verbose: boolean): EvalSummary {
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
  return summarize(results);
}

function printSummary(file: string, count: number, summary: EvalSummary): void {
  console.log(`\nQuestion set: ${file} (${count} questions)`);
  console.log('Per kind:');
  for (const [kind, tally] of Object.entries(summary.byKind).sort()) console.log(`  ${kind.padEnd(12)} ${percent(tally)}`);
  console.log('Per language:');
  for (const [lang, tally] of Object.entries(summary.byLanguage).sort()) console.log(`  ${lang.padEnd(12)} ${percent(tally)}`);
  console.log(`Overall: ${percent(summary.overall)}`);
}

async function main(argv: string[]): Promise<void> {
  const { corpusDirs, rest } = takeCorpusArgs(argv);
  const verbose = rest.includes('--verbose');
  const paths = rest.filter((a) => !a.startsWith('--'));
  const sets = locateQuestionSets(paths.length > 0 ? paths : [DEFAULT_SET]);
  const knowledgeBases = new Map<string, Promise<KnowledgeBase>>();
  const openFor = (dirs: string[]) => {
    const key = dirs.join('\0');
    if (!knowledgeBases.has(key)) knowledgeBases.set(key, openKnowledgeBase(dirs));
    return knowledgeBases.get(key)!;
  };

  const log = console.log;
  const scored: Array<{ name: string; questions: number; summary: EvalSummary }> = [];
  for (const set of sets) {
    const questions = parseQuestionSet(readFileSync(set.file, 'utf8'), set.file);
    console.log = (...args: unknown[]) => console.error(...args);
    const kb = await openFor(set.corpusDirs.length > 0 ? set.corpusDirs : corpusDirs);
    console.log = log;
    if (sets.length > 1) console.log(`\n=== ${set.name} ===`);
    const summary = scoreSet(kb, questions, verbose);
    printSummary(set.file, questions.length, summary);
    scored.push({ name: set.name, questions: questions.length, summary });
  }

  if (scored.length > 1) {
    console.log(`\nSets (${scored.length}):`);
    for (const { name, summary } of scored) console.log(`  ${name.padEnd(20)} ${percent(summary.overall)}`);
    const total = scored.reduce((t, s) => ({ correct: t.correct + s.summary.overall.correct, total: t.total + s.summary.overall.total }), { correct: 0, total: 0 });
    console.log(`All sets: ${percent(total)}`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`eval: ${(error as Error).message}\n`);
  process.exitCode = 1;
});
