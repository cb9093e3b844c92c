/**
 * Evidence scoring: which passages and which sentences in them carry the question's concepts,
 * with what weight (rare words count more), for which year, and whether they state the kind of
 * fact asked for. Pure functions over the answer index.
 */
import { PARTY_LETTERS, type Passage, type RoleKind } from '../knowledge/index.js';
import { escapeRegExp, GLOSSARY_CHAPTER } from '../knowledge/patterns.js';
import { vocabularyFrom, type AnswerIndex } from './answer-index.js';
import { yearCellMissing } from './year-rows.js';
import { dateMatches, datesInText, daysOfMonthIn, inAskedMonth, periodMonthsIn, schoolYearsIn } from './dates.js';
import { countsIn, dateFit, inlineEnumeration, isMeetingPaper, MEETING_WORD, decisionBodiesIn, DIARY_ASKED, hasBodyWord, hasClockTime, hasDiaryNumber, hasMeasure, hasMoney, hasPercent, hasQuantity, hasTitleWord, hasYear, DEADLINE_ASKED, DEADLINE_STATED, monthsIn, NEXT_MEETING, NEXT_MEETING_STATED, municipalitiesIn, namesMunicipality, namesPerson, personNamesIn, sameDecisionBody, statesOutcome, yearsIn } from './features.js';
import { COUNTY_SCOPE_WORD, QUESTION_FRAME_WORDS, STOPWORDS_EN, STOPWORDS_SV } from './lexicon.js';
import { QuestionMatcher, vocabularyMatchesOf } from './matcher.js';
import { bestMatch, foldKey, matchToken, memoByText, stem, tokenize } from './text.js';
import { askedListNoun, CONDITION_ASKED, PARAGRAPH_ASKED, PARTY_ASKED, type Concept, type ConceptForm, type QuestionAnalysis } from './understand.js';
import { isCountyTableRow, isYearTableRow, type Unit } from './units.js';

export interface WeightedConcept {
  concept: Concept;
  idf: number;
}

export interface ScoredUnit {
  unit: Unit;
  passage: Passage;
  /** Weighted share of the question's concepts found in the unit or around it (0..1). */
  coverage: number;
  /** Per concept: match found in the unit itself (0..1). */
  inUnit: number[];
  /** Per concept: match in the unit, or discounted in its neighbourhood and headings. */
  matched: number[];
  typeFit: number;
  yearFit: number;
  /** The unit (or, when it names none, its passage) states the fact for another month than the one asked, or its document is dated another day than the one asked. */
  otherMonth: boolean;
  /** The unit speaks of another decision-making body (nämnd, styrelse, fullmäktige …) than the one the question names. */
  otherBody: boolean;
  score: number;
}

const vocabularyMatchCache = new WeakMap<AnswerIndex, Map<string, Array<{ token: string; strength: number }>>>();

/** Vocabulary tokens a stem matches, with strength (prefix lookups on the sorted vocabulary; memoised per knowledge base). */
function vocabularyMatches(index: AnswerIndex, stem: string): Array<{ token: string; strength: number }> {
  let cache = vocabularyMatchCache.get(index);
  if (!cache) {
    cache = new Map();
    vocabularyMatchCache.set(index, cache);
  }
  let matches = cache.get(stem);
  if (!matches) {
    matches = findVocabularyMatches(index, stem);
    if (cache.size > 20_000) cache.clear();
    cache.set(stem, matches);
  }
  return matches;
}

function findVocabularyMatches(index: AnswerIndex, stem: string): Array<{ token: string; strength: number }> {
  const out: Array<{ token: string; strength: number }> = [];
  const vocab = index.vocabulary;
  const lo = vocabularyFrom(vocab, stem);
  for (let i = lo; i < vocab.length && vocab[i].startsWith(stem); i += 1) {
    const strength = matchToken(stem, vocab[i]);
    if (strength > 0) out.push({ token: vocab[i], strength });
    if (out.length > 400) break;
  }
  return out;
}

function stemDf(index: AnswerIndex, stem: string): number {
  let df = 0;
  for (const { token } of vocabularyMatches(index, stem)) df += index.documentFrequency.get(token) ?? 0;
  return Math.min(df, index.passageCount);
}

const FRAME_WORD = /^(achiev|result|uppn|genomf|aktivitet|activit|done|gjorde|who|when|time|date|title|titel|hold|held)/i;

function isFrameWord(concept: Concept): boolean {
  return FRAME_WORD.test(concept.label);
}

/** Concept weight: the idf of its best-known form; a concept nowhere in the corpus weighs like a rare word. */
export function weighConcepts(index: AnswerIndex, analysis: QuestionAnalysis): WeightedConcept[] {
  const rare = Math.log(1 + index.passageCount);
  return analysis.concepts.map((concept) => {
    // A concept weighs as its main form (the word, or its first translation) — a rare synonym does not
    // make "mål" rare; the other forms count only when the main form is not in the documents.
    const idfOf = (stems: string[]) => {
      const df = Math.min(...stems.map((s) => stemDf(index, s)));
      return df === 0 ? 0 : Math.log(1 + index.passageCount / df);
    };
    let idf = concept.kind === 'entity' ? 0 : idfOf(concept.forms[0].stems);
    if (idf === 0) for (const form of concept.forms) idf = Math.max(idf, idfOf(form.stems) * form.weight);
    if (idf === 0) idf = concept.critical ? rare : rare * 0.5;
    if (concept.critical) idf = Math.max(idf, rare * 0.6);
    // Words that say what kind of answer is wanted ("achieve", "who", "meeting") weigh little as evidence.
    if (!concept.critical && isFrameWord(concept)) idf *= 0.35;
    return { concept, idf };
  });
}

/** Postings of the tokens a stem matches, with strength; compounds only for specific (long) stems. */
function stemPostings(index: AnswerIndex, stem: string): Array<{ postings: number[]; strength: number }> {
  const out: Array<{ postings: number[]; strength: number }> = [];
  for (const { token, strength } of vocabularyMatches(index, stem)) {
    if (strength < 1 && stem.length < 8) continue;
    const postings = index.postings.get(token);
    if (postings) out.push({ postings, strength });
  }
  return out;
}

const scratch = new WeakMap<AnswerIndex, { scores: Float64Array; best: Float64Array }>();

/** Per-passage score buffers, allocated once per knowledge base; ranking leaves them zeroed again. */
function scratchFor(index: AnswerIndex): { scores: Float64Array; best: Float64Array } {
  let buffers = scratch.get(index);
  if (!buffers) {
    buffers = { scores: new Float64Array(index.kb.passages.length), best: new Float64Array(index.kb.passages.length) };
    scratch.set(index, buffers);
  }
  return buffers;
}

/** Passages ranked by weighted concept presence, year-aware. */
export function rankPassages(index: AnswerIndex, analysis: QuestionAnalysis, weighted: WeightedConcept[], limit = 20): Array<{ passage: Passage; score: number }> {
  const { scores, best } = scratchFor(index);
  const touched: number[] = [];
  // Passages that got any score: ranking visits these, not every passage of the corpus.
  const candidates: number[] = [];
  // Very common words (in most passages) barely rank and cost the most: rank by the telling ones.
  const maxIdf = Math.max(...weighted.map((w) => w.idf));
  const telling = weighted.filter((w) => w.idf >= 0.25 * maxIdf);
  const postingsBudget = Math.max(200, Math.floor(index.kb.passages.length * 0.3));
  for (const { concept, idf } of telling) {
    for (const form of concept.forms) {
      if (form.stems.length === 1) {
        const lists = stemPostings(index, form.stems[0]);
        // A form found in a large share of passages (a frequent compound head) does not rank; skip its postings.
        if (telling.length > 1 && lists.reduce((n, l) => n + l.postings.length, 0) > postingsBudget) continue;
        for (const { postings, strength } of lists) {
          const s = strength * form.weight;
          for (const p of postings) {
            if (best[p] === 0) touched.push(p);
            if (s > best[p]) best[p] = s;
          }
        }
        continue;
      }
      // Several words that must all be there ("Regionens samverkansråd"): intersect, rarest word first,
      // so the common words ("region") are only looked up, never collected.
      const lists = form.stems.map((stem) => stemPostings(index, stem));
      const size = (l: ReturnType<typeof stemPostings>) => l.reduce((n, x) => n + x.postings.length, 0);
      lists.sort((a, b) => size(a) - size(b));
      let common = new Map<number, number>();
      lists.forEach((stemLists, k) => {
        const hits = new Map<number, number>();
        for (const { postings, strength } of stemLists) {
          for (const p of postings) {
            const held = k === 0 ? 1 : common.get(p);
            if (held === undefined) continue;
            const v = Math.min(held, strength);
            if (v > (hits.get(p) ?? 0)) hits.set(p, v);
          }
        }
        common = hits;
      });
      for (const [p, v] of common) {
        const s = v * form.weight;
        if (s <= 0) continue;
        if (best[p] === 0) touched.push(p);
        if (s > best[p]) best[p] = s;
      }
    }
    for (const p of touched) {
      if (scores[p] === 0) candidates.push(p);
      scores[p] += idf * best[p];
      best[p] = 0;
    }
    touched.length = 0;
  }
  // Passages with the question's own two-word phrases ("Regionplan 2018–2020") as written.
  const phraseBonus = Math.log(1 + index.passageCount) * 0.5;
  for (const phrase of questionPhrases(analysis.question)) {
    const [a, b] = phrase.trim().split(' ').map(foldKey);
    const first = index.postings.get(a);
    const second = index.postings.get(b);
    // Words found together in very many passages make a phrase that tells little and costs a read of each.
    if (!first || !second || Math.min(first.length, second.length) > PHRASE_POSTINGS_BUDGET) continue;
    const inSecond = new Set(second);
    for (const p of first) {
      if (!inSecond.has(p) || !normalizePhrase(index.kb.passages[p].text).includes(phrase)) continue;
      if (scores[p] === 0) candidates.push(p);
      scores[p] += phraseBonus;
    }
  }
  // "What is Tobaksfri duo?": a glossary's entry for the term ("Tobaksfri duo – Metod där …") ranks with the phrase,
  // however many passages merely use it.
  const glossaryEntry = analysis.asks.definition && analysis.definedWords ? glossaryEntryOf(analysis.definedWords) : undefined;
  if (glossaryEntry) {
    for (const p of candidates) if (glossaryEntry.test(index.kb.passages[p].text)) scores[p] += phraseBonus;
  }
  const preferred = preferredDocuments(index, analysis);
  // Year and document factors scale a score by at most `most` and at least `least`: a passage whose score
  // times `most` stays below the limit-th best score times `least` cannot be among the best, and is not weighed.
  const most = (analysis.years.length > 0 ? 1.3 : 1) * (preferred === undefined ? 1 : 1.3);
  const least = (analysis.years.length > 0 ? 0.6 : 1) * (preferred === undefined ? 1 : 0.8);
  const cutoff = candidates.length > limit ? (least * kthLargest(candidates.map((p) => scores[p]), limit)) / most : 0;
  const ranked: Array<{ passage: Passage; score: number }> = [];
  // Reading order among equal scores, as a full scan would give.
  candidates.sort((a, b) => a - b);
  for (const p of candidates) {
    const score = scores[p];
    scores[p] = 0;
    if (score <= 0 || score < cutoff) continue;
    const passage = index.kb.passages[p];
    const documentFactor = preferred === undefined ? 1 : preferred.has(passage.source.documentId) ? 1.3 : 0.8;
    ranked.push({ passage, score: score * passageYearFactor(passage, analysis.years) * documentFactor });
  }
  ranked.sort((x, y) => y.score - x.score);
  return ranked.slice(0, limit);
}

function glossaryEntryOf(term: string): RegExp | undefined {
  const words = term.split(/\s+/).filter(Boolean).map(escapeRegExp);
  return words.length === 0 ? undefined : new RegExp(`(?:^|\\n)\\s*${words.join('\\s+')}\\s*[–—:]\\s`, 'iu');
}

/** The k-th largest value (k ≥ 1, values.length ≥ k), by keeping the k largest seen in a small sorted array. */
function kthLargest(values: readonly number[], k: number): number {
  const top: number[] = [];
  for (const v of values) {
    if (top.length === k && v <= top[k - 1]) continue;
    let at = top.length === k ? k - 1 : top.length;
    while (at > 0 && top[at - 1] < v) {
      top[at] = top[at - 1];
      at -= 1;
    }
    top[at] = v;
  }
  return top[k - 1];
}

function documentPeriod(index: AnswerIndex, passage: Passage): number[] {
  return index.kb.documentById(passage.source.documentId)?.period ?? [];
}

function passageYearFactor(passage: Passage, years: number[]): number {
  if (years.length === 0 || passage.year === undefined) return 1;
  if (years.includes(passage.year)) return 1.3;
  if (years.some((y) => hasYear(passage.text, y))) return 1.1;
  return 0.6;
}

function formMatch(form: ConceptForm, tokens: readonly string[]): number {
  let weakest = 1;
  for (const stem of form.stems) {
    const m = bestMatch(stem, tokens);
    if (m === 0) return 0;
    weakest = Math.min(weakest, m);
  }
  return weakest * form.weight;
}

export function conceptMatch(concept: Concept, tokens: readonly string[]): number {
  let best = 0;
  for (const form of concept.forms) best = Math.max(best, formMatch(form, tokens));
  return best;
}

/**
 * "How many …" is answered by a count of the thing asked about: a number next to one of the
 * question's words ("134 st enskilda uppkopplingar", "varav sju genomförts"), not any number in
 * the sentence ("de två lokala styrgrupperna") and not an amount of money.
 */
function countFit(text: string, weighted: WeightedConcept[], matcher: QuestionMatcher, countedStems: readonly string[], strict: boolean, conceptMask?: readonly boolean[]): number {
  const counts = countsIn(text);
  if (counts.length === 0) return 0;
  for (const { before, after } of counts) {
    const nearTokens = tokenize(`${before} ${after}`);
    // "how many days" is answered by "30-50 dagar" even when "days" is not a content word of the question.
    // A rate ("sammanträder två gånger per år") is how often, not how many were held in a period.
    const rate = strict && /^gånger (?:per|om|i)\b/i.test(after);
    if (!rate && countedStems.some((stem) => bestMatch(stem, nearTokens) >= 0.85)) return 1;
    // A count of another noun ("fyra prioriterade områden") does not answer "hur många sammanträden".
    if (strict) continue;
    // The noun right after a count is what it counts: "tre utskott" are not the members asked for, "11 linjer" not the boardings.
    if (countedStems.length > 0 && countsAnotherNoun(tokenize(after)[0])) continue;
    const near = matcher.match(nearTokens);
    // "… i länet": the scope of a count is no sign of what it counts.
    if (weighted.some((w, i) => w.concept.kind !== 'entity' && !COUNTY_SCOPE_WORD.test(w.concept.label) && (!conceptMask || conceptMask[i]) && near[i] >= 0.85)) return 1;
  }
  return strict ? 0 : 0.5;
}

/** Words after a number that measure or qualify it rather than name what is counted (folded, as tokens are). */
const NOT_A_COUNTED_NOUN = new Set(
  `stycken procent procentenheter miljoner miljon miljarder tusen hundra under från åren året gånger olika fler färre stora större
  mindre totalt sammanlagt ungefär cirka drygt knappt nästan över kronor million millions thousand more total`.split(/\s+/).map(foldKey),
);

function countsAnotherNoun(token: string | undefined): boolean {
  return token !== undefined && /^\p{L}{4,}$/u.test(token) && !NOT_A_COUNTED_NOUN.has(token);
}

const GROUP_MEMBERS_ASKED =
  /\b(?:vilka (?:ingår|ingick|sitter|satt|är med) i|vilka (?:är|var) med i|who (?:is|are|was|were) (?:in|on)|members? of|består|bestod)\b.*(?:grupp|group|team|nätverk|network)/iu;
const GROUP_COMPOSITION = /\b(?:bestående av|består av|bestod av|utgörs av|med representanter (?:från|för)|sammansatt av)\b/iu;

const NAME_ASKED = /\b(?:vad (?:heter|hette|kallas|kallades)|vilket namn|what (?:is|was|are|were)\b.*\bcalled|what name|under vilket namn)\b/iu;
const NAMING = /\b(?:med namnet|under namnet|heter|hette|kallas|kallad|kallat|benämn\w*|döpt\w*|namnet)\b|[”"“][^”"“]{2,60}[”"“]|#\p{L}/iu;

function withoutYears(text: string, years: readonly number[]): string {
  if (years.length === 0) return text;
  return text.replace(new RegExp(`\\b(?:${years.join('|')})\\b(?!-\\d{2}-\\d{2})`, 'g'), ' ');
}

/** Question wordings typeFit weighs every candidate by, read once per question. */
const questionFormOf = memoByText((question) => ({
  paragraph: PARAGRAPH_ASKED.test(question),
  groupMembers: GROUP_MEMBERS_ASKED.test(question),
  name: NAME_ASKED.test(question),
  municipalities: MUNICIPALITIES_ASKED.test(question),
  day: /(?<![\p{L}])(?:what date|which date|on what day|which day|vilket datum|vilken dag)(?![\p{L}])/iu.test(question),
  deadline: DEADLINE_ASKED.test(question),
  party: PARTY_ASKED.test(question),
  adoption: ADOPTION_ASKED.test(question),
}), 1_000);

/** A paper's adoption in the past tense: "antogs", "fastställdes", "was adopted". */
const ADOPTED_VERBS = String.raw`antogs|fastställdes|beslutades|godkändes|adopted|approved`;
/** "när antogs …", "when was … adopted": a decision taken, asked for its day. */
// ("When did SKS adopt the handlingsplan …": the verb's present form after "did".)
const ADOPTION_ASKED = new RegExp(String.raw`(?<![\p{L}])(?:${ADOPTED_VERBS}|antog|antagen|antaget|antagits|fastställd|fastställt|(?<=\bdid\s(?:\S+\s){1,4})adopt)(?![\p{L}])`, 'iu');
const ADOPTION_STATED = /(?<![\p{L}])(?:antogs|antog|antagen|antaget|antagna|antagits|antas|fastställ\p{L}*|beslut\p{L}*|beslöt|godkän\p{L}*|klubba\p{L}*|adopted|approved)(?![\p{L}])/iu;
/** The kinds of paper a body adopts, by the root of the word naming them. */
const PAPER_KIND = /(?:plan|program|strategi|policy|avtal|överenskommelse)/iu;
/** "Programmet antogs …", "Strategin fastställdes …": a paper of a kind adopted, the sentence's subject. */
const KIND_ADOPTED = new RegExp(String.raw`^(?:\p{Lu}\p{Ll}+\s+)?(\p{L}*(?:planen|programmet|strategin|policyn|avtalet|överenskommelsen))\s+(?:\p{Ll}+\s+)?(?:${ADOPTED_VERBS})(?![\p{L}])`, 'iu');
const PAPER_ASKED = /(?<![\p{L}])\p{L}*(?:plan|program|programme|strategi|strategy|policy|avtal|agreement|överenskommelse)\p{L}*/iu;

const PAPER_WORD = /(?<![\p{L}])\p{L}*(?:plan|program|strategi|policy|avtal|överenskommelse)(?:en|et|met|men|n|er|erna|s|ens|ets|mets|ns)?(?![\p{L}])/giu;

/** The sentence names a paper of the kind the question asks about ("handlingsplanen" for "the action plan"), or the question names none. */
function namesPaperOfAskedKind(question: string, text: string): boolean {
  const asked = PAPER_ASKED.exec(question)?.[0];
  if (!asked) return true;
  const kind = paperKindOf(asked);
  return [...text.matchAll(PAPER_WORD)].some((m) => paperKindOf(m[0]) === kind);
}

function paperKindOf(word: string): string | undefined {
  return PAPER_KIND.exec(word.toLowerCase().replace('programme', 'program').replace('strategy', 'strategi').replace('agreement', 'avtal'))?.[0];
}

/** "when was the handlingsplan adopted" answered by "Programmet antogs …": another kind of paper's adoption. */
function adoptsOtherKind(question: string, text: string): boolean {
  const adopted = KIND_ADOPTED.exec(text.trim())?.[1];
  const asked = PAPER_ASKED.exec(question)?.[0];
  if (!adopted || !asked) return false;
  const [a, b] = [paperKindOf(adopted), paperKindOf(asked)];
  return a !== undefined && b !== undefined && a !== b;
}

/** "Kommun  Beslutsdatum  Paragraf": a table of the days the paper it stands in was adopted. */
const DECISION_DAYS_HEADING = /(?<![\p{L}])beslutsdatum(?![\p{L}])/iu;
/** "Antagen av Folkhälsorådet 2023-11-22, § 41": a paper's own adoption, stated on its cover without naming it. */
// (The dump may join the letterhead's lines before it: "Region Jämtland Härjedalen Dnr RS/77/2030 Antagen av …".)
const OWN_ADOPTION_LINE = /^(?:[^.]*?(?<![\p{L}])Dnr:?\s+\S+\s+)?(?:antagen|antaget|antagna|fastställd|fastställt|fastställda|godkänd|godkänt|beslutad|beslutat)\s+(?:av|i|vid|den)(?![\p{L}])/iu;

/** "När antogs Färjeledsstrategi 2030" answered by the cover line of a "Handlingsplan …": another kind of paper's adoption. */
export function adoptsOtherPaper(question: string, text: string, documentTitle: string | undefined): boolean {
  if (!documentTitle || !questionFormOf(question).adoption || !OWN_ADOPTION_LINE.test(text.trim())) return false;
  const asked = PAPER_ASKED.exec(question);
  const titled = PAPER_ASKED.exec(documentTitle)?.[0];
  if (!asked || !titled) return false;
  const [a, b] = [paperKindOf(asked[0]), paperKindOf(titled)];
  if (a === undefined || b === undefined) return false;
  // ("handlingsplanen för halkbekämpning" is not the "Handlingsplan för säkra skoterleder" either.)
  const title = foldKey(documentTitle);
  return a !== b || paperSubject(question.slice(asked.index + asked[0].length)).some((word) => !title.includes(foldKey(word).slice(0, 5)));
}

const SUBJECT_PREPOSITION = /^\s+(?:för|mot|om|inom|for|on|against)\s+/iu;
const NOT_SUBJECT = /^(?:och|and|i|in|the|a|an|was|were|is|by|av|när|when|adopted|approved|antogs|fastställdes|beslutades|godkändes|antagen|antaget|fastställd)$/iu;

/** The words after "för"/"mot" naming what a paper is about ("handlingsplanen för halkbekämpning" → halkbekämpning). */
function paperSubject(after: string): string[] {
  const preposition = SUBJECT_PREPOSITION.exec(after);
  if (!preposition) return [];
  const words: string[] = [];
  for (const word of after.slice(preposition[0].length).split(/\s+/)) {
    const bare = word.replace(/[?.,!:;]+$/u, '');
    if (!/^\p{L}[\p{L}-]*$/u.test(bare) || NOT_SUBJECT.test(bare) || words.length === 3) break;
    if (bare.length >= 4) words.push(bare);
    if (bare !== word) break;
  }
  return words;
}

/**
 * "… ska tas fram under 2025", "planeras att tas fram", "Den är ännu inte beslutad", "lämna ett utkast till …",
 * "ger Energikontoret i uppdrag att ta fram ett förslag till …", "Ta fram Handlingsplan …; beslut … planeras under 2024",
 * "… skickas på remiss i december".
 */
const NOT_YET_ADOPTED = /(?<![\p{L}])(?:(?:ska|skall)\s+(?:[\p{L}-]+\s+){0,8}?(?:tas fram|beslutas|antas|fastställas|utarbetas|arbetas fram|tas upp för beslut)|planeras att|inte kan antas|ännu inte|inte (?:ännu )?(?:antagen|antaget|antagits|beslutad|beslutat|fastställd|fastställt)|not yet|is to be|will be (?:drawn up|adopted|decided)|lämna ett utkast|under framtagande|håller på att tas fram|i uppdrag att (?:ta|arbeta) fram|(?:ta|tar|togs) fram (?:ett )?förslag|beslut\p{L}* [^.]{0,60}?planeras|(?:skickas|går|gick|sänds|sändes) (?:ut )?på remiss)(?![\p{L}])/iu;

const PARTY_MARK = String.raw`\((?:${PARTY_LETTERS.join('|')})\)`;
const PARTY_ROLE_TITLES: Partial<Record<RoleKind, string>> = {
  chair: String.raw`ordförande|ordf\.?`,
  'vice-chair': String.raw`(?:\d:e |förste |andre )?vice ordförande`,
  secretary: 'sekreterare',
  convenor: 'sammankallande',
};

/**
 * The party stands by the person asked about: after the name the question writes ("Hallman (S)"), or by the role it
 * asks for ("Petra Lindkvist (C), ordförande", "ordförande: Petra Lindkvist (C)"). A question naming neither takes any.
 */
function statesPartyOfAsked(text: string, analysis: QuestionAnalysis): boolean {
  const names = analysis.concepts.filter((c) => c.kind === 'name').flatMap((c) => c.label.split(/\s+/)).filter((w) => /^\p{Lu}\p{Ll}{2,}$/u.test(w));
  const title = analysis.roleKind ? PARTY_ROLE_TITLES[analysis.roleKind] : undefined;
  if (names.length === 0 && !title) return PARTY_STATED.test(text);
  if (names.some((name) => new RegExp(`(?<![\\p{L}])${name}\\s*${PARTY_MARK}`, 'u').test(text))) return true;
  return title !== undefined && new RegExp(`${PARTY_MARK},?\\s*(?:${title})(?![\\p{L}])|(?<![\\p{L}])(?:${title}):?\\s+\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+){0,2}\\s*${PARTY_MARK}`, 'iu').test(text);
}

const PARTY_WORD = /^(?:parti\p{L}*|party|parties)$/iu;
const PARTY_STATED = new RegExp(String.raw`${PARTY_MARK}|(?<![\p{L}])(?:socialdemokrat\p{L}*|moderat(?:erna|er|en)|centerpartiet|vänsterpartiet|liberalerna|folkpartiet|kristdemokrat\p{L}*|miljöpartiet|sverigedemokrat\p{L}*)(?![\p{L}])`, 'iu');

export const MUNICIPALITIES_ASKED = /(?<![\p{L}])(?:vilka|which|what)\s+(?:\p{L}+\s+)?(?:kommuner(?:na)?|municipalities)(?![\p{L}])/iu;

/**
 * How well a unit states the kind of fact asked for (0..1). A part of a question ("hur många deltog …, och hur stor
 * andel …") counts only what its own words (conceptMask) stand beside.
 */
export function typeFit(index: AnswerIndex, analysis: QuestionAnalysis, text: string, weighted: WeightedConcept[], matcher: QuestionMatcher, conceptMask?: readonly boolean[]): number {
  const { asks } = analysis;
  const questionForm = questionFormOf(analysis.question);
  const fits: number[] = [];
  if (asks.time) fits.push(hasClockTime(text) ? 1 : 0);
  // The years the question itself names ("the policy 2016–2019") are not the date it asks for.
  else if (asks.date) {
    const fit = dateFit(withoutYears(text, analysis.temporal.years));
    // "On what date / vilket datum" asks for a day: a year alone does not answer it.
    // "Senast när …" asks for a deadline: a date for something else in the same passage does not answer it.
    const deadlineFit = questionForm.deadline && !DEADLINE_STATED.test(text) ? 0.5 : 1;
    // "När antogs handlingsplanen": a sentence saying it is still to be drawn up or decided dates no adoption.
    // (… and the day of another event, with no decision in the sentence, is not the day it was adopted.)
    // (… nor is "Programmet antogs …" the day "handlingsplanen" was adopted.)
    // (… and a decision that names no paper of the kind asked, "Vintergruppen beslutar att fördela medlen", adopts none.)
    const notYet = !questionForm.adoption ? 1 : NOT_YET_ADOPTED.test(text) || adoptsOtherKind(analysis.question, text) ? 0 : ADOPTION_STATED.test(text) && (namesPaperOfAskedKind(analysis.question, text) || OWN_ADOPTION_LINE.test(text.trim()) || DECISION_DAYS_HEADING.test(text)) ? 1 : 0.5;
    fits.push(notYet * deadlineFit * (questionForm.day && fit < 1 ? 0.4 * fit : fit));
  }
  // A county table's row states its figures under its column headings ("Andel (%) Belopp per år (tkr) — Krokom … 200").
  if ((asks.money || asks.percent || asks.measure || asks.number) && (isCountyTableRow(text) || isYearTableRow(text) || YEAR_VALUE_SERIES.test(text))) fits.push(1);
  else if (asks.money) fits.push(hasMoney(text) ? 1 : hasQuantity(text) ? 0.4 : 0);
  else if (asks.percent) fits.push(hasPercent(text) ? 1 : hasQuantity(text) ? 0.4 : 0);
  // "How much / hur mycket": an amount, a share, a range or a measure ("3-5 grader", "12 %", "767,7 miljoner kronor").
  else if (asks.measure) fits.push(hasMoney(text) || hasPercent(text) || hasMeasure(text) ? 1 : countFit(text, weighted, matcher, analysis.countedStems, analysis.countedNounIsKnown, conceptMask));
  else if (asks.number) fits.push(countFit(text, weighted, matcher, analysis.countedStems, analysis.countedNounIsKnown, conceptMask));
  if (asks.goal && !asks.list) fits.push(statesTarget(text) ? 1 : 0.6);
  // "Who" is a person, or a title or body that acts ("av vem" → "Regionfullmäktige").
  if (asks.cause) fits.push(CAUSE_STATED.test(text) ? 1 : 0.5);
  if (asks.personName) fits.push(namesPerson(text, index.personNames) ? 1 : 0);
  else if (asks.person) fits.push(personNamesIn(text, index.personNames).length > 0 ? 1 : hasTitleWord(text) || hasBodyWord(text) ? 0.7 : 0);
  // "What is X" is answered by the sentence that defines it ("Med X avses …", "X är en …", "X innebär …").
  if (asks.definition && !asks.person) fits.push(definesSomething(text) ? (definesAsked(text, analysis, weighted) ? 1 : 0.8) : 0.7);
  // "Where" is answered by a place: a capitalised name after a preposition of place ("i Järpen och Hede").
  if (asks.place && !asks.person) fits.push(PLACE_NAMED.test(text) ? 1 : 0.6);
  // "What did X achieve" is answered by what was done or changed, not by a line that only names X.
  if (asks.results && !asks.goal && !asks.person && !asks.number) fits.push(statesOutcome(text) ? 1 : 0.3);
  // "Vilken paragraf / which §" is answered by a § number.
  if (questionForm.paragraph) fits.push(/§\s*\d/.test(text) ? 1 : 0);
  // "Vilka ingår i arbetsgruppen" is answered by what the group consists of, not by a sentence naming it.
  if (questionForm.groupMembers) fits.push(GROUP_COMPOSITION.test(text) ? 1 : 0.6);
  // "Vilka kommuner …" is answered by a sentence naming municipalities, not by one naming the topic.
  if (questionForm.municipalities) fits.push(municipalitiesIn(text).length >= 2 ? 1 : municipalitiesIn(text).length === 1 ? 0.6 : 0);
  // "Vad heter X / what is X called" is answered by the sentence that names it.
  if (questionForm.name) fits.push(NAMING.test(text) ? 1 : 0.6);
  // "Vilket parti tillhör X" is answered by X's party, "(S)": a sentence naming X alone, or another's party, does not.
  if (questionForm.party) fits.push(statesPartyOfAsked(text, analysis) ? 1 : 0);
  if (fits.length === 0) return 1;
  return fits.reduce((a, b) => a + b, 0) / fits.length;
}

// … and the previous year's figure in brackets: "46 utbildningstillfällen (2022: 41)", "310 ng/l (290 ng/l 2022)",
// "9 kokningsrekommendationer (7 år 2023)".
// … and a baseline value's year after it: "Frisknärvaro 41 % (2022) 50 %".
const COMPARISON_CLAUSE = /(?<![\p{L}])(?:jämfört med|jämfört mot|i jämförelse med|compared (?:with|to))[^.;]*|\((?:år |året )?(?:19|20)\d\d:\s*[\d\s,]+(?:[\p{L}%]+\s*)?\)|\(\d[\d\s,.]*(?:\s*[\p{L}%/]+)?\s+(?:år\s+)?(?:19|20)\d\d\)|(?<=\d\s*%?\s*)\((?:19|20)\d\d\)/giu;

const PERIOD_START_YEAR = /(?<![\p{L}])(?:sedan|since)\s+(?:år\s+)?(?:19|20)\d{2}(?![\d–-])/giu;
/** A text without the years it names only as where a period starts (a passage's is asked for each of its units). */
const withoutPeriodStarts = memoByText((text) => text.replace(PERIOD_START_YEAR, ' '));

const TARGET_YEAR_HEADING = /(?<![\p{L}])(?:mål|målvärde|målnivå|target)\s+((?:19|20)\d{2})(?![\d–-])/giu;

/** Years a sentence states its fact for: "… var 1,9 dagar, jämfört med 2,6 dagar för motsvarande period 2022" states none. */
function ownYearsOf(text: string): number[] {
  return yearsIn(text.replace(COMPARISON_CLAUSE, ' '));
}

/** 1 when the unit is about an asked year, lower when it is about another year. */
export function yearFit(index: AnswerIndex, analysis: QuestionAnalysis, tableOrSentence: Unit, passage: Passage): number {
  const years = analysis.years;
  // A county table is about the year of its caption and columns ("Besök 2028"), not of a date in a cell ("Öppnad 2027-01").
  const unit = tableOrSentence.countyTable ? { ...tableOrSentence, text: tableOrSentence.text.replace(/\b(?:19|20)\d{2}-\d{2}(?:-\d{2})?\b/g, ' ') } : tableOrSentence;
  // "Till och med vilket datum ville nätverket i mars 2024 …": the meeting held in the asked month is the asked
  // time; a later day its minutes state ("till och med 2026-12-31") is the date asked for, not another year's fact.
  const dated = index.kb.documentById(passage.source.documentId)?.date;
  const { date, number, money, measure, percent } = analysis.asks;
  const dateFromAskedMeeting = date && !(number || money || measure || percent) && heldInAskedMonth(analysis, dated);
  if (years.length === 0) return dateFromAskedMeeting ? 1 : namedDocumentYearFit(index, analysis, unit, passage);
  // "läsåret 2024/25" asked: a sentence about 2025/26 names 2025 but is about another school year.
  const askedSchoolYears = analysis.temporal.schoolYears;
  const statedSchoolYears = askedSchoolYears.length > 0 ? schoolYearsIn(unit.text) : [];
  if (statedSchoolYears.length > 0) return statedSchoolYears.some((y) => askedSchoolYears.includes(y)) ? 1 : 0.3;
  // … and a report on another school year ("Uppföljning läsåret 2025/26") does not state the asked one's figures.
  const reportedSchoolYears = askedSchoolYears.length > 0 ? schoolYearsIn(`${passage.source.title} ${passage.text}`) : [];
  if (reportedSchoolYears.length > 0 && !reportedSchoolYears.some((y) => askedSchoolYears.includes(y))) return 0.3;
  const figureAsked = number || money || measure || percent;
  // "har sedan 2019 fördelat ett stöd …" names 2019 as where a period starts, not as the year its figures are for.
  const statedText = figureAsked ? withoutPeriodStarts(unit.text) : unit.text;
  // "Nyckeltal 2021 2022 2023 — Besök … uppgift saknas 21 300 33 850": the row states no figure for 2021.
  if (figureAsked && years.length === 1 && yearCellMissing(unit.text, years[0])) return 0.3;
  if (years.some((y) => hasYear(statedText, y))) return 1;
  if (dateFromAskedMeeting) return 0.9;
  const unitYears = ownYearsOf(statedText);
  // "Nr Indikator Utgångsvärde Mål 2027" over a row naming no year of its own: the row's target is for 2027.
  const headingTargets = unitYears.length === 0 ? [...(passage.source.section.at(-1) ?? '').matchAll(TARGET_YEAR_HEADING)].map((m) => Number(m[1])) : [];
  if (headingTargets.length > 0 && !headingTargets.some((y) => years.includes(y))) return 0.3;
  const period = documentPeriod(index, passage);
  // "Verksamhetsberättelse 2024 – uppföljning av strategin 2024–2030": a yearless figure of it ("utökades under året
  // till 7 500 tkr") is the report's year's, not one of the years the strategy it follows up covers.
  if (figureAsked && analysis.strictYears.length > 0 && unitYears.length === 0 && !(passage.year !== undefined && years.includes(passage.year))) {
    const reported = reportYearOf(index, passage);
    if (reported !== undefined && !years.includes(reported)) return 0.3;
  }
  // Minutes dated 2024-06-12 with no period of their own are about 2024.
  const passageAbout = passage.year !== undefined ? [passage.year] : period.length > 0 ? period : dated ? [Number(dated.slice(0, 4))] : [];
  if (passageAbout.some((y) => years.includes(y)) || period.some((y) => years.includes(y))) {
    // The passage is about the year, but the sentence itself speaks of another one.
    // When the question names its year, a sentence stating the fact for another year ("ersättningen 2021 …")
    // is a confident wrong answer: it falls below the threshold.
    // (A document about the asked year — "verksamhetsberättelsen 2021" — may state a later deadline; that is its fact.)
    // A figure stated for another year ("omsättning … under 2016 på ca 600 tkr") is that year's, whatever the plan covers.
    if (unitYears.length > 0 && unitYears.every((y) => !years.includes(y))) return analysis.strictYears.length > 0 && (figureAsked || !period.some((y) => years.includes(y))) ? 0.3 : 0.5;
    // A plan for 2021–2025 covers 2022, but a section of it whose text states only 2019 and 2020 ("Okt 2019 Okt 2020")
    // gives figures for those years: a sentence of it that names none is not 2022's figure.
    if (unitYears.length === 0 && statesOtherYearsOnly(analysis, passage)) return 0.3;
    return 0.9;
  }
  // The sentence states the fact for another year ("ersättningen 2021 …") than the one the question names.
  if (analysis.strictYears.length > 0 && unitYears.length > 0 && unitYears.every((y) => !years.includes(y))) return 0.3;
  if (years.some((y) => hasYear(figureAsked ? withoutPeriodStarts(passage.text) : passage.text, y))) {
    // "Uppföljningen avser 2023. Antalet … ökade till 3 742 000 …": the sentence just before dates this one.
    if (unitYears.length === 0 && datedBySentenceBefore(index, unit, passage, years, analysis.question)) return 0.9;
    // A passage about another year that names the asked one in passing ("mandatperioden 2019-2022"):
    // a sentence of it that names no year ("fyra sammanträden under året") speaks of the passage's year.
    return analysis.strictYears.length > 0 && passage.year !== undefined && unitYears.length === 0 ? 0.3 : 0.7;
  }
  if (passageAbout.length === 0) return unitYears.length === 0 && statesOtherYearsOnly(analysis, passage) ? 0.3 : 0.5;
  return 0;
}

const ANNUAL_REPORT_YEAR = /^(?:verksamhetsberättelse|årsberättelse|årsredovisning|annual report)\s+(?:för\s+)?((?:19|20)\d{2})(?![\d–-])/iu;

/** The one year an annual report is for, read from its title ("Verksamhetsberättelse 2024 …"); read once per title. */
const reportYearOfTitle = memoByText((title) => {
  const match = ANNUAL_REPORT_YEAR.exec(title);
  return match ? Number(match[1]) : undefined;
});

function reportYearOf(index: AnswerIndex, passage: Passage): number | undefined {
  return reportYearOfTitle(index.kb.documentById(passage.source.documentId)?.title ?? passage.source.title);
}

/** A dated paper (minutes of 2024-03-14) held in a month the question names ("i mars 2024", "den 14 mars"). */
function heldInAskedMonth(analysis: QuestionAnalysis, dated: string | undefined): boolean {
  if (!dated || !/^\d{4}-\d{2}-\d{2}$/.test(dated)) return false;
  return dateMatches(analysis, dated) || inAskedMonth(analysis, dated);
}

const REPORTS_ON_YEAR = /(?<![\p{L}])(?:avser|gäller|omfattar|refers to|covers)\s+(?:år\s+|verksamhetsåret\s+|the year\s+)?((?:19|20)\d{2})\s*[.]?$/iu;

/** "Vid mötet 2023-11-28 deltog 14 …" before "Minnesanteckningarna skrevs av …": the sentences after speak of that meeting. */
const AT_DATED_MEETING = /^(?:Vid|På|Under)\s+(?:mötet|sammanträdet|träffen)\s+(?:den\s+)?((?:19|20)\d{2})-\d{2}-\d{2}(?!\d)/u;

/** "enligt prislistan för 2025": what the question dates by its year. */
const DATED_THING = /(?<![\p{L}])(\p{L}{4,})\s+(?:för|for|avseende)\s+((?:19|20)\d{2})(?!\d)/giu;
const datedThingsIn = memoByText((question) => [...question.matchAll(DATED_THING)].map((m) => `${m[1]} för ${m[2]}`.toLowerCase()), 1_000);

/**
 * The sentence right before the unit says which year it reports on ("Uppföljningen avser 2023."), one the question
 * asks; or one of the two before it names the thing the question dates ("… att prislistan för 2025 räknas upp …" over
 * "Några exempel ur förslaget: … 186 900 kronor" for "enligt prislistan för 2025").
 */
function datedBySentenceBefore(index: AnswerIndex, unit: Unit, passage: Passage, years: readonly number[], question: string): boolean {
  const units = index.unitsOf(passage);
  const before = unit.index > 0 ? units[unit.index - 1] : undefined;
  const stated = before ? (REPORTS_ON_YEAR.exec(before.text.trim()) ?? AT_DATED_MEETING.exec(before.text.trim())) : null;
  if (stated !== null && years.includes(Number(stated[1]))) return true;
  const things = datedThingsIn(question);
  if (things.length === 0) return false;
  return units.slice(Math.max(0, unit.index - 2), unit.index).some((u) => things.some((thing) => u.text.toLowerCase().includes(thing)));
}

/**
 * A figure is asked for a named year, and the passage (not dated itself) states only other years: "Indikator 2019 2021
 * 2023 …" gives no 2022 figure, whatever the rest of the table says without a year.
 */
function statesOtherYearsOnly(analysis: QuestionAnalysis, passage: Passage): boolean {
  const { number, money, measure, percent } = analysis.asks;
  if (!(number || money || measure || percent) || analysis.strictYears.length === 0 || passage.year !== undefined) return false;
  // ("… 310 ng/l (290 ng/l 2022)": last year's figure beside this year's states no year of its own.)
  const passageYears = yearsIn(withoutPeriodStarts(passage.text.replace(COMPARISON_CLAUSE, ' ')));
  return passageYears.length > 0 && passageYears.every((y) => !analysis.years.includes(y));
}


/**
 * A year that names a document ("enligt överenskommelsen 2020") is not a constraint on that document's
 * sentences, but a sentence of another document that states the fact for other years only
 * ("ersättningen 2021 …") answers for the wrong year.
 */
function namedDocumentYearFit(index: AnswerIndex, analysis: QuestionAnalysis, unit: Unit, passage: Passage): number {
  const named = analysis.temporal.years.filter((y) => !analysis.planYears.includes(y));
  if (named.length === 0 || analysis.documentIds.includes(passage.source.documentId)) return 1;
  const unitYears = ownYearsOf(unit.text);
  // A sentence naming no year speaks of its passage's year, or its document's period.
  const stated = unitYears.length > 0 ? unitYears : passage.year !== undefined ? [passage.year] : documentPeriod(index, passage);
  return stated.length > 0 && stated.every((y) => !named.includes(y)) ? 0.3 : 1;
}

/** Documents whose title carries the document the question names ("enligt regionplanen"). */
function preferredDocuments(index: AnswerIndex, analysis: QuestionAnalysis): Set<string> | undefined {
  if (analysis.documentIds.length > 0 && analysis.documentIds.length < index.kb.documents.length) return new Set(analysis.documentIds);
  const hint = analysis.documentHint;
  if (!hint) return undefined;
  const ids = new Set(index.kb.documents.filter((d) => bestMatch(hint, index.tokensOfText(d.title)) >= 0.85).map((d) => d.id));
  return ids.size > 0 ? ids : undefined;
}

const MONTH_NAMES = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

/**
 * "… till och med april 2022" asked, "till och med mars 2022 …" stated: the sentence (or, when it names no
 * month, its passage) gives the fact for other months only, and the document is not dated in the asked month.
 * Seasons, quarters and half-years count as their months ("hösten" asked, "under våren" stated).
 */
const WHOLE_YEAR = /(?<![\p{L}])(?:under|för|during|for|in)\s+(?:hela\s+|the\s+whole\s+|the\s+)?(?:året|year|(?:19|20)\d{2}(?![\d\-–]))/iu;

function statesOtherMonth(index: AnswerIndex, analysis: QuestionAnalysis, unit: Unit, passage: Passage): boolean {
  const { months, periodMonths } = analysis.temporal;
  if (months.length === 0 && periodMonths.length === 0) return false;
  const askedMonths = [...months.map((m) => m.month), ...periodMonths];
  // A report dated in the asked month is about it; a season is too wide for its date to say so.
  const date = index.kb.documentById(passage.source.documentId)?.date;
  if (date && months.some((m) => m.month === Number(date.slice(5, 7)))) return false;
  // Dates count as their month ("sammanträde 2014-09-30" states September) — unless a period is asked and the text
  // names the one it reports on ("Datum 2034-10-16 … Delårsrapport januari–september").
  const statedIn = (text: string) => {
    const periods = periodMonths.length > 0 ? periodMonthsIn(text) : [];
    return periods.length > 0 ? periods : [...monthsIn(text), ...datesInText(text).map((iso) => Number(iso.slice(5, 7)))];
  };
  let stated = statedIn(unit.text);
  if (stated.length > 0 && !analysis.asks.number) return !stated.some((m) => askedMonths.includes(m));
  // A count for a wider period ("13 utbildningar under våren") is not the count for a part of it (the first quarter).
  if (analysis.asks.number && periodMonthsIn(unit.text).some((m) => !askedMonths.includes(m))) return true;
  // A count for the whole year ("8 möten under året", "under 2021 haft åtta sammanträden") is not the count for a month or season.
  if (stated.length === 0 && analysis.asks.number && WHOLE_YEAR.test(unit.text)) return true;
  // Around the unit, only a period stated as one frames it when a period is asked: "… sedan Strömsund införde det i
  // augusti" in the next sentence does not date "Mini-Maria finns nu på hemorten …" in a report on the first half-year.
  const framedIn = (text: string) => (periodMonths.length > 0 ? periodMonthsIn(text) : statedIn(text));
  if (stated.length === 0) stated = framedIn(passage.text);
  // A monthly report continues over several passages: the month stated before frames the ones after.
  if (stated.length === 0) for (const previous of precedingPassages(index, passage, 2)) if (stated.length === 0) stated = framedIn(previous.text);
  return stated.length > 0 && !stated.some((m) => askedMonths.includes(m));
}

/** "Hur många ledamöter sitter i regionfullmäktige?" is not answered by "Nämnden har tretton ordinarie ledamöter". */
function speaksOfOtherBody(askedBodies: string[], text: string): boolean {
  if (askedBodies.length === 0) return false;
  const stated = decisionBodiesIn(text);
  return stated.length > 0 && !stated.some((body) => askedBodies.some((asked) => sameDecisionBody(asked, body)));
}

/** Kinds of institution a name at a question's start names ("Åredalens folkhögskola – …"). */
const INSTITUTION_KIND = /(?:skola|skolan|kommun|förbund|bibliotek|museum|sjukhus|nätverk|universitet|college|arkiv|teater|centrum|center)$/u;

/** "Bäckedals folkhögskola", "Bräcke kommun": a name and the kind of place or body it names. */
const NAMED_KIND = /(?<![\p{L}])(\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+)?)\s+(\p{Ll}{5,})(?![\p{L}])/gu;

const namedKindsIn: (text: string) => ReadonlyArray<{ name: string; kind: string }> = memoByText((text) =>
  [...text.matchAll(NAMED_KIND)].map((m) => ({ name: m[1].toLowerCase().replace(/s$/, ''), kind: m[2] })),
);

/**
 * "Hur många studerar på Bäckedals folkhögskola?" is not answered under "Birka folkhögskola": the sentence,
 * or the heading it stands under, names another place or body of the kind the question names.
 */
function speaksOfOtherNamed(asked: ReadonlyArray<{ name: string; kind: string }>, unit: Unit, passage: Passage): boolean {
  if (asked.length === 0) return false;
  const stated = [...namedKindsIn(unit.text), ...namedKindsIn(passage.source.section.at(-1) ?? '')];
  return asked.some((a) => {
    const sameKind = stated.filter((s) => s.kind === a.kind);
    // A capitalised word before the name ("Via Social välfärd") is the sentence's start, not part of the name.
    return sameKind.length > 0 && !sameKind.some((s) => s.name === a.name || s.name.endsWith(` ${a.name}`) || a.name.endsWith(` ${s.name}`));
  });
}

/** Heads of compound names of bodies and networks ("vårdvalsnämnden", "LSS-chefsnätverket"). */
const BODY_HEADS = ['nämnd', 'styrelse', 'råd', 'grupp', 'nätverk', 'utskott', 'kommitté', 'förbund', 'arena', 'forum'];
const INFLECTION = /^(?:s|en|ens|et|ets|er|erna|ernas|na|nas|e|a)?$/u;

interface Compound { prefix: string; head: string }

const compoundsIn: (text: string) => readonly Compound[] = memoByText((text) => {
  const out: Compound[] = [];
  for (const [word] of text.toLowerCase().matchAll(/\p{L}+(?:-\p{L}+)*/gu)) {
    for (const head of BODY_HEADS) {
      const at = word.lastIndexOf(head);
      if (at < 0 || !INFLECTION.test(word.slice(at + head.length))) continue;
      // "vårdvals|nämnden", "lss-chefs|nätverket": the part before the head names which one.
      const prefix = word.slice(0, at).replace(/-$/, '');
      if (prefix.length >= 3) out.push({ prefix, head });
      break;
    }
  }
  return out;
});

const topicPatterns = new Map<string, RegExp>();

/** "Samverkansrådet för krisberedskap" names the topic of "krisberedskapsrådet". */
function namesTopicOf(compound: Compound, lowerText: string): boolean {
  const topic = compound.prefix.replace(/s$/, '');
  if (!lowerText.includes(topic)) return false;
  let pattern = topicPatterns.get(topic);
  if (!pattern) {
    pattern = new RegExp(`(?<![\\p{L}])${escapeRegExp(topic)}`, 'u');
    if (topicPatterns.size > 1_000) topicPatterns.clear();
    topicPatterns.set(topic, pattern);
  }
  return pattern.test(lowerText);
}

/**
 * "How many träffar did the LSS-chefsnätverk have" is not answered by "IFO-chefsnätverk (4 träffar)": the sentence
 * names another body of the same kind and not the asked one (nor the asked one's topic: "krisberedskapsrådet" is
 * "Samverkansrådet för krisberedskap"); nor by another sentence of a passage that names others of its kind but never it.
 */
function speaksOfOtherCompound(asked: readonly Compound[], text: string, passageText: string): boolean {
  if (asked.length === 0) return false;
  const conflicts = (within: string) => {
    const stated = compoundsIn(within);
    const lower = within.toLowerCase();
    return asked.some((a) => {
      const sameKind = stated.filter((s) => s.head === a.head);
      return sameKind.length > 0 && !sameKind.some((s) => s.prefix === a.prefix) && !namesTopicOf(a, lower);
    });
  };
  return conflicts(text) || conflicts(passageText);
}

/** "Antal årsarbetare 2021: 3,25  2022: 3,75  2023: 4,25": a measure's figure for each year, after the year. */
const YEAR_VALUE_SERIES = /(?<![\d])(?:19|20)\d{2}:\s*\d[\d,.]*(?:\s*%)?\s+(?:19|20)\d{2}:\s*\d/u;

/** A figure stated as not yet final: "preliminärt", "enligt de uppgifter som kommit in hittills", "so far". */
// (Not "den högsta nivån hittills", the highest yet.)
const PROVISIONAL_STATED = /(?<![\p{L}])(?:preliminär\p{L}*|(?:kommit in|inkommit|redovisats|rapporterats) hittills|hittills (?:i år|under året)|preliminary|provisional|so far (?:this year|reported))(?![\p{L}])/iu;
const PROVISIONAL_ASKED = /(?<![\p{L}])(?:preliminär\p{L}*|hittills|preliminary|provisional|so far|prognos\p{L}*|forecast\p{L}*|i nuläget|än så länge)(?![\p{L}])/iu;

/** Words naming the level or side of a thing, each with its opposite ("den regionala strategin" is not "den nationella"). */
const CONTRASTS: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/(?<![\p{L}])(?:regional|regionala|regionalt)(?![\p{L}])/iu, /(?<![\p{L}])(?:nationell|nationella|nationellt|national)(?![\p{L}])/iu],
  [/(?<![\p{L}])(?:kommunal|kommunala|kommunalt|municipal)(?![\p{L}])/iu, /(?<![\p{L}])(?:statlig|statliga|statligt|state)(?![\p{L}])/iu],
  [/(?<![\p{L}])(?:offentlig|offentliga|offentligt|public)(?![\p{L}])/iu, /(?<![\p{L}])(?:privat|privata|private)(?![\p{L}])/iu],
  // "enligt de slutliga siffrorna" is not "enligt den preliminära sammanställningen".
  [/(?<![\p{L}])(?:slutlig|slutliga|slutligt|definitiv|definitiva|definitivt|final)(?![\p{L}])/iu, /(?<![\p{L}])(?:preliminär|preliminära|preliminärt|prognos\p{L}*|preliminary|forecast)(?![\p{L}])/iu],
];

/** "95 800 resenärer 2023 (preliminärt 97 300 i verksamhetsberättelsen)": a bracket with a figure of its own speaks of that figure. */
// (Not "(förutsätter beslut i budget 2025)": a year is no figure.)
const BRACKETED = /\([^()]*\)/g;

/** Whether a sentence names four or more things itself (asked of every unit a list question scores). */
const enumeratesThings = memoByText((text) => inlineEnumeration(text) !== undefined);

const withoutFigureAsides = memoByText((text) => text.replace(BRACKETED, (aside) => (/\d/.test(aside.replace(/\b(?:19|20)\d{2}(?:-\d{2}(?:-\d{2})?)?\b/g, ' ')) ? ' ' : aside)));

/** The sentence names the opposite of a level the question asks about ("nationella") and not the asked one ("regionala"). */
function speaksOfContrary(question: string, text: string): boolean {
  if (DECIDED_ASKED.test(question) && CONDITIONAL_STATED.test(text) && !DECIDED_ASKED.test(text)) return true;
  return CONTRASTS.some(([a, b]) => (a.test(question) && !b.test(question) && b.test(text) && !a.test(text)) || (b.test(question) && !a.test(question) && a.test(text) && !b.test(text)));
}

/**
 * "… from 2025 after the budget decision": the value decided, not one a plan states on condition of that decision
 * ("höjs till 2 500 kr per år (förutsätter beslut i budget 2025)").
 */
const DECIDED_ASKED = /(?<![\p{L}])(?:after the (?:\p{L}+ )?decision|as decided|efter (?:\p{L}+)?beslutet|enligt (?:\p{L}+)?beslutet)(?![\p{L}])/iu;
const CONDITIONAL_STATED = /(?<![\p{L}])(?:förutsätter (?:\p{L}+ )?beslut|under förutsättning att|förutsatt att|subject to)(?![\p{L}])/iu;

const COMPANY = /\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*\s+(?:AB|ek\.?\s?för\.?)(?![\p{L}])/gu;
const FIGURE = /\d+(?:[,.]\d+)?\s*(?:%|procent|tkr|mkr|kronor|miljoner)/u;

/**
 * "Inlandsinnovation - Mid Sweden Science Park AB, ägarandel 15%": a figure belongs to the company named right before
 * it; another company between the asked name and the figure owns it.
 */
function figureOfOtherCompany(askedNames: readonly string[], text: string): boolean {
  if (askedNames.length === 0 || !FIGURE.test(text)) return false;
  const lower = text.toLowerCase();
  const asked = new Set(askedNames.map((n) => n.toLowerCase()));
  return askedNames.some((name) => {
    const at = lower.indexOf(name.toLowerCase());
    if (at < 0) return false;
    const figure = FIGURE.exec(text.slice(at));
    if (!figure) return false;
    const between = text.slice(at + name.length, at + figure.index);
    return [...between.matchAll(COMPANY)].some((m) => !m[0].split(/\s+/).every((w) => asked.has(w.toLowerCase()) || /^(ab|ek\.?|för\.?|ek\.?\s?för\.?)$/i.test(w)));
  });
}

const COUNTY_SCOPE = /(?<![\p{L}])(?:länets|i länet|hela länet|regionen|(?:Region\s+)?Jämtlands?\s+Härjedalen|Jämtlands län)(?![\p{L}])/iu;
const REGION_NAME = /(?<![\p{L}])(?:Region\s+)?Jämtlands?\s+Härjedalen/giu;

/** The county's municipalities a text names, not counting the region's name ("Region Jämtland Härjedalen"). */
function ownMunicipalitiesIn(text: string): readonly string[] {
  return municipalitiesIn(text.replace(REGION_NAME, ' '));
}

/**
 * "Hur många har Östersunds kommun krigsplacerat?" is not answered by "Region Jämtland Härjedalen har krigsplacerat
 * 4 120" nor "31 unga i länets sociala insatsgrupper": the sentence speaks of the county or the region, not of the
 * municipality asked about, and does not name it ("74 % av arbetsställena i Jämtland Härjedalen" is the county's,
 * not Härjedalens kommun's).
 */
function speaksOfWholeCounty(askedMunicipalities: readonly string[], text: string): boolean {
  return askedMunicipalities.length > 0 && COUNTY_SCOPE.test(text) && !ownMunicipalitiesIn(text).some((m) => askedMunicipalities.includes(m));
}

/**
 * "How many larmkunder did Östersund have?" of a table with rows for the other seven: Berg's row, or the whole table,
 * states nothing for Östersund, though the report names it elsewhere.
 */
function rowOfOtherMunicipality(askedMunicipalities: readonly string[], unit: Unit): boolean {
  return askedMunicipalities.length > 0 && unit.countyTable !== undefined && !ownMunicipalitiesIn(unit.text).some((m) => askedMunicipalities.includes(m));
}

/**
 * "Kommun År Svarsfrekvens … Berg 2023 69 % 79 Bräcke 2024 72 % …" asked for Berg in 2024: the row of the asked
 * municipality states another year, so the table holds no figure of Berg's for the year asked.
 */
function rowOfOtherYear(askedMunicipalities: readonly string[], years: readonly number[]): (text: string) => boolean {
  if (askedMunicipalities.length !== 1 || years.length !== 1) return () => false;
  // (Built once per question: it is asked of every scored unit.)
  const rowOf = new RegExp(`(?<![\\p{L}])${askedMunicipalities[0]}s?\\s+((?:19|20)\\d{2})\\s+\\d`, 'u');
  return (text) => {
    const row = rowOf.exec(text);
    return row !== null && Number(row[1]) !== years[0];
  };
}

/**
 * "… på samverkansrådet 2022-05-30": a document dated another day (another meeting's notice) does not
 * answer for the asked day, unless its passage states that day itself.
 */
function statesOtherDay(index: AnswerIndex, analysis: QuestionAnalysis, passage: Passage): boolean {
  const asked = analysis.temporal.dates.filter((d) => d.year !== undefined);
  if (asked.length === 0) return false;
  // A notice whose letter carries no date is dated by the meeting it calls to.
  const date = index.kb.documentById(passage.source.documentId)?.date ?? index.kb.records.meetings.find((m) => m.source.documentId === passage.source.documentId)?.date;
  if (!date || /^\d{4}$/.test(date) || dateMatches(analysis, date)) return false;
  // ("Nästa möte hålls den 2025-05-14": the minutes of another day name the asked one as the meeting to come, and say
  // nothing of what happened at it.)
  const text = NEXT_MEETING.test(analysis.question) ? passage.text : passage.text.replace(NEXT_MEETING_SENTENCE, ' ');
  return !datesInText(text).some((iso) => dateMatches(analysis, iso)) && !namesAskedDayWithoutYear(analysis, text);
}

const NEXT_MEETING_SENTENCE = /(?:^|(?<=[.!?]\s)|(?<=\n))(?:nästa (?:möte|sammanträde)|next meeting)(?![\p{L}])[^.!?\n]*(?:[.!?]|$)/gimu;

/** "Mötet den 28 november flyttas …": the asked day, written without its year. */
function namesAskedDayWithoutYear(analysis: QuestionAnalysis, text: string): boolean {
  return daysOfMonthIn(text).some((written) => !written.withYear && analysis.temporal.dates.some((d) => d.day === written.day && d.month === written.month));
}

/** Whether the unit, its headings or its document date fall in a month the question names (true when none is named). */
function monthMatches(index: AnswerIndex, analysis: QuestionAnalysis, unit: Unit, passage: Passage): boolean {
  const months = [...analysis.temporal.months, ...analysis.temporal.dates.map((d) => ({ month: d.month, year: d.year }))];
  if (months.length === 0) return true;
  const document = index.kb.documentById(passage.source.documentId);
  const text = `${unit.text} ${passage.source.section.join(' ')} ${passage.source.title} ${document?.date ?? ''}`.toLowerCase();
  return months.some(({ month, year }) => {
    const mm = String(month).padStart(2, '0');
    const iso = year ? `${year}-${mm}` : `-${mm}-`;
    return text.includes(iso) || (text.includes(MONTH_NAMES[month - 1]) && (!year || text.includes(String(year))));
  });
}


const normalizedTexts = new Map<string, string>();

/** Lower-case text with dashes unified and punctuation as spaces, padded, for phrase lookups (cached). */
function normalizePhrase(text: string): string {
  let normalized = normalizedTexts.get(text);
  if (normalized === undefined) {
    normalized = ` ${text.toLowerCase().replace(/[–—]/g, '-').replace(/[^\p{L}\p{N}\-/ ]+/gu, ' ').replace(/\s+/g, ' ')} `;
    if (normalizedTexts.size > 100_000) normalizedTexts.clear();
    normalizedTexts.set(text, normalized);
  }
  return normalized;
}

/** Two-word sequences of the question that are not just function words, normalised for matching. */
const SUB_TOPIC_PREPOSITIONS = new Set(['inom', 'kring', 'gällande', 'angående', 'beträffande', 'rörande', 'vare']);

function questionPhrases(question: string): string[] {
  const tokens = normalizePhrase(question.replace(/\bwithin\b/gi, 'inom')).trim().split(' ');
  const out: string[] = [];
  for (let i = 0; i + 1 < tokens.length; i += 1) {
    const [a, b] = [tokens[i], tokens[i + 1]];
    if (a.length < 3 || b.length < 3) continue;
    // "inom fallprevention", "kring X": a preposition naming the sub-topic is part of the wording to find.
    const topic = SUB_TOPIC_PREPOSITIONS.has(a) && b.length >= 4 && !STOPWORDS_SV.has(b);
    if (!topic && [a, b].some((w) => STOPWORDS_SV.has(w) || STOPWORDS_EN.has(w))) continue;
    // The sub-topic in any inflection: "inom fallpreventionen" finds "Inom fallprevention har …".
    out.push(topic ? ` ${a} ${stem(b)}` : ` ${a} ${b} `);
  }
  return out;
}

function precedingPassages(index: AnswerIndex, passage: Passage, count: number): Passage[] {
  const position = index.passagePosition(passage.id);
  const out: Passage[] = [];
  for (let i = (position ?? 0) - 1; position !== undefined && i >= 0 && out.length < count; i -= 1) {
    const previous = index.kb.passages[i];
    if (previous.source.documentId !== passage.source.documentId) break;
    // A numbered section of its own ("8.4 Angränsande beredning") is not framed by the section before it ("8.2 …").
    if (startsNumberedSection(passage) && previous.source.section.at(-1) !== passage.source.section.at(-1)) break;
    out.push(previous);
  }
  return out;
}

function startsNumberedSection(passage: Passage): boolean {
  const section = passage.source.section.at(-1);
  return section !== undefined && /^\d{1,2}(?:\.\d{1,2})+\s/.test(section) && passage.text.startsWith(section);
}

const SIGNING_WORD = /^(underteckn|sign|skrev|skrivit|undertecknat)/i;
/** The word a goal question names its kind of fact with ("målet för antalet servicepunkter"). */
const GOAL_WORD = /^(mål|goal|target)/i;
/** "the current target", "after the revision", "nu", "efter revideringen", "det nya målvärdet": the value as last changed. */
const REVISED_ASKED = /(?<![\p{L}])(?:current|now|revised|revision|end(?:ed|s)? up|updated|changed|corrected|final|nuvarande|numera|nu|aktuell\p{L}*|efter revidering\p{L}*|reviderade?|ändrade?s?|ändrats|nya|rättade?s?|rättats|slutlig[at]?)(?![\p{L}])/iu;
/**
 * A value changed from one figure to another: "höjs från 450 till 600", "ändras från 40 procent till 36 procent",
 * "reviderades budgeten i juni till 3 600 tkr", "den reviderade budgeten för 2024 blev 520 tkr".
 */
// ("länsträffen flyttas till tisdag 8 oktober": a day moved is changed too.)
const VALUE_CHANGED = /(?<![\p{L}])(?:höj|sänk|ändr|juster|revider|korriger|flytta)\p{L}*\s[^.]{0,80}?(?:(?:från\s+\d[\d\s,]*(?:\p{L}+\s+)?)?till|blev)\s+(?:\d|(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?\s+(?:den\s+)?\d)/iu;
/** A table's head of three year columns: "Nyckeltal | 2021 | 2022 | 2023", "Indikator 2019 2021 2023". */
const YEAR_COLUMNS_HEAD = /^[^.!?\d]{0,60}?(?:19|20)\d{2}\s*\|?\s*(?:19|20)\d{2}\s*\|?\s*(?:19|20)\d{2}(?!\d)/u;
/** A season a figure is stated for ("vintersäsongen", "season"); months, terms and quarters are read by periodMonthsIn. */
const SEASON_WORD = /(?<![\p{L}])(?:\p{L}*säsong\p{L}*|seasons?)(?![\p{L}])/iu;

/** Words that set a level to reach, not only a time from which something applies ("som ska gälla från 2023-01-01"). */
const TARGET_LEVEL = /\b(minst|högst|senast|öka\w*|minska\w*|mål\w*|at least|by)\b/i;

/**
 * A unit that is itself the kind of fact a question's word names carries that word: a signature block "signed", a
 * diary number "dnr", a sentence stating a target "målet".
 */
function carrying(inUnit: number[], weighted: WeightedConcept[], word: RegExp): number[] {
  return inUnit.map((m, i) => (word.test(weighted[i].concept.label) ? 1 : m));
}

/** A target states what shall be reached, usually with a level or a date ("90 % ska ha tillgång … senast 2020"). */
function statesTarget(text: string): boolean {
  return /\b(ska|skall|mål\w*|målsättning\w*|senast|minst|högst|målnivå\w*)\b/i.test(text) && (hasQuantity(text) || /\b(19|20)\d{2}\b/.test(text));
}

const SIGNATURE_NAME_LINE = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2}(?:\s*\(\p{Lu}{1,3}\))?$/u;

/** "… räknas i denna plan som regelbundet om det har träffar minst två gånger per månad": a condition stated. */
const CONDITION_STATED = /(?<![\p{L}])(?:räknas|anses|betraktas|counts?|is considered)(?![\p{L}])[^.]{0,60}?(?<![\p{L}])(?:som|as)(?![\p{L}])[^.]{0,60}?(?<![\p{L}])(?:om|if|när|when)(?![\p{L}])/iu;

/** A noun phrase opening a sentence that defines the term above it ("Ett lokalt fibernät …", "En avgift som …"). */
/** "honom", "hon", "hennes": a pronoun for a person named before. */
/** "orter", "platser", "towns": places asked for by their kind. */
const PLACE_WORD = /^(?:orter(?:na)?|ort|platser(?:na)?|places|towns|locations|villages|byar(?:na)?)$/iu;
/** Four or more capitalised names in a row: "Funäsdalen, Hammarstrand, Svenstavik, Bräcke och Gäddede". */
const PLACES_LISTED = /\p{Lu}\p{Ll}{2,}(?:,\s+\p{Lu}\p{Ll}{2,}){2,}(?:,?\s+(?:och|and)\s+\p{Lu}\p{Ll}{2,})/u;
const REFERRING_PRONOUN = /(?<![\p{L}])(?:han|hon|honom|henne|hans|hennes)(?![\p{L}])/iu;
const GLOSSARY_DEFINITION = /^(?:En|Ett|Det|Den|De)\s+\p{Ll}+(?:\s+\p{Ll}+){0,3}?\s+(?:som|för|där|med|av|i|på|inom|mellan)\s/u;
/** "Responstid" / "Tiden från att SOS Alarm har besvarat 112-samtalet till …": a noun in its definite form, under the asked term. */
const DEFINITE_GLOSS = /^\p{Lu}\p{Ll}+(?:en|et|na)(?:\s+\p{Ll}+){0,3}?\s+(?:som|för|där|med|av|i|på|inom|mellan|från)\s/u;

/** When minutes were approved: "när justerades protokollet", "when was it justerat", "justeringsdatum". */
const SIGNING_DAY_ASKED = /(?<![\p{L}])(?:justerades|justerats|justerat|justeras|justeringen|justeringsdag\p{L}*|justeringsdatum)(?![\p{L}])/iu;
/** The minutes' field for it: "Justeringens plats och tid …", "Justeringsdag", "Justerat den …". */
const SIGNING_DAY_FIELD = /(?<![\p{L}])(?:justeringens\s[^.]{0,80}?(?:tid|datum)|justeringsdag|justeringsdatum|justerat?\s+den)(?![\p{L}])/iu;

/** A verb opening a sentence whose subject is the label above it. */
const ELIDED_SUBJECT = /^(?:Innehåller|Omfattar|Består|Fastställs|Fastställer|Beslutas|Beslutar|Antas|Revideras|Ansvarar|Beskriver|Anger|Redovisar|Reglerar|Utgår|Utgör|Syftar|Leds|Följs upp|Tas fram)(?![\p{L}])/u;

/** A name line followed by a short title line ("Ann-Marie Johansson (S)" / "Regionstyrelsens ordförande"). */
export function isSignatureLine(units: Unit[], u: number): boolean {
  const next = units[u + 1];
  return SIGNATURE_NAME_LINE.test(units[u].text.trim()) && next !== undefined && next.text.length <= 80 && !/[.!?]$/.test(next.text) && hasTitleWord(next.text);
}

const TOPIC_HEADING_WORDS = 4;
/** Small words inside a heading's name ("Kulturskolan på väg", "Miljö- och klimatrådet"), folded as tokens are. */
const NAME_LINKING_WORDS = new Set(['och', 'i', 'pa', 'for', 'av', 'till', 'med', 'om', 'and', 'of', 'the', 'in', 'on']);
const PHRASE_POSTINGS_BUDGET = 2_000;
// "Med X avses …", "X är en …" with X as the opening subject, "X – en …", or a quoted name ("Visionen ”En region att …”").
const DEFINING = /^med\s.{2,80}?\savses(?![\p{L}])|(?:^|\s)\p{Lu}[\p{Ll} -]{1,40}:\s(?:den|det|de|en|ett|a|an|the)\s|^[^,.;:]{2,60}?\s(?:är|innebär|betyder|står för|is|means)\s(?:en|ett|den|det|a|an|the)(?![\p{L}])|^[^,.;:]{2,60}?\sinnebär\satt(?![\p{L}])|^[^,.;:]{2,60}?\s[–-]\s(?:en|ett|a|an)(?![\p{L}])|[”"«][^”"»]{6,80}[”"»]/iu;
// A list of terms ("3 Definitioner"): "Ledtid – antal kalenderdagar från …", "SIP – samordnad individuell plan …".
// (A sentence: a title "Läkemedelsdispensrar i hemtjänsten – utvärdering av piloten" defines nothing.)
// The definition may open with a capital: "Tobaksfri duo – Metod där en vuxen och en elev …".
const GLOSSARY_ENTRY = /^(\p{Lu}[\p{L}\d()/-]*(?:\s[\p{L}\d()/-]+){0,3})\s[–-]\s(?:\p{Ll}|\p{Lu}\p{Ll}+\s\p{Ll}).*[.]$/su;
// "X är FoU Jämts digitala mötesplats …", "X är länets …": a genitive after "är" defines as an article does (case matters).
const DEFINING_GENITIVE = /^[^,.;:]{2,60}?\s(?:är|innebär)\s(?:(?:\p{Lu}[\p{L}-]*\s){0,2}\p{Lu}[\p{L}-]*s|\p{Ll}+(?:ets|ens|nas))(?![\p{L}])/u;
/** A sentence that gives a cause: "Underskottet beror på att …", "på grund av", "till följd av". */
export const CAUSE_STATED = /(?<![\p{L}])((?:beror|berodde|förklaras|förklarades|orsakades|orsakas)(?:\s+(?:främst|huvudsakligen|främst|till stor del|delvis|bland annat|framför allt))?\s+(?:på|av)|på grund av|till följd av|eftersom|because|due to|caused by)(?![\p{L}])/iu;

/**
 * "Innehåll 1 Inledning 2 Nuläge 3 Begrepp 4 Mål …", also with each heading's page ("1 Inledning 2 2 Utgångsläge 2 3 …"):
 * a table of contents the dump ran into one line names every section and answers nothing.
 */
// An entry may hold a year span ("3 Länsplanen 2022–2033 – genomförande 4").
const TOC_ENTRY = String.raw`\p{Lu}[^.!?]{2,60}?(?:\s\d{1,3})?`;
const TABLE_OF_CONTENTS = new RegExp(String.raw`(?:^|\s)1\.?\s+${TOC_ENTRY}\s2\.?\s+${TOC_ENTRY}\s3\.?\s+${TOC_ENTRY}\s4\.?\s+\p{Lu}`, 'u');
export const isTableOfContents = memoByText((text) => TABLE_OF_CONTENTS.test(text));

/** "Allmän trafikplikt – se avsnitt 5.": a pointer to where the text says it, not the saying. */
const CROSS_REFERENCE = /^[^.]{0,80}?[\s–—-]\(?(?:se|se även|jfr|see|see also)\s+(?:avsnitt|kapitel|bilaga|sidan|sid\.|s\.|tabell|figur|ovan|nedan|section|chapter|appendix|page|table)\b[^.]{0,30}\.?\)?$/iu;

const ARTICLES = new Set(['en', 'ett', 'den', 'det', 'de', 'a', 'an', 'the']);

/** The term a defining sentence defines: "Med X avses", "X: en …", "X är en …". */
const DEFINED_TERM = /^[Mm]ed\s(.{2,80}?)\savses(?![\p{L}])|(?:^|\s)(\p{Lu}[\p{Ll} -]{1,40}):\s(?:den|det|de|en|ett|a|an|the)\s|^([^,.;:]{2,60}?)\s(?:är|innebär|betyder|står för|is|means)\s/u;

/**
 * Whether a defining sentence defines the asked term (not another term that mentions it): the words the
 * question asks about ("låsbar plats") begin the defined term, else any of the question's concepts does.
 */
function definesAsked(text: string, analysis: QuestionAnalysis, weighted: WeightedConcept[]): boolean {
  return definesAskedTerm(text, analysis, weighted) !== false;
}

/** As definesAsked; undefined when the sentence names no defined term (a quoted name, "… – en …" mid-sentence). */
function definesAskedTerm(text: string, analysis: QuestionAnalysis, weighted: WeightedConcept[]): boolean | undefined {
  const m = DEFINED_TERM.exec(text) ?? GLOSSARY_ENTRY.exec(text);
  if (!m) return undefined;
  const defined = tokenize(m[1] ?? m[2] ?? m[3] ?? '')
    .filter((t, i) => i > 0 || !ARTICLES.has(t))
    .map(stem);
  if (analysis.definedWords) {
    const asked = tokenize(analysis.definedWords).map(stem);
    return asked.length > 0 && defined.length > 0 && (defined[0].startsWith(asked[0]) || asked[0].startsWith(defined[0]));
  }
  return weighted.some((w) => conceptMatch(w.concept, defined) >= 0.8);
}

/** Whether a sentence defines something ("Med X avses …", "X: en …", "X är en …", "X är länets …"). */
export function definesSomething(text: string): boolean {
  return DEFINING.test(text) || DEFINING_GENITIVE.test(text) || GLOSSARY_ENTRY.test(text);
}

const PLACE_NAMED = /(?<![\p{L}])(?:i|på|vid|till|från|in|at)\s+\p{Lu}\p{Ll}+/u;

const YEAR_SUMMARY = /^\s*(sammanfattning|året i korthet|årets viktigaste|viktiga händelser|summary|the year in brief)/i;

/** Whether a passage stands in a report's summary of the year ("Sammanfattning av året"). */
export function inYearSummary(passage: Passage): boolean {
  return passage.source.section.some((s) => YEAR_SUMMARY.test(s));
}

const RESULTS_HEADING =
  /^\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:resultat(?:en)?|results?|utfall|effekter)(?:\s+(?:av|för|of|från|per)\b.*|\s+(?:under\s+|in\s+)?(?:\d{4}|våren|hösten|sommaren|vintern|spring|autumn|fall|summer|winter)\b.*)?$/i;

/** Whether a passage is the section stating what something achieved ("Resultat av pilotprojektet", "Resultat 2025"). */
export function inResultsSection(passage: Passage): boolean {
  return passage.source.section.some((heading) => RESULTS_HEADING.test(heading));
}

/** Whether the next passage of the document is a section under this passage's heading. */
function headsNextPassage(index: AnswerIndex, passage: Passage): boolean {
  const position = index.passagePosition(passage.id);
  const next = position === undefined ? undefined : index.kb.passages[position + 1];
  if (!next || next.source.documentId !== passage.source.documentId) return false;
  const own = passage.source.section;
  return own.length > 0 && next.source.section.length > own.length && own.every((heading, i) => next.source.section[i] === heading);
}

/** "Vad står under rubriken X", "what does the section X say": the question names a heading of the document. */
const HEADING_NAMED = /(?<![\p{L}])(?:(?:under|i) (?:rubriken|avsnittet|kapitlet)|vad står (?:det )?under|(?:under|in) the (?:heading|section|chapter))(?![\p{L}])/iu;

/**
 * "JHT-utvärderingen till RSR 7/2": a body named with the date of its meeting points to that meeting's papers. Per
 * concept, the documents that follow the notice of a meeting of that body on the asked date in its file: what they
 * hold went to it. (The notice or meeting page itself must still name what is asked near the fact.)
 */
function meetingPapersOf(index: AnswerIndex, analysis: QuestionAnalysis, weighted: WeightedConcept[]): Array<((passage: Passage) => boolean) | undefined> {
  if (analysis.temporal.dates.length === 0) return [];
  return weighted.map((w) => {
    const entity = w.concept.entity;
    if (entity?.kind !== 'organ') return undefined;
    const notices = index.kb.records.meetings
      .filter((m) => (m.organId === entity.id || `meeting-organ:${m.organName}` === entity.id) && dateMatches(analysis, m.date))
      .map((m) => m.source);
    if (notices.length === 0) return undefined;
    return (passage: Passage) => notices.some((n) => n.file === passage.source.file && n.documentId !== passage.source.documentId);
  });
}

const ASKING = /\?\s*$/;
/** "Bilaga 1 Enkätfrågor till djurhållare", "Intervjufrågor", "Frågeformulär". */
const FORM_HEADING = /fråg|enkät|intervju|formulär/iu;

/** A questionnaire's question: a question under a heading that names questions or a survey. */
function isFormQuestion(units: Unit[], u: number, passage: Passage): boolean {
  if (!ASKING.test(units[u].text)) return false;
  return FORM_HEADING.test(passage.source.section.at(-1) ?? '') || units.slice(0, u).some((unit) => (unit.headingLike || unit.index === 0) && FORM_HEADING.test(unit.text));
}

/** "vilka frågor ställdes", "what do the three questions ask about". */
const QUESTIONS_ASKED = /(?<![\p{L}])(?:fråg\p{L}*|questions?|asks?|asked)(?![\p{L}])/iu;

/** The § a passage stands under ("§ 21 Dnr SJL 2024/15 UngKraft Z …"), from its outermost heading naming one. */
function paragraphOfSection(passage: Passage): number | undefined {
  for (const heading of passage.source.section) {
    const m = /^§\s*(\d{1,3})(?!\d)/.exec(heading.trim());
    if (m) return Number(m[1]);
  }
  return undefined;
}

/** Units whose coverage ranks them among these get the costlier checks (fact kind, year, month). */
const DETAILED_UNITS = 40;

/** Scores every unit of the candidate passages; best first. */
export function scoreUnits(
  index: AnswerIndex,
  analysis: QuestionAnalysis,
  weighted: WeightedConcept[],
  passages: Passage[],
  matcher: QuestionMatcher = new QuestionMatcher(weighted, vocabularyMatchesOf(index)),
): ScoredUnit[] {
  const total = weighted.reduce((sum, w) => sum + w.idf, 0) || 1;
  const preferred = preferredDocuments(index, analysis);
  const share = (m: number[]) => weighted.reduce((sum, w, i) => sum + w.idf * m[i], 0) / total;
  interface Draft { unit: Unit; units: Unit[]; passage: Passage; inUnit: number[]; matched: number[]; coverage: number; ownShare: number; defines: boolean; namesDefinedTerm: boolean; glossesAskedTerm: boolean }
  const drafts: Draft[] = [];
  // Per-stem bests of whole passages, shared by a passage and the ones after it that use it as context.
  const passageBests = new Map<string, Float64Array>();
  const bestOf = (p: Passage) => {
    let best = passageBests.get(p.id);
    if (!best) {
      best = matcher.bestPerStem(index.tokensOf(p));
      passageBests.set(p.id, best);
    }
    return best;
  };
  const papersOf = meetingPapersOf(index, analysis, weighted);
  const noticeOfTheDay = (passage: Passage) => index.kb.records.meetings.some((m) => m.source.documentId === passage.source.documentId && dateMatches(analysis, m.date));
  const askedPlaces = weighted.flatMap((w, i) => (w.concept.local ? municipalitiesIn(w.concept.label).slice(0, 1).map((name) => ({ i, name })) : []));
  const diaryWordAsked = weighted.some((w) => DIARY_ASKED.test(w.concept.label));
  const partyAsked = PARTY_ASKED.test(analysis.question);
  const revisedAsked = REVISED_ASKED.test(analysis.question);
  const wholeYearFigure = (analysis.asks.number || analysis.asks.measure) && analysis.years.length > 0 && analysis.temporal.months.length === 0 && analysis.temporal.dates.length === 0 && analysis.temporal.periodMonths.length === 0 && !SEASON_WORD.test(analysis.question);
  const paragraphAsked = analysis.temporal.paragraphNumber;
  const provisionalDiscounted = wholeYearFigure && !PROVISIONAL_ASKED.test(analysis.question);
  const meetingMonthAsked = analysis.temporal.dates.length === 0 && analysis.temporal.months.length > 0 && (MEETING_WORD.test(analysis.question) || /\p{L}(?:mötet|sammanträdet)(?![\p{L}])/iu.test(analysis.question));
  const ofTheMonth = (passage: Passage): boolean => {
    const document = index.kb.documentById(passage.source.documentId);
    return isMeetingPaper(document) && heldInAskedMonth(analysis, document?.date);
  };
  // Whether a glossary's term line names the term a definition question asks about ("Övningsskola" for "en övningsskola").
  const askedTerm = analysis.definedWords === undefined ? undefined : foldKey(analysis.definedWords);
  const namesAskedTerm = (label: string): boolean => askedTerm !== undefined && foldKey(label).includes(askedTerm);
  const goalWordAsked = analysis.asks.goal && !analysis.asks.list && weighted.some((w) => GOAL_WORD.test(w.concept.label));
  const placesAsked = weighted.some((w) => PLACE_WORD.test(w.concept.label));
  // (Looked up only for a question asking when a paper was adopted: the title is read per sentence.)
  const adoptionAsked = questionFormOf(analysis.question).adoption;
  const reportOfAskedYear = (passage: Passage): boolean => {
    if (!analysis.asks.results || analysis.strictYears.length === 0) return false;
    const document = index.kb.documentById(passage.source.documentId);
    return document?.type === 'verksamhetsberattelse' && (document.period ?? []).some((year) => analysis.strictYears.includes(year));
  };
  for (const passage of passages) {
    // A table of contents names every section and answers nothing; text the dump left under its heading (chapters
    // whose headings were not recognised) is not one.
    if (/^(innehåll|innehållsförteckning|contents|table of contents)$/i.test(passage.source.section.at(-1)?.trim() ?? '') && !/[\p{Ll}\d)][.!?]\s/u.test(`${passage.text} `)) continue;
    const units = index.unitsOf(passage);
    const headingMatch = atAskedPlaces(matcher.match(index.headingTokensOf(passage)), askedPlaces, [passage.source.title, ...passage.source.section].join(' '));
    const unitMatches = units.map((u) => matcher.match(u.tokens));
    const passageMatch = matcher.conceptMatches(bestOf(passage));
    // What the preceding passages of the same document say frames this one (the unit a list belongs to).
    const previousStems = new Float64Array(bestOf(passage).length);
    for (const previous of precedingPassages(index, passage, 2)) {
      const best = bestOf(previous);
      for (let i = 0; i < best.length; i += 1) if (best[i] > previousStems[i]) previousStems[i] = best[i];
    }
    const previousBest = matcher.conceptMatches(previousStems);
    // "Finansplan / Fastställs av regionfullmäktige. Innehåller finansiella mål …": sentences without their subject,
    // under a label, are about what the label names.
    const labelOf: Array<number | undefined> = [];
    // ("3 DEFINITIONER" / "Ledtid" / "Antal kalenderdagar från …": under a chapter of definitions, any sentence under a term.)
    const inGlossary = analysis.asks.definition && passage.source.section.some((heading) => GLOSSARY_CHAPTER.test(heading));
    units.forEach((unit, u) => {
      const above = u > 0 ? (units[u - 1].headingLike ? u - 1 : labelOf[u - 1]) : undefined;
      // "Byanät" / "Ett lokalt fibernät på landsbygden som …": a glossary's term over its definition, asked what it means.
      const glossed = analysis.asks.definition && above === u - 1 && units[above].text.length <= 40 && (GLOSSARY_DEFINITION.test(unit.text) || ((DEFINITE_GLOSS.test(unit.text) || inGlossary) && namesAskedTerm(units[above].text)));
      labelOf.push(above !== undefined && (ELIDED_SUBJECT.test(unit.text) || glossed) ? above : undefined);
    });
    units.forEach((unit, u) => {
      if (isTableOfContents(unit.text) || CROSS_REFERENCE.test(unit.text)) return;
      let inUnit = atAskedPlaces(unitMatches[u], askedPlaces, unit.text);
      const label = labelOf[u];
      if (label !== undefined) inUnit = inUnit.map((m, i) => Math.max(m, unitMatches[label][i]));
      // ("… Per-Erik Sundin har begärt att bli entledigad." / "Kommunfullmäktige har entledigat honom och valt …": a
      // pronoun names the person of the sentence before.)
      if (u > 0 && REFERRING_PRONOUN.test(unit.text)) inUnit = inUnit.map((m, i) => (weighted[i].concept.kind === 'name' ? Math.max(m, unitMatches[u - 1][i]) : m));
      // A signature block (a name line over a title line) is itself the signing: it carries "signed".
      if (analysis.roleKind === 'signatory' && isSignatureLine(units, u)) inUnit = carrying(inUnit, weighted, SIGNING_WORD);
      // "Vilket dnr har …": a diary number ("RS/369/2016") is itself what the word asks for.
      if (diaryWordAsked && hasDiaryNumber(unit.text)) inUnit = carrying(inUnit, weighted, DIARY_ASKED);
      // "Vilket parti tillhör X": a party designation ("(M)") is itself what the word asks for.
      if (partyAsked && PARTY_STATED.test(unit.text)) inUnit = carrying(inUnit, weighted, PARTY_WORD);
      // A sentence stating a target ("… ska öka från 20 till minst 30 senast 2028") is itself the goal a question asks for.
      if (goalWordAsked && statesTarget(unit.text) && TARGET_LEVEL.test(unit.text)) inUnit = carrying(inUnit, weighted, GOAL_WORD);
      // ("vilka orter besökte bussen": "besökte bussen Funäsdalen, Hammarstrand, Svenstavik, Bräcke och Gäddede" names them.)
      if (placesAsked && PLACES_LISTED.test(unit.text)) inUnit = carrying(inUnit, weighted, PLACE_WORD);
      const matched = weighted.map((_, i) => {
        if (papersOf[i]?.(passage)) return 1;
        let near = 0;
        for (let j = Math.max(0, u - 2); j <= Math.min(units.length - 1, u + 2); j += 1) if (j !== u) near = Math.max(near, unitMatches[j][i]);
        // A table row's subject is in the row: the rows around it, in the same passage, name other things.
        if (weighted[i].concept.local || unit.tableRow) return Math.max(inUnit[i], 0.8 * headingMatch[i]);
        return Math.max(inUnit[i], 0.8 * headingMatch[i], 0.7 * near, 0.5 * passageMatch[i], 0.5 * previousBest[i]);
      });
      // "Vad menas med e-arkiv i PM:et om …": the sentence that defines the asked term answers, though the words
      // naming the document are only around it.
      const term = analysis.asks.definition && definesSomething(unit.text) ? definesAskedTerm(unit.text, analysis, weighted) : false;
      const defines = analysis.asks.definition && (term !== false || (label !== undefined && (GLOSSARY_DEFINITION.test(unit.text) || inGlossary)));
      // A sentence that names the very term it defines ("Tobaksfri duo – Metod där …") before one that defines something unnamed.
      // (… and so does a glossary's sentence under the asked term: "Väntetid" / "Antal dagar från …".)
      const underAskedTerm = label !== undefined && namesAskedTerm(units[label].text);
      const namesDefinedTerm = defines && (term !== undefined || underAskedTerm);
      drafts.push({ unit, units, passage, inUnit, matched, coverage: share(matched), ownShare: share(inUnit), defines, namesDefinedTerm, glossesAskedTerm: defines && underAskedTerm });
    });
  }
  const draftKey = (d: Draft) => 0.65 * d.coverage + 0.35 * d.ownShare + (d.defines ? 0.25 : 0);
  drafts.sort((a, b) => draftKey(b) - draftKey(a));
  const phrases = questionPhrases(analysis.question);
  const askedBodies = decisionBodiesIn(analysis.question);
  const namesMunicipality = municipalitiesIn(analysis.question).length > 0;
  // A question about the county or region as a whole may name a municipality in passing.
  const askedCompounds = compoundsIn(analysis.question);
  const { number, percent, money, measure } = analysis.asks;
  const askedNames = number || percent || money || measure ? analysis.concepts.filter((c) => c.kind === 'name' && /^\p{Lu}/u.test(c.label)).map((c) => c.label) : [];
  const askedMunicipalities = COUNTY_SCOPE.test(analysis.question.replace(REGION_NAME, ' ')) ? [] : ownMunicipalitiesIn(analysis.question);
  const statesOtherRowYear = rowOfOtherYear(askedMunicipalities, analysis.temporal.years);
  const topicStems = weighted.filter((w) => w.concept.kind === 'term').flatMap((w) => w.concept.forms.flatMap((f) => f.stems)).filter((st) => st.length >= 4 && /^\p{L}+$/u.test(st));
  const namedInQuotes = analysis.asks.definition && topicStems.length > 0 ? new RegExp(`(?<![\\p{L}])(?:${topicStems.join('|')})\\p{L}*\\s+[”"«]`, 'iu') : undefined;
  // The question's first word is capitalised as a sentence start ("Hur många …"), not as a name — unless it is a
  // name itself ("Åredalens folkhögskola – hur många …").
  const firstWord = /^\s*(\p{L}+)/u.exec(analysis.question)?.[1].toLowerCase() ?? '';
  const startsWithName = !STOPWORDS_SV.has(firstWord) && !STOPWORDS_EN.has(firstWord) && !QUESTION_FRAME_WORDS.has(firstWord);
  const lowered = namedKindsIn(analysis.question.replace(/^\s*\p{Lu}/u, (c) => c.toLowerCase()));
  const askedNamed = startsWithName ? [...lowered, ...namedKindsIn(analysis.question).filter((n) => n.name === firstWord.replace(/s$/, '') && INSTITUTION_KIND.test(n.kind))] : lowered;
  const otherDays = new Map<string, boolean>();
  const otherDay = (passage: Passage): boolean => {
    let other = otherDays.get(passage.id);
    if (other === undefined) {
      other = statesOtherDay(index, analysis, passage);
      otherDays.set(passage.id, other);
    }
    return other;
  };
  const topicSections = new Map<string, boolean>();
  const questionStems = new Set(weighted.flatMap((w) => w.concept.forms.flatMap((f) => f.stems)));
  const isTopicHeading = (heading: string): boolean => {
    let is = topicSections.get(heading);
    if (is === undefined) {
      // "4.3 Kulturskolan på väg": its number and small words name nothing.
      const tokens = index.tokensOfText(heading).filter((t) => !/^[\d.]+$/.test(t) && !NAME_LINKING_WORDS.has(t));
      is = tokens.length > 0 && tokens.length <= TOPIC_HEADING_WORDS && tokens.every((t) => questionStems.has(stem(t)));
      topicSections.set(heading, is);
    }
    return is;
  };
  const listNoun = analysis.asks.list ? askedListNoun(analysis.question) : undefined;
  // "Resultat våren 2024" under "4.3 Kulturskolan på väg" is the results of what the heading above names.
  const sectionIsTopic = (passage: Passage): boolean => {
    const [above, own] = [passage.source.section.at(-2), passage.source.section.at(-1) ?? ''];
    return isTopicHeading(above !== undefined && RESULTS_HEADING.test(own) ? above : own);
  };
  const headingNamed = HEADING_NAMED.test(analysis.question);
  const out: ScoredUnit[] = [];
  const asksNextMeeting = NEXT_MEETING.test(analysis.question);
  const signingDayAsked = analysis.asks.date && SIGNING_DAY_ASKED.test(analysis.question);
  const questionsAsked = QUESTIONS_ASKED.test(analysis.question);
  const conditionAsked = CONDITION_ASKED.test(analysis.question);
  for (const { unit, units, passage, inUnit, matched, coverage, ownShare, defines, namesDefinedTerm, glossesAskedTerm } of drafts.slice(0, DETAILED_UNITS)) {
    // A whole county table states a figure for every row, as each of its rows does.
    const { number, percent, money, measure, date, time, person } = analysis.asks;
    const onlyFigure = (number || percent || money || measure) && !(date || time || person);
    // (A glossary's sentence under the asked term is what a definition question asks for, whatever its shape.)
    const fit =
      (unit.countyTable === 'whole' && onlyFigure) || glossesAskedTerm
        ? 1
        : adoptionAsked && adoptsOtherPaper(analysis.question, unit.text, index.kb.documentById(passage.source.documentId)?.title)
          ? 0
          : typeFit(index, analysis, unit.text, weighted, matcher);
    // "When is the next meeting after the one on Nov 20th 2024": the day named is the meeting before, and the page's
    // "Nästa möte hålls den 5 februari 2025" may fall in the next year.
    const statesNextMeeting = asksNextMeeting && NEXT_MEETING_STATED.test(unit.text.trim());
    // (The notice of that meeting says it too, though it was sent days before: "Nästa möte föreslås äga rum …"; another
    // day's papers name the meeting after that day.)
    const dayAsked = analysis.temporal.dates.length > 0;
    const nextOfAsked = statesNextMeeting && (dateMatches(analysis, index.kb.documentById(passage.source.documentId)?.date) || (!dayAsked && analysis.years.some((y) => hasYear(passage.source.title, y))) || noticeOfTheDay(passage));
    const yFit = nextOfAsked ? 1 : yearFit(index, analysis, unit, passage);
    // A heading is rarely an answer, except as the lead-in of the list a list question asks for.
    // The document's own title repeated on its first page names the topic and answers nothing, not even a list question.
    const titleEcho = (unit.headingLike || unit.text.length >= 30) && normalizePhrase(index.kb.documentById(passage.source.documentId)?.title ?? '').startsWith(normalizePhrase(unit.text));
    const headingPenalty = titleEcho ? 0.5 : unit.headingLike && !analysis.asks.list ? 0.7 : 1;
    const monthFit = monthMatches(index, analysis, unit, passage) ? 1 : 0.85;
    // "… gästnätter under vintersäsongen november 2023–april 2024" counts part of a year: a figure asked for the whole
    // year (a year named, no month or season) is more surely the one stated without such a period.
    const partYearFit = wholeYearFigure && (periodMonthsIn(unit.text).length > 0 || SEASON_WORD.test(unit.text)) ? 0.85 : 1;
    // "the current target after the revision": the decision that changed it ("höjs från 450 till 600") states it.
    const revisionFit = revisedAsked && VALUE_CHANGED.test(unit.text) ? 1.2 : 1;
    // "… on 18/9": the meeting's own page, minutes or papers, dated that day, before a later notice that mentions the day.
    const ofTheDay = () => dateMatches(analysis, index.kb.documentById(passage.source.documentId)?.date) || papersOf.some((isPaper) => isPaper?.(passage));
    // … and "enligt CSG-mötet i november": the papers of the meeting held that month.
    const dayFit = (analysis.temporal.dates.length > 0 && ofTheDay()) || (meetingMonthAsked && ofTheMonth(passage)) ? 1.15 : 1;
    // A list question is best answered where a list is announced ("Strategiska mål inom området medarbetare:");
    // a goal question "… by 2022" by the list a lead-in for that year announces ("… 2015-2022 ska ha utvecklat:").
    // A line the dump joined to the heading of the list under it ("… som Strategiska mål inom området samhälle")
    // still stands right before that list's items.
    // A chapter heading alone in its passage ("5. Insatsområden") heads the sections that follow it.
    const headsSections = unit.headingLike && units.length === 1 && headsNextPassage(index, passage);
    const announcesList = unit.leadIn || (unit.headingLike && units[unit.index + 1] !== undefined) || headsSections || (!unit.listItem && units[unit.index + 1]?.listItem === true);
    const goalLead = analysis.asks.goal && unit.leadIn && analysis.strictYears.some((y) => hasYear(unit.text, y));
    // "Vilka insatsområden …" under the heading "5 Insatsområden": a heading that is only the asked words heads that list.
    const namesAskedList = listNoun !== undefined && unit.headingLike && announcesList && isTopicHeading(unit.text) && index.tokensOfText(unit.text).some((t) => stem(t) === listNoun);
    // … or a sentence that names the things itself ("delas in i fyra anbudsområden: Storsjöbygden (…), Västra Jämtland …").
    const enumerates = analysis.asks.list && !announcesList && enumeratesThings(unit.text);
    // ("which new naturreservat were formed": a table of figures per year counts them, "Nya statliga naturreservat | 2 | 2 | 3",
    // and names none.)
    const countsOnly = analysis.asks.list && !analysis.asks.number && (isYearTableRow(unit.text) || YEAR_COLUMNS_HEAD.test(unit.text));
    const listFit = countsOnly ? 0.8 : goalLead || namesAskedList ? 1.35 : (announcesList || enumerates) && analysis.asks.list ? (unit.leadIn ? 1.25 : 1.15) : 1;
    const documentFit = preferred === undefined ? 1 : preferred.has(passage.source.documentId) ? 1.15 : 0.85;
    // A section headed by what the question asks about ("Vision", "Värdegrund") is where the documents say it.
    // … and surely when the question names it as a heading ("vad står under rubriken Verksamhetsstöd").
    // … and what a project achieved, told by the sentences that state an outcome under its own heading ("Virkesnod Mitt").
    const sectionFit = sectionIsTopic(passage) ? (headingNamed || (analysis.asks.results && fit >= 1) ? 1.6 : 1.1) : 1;
    // A report's summary of the year states what a unit achieved in brief.
    const summaryFit = analysis.asks.results && inYearSummary(passage) ? 1.4 : 1;
    // "Vad beslutade styrelsen under § 21": the minutes' paragraph of that number, not another's.
    const paragraph = paragraphAsked === undefined ? undefined : paragraphOfSection(passage);
    // ("§ 14" asked: the minutes' paragraph; a notice's rows, numbered by item, count for less.)
    const paragraphFit = paragraphAsked === undefined ? 1 : paragraph === undefined ? 0.85 : paragraph === paragraphAsked ? 1.5 : 0.6;
    // "What is the region's vision": the asked noun followed by a quoted name ("Visionen ”En region att …”") says it.
    const quotedNameFit = namedInQuotes !== undefined && namedInQuotes.test(unit.text) ? 1.25 : 1;
    // A table with a row per municipality: the row of the municipality asked about, else the whole table.
    const tableFit = unit.countyTable === undefined ? 1 : (unit.countyTable === 'row') === namesMunicipality ? 1.1 : 0.85;
    // The question's own wording ("Regionplan 2018–2020", "digital kompetensvecka") found as written.
    const phraseFit = 1 + Math.min(0.3, 0.1 * phrases.filter((p) => normalizePhrase(unit.text).includes(p)).length);
    // … and most surely when it defines the very words asked about ("vad menas med resecentrum" → "Resecentrum: den …").
    const definitionFit = defines ? (analysis.definedWords && namesDefinedTerm ? 2 : 1.5) : 1;
    // "When is the next meeting": the page's own "Nästa möte hålls …" line says it.
    const nextMeetingFit = statesNextMeeting ? 1.5 : 1;
    // "When was the protokoll … justerat?": the minutes' field "Justeringens plats och tid" with its day.
    const signingDayFit = signingDayAsked && SIGNING_DAY_FIELD.test(unit.text) && dateFit(unit.text) > 0 ? 1.5 : 1;
    // "Bilaga 1 Enkätfrågor" / "3. Hur långt transporteras dina djur till slakt?": a survey's own question answers
    // nothing, unless its questions are what is asked about.
    const askingFit = !questionsAsked && isFormQuestion(units, unit.index, passage) ? 0.6 : 1;
    // "When does a language café count as regular": the sentence stating the condition ("räknas … som regelbundet om …").
    const conditionFit = conditionAsked && CONDITION_STATED.test(unit.text) ? 1.3 : 1;
    // "Hur många … under 2024": the figure a report states, before one given as preliminary or "so far" during the year.
    // ("har reviderats från preliminärt 101 300 till 99 850" states the final figure.)
    const provisionalFit = provisionalDiscounted && PROVISIONAL_STATED.test(withoutFigureAsides(unit.text)) && !VALUE_CHANGED.test(unit.text) ? 0.85 : 1;
    // "What did the network achieve during 2024": the year's own report tells it, before a meeting held during the year.
    const reportFit = reportOfAskedYear(passage) ? 1.15 : 1;
    const score = (0.65 * coverage + 0.35 * ownShare) * (0.55 + 0.45 * fit) * (0.3 + 0.7 * yFit) * headingPenalty * monthFit * dayFit * documentFit * partYearFit * revisionFit * provisionalFit * reportFit * listFit * phraseFit * summaryFit * sectionFit * quotedNameFit * tableFit * definitionFit * nextMeetingFit * signingDayFit * askingFit * conditionFit * paragraphFit;
    out.push({ unit, passage, coverage, inUnit, matched, typeFit: fit, yearFit: yFit, otherMonth: !nextOfAsked && ((statesNextMeeting && dayAsked) || statesOtherMonth(index, analysis, unit, passage) || otherDay(passage) || statesOtherRowYear(unit.text)), otherBody: speaksOfOtherBody(askedBodies, unit.text) || speaksOfOtherNamed(askedNamed, unit, passage) || speaksOfWholeCounty(askedMunicipalities, unit.text) || rowOfOtherMunicipality(askedMunicipalities, unit) || speaksOfOtherCompound(askedCompounds, unit.text, passage.text) || figureOfOtherCompany(askedNames, unit.text) || speaksOfContrary(analysis.question, unit.text), score });
  }
  out.sort((a, b) => b.score - a.score);
  return out;
}

/** A municipality the question names as its place counts only where the text names it itself (namesMunicipality). */
function atAskedPlaces(matches: number[], places: ReadonlyArray<{ i: number; name: string }>, text: string): number[] {
  if (places.every(({ i, name }) => matches[i] === 0 || namesMunicipality(text, name))) return matches;
  const out = [...matches];
  for (const { i, name } of places) if (!namesMunicipality(text, name)) out[i] = 0;
  return out;
}
