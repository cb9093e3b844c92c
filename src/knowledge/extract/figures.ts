/**
 * Amounts (tkr, mkr, kr, miljoner kronor), percentages and counts ("8 möten", "ca 450 deltagare",
 * "134 st enskilda uppkopplingar") with the sentence that says what they measure, the year they are
 * for and their source. Works on passage sentences, so numbers split over lines are already joined.
 */
import { findYears, slugify } from '../patterns.js';
import type { Figure } from '../types.js';
import type { ExtractionInput } from './input.js';
import { lineOf, sourceForLines, yearAt } from './record-source.js';

const NUMBER = String.raw`\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:,\d+)?`;
const AMOUNT = new RegExp(String.raw`(?<![\d/,.-])(${NUMBER})\s*(tkr|mkr|Mkr|MSEK|miljoner kronor|miljarder kronor|kr\b|kronor|%|procent(?:enheter)?)`, 'g');
const COUNT = new RegExp(String.raw`(?<![\d/,.:-])(?:(?:ca|cirka|drygt|totalt|över|knappt)\.?\s+)?(${NUMBER})\s+(?:st\.?\s+)?(?:(?:nya|olika|enskilda|formella|digitala|fysiska)\s+)?(\p{Ll}[\p{Ll}\-]{3,})`, 'gu');
const NOT_COUNTED = /^(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|procent|kronor|miljoner|miljarder|gånger|timmar|minuter|år|åren|dagar|veckor|månader)$/;

function unitOf(written: string): Figure['unit'] {
  const w = written.toLowerCase();
  if (w === 'tkr') return 'tkr';
  if (w === 'mkr' || w === 'msek' || w.startsWith('miljoner')) return 'mkr';
  if (w === 'kr' || w === 'kronor') return 'kr';
  if (w === '%' || w.startsWith('procent')) return '%';
  return 'other';
}

function amountOf(value: string): number {
  return Number(value.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.'));
}

function sentencesOf(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?])\s+(?=[\p{Lu}\d])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function extractFigures(input: ExtractionInput): Figure[] {
  const figures: Figure[] = [];
  const seen = new Set<string>();
  for (const passage of input.passages) {
    const [from, to] = passage.source.lines;
    for (const sentence of sentencesOf(passage.text)) {
      const found: Array<{ value: string; unit: Figure['unit'] }> = [];
      for (const m of sentence.matchAll(AMOUNT)) found.push({ value: m[1], unit: unitOf(m[2]) });
      for (const m of sentence.matchAll(COUNT)) {
        if (NOT_COUNTED.test(m[2]) || /^(19|20)\d{2}$/.test(m[1]) || found.some((f) => f.value === m[1])) continue;
        found.push({ value: m[1], unit: 'count' });
      }
      if (found.length === 0) continue;
      const years = findYears(sentence);
      const year = years.length === 1 ? years[0] : yearAt(input, from);
      const lastToken = (value: string) => value.split(/\s+/).pop() ?? value;
      for (const { value, unit } of found) {
        const line = lineOf(input, lastToken(value), from, to);
        const id = slugify(`${passage.id}-${value}-${unit}-${line}`);
        if (seen.has(id)) continue;
        const source = sourceForLines(input, line, line);
        if (!source) continue;
        seen.add(id);
        figures.push({ id, value, amount: amountOf(value), unit, measure: sentence.length > 240 ? `${sentence.slice(0, 239)}…` : sentence, ...(year ? { year } : {}), source });
      }
    }
  }
  return figures;
}
