/** Builds citations for extracted records from line numbers. */
import type { LogicalDocument, Passage, SourceRef } from '../types.js';
import type { ExtractionInput } from './input.js';

interface LineOwners {
  documents: (LogicalDocument | undefined)[];
  passages: (Passage | undefined)[];
}

// One lookup table per file, built on first use, so citing a line is O(1).
const owners = new WeakMap<ExtractionInput, LineOwners>();

function lineOwners(input: ExtractionInput): LineOwners {
  let table = owners.get(input);
  if (!table) {
    table = { documents: new Array(input.lines.length), passages: new Array(input.lines.length) };
    for (const document of input.documents) {
      for (let line = document.lines[0] - 1; line < document.lines[1]; line++) table.documents[line] = document;
    }
    for (const passage of input.passages) {
      for (let line = passage.source.lines[0] - 1; line < passage.source.lines[1]; line++) table.passages[line] ??= passage;
    }
    owners.set(input, table);
  }
  return table;
}

/** The document that holds a 0-based line index. */
export function documentAt(input: ExtractionInput, line: number): LogicalDocument | undefined {
  return lineOwners(input).documents[line];
}

/** The passage that holds a 0-based line index. */
export function passageAt(input: ExtractionInput, line: number): Passage | undefined {
  return lineOwners(input).passages[line];
}

/** A SourceRef for 0-based lines [from, to], with the section of the passage that holds them. */
export function sourceForLine(input: ExtractionInput, from: number, to: number = from): SourceRef {
  const document = documentAt(input, from);
  const passage = passageAt(input, from);
  const page = input.lineInfo?.[from]?.page;
  return {
    file: input.file,
    documentId: document?.id ?? `${input.file}#0`,
    title: document?.title ?? input.file,
    section: passage?.source.section ?? [],
    ...(page ? { page } : {}),
    lines: [from + 1, to + 1],
  };
}
