/**
 * Words and numbers broken over line breaks in PDF text dumps: "Överens-" / "kommelsen",
 * "Energieffektiviserin" / "g", "2" / "248 tkr". The tail is moved up to the earlier line, so both
 * lines keep their numbers.
 */
import type { LineInfo } from './clean.js';

/** Words that follow a hyphen at a line end in "Vård- och omsorg": the hyphen is real. */
export const HYPHEN_KEEPERS = new Set(['och', 'eller', 'samt', 'respektive', 'resp', 'som', 'till', 'med', 'i', 'o']);

/**
 * Joins words broken over line breaks: "Överens-" + "kommelsen", "Energieffektiviserin" + "g",
 * and numbers "2" + "248 tkr". The moved fragment is appended to the earlier line.
 */
export function joinBrokenWords(lines: string[], info: LineInfo[]): void {
  const vocabulary = countWords(lines);
  // Wrapped lines in these dumps end with a space and a word cut mid-way does not; when almost no
  // line ends with a space (markdown, real PDF text), a tight end says nothing and only hyphens count.
  const tightEndsMeanBrokenWords = endsWithSpaceShare(lines, info) >= 0.3;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i];
    if (!text) continue;
    const next = nextContentLine(lines, info, i);
    if (next < 0) continue;
    const following = lines[next];
    const lead = following.charCodeAt(0);
    const startsLower = following[0] !== following[0].toUpperCase();
    const startsDigit = lead >= 48 && lead <= 57;
    if (!startsLower && !startsDigit) continue;
    // Only the last word of the line matters; matching it alone keeps this linear on long lines.
    const lastWord = text.slice(text.lastIndexOf(' ') + 1);
    const firstWord = startsLower ? /^([\p{Ll}][\p{L}]*)([.,;:)]?)(?:\s|$)/u.exec(following) : null;
    const hyphenated = firstWord ? /^[^\p{L}]*([\p{L}]{2,})[-\u2013]$/u.exec(lastWord) : null;
    if (hyphenated && firstWord && !HYPHEN_KEEPERS.has(firstWord[1])) {
      const joined = hyphenated[1] + firstWord[1];
      // ("IT-" / "arkitekt": an abbreviation keeps its hyphen in a compound.)
      const abbreviation = /^\p{Lu}{2,4}$/u.test(hyphenated[1]);
      const keepHyphen = abbreviation || (!vocabulary.has(joined.toLowerCase()) && vocabulary.has(`${hyphenated[1]}-${firstWord[1]}`.toLowerCase()));
      lines[i] = text.slice(0, -1) + (keepHyphen ? '-' : '') + firstWord[1] + firstWord[2];
      lines[next] = following.slice(firstWord[0].length).trim();
      continue;
    }
    const tail = firstWord && tightEndsMeanBrokenWords && info[i].endsTight && !info[next].bullet ? /([\p{L}]{3,})$/u.exec(lastWord) : null;
    if (tail && firstWord) {
      const a = tail[1].toLowerCase();
      const b = firstWord[1].toLowerCase();
      const fragment = (vocabulary.get(b) ?? 0) <= 1;
      if (fragment && (vocabulary.has(a + b) || (vocabulary.get(a) ?? 0) <= 1)) {
        lines[i] = text + firstWord[1] + firstWord[2];
        lines[next] = following.slice(firstWord[0].length).trim();
        continue;
      }
    }
    if (startsDigit && /^\d{1,3}$/.test(lastWord)) {
      const group = /^(\d{3})(?=\s+(?:tkr|mkr|kr|kronor|miljoner|%|procent)\b)/i.exec(following);
      if (group) {
        lines[i] = `${text} ${group[1]}`;
        lines[next] = following.slice(group[0].length).trim();
      }
    }
  }
}

function endsWithSpaceShare(lines: string[], info: LineInfo[]): number {
  let content = 0;
  let loose = 0;
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]) continue;
    content++;
    if (!info[i].endsTight) loose++;
  }
  return content ? loose / content : 0;
}

function nextContentLine(lines: string[], info: LineInfo[], from: number): number {
  let blanks = 0;
  for (let j = from + 1; j < lines.length; j++) {
    if (lines[j]) return j;
    if (info[j].furniture) continue;
    if (++blanks > 2) return -1;
  }
  return -1;
}

// Latin letters are enough to decide word joins in Swedish text, and this class is much faster than \p{L}.
const WORD = /[a-zà-öø-ÿ][a-zà-öø-ÿ-]*/g;

function countWords(lines: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    if (!line) continue;
    for (const word of line.toLowerCase().match(WORD) ?? []) {
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return counts;
}
