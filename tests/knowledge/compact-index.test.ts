import { describe, expect, it } from 'vitest';
import { buildLunrIndex } from '../../src/knowledge/lunr-builder.js';
import { createScorer } from '../../src/knowledge/postings.js';
import { lunr, stemWord, sv, swedishIndexPipeline, swedishSearchPipeline } from '../../src/knowledge/swedish-words.js';
import { FILES, prepare } from './corpus.js';

describe('buildLunrIndex', () => {
  // lunr.Builder counts tokens the trimmer empties ("–", "§", "…") in a field's length; ours does
  // not. Compared on text without such tokens, the two must agree exactly.
  const withoutPunctuationTokens = (text: string) => text.replace(/(^|\s)[^\p{L}\p{N}\s]+(?=\s|$)/gu, ' ');
  const passages = prepare(FILES.pack2015)
    .passages.slice(0, 60)
    .map((p) => ({ ...p, text: withoutPunctuationTokens(p.text), source: { ...p.source, title: withoutPunctuationTokens(p.source.title) } }));
  const fields = [
    { name: 'title', boost: 3 },
    { name: 'text', boost: 1 },
  ];

  const reference = lunr(function (this: lunr.Builder) {
    this.use(sv as unknown as lunr.Builder.Plugin);
    this.pipeline.reset();
    this.pipeline.add(...(swedishIndexPipeline() as unknown as { _stack: lunr.PipelineFunction[] })._stack);
    this.ref('id');
    for (const field of fields) this.field(field.name, { boost: field.boost });
    for (const p of passages) this.add({ id: p.id, title: p.source.title, text: p.text });
  });
  const ours = buildLunrIndex(
    fields,
    passages.map((p) => ({ ref: p.id, fields: { title: p.source.title, text: p.text } })),
    swedishIndexPipeline(),
    swedishSearchPipeline(),
  );

  it('scores every query exactly as an index built by lunr.Builder', () => {
    for (const term of ['samverkansråd', 'uppföljning', 'kommun', '2015', 'jämställdhetskartan', stemWord('överenskommelsen')]) {
      const run = (index: lunr.Index) =>
        index.query((q) => q.term(term, { usePipeline: false })).map((r) => [r.ref, Math.round(r.score * 1e6) / 1e6]);
      expect(run(ours), term).toEqual(run(reference));
      expect(run(ours).length, term).toBeGreaterThan(0);
    }
  });

  it('serialises to JSON that lunr.Index.load reads back', () => {
    const loaded = lunr.Index.load(JSON.parse(JSON.stringify(ours)));
    const query = (index: lunr.Index) => index.query((q) => q.term('uppföljning', { usePipeline: false })).map((r) => r.ref);
    expect(query(loaded)).toEqual(query(ours));
  });
});

describe('createScorer', () => {
  const passages = prepare(FILES.pack2022).passages;
  const fields = [
    { name: 'title', boost: 3 },
    { name: 'headings', boost: 2 },
    { name: 'text', boost: 1 },
  ];
  const index = buildLunrIndex(
    fields,
    passages.map((p, i) => ({ ref: String(i), fields: { title: p.source.title, headings: p.source.section.join(' '), text: p.text } })),
    swedishIndexPipeline(),
    swedishSearchPipeline(),
  );
  const scorer = createScorer(index);

  it('gives the same documents and scores as lunr.Index.query for the same clauses', () => {
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
    for (const clauses of queries) {
      const expected = index
        .query((q) => {
          for (const c of clauses) q.term(c.term, { fields: c.fields, boost: c.boost, usePipeline: false });
        })
        .map((r) => [Number(r.ref), Math.round(r.score * 1e4) / 1e4])
        .sort((a, b) => a[0] - b[0]);
      const actual = scorer
        .score(clauses)
        // Weights are kept as 32-bit floats: equal to lunr's to four decimals.
        .map((r) => [r.ref, Math.round(r.score * 1e4) / 1e4])
        .sort((a, b) => a[0] - b[0]);
      expect(actual).toEqual(expected);
      expect(actual.length).toBeGreaterThan(0);
    }
  });
});
