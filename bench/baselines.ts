/**
 * What a user would pick instead: plain lunr with its default English pipeline, and minisearch with
 * its defaults, over the same passages. Their "answer" is the list of top passages for the question
 * text, so their latency is a search, not a composed answer.
 */
import lunr from 'lunr';
import MiniSearch from 'minisearch';
import type { Passage } from '../src/knowledge/index.js';

export interface Baseline {
  key: 'lunr_en' | 'minisearch';
  buildMs: number;
  search(question: string): unknown[];
}

interface IndexedPassage {
  /** Position in kb.passages: passage ids are meant to be unique, but the baselines must not depend on it. */
  id: number;
  title: string;
  section: string;
  text: string;
}

function toIndexed(passage: Passage, position: number): IndexedPassage {
  return { id: position, title: passage.source.title, section: passage.source.section.join(' '), text: passage.text };
}

export function buildLunrEnglish(passages: readonly Passage[]): Baseline {
  const started = performance.now();
  const index = lunr(function (this: lunr.Builder) {
    this.ref('id');
    this.field('title');
    this.field('section');
    this.field('text');
    passages.forEach((passage, position) => this.add(toIndexed(passage, position)));
  });
  const buildMs = performance.now() - started;
  return {
    key: 'lunr_en',
    buildMs,
    // The query API, not index.search(text): lunr's query parser throws on ':' or unknown fields in user text.
    search: (question) =>
      index
        .query((query) => {
          for (const token of lunr.tokenizer(question)) query.term(token.toString(), {});
        })
        .slice(0, 10),
  };
}

export function buildMiniSearch(passages: readonly Passage[]): Baseline {
  const started = performance.now();
  const index = new MiniSearch<IndexedPassage>({ fields: ['title', 'section', 'text'], idField: 'id' });
  index.addAll(passages.map(toIndexed));
  const buildMs = performance.now() - started;
  return { key: 'minisearch', buildMs, search: (question) => index.search(question).slice(0, 10) };
}
