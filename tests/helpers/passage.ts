/** A passage of one made-up document, for tests that read its units. */
import type { Passage } from '../../src/knowledge/index.js';

export const passage = (text: string): Passage => ({
  id: 'doc.txt#1:10',
  text,
  source: { file: 'doc.txt', documentId: 'doc.txt#1', title: 'Utdrag', section: ['Ärendebeskrivning'], lines: [10, 12] },
});
