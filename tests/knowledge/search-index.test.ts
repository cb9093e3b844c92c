import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/index.js';
import { loadPassageSearch } from '../../src/knowledge/search-index.js';
import { createCompoundSplitter } from '../../src/knowledge/swedish-words.js';
import { corpusKnowledgeBase } from './knowledge-base.js';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await corpusKnowledgeBase();
});

const top = (terms: string[], year?: number, limit = 5) => kb.searchPassages({ terms, year, limit }).map((h) => h.passage);

describe('searchPassages relevance', () => {
  it('finds the 2021 chair of the kommunchef meetings from "kommunchefsgruppen"', () => {
    // The passage 583-600 says "kommunchefsgruppen" in its first sentence and "Kommuncheferna … Ordföranden" later:
    // the compound matches directly, and its part "kommunchef" matches the inflected forms.
    const hits = top(['ordförande', 'kommunchefsgruppen'], 2021, 3);
    expect(hits[0].text).toContain('Ordföranden på mötena har varit regional utvecklingsdirektör/biträdande regiondirektör Anders Byström');
    expect(hits[0].source.file).toBe('001_6b89cdf688d1bcaf.txt');
  });

  it('lets "kommuncheferna", "kommunchefer" and "kommunchefsgruppen" find each other', () => {
    for (const word of ['kommuncheferna', 'kommunchefer', 'kommunchefsgruppen']) {
      const texts = top([word], undefined, 12).map((p) => p.text.toLowerCase());
      expect(texts.some((t) => t.includes('kommunchefsgrupp')), word).toBe(true);
      expect(texts.some((t) => /kommunchef(er|erna|ernas)\b/.test(t)), word).toBe(true);
    }
  });

  it('finds the fast chargers ("snabbladdare") from "laddare", in 2021 and in the misspelt 2020 report', () => {
    // "snabbladdare" is indexed with its compound parts "snabb" + "laddare".
    expect(top(['laddare'], 2021, 3).some((p) => p.text.includes('snabbladdare etablerats i Bräcke'))).toBe(true);
    // "snabbbladdare" (2020, with three b) is one edit away.
    expect(top(['snabbladdare'], 2020, 3)[0].text).toContain('snabbbladdare');
  });

  it('ranks the asked year first among near-duplicate yearly reports', () => {
    // 004 (2020) and 001 (2021) describe Energikontoret in almost the same words; the year decides.
    expect(top(['energikontoret', 'klimatseminarium'], 2020, 1)[0].source.file).toBe('004_e56c094d2fa40fb6.txt');
    expect(top(['energikontoret', 'klimatseminarium'], 2021, 1)[0].source.file).toBe('001_6b89cdf688d1bcaf.txt');
  });

  it('finds the 2021 compensation figure', () => {
    expect(top(['ekonomiska', 'ersättningen'], 2021, 1)[0].text).toContain('10 046 tkr');
  });

  it('finds passages about an organ by its abbreviation through the organ records', () => {
    // "PKR" is written out as "Primärkommunala samverkansrådet" in the passage about its 2021 meetings.
    const hits = top(['pkr', 'sammanträden'], 2021, 5);
    expect(hits.some((p) => p.text.includes('Primärkommunala samverkansrådet har under 2021 haft åtta formella sammanträden'))).toBe(true);
  });

  it('treats query syntax in user text as plain words and never throws', () => {
    for (const text of ['title:foo', 'kommun~2', '+energi -klimat', 'ordförande^10', '*', ':', '"', 'RUN/34/2018', '']) {
      expect(() => kb.searchPassages({ terms: text.split(' '), limit: 3 })).not.toThrow();
    }
    expect(top(['run/34/2018']).length).toBeGreaterThan(0);
  });

  it('returns nothing for words the corpus does not hold', () => {
    expect(top(['xyzzyqwerty'])).toEqual([]);
  });
});

describe('search index serialisation', () => {
  it('gives the same hits after saving and loading the index', async () => {
    const built = kb.searchPassages({ terms: ['lärcentrum', 'studiecoacher'], year: 2021, limit: 5 });
    const { buildPassageSearch } = await import('../../src/knowledge/search-index.js');
    const search = buildPassageSearch(kb.passages, () => []);
    const reloaded = loadPassageSearch(JSON.parse(JSON.stringify(search.serialize())));
    const periodOf = () => undefined;
    const at = (i: number) => kb.passages[i];
    const query = { terms: ['lärcentrum', 'studiecoacher'], limit: 5 };
    expect(reloaded.search(query, at, periodOf).map((h) => h.passage.id)).toEqual(search.search(query, at, periodOf).map((h) => h.passage.id));
    expect(built[0].passage.text).toContain('studiecoacher');
  });

  it('revives a saved index on its first search, with the same hits, and saves it unchanged', async () => {
    const { buildPassageSearch, lazyPassageSearch } = await import('../../src/knowledge/search-index.js');
    const search = buildPassageSearch(kb.passages, () => []);
    const saved = JSON.parse(JSON.stringify(search.serialize()));
    const lazy = lazyPassageSearch(saved);
    expect(lazy.serialize()).toEqual(saved);
    const at = (i: number) => kb.passages[i];
    const query = { terms: ['lärcentrum', 'studiecoacher'], limit: 5 };
    expect(lazy.search(query, at, () => undefined).map((h) => h.passage.id)).toEqual(search.search(query, at, () => undefined).map((h) => h.passage.id));
  });
});

describe('createCompoundSplitter', () => {
  const splitter = createCompoundSplitter(['kommunchefer', 'gruppen', 'snabba', 'samverkan', 'rådet', 'verksamhet', 'berättelse']);

  it('splits compounds on words it knows, across a linking s', () => {
    expect(splitter.split('kommunchefsgruppen')).toEqual(['kommunchef', 'gruppen']);
    expect(splitter.split('samverkansrådet')).toEqual(['samverkan', 'rådet']);
    expect(splitter.split('verksamhetsberättelse')).toEqual(['verksamhet', 'berättelse']);
    expect(splitter.split('snabbladdare')).toEqual(['snabb', 'laddare']);
  });

  it('leaves short words, unknown words and inflected forms whole', () => {
    expect(splitter.split('kommun')).toEqual([]);
    expect(splitter.split('xylofonerna')).toEqual([]);
    expect(splitter.split('kommunchefer')).toEqual([]);
  });
});
