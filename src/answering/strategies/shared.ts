/** Small helpers the record strategies share: subject concepts, coverage of a text, date matching. */
import type { SourceRef } from '../../knowledge/index.js';
import { conceptMatch, type WeightedConcept } from '../evidence.js';
import { tokenize } from '../text.js';
import type { QuestionAnalysis } from '../understand.js';
export { dateMatches } from '../dates.js';

/** Concepts that name what the question asks for (role, agenda, meeting words), not what it is about. */
const FRAME = /^(ordför|chair|ledde$|leder$|led$|leds$|roles?$|roll(?:en|er|erna)?$|capacity$|sammankall|conven|sekreter|secretar|antecknare|protokollförare|notes$|minutes$|föredr|present|speaker|underteckn|sign|skrev|skrivit|representant|ledamot|member|agenda|dagordning|föredragningslist|kallelse|punkt|item|ärende|möte(?:t|n|na|s)?$|meeting|sammanträd(?:e|et|en|ena|es)?$|session|who|time|tid(?:en|er|s)?$|start|achiev|result|uppn|genomf|aktivitet|activit|done|gjorde|vad|what|when|när|give$|gav$|ger$|hold|held|title|titel|befattning|position|ordinar|ordinary|regular$)/i;

export function isFrameConcept(w: WeightedConcept): boolean {
  return FRAME.test(w.concept.label) || FRAME.test(w.concept.forms[0]?.stems[0] ?? '');
}

export function subjectConcepts(weighted: WeightedConcept[]): WeightedConcept[] {
  return weighted.filter((w) => !isFrameConcept(w));
}

/** Weighted share of the concepts found in the text (0..1), and whether every critical one is there. */
export function coverageOf(concepts: WeightedConcept[], text: string, tokensOf: (text: string) => string[] = tokenize): { coverage: number; criticalOk: boolean } {
  return coverageOfTokens(concepts, concepts.length === 0 ? [] : tokensOf(text));
}

export function coverageOfTokens(concepts: WeightedConcept[], tokens: readonly string[]): { coverage: number; criticalOk: boolean } {
  if (concepts.length === 0) return { coverage: 1, criticalOk: true };
  let total = 0;
  let found = 0;
  let criticalOk = true;
  for (const w of concepts) {
    const m = conceptMatch(w.concept, tokens);
    total += w.idf;
    found += w.idf * m;
    if (w.concept.critical && m < 0.5) criticalOk = false;
  }
  return { coverage: total > 0 ? found / total : 1, criticalOk };
}

export function sourceText(source: SourceRef): string {
  return `${source.title} ${source.section.join(' ')}`;
}
