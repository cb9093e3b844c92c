/**
 * Question understanding: language, what kind of answer is wanted, the concepts that evidence must
 * carry (question words with their Swedish expansions, linked entities), years, dates and items.
 */
import type { LogicalDocument, RoleKind } from '../knowledge/index.js';
import { ORGAN_WORD } from '../knowledge/patterns.js';
import type { AnswerIndex, Entity } from './answer-index.js';
import { entityKey, nameStems, vocabularyFrom } from './answer-index.js';
import { dateMatches, extractTemporalFacts, monthNumber, RELATIVE_YEAR, type QuestionDate, type TemporalFacts } from './dates.js';
import { compoundInitialismPhrases, compoundInitialismWords, initialismPhrases } from './initialisms.js';
import { fullYear, NAMED_PERIOD } from './features.js';
import { detectLanguage, type Language } from './language.js';
import { COMMON_ABBREVIATIONS, COUNTY_MUNICIPALITIES, DOCUMENT_KIND_ABBREVIATIONS, EN_PHRASES, EN_TO_SV, QUESTION_FRAME_WORDS, ROLE_WORDS, STOPWORDS_EN, STOPWORDS_SV, SPENT_ON_VERBS, SV_PHRASES, SV_SYNONYMS } from './lexicon.js';
import { foldKey, matchToken, stem, words } from './text.js';

/** One way a concept can appear in text: all stems present (any order), weighted. */
export interface ConceptForm {
  stems: string[];
  weight: number;
}

export interface Concept {
  label: string;
  forms: ConceptForm[];
  /** Entities and typed names must be in the evidence; ordinary words may be paraphrased. */
  critical: boolean;
  kind: 'entity' | 'name' | 'term';
  entity?: Entity;
  /** A place the fact is asked for ("i Härjedalens kommun"): only the sentence or its heading can state it, not the text around it. */
  local?: boolean;
}

export interface Asks {
  person: boolean;
  /** "Who was elected / named / awarded …": a person's name, not a title or a body that acts. */
  personName: boolean;
  /** "Why / what caused it / vad berodde det på": a cause. */
  cause: boolean;
  /** Where a meeting is held. */
  place: boolean;
  date: boolean;
  time: boolean;
  number: boolean;
  /** "How much / hur mycket / by how much": a quantity (amount, share, range, measure), not a count of things. */
  measure: boolean;
  money: boolean;
  percent: boolean;
  definition: boolean;
  list: boolean;
  results: boolean;
  agenda: boolean;
  goal: boolean;
  /** "Hur ska nya satsningar finansieras", "how will care come closer": the way something is done. */
  method: boolean;
}

export interface QuestionAnalysis {
  question: string;
  language: Language;
  asks: Asks;
  roleKind?: RoleKind;
  concepts: Concept[];
  temporal: TemporalFacts;
  /** Years the question is about, relative years resolved. */
  years: number[];
  /** Years the question names on their own: evidence about another year is rejected for these. */
  strictYears: number[];
  /** Years that only name a plan by its period ("förvaltningsplanen 2027–2033") in a question about a day. */
  planYears: number[];
  entities: Entity[];
  /** Abbreviation or term whose meaning is asked ("Vad står RUG för"). */
  definitionTarget?: string;
  /** The words a definition question asks about, as typed ("vad menas med låsbar plats i …" → "låsbar plats"). */
  definedWords?: string;
  /** Stem of the document the question points to ("enligt regionplanen" → "regionplan"). */
  documentHint?: string;
  /** Documents the question names by their title ("Verksamhetsplan och budget 2016–2018"). */
  documentIds: string[];
  /** Stems of what a "how many / hur många" question counts ("how many days" → dag). */
  countedStems: string[];
  /** The counted noun is one the documents count under known names (meetings): only a count of it answers. */
  countedNounIsKnown: boolean;
  /** Swedish stems of the amount a money question asks for ("what was the compensation" → ersättning). */
  amountStems: string[];
  /** Sub-questions of a question that asks several things ("När …, av vem, och vilket diarienummer …"). */
  parts: QuestionPart[];
}

export interface QuestionPart {
  text: string;
  asks: Asks;
}

/** "MAR", "MAJ" in capitals are abbreviations (medicinskt ansvarig för rehabilitering), not months. */
const ACRONYM = /^[A-ZÅÄÖ]{3,}$/;
const PART_START = /(?:,\s*(?:(?:och|and)\s+)?|\s+(?:och|and)\s+)(?=(?:(?:in|of|for|at|on|from|i|på|för|av|från)\s+)?(?:av vem|hur|vad|vem|vilka|vilket|vilken|när|var|how|what|who|whom|when|which|where|from which|at what)\b)/i;

/** Splits "X, och hur många Y?" into its questions; one part when it asks one thing. */
function questionParts(question: string, temporal: TemporalFacts): QuestionPart[] {
  const texts = question.split(PART_START).map((t) => t.trim()).filter((t) => t.length > 3);
  return texts.map((text) => ({ text, asks: detectAsks(text, texts.length > 1 ? { ...temporal, itemNumber: undefined } : temporal) }));
}

/** "enligt verksamhetsplanen …", "according to the Regionplan …", "in the Verksamhetsplan …": the document named. */
function documentHintOf(question: string): string | undefined {
  for (const m of question.matchAll(/(?<![\p{L}])(?:enligt|according to(?: the)?|in the|i)\s+([\p{L}][\p{L}\-]{5,})/giu)) {
    const word = m[1].toLowerCase();
    if (isStopword(word) || !/(berättelse|plan|beskrivning|protokoll|kallelse|rapport|överenskommelse|budget|avtal|program|strategi|utdrag|förslag)/.test(word)) continue;
    return stem(foldKey(word));
  }
  return undefined;
}

/** "Vilken paragraf …", "which §": the question asks for the § an agenda item was recorded under. */
export const PARAGRAPH_ASKED = /§(?!\s*\d)|(?<![\p{L}])paragra(?:f|ph)\p{L}*/iu;

/** "Vilket parti tillhör X", "which party is X from": a political party, stated as "(S)" or by name. */
export const PARTY_ASKED = /(?<![\p{L}])(?:vilket parti|vilka partier|which party|what party|which parties|partitillhörighet|partibeteckning)(?![\p{L}])/iu;

/** "vad menas med X i …", "vad är en X", "what is meant by X": X, up to a preposition that names where. */
const DEFINED_WORDS = /(?:(?:begreppet|termen|uttrycket|the term)\s+|vad ingår i (?:en |ett )?|vad (?:menas|avses) med|vad räknas som (?:en |ett )?|vad gör (?:en |ett )|\bdefine[sd]?\s+(?:a |an |the )?|definieras\s+(?:en |ett )?|definition(?:en)? (?:of|av) (?:a |an |the )?|vad (?:är|betyder|innebär) (?:en |ett |det |den )?|what is meant by|what counts as (?:a |an |the )?|what (?:is|are|does) (?:a |an |the )?|how (?:is|are) (?:a |an |the )?(?=.+?\s(?:defined|counted|measured)\b))\s*(.+?)(?=\s+(?:i|in|enligt|according|på|för|inom|mean|stand|defined|counted|measured)\b|[?.!]|$)/i;

/** "List the …", not "on the board's list" (an agenda, asked about for one item). */
const LIST_ASKED = /\blist\b(?<!\b(?:the|its|their|on)\s+(?:\S+\s+)?list)(?<!'s list)/;

const METHOD_ASKED = /\b(?:hur (?:ska|skall|kan|kunde|görs|gjordes|gör|sker|skedde|kommer|vet)|på vilket sätt|how (?:will|should|can|could|is|are|does|do|did|was|were)\b(?! (?:many|much|long|often|large|big|old|high))|in what way|by what means)\b/;

/** A word that makes a question of what follows ("vad sa de om finansieringen"): not a bare fragment. */
/** "when does X count as Y", "när räknas X som Y": a condition asked, not a date. */
export const CONDITION_ASKED = /(?<![\p{L}])(?:när|when)(?![\p{L}])[^?]{0,60}?(?<![\p{L}])(?:count(?:s|ed)? as|considered|regarded as|qualif(?:y|ies) as|räknas(?:\s+\S+){1,4}?\s+som|anses(?:\s+\S+){1,4}?\s+som)(?![\p{L}])/iu;

const QUESTION_WORD = /\b(vad|vem|vilk\w+|hur|när|var|varför|what|who|which|how|when|where|why)\b/;

/** "what is the deadline", "sista dag för svar": a date is asked, not a definition. */
const DEADLINE = /\b(deadline|sista dag\w*|sista datum|sista svarsdag)\b/;
const DEADLINE_WORDS = /^(?:deadline|sista|dag|dagen|datum|datumet|svarsdag|svarsdagen)$/i;

const SPENT_ON_ASKED = new RegExp(String.raw`\bvad (?:${SPENT_ON_VERBS}|har \S+ lagt) (?:\S+ ){1,3}?på(?=\s|$)`);

function detectAsks(q: string, temporal: TemporalFacts): Asks {
  // "när det gäller X" is "as regards X", not "when".
  const s = q.toLowerCase().replace(/\bnär det gäller\b/g, 'gällande');
  // "Vem räknas som omkommen", "who counts as a newcomer": what the word means, not a person.
  const countsAs = /\b(?:vem|vilka|who)\s+(?:räknas|räknades|anses|counts?|is counted|are counted)\s+(?:som|as)\b/.test(s);
  const person =
    !countsAs && /\b(who|whom|whose|vem|vems)\b/.test(s) ||
    /\b(vilka|which)\s+(sitter|satt|yrkade|föredrar|presenterar|deltog|undertecknade|skrev under|signed|leder|ledde|är ledamöter|personer|people|persons|members|ledamöter)\b/.test(s) ||
    /\b(vilka|which)\s+(?:har|hade|have|has)\s+(skrivit under|undertecknat|signerat|signed)\b/.test(s);
  // "när börjar mötet" asks for a clock time; "när startar närtrafiken" for a day.
  const time = /\b(what time|vilken tid|klockan|at what time|när (?:börjar|startar) (?:mötet|sammanträdet|dagen|konferensen|träffen|seminariet|workshopen|punkt\w*|ärendet|lunchen|fikat|pausen)|when does it start|start time|starttid)\b/.test(s);
  // "Vilken punkt utgick när rådet sammanträdde den 12 juni?": "när" opens a clause the question dates itself, it asks
  // no date when another question word leads.
  const lead = QUESTION_WORD.exec(s)?.[1];
  const datedClause = lead !== undefined && lead !== 'när' && lead !== 'when' && temporal.dates.length > 0;
  // "when does a language café count as regular", "när räknas X som …": a condition, which a definition states.
  const condition = CONDITION_ASKED.test(s);
  const asked = datedClause || condition ? s.replace(/\b(?:när|when)\b/g, ' ') : s;
  const date =
    time ||
    /\b(när|when|what date|which date|vilket datum|vilka datum|what dates|which dates|which years?|vilka år|vilket år|från vilket år|from which year|under vilken period|what period|during which period|for which period|vilken period|hur länge|how long|(?:end|start|closing|finishing|completion|due|expiry) date|slutdatum|startdatum|slutdag)\b/.test(asked) || DEADLINE.test(s);
  // Amounts are asked by the question's frame ("how much", "vad kostar"), not by a topic word such as "money".
  const numberFrame =
    /\b(how many|how much|hur många|hur mycket|hur stor|hur stora|hur stort|hur högt?|antal|number of|no\. of|nr of|vad kost(?:ar|ade|at)|what does it cost|how large|how big|what (is|was|were|are) the (?:[a-zåäö]+ ){0,2}(total|amount|budget|cost|population|number|size|compensation|surplus|deficit|revenue|funding|grant|ersättning\w*|budget\w*|kostnad\w*|bidrag\w*|överskott\w*|underskott\w*|belopp\w*)s?|vad (?:var|är|blev|blir) (?:den |det )?(?:[a-zåäö]+[ -]){0,3}(ersättningen|överskottet|underskottet|budgeten|kostnaden|kostnaderna|bidraget|beloppet|(?:med)?finansiering(?:en)?|avgiften|sjukfrånvaron|andelen|antalet|omsättningen|utfallet(?!\s+(?:av|i|för)\s+(?:§|punkt|ärendet|frågan|förhandlingen)))|what result|vilket (belopp|resultat)|vilken budget|vilken (?:[a-zåäö]+)?(?:kostnad|avgift|taxa|ersättning)(?:en)?|population|folkmängd|(?:in|i) (?:mnkr|mkr|tkr|kronor|msek|miljoner kronor))\b/.test(s) ||
    // "Vad ska Krokom betala per år", "what will the region pay": an amount to pay.
    /\b(vad (?:ska|skall|kommer|får|fick|måste) (?:\S+ ){1,3}(?:betala|bidra med)|vad betala\w*|what (?:does|will|did|do|shall) (?:\S+ ){1,3}pay)\b/.test(s) ||
    // "vad la kommunerna på löner": what they spent.
    SPENT_ON_ASKED.test(s);
  // "What is Kultur's regionbidrag/nettobudget", "vad är Kulturs budget": an amount, not a definition.
  const ownedAmount = /\b(?:what (?:is|was|are|were)|vad (?:är|var|blev)) (?:the )?\S+(?:'s|’s|:s|s) \S*(?:budget|bidrag|kostnad|cost|funding|grant|ersättning|anslag)/.test(s);
  // "What was the centre's financial result", "årets resultat": the year's surplus or deficit, an amount.
  const financialResult = /\b(?:financial|net|operating|year-end|annual) results?\b|(?<![\p{L}])(?:ekonomisk[at]?|årets) resultat(?:et)?(?![\p{L}])/u.test(s);
  // Swedish compounds carry the money word inside ("bruttokostnaderna", "regionbidrag").
  // A count question ("how many", "population") that names money as its context still asks for a count.
  const countAsked = COUNT_ASKED.test(s);
  // "What result was achieved" asks what was done, not for an amount ("what result is budgeted").
  const achievedResult = /\bwhat results?\b/.test(s) && /\b(achiev\w*|reached|attained|uppnå\w*|nådde|nåddes)\b/.test(s) && !/\b(how much|hur mycket|budget\w*)\b/.test(s);
  const money = (numberFrame || ownedAmount || financialResult) && !countAsked && !achievedResult && /(budget|kost|cost\w*\b|kronor|tkr|mkr|mnkr|bidrag|finansier|funding|compensation|grant|ersättning|pengar|money|medel\b|stöd\b|result|resultat|amount|belopp|överskott|underskott|surplus|deficit|intäkt|revenue|income|betala|\bpay\b|avgift|\bfees?\b|\bram(?:en)?\b|\w+ram(?:en)?\b|\bframe\b|\blön\w*)/.test(s);
  // "sin andel" is a part to pay or own, not a share asked for.
  const percent = (/\b(andel\w*|share|percent|percentage|procent|per cent|proportion)\b|%/.test(s)) && !/\b(sin|sina|dess|deras|var sin)\s+andel/.test(s);
  const number = ((numberFrame || ownedAmount) && !achievedResult) || percent || financialResult;
  const measure = /\b(how much|hur mycket|hur stor|hur stora|hur stort|hur högt?|med hur mycket|by how much|what (is|was) the (share|level|increase|decrease|reduction))\b/.test(s);
  const definition =
    condition ||
    countsAs ||
    /\b(vad ingår i (?:en|ett)|vad står(?! (?:det )?(?:under|i|om|på)(?![a-zåäö]))|what does \S+ stand|stand for|står för|vad betyder|vad innebär|what does .* mean|what is meant by|vad menas|vad avses|vad räknas som|what counts as|vad gör (?:en|ett)|what does an? \S+(?: \S+)? do\b|(?:how|where) (?:does|do|is|are) .+ (?:define|defined)|definierar|definieras|definition of|definitionen av|full name|fullständiga namn|what kind of organi[sz]ation|vad är|what is|what are)\b/.test(s) &&
    !/\b(what is the (total|broadband|budget)|vad är (det|den) )/.test(s) && !DEADLINE.test(s) && !ownedAmount &&
    // "vad är målet för prao" asks for the goal itself, not what a goal is.
    !/\b(vad är|what is|what are) (?:the )?(?:\S+ ){0,3}(målet|målen|målsättningen|syftet|ambitionen|delmål\w*|målvärde\w*|mål|goal|goals|target|targets|aim)\b/.test(s);
  // "the participation rate", "täckningsgraden": a share asked for, unless the question asks what the rate means.
  const rate = !/\b(defin\w*|mean\w*|menas|innebär|betyder|avses|stand for|står för|räknas)\b/.test(s) && /\b(rates?|\p{L}{3,}grad(?:en)?)\b/u.test(s);
  const list = !person && !/\b(?:which|what) (?:date|day|year|month|week|time)\b/.test(s) && (/\b(vilka|which|what are|lista|vilken typ)\b/.test(s) || LIST_ASKED.test(s) || /\bwhat \w+s (?:are|were|have|has|did|does|do|will)\b/.test(s));
  // "Vilka aktiviteter var prioriterade / planerade": what was meant to be done, not what was achieved.
  const plannedOnly = /\b(prioriter\w*|planerade?|planned|prioriti[sz]ed)\b/.test(s) && !/(?<![\p{L}])åstadkom|\b(achiev\w*|result\w*|uppnå\w*|genomför\w*)\b/u.test(s);
  const results = !plannedOnly && !financialResult && (/(?<![\p{L}])åstadkom/u.test(s) || /\b(achiev\w*|result\w*|uppnå\w*|uppnådde|genomför\w*|what did .+ do|what (?:has|have) .+ done|what (?:was|has been|were) done|vad (?:har )?gjorde?s?|vad gjorde|vad har .+ gjort|accomplish\w*|aktiviteter|activities|arbetat med|jobbat med|jobbade med|worked on)\b/.test(s));
  const agenda =
    temporal.itemNumber !== undefined ||
    temporal.paragraphNumber !== undefined ||
    PARAGRAPH_ASKED.test(q) ||
    /\b(agenda|dagordning\w*|föredragningslist\w*|kallelse\w*|punkt\w*|item\w*|ärendeförteckning\w*|programme(?!\s+(?:19|20)\d{2})|presents?|presented|föredrar|föredrog|present the)\b/.test(s) ||
    // "när börjar ärendet om trygghetsboendet på KPR-mötet": a matter of a meeting, or one starting at a time, is an item of an agenda.
    (/(?<![\p{L}])ärendet\s+om\b/u.test(s) && (time || /(?:möte|sammanträde)(?:t|s)?\b/u.test(s)));
  const goal = /\b(mål\w*|delmål\w*|goal\w*|target\w*|aim\w*|syfte\w*)\b/.test(s);
  const place = /\b(where|var hölls|var hålls|var äger|i vilken lokal|vilken lokal|vilken plats|vilken sal|vilket rum|which room|what room|which venue|venue)\b/.test(s);
  // A fragment without a question word that names an amount ("JHT grundfinansiering 2016?", "Energikontoret budget 2021?") asks for it.
  const asksNothing = !(person || place || date || number || definition || list || results || agenda || goal);
  const amountFragment = asksNothing && !QUESTION_WORD.test(s) && /(budget|kostnad|finansiering|bidrag|ersättning|anslag|överskott|underskott)/.test(s);
  const personName = person && (/\b(named|appointed|elected|awarded|won|chosen|nominated)\b/.test(s) || /(?<![\p{L}])(utsågs|utsedd|utsett|valdes|vald|utnämndes|utnämnd|nominerades|tilldelades|vann|prisades)(?![\p{L}])/u.test(s));
  const cause = /\b(why|varför|what caused|caused by|vad orsakade|vad berodde|vad beror|orsak\w*|reason\w*|anledning\w*)\b/.test(s);
  const method = METHOD_ASKED.test(s) && !(person || date || time || number || measure || definition);
  return { person, personName, cause, place, date, time, number: number || amountFragment || rate, measure, money: money || amountFragment, percent: percent || rate, definition, list, results, agenda, goal, method };
}

/** The words asking for a count ("no. of filming days"). */
const COUNT_WORDS = String.raw`how many|hur många|number of|no\. of|nr of|antal`;
const COUNT_ASKED = new RegExp(String.raw`\b(?:${COUNT_WORDS}|population|folkmängd)\b`);
const COUNT_FRAME = new RegExp(String.raw`\b(?:${COUNT_WORDS})(?:et)?\s+(?:of\s+)?([\p{L}-]{3,})`, 'iu');

/** Meetings go by several names; a count of any of them answers "hur många sammanträden/möten/träffar". */
const MEETING_NOUN = /^(sammanträd\w*|möte[nt]?a?|möten\w*|träff\w*|meetings?|sessions?)$/u;
const MEETING_FORMS = ['sammanträde', 'möte', 'möten', 'träff', 'träffar', 'nätverksmöten'];

/** The noun a count question counts, with its Swedish forms: a count next to it answers the question. */
function countedNounOf(question: string, index: AnswerIndex): { stems: string[]; known: boolean } {
  const frame = COUNT_FRAME.exec(question);
  const noun = frame?.[1]?.toLowerCase();
  if (!noun || isStopword(noun)) return { stems: [], known: false };
  // "How many of PKR's meetings …": the word after "of" is whose, not what is counted.
  if (/\s(?:of|av)\s/i.test(frame![0]) && /^(?:['’]s|:s)/.test(question.slice(frame!.index + frame![0].length))) return { stems: [], known: false };
  const meeting = MEETING_NOUN.test(noun);
  // "hur många korttidsplatser" is counted as "5 platser" too: the compound's last part names what is counted.
  const lastPart = compoundLastPart(foldKey(noun), index);
  const forms = [...(EN_TO_SV[noun] ?? SV_SYNONYMS[noun] ?? []), ...(meeting ? MEETING_FORMS : []), ...(lastPart ? [lastPart] : [])];
  // "no. of filming days (inspelningsdagar)": the term in brackets after the counted words is what is counted.
  const gloss = /^(?:\s+[\p{L}-]+){0,2}\s*\(([\p{L}][\p{L}\s-]{3,40})\)/u.exec(question.slice(frame!.index + frame![0].length))?.[1];
  const glossed = gloss ? words(gloss).filter((w) => !isStopword(w.toLowerCase())) : [];
  const stems = [...new Set([noun, ...forms, ...glossed].map((w) => stem(foldKey(w.split(/\s+/)[0]))))].filter((s) => s.length >= 3);
  return { stems, known: meeting };
}

function detectRoleKind(q: string): RoleKind | undefined {
  for (const { pattern, kind } of ROLE_WORDS) if (pattern.test(q)) return kind;
  return undefined;
}

/**
 * Entities that can match the typed words: a name stem matches a word only when they share their first
 * letters, and an abbreviation only as typed. Looked up by key instead of trying every entity.
 */
function candidateEntities(index: AnswerIndex, typedWords: string[], folded: string[]): Entity[] {
  const found = new Set<Entity>();
  const collect = (key: string) => index.entitiesByKey.get(key)?.forEach((e) => found.add(e));
  for (const q of folded) for (let n = 1; n <= 3 && n <= q.length; n += 1) collect(entityKey(q.slice(0, n)));
  for (const w of typedWords) {
    const upper = w.replace(/[:]s$/i, '').toUpperCase();
    collect(`abbr:${upper}`);
    collect(`abbr:${upper.split('-')[0]}`);
  }
  // Keep the order of index.entities: ties between equally strong links resolve as before.
  return [...found].sort((a, b) => (index.entityPosition.get(a) ?? 0) - (index.entityPosition.get(b) ?? 0));
}

const COMPOUND_HEAD_LENGTH = 5;

/** "Lärcentrumfilialer" names Lärcentrum and asks about its "filialer": the compound as written, or its head alone, must be found. */
function compoundHeadConcept(word: string, head: string): Concept {
  return { label: word, forms: [{ stems: [stem(foldKey(word))], weight: 1 }, { stems: [head], weight: 0.9 }], critical: true, kind: 'term' };
}

/** An entity the question names, the words naming it, and the compounds of its name with a head of their own. */
interface EntityLink {
  entity: Entity;
  usedWords: Set<number>;
  compounded: Map<number, string>;
}

/** Entities whose name or abbreviation the question mentions, longest names first. */
export function linkEntities(index: AnswerIndex, typedWords: string[]): EntityLink[] {
  const folded = typedWords.map((w) => stem(foldKey(w)));
  // "SVOM", "PKR:s", "SVOM-mötet": the abbreviation alone or as the first part of a compound.
  const typedAbbreviations = typedWords.map((w) => {
    const upper = w.replace(/[:]s$/i, '').toUpperCase();
    return { upper, head: /^[A-ZÅÄÖ]{2,}-/.test(w) ? upper.split('-')[0] : undefined, likeAbbreviation: /[A-ZÅÄÖ]/.test(w) || w.length >= 4 };
  });
  const linked: Array<EntityLink & { strength: number }> = [];
  for (const entity of candidateEntities(index, typedWords, folded)) {
    let best: Omit<EntityLink, 'entity'> & { strength: number } | undefined;
    if (entity.abbreviations.length > 0) {
      typedAbbreviations.forEach(({ upper, head, likeAbbreviation }, i) => {
        if (likeAbbreviation && (entity.abbreviations.includes(upper) || (head !== undefined && entity.abbreviations.includes(head)))) {
          // Every word that writes the abbreviation ("JHT-utvärderingen … JHT:s projekt") is used by the link.
          if (best?.strength === 10) best.usedWords.add(i);
          else best = { usedWords: new Set([i]), compounded: new Map(), strength: 10 };
        }
      });
    }
    for (const name of entity.names) {
      const used = new Set<number>();
      // "Lärcentrumfilialer": a one-word name is the first part of a compound whose own head ("filialer") is asked about too.
      const compounded = new Map<number, string>();
      const matched = name.stems.every((s) => {
        // A typed word may be the name inflected or compounded ("kommunchefsgruppens"), or the name cut short by stemming.
        const at = folded.findIndex(
          (q, i) => !used.has(i) && (q === s || (q.startsWith(s) && (s.length >= 7 || q.length - s.length <= 3)) || (q.length >= 5 && s.startsWith(q) && q.length >= 0.8 * s.length)),
        );
        if (at >= 0) used.add(at);
        const head = at >= 0 && name.stems.length === 1 && folded[at].startsWith(s) ? folded[at].slice(s.length).replace(/^s(?=.{5})/, '') : '';
        if (head.length >= COMPOUND_HEAD_LENGTH && /^\p{L}+$/u.test(head)) compounded.set(at, head);
        return at >= 0;
      });
      if (matched && name.stems.length > 0 && (!best || name.stems.length > best.strength)) best = { usedWords: used, compounded, strength: name.stems.length };
    }
    if (best) linked.push({ entity, ...best });
  }
  linked.sort((a, b) => b.strength - a.strength);
  // Drop entities whose words are all taken by a longer match ("samverkansråd" inside "Primärkommunala samverkansrådet").
  const taken = new Set<number>();
  const kept: EntityLink[] = [];
  for (const link of linked) {
    if ([...link.usedWords].every((i) => taken.has(i))) continue;
    link.usedWords.forEach((i) => taken.add(i));
    kept.push(link);
  }
  return kept;
}

function entityConcept(entity: Entity): Concept {
  const forms: ConceptForm[] = entity.names.map((n) => ({ stems: n.stems, weight: 1 }));
  for (const abbreviation of entity.abbreviations) forms.push({ stems: [foldKey(abbreviation)], weight: 1 });
  return { label: entity.name, forms, critical: true, kind: 'entity', entity };
}

const GENERIC_HEAD_SHARE = 0.1;
const SPECIFIC_HEAD_LENGTH = 12;

/** Splits an unknown compound into a known head ("kommunchefsgruppen" → "kommunchef"). */
function compoundHeads(key: string, index: AnswerIndex): string[] {
  if (key.length < 9) return [];
  const heads: string[] = [];
  for (let cut = key.length - 4; cut >= 5; cut -= 1) {
    const head = key.slice(0, cut).replace(/s$/, '');
    if (head.length >= 5 && index.documentFrequency.has(head) && !isStopword(head)) {
      // A first part found nearly everywhere ("region" of "regionfullmäktige") does not stand for the compound.
      // A long one ("e-tjänsteplattform" of "e-tjänsteplattformsprojektet") names the topic however often it is written.
      if (head.length >= SPECIFIC_HEAD_LENGTH || (index.documentFrequency.get(head) ?? 0) <= GENERIC_HEAD_SHARE * index.kb.passages.length) heads.push(head);
      break;
    }
  }
  return heads;
}

const TIME_UNIT = /^(?:veck|dag|timm|månad|manad|minut|gång|gang|år|ar$|aret|aren|sekund)/;

/** The last part of a compound the documents write as a word of its own ("platser" of "korttidsplatser"). */
function compoundLastPart(key: string, index: AnswerIndex): string | undefined {
  for (let cut = 3; cut <= key.length - 5; cut += 1) {
    const part = key.slice(cut);
    // (Not a unit of time: "deltagarveckor" are not counted by "tre veckor".)
    if (index.documentFrequency.has(part) && !isStopword(part)) return TIME_UNIT.test(part) ? undefined : part;
  }
  return undefined;
}

/**
 * The first part of a Swedish compound the documents write only inside other compounds ("bredband" of
 * "bredbandsplan", found in "bredbandsutbyggnad"), at the joint "s" that marks the seam.
 */
function jointHead(key: string, index: AnswerIndex): string | undefined {
  for (let cut = key.length - 4; cut >= 8; cut -= 1) {
    if (key[cut - 1] !== 's') continue;
    const head = key.slice(0, cut - 1);
    if (hasVocabularyPrefix(index, head) && !isStopword(head)) return head;
  }
  return undefined;
}

/** Inflection endings a word takes in running text ("samhälle" → "samhället", "skola" → "skolans"). */
const INFLECTION_ENDING = /^(?:|n|t|s|en|et|er|ar|or|na|ns|ts|ens|ets|ers|arna|erna|orna)$/;

/** A compound's first part as the word it is on its own: "arbets" of "arbete", "skol" of "skola", "läns" of "län". */
function asWordAlone(part: string): string[] {
  const base = part.endsWith('s') ? [part, part.slice(0, -1), `${part.slice(0, -1)}e`] : [part];
  return [...base, `${part}e`, `${part}a`];
}

/** Two or more words of the documents begin with these letters. */
function beginsOtherWords(index: AnswerIndex, key: string): boolean {
  const vocab = index.vocabulary;
  const at = vocabularyFrom(vocab, key);
  return at + 1 < vocab.length && vocab[at].startsWith(key) && vocab[at + 1].startsWith(key);
}

/** The documents write the word itself or an inflected form of it. */
function writtenInflected(index: AnswerIndex, key: string): boolean {
  const vocab = index.vocabulary;
  for (let i = vocabularyFrom(vocab, key); i < vocab.length && vocab[i].startsWith(key); i += 1) if (INFLECTION_ENDING.test(vocab[i].slice(key.length))) return true;
  return false;
}

/**
 * "the patient safety network" → "patientsäkerhetsnätverket", "disability council" → "funktionshinderrådet": English
 * words in a row whose Swedish terms, joined (with or without a linking s), make a word the documents use are one
 * concept, that compound. The words it takes are marked used.
 */
function englishCompounds(index: AnswerIndex, typed: string[], usedWords: Set<number>): Concept[] {
  const concepts: Concept[] = [];
  // (Each word's first few one-word terms: the words apart make one form per combination.)
  const termsOf = (i: number) => (i >= typed.length || usedWords.has(i) || isStopword(typed[i].toLowerCase()) ? undefined : EN_TO_SV[typed[i].toLowerCase()]?.filter((t) => !/\s/.test(t)).slice(0, COMPOUND_TERMS));
  // "film council": a word the documents write as it is ("film", "design") joins the translated words ("filmråd").
  const asWritten = (i: number) => (i < typed.length && !usedWords.has(i) && /^\p{Ll}{3,}$/u.test(typed[i]) && !isStopword(typed[i]) && hasVocabularyPrefix(index, foldKey(typed[i])) ? [typed[i]] : undefined);
  for (let i = 0; i < typed.length; i++) {
    for (let length = 3; length >= 2; length--) {
      const translated = Array.from({ length }, (_, k) => termsOf(i + k));
      if (translated.every((p) => !p || p.length === 0)) continue;
      const parts = translated.map((p, k) => (p && p.length > 0 ? p : asWritten(i + k)));
      if (parts.some((p) => !p || p.length === 0)) continue;
      const found = joinedTerms(parts as string[][]).find((joined) => joined.length >= 8 && hasVocabularyPrefix(index, joined));
      if (!found) continue;
      // (… or its words apart: "täckning för mobilt bredband".)
      const apart = (parts as string[][]).reduce<string[][]>((combos, terms) => combos.flatMap((c) => terms.map((t) => [...c, stem(foldKey(t))])), [[]]);
      concepts.push({ label: typed.slice(i, i + length).join(' '), forms: [{ stems: [found], weight: 1 }, ...apart.map((stems) => ({ stems, weight: 0.9 }))], critical: false, kind: 'term' });
      for (let k = 0; k < length; k++) usedWords.add(i + k);
      i += length - 1;
      break;
    }
  }
  return concepts;
}

const COMPOUND_TERMS = 4;

/**
 * The year "förra året" and "i år" count from: today's, unless the newest dated paper is older, when the question is
 * taken as asked when the documents were written.
 */
function presentYear(index: AnswerIndex, now: Date): number {
  let newest = newestPaperYear.get(index);
  if (newest === undefined) {
    newest = Math.max(0, ...index.kb.documents.map((d) => (d.date ? Number(d.date.slice(0, 4)) : 0)));
    newestPaperYear.set(index, newest);
  }
  return newest > 0 ? Math.min(now.getFullYear(), newest) : now.getFullYear();
}

const newestPaperYear = new WeakMap<AnswerIndex, number>();

/** Every way of joining one term per word, the last stemmed, the others linked directly or with an s. */
function joinedTerms(parts: string[][]): string[] {
  let joined = parts[0].map((t) => foldKey(t));
  for (let k = 1; k < parts.length; k++) {
    const last = k === parts.length - 1;
    joined = joined.flatMap((head) => parts[k].flatMap((t) => [`${head}${last ? stem(foldKey(t)) : foldKey(t)}`, `${head}s${last ? stem(foldKey(t)) : foldKey(t)}`]));
  }
  return joined;
}

function hasVocabularyPrefix(index: AnswerIndex, stemmed: string): boolean {
  if (index.documentFrequency.has(stemmed)) return true;
  if (stemmed.length < 3) return false;
  const vocab = index.vocabulary;
  const lo = vocabularyFrom(vocab, stemmed);
  return lo < vocab.length && vocab[lo].startsWith(stemmed) && matchToken(stemmed, vocab[lo]) >= 0.85;
}

function isStopword(lower: string): boolean {
  return STOPWORDS_EN.has(lower) || STOPWORDS_SV.has(lower) || QUESTION_FRAME_WORDS.has(lower);
}

/** "ÖP", "Q3", "SoL": written as an abbreviation, not as the word it may spell ("Sol", "af"). */
const WRITTEN_AS_ABBREVIATION = /^[A-ZÅÄÖ](?:[A-ZÅÄÖ\d]+|[a-zåäö][A-ZÅÄÖ])$/;

/** "ÖP", "ÖP-bidraget", "Q3": the phrases a common abbreviation stands for, in place of it (COMMON_ABBREVIATIONS). */
function commonAbbreviationForms(word: string): ConceptForm[] {
  const pieces = word.split(/[-:/]+/).filter((p) => p.length > 0);
  const meanings = pieces.map((p) => (WRITTEN_AS_ABBREVIATION.test(p) ? COMMON_ABBREVIATIONS[p.toUpperCase()] : undefined));
  const at = meanings.findIndex((m) => m !== undefined);
  if (at < 0) return [];
  const rest = pieces.filter((_, i) => i !== at).map((p) => stem(foldKey(p)));
  return meanings[at]!.map((phrase) => ({ stems: [...words(phrase).map((w) => stem(foldKey(w))), ...rest], weight: 0.9 }));
}

const LONG_LINKED_PART = 8;
/** A strong verb's past stem and the stem its participles and infinitive share ("skrev" / "skriv-na"). */
const STRONG_VERB_STEMS: Record<string, string> = {
  skrev: 'skriv', tog: 'tag', gav: 'giv', bjöd: 'bjud', sköt: 'skjut', beslöt: 'beslut', slog: 'slag', stod: 'stå',
  fann: 'funn', bröt: 'bryt', höll: 'håll', föll: 'fall',
};
const STRONG_PAST = new RegExp(`^(\\p{Ll}*?)(${Object.keys(STRONG_VERB_STEMS).join('|')})(s)?$`, 'u');
const PLAN_NAMED_BY_YEAR = /(?<![\p{L}])\p{L}*(?:plan|planen|program|programmet|strategi|strategin|vision|visionen|strukturbild|strukturbilden|agenda)\s+((?:19|20)\d{2})(?![\d–-])/giu;

/**
 * An abbreviation read as initials: of a phrase in a title or heading ("HVO"), and when the documents never write
 * it, of the parts of a compound there ("LTP" → "länstransportplan", "UM" → "ungdomsmottagningen").
 */
function undefinedInitialismForms(abbreviation: string, index: AnswerIndex): ConceptForm[] {
  const forms = initialismPhrases(index.kb, abbreviation).map((phrase) => ({ stems: phrase.map((w) => stem(foldKey(w))), weight: 0.9 }));
  if (index.documentFrequency.has(foldKey(abbreviation))) return forms;
  // A first part is one the documents join with "s" in other compounds too ("samhälls|kommunikatör"), or a word they
  // write on its own ("transport").
  // (… or a long one joined with "s" that they use only inside other words: "bostads|försörjnings|program".)
  const isPart = (part: string) => (part.endsWith('s') && (part.length >= LONG_LINKED_PART || beginsOtherWords(index, foldKey(part)))) || asWordAlone(part).some((w) => writtenInflected(index, foldKey(w)));
  for (const word of compoundInitialismWords(index.kb, abbreviation, isPart)) forms.push({ stems: [stem(foldKey(word))], weight: 0.9 });
  for (const phrase of compoundInitialismPhrases(index.kb, abbreviation, isPart)) forms.push({ stems: phrase.map((w) => stem(foldKey(w))), weight: 0.9 });
  return forms;
}

function termConcept(word: string, position: number, language: Language, index: AnswerIndex): Concept | undefined {
  const lower = word.toLowerCase();
  const key = foldKey(word);
  // A number in the question ("minst 50 anställda", "at least 20 %") must be found as written.
  if (/^\d+([.,]\d+)?$/.test(key)) return key.length >= 2 ? { label: word, forms: [{ stems: [key], weight: 1 }], critical: false, kind: 'term' } : undefined;
  const abbreviationLike = word.length >= 2 && /^[A-ZÅÄÖ0-9-]+$/.test(word) && /[A-ZÅÄÖ]/.test(word);
  // "which … are NOT assessed": a word in capitals for emphasis is not an abbreviation.
  // "Första linjen", "Norra Jämtland": an ordinal or adjective capitalised inside the question starts a name.
  const startsName = position > 0 && /^[A-ZÅÄÖ][a-zåäö]+$/.test(word) && NAME_OPENING_WORDS.has(lower);
  if (isStopword(lower) && !startsName && (!abbreviationLike || !index.entitiesByKey.has(`abbr:${word.toUpperCase()}`))) return undefined;
  if (key.length < 2) return undefined;
  // "groups/funktioner", "projektstöd/företagsstöd": either word, in either language.
  if (/^\p{Ll}{3,}(?:\/\p{Ll}{3,})+$/u.test(word)) {
    const alternatives = word.split('/').flatMap((w) => EN_TO_SV[w] ?? SV_SYNONYMS[w] ?? [w]);
    return { label: word, forms: alternatives.map((w) => ({ stems: w.split(/\s+/).map((x) => stem(foldKey(x))), weight: 1 })), critical: false, kind: 'term' };
  }
  const forms: ConceptForm[] = [];
  const expansions = EN_TO_SV[lower] ?? SV_SYNONYMS[lower];
  if (expansions) {
    if (expansions.length === 0) return undefined;
    for (const sv of expansions) forms.push({ stems: sv.split(/\s+/).map((w) => stem(foldKey(w))), weight: 1 });
    // The English word itself rarely appears in Swedish text; keep it, weakly, for names like "digital".
    if (index.documentFrequency.has(key)) forms.push({ stems: [stem(key)], weight: 0.8 });
  } else {
    forms.push({ stems: [stem(key)], weight: 1 });
    // "berördes" asked, "som berörts av" written: a passive's past and supine are one verb ("genomfördes" / "genomförts").
    const supine = /^\p{Ll}{4,}(?:a|o|e|r|l|n)des$/u.test(key) ? `${key.slice(0, -3)}ts` : undefined;
    if (supine) forms.push({ stems: [stem(supine)], weight: 0.95 });
    // "förskrevs" asked, "förskrivna hjälpmedel" written: a strong verb's past has another vowel than its other forms.
    const strong = STRONG_PAST.exec(lower);
    if (strong) forms.push({ stems: [stem(foldKey(`${strong[1]}${STRONG_VERB_STEMS[strong[2]]}${strong[3] ?? ''}`))], weight: 0.95 });
    // A name is written as it is, in compounds too ("Leader" in "Leaderområdena"): stemming it ("lead") loses it.
    if (position > 0 && /^[A-ZÅÄÖ][a-zåäöé]/.test(word) && stem(key) !== key && /^\p{L}+$/u.test(key)) forms.push({ stems: [key], weight: 1 });
    // "Åres översiktsplan": a municipality's name in the genitive is the name ("Åre kommun").
    const municipality = word.endsWith('s') ? COUNTY_MUNICIPALITIES.find((name) => name === word.slice(0, -1)) : undefined;
    if (municipality) forms.push({ stems: [foldKey(municipality)], weight: 1 });
    const pieces = key.split(/[-:/]+/);
    const parts = pieces.filter((p) => p.length >= 2);
    if (pieces.length > 1) {
      // "UVAS-projektet", "CERO-analys": all parts anywhere, or the abbreviation part alone ("ANDT" of "ANDT/S").
      if (parts.length > 1) forms.push({ stems: parts.map(stem), weight: 0.95 });
      // "1:1-medel" written "1:1 medel": the parts the hyphen joins, a ratio kept whole.
      const joined = key.split('-').filter((p) => p.length >= 2);
      if (joined.length > 1 && joined.length !== parts.length) forms.push({ stems: joined.map((p) => (/\d/.test(p) ? p : stem(p))), weight: 0.95 });
      const abbreviationPart = word.split(/[-:/]+/).find((p) => (p.match(/[A-ZÅÄÖ]/g) ?? []).length >= 2);
      if (abbreviationPart) {
        forms.push({ stems: [foldKey(abbreviationPart)], weight: 0.85 });
        // "VNR-planen", "AU-protokollet": what the abbreviation spells, with the rest of the compound, or alone, the
        // rest being what the documents write it in ("handlingsplan mot våld i nära relationer").
        const rest = parts.filter((p) => p !== foldKey(abbreviationPart)).map(stem);
        for (const spelled of undefinedInitialismForms(abbreviationPart, index)) forms.push({ stems: [...spelled.stems, ...rest], weight: spelled.weight }, { stems: spelled.stems, weight: 0.8 });
      }
      // "e-tjänsteplattformsprojektet": a compound that opens with a one-letter part still has a head ("e-tjänsteplattform").
      if (parts.length === 1 && pieces[0].length === 1) for (const head of compoundHeads(key, index)) forms.push({ stems: [head], weight: 0.7 });
    } else {
      for (const head of compoundHeads(key, index)) forms.push({ stems: [head], weight: 0.7 });
      for (const tail of COMPOUND_TAIL_SYNONYMS) {
        if (!tail.written.test(key)) continue;
        const head = key.replace(tail.written, '');
        if (head.length >= 4) for (const other of tail.also) forms.push({ stems: [stem(head + other)], weight: 0.95 });
      }
    }
    // An adjective made from a noun stands for the noun too: "kommunala" → "kommunerna", "regionala" → "regionen".
    const noun = /^(\p{L}{5,})al[at]?$/u.exec(key)?.[1];
    if (noun && index.documentFrequency.has(noun)) forms.push({ stems: [noun], weight: 0.85 });
    // An English word the Swedish documents never use is filler ("went out", "set aside").
    // A Swedish word in an English question ("Samordningsförbundet's överskott") is what it asks about, found or not.
    if (language === 'en' && !abbreviationLike && !/^[A-ZÅÄÖ]/.test(word) && !/[åäö]/i.test(word) && !forms.some((f) => f.stems.every((st) => hasVocabularyPrefix(index, st)))) {
      // … unless it is a Swedish compound whose first part they write ("the bredbandsplan").
      const head = jointHead(key, index);
      if (!head) return undefined;
      forms.push({ stems: [head], weight: 0.7 });
    }
  }
  // "HVO" that no text defines, for a body whose title spells it ("Länsberedningen för hälsa, vård och omsorg").
  if (abbreviationLike) forms.push(...undefinedInitialismForms(word, index));
  forms.push(...commonAbbreviationForms(word));
  const capitalizedName = position > 0 && /^[A-ZÅÄÖ][a-zåäöé]/.test(word);
  const critical = abbreviationLike || /\d/.test(word) || /[A-ZÅÄÖ]{2,}/.test(word);
  return { label: word, forms, critical, kind: critical || capitalizedName ? 'name' : 'term' };
}

/** "flyktingläget" is written "flyktingsituationen": a compound's last part said another way (folded keys). */
const COMPOUND_TAIL_SYNONYMS: Array<{ written: RegExp; also: string[] }> = [
  { written: /lag(?:e|et)$/, also: ['situationen', 'lagesbilden'] },
  // "pandemiåret 2020": the year is the year asked; its first part is what the text writes ("pandemin").
  { written: /(?:aret|aren)$/, also: ['', 'n'] },
];

/** Weaker forms of a word (its compound's first part, 0.7) do not name what the word names. */
const NAME_FORM_WEIGHT = 0.8;

/**
 * "Klimatseminarium 2020 – on what date …", "Barnahus: vem …": a capitalised first word set apart by a dash or colon
 * names what the question is about, as a name inside it would; it is not capitalised only to start the sentence.
 */
function markOpeningTopic(question: string, concepts: Concept[]): void {
  const opening = /^\s*(\p{Lu}\p{Ll}{3,})(?:\s+(?:19|20)\d{2})?\s*[–—:-]\s/u.exec(question)?.[1];
  const concept = opening ? concepts.find((c) => c.label === opening && c.kind === 'term') : undefined;
  if (!concept) return;
  concept.kind = 'name';
  // A name is found as written: "Klimatseminarium" is not named by a sentence about "klimat".
  concept.forms = concept.forms.filter((f) => f.weight >= NAME_FORM_WEIGHT);
}

const BARE_MUNICIPALITY = new RegExp(`(?<![\\p{L}])(?:i|in|för|for)\\s+(${COUNTY_MUNICIPALITIES.join('|')})(?![\\p{L}])`, 'gu');
/** "Strömsunds folkhälsoråd", "Krokoms socialnämnd": the municipality owns what follows (not "Jämtland Härjedalens …", the region). */
const MUNICIPALITY_GENITIVE = new RegExp(`(?<![\\p{L}]|Jämtland )(${COUNTY_MUNICIPALITIES.join('|')})s\\s+(?=\\p{Ll})`, 'gu');

/** "i Härjedalens kommun", "in Bräcke municipality": the named municipality is the place the fact must be stated for. */
function markAskedPlaces(question: string, concepts: Concept[]): void {
  const named = [...question.matchAll(/(?<![\p{L}])(\p{Lu}[\p{Ll}åäö]+?)s?\s+(?:kommun\w*|municipality)(?![\p{L}])/gu)].map((m) => m[1]);
  // "in Ragunda", "i Krokom": a municipality named bare after a preposition is the place too.
  const bare = [...question.matchAll(BARE_MUNICIPALITY)].map((m) => m[1]);
  const owner = [...question.matchAll(MUNICIPALITY_GENITIVE)].map((m) => m[1]);
  for (const name of [...named, ...bare, ...owner]) {
    const place = concepts.find((c) => foldKey(c.label).startsWith(foldKey(name)));
    if (!place) continue;
    place.critical = true;
    place.local = true;
  }
}

/**
 * "Vård- och omsorgscollege (VO-C)" in a question says the two name one thing: the abbreviation
 * becomes another form of the long name's concept instead of a separate requirement.
 */
function mergeTypedAbbreviations(question: string, concepts: Concept[]): void {
  for (const m of question.matchAll(/([\p{L}][\p{L}\- ]{2,80}?)\s*\(([A-ZÅÄÖ][A-ZÅÄÖa-zåäö0-9-]{1,9})\)/gu)) {
    const abbreviation = concepts.find((c) => c.label === m[2]);
    if (!abbreviation) continue;
    const letters = m[2].replace(/[^A-Za-zÅÄÖåäö]/g, '').length;
    const longWords = words(m[1]).slice(-(letters + 2)).map((w) => foldKey(w));
    const target =
      concepts.find((c) => c.kind === 'entity' && c.entity && longWords.some((w) => c.forms.some((f) => f.stems.some((s) => w.startsWith(s))))) ??
      [...concepts].reverse().find((c) => c !== abbreviation && longWords.includes(foldKey(c.label)));
    if (!target) continue;
    target.forms.push(...abbreviation.forms);
    target.critical = true;
    concepts.splice(concepts.indexOf(abbreviation), 1);
  }
}

const NAME_OPENING_WORDS = new Set(['första', 'andra', 'tredje', 'nya', 'nytt', 'stora', 'lilla', 'gamla', 'norra', 'södra', 'östra', 'västra', 'övre', 'nedre']);

/** The stem of the noun a list question asks for ("vilka insatsområden", "which priorities"), if it names one. */
export function askedListNoun(question: string): string | undefined {
  const word = /(?<![\p{L}])(?:vilka|which|what)\s+(\p{L}{4,})/iu.exec(question)?.[1];
  return word ? stem(foldKey(word)) : undefined;
}

/** "OECD:s", "PM:et", "OECD's": an abbreviation's or name's case ending is not part of what the documents write. */
function withoutClitic(word: string): string {
  return word.replace(/^(.*[A-ZÅÄÖ0-9]):(?:s|n|en|et|na|ns|ens|ets|arna|erna)$/u, '$1').replace(/^(\p{Lu}.+)[’']s$/u, '$1');
}

/** "surplus or deficit", "överskott eller underskott": either word answers, so the two are one concept. */
function mergeAlternatives(question: string, concepts: Concept[]): void {
  for (const m of question.matchAll(/(?<![\p{L}])(\p{L}{3,})\s+(?:or|eller)\s+(\p{L}{3,})(?![\p{L}])/gu)) {
    const first = concepts.find((c) => c.kind === 'term' && c.label === m[1]);
    const second = concepts.find((c) => c.kind === 'term' && c.label === m[2]);
    if (!first || !second || first === second) continue;
    first.forms.push(...second.forms);
    first.label = `${first.label}/${second.label}`;
    concepts.splice(concepts.indexOf(second), 1);
  }
}

/**
 * "Planen säger 142 men jag tror det ändrades", "I thought it was 3 200 tkr": the figure the asker believes, or read
 * somewhere, is what the answer corrects, not what it must contain.
 */
const PREMISE_FIGURE = /(?<![\p{L}])((?:säger|sa|sade|står|stod|trodde|tror|says|said|thought|think|believed?)\s+(?:[\p{L}-]+\s+){0,3}?)\d[\d\s\u00a0,.]*(?:\s*(?:tkr|mkr|kr|kronor|procent|%))?/giu;

/** The question without dates, diary numbers, clock times, years, item numbers and believed figures: matched separately. */
function withoutTemporalText(temporal: TemporalFacts): string {
  return temporal.remainder
    .replace(/\b(19|20)\d{2}\b/g, ' ')
    .replace(RELATIVE_YEAR, ' ')
    .replace(/(?<![\p{L}])(punkt|punkten|item|point|ärende|ärendet|nr|number|§)\s*\d{1,3}\b/giu, ' ')
    .replace(PREMISE_FIGURE, (_, lead: string) => `${lead} `)
    // "åk 8-elever": a number joined to the noun after it is the number and the noun ("årskurs 8", "elever").
    .replace(/(?<![\p{L}\d:./])(\d{1,3})-(\p{Ll}{3,})/gu, '$1 $2');
}

/** English phrases replaced by the Swedish word the documents use, before the words are taken one by one. */
function withPhrasesTranslated(text: string, language: Language): string {
  const expanded = DOCUMENT_KIND_ABBREVIATIONS.reduce((out, [pattern, full]) => out.replace(pattern, full), text);
  if (language !== 'en') return SV_PHRASES.reduce((out, [pattern, swedish]) => out.replace(pattern, swedish), expanded);
  return EN_PHRASES.reduce((out, [pattern, swedish]) => out.replace(pattern, swedish), expanded);
}

interface TitleStems {
  stems: Set<string>;
  head?: string;
  /** The head as written, folded ("kallelse" for the head "kall"). */
  headWord?: string;
  /** Years the title names ("Regionplan 2018–2020" → 2018, 2020). */
  years: number[];
  /** Per question word: whether the title has it, or a word it begins ("verksamhetsplan" → "verksamhetsplanen"). */
  has: Map<string, boolean>;
}

const titleCache = new Map<string, TitleStems>();

const MEETING_DOCUMENT_TYPES = new Set(['webbsida', 'kallelse', 'protokoll', 'protokollsutdrag']);

/** Title heads every meeting page shares ("Möte 2040-05-22 – …"), as folded stems. */
const GENERIC_TITLE_HEAD = /^(?:mote[nt]?|sammantrade)/;

/** A title's word stems and its head word ("Verksamhetsplan …", "Regionplan …"), cached. */
function titleStemsOf(index: AnswerIndex, title: string): TitleStems {
  let entry = titleCache.get(title);
  if (!entry) {
    const tokens = index.tokensOfText(title);
    const stems = tokens.map(stem);
    const headAt = stems.findIndex((t) => !isStopword(t) && !/^\d/.test(t));
    entry = { stems: new Set(stems), head: stems[headAt], headWord: tokens[headAt], years: title.match(/\b(19|20)\d{2}\b/g)?.map(Number) ?? [], has: new Map() };
    if (titleCache.size > 50_000) titleCache.clear();
    titleCache.set(title, entry);
  }
  return entry;
}

/** The years that name a document: its title's, or when its title has none the year it is dated ("överenskommelsen 2014"). */
function yearsNaming(document: LogicalDocument, titleStems: TitleStems): number[] {
  return titleStems.years.length > 0 || !document.date ? titleStems.years : [Number(document.date.slice(0, 4))];
}

function titleHas(title: TitleStems, key: string): boolean {
  let has = title.has.get(key);
  if (has === undefined) {
    has = title.stems.has(key) || (key.length >= 4 && [...title.stems].some((t) => t.startsWith(key) && t.length - key.length <= 4));
    title.has.set(key, has);
  }
  return has;
}

/**
 * Words of the question that spell a document's title ("in the Verksamhetsplan och budget 2016–2018"):
 * they name where to look, not what to find. Returns their word positions and the document ids.
 */
function documentReference(index: AnswerIndex, typed: string[], years: number[] = [], dates: QuestionDate[] = []): { used: Set<number>; documents: string[] } {
  const keys = typed.map((w) => stem(foldKey(w)));
  let best: { used: Set<number>; documents: string[] } = { used: new Set(), documents: [] };
  // Only documents whose title shares a word with the question can be named by it.
  const candidates = new Set(keys.flatMap((k) => index.documentsByTitleStem.get(k) ?? []));
  for (const document of candidates) {
    const titleStems = titleStemsOf(index, document.title);
    const { head } = titleStems;
    // A title is only named by words that include its head word; most titles sharing a word with the question lack it.
    // ("kallas", "is called", stems as "Kallelse" does: a short stem names the head only if the word is written as it is.)
    const headWord = titleStems.headWord ?? '';
    const writtenAsHead = (i: number) => head === undefined || head.length >= 5 || foldKey(typed[i]).startsWith(headWord.slice(0, 5));
    if (!head || !keys.some((key, i) => namesHead(key, head) && writtenAsHead(i))) continue;
    // "digitaliseringsrådets möte i mars 2024" names no page of the council's meeting in 2023.
    if (MEETING_DOCUMENT_TYPES.has(document.type) && document.date && years.length > 0 && !years.includes(Number(document.date.slice(0, 4)))) continue;
    // … nor "ett möte i utbildningsrådet den 28 november" the page of its meeting on 12 September.
    if (MEETING_DOCUMENT_TYPES.has(document.type) && document.date && dates.length > 0 && !dateMatches({ temporal: { dates } }, document.date)) continue;
    // The longest run of consecutive content words all found in the title, at least two of them.
    let run: number[] = [];
    const consider = (candidate: number[]) => {
      if (candidate.length === 0 || !head) return;
      // A number names nothing alone: "bilaga 1" is in the title of many an annex.
      const content = candidate.filter((i) => !isStopword(typed[i].toLowerCase()) && !/^\d{1,2}$/.test(typed[i]));
      // One word names a document when it is the title's head and the question's years are the title's ("Regionplan 2018–2020").
      const titleYears = yearsNaming(document, titleStems);
      // ("nästa möte 2040" names no "Möte 2040-05-22 – Miljöchefsnätverket": a meeting page is named by its organ.)
      // ("Regionala kulturrådet … 2024" names a body, not "REGIONAL KULTURPLAN … 2024–2027".)
      const namesBody = content.length === 1 && ORGAN_WORD.test(typed[content[0] + 1] ?? '');
      const namedByYears = content.length === 1 && !namesBody && !GENERIC_TITLE_HEAD.test(head) && years.length > 0 && years.every((y) => titleYears.includes(y) || (titleYears.length === 2 && y >= titleYears[0] && y <= titleYears[1]));
      if ((content.length < 2 && !(namedByYears && keys[content[0]] === head)) || !head || !content.some((i) => namesHead(keys[i], head) && writtenAsHead(i))) return;
      if (candidate.length > best.used.size) best = { used: new Set(candidate), documents: [document.id] };
      else if (candidate.length === best.used.size && [...best.used].every((i) => candidate.includes(i))) best.documents.push(document.id);
    };
    keys.forEach((key, i) => {
      const inTitle = titleHas(titleStems, key);
      if (inTitle || (run.length > 0 && isStopword(typed[i].toLowerCase()) && i + 1 < keys.length)) run.push(i);
      else {
        consider(run);
        run = [];
      }
    });
    consider(run);
  }
  if (best.used.size === 0) return compoundDocumentReference(index, typed) ?? best;
  return best;
}

/** A word of the question is the title's head word, inflected or cut short ("regionplanen", "handlingspl"), but "län" is no "länsplan". */
function namesHead(key: string, head: string): boolean {
  return key.startsWith(head) || (head.startsWith(key) && key.length >= head.length - 3);
}

const DOCUMENT_KIND_ENDING = /(plan|strategi|policy|program|rapport|berättelse|avtal|överenskommelse)(?:en|et|n|men|met)?$/u;

/**
 * "i skolnärvaroplanen" for "Handlingsplan för ökad skolnärvaro", "klimathandlingsplanen" for "HANDLINGSPLAN för
 * klimatomställning": one compound of a topic and a kind of document names the document whose title has both,
 * though no title has the compound itself. The kind is the longest ending a title word holds ("handlingsplan", not "plan").
 */
function compoundDocumentReference(index: AnswerIndex, typed: string[]): { used: Set<number>; documents: string[] } | undefined {
  for (let i = 0; i < typed.length; i += 1) {
    const key = foldKey(typed[i]);
    const kind = DOCUMENT_KIND_ENDING.exec(key);
    if (!kind) continue;
    // Only titles holding the kind, and not the compound itself, can be named this way; each split tries a longer topic.
    const titles = index.kb.documents
      .map((document) => ({ document, words: index.tokensOfText(document.title) }))
      .filter(({ words }) => !words.includes(key) && words.some((w) => w.includes(kind[1])));
    const base = key.slice(0, kind.index + kind[1].length);
    for (let split = 5; split <= kind.index && titles.length > 0; split += 1) {
      const kindPart = base.slice(split);
      const topicWord = base.slice(0, split).replace(/s$/, '');
      if (topicWord.length < 5) continue;
      const topic = stem(topicWord);
      const named = titles.filter(({ words }) => words.some((w) => w.startsWith(topic)) && words.some((w) => w.includes(kindPart)));
      if (named.length > 0 && named.length <= 3) return { used: new Set([i]), documents: named.map(({ document }) => document.id) };
    }
  }
  return undefined;
}

/** Amount nouns, English or Swedish, and the Swedish stem a sentence stating that amount carries. */
const AMOUNT_NOUNS: Array<[RegExp, string]> = [
  [/\b(compensation|ersättning)/i, 'ersättning'],
  [/(budget)/i, 'budget'],
  // "Länsplanen … omfattar en ekonomisk ram på 1 086 mnkr": a plan's budget is its financial frame.
  [/(budget)/i, 'ekonomisk ram'],
  [/(budget)/i, 'ekonomiska ram'],
  [/(avgift|\bfees?\b)/i, 'avgift'],
  [/\b(costs?\b|kostnad|kostar|kostade)/i, 'kost'],
  [/(bidrag|\bgrants?\b)/i, 'bidrag'],
  [/(överskott|\bsurplus)/i, 'överskott'],
  [/(underskott|\bdeficit)/i, 'underskott'],
  // "How much did MCF grant …": a sum granted is named as one ("bidrag", "beviljade", "stöd"), not any sum beside the name.
  [/(\bgrant|bevilja)/i, 'bevilj'],
  [/(\bgrant|bevilja)/i, 'stöd'],
  [/(contribut|bidr[ao]g?\b|bidrar)/i, 'bidr'],
];

/** "How much did MCF grant …", "hur mycket bidrog kommunerna med": the verb names the amount. */
const AMOUNT_VERB_FRAME = /\b(?:how much (?:money |funding )?(?:did|does|do|will|has|have)|hur mycket (?:pengar )?(?:har |ska |kommer )?)\s*(?:\S+ ){0,3}?(grant(?:ed|s)?|contribut\w*|bevilja\w*|bidr[ao]g|bidrar|bidra)\b/i;

const AMOUNT_FRAME = /\b(?:what (?:is|was|were|are) the|how (?:much|large|big) (?:is|was|were|are) the|vad (?:var|är|blev)|hur (?:stor|stort|stora|mycket) (?:var|är|blev))\s+(?:den |det )?(?:[a-zåäö]+ ){0,2}?(compensation|ersättning\w*|budget\w*|costs?|kostnad\w*|bidrag\w*|grants?|överskott\w*|surplus|underskott\w*|deficit|fees?|[a-zåäö]*avgift\w*)\b/i;

/** Only the noun the frame asks for ("what was the ekonomisk ersättning"), not a money word elsewhere in the question. */
function amountStemsOf(question: string): string[] {
  const match = AMOUNT_FRAME.exec(question) ?? AMOUNT_VERB_FRAME.exec(question);
  if (!match) return [];
  // "the surplus or deficit": either amount answers.
  const alternative = /^\s+(?:or|eller)\s+(\p{L}+)/u.exec(question.slice(match.index + match[0].length))?.[1];
  const nouns = [match[1], ...(alternative ? [alternative] : [])];
  return AMOUNT_NOUNS.filter(([pattern]) => nouns.some((noun) => pattern.test(noun))).map(([, stem]) => stem);
}

/** "Med hur många procent ökade verksamhetens intäkter?": the measure whose change is asked ("intäkter"), not any percentage. */
const CHANGED_MEASURE = /(?<![\p{L}])(?:ökade|minskade|ökat|minskat|steg|sjönk|increased|decreased|rose|fell)\s+(?:(?:the|de|det|den)\s+)?(?:\p{L}+(?:s|'s)\s+)?(\p{L}{5,})/iu;

function changedMeasureOf(question: string): string[] {
  const noun = CHANGED_MEASURE.exec(question)?.[1];
  if (!noun || isStopword(noun.toLowerCase())) return [];
  // As the documents write it, less its ending ("intäkter" → "intäkt"): the amount stems are matched in the text as written.
  return [noun.toLowerCase().replace(/(?:erna|arna|orna|er|ar|or|en|et|na|s)$/u, '')];
}

const OUTDATED_SOURCE = /(?<![\p{L}])(?:lists|says|names|shows|anger|säger|står det)\s+(?:still\s+|fortfarande\s+)?(?:someone else|somebody else|another (?:person|name)|någon annan|en annan)(?![\p{L}])/iu;

/** "what's", "who's", "where's": the question words written out, as the question frames expect them. */
function withContractionsExpanded(question: string): string {
  return question.replace(/\b(what|who|where|when|how|which)['’]s\b/gi, '$1 is').replace(/\b(what|who|where|when|how)['’]re\b/gi, '$1 are');
}

/**
 * "… on 12 March? Tjärnström wasn't there right", "… i höstas? ordf var ju borta", "… wasn't Lena away that day": a closing remark on who was absent
 * says whom the answer is not; its words are nothing to find.
 */
const ABSENCE_ASIDE =
  /([?!.])\s*(?:[^?!.]{1,40}?\s(?:was(?:n't| not) (?:there|present|at the meeting)|was (?:absent|away|off|ill|sick)|could(?:n't| not) (?:come|attend|make it)|var (?:ju |väl |nog |inte )*(?:borta|frånvarande|sjuk|där|med)|hade (?:ju |väl |nog )?förhinder|kunde (?:ju |väl |nog )?inte (?:komma|delta|vara med))|was(?:n't| not) [^?!.]{1,40}?\s(?:away|absent|off|ill|sick|there|present)(?: that day)?)(?:,?\s*(?:right|eller|va|väl|ju|eh?))?\s*[?!.]*\s*$/iu;

function withoutAbsenceAside(question: string): string {
  return question.replace(ABSENCE_ASIDE, '$1');
}

export function analyzeQuestion(index: AnswerIndex, typedQuestion: string, options: { now?: Date } = {}): QuestionAnalysis {
  const question = withoutAbsenceAside(withContractionsExpanded(typedQuestion));
  const language = detectLanguage(question);
  const temporal = extractTemporalFacts(question);
  const parts = questionParts(question, temporal);
  const asks = detectAsks(question, temporal);
  // "How big was the deficit, and what caused it?": the cause is the second part's fact (answered part by part),
  // not a kind every chosen sentence must state.
  if (parts.length > 1) asks.cause = false;
  const roleKind = detectRoleKind(question);

  // Words outside dates, diary numbers and times carry the concepts.
  const typed = words(withPhrasesTranslated(withoutTemporalText(temporal), language)).filter((w) => monthNumber(w) === undefined || ACRONYM.test(w)).map(withoutClitic);
  const links = linkEntities(index, typed);
  const usedWords = new Set<number>();
  links.forEach((l) => l.usedWords.forEach((i) => usedWords.add(i)));
  // "… as of autumn 2024? the handlingsplan lists someone else": a document named as out of date is not where to look.
  // (Its words name it, so they are no words to find either.)
  const named = documentReference(index, typed, temporal.standaloneYears, temporal.dates);
  const reference = OUTDATED_SOURCE.test(question) ? { used: named.used, documents: [] } : named;
  // "Vad avses med resecentrum i förslaget om … vid resecentrum": the term asked about stays what to find,
  // though the document's title has it too.
  // ("Vad menas med en övningsskola": the article is not part of the term; "IKE – what does it stand for": a pronoun
  // names none.)
  const asked = asks.definition ? DEFINED_WORDS.exec(question)?.[1]?.trim().replace(/^(?:en|ett|a|an|the)\s+/i, '') : undefined;
  const definedWords = asked === undefined || /^(?:it|this|that|they|det|den|de|detta|dessa)$/i.test(asked) ? undefined : asked;
  const defined = new Set(definedWords ? words(definedWords).map((w) => foldKey(w)) : []);
  const firstDefined = typed.findIndex((w) => defined.has(foldKey(w)));
  // "Vem föredrar bredbandsplanen på mötet 25/11": on a dated meeting, the document named is an item's subject, to find.
  const itemSubject = asks.agenda && temporal.dates.length > 0;
  reference.used.forEach((i) => {
    if (!itemSubject && !(firstDefined >= 0 && i >= firstDefined && i < firstDefined + defined.size)) usedWords.add(i);
  });

  // "Evenemang Jämtland Härjedalen": the county's name, inside another name, is written in nearly every document.
  typed.forEach((w, i) => {
    if (/^jämtlands?$/i.test(w) && /^härjedalens?$/i.test(typed[i + 1] ?? '')) {
      usedWords.add(i);
      usedWords.add(i + 1);
    }
  });
  // "sista dag för kommunerna att besluta …" asks a deadline: the words of that phrase frame the question.
  if (DEADLINE.test(question.toLowerCase())) typed.forEach((w, i) => DEADLINE_WORDS.test(w) && usedWords.add(i));

  const concepts: Concept[] = links.map((l) => entityConcept(l.entity));
  for (const link of links) for (const [i, head] of link.compounded) concepts.push(compoundHeadConcept(typed[i], head));
  if (language === 'en') concepts.push(...englishCompounds(index, typed, usedWords));
  const seen = new Set<string>();
  typed.forEach((word, i) => {
    if (usedWords.has(i)) return;
    const concept = termConcept(word, i, language, index);
    if (!concept) return;
    const key = concept.forms.map((f) => f.stems.join('+')).join('|');
    if (seen.has(key)) return;
    seen.add(key);
    concepts.push(concept);
  });
  mergeTypedAbbreviations(question, concepts);
  markOpeningTopic(question, concepts);
  mergeAlternatives(question, concepts);
  markAskedPlaces(question, concepts);
  for (const dnr of temporal.diaryNumbers) concepts.push({ label: dnr, forms: [{ stems: [foldKey(dnr)], weight: 1 }], critical: true, kind: 'name' });

  let years = [...temporal.years];
  // Years that are part of a document's name ("Regionplan 2018–2020") say which document, not which year.
  // (Words naming several documents, as the body whose letterhead they all carry does, name a year only when all do.)
  const namingYears = reference.documents.map((id) => {
    const document = index.kb.documentById(id);
    return document ? yearsNaming(document, titleStemsOf(index, document.title)) : [];
  });
  const titleYears = new Set(namingYears.length === 0 ? [] : namingYears[0].filter((y) => namingYears.every((ys) => ys.includes(y))));
  const titleRanges = reference.documents.flatMap((id) => [...(index.kb.documentById(id)?.title ?? '').matchAll(/\b((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})\b/g)]);
  // The years inside a title's period name it only when the question writes the period too ("regionplanen 2018–2020");
  // "utfallet för 2029" of the plan 2026–2037 asks for that year.
  for (const [, from, to] of titleRanges) {
    if (!temporal.standaloneYears.includes(Number(from)) || !temporal.standaloneYears.includes(Number(to))) continue;
    for (let y = Number(from); y <= Number(to); y += 1) titleYears.add(y);
  }
  // "nästa sammanträde efter mötet den 6 november 2023": the date named is a point to count from, the answer lies after it.
  const countsFrom = /(?<![\p{L}])(?:nästa|kommande|next|following|upcoming|efter|after)(?![\p{L}])/iu.test(question);
  const strictYears = countsFrom ? [] : reference.documents.length > 0 ? temporal.standaloneYears.filter((y) => !titleYears.has(y)) : [...temporal.standaloneYears];
  if (reference.documents.length > 0) years = years.filter((y) => !titleYears.has(y) || !temporal.standaloneYears.includes(y));
  // "förra året (2021)": the year written out is the one meant.
  // ("… the samrådsgruppen notes from feb 2025, … last year": a month of a year dates the paper as a day does.)
  // ("… till och med mars 2022 jämfört med året innan": compared with the year before, the month's year is still asked.)
  const monthYears = /(?<![\p{L}])(?:jämfört|jämförelse|compared)(?![\p{L}])/iu.test(question) ? [] : temporal.months.map((m) => m.year).filter((y): y is number => y !== undefined);
  if (temporal.relativeYear !== undefined && temporal.standaloneYears.every((y) => monthYears.includes(y))) {
    // "In the notes from 14 March 2024, … for the previous year": the year before the dated paper's, not before today's.
    const dated = temporal.dates.find((d) => d.year !== undefined)?.year ?? monthYears[0];
    const year = (dated ?? presentYear(index, options.now ?? new Date())) + temporal.relativeYear;
    if (dated !== undefined) years = years.filter((y) => y !== dated);
    years.push(year);
    strictYears.push(year);
  }
  // "Åres översiktsplan 2040", "Strukturbild 2050": a plan named by the year it looks to is that plan, not a year asked.
  const namedByYear = new Set([...question.matchAll(PLAN_NAMED_BY_YEAR)].map((m) => Number(m[1])));
  years = years.filter((y) => !namedByYear.has(y));
  for (let i = strictYears.length - 1; i >= 0; i -= 1) if (namedByYear.has(strictYears[i])) strictYears.splice(i, 1);
  // "Senast när ska yttrandet om förvaltningsplanen 2027–2033 lämnas in?": the years of a named plan's period say which
  // plan, not when; a deadline or a day asked about lies outside them.
  const planYears = new Set<number>(namedByYear);
  if (asks.date && !asks.number) {
    for (const [, , from, to] of question.matchAll(NAMED_PERIOD)) for (let y = Number(from); y <= Number(fullYear(from, to)) && y - Number(from) <= 20; y += 1) planYears.add(y);
    years = years.filter((y) => !planYears.has(y));
    for (let i = strictYears.length - 1; i >= 0; i -= 1) if (planYears.has(strictYears[i])) strictYears.splice(i, 1);
  }
  // "… året innan, enligt verksamhetsberättelsen för 2024": the year before the named report's year.
  const reportYears = temporal.standaloneYears.filter((y) => titleYears.has(y));
  if (temporal.relativeYear !== undefined && reportYears.length > 0 && reportYears.length === temporal.standaloneYears.length) {
    const year = Math.max(...reportYears) + temporal.relativeYear;
    years.push(year);
    strictYears.push(year);
  }

  const countedNoun = countedNounOf(question, index);
  let definitionTarget: string | undefined;
  if (asks.definition) {
    // ("What does anropsstyrd trafik mean in the TFP": the abbreviation names where, the words asked about are the term.)
    const abbreviation = typed.find((w) => /^[A-ZÅÄÖ][A-ZÅÄÖa-zåäö0-9-]*$/.test(w) && (w.match(/[A-ZÅÄÖ]/g) ?? []).length >= 2 && (definedWords === undefined || definedWords.includes(w)));
    definitionTarget = abbreviation ?? links[0]?.entity.name;
  }
  return {
    question,
    language,
    asks,
    roleKind,
    concepts,
    temporal,
    years: [...new Set(years)].sort((a, b) => a - b),
    planYears: [...planYears],
    strictYears: [...new Set(strictYears)].sort((a, b) => a - b),
    entities: links.map((l) => l.entity),
    definitionTarget,
    definedWords,
    documentHint: documentHintOf(question),
    documentIds: reference.documents,
    parts,
    countedStems: countedNoun.stems,
    countedNounIsKnown: countedNoun.known,
    amountStems: asks.money ? amountStemsOf(question) : asks.percent ? changedMeasureOf(question) : [],
  };
}

export { nameStems };
