import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locateQuestionSets } from '../../src/cli/question-sets.js';

function folderOfSets(): string {
  const root = mkdtempSync(join(tmpdir(), 'question-sets-'));
  mkdirSync(join(root, 'b2', 'corpus'), { recursive: true });
  writeFileSync(join(root, 'b2', 'questions.jsonl'), '');
  mkdirSync(join(root, 'b1'));
  writeFileSync(join(root, 'b1', 'questions.jsonl'), '');
  mkdirSync(join(root, 'notes'));
  writeFileSync(join(root, 'loose.jsonl'), '');
  return root;
}

describe('locateQuestionSets', () => {
  it('takes a .jsonl file as one set answered from the command corpus', () => {
    const root = folderOfSets();
    expect(locateQuestionSets([join(root, 'loose.jsonl')])).toEqual([{ name: 'loose', file: join(root, 'loose.jsonl'), corpusDirs: [] }]);
  });

  it('answers a set folder from its own corpus when it has one', () => {
    const root = folderOfSets();
    expect(locateQuestionSets([join(root, 'b2')])).toEqual([
      { name: 'b2', file: join(root, 'b2', 'questions.jsonl'), corpusDirs: [join(root, 'b2', 'corpus')] },
    ]);
  });

  it('expands a folder of sets in name order, skipping folders without questions', () => {
    const sets = locateQuestionSets([folderOfSets()]);
    expect(sets.map((s) => s.name)).toEqual(['b1', 'b2']);
    expect(sets[0].corpusDirs).toEqual([]);
  });

  it('says what is wrong with a path that holds no set', () => {
    const root = folderOfSets();
    expect(() => locateQuestionSets([join(root, 'notes')])).toThrow(/holds neither questions.jsonl/);
    expect(() => locateQuestionSets([join(root, 'missing.jsonl')])).toThrow(/no such file/);
  });
});
