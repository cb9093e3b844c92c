/**
 * Splits a passage into answer units: sentences and list items, each with the source lines it
 * covers. Answers quote units, never whole pages.
 */
import type { Passage } from '../knowledge/index.js';
import { contentTokens, normalizeSpaces } from './text.js';

export interface Unit {
  passageId: string;
  /** Position in the passage's unit list. */
  index: number;
  text: string;
  tokens: string[];
  /** 1-based source lines. */
  lines: [number, number];
  listItem: boolean;
  /** Ends with ":" — a lead-in to the list that follows. */
  leadIn: boolean;
  /** A short line without a verb-like ending, probably a heading inside the passage. */
  headingLike: boolean;
}

const BULLET = /^\s*(?:[•▪●◦■□☐\uF0B7\uF0A7\uF0E0–—\-*]|\d{1,2}[.)])\s+/;
// Abbreviations whose point does not end a sentence.
// (A list's closing "etc.", "osv.", "m.fl." before a capital does end one: "… deadlines, etc. KTH bedömer …".)
const NON_FINAL = /\b(?:bl\.\s?a|t\.\s?ex|s\.\s?k|ca|kl|nr|resp|inkl|exkl|tex|dvs|p\.\s?g\.\s?a|jmf|fr\.\s?o\.\s?m|t\.\s?o\.\s?m|st|tf|fd|ev)\.$/i;

/**
 * Logical blocks: the knowledge base joins wrapped lines into paragraphs and separates paragraphs
 * and list items with "\n". Source lines are spread over the blocks by character position, which
 * is exact for one-line paragraphs and close otherwise.
 */
function blocksOf(passage: Passage): Array<{ text: string; from: number; to: number; listItem: boolean }> {
  const paragraphs = passage.text.split('\n');
  const [first, last] = passage.source.lines;
  const span = last - first;
  const totalChars = Math.max(1, passage.text.length);
  const blocks: Array<{ text: string; from: number; to: number; listItem: boolean }> = [];
  let offset = 0;
  for (const paragraph of paragraphs) {
    const startChar = offset;
    offset += paragraph.length + 1;
    const text = normalizeSpaces(paragraph);
    if (!text || PAGE_METADATA.test(text)) continue;
    const from = first + Math.floor((startChar / totalChars) * span);
    const to = Math.max(from, first + Math.ceil((Math.min(offset - 1, totalChars) / totalChars) * span));
    const listItem = BULLET.test(paragraph);
    const previous = blocks[blocks.length - 1];
    // A paragraph break inside a sentence (a page break or a pull quote in the PDF) is not a block break.
    if (previous && !listItem && !previous.listItem && continuesSentence(previous.text, text)) {
      previous.text = `${previous.text} ${text}`;
      previous.to = Math.min(to, last);
      continue;
    }
    blocks.push({ text: listItem ? normalizeSpaces(paragraph.replace(BULLET, '')) : text, from, to: Math.min(to, last), listItem });
  }
  return blocks;
}

/** A saved web page's own header ("Källa: https://…", "Titel: Möte …"): where it came from, not what it says. */
const PAGE_METADATA = /^(?:Källa:\s*https?:\/\/\S+|Titel:\s)/;

const DANGLING = /(?:^|\s)(och|i|av|för|med|till|som|att|samt|eller|en|ett|den|det|de|på|om|från|mellan|inom|under|vid|är|har|the|of|and|to|in)$|,$/i;

function continuesSentence(previous: string, next: string): boolean {
  if (/[.!?:;]["”)]?$/.test(previous)) return false;
  return DANGLING.test(previous) || /^\p{Ll}/u.test(next);
}

/** Sentences of a block; list items stay whole unless they are long. */
function sentencesOf(text: string): string[] {
  const parts: string[] = [];
  let start = 0;
  const re = /[.!?](?=["”»]?\s+["”«(]?[A-ZÅÄÖ0-9])/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const candidate = text.slice(start, m.index + 1);
    if (NON_FINAL.test(candidate) || /\b\d+\.$/.test(candidate) && /^\s+\d/.test(text.slice(m.index + 1))) continue;
    if (candidate.trim().length < 12) continue;
    parts.push(candidate.trim());
    start = m.index + 1;
  }
  const tail = text.slice(start).trim();
  if (tail) parts.push(tail);
  return parts;
}

export function splitUnits(passage: Passage): Unit[] {
  const units: Unit[] = [];
  for (const block of blocksOf(passage)) {
    // A list item stays one unit unless it is long: its sentences belong together.
    const sentences = block.listItem && block.text.length <= 320 ? [block.text] : sentencesOf(block.text);
    const span = block.to - block.from;
    let offset = 0;
    for (const sentence of sentences) {
      // Spread the block's lines over its sentences by character position.
      const startFrac = offset / block.text.length;
      offset += sentence.length + 1;
      const endFrac = Math.min(1, offset / block.text.length);
      const from = block.from + Math.floor(startFrac * span);
      const to = Math.max(from, block.from + Math.ceil(endFrac * span));
      units.push({
        passageId: passage.id,
        index: units.length,
        text: sentence,
        tokens: [...new Set(contentTokens(sentence))],
        lines: [from, to],
        listItem: block.listItem,
        leadIn: /:\s*$/.test(sentence),
        // Short lines with a diary number or a date are table rows, not headings.
        headingLike:
          !block.listItem && sentence.length < 60 && !/[.!?:,;]$/.test(sentence) && sentences.length === 1 && !/\d{4}-\d{2}-\d{2}|[A-ZÅÄÖ]{2,4}\/\d/.test(sentence),
      });
    }
  }
  return units;
}
