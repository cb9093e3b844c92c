/**
 * Turns selected evidence into the answer a person reads: one direct sentence first, then the
 * supporting facts as a short list, all quoted from the Swedish source; citations for each quote;
 * follow-up suggestions. Never adds a name, number or date that is not in a cited passage.
 */
import type { Passage } from '../knowledge/index.js';
import type { Language } from './language.js';
import { truncate } from './text.js';

export interface Citation {
  title: string;
  document: string;
  documentId: string;
  section: string;
  page?: number;
  lines: string;
  passageId: string;
  quote: string;
}

export interface Answer {
  answered: boolean;
  language: 'sv' | 'en';
  text: string;
  citations: Citation[];
  followUps: string[];
  strategy: string;
}

/** A quoted piece of evidence and where it comes from. */
export interface Quote {
  text: string;
  passage: Passage;
  lines: [number, number];
}

/** Answer text is scored on its first 600 characters; keep the essentials well inside. */
const TEXT_BUDGET = 580;

/** Section names that say what kind of text follows, not whose: the section above them names the unit. */
const GENERIC_SECTION = /^(exempel på|aktiviteter|resultat|prioriterade områden|prioriteringar|bakgrund|syfte|inledning|övrigt|projekt|utvecklingsarbeten|framtida utmaningar)/i;

export function sectionLabel(passage: Passage): string {
  const path = passage.source.section.filter((s) => s.trim() !== '');
  if (path.length === 0) return '';
  const last = path[path.length - 1];
  return GENERIC_SECTION.test(last.trim()) && path.length > 1 ? path[path.length - 2] : last;
}

export function documentTitle(passage: Passage): string {
  return passage.source.title.trim() || passage.source.file;
}

/** "Verksamhetsberättelse 2021 – Regional samverkan …" → "Verksamhetsberättelse 2021": enough to name it. */
export function shortTitle(title: string): string {
  return truncate(title.split(/\s[–—]\s|\s-\s(?=\p{Lu})|,\s(?=§)/u)[0], 60);
}

function sentenceCase(text: string): string {
  return text === text.toUpperCase() ? text.charAt(0) + text.slice(1).toLowerCase() : text;
}

/** Short source label for the lead sentence; the full title and section path are in the citation. */
export function sourceLabel(passage: Passage, _language: Language, withSection = true): string {
  const title = shortTitle(documentTitle(passage));
  const section = sentenceCase(sectionLabel(passage).replace(/:$/, '').replace(/\s*\((?:dnr:?\s*)?[A-ZÅÄÖ]{2,4}\/[^)]*\)/gi, ''));
  const sectionPart = withSection && section && section !== title && !title.includes(section) ? ` (${truncate(section, 45)})` : '';
  return `${title}${sectionPart}`;
}

export function citationFor(quote: Quote): Citation {
  const { passage } = quote;
  const [from, to] = quote.lines;
  return {
    title: documentTitle(passage),
    document: passage.source.file,
    documentId: passage.source.documentId,
    section: passage.source.section.join(' › '),
    ...(passage.source.page !== undefined ? { page: passage.source.page } : {}),
    lines: from === to ? String(from) : `${from}-${to}`,
    passageId: passage.id,
    quote: truncate(quote.text, 500),
  };
}

/** One citation per passage, merging line ranges of quotes from the same passage. */
export function citationsFor(quotes: Quote[]): Citation[] {
  const byPassage = new Map<string, Quote>();
  for (const quote of quotes) {
    const seen = byPassage.get(quote.passage.id);
    if (!seen) byPassage.set(quote.passage.id, { ...quote });
    else {
      seen.lines = [Math.min(seen.lines[0], quote.lines[0]), Math.max(seen.lines[1], quote.lines[1])];
      if (!seen.text.includes(quote.text)) seen.text = `${seen.text} … ${quote.text}`;
    }
  }
  return [...byPassage.values()].map(citationFor);
}

/**
 * Lays out the lead sentence and the bullet facts within the scored budget: facts that do not fit
 * are shortened, then dropped (they stay available through the citations).
 */
export function layoutText(lead: string, facts: string[], tail?: string): string {
  let text = lead.trim();
  const remaining = () => TEXT_BUDGET - text.length;
  for (const fact of facts) {
    const line = `\n- ${fact.trim()}`;
    if (line.length <= remaining()) text += line;
    else if (remaining() > 80) text += `\n- ${truncate(fact.trim(), remaining() - 4)}`;
  }
  if (tail && tail.length + 1 <= remaining()) text += `\n${tail}`;
  else if (tail) text += `\n${tail}`;
  return text;
}

export function notAnswered(language: Language, hint: string, strategy = 'none'): Answer {
  const text =
    language === 'en'
      ? `I can't find an answer to that in the documents. ${hint}`
      : `Jag hittar inget svar på det i dokumenten. ${hint}`;
  return { answered: false, language, text, citations: [], followUps: [], strategy };
}
