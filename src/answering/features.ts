/**
 * What kind of facts a piece of text states: amounts, counts, percentages, dates, clock times,
 * person names and job titles. Evidence checks use these to see whether a sentence can answer
 * "how many", "when" or "who" at all.
 */
import { COUNTY_MUNICIPALITIES, ENGLISH_MONTHS, SWEDISH_MONTHS } from './lexicon.js';
import { memoByText } from './text.js';

const NUMBER_WORDS = new Set([
  'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv', 'tretton', 'fjorton', 'femton',
  'sexton', 'sjutton', 'arton', 'nitton', 'tjugo', 'trettio', 'fyrtio', 'femtio', 'hundra', 'tusen',
  // "ett tjugotal avtal": about twenty.
  'tiotal', 'tjugotal', 'trettiotal', 'fyrtiotal', 'femtiotal', 'sextiotal', 'hundratal', 'tusental',
]);

const DIARY = /\b[A-ZÅÄÖ]{2,4}\s?\/\s?\d{1,4}\s?\/\s?\d{4}\b|\b[A-ZÅÄÖ]{2,4}\/\d{4}-\d{1,4}\b/g;
const ISO_DATE = /\b(?:19|20)\d{2}-\d{2}-\d{2}(?:-{1,2}\d{2})?\b/g;
// "2 114 tkr" and "2114 tkr" alike.
const MONEY = /\b(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[,.]\d+)?\s*(?:tkr|mkr|msek|ksek|kr\b|kronor|miljoner|miljarder|mnkr|sek\b)/i;
const PERCENT = /\b\d+(?:[,.]\d+)?\s*(?:%|procent|procentenheter)/i;
const CLOCK = /\b(?:[01]?\d|2[0-3])[:.][0-5]\d\b/;
const MONTH = new RegExp(`\\b(${[...SWEDISH_MONTHS, ...ENGLISH_MONTHS].join('|')}|jan|feb|okt|nov|dec|sept?)\\b`, 'i');
const SEASON = /\b(våren|hösten|vårterminen|höstterminen|årsskiftet|halvårsskiftet|sommaren|vintern|spring|autumn)\b/i;
const TITLE_WORD = /(direktör|chef|ordförande|strateg|controller|assistent|sekreterare|samordnare|handläggare|ledamot|ledamöter|representant|företrädare|processledare|utvecklingsledare|kommunalråd|regionråd|rektor|föreståndare|koordinator|ansvarig)(?:en|er|erna|n|na|s|a)?(?![\p{L}])/iu;

/** Text with diary numbers and ISO dates blanked, so their digits are not read as amounts. */
function withoutCodes(text: string): string {
  return text.replace(DIARY, ' ').replace(ISO_DATE, ' ');
}

const DAY_BEFORE_MONTH = new RegExp(`^\\.?\\s+(${[...SWEDISH_MONTHS, ...ENGLISH_MONTHS].join('|')}|jan|feb|mar|apr|jun|jul|aug|sept?|okt|oct|nov|dec)\\b`, 'i');

/** "När är nästa sammanträde efter mötet den 6 november?", "nästa SocSam-möte efter 21/11": the named meeting is where to look, not what is asked. */
// ("when does X meet next", "när möts X nästa gång": the verb said so too.)
export const NEXT_MEETING = /(?<![\p{L}])(?:(?:nästa|kommande|next|following|upcoming)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]*(?:sammanträde|möte|meeting)|(?:meets?|convenes?)\s+(?:again\s+)?next|next\s+(?:meets?|convenes?)|(?:möts|träffas|sammanträder|ses)\s+(?:[\p{L}-]+\s+){0,3}?nästa\s+gång)/iu;
/** The sentence that announces the next meeting: "Nästa möte hålls den 12 februari 2026 …". */
export const NEXT_MEETING_STATED = /^(?:nästa (?:möte|sammanträde)|next meeting)(?![\p{L}])/iu;
/** … anywhere in a sentence: "Mötets avslutande Nästa sammanträde hålls torsdag 23 maj 2024". */
export const NEXT_MEETING_ANNOUNCED = /(?<![\p{L}])(?:nästa|kommande)\s+(?:möte|sammanträde)\s+(?:hålls|äger rum|blir|är)(?![\p{L}])/iu;

/** "Senast när …", "by when", "deadline", "sista dag": the question asks for a deadline. */
export const DEADLINE_ASKED = /(?<![\p{L}])(?:senast när|senast vilket datum|by when|deadline|sista dag\p{L}*|sista datum|no later than)(?![\p{L}])/iu;
/** A date stated as a deadline: "senast den 15 december", "sista dag för svar", "före den 1 juni", "by 1 June". */
export const DEADLINE_STATED = /(?<![\p{L}])(?:senast|sista|deadline|före|innan|by|no later than|inom)(?![\p{L}])/iu;

/** A day of a month: "den 15 april", "3 June". */
export function hasDayOfMonth(text: string): boolean {
  for (const m of text.matchAll(/(?<![\d,.])\d{1,2}(?=\.?\s)/g)) if (DAY_BEFORE_MONTH.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) return true;
  return false;
}

/** The text without diary numbers, clock times and phone numbers ("Tfn: 063-14 62 08"): none of them counts anything. */
function withoutTimesAndPhones(text: string): string {
  return withoutCodes(text).replace(/\b(?:[01]?\d|2[0-3])[:.][0-5]\d\b/g, ' ').replace(/(?<![\d-])0\d{1,3}-\d{2,3}(?:\s\d{2}){1,3}(?!\d)/g, ' ');
}

/** A number that is an amount or count: not a year, date, clock time or diary number. */
export const hasQuantity: (text: string) => boolean = memoByText((text) => {
  const plain = withoutTimesAndPhones(text);
  for (const m of plain.matchAll(/\b\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[,.]\d+)?\b|\b\d+(?:[,.]\d+)?\b/g)) {
    const value = m[0].replace(/\s/g, '');
    // A bare 4-digit 19xx/20xx is a year.
    if (/^(19|20)\d{2}$/.test(value)) continue;
    // Ordinals and list numbers ("1.", "§ 73") rarely answer "how many".
    if (/§\s*$/.test(plain.slice(Math.max(0, m.index - 3), m.index))) continue;
    // The day of a date ("den 4 maj", "14 October").
    if (/^\d{1,2}$/.test(value) && DAY_BEFORE_MONTH.test(plain.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    return true;
  }
  return text.toLowerCase().split(/[^\p{L}]+/u).some((w) => NUMBER_WORDS.has(w));
});

// Letter-aware edges: "\b" does not see the start of "åtta".
const COUNT_PATTERN = new RegExp(String.raw`(?<![\p{L}\d])(\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[,.]\d+)?|\d+(?:[,.]\d+)?|${[...NUMBER_WORDS].join('|')})(?![\p{L}\d])`, 'giu');

/** "prioritet 1", "bilaga 2", "steg 3": a number labelling something is not a count of it. */
const LABEL_BEFORE_NUMBER = /(?<![\p{L}])(?:prioritet|ärende|ärendet|nivå|steg|fas|punkt|punkten|kategori|klass|etapp|version|bilaga|tabell|paragraf|nr|nummer|sida|kapitel|avsnitt|insatsområde|mål|priority|level|step|phase|item|appendix|table|page|chapter|section)\s*$/iu;

/** Numbers (digits or words) with the two words before and three after, amounts in money excluded. */
// ("Det slutliga antalet tolkade samtal under våren 2025 är därför 4 060": a scope with a year, an adverb after the verb.)
const COUNTED_SUBJECT = /(?<![\p{L}])[Aa]ntal(?:et)?\s+((?:\p{L}+\s+){0,2}?\p{L}+)(?:\s+(?:i|inom|på|under|för)\s+(?:[\p{L}\d]+\s+){0,2}[\p{L}\d]+)?\s+(?:ökade|minskade|steg|sjönk|var|är|blev|uppgick|landade|hamnade)(?:\s+(?:därför|alltså|då|nu))?(?:\s+(?:till|med))?\s*$/u;

export const countsIn: (text: string) => ReadonlyArray<{ before: string; after: string }> = memoByText((text) => {
  const plain = withoutTimesAndPhones(text);
  const out: Array<{ before: string; after: string }> = [];
  for (const m of plain.matchAll(COUNT_PATTERN)) {
    const value = m[1].replace(/\s/g, '');
    if (/^(19|20)\d{2}$/.test(value)) continue;
    const after = plain.slice(m.index + m[0].length, m.index + m[0].length + 60);
    if (/^\s*(tkr|mkr|msek|kr\b|kronor|miljoner|miljarder|%|procent)/i.test(after)) continue;
    const before = plain.slice(Math.max(0, m.index - 40), m.index);
    if (LABEL_BEFORE_NUMBER.test(before)) continue;
    // Only the words in the same clause say what is counted ("två lokala styrgrupperna, Deltagande …" counts styrgrupper).
    const clauseAfter = after.split(/[,.;:()]/)[0];
    // "Avslutade upphandlingar, antal 71 84": a table row's label names what it counts before the unit.
    const clauses = before.split(/[,.;:()]/);
    const clauseBefore = clauses.length > 1 && /^\s*antal\s*$/i.test(clauses[clauses.length - 1]) ? `${clauses[clauses.length - 2]} antal` : clauses[clauses.length - 1];
    // "Antalet kommersiella gästnätter i länet ökade till 3 742 000": the subject counted stands before the verb.
    const counted = COUNTED_SUBJECT.exec(plain.slice(Math.max(0, m.index - 120), m.index))?.[1] ?? '';
    out.push({ before: `${counted} ${clauseBefore.trim().split(/\s+/).slice(-2).join(' ')}`.trim(), after: clauseAfter.trim().split(/\s+/).slice(0, 3).join(' ') });
  }
  return out;
});

/** A table or line whose figures are all money by its heading: "Resultatbudget (tkr)", "belopp i mkr". */
const MONEY_HEADING = /\(\s*(?:tkr|mkr|mnkr|msek|ksek|kr|kronor|tusentals kronor|tusen kronor|miljoner kronor)\s*\)|(?<![\p{L}])(?:belopp|siffror|summor)\s+(?:anges\s+)?i\s+(?:tkr|mkr|mnkr|kr|kronor|tusentals kronor|miljoner kronor)(?![\p{L}])/iu;
const FIGURE = /(?<![\d,.])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d])|(?<![\d,.])\d{3,}(?![\d])/;

export function hasMoney(text: string): boolean {
  const plain = withoutCodes(text);
  return MONEY.test(plain) || (MONEY_HEADING.test(plain) && FIGURE.test(plain.replace(/\b(?:19|20)\d{2}\b/g, ' ')));
}

const MEASURE = /\b\d+(?:[,.]\d+)?(?:\s*[-–]\s*\d+(?:[,.]\d+)?)?\s*(?:grader|°|dagar|veckor|månader|timmar|år\b|meter|km|kilometer|ton|kwh|mwh|gwh|procentenheter|%-enheter|mbit|st\b|personer|platser)/i;
const RANGE = /\b\d+(?:[,.]\d+)?\s*[-–]\s*\d+(?:[,.]\d+)?\s+\p{L}/u;

const DIARY_NUMBER = /(?<![\p{L}])\p{Lu}{2,5}\s?\/\s?(?:\d{1,5}\/\d{4}|\d{4}-\d{1,5})(?!\d)|(?<![\p{L}])\p{Lu}{2,5}\s\d{4}\/\d{1,5}(?!\d)|(?<![\d-])\d{3}-\d{3,5}-\d{4}(?![\d-])/u;

/** "Vilket dnr har …", "what's the diary number": the question asks for a diary number. */
export const DIARY_ASKED = /(?<![\p{L}])(?:dnr|diarienumm?er|diarienr|diary number|reference number)(?![\p{L}])/iu;

/** A diary number ("RS/369/2016", "RS/2013-64", "KS 2027/118", the county board's "423-1574-2014"). */
export function hasDiaryNumber(text: string): boolean {
  return DIARY_NUMBER.test(text);
}

/** A measured quantity: a number or range with a unit ("3-5 grader", "30-50 dagar", "2 veckor"). */
export function hasMeasure(text: string): boolean {
  const plain = withoutCodes(text).replace(/\b(?:19|20)\d{2}\s*[-–]\s*(?:(?:19|20)?\d{2})\b/g, ' ');
  return MEASURE.test(plain) || RANGE.test(plain);
}

export function hasPercent(text: string): boolean {
  return PERCENT.test(text);
}

export function hasClockTime(text: string): boolean {
  return CLOCK.test(withoutCodes(text));
}

const DAY_OF_MONTH = new RegExp(`\\b\\d{1,2}(?:e|a|:e|:a|st|nd|rd|th)?\\s+${MONTH.source.slice(2, -2)}\\b|${MONTH.source.slice(2, -2)}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b|\\b(?:0?[1-9]|[12]\\d|3[01])/(?:0?[1-9]|1[0-2])\\b(?!/)`, 'i');

/** How exactly a text dates something: a day (1), only a month, season or year (0.85), nothing (0). */
export function dateFit(text: string): number {
  if (/\b(?:19|20)\d{2}-\d{2}-\d{2}\b/.test(text) || DAY_OF_MONTH.test(text)) return 1;
  // "Nettokostnad (mnkr) År 2021 utfall 2022 prognos …": in a table of amounts the years head the columns; they date nothing.
  if (MONEY_HEADING.test(text) && !MONTH.test(text) && !SEASON.test(text)) return 0.3;
  return hasDate(text) ? 0.85 : 0;
}

export function hasDate(text: string): boolean {
  return /\b(?:19|20)\d{2}-\d{2}-\d{2}\b/.test(text) || MONTH.test(text) || SEASON.test(text) || SCHOOL_YEAR.test(text) || /\b(?:19|20)\d{2}\b/.test(withoutCodes(text));
}

/** "läsåret 21-22", "läsår 2026/27": a school year is a time. */
const SCHOOL_YEAR = /(?<![\p{L}])läsår(?:et)?\s+(?:19|20)?\d{2}\s?[-–/]\s?(?:19|20)?\d{2}(?!\d)/iu;

const MONTH_NUMBER = new Map<string, number>([...SWEDISH_MONTHS.map((m, i) => [m, i + 1] as const), ...ENGLISH_MONTHS.map((m, i) => [m, i + 1] as const)]);
const MONTH_NAME = new RegExp(`\\b(${[...MONTH_NUMBER.keys()].join('|')})\\b`, 'gi');

/** Months a text names by their full name ("mars 2022", "i april"). */
export const monthsIn: (text: string) => readonly number[] = memoByText((text) => {
  const out = new Set<number>();
  for (const m of text.matchAll(MONTH_NAME)) out.add(MONTH_NUMBER.get(m[1].toLowerCase()) ?? 0);
  out.delete(0);
  return [...out];
});

const yearPatterns = new Map<number, RegExp>();

export function hasYear(text: string, year: number): boolean {
  if (!text.includes(String(year))) return false;
  let pattern = yearPatterns.get(year);
  if (!pattern) {
    pattern = new RegExp(`(^|[^\\d/])${year}($|[^\\d/])`);
    yearPatterns.set(year, pattern);
  }
  return pattern.test(withoutCodes(text)) || new RegExp(`\\b${year}-\\d{2}-\\d{2}`).test(text);
}

/** Years a text names (outside diary numbers). */
export function yearsIn(text: string): number[] {
  const out = new Set<number>();
  for (const m of text.replace(DIARY, ' ').matchAll(/(?<![\d/])((?:19|20)\d{2})(?![\d/])/g)) out.add(Number(m[1]));
  return [...out];
}

const NOT_NAME_WORDS = new Set(
  `Region Regionen Regionens Jämtland Jämtlands Härjedalen Härjedalens Sverige Sveriges Norra North Sweden European Office
  Kommun Kommuner Länets Län Östersund Östersunds Mittuniversitetet Energikontoret Vård Social Samverkan Verksamhetsberättelse
  Under Enligt Det Den De Vi Inom Genom Via Alla Samt Och Arbetet EU Europaforum Svenska Regional Regionala Program`.split(/\s+/),
);

/**
 * Whether the text names a person for "who was elected / named …": a known name, or a person-like name
 * that does not open a sentence ("Kampanjen Vintercyklisten" is a capitalised sentence start, not a person).
 */
export function namesPerson(text: string, known: ReadonlyMap<string, string>): boolean {
  const opensSentence = (name: string) => {
    const before = text.slice(0, text.indexOf(name)).trimEnd();
    return before === '' || /[.!?:]$/.test(before);
  };
  return personNamesIn(text, known).some((name) => known.has(name.toLowerCase()) || !opensSentence(name));
}

/** Person-like names: two or three capitalised words, not places or organisations. */
export function personNamesIn(text: string, known: ReadonlyMap<string, string>): string[] {
  const found = new Set<string>();
  const lower = text.toLowerCase();
  for (const [key, written] of known) if (lower.includes(key)) found.add(written);
  for (const m of text.matchAll(/(?<![\p{L}])([A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?)\s+([A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?)(?:\s+([A-ZÅÄÖ][a-zåäöéü]+))?/gu)) {
    const parts = [m[1], m[2], m[3]].filter((p): p is string => Boolean(p));
    if (parts.some((p) => NOT_NAME_WORDS.has(p))) continue;
    // Sentence-initial capitals are not names on their own.
    const before = text.slice(Math.max(0, m.index - 2), m.index);
    if ((m.index === 0 || /[.!?:]\s*$/.test(before)) && !known.has(parts.join(' ').toLowerCase())) {
      if (!/^[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?$/.test(parts[0]) || parts.length < 2) continue;
    }
    found.add(parts.join(' '));
  }
  return [...found];
}

// "… fastställs av kontorets ägarråd": a compound naming a council acts as a body too.
const BODY_WORD = /(fullmäktige|styrelsen?|nämnden?|rådet|\p{L}{3,}råd|utskottet|presidiet|presidium|kommunen|regionen|\p{L}*myndighet(?:en)?|\p{L}*förbundet)(?![\p{L}])/iu;

export function hasBodyWord(text: string): boolean {
  return BODY_WORD.test(text);
}

const MAY_NAME_BODY = /fullmäktige|styrelse|nämnd|utskott|samverkansråd|beredning/i;
const DECISION_BODY = /(?<![\p{L}])([\p{L}-]*?(?:fullmäktige|styrelse|nämnd|utskott|samverkansråd|beredning))(?:en|et|ens|ets|s|n)?(?![\p{L}])/giu;

/** Decision-making bodies a text names, without their endings ("regionfullmäktige", "nämnd", "regionstyrelse"). */
export function decisionBodiesIn(text: string): string[] {
  if (!MAY_NAME_BODY.test(text)) return [];
  return [...text.matchAll(DECISION_BODY)].map((m) => m[1].toLowerCase());
}

/** Whether two names of bodies can mean the same one: equal, or one is the other's head ("nämnden" for "utvecklingsnämnden"). */
export function sameDecisionBody(a: string, b: string): boolean {
  return a === b || a.endsWith(b) || b.endsWith(a);
}

const OUTCOME = /(?<![\p{L}])(?:(?<!(?:med|andel|antal)\s+)genomför\w*|ökade|ökat|minskade|minskat|öppnade\w*|öppnat|lanserade\w*|lanserat|startade\w*|startat|utbildade\w*|utbildat|etablera\w*|anordna\w*|arrangera\w*|tagit fram|tog fram|tagits fram|togs fram|beviljade\w*|beviljat|införde|infört|införts|publicera\w*|avslutade\w*|slutförde\w*|deltog|deltagit|medverkade|medverkat|hållits|höll|genomgick|fullföljde|nådde|besvarade|achieved|launched|increased|opened|held|completed)(?![\p{L}])/iu;

/** Whether a text tells what was done or changed (a result), rather than only naming something. */
export function statesOutcome(text: string): boolean {
  return OUTCOME.test(text) || /(?<![\p{L}])har\s+(?:[\p{L}\d]+\s+){0,3}\p{L}+(?:ats|its|tts)(?![\p{L}])/iu.test(text);
}

export function hasTitleWord(text: string): boolean {
  return TITLE_WORD.test(text);
}

const ANY_ROLE_WORD = String.raw`(?:vice\s+)?(?:ordförande[nt]?|ordföranden|sammankallande|sekreterare[n]?|undertecknad|i tjänsten|kontaktperson(?:en)?)`;
/** A field label ("Ordförande: …"), its capital spelled out: the name after it is matched case-sensitively. */
const ANY_ROLE_LABEL = String.raw`(?:[Vv]ice\s+)?(?:[Oo]rdförande|[Ss]ammankallande|[Ss]ekreterare)`;
const CHAIR_WORD = String.raw`(?<![Vv]ice\s)(?:ordförande[nt]?|ordföranden|sammankallande)`;
const CHAIR_LABEL = String.raw`(?<![Vv]ice\s)(?:[Oo]rdförande|[Ss]ammankallande)`;
/** The role words (and field labels) that name a holder of each role kind asked about; a chair may be the convenor. */
const ROLE_WORDS_OF: Partial<Record<string, [string, string]>> = {
  chair: [CHAIR_WORD, CHAIR_LABEL],
  convenor: [CHAIR_WORD, CHAIR_LABEL],
  'vice-chair': [String.raw`vice\s+ordförande[nt]?`, String.raw`[Vv]ice\s+ordförande`],
  // (Minutes name their secretary the note-taker too: "Antecknare Lena Strand".)
  secretary: [String.raw`(?:sekreterare|antecknare|protokollförare)[n]?`, String.raw`(?:[Ss]ekreterare|[Aa]ntecknare|[Pp]rotokollförare)`],
};
const CAP_NAME = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*){1,2}`;
const COPULA = String.raw`(?:är|var|har\s+varit|blev|blir|utgjordes\s+av)`;

function roleHolderPatterns(ROLE_WORD: string, ROLE_LABEL: string): RegExp[] {
  return [
    // "Ordföranden på mötena har varit regional utvecklingsdirektör Anders Byström"
    // "Ordförande i den regionala styrgruppen 2024 var Kristina Wikberg"
    new RegExp(String.raw`${ROLE_WORD}(?:\s+(?:på|vid|för|i)\s+(?:[\p{L}-]+\s+){0,3}[\p{L}-]+)?(?:\s+(?:under\s+)?(?:19|20)\d{2})?\s+${COPULA}\s+(?:[\p{Ll}/\-]+\s+){0,4}${CAP_NAME}`, 'iu'),
    // "Elise Ryder Wikén (M), ordförande" / "Anna Halvarsson, ordförande" / "Mats Grenholm (C), Strömsunds kommun, vice ordförande"
    // ("Amir Haddad, ordinarie sammankallande", "Lena Forsberg (Strömsunds kommun), tf. sammankallande")
    new RegExp(String.raw`${CAP_NAME}(?:\s*\([^()]{1,40}\))?,\s+(?:[^,.;]{2,40},\s+)?(?:(?:ordinarie|tf\.|t\.f\.|tillförordnad|nuvarande)\s+)?${ROLE_WORD}`, 'u'),
    // "Anders Byström är ordförande"
    new RegExp(String.raw`${CAP_NAME},?\s+${COPULA}\s+(?:\p{Ll}+\s+){0,3}${ROLE_WORD}`, 'u'),
    // "ordförande Anders Byström" / "sammankallande Anna Halvarsson"
    new RegExp(String.raw`${ROLE_WORD}\s+${CAP_NAME}(?!s\b)`, 'u'),
    // "Ordförande: Torbjörn Malmsten" (case matters in the name, so the label's capital is spelled out)
    new RegExp(String.raw`${ROLE_LABEL}:\s*${CAP_NAME}`, 'u'),
    // "Berit Lindmark (ordförande)"
    new RegExp(String.raw`${CAP_NAME}\s*\(${ROLE_WORD}\)`, 'u'),
    // "… valdes Sofia Hedenström (M), Härjedalens kommun, till ny vice ordförande", "att välja X till ordförande",
    // "Rektorsrådet väljer att Sara Persson till ordförande"
    new RegExp(String.raw`(?:[Vv]aldes|[Uu]tsågs|[Vv]älja|[Vv]äljer|[Uu]tse|[Uu]tser|[Vv]alde|[Uu]tsåg)\s+(?:\p{Ll}+\s+){0,2}${CAP_NAME}[^.;]{0,80}?\btill\s+(?:ny\s+|nya\s+)?${ROLE_WORD}`, 'u'),
    // "Sofia Hedenström (M) valdes till vice ordförande"
    new RegExp(String.raw`${CAP_NAME}(?:\s*\(\p{Lu}{1,3}\))?(?:,[^.;]{0,60},)?\s+(?:valdes|utsågs|har\s+valts|har\s+utsetts)\s+till\s+(?:ny\s+|nya\s+)?${ROLE_WORD}`, 'u'),
    // "… lämnade över ordförandeskapet … till North Norway"
    /ordförandeskap\w*[^.]{0,80}?\btill\s+\p{Lu}/u,
  ];
}

const ROLE_HOLDER_PATTERNS = roleHolderPatterns(ANY_ROLE_WORD, ANY_ROLE_LABEL);
/** "RCC Norrs styrgrupp leds under 2024–2025 av Karin Forsgren": a body led by someone, its chair. */
const LED_BY = new RegExp(String.raw`(?<![\p{L}])(?:leds|leddes)\s+(?:[^.;]{0,40}?\s)?av\s+(?:\p{Ll}+\s+){0,3}${CAP_NAME}`, 'u');
const ROLE_HOLDER_PATTERNS_OF = new Map(
  (Object.entries(ROLE_WORDS_OF) as Array<[string, [string, string]]>).map(([kind, [word, label]]) => [kind, [...roleHolderPatterns(word, label), ...(kind === 'chair' || kind === 'convenor' ? [LED_BY] : [])]]),
);

/**
 * Whether the text names who holds a chair-like role, not merely mentions the role ("Ordföranden ställer proposition …");
 * for a role kind asked about, that role ("Sammankallande är Anders Holm" names no secretary).
 */
export function statesRoleHolder(text: string, kind?: string): boolean {
  return (ROLE_HOLDER_PATTERNS_OF.get(kind ?? '') ?? ROLE_HOLDER_PATTERNS).some((p) => p.test(text));
}

/**
 * A sentence that names three or more things in a row after "är", "som", "består av" or a colon
 * ("Berörda samverkansorgan är FoU-rådet, Lärcentrasamverkan, SocSam(…), BUZ(…), IFO-chefer samt
 * förvaltningschefer."): the list a "which" question asks for, inside one sentence. Returns the words
 * before the list (what is listed), or undefined.
 */
export function inlineEnumeration(text: string, minItems = 4): { subject: string } | undefined {
  const marker = /(?:(?<!\p{L})(?:är|var|blir|består av|utgörs av|som|are|were|include|includes|including)(?!\p{L})|:)\s+/iu.exec(text);
  if (!marker) return undefined;
  // Brackets hold explanations of an item, not more items.
  const tail = text.slice(marker.index + marker[0].length).replace(/\([^)]*\)?/g, ' ');
  const parts = tail.split(',');
  // "a, b, c och d" is four items in three comma-separated parts.
  if (parts.length < minItems - 1) return undefined;
  if (!/(?<!\p{L})(och|samt|and|or|eller)(?!\p{L})/iu.test(parts.at(-1) ?? '')) return undefined;
  // Each item is a name or short phrase, not a clause.
  if (!parts.slice(0, -1).every((p) => p.trim().split(/\s+/).length <= 4)) return undefined;
  return { subject: text.slice(0, marker.index) };
}

const MUNICIPALITY_NAME = new RegExp(`(?<![\\p{L}])(${COUNTY_MUNICIPALITIES.join('|')})s?(?![\\p{L}])`, 'gu');

const MUNICIPALITY_NAME_ANY_CASE = new RegExp(MUNICIPALITY_NAME.source, 'giu');

/**
 * Whether a text names the municipality itself, also in capitals ("STRÖMSUNDS KOMMUN"): "Åre" is not "året" or
 * "arenan" (words are matched without their accents), and "Härjedalen" in "Region Jämtland Härjedalen" is the region.
 */
export function namesMunicipality(text: string, municipality: string): boolean {
  for (const m of text.matchAll(MUNICIPALITY_NAME_ANY_CASE)) {
    if (m[1].toLowerCase() === municipality.toLowerCase() && !/Jämtlands?[\s/–-]+$/u.test(text.slice(Math.max(0, m.index - 12), m.index))) return true;
  }
  return false;
}

/** The county's municipalities a text names ("Berg, Härjedalen, Krokom …", "Bräcke kommun"), each once. */
export const municipalitiesIn: (text: string) => readonly string[] = memoByText((text) => [...new Set([...text.matchAll(MUNICIPALITY_NAME)].map((m) => m[1]))]);

/** "the meeting", "mötet", "sammanträdet": a question about one meeting. */
export const MEETING_WORD = /(?<!\p{L})(?:meeting|möte[nt]?|sammanträde[nt]?)(?!\p{L})/iu;

const MEETING_PAPER_TYPES: ReadonlySet<string> = new Set(['kallelse', 'protokoll', 'protokollsutdrag', 'webbsida']);
const MEETING_PAPER_TITLE = /(?<![\p{L}])(?:protokoll|minnesanteckningar|kallelse|föredragningslista|dagordning)/iu;

/** A meeting's own papers (its notice, minutes, notes or page), whose date is the meeting's day; a plan's date is not. */
export function isMeetingPaper(document: { type: string; title: string } | undefined): boolean {
  return document !== undefined && (MEETING_PAPER_TYPES.has(document.type) || MEETING_PAPER_TITLE.test(document.title));
}

const MINUTES_TITLE = /(?<![\p{L}])(?:protokoll|minnesanteckningar|sammanträdesprotokoll)/iu;

/** Minutes of a meeting (a record of what it did), not its notice. */
export function isMinutes(document: { type: string; title: string } | undefined): boolean {
  return document !== undefined && (document.type === 'protokoll' || MINUTES_TITLE.test(document.title));
}

/** "… när Tjärnström slutade?", "now that Cecilia has left": a clause placing the question in time. */
// ("när det gäller länsplanen" is "as regards", not a time.)
// ("efter läkemedelsrådets möte i mars 2024": after a meeting or a decision, a time too.)
const TIME_CLAUSE = /(?:,\s*)?(?<![\p{L}])(?:när(?!\s+det\s+(?:gäller|kommer\s+till))|nu när|efter att|efter(?=\s+(?:\p{L}+\s+){0,2}(?:möte|mötet|sammanträde|sammanträdet|beslut|beslutet)(?![\p{L}]))|sedan|eftersom|when|now that|after|since)(?![\p{L}]).*$/iu;

/** Whether a word of the question stands outside a clause placing it in time ("… när Tjärnström slutade"). */
export function outsideTimeClause(question: string): (label: string) => boolean {
  const main = question.replace(TIME_CLAUSE, ' ').toLowerCase();
  return (label) => main.includes(label.toLowerCase());
}

/** Whether a word of the question stands only in a clause placing it in time ("… när Johan Berglund går till …"). */
export function onlyInTimeClause(question: string): (label: string) => boolean {
  const clause = TIME_CLAUSE.exec(question)?.[0].toLowerCase() ?? '';
  const outside = outsideTimeClause(question);
  return (label) => clause.includes(label.toLowerCase()) && !outside(label);
}

/** "förvaltningsplanen 2027–2033", "Finansplan 2019–21": a plan, program or strategy named by its period. */
export const NAMED_PERIOD = /(?<![\p{L}])(\p{L}[\p{L}-]{3,})\s+((?:19|20)\d{2})\s*[–-]\s*((?:19|20)?\d{2})(?!\d)/gu;

/** The period's last year in full ("2019–21" ends in 2021). */
export function fullYear(start: string, end: string): string {
  return end.length === 2 ? `${start.slice(0, 2)}${end}` : end;
}
