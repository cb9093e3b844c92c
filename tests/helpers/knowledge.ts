/**
 * The real knowledge base from corpus/ and seeds/, built once and shared by every test file through
 * a prebuilt index in the OS temp dir (reused only while its content hash matches the sources).
 */
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadKnowledgeBase, type KnowledgeBase } from '../../src/knowledge/index.js';

let cached: Promise<KnowledgeBase> | undefined;

export function loadTestKnowledge(): Promise<KnowledgeBase> {
  cached ??= loadKnowledgeBase({
    corpusDirs: [path.resolve('corpus')],
    seedsDir: path.resolve('seeds'),
    dataDir: path.join(tmpdir(), 'rjh-bot-test-knowledge'),
  }).then(({ kb }) => kb);
  return cached;
}
