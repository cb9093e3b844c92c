/**
 * "Who chairs/convenes/signed …": answered from role records, matched on role kind, organ or
 * document, and year; the sentence the role was read from is quoted as support.
 */
import type { Role, RoleKind } from '../../knowledge/index.js';
import type { AnswerIndex } from '../answer-index.js';
import { citationsFor, layoutText, type Answer, type Quote } from '../compose.js';
import type { WeightedConcept } from '../evidence.js';
import { hasYear, isMeetingPaper, isMinutes, MEETING_WORD, municipalitiesIn, namesMunicipality, onlyInTimeClause } from '../features.js';
import { NOTE_TAKING, ORGAN_ENDING, ORGAN_NOUN, ROLE_WORDS } from '../lexicon.js';
import { foldKey } from '../text.js';
import type { QuestionAnalysis } from '../understand.js';
import { inAskedMonth } from '../dates.js';
import { coverageOfTokens, dateMatches, sourceText, subjectConcepts } from './shared.js';

/** Role kinds one person holds at a time: a question about them needs a named holder. */
export const SINGLE_HOLDER_ROLES: ReadonlySet<RoleKind> = new Set(['chair', 'vice-chair', 'convenor', 'secretary', 'signatory', 'contact']);

const COMPATIBLE: Partial<Record<RoleKind, RoleKind[]>> = {
  chair: ['chair', 'convenor'],
  convenor: ['convenor', 'chair'],
  presenter: ['presenter'],
  member: ['member', 'representative'],
  representative: ['representative', 'member'],
};

interface RoleMatch {
  role: Role;
  score: number;
}

function roleYearOk(analysis: QuestionAnalysis, role: Role, dayHasPapers: boolean): boolean {
  // "Ärendet … på samverkansrådet 7/2 – vem är kontaktperson": the date is the meeting's, not the letter's.
  if (role.kind === 'contact' && analysis.years.length === 0) return true;
  if (analysis.temporal.dates.some((d) => d.year !== undefined)) {
    if (dateMatches(analysis, role.date)) return true;
    // Minutes of 2026-05-14 signed on 2026-05-20: the day asked is the paper's, named in its title.
    if (role.kind === 'signatory' && (role.source.title.match(/\d{4}-\d{2}-\d{2}/g) ?? []).some((day) => dateMatches(analysis, day))) return true;
    // "Who chaired the meeting on 14/3 2024": a role read from the papers of another day is another meeting's.
    if (role.date !== undefined && analysis.temporal.dates.some((d) => d.day !== undefined)) return false;
    // "Who chaired the meeting on 5 December 2024", a day no paper is dated: the year's chair is not shown to have.
    if (role.date === undefined && MEETING_WORD.test(analysis.question) && !dayHasPapers) return false;
  }
  // "… the meeting in June 2024": nor does a role read from the papers of another month.
  const { months, dates } = analysis.temporal;
  if (role.until !== undefined && months.length > 0) return heldInAskedMonths(analysis, role);
  if (role.date !== undefined && dates.length === 0 && months.length > 0 && !inAskedMonth(analysis, role.date)) return false;
  if (analysis.years.length === 0) return analysis.temporal.dates.length === 0 || dateMatches(analysis, role.date);
  if (role.year !== undefined && analysis.years.includes(role.year)) return true;
  // A report for 2021 is signed in January 2022: the year in its title counts.
  return analysis.years.some((y) => hasYear(`${role.organName} ${role.source.title}`, y));
}

/** A role held for a period ("2024-03-01–2024-08-31") covers a month the question names ("in June 2024"). */
function heldInAskedMonths(analysis: QuestionAnalysis, role: Role): boolean {
  const from = role.date?.slice(0, 7);
  const until = role.until?.slice(0, 7);
  if (!from || !until) return false;
  return analysis.temporal.months.some((m) => {
    const month = `${m.year ?? from.slice(0, 4)}-${String(m.month).padStart(2, '0')}`;
    return month >= from && month <= until;
  });
}

export function matchRoles(index: AnswerIndex, analysis: QuestionAnalysis, weighted: WeightedConcept[]): RoleMatch[] {
  // A question that names its document ("Regionplan 2018–2020") asks about a role stated in that document;
  // a document named only by its kind ("kallelsen … 28/9 2015") may be another of that kind.
  const named = analysis.documentIds.length > 0 && analysis.documentIds.length < index.kb.documents.length ? withSameMeetingPapers(index, analysis.documentIds) : undefined;
  const inNamed = rolesMatching(index, analysis, weighted, named);
  if (inNamed.length > 0 || !named || analysis.roleKind !== 'contact' || analysis.temporal.dates.length === 0) return inNamed;
  // … then the question's date tells which: the document dated (or titled) that day.
  const dated = (role: Role) => [role.date, ...(role.organName.match(/\d{4}-\d{2}-\d{2}/g) ?? [])].some((date) => date !== undefined && dateMatches(analysis, date));
  return rolesMatching(index, analysis, weighted, undefined).filter((m) => dated(m.role));
}

/** "… efter läkemedelsrådets möte i mars 2024" names the meeting: its minutes as well as the notice found for it. */
function withSameMeetingPapers(index: AnswerIndex, documentIds: readonly string[]): Set<string> {
  const ids = new Set(documentIds);
  // (A notice is dated by its letter; the meeting it calls is read from it.)
  const papers = documentIds.map((id) => index.kb.documentById(id)).filter((d) => isMeetingPaper(d));
  const days = new Set([...papers.map((d) => d?.date), ...index.kb.records.meetings.filter((m) => ids.has(m.source.documentId)).map((m) => m.date)].filter((day) => day !== undefined));
  if (days.size === 0) return ids;
  for (const d of index.kb.documents) if (d.date && days.has(d.date) && isMeetingPaper(d)) ids.add(d.id);
  return ids;
}

function rolesMatching(index: AnswerIndex, analysis: QuestionAnalysis, weighted: WeightedConcept[], named: Set<string> | undefined): RoleMatch[] {
  const kind = analysis.roleKind;
  if (!kind) return [];
  const kinds = COMPATIBLE[kind] ?? [kind];
  // "… när Johan Berglund går till Länsstyrelsen": a clause placing the question in time names no part of the role.
  const inTimeClause = onlyInTimeClause(analysis.question);
  // "Maria Edlund is ordförande …, but who actually chaired the meeting?": a known person the question names is whom
  // the answer is set against, not part of the role asked.
  const lowerQuestion = analysis.question.toLowerCase();
  const namedPeople = new Set(analysis.asks.person ? [...index.personNames.keys()].filter((key) => lowerQuestion.includes(key)).flatMap((key) => key.split(/\s+/)) : []);
  const subject = subjectConcepts(weighted).filter((w) => !inTimeClause(w.concept.label) && !namedPeople.has(w.concept.label.toLowerCase()));
  const organs = askedOrgans(subject);
  const qualifiers = askedPurpose(analysis.question);
  const matches: RoleMatch[] = [];
  const meetingAsked = MEETING_WORD.test(analysis.question);
  const dayHasPapers = index.kb.documents.some((d) => isMeetingPaper(d) && dateMatches(analysis, d.date)) || index.kb.records.meetings.some((m) => dateMatches(analysis, m.date));
  // The one municipality the question names as the body's ("Åres KPR", "KPR i Berg").
  const asked = municipalitiesIn(analysis.question);
  const askedMunicipality = asked.length === 1 ? asked[0] : undefined;
  for (const role of index.kb.records.roles) {
    if (!kinds.includes(role.kind)) continue;
    if (named && !named.has(role.source.documentId)) continue;
    // ("Maria Edlund har slutat – vem är ordförande nu?": the person the question names is not whom it asks for.)
    if (namedPeople.has(foldKey(role.personName.split(/\s+/).at(-1) ?? ''))) continue;
    if (!roleYearOk(analysis, role, dayHasPapers)) continue;
    // The minutes' head names the meeting's place and day ("… the meeting in Hammarstrand").
    const head = meetingAsked && role.date ? documentHead(index, role.source.documentId) : '';
    const context = `${role.organName} ${role.label} ${role.personTitle ?? ''} ${sourceText(role.source)} ${head}`;
    // The role's organ in words, folded once for the checks of the organ asked.
    const organWords = organs.length > 0 || qualifiers.length > 0 ? foldKey(role.organName).split(/[^a-z0-9]+/) : [];
    if (namesSiblingOrgan(organs, organWords) || namesOtherOrgan(organs, organWords, role.organName) || lacksAskedPurpose(qualifiers, role.organName, organWords)) continue;
    // ("===== Sammanträdesdag", "ORGANISATION OCH MÖTEN": a role read where no body's name was found is not the asked body's.)
    // (A document's title standing for the organ, "Plan för läkemedelsanvändning 2024–2026", may still be the asked body's.)
    if (organs.length > 0 && !namesSomeBody(organWords, role.organName) && NO_NAME.test(role.organName.trim())) continue;
    // ("Vem är ordförande i Åres KPR": the KPR of Östersund's notice, "ÖSTERSUNDS KOMMUN", is another municipality's.)
    if (askedMunicipality && ofOtherMunicipality(index, role, askedMunicipality)) continue;
    // The document's diary numbers qualify its roles as whole words, not as "RUN" or a year.
    const dnr = (index.kb.documentById(role.source.documentId)?.dnr ?? []).map(foldKey);
    const { coverage, criticalOk } = coverageOfTokens(subject, [...index.tokensOfText(context), ...dnr]);
    if (!criticalOk || coverage < 0.5) continue;
    // A role read from the asked day's own papers before one held for the whole year.
    // … and a holder for a period covering the asked month before the one the role is held by otherwise.
    const ofTheDay = (analysis.temporal.dates.length > 0 && dateMatches(analysis, role.date)) || (role.until !== undefined && heldInAskedMonths(analysis, role)) ? 1.1 : 1;
    // (The minutes of the day say who chaired it; its notice, written before, names the regular chair.)
    const minutesOfTheDay = ofTheDay > 1 && analysis.temporal.dates.length > 0 && isMinutes(index.kb.documentById(role.source.documentId)) ? 1.05 : 1;
    matches.push({ role, score: coverage * (role.kind === kind ? 1 : 0.8) * ofTheDay * minutesOfTheDay });
  }
  // (No day asked: the holder of the role in the body before whoever held it at one meeting in the holder's absence.)
  const standing = (m: RoleMatch) => (analysis.temporal.dates.length === 0 && m.role.date === undefined ? 1 : 0);
  return matches.sort((a, b) => b.score - a.score || (b.role.year ?? 0) - (a.role.year ?? 0) || standing(b) - standing(a));
}

/** The role's body and its document name other municipalities, never the asked one: another municipality's body. */
function ofOtherMunicipality(index: AnswerIndex, role: Role, municipality: string): boolean {
  const title = index.kb.documentById(role.source.documentId)?.title ?? '';
  const where = `${role.organName} ${title}`;
  if (namesMunicipality(where, municipality) || namesMunicipality(sourceText(role.source), municipality)) return false;
  return MUNICIPALITY_OWNER.test(where) && municipalitiesIn(where.replace(/\p{Lu}{2,}/gu, (w) => w.charAt(0) + w.slice(1).toLowerCase())).some((m) => m !== municipality);
}

/** "ÖSTERSUNDS KOMMUN", "Bergs kommun": a municipality's own paper or body. */
const MUNICIPALITY_OWNER = /(?<![\p{L}])\p{L}+s\s+kommun(?![\p{L}])/iu;

const HEAD_CHARS = 600;
const heads = new WeakMap<AnswerIndex, Map<string, string>>();

/** The opening text of a document: a notice's or minutes' organ, day, time and place. */
function documentHead(index: AnswerIndex, documentId: string): string {
  let byDocument = heads.get(index);
  if (!byDocument) heads.set(index, (byDocument = new Map()));
  let head = byDocument.get(documentId);
  if (head === undefined) {
    head = '';
    for (const passage of index.passagesOfDocument(documentId)) {
      if (head.length >= HEAD_CHARS) break;
      head = `${head} ${passage.text}`.slice(0, HEAD_CHARS);
    }
    byDocument.set(documentId, head);
  }
  return head;
}

/** An organ's kind at the end of a folded word, in any form ("…gruppen", "…radets"). */
const ORGAN_TAIL = new RegExp(`(${foldKey(ORGAN_NOUN)})${ORGAN_ENDING}$`);

/** The organs the question names, as a first part and a kind: "Kollektivtrafikgruppen" → kollektivtrafik + grupp. */
function askedOrgans(subject: WeightedConcept[]): Array<{ head: string; kind: string }> {
  return subject.flatMap((w) => {
    const asked = foldKey(w.concept.label);
    const tail = ORGAN_TAIL.exec(asked);
    return tail && tail.index >= 4 ? [{ head: asked.slice(0, tail.index), kind: tail[1] }] : [];
  });
}

/**
 * "Kollektivtrafikgruppen" asked, the role read for "Kollektivtrafikrådet": the same first part with another kind of
 * organ names a sibling body, not the one asked about.
 */
function namesSiblingOrgan(asked: Array<{ head: string; kind: string }>, organ: string[]): boolean {
  if (asked.length === 0) return false;
  return asked.some(({ head, kind }) => {
    // ("Länsgruppen" asked, "Länsstyrgruppen" read: more of a name between the first part and the kind names another body.)
    const tails = organ.filter((word) => word.startsWith(head)).map((word) => ORGAN_TAIL.exec(word.slice(head.length)));
    return tails.length > 0 && tails.every((tail) => tail !== null && (tail[1] !== kind || tail.index > 1));
  });
}

/** A line of rules or a heading in capitals where the organ's name should be. */
// ("Sammanträdesdag 2023-11-09": a minutes' field where the title should be names no body either.)
const NO_NAME = /^[^\p{L}]|^[^\p{Ll}]+$|^(?:[Ss]ammanträdes(?:dag|datum)|[Mm]ötesdatum|[Dd]atum|[Dd]ag|[Tt]id|[Pp]lats)(?![\p{L}])/u;

/** An organ's name: a word ending in an organ's kind ("…rådet", "…gruppen"), or an abbreviation ("PNR"). */
function namesSomeBody(organ: string[], organName: string): boolean {
  return /^\p{Lu}{2,6}$/u.test(organName.trim()) || organ.some((word) => {
    const tail = ORGAN_TAIL.exec(word);
    return tail !== null && tail.index >= 3;
  });
}

/**
 * "Who led the socialchefsnätverket meeting" asked, the role read for "Länsgruppen" in its minutes ("Tove Lindahl,
 * ordförande i Länsgruppen, redovisar …"): a role held in another named organ is not the asked organ's.
 */
function namesOtherOrgan(asked: Array<{ head: string; kind: string }>, organ: string[], organName: string): boolean {
  if (asked.length === 0) return false;
  // ("PNR": a body known by its abbreviation names one too.)
  const names = namesSomeBody(organ, organName);
  const joined = organ.join('');
  return names && !asked.some(({ head }) => organ.some((word) => word.startsWith(head)) || joined.includes(head.replace(/[^a-z0-9]+/g, '')));
}

/** What an organ the question names is for: "Styrgruppen för barn och ungas psykiska hälsa" → barn, ungas, psykiska, halsa. */
const ORGAN_FOR = new RegExp(String.raw`\p{L}*${ORGAN_NOUN}\p{L}*\s+för\s+([\p{L}\s-]+?)(?=\s+(?:och\s+vem|in|under|år|now|nu)\b|[?.,;]|$)`, 'iu');

const NAMED_FOR = new RegExp(String.raw`${ORGAN_NOUN}\p{L}*\s+för\s`, 'iu');

function askedPurpose(question: string): string[] {
  const purpose = ORGAN_FOR.exec(question)?.[1] ?? '';
  return foldKey(purpose).split(/[^a-z0-9]+/).filter((word) => word.length >= 4);
}

/**
 * "Styrgruppen för barn och ungas psykiska hälsa" asked, the role read for "Regional styrgrupp för psykisk hälsa och
 * suicidprevention": an organ named with its purpose is another organ when that purpose is not the asked one.
 */
function lacksAskedPurpose(purpose: string[], organName: string, organ: string[]): boolean {
  if (purpose.length === 0 || !NAMED_FOR.test(organName)) return false;
  return purpose.some((word) => !organ.some((o) => o.startsWith(word.slice(0, Math.max(4, word.length - 2)))));
}

function roleSentence(roles: Role[], analysis: QuestionAnalysis): string {
  const en = analysis.language === 'en';
  const people = roles.map((r) => (r.personTitle ? `${r.personName} (${r.personTitle})` : r.personName));
  const names = people.length > 1 ? `${people.slice(0, -1).join(', ')} ${en ? 'and' : 'och'} ${people.at(-1)}` : people[0];
  const role = roles[0];
  const when = role.date ?? (role.year !== undefined ? String(role.year) : '');
  if (role.kind === 'contact') {
    const phone = /tfn (.+)$/.exec(role.label)?.[1];
    return en
      ? `${names} is the contact person for "${role.organName}"${phone ? `, phone ${phone}` : ''}.`
      : `${names} är kontaktperson för ”${role.organName}”${phone ? `, tfn ${phone}` : ''}.`;
  }
  if (role.kind === 'signatory') {
    const label = role.label === 'I tjänsten' ? ' ("I tjänsten")' : '';
    return en
      ? `${names} signed${label} "${role.organName}"${when ? `, ${when}` : ''}.`
      : `${names} undertecknade${label} ”${role.organName}”${when ? ` ${when}` : ''}.`;
  }
  const word = ROLE_WORD[role.kind] ?? { sv: role.label, en: role.label };
  const present = role.year === undefined;
  // "in 2021", "on 2035-09-18", "from 2024-03-01 to 2024-08-31".
  const dayOrYear = en ? ` ${/^\d{4}-\d{2}-\d{2}/.test(when) ? 'on' : 'in'} ${when}` : ` ${when}`;
  const period = role.until && role.date ? (en ? ` from ${role.date} to ${role.until}` : ` ${role.date}–${role.until}`) : undefined;
  const yearPart = period ?? (when ? dayOrYear : '');
  return en
    ? `${names} ${present ? 'is' : 'was'} ${word.en} of ${role.organName}${yearPart}.`
    : `${names} ${present ? 'är' : 'var'} ${word.sv} för ${role.organName}${yearPart}.`;
}

const ROLE_WORD: Partial<Record<RoleKind, { sv: string; en: string }>> = {
  chair: { sv: 'ordförande', en: 'chair' },
  'vice-chair': { sv: 'vice ordförande', en: 'vice chair' },
  convenor: { sv: 'sammankallande', en: 'convenor' },
  secretary: { sv: 'sekreterare', en: 'secretary' },
  representative: { sv: 'representant', en: 'representative' },
  member: { sv: 'ledamot', en: 'member' },
  presenter: { sv: 'föredragande', en: 'presenter' },
};

/** The source text a role was read from, for quoting: the passage unit that names the person. */
function roleQuote(index: AnswerIndex, role: Role): Quote | undefined {
  const passage = index.kb.passages.find(
    (p) => p.source.file === role.source.file && p.source.lines[0] <= role.source.lines[1] && role.source.lines[0] <= p.source.lines[1] && p.text.includes(role.personName.split(' ').at(-1) ?? ''),
  );
  if (!passage) return undefined;
  const surname = role.personName.split(' ').at(-1) ?? '';
  const naming = index.unitsOf(passage).filter((u) => u.text.includes(surname));
  // The sentence on the role's own line ("att utse Ylva Grahn till tillförordnad ordförande …"), not the first to name her.
  const onLine = naming.find((u) => u.lines[0] <= role.source.lines[1] && role.source.lines[0] <= u.lines[1]);
  const unit = onLine ?? naming[0] ?? index.unitsOf(passage)[0];
  return unit ? { text: unit.text, passage, lines: role.source.lines } : undefined;
}

export function answerFromRoles(index: AnswerIndex, analysis: QuestionAnalysis, weighted: WeightedConcept[]): Answer | undefined {
  // "vem leder X och vem är sekreterare där?": each role asked for, of the same body.
  const otherKinds = OTHER_ROLE_ASKED.filter(({ kind, pattern }) => kind !== analysis.roleKind && pattern.test(analysis.question));
  // "Vem var ordförande på … den 9 juni, och vem justerade protokollet?": the first role is sought without the words of
  // the part asking for another ("justerade protokollet"); the other roles keep the first part's body ("… sekreterare där?").
  const otherParts = otherKinds.map(({ pattern }) => analysis.parts.find((p) => pattern.test(p.text))?.text.toLowerCase()).filter((t): t is string => t !== undefined);
  const ownPart = analysis.parts.length > 1 ? analysis.parts.find((p) => !otherParts.includes(p.text.toLowerCase()))?.text.toLowerCase() : undefined;
  const ownWords = ownPart === undefined ? weighted : weighted.filter((w) => ownPart.includes(w.concept.label.toLowerCase()) || !otherParts.some((o) => o.includes(w.concept.label.toLowerCase())));
  const first = roleFindings(index, analysis, ownWords);
  if (!first) return undefined;
  const others = otherKinds
    .map(({ kind }) => roleFindings(index, { ...analysis, roleKind: kind }, weighted))
    .filter((found): found is RoleFindings => found !== undefined && found.sentence !== first.sentence);
  const all = [first, ...others];
  // "Who chaired the item, and why wasn't it Lena Sjödin?": the reason stands in the sentence before the role's.
  const reason = analysis.parts.some((p) => p.asks.cause) ? sentenceBefore(index, first.quotes[0]) : undefined;
  if (reason) first.facts.unshift(`”${reason}”`);
  return {
    answered: true,
    language: analysis.language,
    // (Two roles signed in one block are quoted once.)
    text: layoutText(all.map((f) => f.sentence).join(' '), [...new Set(all.flatMap((f) => f.facts))], first.tail),
    citations: citationsFor(all.flatMap((f) => f.quotes)),
    followUps: [],
    strategy: 'role',
  };
}

function sentenceBefore(index: AnswerIndex, quote: Quote | undefined): string | undefined {
  if (!quote) return undefined;
  const units = index.unitsOf(quote.passage);
  const at = units.findIndex((u) => u.text === quote.text);
  const before = at > 0 ? units[at - 1] : undefined;
  return before && !before.headingLike ? before.text : undefined;
}

/** Whether a part of a question asks for a role a record holds ("vem är ordförande …", "… och vem justerade protokollet?"). */
export function asksForRole(part: string): boolean {
  return ROLE_WORDS.some((r) => r.pattern.test(part)) || OTHER_ROLE_ASKED.some((r) => r.pattern.test(part));
}

/** Roles a question may ask for beside its first ("… och vem är sekreterare där?"). */
const OTHER_ROLE_ASKED: Array<{ kind: RoleKind; pattern: RegExp }> = [
  { kind: 'vice-chair', pattern: /(?<!\p{L})(?:vice ordförande|vice ordf|vice chair|deputy chair)(?!\p{L})/iu },
  { kind: 'secretary', pattern: new RegExp(String.raw`(?<!\p{L})(?:sekreterare\p{L}*|secretary|${NOTE_TAKING})(?!\p{L})`, 'iu') },
  { kind: 'convenor', pattern: /(?<!\p{L})(?:sammankallande|convenor)(?!\p{L})/iu },
  { kind: 'signatory', pattern: /(?<!\p{L})(?:justerade|justerare|justerat av|justera)(?!\p{L})/iu },
];

interface RoleFindings {
  sentence: string;
  facts: string[];
  tail?: string;
  quotes: Quote[];
}

function roleFindings(index: AnswerIndex, analysis: QuestionAnalysis, weighted: WeightedConcept[]): RoleFindings | undefined {
  const matches = matchRoles(index, analysis, weighted);
  if (matches.length === 0) return undefined;
  const best = matches[0];
  // Everyone holding the same role in the same document (two signatures under "I tjänsten").
  // Signatures are joint: every signer of the same block, though a co-signer's title shares fewer of the question's words.
  const same =
    best.role.kind === 'contact'
      ? [best.role]
      : best.role.kind === 'signatory'
      ? index.kb.records.roles
          .filter((r) => r.kind === 'signatory' && r.source.documentId === best.role.source.documentId && r.label === best.role.label && r.date === best.role.date)
          .sort((a, b) => a.source.lines[0] - b.source.lines[0])
      : // Several holders of one role in one body ("två sammankallande"), not the chairs of other bodies the same minutes name.
        matches.filter((m) => m.role.source.documentId === best.role.source.documentId && m.role.kind === best.role.kind && m.role.organName === best.role.organName && m.role.date === best.role.date && m.score >= best.score * 0.95).map((m) => m.role);
  const others = analysis.years.length === 0 ? matches.filter((m) => m.role.year !== best.role.year && !same.includes(m.role)).map((m) => m.role) : [];
  const quotes: Quote[] = [];
  const facts: string[] = [];
  for (const role of same) {
    const quote = roleQuote(index, role);
    if (quote && !quotes.some((q) => q.text === quote.text)) {
      quotes.push(quote);
      facts.push(`”${quote.text}”`);
    }
  }
  const en = analysis.language === 'en';
  let tail: string | undefined;
  if (others.length > 0) {
    const other = others[0];
    // (A plan's organisation section names a holder for no year or day of its own.)
    const when = other.year ?? other.date;
    tail = en
      ? when === undefined ? `(${other.source.title} names ${other.personName}.)` : `(For ${when}: ${other.personName}, according to ${other.source.title}.)`
      : when === undefined ? `(${other.source.title} anger ${other.personName}.)` : `(För ${when}: ${other.personName}, enligt ${other.source.title}.)`;
    const quote = roleQuote(index, other);
    if (quote) quotes.push(quote);
  }
  if (quotes.length === 0) return undefined;
  return { sentence: roleSentence(same, analysis), facts, tail, quotes };
}
