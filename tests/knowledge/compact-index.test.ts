import { describe, expect, it } from 'vitest';
import { buildCompactIndex, deserializeCompactIndex, serializeCompactIndex, toLunrIndex } from '../../src/knowledge/compact-index.js';
import { createScorer } from '../../src/knowledge/postings.js';
import { lunr, stemWord, sv, swedishIndexPipeline, swedishSearchPipeline } from '../../src/knowledge/swedish-words.js';
import { FILES, prepare } from './corpus.js';

const fields = [
  { name: 'title', boost: 3 },
  { name: 'headings', boost: 2 },
  { name: 'text', boost: 1 },
];

// lunr.Builder counts tokens the trimmer empties ("–", "§", "…") in a field's length; ours does
// not. Compared on text without such tokens, the two must agree exactly.
const withoutPunctuationTokens = (text: string) => text.replace(/(^|\s)[^\p{L}\p{N}\s]+(?=\s|$)/gu, ' ');
const documents = prepare(FILES.pack2022).passages.map((p) => ({
  title: withoutPunctuationTokens(p.source.title),
  headings: withoutPunctuationTokens(p.source.section.join(' ')),
  text: withoutPunctuationTokens(p.text),
}));

const reference = lunr(function (this: lunr.Builder) {
  this.use(sv as unknown as lunr.Builder.Plugin);
  this.pipeline.reset();
  this.pipeline.add(...(swedishIndexPipeline() as unknown as { _stack: lunr.PipelineFunction[] })._stack);
  this.ref('id');
  for (const field of fields) this.field(field.name, { boost: field.boost });
  documents.forEach((document, i) => this.add({ id: String(i), ...document }));
});
const compact = buildCompactIndex(fields, documents, swedishIndexPipeline());

const queries = [
  [{ term: stemWord('energikontoret'), fields: ['title', 'headings', 'text'], boost: 2 }],
  [
    { term: stemWord('kommuncheferna'), fields: ['title', 'headings', 'text'], boost: 2 },
    { term: stemWord('ordförande'), fields: ['text'], boost: 0.5 },
    { term: stemWord('kommuncheferna'), fields: ['text'], boost: 1 },
    { term: 'finnsinte', fields: ['text'], boost: 1 },
  ],
  [
    { term: '2021', fields: ['title', 'headings', 'text'], boost: 1 },
    { term: stemWord('lärcentrum'), fields: ['headings'], boost: 3 },
  ],
];

/** Results as [ref, score to four decimals], by ref (weights are 32-bit floats). */
function lunrResults(index: lunr.Index, clauses: (typeof queries)[number]): number[][] {
  return index
    .query((q) => {
      for (const c of clauses) q.term(c.term, { fields: c.fields, boost: c.boost, usePipeline: false });
    })
    .map((r) => [Number(r.ref), Math.round(r.score * 1e4) / 1e4])
    .sort((a, b) => a[0] - b[0]);
}

describe('buildCompactIndex', () => {
  it('converts to a lunr.Index that scores every query exactly as one built by lunr.Builder', () => {
    const converted = toLunrIndex(compact, swedishSearchPipeline());
    for (const clauses of queries) {
      expect(lunrResults(converted, clauses)).toEqual(lunrResults(reference, clauses));
      expect(lunrResults(converted, clauses).length).toBeGreaterThan(0);
    }
  });

  it('converts to a lunr.Index whose toJSON lunr.Index.load reads back', () => {
    const converted = toLunrIndex(compact, swedishSearchPipeline());
    const loaded = lunr.Index.load(JSON.parse(JSON.stringify(converted)));
    expect(lunrResults(loaded, queries[0])).toEqual(lunrResults(converted, queries[0]));
  });

  it('survives serialisation unchanged', () => {
    const again = deserializeCompactIndex(JSON.parse(JSON.stringify(serializeCompactIndex(compact))));
    expect(again.terms).toEqual(compact.terms);
    expect([...again.postings[2].weights]).toEqual([...compact.postings[2].weights]);
    expect([...again.postings[0].offsets]).toEqual([...compact.postings[0].offsets]);
  });
});

describe('createScorer', () => {
  it('gives the same passages and scores as lunr.Index.query for the same clauses', () => {
    const termIds = new Map(compact.terms.map((t, i) => [t, i]));
    const scorer = createScorer(compact, termIds);
    for (const clauses of queries) {
      const ours = scorer
        .score(clauses)
        .map((r) => [r.ref, Math.round(r.score * 1e4) / 1e4])
        .sort((a, b) => a[0] - b[0]);
      expect(ours).toEqual(lunrResults(reference, clauses));
    }
  });
});
