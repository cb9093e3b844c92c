import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/knowledge/index.js';
import { knowledgeFile } from '../../src/knowledge/store.js';
import { FILES } from './corpus.js';

const root = mkdtempSync(path.join(tmpdir(), 'kb-store-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('loadKnowledgeBase', () => {
  const corpus = path.join(root, 'corpus');
  const dataDir = path.join(root, 'data');
  cpSync(path.join('corpus', FILES.pack2015), path.join(corpus, FILES.pack2015));
  const options = { corpusDirs: [corpus], seedsDir: 'seeds', dataDir, now: () => new Date('2024-05-01T08:00:00Z') };

  it('builds and saves when nothing is saved, then reuses the saved knowledge base', async () => {
    const first = await loadKnowledgeBase(options);
    expect(first.rebuilt).toBe(true);
    expect(readdirSync(dataDir)).toEqual(['knowledge.json']);
    const second = await loadKnowledgeBase({ ...options, now: () => new Date('2030-01-01T00:00:00Z') });
    expect(second.rebuilt).toBe(false);
    expect(second.kb.builtAt).toBe('2024-05-01T08:00:00.000Z');
    expect(second.kb.corpusHash).toBe(first.kb.corpusHash);
    expect(second.kb.records.meetings).toEqual(first.kb.records.meetings);
    const query = { terms: ['cero', 'analys'], limit: 3 };
    expect(second.kb.searchPassages(query).map((h) => h.passage.id)).toEqual(first.kb.searchPassages(query).map((h) => h.passage.id));
  });

  it('reuses an index built with a relative seeds path when the bot passes the absolute one', async () => {
    await loadKnowledgeBase(options);
    const fromBot = await loadKnowledgeBase({ ...options, seedsDir: path.resolve('seeds') });
    expect(fromBot.rebuilt).toBe(false);
  });

  it('rebuilds when a corpus file changes', async () => {
    const before = await loadKnowledgeBase(options);
    writeFileSync(path.join(corpus, 'ny.txt'), 'Verksamhetsberättelse 2024\n\nEnergikontoret har under 2024 byggt fler laddplatser i hela länet.\n');
    const after = await loadKnowledgeBase(options);
    expect(after.rebuilt).toBe(true);
    expect(after.kb.corpusHash).not.toBe(before.kb.corpusHash);
    expect(after.kb.searchPassages({ terms: ['laddplatser'], year: 2024 })[0].passage.source.file).toBe('ny.txt');
  });

  it('rebuilds instead of trusting a corrupt saved file', async () => {
    writeFileSync(knowledgeFile(dataDir), '{"format": 1, "corpusHash": "x"');
    const { rebuilt, kb } = await loadKnowledgeBase(options);
    expect(rebuilt).toBe(true);
    expect(kb.passages.length).toBeGreaterThan(0);
    expect(readdirSync(dataDir)).toEqual(['knowledge.json']);
  });
});
