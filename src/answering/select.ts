/**
 * Chooses the sentences an answer quotes: the best-supported unit that passes the evidence checks,
 * then units that cover what it leaves out (multi-part questions), then the list items a lead-in
 * announces. Also the "I don't know" decision: when no unit passes, nothing is selected.
 */
import type { Passage } from '../knowledge/index.js';
import type { AnswerIndex } from './answer-index.js';
import { dateMatches, datesInText, daysOfMonthIn, periodMonthsIn } from './dates.js';
import { adoptsOtherPaper, CAUSE_STATED, conceptMatch, definesSomething, inResultsSection, inYearSummary, isSignatureLine, MUNICIPALITIES_ASKED, rankPassages, scoreUnits, typeFit, weighConcepts, type ScoredUnit, type WeightedConcept } from './evidence.js';
import { QuestionMatcher, vocabularyMatchesOf } from './matcher.js';
import { COUNTY_SCOPE_WORD, ORGAN_NOUN, ROLE_WORDS } from './lexicon.js';
import { contentTokens, foldKey, stem, tokenize } from './text.js';
import { DIARY_ASKED, fullYear, hasDiaryNumber, hasMoney, hasPercent, hasTitleWord, inlineEnumeration, isMeetingPaper, MEETING_WORD, municipalitiesIn, NEXT_MEETING_ANNOUNCED, NAMED_PERIOD, outsideTimeClause, personNamesIn, statesRoleHolder, yearsIn } from './features.js';
import { SINGLE_HOLDER_ROLES } from './strategies/role.js';
import { askedListNoun, PARAGRAPH_ASKED, PARTY_ASKED, type Asks, type QuestionAnalysis, type QuestionPart } from './understand.js';
import { sentencesOf, type Unit } from './units.js';

/** Calibrated on the development set (see README): below these the documents do not answer. */
export const THRESHOLDS = {
  /** Weighted share of the question's concepts the chosen evidence (the unit and its supporting units) must carry. */
  coverage: 0.6,
  /** The main unit must itself, with its headings and neighbours, carry this much of the question. */
  primaryCoverage: 0.45,
  /** A critical concept (entity, abbreviation, typed name) counts as present from this match on. */
  critical: 0.5,
  /** … and a name the question uses must stand this near a figure, date or person (0.7: a neighbouring sentence). */
  nameNearFact: 0.7,
  /** Evidence for "how many/when/who" must state that kind of fact at least this well. */
  typeFit: 0.7,
  /** Evidence about another year than the one asked is rejected below this. */
  yearFit: 0.45,
};

/** What share of a question's measure a county table must carry (measuredShare). */
const TABLE_MEASURE_SHARE = 0.35;

export interface Selection {
  primary: ScoredUnit;
  /** Further units quoted after the primary one, in reading order. */
  supporting: ScoredUnit[];
  /** List items announced by the primary unit. */
  listItems: Unit[];
  /** The same fact stated for another year, when the question names none. */
  otherYear?: ScoredUnit;
  /** The sentences after a short primary one, quoted as far as the answer has room: they often complete it. */
  nextSentences: ScoredUnit[];
  /** A sentence scored nearly as high as the chosen one that would answer too: quoted last, where room is left. */
  runnerUp?: ScoredUnit;
  weighted: WeightedConcept[];
}

export interface Rejection {
  reason: 'no-candidates' | 'low-coverage' | 'missing-entity' | 'wrong-year' | 'no-fact-of-asked-kind';
  best?: ScoredUnit;
}

function criticalMissing(weighted: WeightedConcept[], matched: number[]): string[] {
  return weighted.filter((w, i) => w.concept.critical && matched[i] < THRESHOLDS.critical).map((w) => w.concept.label);
}

function needsTypedFact(analysis: QuestionAnalysis): boolean {
  const { asks } = analysis;
  return asks.number || asks.date || asks.time || asks.person || PARAGRAPH_ASKED.test(analysis.question) || PARTY_ASKED.test(analysis.question);
}

/** What a candidate and its supporting units carry together. */
interface EvidenceSet {
  primary: ScoredUnit;
  /** Per concept: best match in the primary (with its context) or in a supporting unit. */
  matched: number[];
  /** Per concept: best match in the primary or supporting units of the same document. */
  subjectMatched: number[];
  coverage: number;
  /** How well the set states the kind of fact asked, counting only units that are themselves about the question. */
  typeFit: number;
  /** The primary is the name line of a signature block ("Ann-Marie Johansson (S)" over "Regionstyrelsens ordförande"). */
  signature: boolean;
  /** "What was the ersättning …": the primary names that amount and it, or the line after it, states one. */
  statesAmount: boolean;
  /**
   * The fact is another period's: the primary or a sentence beside it names the plan the question names by its period
   * for another period, or the primary's figure stands in its sentence about another year.
   */
  otherPeriod: boolean;
}

const SIGNATURE_NAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2}(?:\s*\(\p{Lu}{1,3}\))?$/u;

/** The line after a unit, in its passage or at the start of the next one of the same document. */
function nextUnitOf(index: AnswerIndex, unit: ScoredUnit): ScoredUnit | undefined {
  const next = index.unitsOf(unit.passage)[unit.unit.index + 1];
  if (next) return { ...unit, unit: next };
  const position = index.passagePosition(unit.passage.id);
  const following = position !== undefined ? index.kb.passages[position + 1] : undefined;
  if (!following || following.source.documentId !== unit.passage.source.documentId) return undefined;
  const first = index.unitsOf(following)[0];
  return first ? { ...unit, passage: following, unit: first } : undefined;
}

/**
 * A signature closing a section: a name line, then a short title line. It states who signed the
 * text it closes, so it belongs to that section (the concepts matched around it).
 */
export function signatureTitle(index: AnswerIndex, unit: ScoredUnit): ScoredUnit | undefined {
  if (!SIGNATURE_NAME.test(unit.unit.text.trim())) return undefined;
  const next = nextUnitOf(index, unit);
  // A title is a few words ("Regionstyrelsens ordförande"), not a lead-in or a clause ("… har i uppdrag att").
  const title = next?.unit.text.trim() ?? '';
  if (!next || title.length > 80 || /[.!?:]$/.test(title) || title.split(/\s+/).length > 6 || !hasTitleWord(title)) return undefined;
  return next;
}

const OWN_SHARE_FOR_FACT = 0.3;

function ownShare(weighted: WeightedConcept[], unit: ScoredUnit, counted: (w: WeightedConcept) => boolean = () => true): number {
  const total = weighted.reduce((sum, w) => sum + (counted(w) ? w.idf : 0), 0) || 1;
  return weighted.reduce((sum, w, i) => sum + (counted(w) ? w.idf * unit.inUnit[i] : 0), 0) / total;
}

function evidenceSet(
  index: AnswerIndex,
  analysis: QuestionAnalysis,
  weighted: WeightedConcept[],
  primary: ScoredUnit,
  cover: ScoredUnit[],
  scored: ScoredUnit[],
  fitOf: (text: string, asks?: Asks) => number,
): EvidenceSet {
  const total = weighted.reduce((sum, w) => sum + w.idf, 0) || 1;
  const matched = primary.matched.map((m, i) => Math.max(m, ...cover.map((c) => c.inUnit[i])));
  // Entities must be carried where the primary is (its passage or the next ones): a sentence elsewhere adds facts, not the subject.
  const at = index.passagePosition(primary.passage.id) ?? -10;
  // … and not by a sentence about another body that only names the asked one.
  const sameDocument = cover.filter((c) => Math.abs((index.passagePosition(c.passage.id) ?? 1e9) - at) <= 2 && !c.otherBody);
  // The place a fact is asked for ("i Ragunda") must be named where the fact is stated, not in a sentence beside it.
  const subjectMatched = primary.matched.map((m, i) => (weighted[i].concept.local ? m : Math.max(m, ...sameDocument.map((c) => c.inUnit[i]))));
  const coverage = weighted.reduce((sum, w, i) => sum + w.idf * matched[i], 0) / total;
  // A "how many"/"when" fact may also sit in the next sentence of the same passage.
  const neighbours = scored.filter((s) => s.passage.id === primary.passage.id && Math.abs(s.unit.index - primary.unit.index) === 1);
  // A fact elsewhere counts only when it is about the same thing: same passage, or carrying the question's entities and
  // the names it uses ("Barnahus") itself — another section of the same plan may be about another company; another
  // document's sentence adds to the answer but does not state its fact.
  const namesOf = (u: ScoredUnit) => weighted.every((w, i) => w.concept.kind !== 'name' || u.matched[i] >= THRESHOLDS.critical);
  const aboutIt = (u: ScoredUnit) =>
    u.passage.id === primary.passage.id || (u.passage.source.documentId === primary.passage.source.documentId && criticalMissing(weighted, u.matched).length === 0 && namesOf(u));
  // … and, when the question names its year (or month, season), only when it is about that period itself.
  const statesFact = (sentence: string) => fitOf(sentence) >= THRESHOLDS.typeFit;
  const inYear = (u: ScoredUnit) =>
    !u.otherMonth && !u.otherBody && (!yearIsAsked(analysis) || (u.yearFit >= THRESHOLDS.yearFit && !countedForOtherYears(analysis, u.unit.text, statesFact)));
  // … and, when the question names the place it is asked for ("i Ragunda"), only when it names that place.
  const atPlace = (u: ScoredUnit) => weighted.every((w, i) => !w.concept.local || u.inUnit[i] >= THRESHOLDS.critical);
  // A register's next entry states its own document's date, not the asked one's: a fact beside the primary names what
  // the question names most.
  const factUnits = [...cover, ...neighbours].filter((u) => ownShare(weighted, u) >= OWN_SHARE_FOR_FACT && aboutIt(u) && inYear(u) && atPlace(u) && namesHeaviest(weighted, u, () => true));
  // The list a lead-in announces ("Följande utbildningar har genomförts:") states its facts.
  const listed = primary.unit.leadIn ? listAfter(index, primary).map((u) => fitOf(u.text) * 0.9) : [];
  // A question in two parts ("how much …, and when …") is answered part by part (unansweredParts):
  // a candidate that states the kind of fact one part asks for is a fit.
  const partFits = analysis.parts.length > 1 ? analysis.parts.map((part) => fitOf(primary.unit.text, part.asks)) : [];
  const typeFit = Math.max(primary.typeFit, ...factUnits.map((u) => u.typeFit * 0.9), ...listed, ...partFits);
  const signature = signatureTitle(index, primary) !== undefined;
  const text = primary.unit.text.toLowerCase();
  const namesAmount = analysis.amountStems.length === 0 || analysis.amountStems.some((stem) => text.includes(stem));
  const next = index.unitsOf(primary.passage)[primary.unit.index + 1];
  const amountIn = (text: string) => hasMoney(text) || (analysis.asks.percent && hasPercent(text));
  const statesAmount = namesAmount && (analysis.amountStems.length === 0 || amountIn(primary.unit.text) || (next !== undefined && amountIn(next.text)));
  // The sentences on either side count: what the question's words found near the primary may belong to them.
  const around = () => index.unitsOf(primary.passage).slice(Math.max(0, primary.unit.index - 1), primary.unit.index + 2).map((u) => u.text).join(' ');
  const otherPeriod =
    (analysis.question.search(NAMED_PERIOD) >= 0 && namesOtherPeriod(analysis.question, around())) ||
    countedForOtherYears(analysis, primary.unit.text, statesFact);
  return { primary, matched, subjectMatched, coverage, typeFit, signature, statesAmount, otherPeriod };
}

/**
 * Sentences of the primary's passage that count the same thing for another part of the year
 * ("Under hösten genomfördes 14 utbildningar" beside "13 utbildningar under våren"), when the question
 * asks for a count and names no season or month itself.
 */
function otherPeriodCounts(index: AnswerIndex, analysis: QuestionAnalysis, primary: ScoredUnit, fitOf: (text: string) => number): ScoredUnit[] {
  const { months, periodMonths } = analysis.temporal;
  if (!analysis.asks.number || months.length > 0 || periodMonths.length > 0 || analysis.countedStems.length === 0) return [];
  const own = periodMonthsIn(primary.unit.text);
  if (own.length === 0) return [];
  // The question's own test for a count of the thing it counts.
  const counts = (text: string) => fitOf(text) >= THRESHOLDS.typeFit;
  if (!counts(primary.unit.text)) return [];
  return index
    .unitsOf(primary.passage)
    .filter((u) => {
      const months = periodMonthsIn(u.text);
      return u !== primary.unit && months.length > 0 && !months.some((m) => own.includes(m)) && counts(u.text);
    })
    .slice(0, 2)
    .map((unit) => ({ ...primary, unit }));
}

/**
 * "Hur många träffar hölls 2015?" asked of "Nätverket bildades under 2015. Målet under 2016 är … träffar vid två
 * tillfällen per termin": the unit names the year, but the figure stands in its sentence about another year.
 */
function countedForOtherYears(analysis: QuestionAnalysis, text: string, states: (sentence: string) => boolean): boolean {
  const { asks, strictYears } = analysis;
  if (strictYears.length === 0 || !(asks.number || asks.money || asks.measure || asks.percent)) return false;
  const sentences = sentencesOf(text);
  if (sentences.length < 2) return false;
  const stating = sentences.filter(states);
  return stating.length > 0 && stating.every((sentence) => {
    const years = yearsIn(sentence);
    return years.length > 0 && years.every((y) => !strictYears.includes(y));
  });
}

/** The question names its year: outright, or with the document it names ("enligt överenskommelsen 2020"). */
function yearIsAsked(analysis: QuestionAnalysis): boolean {
  return analysis.strictYears.length > 0 || (analysis.years.length === 0 && analysis.temporal.years.length > 0);
}

/**
 * "Finansplan 2019–2021" names one plan: "Finansplan 2018-2020" is another, though its years overlap. True when the
 * text names a plan (program, strategi …) the question names by its period, for another period, and not for that one.
 */
function namesOtherPeriod(question: string, text: string): boolean {
  for (const asked of question.matchAll(NAMED_PERIOD)) {
    const name = asked[1].toLowerCase();
    const period = `${asked[2]}-${fullYear(asked[2], asked[3])}`;
    let other = false;
    for (const stated of text.matchAll(NAMED_PERIOD)) {
      if (stated[1].toLowerCase() !== name) continue;
      if (`${stated[2]}-${fullYear(stated[2], stated[3])}` === period) return false;
      other = true;
    }
    if (other) return true;
  }
  return false;
}

/**
 * Whether the unit, or its heading, carries the weightiest name among the concepts `which` keeps (the weightiest
 * word when the question names nothing): "Finansplan" in "Vilket dnr har Finansplan 2019–2021?".
 */
function namesHeaviest(weighted: WeightedConcept[], unit: ScoredUnit, which: (w: WeightedConcept) => boolean): boolean {
  const names = weighted.some((w) => which(w) && w.concept.kind !== 'term');
  let heaviest = -1;
  weighted.forEach((w, i) => {
    if (which(w) && (!names || w.concept.kind !== 'term') && (heaviest < 0 || w.idf > weighted[heaviest].idf)) heaviest = i;
  });
  return heaviest < 0 || unit.matched[heaviest] >= 0.8;
}

/** Why a candidate set cannot be the answer, or undefined when it passes. */
function rejectionOf(analysis: QuestionAnalysis, weighted: WeightedConcept[], set: EvidenceSet): Rejection['reason'] | undefined {
  const candidate = set.primary;
  if (criticalMissing(weighted, set.subjectMatched).length > 0) return 'missing-entity';
  // A name the question uses ("Barnahus") is what it is about: evidence that never names it is about something else.
  // A figure, date or person must stand near the name a question writes out ("Inlandsinnovation"): its passage, or
  // the one before, may be about another company. (An abbreviation is often only in the section's heading.)
  const nameNeeded = (w: WeightedConcept) => (needsTypedFact(analysis) && !w.concept.critical ? THRESHOLDS.nameNearFact : THRESHOLDS.critical);
  if (weighted.some((w, i) => w.concept.kind === 'name' && set.subjectMatched[i] < nameNeeded(w))) return 'missing-entity';
  if (yearIsAsked(analysis) && candidate.yearFit < THRESHOLDS.yearFit) return 'wrong-year';
  if (candidate.otherMonth || set.otherPeriod) return 'wrong-year';
  // "What's on the agenda / what did PSVO decide on 13 June": a schedule listing that day among others ("2024-03-14,
  // 2024-06-13, 2024-09-19 …") says only that a meeting was held.
  // ("Blir det något möte den 28 november?" asks whether one is held: a schedule answers that.)
  if (!analysis.asks.date && !analysis.asks.time && CONTENT_ASKED.test(analysis.question) && analysis.temporal.dates.some((d) => d.day !== undefined) && daysListed(candidate.unit.text) >= SCHEDULE_DATES) return 'no-fact-of-asked-kind';
  // ("Vad beslutade rådet den 23 maj?": "Nästa sammanträde hålls torsdag 23 maj" announces that meeting, not what it decided.)
  if (!analysis.asks.date && !analysis.asks.time && CONTENT_ASKED.test(analysis.question) && analysis.temporal.dates.some((d) => d.day !== undefined) && NEXT_MEETING_ANNOUNCED.test(candidate.unit.text)) return 'no-fact-of-asked-kind';
  // "länsplanen för 2026–2037", "Regionplan 2019–2021": a plan period names one plan; the plan for 2022–2033 is another.
  if (!statesAskedPeriods(analysis.question, candidate)) return 'wrong-year';
  if (candidate.otherBody && needsTypedFact(analysis)) return 'missing-entity';
  if (candidate.coverage < THRESHOLDS.primaryCoverage || set.coverage < THRESHOLDS.coverage) return 'low-coverage';
  if (candidate.unit.countyTable && measuredShare(weighted, candidate) < TABLE_MEASURE_SHARE) return 'low-coverage';
  if (needsTypedFact(analysis) && set.typeFit < THRESHOLDS.typeFit) return 'no-fact-of-asked-kind';
  if (!set.statesAmount) return 'no-fact-of-asked-kind';
  // "Which six kommuner …" is answered by naming them, not by a sentence that counts them.
  if (MUNICIPALITIES_ASKED.test(analysis.question) && set.typeFit < THRESHOLDS.typeFit) return 'no-fact-of-asked-kind';
  // "Who was named årets X" needs the name in the sentence about the naming, not in a signature nearby.
  const outsideTime = outsideTimeClause(analysis.question);
  if (analysis.asks.personName && (ownShare(weighted, candidate, (w) => outsideTime(w.concept.label)) < 0.5 || candidate.typeFit < THRESHOLDS.typeFit)) return 'no-fact-of-asked-kind';
  // "Vilket dnr har Finansplan …" is answered by the line that gives the diary number.
  // … on the line naming what it numbers (a register lists one document per line).
  // The county's name ("Jämtlands läns ungdomsstrategi") is written on every line of a register: it names nothing there.
  // Any fact on a register's line (its date, the body that adopted it) is its own document's.
  const namesRegistered = () => namesHeaviest(weighted, candidate, (w) => !DIARY_ASKED.test(w.concept.label) && !COUNTY_SCOPE_WORD.test(w.concept.label));
  if (DIARY_ASKED.test(analysis.question) && !hasDiaryNumber(candidate.unit.text)) return 'no-fact-of-asked-kind';
  if (hasDiaryNumber(candidate.unit.text) && (DIARY_ASKED.test(analysis.question) || needsTypedFact(analysis)) && !namesRegistered()) return 'no-fact-of-asked-kind';
  // "Who chaired …" needs a sentence that names the holder, not one that only mentions the role.
  if (analysis.asks.person && analysis.roleKind && SINGLE_HOLDER_ROLES.has(analysis.roleKind) && !statesRoleHolder(candidate.unit.text, analysis.roleKind) && !(analysis.roleKind === 'signatory' && set.signature)) return 'no-fact-of-asked-kind';
  // "Vem är vice ordförande i Destinationsforum": a holder named under another organ's heading ("7.2 Besöksnäringsrådet")
  // is that organ's, though the next section names the one asked about.
  if (analysis.asks.person && analysis.roleKind && SINGLE_HOLDER_ROLES.has(analysis.roleKind) && headedByOtherOrgan(weighted, candidate)) return 'missing-entity';
  // "Vem är projektledare för Brand och skog": the post asked is named with the person, not only in another sentence.
  // (A question in parts asks each part's person in its own sentence.)
  const post = analysis.parts.length > 1 ? undefined : PERSON_TITLE_ASKED.exec(analysis.question)?.[0].split(/\s+/).pop()?.toLowerCase();
  if (post && weighted.some((w) => w.concept.label.toLowerCase() === post) && !foldKey(candidate.unit.text).includes(foldKey(post).slice(0, -2))) return 'no-fact-of-asked-kind';
  // "Vem är sekreterare i Viltforum" asked of "Rune Ek, sekreterare i Rovdjursgruppen Mitt, berättar …": the sentence
  // ties the role to another organ.
  if (analysis.asks.person && analysis.roleKind && SINGLE_HOLDER_ROLES.has(analysis.roleKind) && holdsRoleInOtherOrgan(weighted, candidate.unit.text)) return 'missing-entity';
  // "Vilket resultat är budgeterat för Fjällbanan AB": a figure under another company's heading ("Skogsbolaget Norr AB")
  // is that company's, though a list elsewhere names the one asked about.
  if (headedByOtherCompany(analysis.question, candidate)) return 'missing-entity';
  // "Who chairs the tjänstemannaberedning för barn och unga": the organ asked about, and what it is for, are named
  // where its chair is, not in a sentence about another organ next to it.
  if (analysis.asks.person && analysis.roleKind && SINGLE_HOLDER_ROLES.has(analysis.roleKind) && weighted.some((w) => ORGAN_WORD.test(w.concept.label))) {
    // (A clause setting the time, "när Tjärnström slutade", names no more of the organ.)
    const named = (w: WeightedConcept) => outsideTime(w.concept.label) && !ROLE_WORDS.some((r) => r.pattern.test(w.concept.label));
    if (weighted.some((w, i) => named(w) && candidate.matched[i] < 0.5)) return 'missing-entity';
  }
  return undefined;
}

/** "hela 2024", "helåret", "the whole year": the question stresses the year's total. */
const WHOLE_YEAR_STRESSED = /(?<![\p{L}])(?:hela (?:året|(?:19|20)\d{2})|helåret|helår|(?:the )?(?:whole|full|entire) (?:year|(?:19|20)\d{2})|all (?:of )?(?:19|20)\d{2})(?![\p{L}\d])/iu;
const PART_OF_YEAR = /(?<![\p{L}])(?:första|andra) (?:halvåret|tertialet|kvartalet)|(?:first|second) (?:half|quarter)|hittills i år|so far this year/iu;

/** How many days a sentence lists to be a schedule of meetings. */
const SCHEDULE_DATES = 3;
const CONTENT_ASKED = /(?<![\p{L}])(?:vad|what|vilka|vilket|vilken|which|agenda|dagordning\p{L}*|föredragningslist\p{L}*|beslut\p{L}*|decid\p{L}*|discuss\p{L}*|behandla\p{L}*|tas upp|ta upp|taken up)(?![\p{L}])/iu;
/** The days a sentence names: "2024-03-14", "den 9 juni" (with or without the year). */
function daysListed(text: string): number {
  return Math.max(datesInText(text).length, daysOfMonthIn(text).length);
}

/** An organ's name as a heading: "7.2 Besöksnäringsrådet", "Kollektivtrafikgruppen". */
const ORGAN_HEADING = new RegExp(String.raw`^(?:[\d.]+\s+)?(\p{Lu}\p{L}*${ORGAN_NOUN}(?:et|en|n)?)$`, 'u');

/** A word naming an organ, in any form ("tjänstemannaberedning", "Besöksnäringsrådet", "kommunchefsgruppen"). */
const ORGAN_WORD = new RegExp(String.raw`^\p{L}{3,}${ORGAN_NOUN}(?:et|en|n)?$`, 'iu');


function headedByOtherOrgan(weighted: WeightedConcept[], candidate: ScoredUnit): boolean {
  const heading = ORGAN_HEADING.exec(candidate.passage.source.section.at(-1)?.trim() ?? '');
  if (!heading) return false;
  const organ = foldKey(heading[1]);
  // The question's own words for an organ ("Destinationsforum") that the heading does not name.
  return weighted.some((w, i) => ORGAN_HEADING.test(w.concept.label) && candidate.inUnit[i] < 0.5 && !w.concept.forms.some((f) => f.stems.some((st) => organ.startsWith(st))));
}

/** "Vem är projektledare …", "who is the coordinator …": a person holding a post is asked for. */
const PERSON_TITLE_ASKED = /(?<![\p{L}])(?:vem|who)\s+(?:är|var|is|was)\s+(?:the\s+)?\p{L}*(?:ledare|chef|samordnare|handläggare|strateg|direktör|manager|coordinator|director)(?![\p{L}])/iu;

/** A role tied to the organ named after it: "sekreterare i Rovdjursgruppen Mitt", "ordförande för Länsgruppen". */
// ("Sammankallande i LEV är …": a body known by three capitals.)
const ROLE_IN_ORGAN = /(?<![\p{L}])(?:[Oo]rdförande|[Ss]ekreterare|[Ss]ammankallande)\s+(?:i|för)\s+(\p{Lu}(?:[\p{L}-]{3,}|\p{Lu}{2}(?![\p{L}])))/gu;

function holdsRoleInOtherOrgan(weighted: WeightedConcept[], text: string): boolean {
  const organs = [...text.matchAll(ROLE_IN_ORGAN)].map((m) => tokenize(m[1]));
  const asked = weighted.filter((w) => !ROLE_WORDS.some((r) => r.pattern.test(w.concept.label)));
  return organs.length > 0 && organs.every((tokens) => !asked.some((w) => conceptMatch(w.concept, tokens) >= 0.8));
}

/** A company's name: capitalised words ending in "AB". */
const COMPANY = /(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})\s+AB(?![\p{L}])/gu;

function headedByOtherCompany(question: string, candidate: ScoredUnit): boolean {
  const heading = /^(?:[\d.]+\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})\s+AB$/u.exec(candidate.passage.source.section.at(-1)?.trim() ?? '');
  if (!heading) return false;
  const asked = [...question.matchAll(COMPANY)].map((m) => foldKey(m[1]));
  return asked.length > 0 && !asked.some((name) => foldKey(heading[1]).includes(name) || name.includes(foldKey(heading[1])));
}

const YEAR_RANGE = /(?<!\d)((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)?\d{2})(?![\d-])/g;

function yearRangesIn(text: string): string[] {
  return [...text.matchAll(YEAR_RANGE)].map((m) => `${m[1]}-${m[2].length === 2 ? m[1].slice(0, 2) + m[2] : m[2]}`);
}

/** Each period the question names ("2026–2037") is stated by the evidence, its section or its document's title. */
function statesAskedPeriods(question: string, candidate: ScoredUnit): boolean {
  const asked = yearRangesIn(question);
  if (asked.length === 0) return true;
  // The passage counts too: a title block spaced out digit by digit ("2 0 2 1 – 2 0 2 5") heads the unit's page.
  const around = [candidate.unit.text, candidate.passage.source.title, ...candidate.passage.source.section, candidate.passage.text].join(' ');
  const stated = new Set(yearRangesIn(around.replace(/(?<![\d ])(\d) (\d) (\d) (\d)(?![ \d])/g, '$1$2$3$4')));
  return asked.every((range) => stated.has(range));
}

/**
 * A county table (or its row) states, for each municipality, only what the table measures: "hur många sökte Första
 * linjen i Strömsund" is not answered by Strömsund's row of visits per clinic. The share of what the question asks
 * besides the municipality that the table's caption and column headings carry, or its document's title and heading.
 */
function measuredShare(weighted: WeightedConcept[], candidate: ScoredUnit): number {
  let total = 0;
  let carried = 0;
  weighted.forEach((w, i) => {
    if (w.concept.local || /^kommun/i.test(w.concept.label) || municipalitiesIn(w.concept.label).length > 0) return;
    total += w.idf;
    // What the table is about ("SDK-anslutningen", "inflyttarservice") may be named only in its document's title or heading.
    carried += w.idf * Math.max(candidate.inUnit[i], candidate.matched[i] >= 0.8 ? candidate.matched[i] : 0);
  });
  return total === 0 ? 1 : carried / total;
}

/** How close to a summary line's score its detail must come. */
const DETAIL_RATIO = 0.7;

/**
 * The sentence outside the report's summary of the year, in the same report, that names the asked subject as fully as
 * the summary's line does ("Mottagningen för cancerrehabilitering … öppnade den 2 oktober 2023" for "Under hösten
 * öppnade en mottagning för cancerrehabilitering …").
 */
function detailOfSummaryLine(primary: ScoredUnit, scored: ScoredUnit[]): ScoredUnit | undefined {
  return scored.find(
    (s) =>
      s !== primary &&
      s.score >= DETAIL_RATIO * primary.score &&
      s.passage.source.documentId === primary.passage.source.documentId &&
      !inYearSummary(s.passage) &&
      s.inUnit.every((m, i) => m >= primary.inUnit[i]),
  );
}

/** The next sentences of the primary's passage not yet quoted (less those `skip` names), put first among the supporting units. */
function followedBy(index: AnswerIndex, primary: ScoredUnit, supporting: ScoredUnit[], scored: ScoredUnit[], count: number, skip = (_: Unit) => false): ScoredUnit[] {
  const quoted = new Set(supporting.map((u) => u.unit));
  const next = index.unitsOf(primary.passage).slice(primary.unit.index + 1, primary.unit.index + 1 + count).filter((u) => !quoted.has(u) && !skip(u));
  return [...next.map((u) => scored.find((s) => s.unit === u) ?? { ...primary, unit: u }), ...supporting];
}

/** Beyond this, a sentence says what it has to say by itself. */
const COMPLETED_BY_NEXT = 300;
/** Sentences after a short answering one offered to complete it, as far as the answer has room. */
const NEXT_SENTENCES = 4;

const BARE_PARAGRAPH_MARK = /^\s*§\s*\d{1,4}\s*$/;

/**
 * "Ansökan om utvecklingsmedel har lämnats in. Syftet är att utveckla stödet för elever …": a short sentence that
 * answers is often completed by the next one in its passage (the aim, the figure, the name that goes with it).
 */
function nextSentencesOf(index: AnswerIndex, primary: ScoredUnit, supporting: ScoredUnit[], scored: ScoredUnit[]): ScoredUnit[] {
  if (primary.unit.headingLike || primary.unit.text.length > COMPLETED_BY_NEXT) return [];
  const out: ScoredUnit[] = [];
  const units = index.unitsOf(primary.passage);
  for (let i = primary.unit.index + 1; i < units.length && out.length < NEXT_SENTENCES; i += 1) {
    const next = units[i];
    // A bare "§ 41" on a meeting page starts the next item; the sentences after it are about that.
    if (next.headingLike || BARE_PARAGRAPH_MARK.test(next.text)) break;
    if (supporting.some((s) => s.unit === next)) continue;
    out.push(scored.find((s) => s.unit === next) ?? { ...primary, unit: next });
  }
  return out;
}

function sameNeighbourhood(a: ScoredUnit, b: ScoredUnit): boolean {
  return a.passage.id === b.passage.id || a.passage.source.documentId === b.passage.source.documentId;
}

/** Units of the chosen passage after the chosen unit, then of the next passages of the same document. */
function followingUnits(index: AnswerIndex, chosen: ScoredUnit, passages = 3): Unit[] {
  const out = index.unitsOf(chosen.passage).slice(chosen.unit.index + 1);
  let position = index.passagePosition(chosen.passage.id);
  for (let n = 1; n < passages && position !== undefined; n += 1) {
    const next = index.kb.passages[position + 1];
    if (!next || next.source.documentId !== chosen.passage.source.documentId) break;
    out.push(...index.unitsOf(next));
    position += 1;
  }
  return out;
}

const SHORT_ITEM = 90;
/** Passages after a heading searched for the numbered sections it announces. */
const SERIES_PASSAGES = 10;
const SUMMARY_SENTENCES = 3;
/** Sentences after the one naming what a "how" or "why" question is about that are quoted for the way or the reason. */
const METHOD_SENTENCES = 2;

/**
 * Sub-headings that each end in the same label ("Energi och klimat Innehåll", "Företagsetablering Innehåll"):
 * a list spread over sections, flattened by the text dump. Returned without the label, in reading order.
 */
function markedSubHeadings(index: AnswerIndex, units: Unit[]): Unit[] {
  const counts = new Map<string, number>();
  for (const unit of units) {
    const label = /\s(\p{Lu}\p{Ll}{2,15}):?$/u.exec(unit.text.trim())?.[1];
    if (label && unit.text.length <= 120) counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  const label = [...counts].find(([, n]) => n >= 3)?.[0];
  // Agenda lines ending in the same presenter's name are not sections.
  if (!label || [...index.personNames.keys()].some((name) => name.endsWith(` ${label.toLowerCase()}`))) return [];
  const ending = new RegExp(`\\s${label}:?$`, 'u');
  return units.filter((u) => u.text.length <= 120 && ending.test(u.text.trim())).map((u) => ({ ...u, text: u.text.trim().replace(ending, '') }));
}

/** "Insatsområde 2 Digital ledinformation …", "Målområde B – Bostäder för alla": a heading numbered or lettered in a series. */
const SERIES_HEADING = /^(\p{Lu}\p{Ll}{2,})\s+(\d{1,2}|[A-H])\s+(?:[–-]\s+)?\p{L}/u;

/**
 * Sub-headings numbered in a series under the chosen heading ("Insatsområde 1 Ledhuvudmannaskap …",
 * "Insatsområde 2 Digital ledinformation …"), each followed by its own lines: the series is the list.
 */
function numberedSeries(units: Unit[]): Unit[] {
  const series = new Map<string, Unit[]>();
  for (const whole of units) {
    // ("Målområde A – Ett ökat och varierat bostadsbyggande": lettered in series too.)
    const m = SERIES_HEADING.exec(whole.text);
    if (!m) continue;
    // "Mål 3 God tillgång till kommersiell service i hela länet Invånare och besökare …": the dump ran the heading into
    // its text; the heading ends before the sentence's capital.
    const title = whole.text.length > 120 ? /^.{10,100}?\p{Ll}(?=\s+\p{Lu}\p{Ll}+\s+\p{Ll})/u.exec(whole.text)?.[0] : whole.text;
    if (!title) continue;
    const unit = title === whole.text ? whole : { ...whole, text: title };
    const list = series.get(m[1]) ?? [];
    const ordinal = seriesOrdinal(m[2]);
    const previous = list.length > 0 ? seriesOrdinal(/^\s*(\d{1,2}|[A-H])/.exec(list[list.length - 1].text.slice(m[1].length))?.[1] ?? '') : ordinal - 1;
    // Consecutive numbers; the series may begin in the heading the dump joined to the first item ("… Insatsområde 1 …").
    if (ordinal === previous + 1 && (list.length > 0 || ordinal <= 2)) list.push(unit);
    series.set(m[1], list);
  }
  return [...series.values()].find((list) => list.length >= 2) ?? [];
}

/** "3" → 3, "C" → 3. */
function seriesOrdinal(mark: string): number {
  return /^\d+$/.test(mark) ? Number(mark) : /^[A-H]$/.test(mark) ? mark.charCodeAt(0) - 64 : Number.NaN;
}

/** "5 Insatsområden": a chapter's number and title. */
const CHAPTER_NUMBER = /^(\d{1,2})\.?\s+\p{Lu}\p{L}+/u;

/**
 * "5 Insatsområden" followed by sections "5.1 Offentlig måltid …", "5.2 Primärproduktion …": the numbered
 * sub-sections of the chosen heading (each its own passage) are its list.
 */
function numberedSubSections(index: AnswerIndex, chosen: ScoredUnit): Unit[] {
  // "6 INSATSOMRÅDEN" over "Arbetet bedrivs inom fem insatsområden:" (or "Handlingsplanen har fyra insatsområden."):
  // the lead-in announces its chapter's sections.
  const chapter = chosen.unit.leadIn || countsItems(chosen.unit.text) ? chosen.passage.source.section.at(-1) : undefined;
  const major = CHAPTER_NUMBER.exec(chosen.unit.text.trim())?.[1] ?? (chapter ? CHAPTER_NUMBER.exec(chapter)?.[1] : undefined);
  if (!major) return [];
  const found: Unit[] = [];
  const prefix = `${major}.`;
  for (const unit of followingUnits(index, chosen, 12)) {
    if (!unit.text.startsWith(prefix)) continue;
    const minor = /^\d{1,2}\.(\d{1,2})\s+\p{Lu}/u.exec(unit.text);
    if (minor && Number(minor[1]) === found.length + 1) found.push({ ...unit, text: unit.text.split(/\s+[-–•]\s+|\s{2,}/)[0] });
  }
  return found.length >= 2 ? found : [];
}

/**
 * "1. Planberedskap och mark" with its bullets under it, "2. Bostäder för äldre …" with its own: the numbered
 * items, 1, 2, 3 … in a row, are the list; the bullets between them are their contents.
 */
function topLevelItems(units: Unit[]): Unit[] {
  const items: Unit[] = [];
  let bulletsBetween = false;
  for (const unit of units) {
    if (!unit.listItem) break;
    if (unit.itemNumber === items.length + 1) items.push(unit);
    else if (unit.itemNumber === undefined && items.length > 0) bulletsBetween = true;
  }
  return items.length >= 2 && bulletsBetween ? items : [];
}

const COUNT_WORDS = new Map(
  [
    ['två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv'],
    ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'],
  ].flatMap((list) => list.map((w, i) => [w, i + 2] as const)),
);

/** "fem insatsområden": a sentence counting things, which the sections under its chapter may be. */
function countsItems(text: string): boolean {
  return [...text.matchAll(/(?<![\p{L}\d])(\p{L}+)\s+(?=\p{L})/gu)].some((m) => COUNT_WORDS.has(m[1].toLowerCase()));
}

/** The number of items a lead-in ending in a colon announces ("… har valt fyra prioriterade områden:"), if any. */
export function announcedCount(leadIn: string): number | undefined {
  if (!/:\s*$/.test(leadIn)) return undefined;
  const clause = leadIn.split(/[.!?]\s/).pop() ?? leadIn;
  let count: number | undefined;
  for (const m of clause.matchAll(/(?<![\p{L}\d])(\p{L}+|\d{1,2})\s+(?=\p{L})/gu)) {
    const word = m[1].toLowerCase();
    const n = /^\d+$/.test(word) ? Number(word) : COUNT_WORDS.get(word);
    if (n !== undefined && n >= 2 && n <= 12) count = n;
  }
  return count;
}

/**
 * The list a chosen unit introduces. After a lead-in ("… tre områden:") the list is the run of
 * items that follows, up to the first full sentence. After a heading followed by prose, the list
 * is the short lines (sub-headings, items) among the text that follows.
 */
export function listAfter(index: AnswerIndex, chosen: ScoredUnit, maxItems = 10, resultsAsked = false): Unit[] {
  const following = followingUnits(index, chosen);
  const items: Unit[] = [];
  const isSentence = (u: Unit) => /[.!?]$/.test(u.text);
  // "Följande aktiebolag … ägs till minst 20%." announces a list as a colon does.
  const announces = /(?<![\p{L}])(följande|nedanstående|the following)(?![\p{L}])/iu.test(chosen.unit.text);
  const opens = chosen.unit.leadIn || chosen.unit.headingLike || announces || following[0]?.listItem === true;
  const subSections = numberedSubSections(index, chosen);
  if (subSections.length > 0) return subSections.slice(0, maxItems);
  const numberedItems = topLevelItems(following.slice(0, 40));
  if (opens && numberedItems.length > 0) return numberedItems.slice(0, maxItems);
  if (!opens || following.length === 0) return items;
  // "… enats om tre långsiktiga mål:" over three sentences in the same passage (their bullet glyphs lost): those are
  // the three, not a numbered series of sections further down.
  const announced = announcedCount(chosen.unit.text);
  const rightUnder = announced === undefined ? [] : following.slice(0, announced);
  if (rightUnder.length === announced && rightUnder.every((u) => u.passageId === chosen.unit.passageId && u.text.length <= 220 && !u.headingLike)) return rightUnder;
  // Bullets right under a lead-in are its list, whatever shapes the text further down takes.
  const bulletsFollow = chosen.unit.leadIn && following[0].listItem;
  const subHeadings = bulletsFollow ? [] : markedSubHeadings(index, following.slice(0, 30));
  if (subHeadings.length > 0) return subHeadings.slice(0, maxItems);
  // A series of sections ("Insatsområde 1 …", "Insatsområde 2 …") may run over more passages than a list does.
  const numbered = bulletsFollow ? [] : numberedSeries(followingUnits(index, chosen, SERIES_PASSAGES).slice(0, 80));
  if (numbered.length > 0) return numbered.slice(0, maxItems);
  // "… fyra prioriterade områden:" says how many items follow, whatever their shape.
  if (announced !== undefined) {
    for (const unit of following) {
      if (items.length >= announced || unit.text.length > 220) break;
      items.push(unit);
    }
    return items;
  }
  // The text right under a lead-in or heading is its content, whatever its shape.
  items.push(following[0]);
  // After "… att:" the items are often sentences whose bullet glyphs were lost: short ones still belong to the list.
  const colonLead = /:\s*$/.test(chosen.unit.text) || announces;
  for (const unit of following.slice(1)) {
    if (items.length >= maxItems) break;
    if (!unit.listItem && (isSentence(unit) || unit.text.length > 220) && !(colonLead && unit.text.length <= 200 && !unit.headingLike)) break;
    // A bulleted list ends at the first line without a bullet after its last item ("- tillgänglig.").
    // After a heading-like lead-in ("Intervjuade aktörer"), two or more bullets are the list: a line without one is the next slide.
    if (!unit.listItem && items.every((u) => u.listItem) && (isSentence(items[items.length - 1]) || items.length >= 2)) break;
    // A heading followed by prose starts the next section.
    const next = following[following.indexOf(unit) + 1];
    if (unit.headingLike && !unit.listItem && next && isSentence(next) && next.text.length > 60) break;
    items.push(unit);
  }
  if (items.length > 1 || !chosen.unit.headingLike || !isSentence(items[0])) return items;
  // "Vilka resultat fick nätverket": what a heading over prose achieved is that prose, up to the next heading, not
  // the headings of the sections after it.
  if (resultsAsked) {
    for (const unit of following.slice(1, 4)) {
      if (unit.headingLike || !isSentence(unit)) break;
      items.push(unit);
    }
    return items;
  }
  // A heading over prose: its list is the short lines (sub-headings, items) in the text below.
  for (const unit of following.slice(1)) {
    if (items.length >= maxItems) break;
    if (!isSentence(unit) && unit.text.length <= SHORT_ITEM) items.push(unit);
  }
  return items;
}

/** A notice dated the day it was sent names its meeting's day in its opening ("kallas till sammanträde den 11 september"). */
export function opensWithDay(index: AnswerIndex, analysis: QuestionAnalysis, documentId: string): boolean {
  return datesInText(index.passagesOfDocument(documentId)[0]?.text ?? '').some((iso) => dateMatches(analysis, iso));
}

export function selectEvidence(
  index: AnswerIndex,
  analysis: QuestionAnalysis,
  weighted: WeightedConcept[] = weighConcepts(index, analysis),
  options: { exclude?: (unit: ScoredUnit) => boolean } = {},
): Selection | Rejection {
  if (weighted.length === 0) return { reason: 'no-candidates' };
  const ranked = rankPassages(index, analysis, weighted);
  // "Who signed <document>": its signature block carries none of the question's words, so it is added to the candidates.
  if (analysis.roleKind === 'signatory' && analysis.documentIds.length > 0) {
    const named = new Set(analysis.documentIds);
    for (const passage of index.kb.passages) {
      if (!named.has(passage.source.documentId) || ranked.some((r) => r.passage === passage)) continue;
      const units = index.unitsOf(passage);
      if (units.some((_, u) => isSignatureLine(units, u))) ranked.push({ passage, score: 0 });
    }
  }
  if (ranked.length === 0) return { reason: 'no-candidates' };
  const matcher = new QuestionMatcher(weighted, vocabularyMatchesOf(index));
  const scored = scoreUnits(index, analysis, weighted, ranked.map((r) => r.passage), matcher).filter((s) => !options.exclude?.(s));
  const fitOf = (text: string, asks: Asks = analysis.asks, conceptMask?: readonly boolean[]) => typeFit(index, { ...analysis, asks }, text, weighted, matcher, conceptMask);
  if (scored.length === 0) return { reason: 'no-candidates' };

  // "Who chaired the meeting on 3 March 2026": a holder named for the year, or on another day's papers, did not chair a
  // meeting that no paper is dated and no sentence names.
  const chairOfDay = analysis.asks.person && analysis.roleKind !== undefined && SINGLE_HOLDER_ROLES.has(analysis.roleKind) && MEETING_WORD.test(analysis.question) && analysis.temporal.dates.some((d) => d.day !== undefined);
  // "Vad ska Skogsrådet besluta om på sammanträdet den 11 maj 2027": likewise what a meeting on a day takes up.
  const dayNamed = analysis.temporal.dates.some((d) => d.day !== undefined);
  const contentOfDay = dayNamed && !analysis.asks.date && !analysis.asks.time && MEETING_WORD.test(analysis.question) && CONTENT_ASKED.test(analysis.question);
  // "Vem föredrar punkt 4 på styrgruppens möte 10/4", "what time does the ägarsamråd on 18/4 start": an item's
  // presenter or a meeting's hour is told by that day's papers, not by a standing rule or another meeting's item.
  const itemOfDay = dayNamed && !analysis.asks.date && (analysis.temporal.itemNumber !== undefined || analysis.asks.time || (MEETING_WORD.test(analysis.question) && analysis.asks.person));
  // (A notice's own date is often only its meeting's: the papers a meeting of that day was read from.)
  const papersOfDay = new Set(dayNamed ? index.kb.records.meetings.filter((m) => dateMatches(analysis, m.date)).map((m) => m.source.documentId) : []);
  const dayUntold = (candidate: ScoredUnit): Rejection['reason'] | undefined => {
    if (!chairOfDay && !contentOfDay && !itemOfDay) return undefined;
    const documentId = candidate.passage.source.documentId;
    const document = index.kb.documentById(documentId);
    const paperOfDay = isMeetingPaper(document) && (dateMatches(analysis, document?.date) || papersOfDay.has(documentId) || (itemOfDay && opensWithDay(index, analysis, documentId)));
    if (paperOfDay) return undefined;
    // (What a meeting takes up is told by the sentence naming its day, not by a schedule beside it.)
    const told = chairOfDay ? candidate.passage.text : candidate.unit.text;
    return datesInText(told).some((iso) => dateMatches(analysis, iso)) ? undefined : 'wrong-year';
  };
  // ("When was the handlingsplan adopted, and what's in it": a part asking no date does not make a strategy's cover line
  // the plan's adoption.)
  const otherPaperAdopted = (candidate: ScoredUnit): Rejection['reason'] | undefined =>
    adoptsOtherPaper(analysis.question, candidate.unit.text, index.kb.documentById(candidate.passage.source.documentId)?.title) ? 'no-fact-of-asked-kind' : undefined;
  // "hur många timmar bokades under hela 2024": a figure for "januari–juni 2024" counts part of the year, whether it is
  // the candidate's or, when the candidate states none, the one beside it.
  const wholeYearStressed = WHOLE_YEAR_STRESSED.test(analysis.question);
  const partOfYear = (candidate: ScoredUnit, cover: ScoredUnit[]): Rejection['reason'] | undefined => {
    if (!wholeYearStressed) return undefined;
    const figures = candidate.typeFit >= THRESHOLDS.typeFit ? [candidate] : [candidate, ...cover];
    return figures.some((u) => periodMonthsIn(u.unit.text).length > 0 || PART_OF_YEAR.test(u.unit.text)) ? 'wrong-year' : undefined;
  };
  // Multi-part questions are answered by a small set: the candidate and the units that cover what it lacks.
  // Judged once per candidate: the close second (closeRunnerUp) asks again about candidates already judged.
  const verdicts = new Map<ScoredUnit, { cover: ScoredUnit[]; reason: Rejection['reason'] | undefined }>();
  const verdictOn = (candidate: ScoredUnit) => {
    let verdict = verdicts.get(candidate);
    if (!verdict) {
      const cover = coverRemaining(analysis, weighted, candidate, scored);
      verdict = { cover, reason: rejectionOf(analysis, weighted, evidenceSet(index, analysis, weighted, candidate, cover, scored, fitOf)) ?? dayUntold(candidate) ?? otherPaperAdopted(candidate) ?? partOfYear(candidate, cover) };
      verdicts.set(candidate, verdict);
    }
    return verdict;
  };
  let primary: ScoredUnit | undefined;
  let supporting: ScoredUnit[] = [];
  let firstReason: Rejection['reason'] | undefined;
  for (const candidate of scored.slice(0, 10)) {
    const { cover, reason } = verdictOn(candidate);
    if (!reason) {
      primary = candidate;
      supporting = [...cover];
      break;
    }
    firstReason ??= reason;
  }
  if (!primary) return { reason: firstReason ?? 'low-coverage', best: scored[0] };

  const elaboration = elaborationOf(index, analysis, primary, scored);
  if (elaboration) {
    primary = elaboration.primary;
    supporting = elaboration.supporting;
  }
  const chosen = primary;
  primary = listLeadFor(index, analysis, primary, scored);
  if (primary !== chosen) supporting = coverRemaining(analysis, weighted, primary, scored);
  // "Primärkommunala samverkansrådet har … . Under 2021 har … tre områden …:": the list is announced
  // right after the sentence that names its subject; quote both, the list after them.
  const lead = analysis.asks.list && !primary.unit.leadIn && !primary.unit.headingLike ? index.unitsOf(primary.passage)[primary.unit.index + 1] : undefined;
  if (lead?.leadIn) {
    const subject = primary;
    primary = scored.find((s) => s.unit === lead) ?? { ...primary, unit: lead };
    supporting = [subject, ...supporting.filter((s) => s.unit !== lead)];
  }
  // "… görs en bedömning av tjänstemannastödet … Berörda samverkansorgan är FoU-rådet, …, IFO-chefer samt
  // förvaltningschefer.": the list a "which" question asks for is named in a sentence close after; quote it first.
  const enumeration = analysis.asks.list && !lead?.leadIn ? inlineListAfter(index, weighted, primary, scored) : undefined;
  if (enumeration) {
    supporting = [primary, ...supporting.filter((s) => s.unit !== enumeration.unit)];
    primary = enumeration;
  }
  for (const part of unansweredParts(analysis, weighted, primary, supporting, fitOf)) {
    const extra = bestForPart(index, analysis, weighted, part, primary, supporting, scored, fitOf);
    if (extra) supporting.push(extra);
  }
  // "How many courses in 2021?" answered by "13 utbildningar under våren": the count for the rest of the year goes with it.
  for (const other of otherPeriodCounts(index, analysis, primary, fitOf)) if (!supporting.some((s) => s.unit === other.unit)) supporting.push(other);
  const title = analysis.asks.person ? signatureTitle(index, primary) : undefined;
  if (title && !supporting.some((u) => u.unit === title.unit)) supporting.unshift(scored.find((s) => s.unit === title.unit) ?? title);
  const before = antecedentOf(index, analysis, primary, scored);
  if (before && !supporting.includes(before)) supporting.unshift(before);
  // "X reserverar sig mot beslutet till förmån för eget yrkande": what X moved is the sentence saying so above.
  const motion = ownMotionOf(index, primary, scored);
  if (motion && !supporting.some((s) => s.unit === motion.unit)) supporting.unshift(motion);
  const after = continuationOf(index, analysis, weighted, primary, scored);
  if (after && !supporting.includes(after)) {
    // The continuation brings the list items that follow it.
    const units = index.unitsOf(after.passage);
    const items = [];
    for (let i = after.unit.index + 1; i < units.length && units[i].listItem && items.length < 6; i += 1) items.push({ ...after, unit: units[i] });
    supporting.unshift(after, ...items);
  }
  // "What did X achieve": a report's summary of the year goes on with the year's other results.
  // So does a section headed as its results ("Resultat av pilotprojektet"): its sentences are what was achieved.
  if (analysis.asks.results && (inYearSummary(primary.passage) || inResultsSection(primary.passage))) {
    supporting = followedBy(index, primary, supporting, scored, SUMMARY_SENTENCES);
    // … and a summary's line on the asked subject has its detail further on in the report: the section's sentence
    // naming the subject as fully, with the sentences after it, comes first among them.
    const detail = inYearSummary(primary.passage) ? detailOfSummaryLine(primary, scored) : undefined;
    if (detail) supporting = [detail, ...followedBy(index, detail, supporting.filter((s) => s.unit !== detail.unit), scored, SUMMARY_SENTENCES)];
  }
  // "Hur ska nya satsningar finansieras?": the sentence naming the aim is followed by the way ("Det innebär att …",
  // "Detta kräver …", "… genom ökade externa intäkter").
  if (analysis.asks.method || (analysis.asks.cause && !CAUSE_STATED.test(primary.unit.text))) {
    supporting = followedBy(index, primary, supporting, scored, METHOD_SENTENCES, (u) => u.headingLike);
  }
  const rows = analysis.asks.list ? tableRowsAround(index, primary) : [];
  // A lead-in ending in a colon ("Enligt Socialstyrelsen är god vård:") is answered by the lines under it, whatever was asked;
  // so is a heading ("3.1 Regionens åtaganden") asked what it holds, not for a date or figure beside it.
  const wantsList = analysis.asks.list || analysis.asks.results || analysis.asks.goal || analysis.asks.person || primary.unit.leadIn || (primary.unit.headingLike && !needsTypedFact(analysis));
  const series = analysis.asks.list && rows.length === 0 ? namedSeriesOf(index, analysis, primary) : [];
  const listItems = rows.length > 0 ? rows : series.length > 0 ? series : !title && wantsList ? listAfter(index, primary, 10, analysis.asks.results) : [];
  // The items complete the lead-in: sentences from other documents would read as its items.
  if (primary.unit.leadIn && listItems.length > 0) supporting = supporting.filter((s) => s.passage.source.documentId === primary.passage.source.documentId);
  const otherYear = analysis.years.length === 0 ? sameFactOtherYear(primary, scored) : undefined;
  const nextSentences = listItems.length === 0 ? nextSentencesOf(index, primary, supporting, scored) : [];
  const runnerUp = closeRunnerUp(chosen, [primary, ...supporting, ...nextSentences], listItems, scored, (candidate) => !verdictOn(candidate).reason);
  return { primary, supporting, listItems, otherYear, nextSentences, runnerUp, weighted };
}

/**
 * Scores this close do not tell the right sentence from its neighbour reliably (over the blind sets, the right sentence
 * ranked second in about one in five wrongly answered questions); the second one, if it would pass every check as the
 * answer, is quoted last, in what room the answer has left.
 */
const RUNNER_UP_RATIO = 0.75;

function closeRunnerUp(
  chosen: ScoredUnit,
  quoted: ScoredUnit[],
  listItems: Unit[],
  scored: ScoredUnit[],
  wouldAnswer: (candidate: ScoredUnit) => boolean,
): ScoredUnit | undefined {
  for (const candidate of scored.slice(0, 10)) {
    if (candidate.score < RUNNER_UP_RATIO * chosen.score) break;
    if (candidate === chosen || candidate.unit.headingLike) continue;
    if (quoted.some((q) => q.unit === candidate.unit) || listItems.includes(candidate.unit)) continue;
    if (wouldAnswer(candidate)) return candidate;
  }
  return undefined;
}

const SERIES_ITEM = /(?:^|\s)(\p{Lu}\p{Ll}{3,})\s+(\d{1,2})\s*[–:-]\s*(\p{Lu}.{2,80})$/u;
const DOCUMENT_SCAN = 400;

/**
 * "Vilka insatsområden finns i planen?" over sections "Insatsområde 1 – Offentliga tak först", "Insatsområde 2 – …":
 * the numbered series the question's noun names, anywhere in the chosen document, is the list.
 */
function namedSeriesOf(index: AnswerIndex, analysis: QuestionAnalysis, primary: ScoredUnit): Unit[] {
  const noun = askedListNoun(analysis.question);
  if (!noun) return [];
  const found: Unit[] = [];
  const documentId = primary.passage.source.documentId;
  const position = (index.passagePosition(primary.passage.id) ?? 0) - DOCUMENT_SCAN;
  for (let i = Math.max(0, position); i < index.kb.passages.length && i < position + 2 * DOCUMENT_SCAN; i += 1) {
    const passage = index.kb.passages[i];
    if (passage.source.documentId !== documentId) continue;
    for (const unit of index.unitsOf(passage)) {
      const m = SERIES_ITEM.exec(unit.text);
      if (!m || Number(m[2]) !== found.length + 1) continue;
      const head = stem(foldKey(m[1]));
      if (!head.startsWith(noun) && !noun.startsWith(head)) continue;
      found.push({ ...unit, text: `${m[1]} ${m[2]} – ${m[3]}` });
    }
  }
  return found.length >= 2 ? found : [];
}

/**
 * The sentence at or just after the chosen one that names things in a row, where the words
 * before the list carry a word of the question ("Berörda samverkansorgan är …" for "vilka samverkansorgan").
 */
function inlineListAfter(index: AnswerIndex, weighted: WeightedConcept[], primary: ScoredUnit, scored: ScoredUnit[]): ScoredUnit | undefined {
  const units = index.unitsOf(primary.passage);
  for (let i = primary.unit.index; i <= primary.unit.index + 2 && i < units.length; i += 1) {
    // Where the words before the list name what is asked, three things are a list ("Viktiga områden … är a, b och c").
    const listing = inlineEnumeration(units[i].text, 3);
    if (!listing) continue;
    const subject = contentTokens(listing.subject);
    if (!weighted.some((w) => conceptMatch(w.concept, subject) >= 0.8)) continue;
    if (i === primary.unit.index) return undefined;
    return scored.find((s) => s.unit === units[i]) ?? { ...primary, unit: units[i] };
  }
  return undefined;
}

/**
 * Sub-questions whose kind of fact (a count, a date, a person) no chosen unit states about the part's own words:
 * "Hur många butiker finns i länet, och hur många är sista butik?" wants both counts, not one count twice.
 */
function unansweredParts(
  analysis: QuestionAnalysis,
  weighted: WeightedConcept[],
  primary: ScoredUnit,
  supporting: ScoredUnit[],
  fitOf: (text: string, asks?: Asks, conceptMask?: readonly boolean[]) => number,
): QuestionPart[] {
  if (analysis.parts.length < 2) return [];
  const chosen = [primary, ...supporting];
  const servedBy = new Map<QuestionPart, ScoredUnit[]>();
  const concepts = new Map(analysis.parts.map((part) => [part, partConcepts(weighted, part)]));
  const unanswered = analysis.parts.filter((part) => {
    const { inPart, aboutPart } = concepts.get(part)!;
    // "vad har mätningarna visat, och vilket problem togs upp?": a part asking no kind of fact wants a sentence about its own words.
    if (!asksKindOfFact(part)) return !chosen.some(aboutPart);
    const { definition } = part.asks;
    // "Vad avses med X, och hur mycket …": the definition part wants the sentence that defines, not one that names X.
    const states = (u: ScoredUnit) => fitOf(u.unit.text, part.asks, inPart) >= partFitNeeded(part) && (!definition || definesSomething(u.unit.text));
    const serving = chosen.filter((u) => states(u) && aboutPart(u));
    servedBy.set(part, serving);
    return serving.length === 0;
  });
  // "how many fewer visits, and how many hours": two parts asking the same kind of fact want two facts. When one
  // sentence is all that serves both, the part it says less about is looked for in a sentence of its own.
  for (const [i, part] of analysis.parts.entries()) {
    const serving = servedBy.get(part);
    if (serving?.length !== 1) continue;
    const other = analysis.parts.find((o, j) => j !== i && sameKindOfFact(o, part) && servedBy.get(o)?.length === 1 && servedBy.get(o)?.[0] === serving[0]);
    if (other && concepts.get(part)!.share(serving[0]) < concepts.get(other)!.share(serving[0])) unanswered.push(part);
  }
  return unanswered;
}

function kindOfFact(part: QuestionPart): string | undefined {
  const { person, date, time, number, percent, money, measure } = part.asks;
  return person ? 'person' : date || time ? 'date' : number || percent || money || measure ? 'figure' : undefined;
}

function sameKindOfFact(a: QuestionPart, b: QuestionPart): boolean {
  return kindOfFact(a) !== undefined && kindOfFact(a) === kindOfFact(b);
}

function asksKindOfFact(part: QuestionPart): boolean {
  const { person, date, time, number, definition, cause } = part.asks;
  return person || date || time || number || definition || cause;
}

// Not "var", which is also "was" ("X var ordförande och …").
const ASKING_WORD = /(?<![\p{L}])(?:hur|vad|vem|vems|vilka|vilket|vilken|när|how|what|who|whom|whose|when|which|where)(?![\p{L}])/iu;

/**
 * The question's concepts written in one part, the share of their weight a unit carries, and whether it carries at
 * least half. A part asking no kind of fact is known only by its own words: what stands before the first part's
 * question word ("RSR 30/5, ANDT-diskussionen: vad …") is the setting of every part, not one part's words.
 */
function partConcepts(weighted: WeightedConcept[], part: QuestionPart): { inPart: boolean[]; share: (u: ScoredUnit) => number; aboutPart: (u: ScoredUnit) => boolean } {
  const asked = asksKindOfFact(part) ? part.text : part.text.slice(Math.max(0, part.text.search(ASKING_WORD)));
  const partWords = new Set(asked.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  const inPart = weighted.map((w) => w.concept.label.toLowerCase().split(/[^\p{L}\p{N}]+/u).every((word) => !word || partWords.has(word)));
  const partWeight = weighted.reduce((sum, w, i) => sum + (inPart[i] ? w.idf : 0), 0);
  const share = (u: ScoredUnit) => (partWeight === 0 ? 0 : weighted.reduce((sum, w, i) => sum + (inPart[i] ? w.idf * u.inUnit[i] : 0), 0) / partWeight);
  const aboutPart = (u: ScoredUnit) => partWeight === 0 || share(u) >= 0.5;
  return { inPart, share, aboutPart };
}

/**
 * A whole question about a person may be answered by the body or title holding the role; one part of two asking
 * "vem är processledare" is answered only by a sentence naming someone.
 */
function partFitNeeded(part: QuestionPart): number {
  return part.asks.person ? 1 : THRESHOLDS.typeFit;
}

const PARTS_OF_ONE_MATTER = 4;

/** Two passages under one top heading ("§ 74 …" › "Yrkanden", "§ 74 …" › "Reservation"). */
function sameTopSection(a: Passage, b: Passage): boolean {
  return a.source.documentId === b.source.documentId && a.source.section.length > 1 && b.source.section.length > 1 && a.source.section[0] === b.source.section[0];
}

/** The unit near the primary that answers one sub-question: its kind of fact, and most of its words. */
function bestForPart(
  index: AnswerIndex,
  analysis: QuestionAnalysis,
  weighted: WeightedConcept[],
  part: QuestionPart,
  primary: ScoredUnit,
  supporting: ScoredUnit[],
  scored: ScoredUnit[],
  fitOf: (text: string, asks?: Asks, conceptMask?: readonly boolean[]) => number,
): ScoredUnit | undefined {
  const { inPart, aboutPart } = partConcepts(weighted, part);
  const at = index.passagePosition(primary.passage.id) ?? -10;
  let best: { unit: ScoredUnit; score: number } | undefined;
  for (const candidate of scored) {
    if (candidate === primary || supporting.includes(candidate)) continue;
    const distance = Math.abs((index.passagePosition(candidate.passage.id) ?? 1e9) - at);
    // The parts of one § ("Yrkanden", "Propositionsordning", "Reservation") are one matter, a few passages apart.
    if (distance > 1 && !(distance <= PARTS_OF_ONE_MATTER && sameTopSection(candidate.passage, primary.passage))) continue;
    if (!asksKindOfFact(part) && !aboutPart(candidate)) continue;
    if (fitOf(candidate.unit.text, part.asks, inPart) < partFitNeeded(part)) continue;
    if (part.asks.definition && !definesSomething(candidate.unit.text)) continue;
    const adjacent = candidate.passage.id === primary.passage.id && Math.abs(candidate.unit.index - primary.unit.index) <= 2 ? 1 : 0;
    const score = weighted.reduce((sum, w, i) => sum + (inPart[i] ? w.idf * candidate.inUnit[i] : 0), 0) + adjacent + 0.1 * candidate.score;
    if (!best || score > best.score) best = { unit: candidate, score };
  }
  return best?.unit;
}

const normalized = (text: string) => text.toLowerCase().replace(/[–—]/g, '-').replace(/\s+/g, ' ').trim();

/**
 * A question that names an item ("under the goal Ökad produktionskapacitet") asks about what the
 * documents say under that item, not for the list that mentions it: answer from the text under the
 * heading of the same name.
 */
function elaborationOf(index: AnswerIndex, analysis: QuestionAnalysis, primary: ScoredUnit, scored: ScoredUnit[]): { primary: ScoredUnit; supporting: ScoredUnit[] } | undefined {
  const name = normalized(primary.unit.text);
  if (name.length < 6 || name.length > 80 || !normalized(analysis.question).includes(name)) return undefined;
  // A heading with its own lines under it ("4.2 Näringsliv … › Övergripande mål" and its goals) is elaborated
  // there, not under a same-named heading of another section.
  const own = index.unitsOf(primary.passage)[primary.unit.index + 1];
  if (primary.unit.headingLike && own !== undefined && !own.headingLike) return undefined;
  for (const passage of new Set(scored.map((s) => s.passage))) {
    const units = index.unitsOf(passage);
    const heading = units.find((u) => u.headingLike && normalized(u.text) === name && u !== primary.unit);
    if (!heading) continue;
    const under = units.slice(heading.index + 1, heading.index + 4).filter((u) => !u.headingLike);
    if (under.length === 0) continue;
    const asScored = under.map((u) => scored.find((s) => s.unit === u) ?? { ...primary, passage, unit: u, inUnit: primary.inUnit.map(() => 0), typeFit: 0, score: 0 });
    const best = [...asScored].sort((a, b) => b.typeFit - a.typeFit || b.score - a.score)[0];
    return { primary: best, supporting: asScored.filter((u) => u !== best) };
  }
  return undefined;
}

/** A list question answered by one item of a list gets the whole list: start from its lead-in. */
/** A row of a table flattened to one line per row: a short label followed by amounts or shares ("Torsta AB + 312 tkr 40 %"). */
function isTableRow(unit: Unit): boolean {
  return unit.text.length <= 100 && !/[.!?:]$/.test(unit.text.trim()) && /^\p{L}/u.test(unit.text) && /\d[\d ,.]*\s*(%|tkr|mkr|kr\b|procent)/.test(unit.text);
}

/**
 * The other rows of the table a chosen row belongs to, in reading order, also across the passage
 * boundary a row heading may have caused. A question asking "which" wants every row, not one.
 */
function tableRowsAround(index: AnswerIndex, primary: ScoredUnit): Unit[] {
  if (!isTableRow(primary.unit)) return [];
  const before: Unit[] = [];
  const after: Unit[] = [];
  let units = index.unitsOf(primary.passage);
  for (let i = primary.unit.index - 1; i >= 0 && isTableRow(units[i]); i -= 1) before.unshift(units[i]);
  if (before.length === primary.unit.index) {
    const position = index.passagePosition(primary.passage.id);
    const previous = position !== undefined && position > 0 ? index.kb.passages[position - 1] : undefined;
    if (previous && previous.source.documentId === primary.passage.source.documentId) {
      const previousUnits = index.unitsOf(previous);
      for (let i = previousUnits.length - 1; i >= 0 && isTableRow(previousUnits[i]); i -= 1) before.unshift(previousUnits[i]);
    }
  }
  units = index.unitsOf(primary.passage);
  for (let i = primary.unit.index + 1; i < units.length && isTableRow(units[i]); i += 1) after.push(units[i]);
  return before.length + after.length >= 2 ? [...before, ...after] : [];
}

/** The question's job title ("enhetschef", "samordnare") stands in the item. */
function titleAskedIn(analysis: QuestionAnalysis, text: string): boolean {
  const asked = analysis.question.match(ASKED_TITLE) ?? [];
  return asked.some((word) => text.toLowerCase().includes(word.toLowerCase()));
}

const ASKED_TITLE = /\p{L}*(?:chef|samordnare|strateg|sekreterare|handläggare|direktör|ansvarig|ledare)(?![\p{L}])/giu;

function listLeadFor(index: AnswerIndex, analysis: QuestionAnalysis, primary: ScoredUnit, scored: ScoredUnit[]): ScoredUnit {
  // (A table's row, read under its headings, states its fact itself: the headings lead no list.)
  if (!(analysis.asks.list || analysis.asks.goal || analysis.asks.person || (analysis.asks.results && !analysis.asks.number)) || !primary.unit.listItem || (primary.unit.tableRow && !analysis.asks.list)) return primary;
  // "Who covered as besöksnäringsstrateg while Lina Ersson was on leave?": a question naming a person asks about someone
  // related to them; the list item naming that one other person answers, not the staff list's lead-in.
  const namesPerson = personNamesIn(analysis.question, index.personNames).length > 0;
  if (analysis.asks.person && !analysis.asks.list && namesPerson && personNamesIn(primary.unit.text, index.personNames).length === 1 && primary.typeFit >= 1) return primary;
  // "vem var tf enhetschef hösten 2023": the item naming the people and the post asked states it; the list's other items do not.
  if (analysis.asks.person && !analysis.asks.list && !analysis.asks.goal && personNamesIn(primary.unit.text, index.personNames).length > 0 && primary.typeFit >= 1 && titleAskedIn(analysis, primary.unit.text)) return primary;
  const units = index.unitsOf(primary.passage);
  let first = primary.unit.index;
  while (first > 0 && units[first - 1].listItem) first -= 1;
  let lead: Unit | undefined = units[first - 1];
  let passage = primary.passage;
  if (!lead && first === 0) {
    // The list starts a passage: its lead-in ends the one before.
    const position = index.passagePosition(primary.passage.id);
    const previous = position !== undefined && position > 0 ? index.kb.passages[position - 1] : undefined;
    if (previous && previous.source.documentId === primary.passage.source.documentId) {
      lead = index.unitsOf(previous).at(-1);
      passage = previous;
    }
  }
  // "Under projektets tre första år har inflyttarservicen" + bullets: a clause the items complete leads them as a colon does.
  if (!lead || !(lead.leadIn || lead.headingLike || !/[.!?;]$/.test(lead.text.trim()))) return primary;
  return scored.find((s) => s.unit === lead) ?? { ...primary, passage, unit: lead };
}

const FOR_OWN_MOTION = /till förmån för (?:eget|sitt|sina|egna?)\s+(?:\p{L}+\s+)?yrkande/iu;
const MOTION_SENTENCE = /(?<![\p{L}])yrka(?:r|de)(?![\p{L}])/iu;

/** The motion a dissent in favour of its own refers to: the same member's "yrkar …" sentence earlier in the §. */
function ownMotionOf(index: AnswerIndex, primary: ScoredUnit, scored: ScoredUnit[]): ScoredUnit | undefined {
  // (… or the sentence under the "Reservation" heading chosen.)
  const dissent = [primary.unit, index.unitsOf(primary.passage)[primary.unit.index + 1]].find((u) => u !== undefined && FOR_OWN_MOTION.test(u.text));
  if (!dissent) return undefined;
  const surname = /^\s*\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)/u.exec(dissent.text)?.[1];
  if (!surname) return undefined;
  const position = index.passagePosition(primary.passage.id) ?? 0;
  // (The motions stand under "Yrkanden", a heading or two above the dissent's "Reservation".)
  for (let p = position; p >= Math.max(0, position - 3); p -= 1) {
    const passage = index.kb.passages[p];
    if (passage.source.documentId !== primary.passage.source.documentId) break;
    const units = index.unitsOf(passage);
    const motion = units.find((u) => u !== dissent && u.text.includes(surname) && MOTION_SENTENCE.test(u.text));
    if (motion) return scored.find((s) => s.unit === motion) ?? { ...primary, passage, unit: motion };
  }
  return undefined;
}

/**
 * The sentence the primary points back to: "Det är Region Jämtland Härjedalens värdegrund." to the one before it;
 * "Nämnden är också styrelse för folkhögskolorna.", answering who, to the nearest one naming the body in full.
 */
function antecedentOf(index: AnswerIndex, analysis: QuestionAnalysis, primary: ScoredUnit, scored: ScoredUnit[]): ScoredUnit | undefined {
  if (analysis.asks.person && DEFINITE_BODY.test(primary.unit.text)) return namingBodyBefore(index, primary, scored);
  // "Därför är omställning … ett prioriterat område": asked why, the reason is the sentence before.
  if (analysis.asks.cause && REASON_BEFORE.test(primary.unit.text)) return previousSentence(index, primary, scored);
  // "Vad blev utfallet av § 17": a § 's decision is read whole, from the first sentence under its "Beslut".
  if (analysis.temporal.paragraphNumber !== undefined && /^beslut$/i.test(primary.passage.source.section.at(-1)?.trim() ?? '')) return previousSentence(index, primary, scored);
  if (!/^(det|detta|dessa|denna|den|de|här|där|i den|i detta|i dessa|this|these|that|in it)\b/i.test(primary.unit.text) || primary.unit.text.length > 160) return undefined;
  // "Den regionala effekten …" opens with an article, not a pronoun: only "Det/Den/De" before a verb points back.
  if (/^(det|den|de)\s/i.test(primary.unit.text) && !/^(det|den|de)\s+(är|var|blir|blev|har|hade|kan|ska|skulle|kommer|innebär|omfattar|gäller|handlar|visar|ger|gav|finns|fanns|sker|skedde)\b/i.test(primary.unit.text)) return undefined;
  return previousSentence(index, primary, scored);
}

const REASON_BEFORE = /^(?:därför|det är därför|av (?:det|den|detta) (?:skälet|anledningen)|av dessa (?:skäl|anledningar)|mot (?:den|denna) bakgrund(?:en)?|med anledning av (?:detta|det)|that is why|therefore|for this reason)\b/iu;

function previousSentence(index: AnswerIndex, primary: ScoredUnit, scored: ScoredUnit[]): ScoredUnit | undefined {
  const previous = index.unitsOf(primary.passage)[primary.unit.index - 1];
  if (!previous || previous.headingLike) return undefined;
  return scored.find((s) => s.unit === previous) ?? { ...primary, unit: previous };
}

const DEFINITE_BODY = /^(nämnden|styrelsen|utskottet|rådet|beredningen|förbundet|gruppen)\b/i;
const BODY_LOOKBACK = 12;

/** The nearest sentence naming the body a "Nämnden …" sentence speaks of ("Regionala utvecklingsnämnden har hand om …"), in its passage or the one before. */
function namingBodyBefore(index: AnswerIndex, primary: ScoredUnit, scored: ScoredUnit[]): ScoredUnit | undefined {
  const noun = DEFINITE_BODY.exec(primary.unit.text)?.[1].toLowerCase();
  if (!noun) return undefined;
  const naming = new RegExp(`\\p{L}{3,}${noun}(?![\\p{L}])`, 'iu');
  const position = index.passagePosition(primary.passage.id);
  const previous = position !== undefined ? index.kb.passages[position - 1] : undefined;
  // Nearest first: back through the primary's passage, then the one before it in the same document.
  const back = index.unitsOf(primary.passage).slice(0, primary.unit.index).reverse().map((unit) => ({ passage: primary.passage, unit }));
  if (previous?.source.documentId === primary.passage.source.documentId) back.push(...index.unitsOf(previous).slice().reverse().map((unit) => ({ passage: previous, unit })));
  const found = back.slice(0, BODY_LOOKBACK).find(({ unit }) => naming.test(unit.text));
  if (!found) return undefined;
  return scored.find((s) => s.unit === found.unit) ?? { ...primary, passage: found.passage, unit: found.unit };
}

/** "… pekat ut fem prioriteringar. Dessa är arbete/näringsliv, …": the next sentence names what this one announces. */
function continuationOf(index: AnswerIndex, analysis: QuestionAnalysis, weighted: WeightedConcept[], primary: ScoredUnit, scored: ScoredUnit[]): ScoredUnit | undefined {
  let next = index.unitsOf(primary.passage)[primary.unit.index + 1];
  let passage = primary.passage;
  if (!next) {
    const position = index.passagePosition(primary.passage.id);
    const following = position !== undefined ? index.kb.passages[position + 1] : undefined;
    if (following && following.source.documentId === primary.passage.source.documentId) {
      next = index.unitsOf(following)[0];
      passage = following;
    }
  }
  if (!next || next.headingLike) return undefined;
  const found = scored.find((s) => s.unit === next);
  // Label–value layouts of plans: "Aktivitet …" then "Aktivitetsmål ‒ 165 kontakter …" answers "Vilka aktivitetsmål …".
  const firstWord = tokenize(next.text.split(/\s+/)[0] ?? '');
  const labelled = weighted.some((w, i) => w.concept.kind !== 'entity' && primary.inUnit[i] < 0.85 && conceptMatch(w.concept, firstWord) >= 0.85);
  if (labelled) return found ?? { ...primary, passage, unit: next, inUnit: primary.inUnit.map(() => 0) };
  const announced = /^(dessa|de|det|detta|these|they|those)\s+(är|var|blir|utgörs|omfattar|are|were|include)\b/i.test(next.text);
  // "I FoU-rådet ingår en representant … Mittuniversitetet har en representant …": a who/which answer continues
  // while the next sentence carries the same key word of the question.
  const enumerates =
    (analysis.asks.person || analysis.asks.list) &&
    found !== undefined &&
    next.text.length <= 250 &&
    weighted.some((w, i) => w.concept.kind === 'term' && primary.inUnit[i] >= 0.85 && found.inUnit[i] >= 0.85);
  if (!announced && !enumerates) return undefined;
  return found ?? { ...primary, unit: next };
}

/** Greedy cover: add units that carry concepts or the asked kind of fact the primary unit lacks. */
function coverRemaining(analysis: QuestionAnalysis, weighted: WeightedConcept[], primary: ScoredUnit, scored: ScoredUnit[]): ScoredUnit[] {
  const total = weighted.reduce((sum, w) => sum + w.idf, 0) || 1;
  // What the primary's headings already name (the unit, the topic) needs no other sentence.
  const covered = primary.inUnit.map((m, i) => Math.max(m, primary.matched[i] >= 0.8 ? primary.matched[i] : 0));
  let typeCovered = primary.typeFit;
  const chosen: ScoredUnit[] = [];
  for (let round = 0; round < 2; round += 1) {
    let best: { unit: ScoredUnit; gain: number } | undefined;
    for (const candidate of scored.slice(0, 60)) {
      if (candidate === primary || chosen.includes(candidate)) continue;
      if (candidate.yearFit < THRESHOLDS.yearFit && analysis.strictYears.length > 0) continue;
      let gain = 0;
      weighted.forEach((w, i) => {
        if (candidate.inUnit[i] > covered[i]) gain += (w.idf * (candidate.inUnit[i] - covered[i])) / total;
      });
      if (needsTypedFact(analysis) && typeCovered < 1) gain += 0.3 * Math.max(0, candidate.typeFit - typeCovered);
      if (!sameNeighbourhood(primary, candidate)) gain *= 0.6;
      // What the primary's own passage says next is the likelier rest of the answer.
      else if (candidate.passage.id !== primary.passage.id) gain *= 0.85;
      // Stay with sentences that are themselves about the question.
      if (candidate.coverage < THRESHOLDS.coverage * 0.8) gain *= 0.3;
      if (!best || gain > best.gain) best = { unit: candidate, gain };
    }
    if (!best || best.gain < 0.12) break;
    chosen.push(best.unit);
    best.unit.inUnit.forEach((m, i) => (covered[i] = Math.max(covered[i], m)));
    typeCovered = Math.max(typeCovered, best.unit.typeFit);
  }
  return chosen.sort((a, b) => (a.passage.id === b.passage.id ? a.unit.index - b.unit.index : 0));
}

/** A near-identical statement from another year's document (2020 vs 2021 reports). */
function sameFactOtherYear(primary: ScoredUnit, scored: ScoredUnit[]): ScoredUnit | undefined {
  return scored.find(
    (s) =>
      s !== primary &&
      s.passage.year !== undefined &&
      primary.passage.year !== undefined &&
      s.passage.year !== primary.passage.year &&
      s.coverage >= primary.coverage * 0.95 &&
      s.score >= primary.score * 0.85,
  );
}

export function isSelection(result: Selection | Rejection): result is Selection {
  return 'primary' in result;
}
