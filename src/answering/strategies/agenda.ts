/**
 * Meeting agendas from meeting records: a whole agenda, the first N items, or one item (by number,
 * by §, or by words of its title or body) with presenters and time; the matters a listed agenda
 * names; a meeting page's chair, start time and breaks. A person asked for on an item that names
 * nobody is not answered from another meeting's papers.
 */
import type { AgendaItem, LogicalDocument, Meeting, Passage } from '../../knowledge/index.js';
import { escapeRegExp, findDate, joinSpacedLetters } from '../../knowledge/patterns.js';
import type { AnswerIndex } from '../answer-index.js';
import { citationsFor, layoutText, notAnswered, type Answer, type Quote } from '../compose.js';
import type { WeightedConcept } from '../evidence.js';
import { dateFit, DEADLINE_ASKED, DIARY_ASKED, NEXT_MEETING, DEADLINE_STATED, hasClockTime, hasDayOfMonth, hasQuantity, hasYear, isMinutes, municipalitiesIn, personNamesIn } from '../features.js';
import { PARAGRAPH_ASKED, type QuestionAnalysis } from '../understand.js';
import { coverageOf, dateMatches, subjectConcepts } from './shared.js';
import { namesMonthMeeting } from '../dates.js';
import { bestMatch, foldKey, stem, tokenize } from '../text.js';

/** "kallelsen", "novembermötet", "rådsmötet": the notice or the meeting itself. */
const MEETING_PAPER_WORD = /^(?:kallelse\p{L}*|\p{L}*möte[nt]?)$/iu;
/** "Ingen föredragande är utsedd", "utan föredragande", "no presenter has been appointed": an item said to have none. */
const NO_PRESENTER_STATED = /(?<![\p{L}])(?:ingen föredragande|utan föredragande|no presenter)(?![\p{L}])/iu;
const COUNT_WORDS: Record<string, number> = { två: 2, tre: 3, fyra: 4, fem: 5, sex: 6, two: 2, three: 3, four: 4, five: 5, six: 6 };

/** "de tre första punkterna", "first three items", "the first 5 items" → 3 / 5. */
function firstCount(question: string): number | undefined {
  const m = /\b(?:de\s+)?(\d|två|tre|fyra|fem|sex)\s+första\b|\bfirst\s+(\d|two|three|four|five|six)\b|\b(\d|två|tre|fyra|fem|sex)\s+first\b/i.exec(question);
  // "vad är första punkten", "what's the first item": one.
  if (!m) return FIRST_ITEM_ASKED.test(question) ? 1 : undefined;
  const word = (m[1] ?? m[2] ?? m[3]).toLowerCase();
  return COUNT_WORDS[word] ?? Number(word);
}

const FIRST_ITEM_ASKED = /(?<![\p{L}])(?:första\s+(?:punkten|ärendet|punkt|ärende)|(?:the\s+)?first\s+(?:item|point))(?![\p{L}])/iu;

/** "När hade rådet sitt förra möte före det den 19/9?", "when was the previous meeting": the meeting before the asked one. */
const PREVIOUS_MEETING = /(?<![\p{L}])(?:(?:förra|föregående|tidigare|previous|last|prior)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]*(?:sammanträde|möte|meeting)\p{L}*(?:\s+\S+){0,3}?\s+(?:före|innan|before|prior to))/iu;
/** "Föregående protokoll, möte 2024-05-16", "Minnesanteckningar från mötet 2024-05-16": an item naming the meeting before. */
const PREVIOUS_PAPERS = /^(?:föregående\s+(?:protokoll|minnesanteckningar|mötesanteckningar)|(?:protokoll|minnesanteckningar)\s+från\s+(?:föregående\s+)?(?:mötet|sammanträdet))/iu;

/**
 * The meeting before the asked one: the same body's latest earlier meeting on record, else the day its agenda's item on
 * the previous minutes names.
 */
function previousMeetingAnswer(index: AnswerIndex, analysis: QuestionAnalysis, meeting: Meeting): Answer | undefined {
  const en = analysis.language === 'en';
  const earlier = index.kb.records.meetings.filter((m) => m.organId === meeting.organId && m.date < meeting.date).sort((a, b) => b.date.localeCompare(a.date))[0];
  const item = meeting.items.find((i) => PREVIOUS_PAPERS.test(i.title) && findDate(`${i.title} ${i.description ?? ''}`));
  const date = earlier?.date ?? (item ? findDate(`${item.title} ${item.description ?? ''}`) : undefined);
  if (!date) return undefined;
  const quotes = earlier ? meetingQuote(index, earlier, earlier.items.slice(0, 1)) : meetingQuote(index, meeting, [item!]);
  if (quotes.length === 0) return undefined;
  const lead = en ? `The meeting of ${meeting.organName} before ${meeting.date} was held on ${date}.` : `Mötet i ${meeting.organName} före ${meeting.date} hölls ${date}.`;
  return { answered: true, language: analysis.language, text: layoutText(lead, quotes.map((q) => `”${q.text}”`)), citations: citationsFor(quotes), followUps: [], strategy: 'agenda' };
}

/** The minutes named as what is asked about: "protokollet", "minutes", "minnesanteckningarna". */
// (… and what became of an item, which its notice cannot tell: "what happened with punkt 9", "vad hände med den".)
const MINUTES_ASKED = /(?<![\p{L}])(?:protokoll\p{L}*|minutes|minnesanteckning\p{L}*|what happened|vad hände|vad blev det av)/iu;

function meetingCandidates(index: AnswerIndex, analysis: QuestionAnalysis, subject: WeightedConcept[]): Meeting[] {
  const meetings = index.kb.records.meetings;
  const dated = analysis.temporal.dates.length > 0;
  const months = analysis.temporal.months;
  // "på mötet i april": the meetings of that month.
  const byDate = dated ? meetings.filter((m) => dateMatches(analysis, m.date)) : months.length > 0 ? meetings.filter((m) => months.some((x) => x.month === Number(m.date.slice(5, 7)) && (x.year === undefined || m.date.startsWith(String(x.year))))) : meetings;
  // A year may be part of an item's title ("samverkansavtal 2019-2021") rather than the meeting's year.
  const byYear =
    analysis.years.length > 0 && !dated
      ? byDate.filter((m) => analysis.years.some((y) => m.date.startsWith(String(y)) || m.items.some((i) => hasYear(i.title, y))))
      : byDate;
  // "på RUR-mötet i Strömsund": the meeting held there.
  const held = meetingsHeldAt(byYear, analysis.question);
  // The organ must be named when several organs have meetings.
  const scored = (held.length > 0 ? held : byYear).map((m) => ({ m, c: coverageOf(subject, `${m.organName} ${m.source.title}`, index.tokensOfText).coverage }));
  const organNamed = scored.filter((s) => s.c > 0);
  // ("punkt 9 på rådsmötet i november 2024": a month names the meeting when one organ met that month.)
  // ("flygfotoärendet på febmötet": so does a meeting named by its month.)
  // ("ärendet om dubbelbemanning på nämndens möte i november": so does an item asked by its matter.)
  const oneOrganThatMonth = months.length > 0 && (analysis.temporal.itemNumber !== undefined || namesMonthMeeting(analysis.question) || MATTER_ITEM_ASKED.test(analysis.question)) && byYear.length > 0 && new Set(byYear.map((m) => m.organId)).size === 1;
  // "Arkivrådet's meeting on 14 March": a body named as the meeting's own is not an item of another body's meeting that day.
  const otherOwner = organNamed.length === 0 && otherMeetingOwner(index, analysis.question, byYear) !== undefined;
  const pool = organNamed.length > 0 ? organNamed.map((s) => s.m) : (dated || oneOrganThatMonth) && !otherOwner ? byYear : [];
  // A notice and a meeting page of the same day: the record that gives the items' times and presenters first, unless
  // what actually happened is asked ("who actually presented", "enligt protokollet").
  const planFirst = ACTUALLY_ASKED.test(analysis.question) || MINUTES_ASKED.test(analysis.question) ? -1 : 1;
  return [...pool].sort((a, b) => b.date.localeCompare(a.date) || (a.organId === b.organId ? planFirst * (agendaDetail(b) - agendaDetail(a)) : 0));
}

/** "ärendet om …", "punkten om …", "the item on …": an agenda item named by its matter. */
const MATTER_ITEM_ASKED = /(?<![\p{L}])(?:ärendet|punkten|the item|the point)\s+(?:om|on|about)(?![\p{L}])/iu;

/** A capitalised name in the possessive before a meeting word: "Arkivrådet's meeting", "Arkivrådets möte", "GAN:s sammanträde". */
const MEETING_OWNER = /(?<![\p{L}])(\p{Lu}[\p{L}-]*?)(?:['’]s|:s|s)\s+(?:\p{Ll}+\s+)?(?:meeting|möte|sammanträde)(?![\p{L}])/u;

/** The words naming a meeting's body: its name, the paper's title, and the names its record adds ("SVOM"). */
function organWordsOf(index: AnswerIndex, meeting: Meeting): string {
  const organ = index.kb.records.organs.find((o) => o.id === meeting.organId);
  return `${meeting.organName} ${meeting.source.title} ${organ ? [organ.name, ...organ.abbreviations, ...organ.aliases].join(' ') : ''}`;
}

/** The body the question names as the meeting's own, when none of these meetings is that body's. */
function otherMeetingOwner(index: AnswerIndex, question: string, meetings: readonly Meeting[]): string | undefined {
  const owner = MEETING_OWNER.exec(question)?.[1];
  if (!owner) return undefined;
  const [stem] = tokenize(owner);
  if (!stem) return undefined;
  const ownMeeting = meetings.some((m) => bestMatch(stem, index.tokensOfText(organWordsOf(index, m))) >= 0.85);
  return ownMeeting ? undefined : owner;
}

/** "What's on the agenda for Arkivrådet's meeting on 14 March": only another body's papers are dated that day. */
function otherBodysMeeting(index: AnswerIndex, analysis: QuestionAnalysis): Answer | undefined {
  if (!analysis.asks.agenda || analysis.temporal.dates.length === 0) return undefined;
  const held = index.kb.records.meetings.filter((m) => dateMatches(analysis, m.date));
  if (held.length === 0 || otherMeetingOwner(index, analysis.question, held) === undefined) return undefined;
  const names = [...new Set(held.map((m) => `${m.organName} ${m.date}`))].join(', ');
  const hint =
    analysis.language === 'en'
      ? `The meeting papers of that day are for ${names}. You can ask about that meeting's agenda.`
      : `Mötespapperen från den dagen gäller ${names}. Du kan fråga om det mötets dagordning.`;
  return notAnswered(analysis.language, hint, 'agenda');
}

/** Beyond this many items, a whole agenda's matters are named in the answer's first sentence. */
const WHOLE_AGENDA_IN_LEAD = 6;
/** "the first real item after the formalities", "första egentliga ärendet": the first item that is a matter. */
const FIRST_MATTER_ASKED = /(?<![\p{L}])(?:first|första)\s+(?:(?:real|actual|substantive|proper|riktiga|egentliga|sakliga)\s+(?:item|point|punkt\p{L}*|ärende\p{L}*|matter)|(?:item|point|punkt\p{L}*|ärende\p{L}*|matter)\s+(?:after|efter)\s+(?:the\s+)?(?:formalities|formalia|det formella|inledningen|opening))/iu;
const OPENS_MEETING_LINE = /(?<![\p{L}])(?:öppnar|öppnade)\s+(?:mötet|sammanträdet)(?![\p{L}])/iu;
/** The opening and closing rows every meeting has: no matter of its own. */
const PROCEDURAL_ITEM = /^(?:(?:mötet?s?|sammanträdet?s?) (?:öppnande|öppnas|avslutande|avslutas)|(?:val av )?justera\p{L}*|fastställande av (?:dagordning|föredragningslist)\p{L}*|godkännande av (?:dagordning|föredragningslist)\p{L}*|föregående (?:protokoll|minnesanteckningar|mötesanteckningar|anteckningar)|övriga frågor|nästa (?:möte|sammanträde)|avslutning|inledning|upprop|opening|closing|any other business)/iu;

/** What a meeting decided, which only its minutes tell ("vad beslutades", "what was decided"); not what it is to decide. */
const DECISION_ASKED = /(?<![\p{L}])(?:beslutades|beslutade|beslöt|beslöts|bestämde|bestämdes|fattades|beslutet|decided|decide|the decision)(?![\p{L}])/iu;

const ACTUALLY_ASKED = /(?<![\p{L}])(?:actually|in fact|faktiskt|i själva verket|egentligen)(?![\p{L}])/iu;

function agendaDetail(meeting: Meeting): number {
  return meeting.items.filter((i) => i.start !== undefined).length + meeting.items.filter((i) => i.presenters.length > 0).length;
}

const MEETING_PLACE = /(?<![\p{L}])(?:\p{L}*möte(?:t)?|\p{L}*sammanträde(?:t)?|meeting)\s+(?:i|in|at)\s+(\p{Lu}\p{L}+)/gu;

/** The meetings held in a municipality the question names as the meeting's place ("RUR-mötet i Strömsund"). */
export function meetingsHeldAt(meetings: readonly Meeting[], question: string): Meeting[] {
  const places = [...question.matchAll(MEETING_PLACE)].flatMap((m) => municipalitiesIn(m[1]));
  return places.length === 0 ? [] : meetings.filter((m) => m.place !== undefined && places.some((name) => m.place!.includes(name)));
}

/** "(for decision)", "(beslutsärende)": what the agenda's "Beslut/Info" column says of the item. */
function handling(item: AgendaItem, en: boolean): string {
  if (!item.handling) return '';
  if (item.handling === 'decision') return en ? ' (for decision, "Beslut")' : ' (beslutsärende)';
  return en ? ' (for information, "Info")' : ' (informationsärende)';
}

function itemText(item: AgendaItem, withPoints = true, withDescription = true): string {
  const points = withPoints ? (item.points ?? []).join(' ') : '';
  const description = withDescription ? (item.description ?? '') : '';
  return `${item.title} ${item.presenters.join(' ')} ${item.documents.join(' ')} ${description} ${(item.dnr ?? []).join(' ')} ${points}`;
}

/**
 * "• § 9 / Val av justerare / • Till att justera … utses Anders Lindefjell": a page that writes an item's notes as
 * bullets of their own leaves the item bare and the note untitled; the note right after a bare item is its text.
 */
function withFollowingNote(meeting: Meeting, item: AgendaItem): AgendaItem {
  if (item.untitled || item.description || (item.points ?? []).length > 0) return item;
  const next = meeting.items[meeting.items.indexOf(item) + 1];
  return next?.untitled && next.description ? { ...item, description: next.description, presenters: item.presenters.length > 0 ? item.presenters : next.presenters } : item;
}

/** "Vilka ärenden togs upp", "which items/matters were discussed": a list of the meeting's matters. */
export const MATTERS_ASKED = /\b(vilka|which|what|list\w*)\b.*(?<!\p{L})(\p{L}*ärenden|punkter(?:na)?|frågor(?:na)?|items|matters|issues|topics)(?!\p{L})|(?<!\p{L})(?:vad|what)\s+(?:\p{L}+\s+){0,2}?(?:tas upp|togs upp|ska tas upp|behandlas|behandlades|avhandlas|står på (?:dagordningen|föredragningslistan|agendan)|is on the agenda|was on the agenda|will be (?:taken up|discussed)|was (?:taken up|discussed))(?!\p{L})/iu;

/** The item whose bullets list the meeting's matters (a "Fastställande av föredragningslistan" with its ärenden). */
function listedMatters(meeting: Meeting): AgendaItem | undefined {
  return meeting.items.find((i) => (i.points?.length ?? 0) >= 2 && /föredragningslist|dagordning|ärendeförteckning/i.test(i.title));
}

/** "Vilka föredrog …", "who presented …" (not "föredragningslistan"). */
const CHAIR_STATED = /(?<!\p{L})(?:ordförande|ordföranden|leder|ledde|ledare|chair\p{L}*)(?!\p{L})/iu;
const PRESENTER_ASKED = /\b(?:vem|vilka|who|which)\b.*\b(?:föredr(?!agningslist)\w*|present\w*|redovisa\w*)/i;

/**
 * Sentences of a long item body that carry the question's item words, best first (at most two), each with the sentence
 * after it; when the question also asks when ("… and what is the deadline"), the body's sentence with a day comes along.
 */
function relevantSentences(index: AnswerIndex, item: AgendaItem, concepts: WeightedConcept[], datesAsked: boolean): string[] {
  const description = item.description ?? '';
  if (description.length <= 300) return description ? [description] : [];
  const sentences = description.split(/(?<=[.!?])\s+(?=\p{Lu})/u);
  const chosen =
    concepts.length === 0
      ? [description]
      : sentences
          .map((text, at) => ({ text, at, coverage: coverageOf(concepts, text, index.tokensOfText).coverage }))
          .filter((s) => s.coverage > 0)
          .sort((a, b) => b.coverage - a.coverage || a.at - b.at)
          .slice(0, 2)
          // The sentence after one that carries the question's words often answers it ("En ledamot frågar … Maria förklarar …").
          .flatMap((s) => [s.text, ...(sentences[s.at + 1] ? [sentences[s.at + 1]] : [])])
          .filter((text, i, all) => all.indexOf(text) === i);
  // The sentence with the day first: a long body quoted whole would cut it off.
  const dated = datesAsked ? sentences.find((t) => dateFit(t) === 1) : undefined;
  return dated ? [dated, ...chosen.filter((t) => t !== dated)] : chosen;
}

function describeItem(item: AgendaItem, language: 'sv' | 'en'): string {
  const en = language === 'en';
  const time = item.start ? (en ? `, ${item.start}${item.end ? `–${item.end}` : ''}` : `, kl. ${item.start}${item.end ? `–${item.end}` : ''}`) : '';
  const presenters = item.presenters.length > 0 ? ` – ${item.presenters.join(', ')}` : '';
  // A title taken from the item's body is a sentence; a list of items needs only its start.
  const title = item.untitled && item.title.length > 80 ? `${item.title.slice(0, 77).trimEnd()}…` : item.title;
  const points = item.points?.length ? `: ${item.points.join('; ')}` : '';
  return `${item.number}. ${title}${points}${presenters}${time}`;
}

function meetingPassage(index: AnswerIndex, meeting: Meeting): Passage | undefined {
  return index.kb.passages.find((p) => p.source.file === meeting.source.file && p.source.lines[0] <= meeting.source.lines[1] && meeting.source.lines[0] <= p.source.lines[1]);
}

function meetingPassages(index: AnswerIndex, meeting: Meeting): Passage[] {
  return index.kb.passages.filter(
    (p) => p.source.file === meeting.source.file && p.source.lines[0] <= meeting.source.lines[1] && meeting.source.lines[0] <= p.source.lines[1],
  );
}

function meetingQuote(index: AnswerIndex, meeting: Meeting, items: AgendaItem[]): Quote[] {
  const passages = meetingPassages(index, meeting);
  const quotes: Quote[] = [];
  for (const item of items) {
    const needle = item.title.slice(0, 25);
    const passage = passages.find((p) => p.text.includes(needle)) ?? passages[0];
    if (!passage) continue;
    const unit = index.unitsOf(passage).find((u) => u.text.includes(needle));
    quotes.push({ text: unit?.text ?? describeItem(item, 'sv'), passage, lines: unit?.lines ?? meeting.source.lines });
  }
  if (quotes.length === 0) {
    const passage = meetingPassage(index, meeting);
    if (passage) quotes.push({ text: passage.text.slice(0, 300), passage, lines: meeting.source.lines });
  }
  return quotes;
}

/** "förslaget till beslut", "vad föreslås rådet besluta", "what is proposed": what an item is to decide. */
const PROPOSAL_ASKED = /(?<![\p{L}])(?:förslag(?:et)? till beslut|föreslås|föreslagna|proposed|proposal)(?![\p{L}])/iu;
/** "Ärende 8  Sommarlovsaktiviteter …", "Punkt 8 …": where a notice's description of an item begins. */
const ITEM_DESCRIPTION_START = /^(?:ärende|punkt)\s+(\d{1,2})(?!\d)/iu;
const PROPOSAL_STATED = /(?<![\p{L}])(?:förslag\p{L}*|föreslås|föreslår)(?![\p{L}])/iu;
/** The headings over a notice's proposal and a minutes' decision, on a line of their own. */
const PROPOSAL_HEADING = /^förslag till beslut:?$/iu;
const DECISION_HEADING = /^beslut:?$/iu;
/** The proposal's lines a notice quotes under the item's description. */
const PROPOSAL_LINES = 4;

/**
 * The notice's description of the item ("Ärende 8 …" up to the next "Ärende"): its sentences that propose, and those
 * under its "Förslag till beslut".
 */
function proposalQuotes(index: AnswerIndex, meeting: Meeting, item: AgendaItem): Quote[] {
  const units = index.passagesOfDocument(meeting.source.documentId).flatMap((passage) => index.unitsOf(passage).map((unit) => ({ unit, passage })));
  const start = units.findIndex(({ unit }) => Number(ITEM_DESCRIPTION_START.exec(unit.text)?.[1]) === item.number);
  if (start < 0) return [];
  const quotes: Quote[] = [];
  let underProposal = false;
  for (const { unit, passage } of units.slice(start + 1)) {
    if (ITEM_DESCRIPTION_START.test(unit.text)) break;
    if (PROPOSAL_HEADING.test(unit.text.trim())) {
      underProposal = true;
      continue;
    }
    if (underProposal || PROPOSAL_STATED.test(unit.text)) quotes.push({ text: unit.text, passage, lines: unit.lines });
    if (quotes.length >= PROPOSAL_LINES) break;
  }
  return quotes;
}

const AFTER_DECISION = /^(?:[Rr]eservation(?:er)?|[Pp]rotokollsanteckning(?:ar)?|[Ss]ärskilt yttrande|[Jj]usterandes sign(?:atur)?|[Ee]xpedieras)(?::|$|\s+\p{Lu})/u;

/** "Rådet beslutar", "Beslut:", "Styrelsen beslutade": where a paragraph of the minutes records its decision. */
const DECISION_OPENING = /(?<![\p{L}])(?:beslutar|beslutade|beslöt|beslut:)(?![\p{L}])/iu;

/**
 * "Vad beslutades under punkt 12 den 12 mars": the paragraph of that day's minutes headed by the item's title ("§ 12
 * Länsträffen 2024 – datum och plats", whatever the minutes' own numbering), from its decision on.
 */
function minutesDecision(index: AnswerIndex, analysis: QuestionAnalysis, meeting: Meeting, minutes: readonly LogicalDocument[], item: AgendaItem): Answer | undefined {
  const needle = foldKey(item.title).slice(0, 24);
  if (needle.length < 8) return undefined;
  const lead = (heading: string) =>
    analysis.language === 'en'
      ? `Item ${item.number} at ${meeting.organName} ${meeting.date} is recorded in the minutes as ${heading}; the decision:`
      : `Punkt ${item.number} på ${meeting.organName} ${meeting.date} står i protokollet som ${heading}; beslutet:`;
  return decisionUnder(index, analysis, minutes, (heading) => foldKey(heading).includes(needle), lead);
}

/** "därför utgår punkt 8 från dagordningen", "Punkt 11 … utgår och behandlas vid …": an item struck from the day's agenda. */
function struckItemAnswer(index: AnswerIndex, analysis: QuestionAnalysis, meeting: Meeting, number: number): Answer | undefined {
  const struck = new RegExp(String.raw`(?<![\p{L}])(?:(?:utgår|utgick|ströks|stryks)\s+punkt(?:en)?\s+${number}(?!\d)|punkt(?:en)?\s+${number}(?!\d)[^.]{0,100}?(?<![\p{L}])(?:utgår|utgick|ströks|stryks)(?![\p{L}]))`, 'iu');
  for (const document of papersOfDay(index, meeting)) {
    for (const passage of index.passagesOfDocument(document.id)) {
      const unit = index.unitsOf(passage).find((u) => struck.test(u.text));
      if (!unit) continue;
      const quote: Quote = { text: unit.text, passage, lines: unit.lines };
      const lead = analysis.language === 'en' ? `Item ${number} was struck from the agenda of ${meeting.organName} ${meeting.date}:` : `Punkt ${number} utgick från dagordningen för ${meeting.organName} ${meeting.date}:`;
      return { answered: true, language: analysis.language, text: layoutText(lead, [`”${unit.text}”`]), citations: citationsFor([quote]), followUps: [], strategy: 'agenda' };
    }
  }
  return undefined;
}

/** "Vad beslutades under § 6 den 12 mars": the decision of that paragraph of the day's minutes. */
function paragraphDecision(index: AnswerIndex, analysis: QuestionAnalysis, meeting: Meeting, minutes: readonly LogicalDocument[], paragraph: number): Answer | undefined {
  const opens = new RegExp(`^§\\s*${paragraph}(?!\\d)`);
  const lead = (heading: string) =>
    analysis.language === 'en' ? `The minutes of ${meeting.organName} ${meeting.date}, ${heading}; the decision:` : `Protokollet från ${meeting.organName} ${meeting.date}, ${heading}; beslutet:`;
  return decisionUnder(index, analysis, minutes, (heading) => opens.test(heading.trim()), lead);
}

/** The decision of the paragraph of the day's minutes under the heading `isParagraph` picks, from its "Beslut" on. */
function decisionUnder(index: AnswerIndex, analysis: QuestionAnalysis, minutes: readonly LogicalDocument[], isParagraph: (heading: string) => boolean, leadFor: (heading: string) => string): Answer | undefined {
  for (const document of minutes) {
    // (The paragraph's "Beslut" may head a section of its own under it.)
    const passages = index.passagesOfDocument(document.id).filter((p) => p.source.section.some(isParagraph));
    if (passages.length === 0) continue;
    const units = passages.flatMap((passage) => index.unitsOf(passage).map((unit) => ({ unit, passage, decision: DECISION_HEADING.test(passage.source.section.at(-1)?.trim() ?? '') })));
    // (A section headed "Beslut" is the decision; "… finner att styrelsen beslutar att …" under "Propositionsordning" before
    // it only tells how the vote went.)
    const headed = units.findIndex(({ decision }) => decision);
    const from = headed >= 0 ? headed : units.findIndex(({ unit }) => DECISION_OPENING.test(unit.text));
    const decided = (from >= 0 ? units.slice(from) : units).filter(({ unit }) => !DECISION_HEADING.test(unit.text.trim()));
    // ("Reservation", "Protokollsanteckning": what follows the decision is not part of it.)
    const after = decided.findIndex(({ unit }) => AFTER_DECISION.test(unit.text.trim()));
    const quotes: Quote[] = (after > 0 ? decided.slice(0, after) : decided).map(({ unit, passage }) => ({ text: unit.text, passage, lines: unit.lines }));
    if (quotes.length === 0) continue;
    const heading = passages[0].source.section.find(isParagraph)!.trim();
    return { answered: true, language: analysis.language, text: layoutText(leadFor(heading), quotes.map((q) => q.text)), citations: citationsFor(quotes), followUps: [], strategy: 'agenda' };
  }
  return undefined;
}

/** The meeting's chair — a chair role recorded on its own page, else the chair its opening line names — with that line. */
function chairOf(index: AnswerIndex, meeting: Meeting): { name: string; quote: Quote } | undefined {
  const role = index.kb.records.roles.find((r) => r.kind === 'chair' && r.date === meeting.date && r.source.file === meeting.source.file);
  const name = role?.personName ?? meeting.chair;
  const quote = name ? lineNaming(index, meeting, name) : undefined;
  return name && quote ? { name, quote } : undefined;
}

/** The first line of the meeting's page that names the person. */
function lineNaming(index: AnswerIndex, meeting: Meeting, name: string): Quote | undefined {
  for (const passage of meetingPassages(index, meeting)) {
    const unit = index.unitsOf(passage).find((u) => u.text.includes(name));
    if (unit) return { text: unit.text, passage, lines: unit.lines };
  }
  return undefined;
}

/** The other papers of a meeting's day than the one its record was read from: its minutes or notes, mostly. */
/** The documents dated the meeting's day, its own paper among them. */
function papersOfDay(index: AnswerIndex, meeting: Meeting): LogicalDocument[] {
  return index.kb.documents.filter((d) => d.date === meeting.date);
}

function otherPapersOfDay(index: AnswerIndex, meeting: Meeting): LogicalDocument[] {
  return papersOfDay(index, meeting).filter((d) => d.id !== meeting.source.documentId);
}

/** "… har fått förhinder", "Punkten föredras i stället av …": a presenter replaced on the day. */
const STOOD_IN = /(?<![\p{L}])(?:förhinder|i stället|istället|ersatte|ersätter|ersätts|kunde inte delta|instead|in place of|could not attend|was unable to attend)(?![\p{L}])/iu;
const REPLACED_BY = /(?<![\p{L}])(?:i stället|istället|ersatte|ersätts|instead|in place of)(?![\p{L}])/iu;

/**
 * The sentences of the same day's minutes or notes saying that a presenter the notice names was replaced ("Erik Nordin
 * … har fått förhinder. Punkten föredras i stället av … Sara Persson."), with the sentence after it that names who
 * stood in.
 */
function standInQuotes(index: AnswerIndex, meeting: Meeting, item: AgendaItem): Quote[] {
  const names = item.presenters.map((p) => p.replace(/\s*\(.*$/, '').trim()).filter((name) => name.includes(' '));
  if (names.length === 0) return [];
  for (const document of otherPapersOfDay(index, meeting)) {
    for (const passage of index.passagesOfDocument(document.id)) {
      const units = index.unitsOf(passage);
      const at = units.findIndex((u) => STOOD_IN.test(u.text) && names.some((name) => u.text.includes(name)));
      if (at < 0) continue;
      const next = units[at + 1];
      const stoodIn = next && REPLACED_BY.test(next.text) && !REPLACED_BY.test(units[at].text) ? [next] : [];
      return [units[at], ...stoodIn].map((u) => ({ text: u.text, passage, lines: u.lines }));
    }
  }
  return [];
}

/**
 * An item named by its title words although the question also uses a name the title does not
 * ("the PTS bredbandsstöd item" for "… Post- och telestyrelsens bredbandsstöd 2022"): the other words
 * must all be in one item's text, and in no other item's.
 */
function itemByTitleWords(index: AnswerIndex, meeting: Meeting, concepts: WeightedConcept[]): AgendaItem[] {
  const titleWords = concepts.filter((w) => !w.concept.critical);
  if (titleWords.length === 0 || titleWords.length === concepts.length) return [];
  const scored = meeting.items
    .map((item) => ({ item, coverage: coverageOf(titleWords, itemText(item), index.tokensOfText).coverage }))
    .sort((a, b) => b.coverage - a.coverage);
  const [best, next] = scored;
  if (!best || best.coverage < 0.85 || (next && next.coverage >= best.coverage / 2)) return [];
  return [best.item];
}

/**
 * An item named only by a word of its title ("Vem valdes till justerare" for "Val av justerare"): the
 * rarest of the question's item words that is in any item's title is in exactly one.
 */
function itemByRarestTitleWord(index: AnswerIndex, meeting: Meeting, concepts: WeightedConcept[]): AgendaItem[] {
  for (const concept of [...concepts].sort((a, b) => b.idf - a.idf)) {
    const titled = meeting.items.filter((item) => !item.untitled && coverageOf([concept], item.title, index.tokensOfText).coverage >= 0.5);
    if (titled.length > 0) return titled.length === 1 ? titled : [];
  }
  return [];
}

/** An item the page gives no title: its presenters lead, and its body (quoted below) says what it was about. */
function untitledLead(item: AgendaItem, where: string, en: boolean, who: string | undefined, time: string): string {
  if (who) return en ? `Item ${item.number} at ${where} was presented by ${who}${time}.` : `Punkt ${item.number} på ${where} föredrogs av ${who}${time}.`;
  return en ? `Item ${item.number} at ${where}${time}: ${item.title}` : `Punkt ${item.number} på ${where}${time}: ${item.title}`;
}

/** The matters a meeting's agenda item lists as bullets ("Fastställande av föredragningslistan" with its ärenden). */
function mattersAnswer(index: AnswerIndex, analysis: QuestionAnalysis, meeting: Meeting, listing: AgendaItem): Answer | undefined {
  const en = analysis.language === 'en';
  const where = `${meeting.organName} ${meeting.date}`;
  const points = listing.points ?? [];
  const quotes = meetingQuote(index, meeting, [listing]);
  if (quotes.length === 0) return undefined;
  const lead = en ? `The matters listed under "${listing.title}" at ${where}:` : `Ärendena under ”${listing.title}” på ${where}:`;
  return { answered: true, language: analysis.language, text: layoutText(lead, points), citations: citationsFor(quotes), followUps: [], strategy: 'agenda' };
}

export const BREAK_ASKED = /(?<!\p{L})(paus\p{L}*|breaks?|fika\p{L}*|lunch\p{L}*|kaffe\p{L}*|coffee)(?!\p{L})/iu;

/** A break and its times; with where it is ("serveras i Tingshusets matsal") when the question asks where. */
function describeBreak(pause: Meeting['breaks'][number], withNote = false): string {
  return `${pause.label}${pause.start ? ` ${pause.start}${pause.end ? `–${pause.end}` : ''}` : ''}${withNote && pause.note ? ` (${pause.note})` : ''}`;
}

/** "När var pausen på X?": the meeting's breaks with their times, quoted from the page. */
function breakAnswer(index: AnswerIndex, analysis: QuestionAnalysis, meeting: Meeting): Answer | undefined {
  const en = analysis.language === 'en';
  const where = `${meeting.organName} ${meeting.date}`;
  const passages = meetingPassages(index, meeting);
  const quotes: Quote[] = [];
  for (const pause of meeting.breaks) {
    for (const passage of passages) {
      // The page writes the time as it likes ("10.10", "10:10", "9.45").
      const times = pause.start ? [pause.start, pause.start.replace(':', '.')].flatMap((t) => [t, t.replace(/^0/, '')]) : [];
      // ("10.30–10.45  P A U S  (kaffe)": the name spaced letter by letter.)
      const unit = index.unitsOf(passage).find((u) => joinSpacedLetters(u.text).toLowerCase().includes(pause.label.toLowerCase()) && (times.length === 0 || times.some((t) => u.text.includes(t))));
      if (unit) {
        quotes.push({ text: breakExcerpt(joinSpacedLetters(unit.text), pause.label, times), passage, lines: unit.lines });
        break;
      }
    }
  }
  if (quotes.length === 0) return undefined;
  // "När är det lunch?": the break of the kind asked for first.
  const kind = BREAK_KIND.find(([asked]) => asked.test(analysis.question))?.[1];
  const breaks = kind ? [...meeting.breaks].sort((a, b) => Number(kind.test(b.label)) - Number(kind.test(a.label))) : meeting.breaks;
  let lead = en ? `Breaks at ${where}: ${breaks.map((pause) => describeBreak(pause)).join('; ')}.` : `Pauser på ${where}: ${breaks.map((pause) => describeBreak(pause)).join('; ')}.`;
  // "… och vilken punkt tar vid efter lunchen?": the item after the break the question names.
  const after = AFTER_BREAK.exec(analysis.question);
  if (after) {
    const named = meeting.breaks.find((b) => b.label.toLowerCase().includes(after[1].toLowerCase().slice(0, 4))) ?? meeting.breaks[0];
    const next = meeting.items.find((i) => i.number === named.afterItem + 1);
    // "Vad tas upp efter lunchen?": every item from the break to the next one, not only the first.
    const until = meeting.breaks.find((b) => b.afterItem > named.afterItem)?.afterItem ?? Infinity;
    const following = meeting.items.filter((i) => i.number > named.afterItem && i.number <= until);
    if (next && ITEMS_AFTER_ASKED.test(analysis.question) && following.length > 1) {
      // The first of them is what happens right after the break: its note says what it holds.
      const noted = (i: AgendaItem) => (i === next && i.description ? ` – ${firstSentence(i.description)}` : '');
      const listed = following.map((i) => `${i.number}. ${i.title}${i.presenters.length > 0 ? ` (${i.presenters.join(', ')})` : ''}${noted(i)}`).join('; ');
      lead += en ? ` After ${named.label.toLowerCase()}: ${listed}.` : ` Efter ${named.label.toLowerCase()}: ${listed}.`;
    } else if (next) {
      const who = next.presenters.length > 0 ? ` (${next.presenters.join(', ')})` : '';
      lead += en ? ` After ${named.label.toLowerCase()}: item ${next.number}, "${next.title}"${who}.` : ` Efter ${named.label.toLowerCase()}: punkt ${next.number}, ”${next.title}”${who}.`;
    }
  }
  return { answered: true, language: analysis.language, text: layoutText(lead, quotes.map((q) => `”${q.text}”`)), citations: citationsFor(quotes), followUps: [], strategy: 'agenda' };
}

/** The first sentence of an item's note, without its label ("Ärendebeskrivning: …") or full stop. */
function firstSentence(text: string): string {
  const note = text.trim().replace(/^\p{Lu}\p{Ll}+(?:\s\p{Ll}+){0,3}:\s+/u, '');
  return (/^.*?[.!?](?=\s+\p{Lu}|$)/u.exec(note)?.[0] ?? note).replace(/\.$/, '');
}

/** A table the dump ran into one paragraph holds every row: the quote is the break's part of it, its label and times. */
function breakExcerpt(text: string, label: string, times: string[]): string {
  if (text.length <= BREAK_QUOTE) return text;
  const lower = text.toLowerCase();
  const spans = [[lower.indexOf(label.toLowerCase()), label.length], ...times.map((t) => [text.indexOf(t), t.length])].filter(([at]) => at >= 0);
  const from = Math.min(...spans.map(([at]) => at));
  let to = Math.max(...spans.map(([at, length]) => at + length));
  to += /^\s*[–-]\s*\d{1,2}[:.]\d{2}/.exec(text.slice(to))?.[0].length ?? 0;
  const start = text.lastIndexOf(' ', from - 1) + 1;
  return `${start > 0 ? '… ' : ''}${text.slice(start, to).trim()}${to < text.length ? ' …' : ''}`;
}

const BREAK_QUOTE = 80;

/** "Saknar någon punkt föredragande?", "items without a presenter". */
// ("doesn't have a presenter named yet", "har inte fått någon föredragande".)
const NO_PRESENTER_ASKED = /(?<!\p{L})(?:saknar|utan|inte har någon|har ingen|har inte(?:\s+fått)?(?:\s+någon)?)\s+föredragande|(?<!\p{L})(?:does\s*n[o’']t|do\s*n[o’']t|did\s*n[o’']t|has\s*n[o’']t)\s+(?:have|got)\s+(?:a\s+|any\s+)?presenters?(?!\p{L})|(?<!\p{L})ingen\s+(?:\p{L}+\s+){0,2}(?:som\s+)?föredragande|(?<!\p{L})(?:without|no|lacks?|lacking)\s+(?:a\s+|any\s+)?presenters?(?!\p{L})|(?<!\p{L})(?:nobody|no one|no-one)\s+(?:\p{L}+\s+){0,3}(?:as\s+)?presenter(?!\p{L})/iu;

/** A kind of break the question names, and the labels of that kind. */
const BREAK_KIND: Array<[RegExp, RegExp]> = [
  [/(?<!\p{L})lunch/iu, /^lunch/i],
  [/(?<!\p{L})(?:fika|kaffe|coffee)/iu, /^(?:fika|kaffe)/i],
];
/** "Vad tas upp efter lunchen", "which items come after the break": the items asked, not the one after the break. */
const ITEMS_AFTER_ASKED = /(?<!\p{L})(?:vad\s+(?:tas|står|behandlas|händer|ska)|vilka\s+(?:punkter|ärenden)|what\s+(?:is|are|gets|will be)\s+(?:taken up|discussed|on)|which\s+items|what\s+items|what\s+comes)(?!\p{L})/iu;
const AFTER_BREAK = /(?<!\p{L})(?:efter|after)\s+(?:the\s+)?(lunch|paus|fika|kaffe|coffee|break)\p{L}*/iu;
const ENDED = /(?<!\p{L})(slut\p{L}*|avslut\p{L}*|end|ends|ended|finish\p{L}*|over)(?!\p{L})/iu;
const STARTED = /(?<!\p{L})(börja\p{L}*|start\p{L}*|began|begin\p{L}*)(?!\p{L})/iu;

function meetingTimeAnswer(index: AnswerIndex, analysis: QuestionAnalysis, meeting: Meeting): Answer | undefined {
  const start = meeting.start!;
  const stated = (text: string) => text.includes(start) || text.includes(start.replace(':', '.'));
  const passage = meetingPassages(index, meeting).find((p) => stated(p.text));
  const unit = passage && index.unitsOf(passage).find((u) => stated(u.text));
  if (!passage || !unit) return undefined;
  const where = `${meeting.organName} ${meeting.date}`;
  const span = `${start}${meeting.end ? `–${meeting.end}` : ''}`;
  const en = analysis.language === 'en';
  // "What time does it finish / när slutar mötet": the end is the answer, the start beside it.
  const end = meeting.end && ENDED.test(analysis.question) ? meeting.end : undefined;
  const lead = end
    ? en ? `${where} ended at ${end} (${span}).` : `${where} slutade kl. ${end} (${span}).`
    : en ? `${where} started at ${start} (${span}).` : `${where} började kl. ${start} (${span}).`;
  const quote: Quote = { text: unit.text, passage, lines: unit.lines };
  return { answered: true, language: analysis.language, text: layoutText(lead, [`”${unit.text}”`]), citations: citationsFor([quote]), followUps: [], strategy: 'agenda' };
}

export const LINK_ASKED = /(?<![\p{L}])(?:länk\p{L}*|link\p{L}*|url|webbadress\p{L}*|adress\p{L}* till (?:mötes)?sidan)(?![\p{L}])/iu;
const PAGE_SOURCE = /^Källa:\s*(https?:\/\/\S+)/m;

function pageLinkAnswer(index: AnswerIndex, analysis: QuestionAnalysis, meeting: Meeting): Answer | undefined {
  const passage = meetingPassages(index, meeting).find((p) => PAGE_SOURCE.test(p.text)) ?? index.kb.passages.find((p) => p.source.file === meeting.source.file && PAGE_SOURCE.test(p.text));
  const url = passage ? PAGE_SOURCE.exec(passage.text)?.[1] : undefined;
  if (!passage || !url) return undefined;
  const where = `${meeting.organName} ${meeting.date}`;
  const lead = analysis.language === 'en' ? `The page for ${where}: ${url}` : `Mötessidan för ${where}: ${url}`;
  const quote: Quote = { text: `Källa: ${url}`, passage, lines: [passage.source.lines[0], passage.source.lines[0]] };
  return { answered: true, language: analysis.language, text: layoutText(lead, []), citations: citationsFor([quote]), followUps: [], strategy: 'agenda' };
}

function chairAnswer(index: AnswerIndex, analysis: QuestionAnalysis, meeting: Meeting, chair: string): Answer | undefined {
  const quote = lineNaming(index, meeting, chair);
  if (!quote) return undefined;
  const where = `${meeting.organName} ${meeting.date}`;
  const lead = analysis.language === 'en' ? `${chair} chaired ${where}.` : `${chair} var ordförande på ${where}.`;
  // "… och vem hade hon efterträtt?": the sentence after goes on about the chair ("Hon är … ordförande sedan …, då hon
  // efterträdde …"), and answers the other part.
  const next = analysis.parts.length > 1 ? sentenceAboutAfter(index, quote, chair) : undefined;
  const quotes = next ? [quote, next] : [quote];
  return { answered: true, language: analysis.language, text: layoutText(lead, quotes.map((q) => `”${q.text}”`)), citations: citationsFor(quotes), followUps: [], strategy: 'agenda' };
}

/** The sentence right after a quoted one when it goes on about the same person ("Hon …", "Han …", or the surname). */
function sentenceAboutAfter(index: AnswerIndex, quote: Quote, person: string): Quote | undefined {
  const units = index.unitsOf(quote.passage);
  const at = units.findIndex((u) => u.text === quote.text);
  const next = at < 0 ? undefined : units[at + 1];
  const surname = person.split(/\s+/).at(-1) ?? person;
  if (!next || !new RegExp(`^(?:Hon|Han|Hen|She|He|${escapeRegExp(surname)})(?![\\p{L}])`, 'u').test(next.text)) return undefined;
  return { text: next.text, passage: quote.passage, lines: next.lines };
}

export function answerFromAgenda(index: AnswerIndex, analysis: QuestionAnalysis, weighted: WeightedConcept[]): Answer | undefined {
  const answer = agendaAnswer(index, analysis, weighted);
  return answer?.answered ? withSourceClock(index, answer) : answer;
}

/**
 * Times written as the notice writes them: "kl. 13.00" where it writes "13.00", "09:00" where it writes "09:00" (the
 * records keep "13:00"). The notice's own quotes are unchanged either way.
 */
function withSourceClock(index: AnswerIndex, answer: Answer): Answer {
  const documentId = answer.citations[0]?.documentId;
  return documentId && writesDottedClock(index, documentId) ? { ...answer, text: answer.text.replace(COLONED_CLOCK, '$1.$2') } : answer;
}

const dottedClockDocuments = new WeakMap<AnswerIndex, Map<string, boolean>>();

/** Whether a document writes its times "13.00" more often than "13:00"; counted once per document. */
function writesDottedClock(index: AnswerIndex, documentId: string): boolean {
  let known = dottedClockDocuments.get(index);
  if (!known) dottedClockDocuments.set(index, (known = new Map()));
  let dotted = known.get(documentId);
  if (dotted === undefined) {
    let dots = 0;
    let colons = 0;
    for (const passage of index.passagesOfDocument(documentId)) {
      dots += passage.text.match(DOTTED_CLOCK)?.length ?? 0;
      colons += passage.text.match(COLONED_CLOCK)?.length ?? 0;
    }
    dotted = dots > colons;
    known.set(documentId, dotted);
  }
  return dotted;
}

const DOTTED_CLOCK = /(?<![\d.,])([01]?\d|2[0-3])\.([0-5]\d)(?![\d.,])/g;
const COLONED_CLOCK = /(?<![\d:])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])/g;

function agendaAnswer(index: AnswerIndex, analysis: QuestionAnalysis, weighted: WeightedConcept[]): Answer | undefined {
  if (index.kb.records.meetings.length === 0 || NEXT_MEETING.test(analysis.question)) return undefined;
  const subject = subjectConcepts(weighted);
  const meetings = meetingCandidates(index, analysis, subject);
  if (meetings.length === 0) return otherBodysMeeting(index, analysis);
  const meeting = meetings[0];
  const en = analysis.language === 'en';
  const where = `${meeting.organName} ${meeting.date}`;
  if (PREVIOUS_MEETING.test(analysis.question)) return dateMatches(analysis, meeting.date) ? previousMeetingAnswer(index, analysis, meeting) : undefined;
  // "Länk till mötessidan för RS 2022-05-04": the page's own address, from its "Källa:" line.
  if (LINK_ASKED.test(analysis.question) && dateMatches(analysis, meeting.date)) {
    const answer = pageLinkAnswer(index, analysis, meeting);
    if (answer) return answer;
  }

  if (analysis.asks.place && meeting.place && analysis.temporal.itemNumber === undefined) {
    const time = meeting.start ? (en ? `, ${meeting.start}${meeting.end ? `–${meeting.end}` : ''}` : `, kl. ${meeting.start}${meeting.end ? `–${meeting.end}` : ''}`) : '';
    let lead = en ? `${where} was held at ${meeting.place}${time}.` : `${where} hölls i ${meeting.place}${time}.`;
    // "When is the coffee break, and which room is the meeting in?": both, from the same agenda.
    if (BREAK_ASKED.test(analysis.question) && meeting.breaks.length > 0) {
      const breaks = meeting.breaks.map((pause) => describeBreak(pause, true)).join('; ');
      lead += en ? ` Breaks: ${breaks}.` : ` Pauser: ${breaks}.`;
    }
    const passage = meetingPassage(index, meeting);
    if (passage) {
      const unit = index.unitsOf(passage).find((u) => u.text.includes(meeting.place!.slice(0, 12)));
      const quote: Quote = { text: unit?.text ?? meeting.place, passage, lines: unit?.lines ?? meeting.source.lines };
      return { answered: true, language: analysis.language, text: layoutText(lead, [`”${quote.text}”`]), citations: citationsFor([quote]), followUps: [], strategy: 'agenda' };
    }
  }

  if (BREAK_ASKED.test(analysis.question) && meeting.breaks.length > 0 && analysis.temporal.itemNumber === undefined) {
    const answer = breakAnswer(index, analysis, meeting);
    if (answer) return answer;
  }

  // "Finns det någon punkt som saknar föredragande?": the items whose presenter cell is empty.
  if (NO_PRESENTER_ASKED.test(analysis.question) && dateMatches(analysis, meeting.date)) {
    const unpresented = meeting.items.filter((i) => i.presenters.length === 0);
    const quotes = meetingQuote(index, meeting, unpresented.length > 0 ? unpresented.slice(0, 3) : meeting.items.slice(0, 1));
    if (quotes.length > 0) {
      const lead =
        unpresented.length === 0
          ? en ? `Every item at ${where} has a presenter.` : `Alla punkter på ${where} har en föredragande.`
          : en ? `Items at ${where} without a presenter:` : `Punkter utan föredragande på ${where}:`;
      const facts = unpresented.map((i) => describeItem(i, analysis.language));
      return { answered: true, language: analysis.language, text: layoutText(lead, facts), citations: citationsFor(quotes), followUps: [], strategy: 'agenda' };
    }
  }

  let items: AgendaItem[] = [];
  const count = firstCount(analysis.question);
  const { itemNumber, paragraphNumber } = analysis.temporal;
  // "Enligt protokollet …", "När justerades protokollet?": the minutes are asked about, not the notice's agenda …
  const fromNotice = index.kb.documentById(meeting.source.documentId)?.type === 'kallelse';
  if (fromNotice && MINUTES_ASKED.test(analysis.question)) return undefined;
  // … and so is "§ 16" of a notice whose items carry no § and run to fewer, or of a day whose minutes are at hand.
  const decisionAsked = DECISION_ASKED.test(analysis.question);
  const dayMinutes = fromNotice && (paragraphNumber !== undefined || decisionAsked) ? otherPapersOfDay(index, meeting).filter((d) => isMinutes(d)) : [];
  if (paragraphNumber !== undefined && dayMinutes.length > 0) {
    return decisionAsked && dateMatches(analysis, meeting.date) ? paragraphDecision(index, analysis, meeting, dayMinutes, paragraphNumber) : undefined;
  }
  if (paragraphNumber !== undefined && !meeting.items.some((i) => i.paragraph !== undefined || i.number === paragraphNumber)) return undefined;
  // "vad beslutades under punkt 8 den 12/2" of an item the day's papers say was struck ("därför utgår punkt 8").
  if (decisionAsked && itemNumber !== undefined && dateMatches(analysis, meeting.date)) {
    const struck = struckItemAnswer(index, analysis, meeting, itemNumber);
    if (struck) return struck;
  }
  // … and "vad beslutades under punkt 12": what was decided stands in that day's minutes, not in the notice.
  if (decisionAsked && dayMinutes.length > 0) {
    const item = itemNumber === undefined ? undefined : meeting.items.find((i) => i.number === itemNumber);
    return item ? minutesDecision(index, analysis, meeting, dayMinutes, item) : undefined;
  }
  const organWords = organWordsOf(index, meeting);
  // Only the organ's own words are dropped: "samverkansavtal" shares a prefix with "samverkansråd" but names an item.
  // ("… föreslogs i kallelsen till rådsmötet": the words naming the notice or the meeting name no item.)
  // ("forumets möte" of Folkbildningsforum: the head of the body's compound name names the body.)
  // ("trafikrådet" of Kollektivtrafikrådet: the head inflected as the name is.)
  // ("dnr för hörselplan-ärendet": the diary number asked names no item.)
  const organStems = index.tokensOfText(organWords).map(stem);
  const namesOrganByHead = (w: WeightedConcept) => w.concept.forms.some((f) => f.stems.length === 1 && f.stems[0].length >= 4 && organStems.some((t) => t.length > f.stems[0].length + 3 && t.endsWith(f.stems[0])));
  const itemConcepts = subject.filter((w) => coverageOf([w], organWords, index.tokensOfText).coverage < 0.85 && !namesOrganByHead(w) && !analysis.years.some((y) => hasYear(w.concept.label, y)) && !MEETING_PAPER_WORD.test(w.concept.label) && !DIARY_ASKED.test(w.concept.label));
  if (itemNumber !== undefined) {
    items = meeting.items.filter((i) => i.number === itemNumber);
    // "Who presents item 14 on 28 September" of a 13-item agenda: the agenda has no such item, and no other text answers.
    if (items.length === 0 && dateMatches(analysis, meeting.date) && meeting.items.length > 0) {
      const last = meeting.items[meeting.items.length - 1].number;
      const hint = en
        ? `The agenda of ${where} has items 1–${last}, no item ${itemNumber}. You can ask what any of them is about or who presents it.`
        : `Dagordningen för ${where} har punkterna 1–${last}, ingen punkt ${itemNumber}. Du kan fråga vad någon av dem gäller eller vem som föredrar den.`;
      return notAnswered(analysis.language, hint, 'agenda');
    }
  } else if (paragraphNumber !== undefined && meeting.items.some((i) => i.paragraph !== undefined)) {
    items = meeting.items.filter((i) => i.paragraph === paragraphNumber);
  } else if (count !== undefined) {
    // (A meeting page's opening line, "X, ordförande, hälsar välkomna och öppnar mötet", is no item of its agenda.)
    const agenda = meeting.items.filter((item, k) => !(k === 0 && item.untitled && OPENS_MEETING_LINE.test(item.title)));
    items = agenda.slice(0, count);
  } else if (FIRST_MATTER_ASKED.test(analysis.question) && meeting.items.some((i) => !PROCEDURAL_ITEM.test(i.title))) {
    items = [meeting.items.find((i) => !PROCEDURAL_ITEM.test(i.title))!];
  } else {
    // The item whose title, presenters or documents carry the question's remaining words.
    // An item's own text first: a listed agenda names every other item's subject in its bullets.
    // (… and its title and presenters before its description, which may speak of another item's subject.)
    const scoredBy = (withPoints: boolean, withDescription = true) =>
      meeting.items
        .map((item) => ({ item, ...coverageOf(itemConcepts, itemText(item, withPoints, withDescription), index.tokensOfText) }))
        .filter((s) => s.coverage >= 0.5 && s.criticalOk)
        .sort((a, b) => b.coverage - a.coverage);
    const titled = scoredBy(false, false);
    const described = scoredBy(false);
    const own = titled.length > 0 && titled[0].coverage >= (described[0]?.coverage ?? 0) - 0.25 ? titled : described;
    const scored = own.length > 0 ? own : scoredBy(true);
    const mattersAsked = MATTERS_ASKED.test(analysis.question);
    const listing = mattersAsked ? listedMatters(meeting) : undefined;
    const otherItemNamed = itemConcepts.length > 0 && scored[0] !== undefined && scored[0].item !== listing && scored[0].coverage >= 0.85;
    if (listing && !otherItemNamed) return mattersAnswer(index, analysis, meeting, listing);
    // "Which matters were taken up?" without a listed agenda: the meeting's items.
    if (mattersAsked && (itemConcepts.length === 0 || scored.length === 0)) items = meeting.items;
    // "Vilka diskussionsfrågor …" on a dated meeting lists what an item's papers say, not the item itself.
    const { asks } = analysis;
    const listOnly = asks.list && !asks.agenda && !asks.person && !asks.time && !asks.date && !asks.place && analysis.roleKind !== 'presenter';
    if (items.length === 0 && listOnly) return undefined;
    if (items.length === 0 && itemConcepts.length > 0) {
      // "Vilka punkter föredrar Anders Byström": every item the question's words fit as well as the best one.
      const tied = scored.filter((s) => s.coverage >= scored[0].coverage - 1e-9);
      items = asks.list && tied.length > 1 ? tied.map((s) => s.item) : scored.length > 0 ? [scored[0].item] : itemByTitleWords(index, meeting, itemConcepts);
      if (items.length === 0) items = itemByRarestTitleWord(index, meeting, itemConcepts);
    }
  }

  // "What time did the meeting start / end?": no item named, so the meeting's own times.
  const startAsked = analysis.asks.time || (analysis.asks.date && (STARTED.test(analysis.question) || ENDED.test(analysis.question)));
  if (items.length === 0 && startAsked && meeting.start && itemConcepts.every((w) => STARTED.test(w.concept.label) || ENDED.test(w.concept.label))) {
    const answer = meetingTimeAnswer(index, analysis, meeting);
    if (answer) return answer;
  }
  // "Vem var ordförande på X 2023-03-15?": the chair the meeting's own page names.
  if (items.length === 0 && analysis.roleKind === 'chair' && meeting.chair && dateMatches(analysis, meeting.date)) return chairAnswer(index, analysis, meeting, meeting.chair);

  if (items.length === 0) {
    // Only a question about the agenda as a whole gets the whole agenda.
    if (!/\b(agenda|dagordning\w*|föredragningslist\w*|ärendeförteckning\w*|program\w*|kallelse\w*|punkter|items)\b/i.test(analysis.question)) return undefined;
    items = meeting.items;
  }

  if (items.length === 1) items = [withFollowingNote(meeting, items[0])];
  // "Which §" is answered by an item's §; an agenda without § numbers does not answer it.
  if (PARAGRAPH_ASKED.test(analysis.question) && !(items.length === 1 && items[0].paragraph !== undefined)) return undefined;
  // "Vem valdes till justerare?" of an item that names nobody: the page does not say, and another meeting's page must not answer.
  const asksPerson = (analysis.asks.person || (analysis.roleKind === 'presenter' && PRESENTER_ASKED.test(analysis.question))) && analysis.roleKind !== 'chair';
  // ("Region Jämtland Härjedalen" in the item's text names no person.)
  // ("Vad tas upp under punkt 11, vem föredrar och när?": the other parts are answered, and the item's lack of a presenter said.)
  const asksMoreThanPerson = analysis.parts.length > 1 && !items[0]?.untitled && (itemNumber !== undefined || analysis.asks.time);
  // ("Ingen föredragande är utsedd": the notice says so itself, and that answers.)
  const noneStated = items.length === 1 && NO_PRESENTER_STATED.test(itemText(items[0]));
  if (items.length === 1 && asksPerson && !asksMoreThanPerson && !noneStated && dateMatches(analysis, meeting.date) && personNamesIn(itemText(items[0]), index.personNames).length === 0) {
    // The minutes of the same day name who was chosen ("Ingrid Falk … valdes att justera"): they answer instead.
    if (otherPapersOfDay(index, meeting).length > 0) return undefined;
    const hint = en
      ? `The page for ${where} has the item "${items[0].title}" but names no person for it.`
      : `Sidan för ${where} har punkten ”${items[0].title}” men nämner ingen person för den.`;
    return notAnswered(analysis.language, hint, 'agenda');
  }
  // "Who filled in with information on X?" asks for someone named in an item's minutes, not for its presenters.
  const namedBySubject = itemNumber === undefined && paragraphNumber === undefined && count === undefined;
  if (items.length === 1 && items[0].untitled && namedBySubject && analysis.asks.person && analysis.roleKind !== 'presenter' && analysis.roleKind !== 'chair' && !PRESENTER_ASKED.test(analysis.question)) return undefined;
  // "Who actually chaired the meeting, and who was secretary?": the chair is no item's presenter, though the question
  // names the regular chair, who presents the opening item.
  // (A page's opening note that says who leads the meeting does answer.)
  const statesChair = items.some((item) => CHAIR_STATED.test(itemText(item)));
  if (namedBySubject && analysis.roleKind === 'chair' && !statesChair && !analysis.asks.agenda && !PRESENTER_ASKED.test(analysis.question)) return undefined;
  let lead: string;
  const unpresentedAsked = asksPerson && items.length === 1 && items[0].presenters.length === 0;
  if (items.length === 1) {
    const item = items[0];
    const who = item.presenters.length > 0 ? item.presenters.join(en ? ' and ' : ' och ') : undefined;
    const unpresented = asksPerson && (asksMoreThanPerson || noneStated);
    const time = item.start ? (en ? ` at ${item.start}` : ` kl. ${item.start}`) : '';
    // Protocol pages number the items by § rather than by position.
    const paragraph = item.paragraph !== undefined && (PARAGRAPH_ASKED.test(analysis.question) || analysis.temporal.paragraphNumber !== undefined) ? `§ ${item.paragraph}` : undefined;
    lead = paragraph
      ? en
        ? `"${item.title}" at ${where} is ${paragraph}${who ? `, presented by ${who}` : ''}.`
        : `”${item.title}” på ${where} är ${paragraph}${who ? ` och föredras av ${who}` : ''}.`
      : item.untitled
        ? untitledLead(item, where, en, who, time)
        : en
          ? `Item ${item.number} at ${where} is "${item.title}"${who ? `, presented by ${who}` : unpresented ? ', with no presenter named' : ''}${time ? `, starting${time}` : ''}${handling(item, en)}.`
          : `Punkt ${item.number} på ${where} är ”${item.title}”${who ? ` och föredras av ${who}` : unpresented ? ', utan angiven föredragande' : ''}${time ? `, med start${time}` : ''}${handling(item, en)}.`;
  } else if (items.length === meeting.items.length && items.length > WHOLE_AGENDA_IN_LEAD && !asksPerson && !analysis.asks.time) {
    // A long agenda asked whole: the matters' titles first, where an answer is read; the rows with presenters and times after.
    const matters = items.filter((i) => !PROCEDURAL_ITEM.test(i.title)).map((i) => `${i.number}. ${i.title}`);
    lead = en ? `The agenda of ${where} has ${items.length} items; the matters are ${matters.join('; ')}.` : `Dagordningen för ${where} har ${items.length} punkter; ärendena är ${matters.join('; ')}.`;
  } else {
    lead = en ? `Agenda of ${where}:` : `Dagordning för ${where}:`;
  }
  const facts =
    items.length === 1
      ? [
          ...(noneStated && unpresentedAsked ? itemText(items[0]).split(/(?<=[.!?])\s+/).filter((sentence) => NO_PRESENTER_STATED.test(sentence)) : []),
          ...relevantSentences(index, items[0], itemConcepts, analysis.asks.date || analysis.parts.some((p) => p.asks.date)),
          ...(items[0].points ?? []),
          ...items[0].documents,
        ].filter((f, k, all): f is string => Boolean(f) && all.indexOf(f) === k)
      : items.map((i) => describeItem(i, analysis.language));
  // "Vad är förslaget till beslut under punkt 7": what the notice's description of the item proposes.
  const proposal = items.length === 1 && PROPOSAL_ASKED.test(analysis.question) ? proposalQuotes(index, meeting, items[0]) : [];
  facts.unshift(...proposal.map((q) => q.text));
  // "dnr för flygfotoärendet": the item's diary number, when the question asks for it.
  if (items.length === 1 && items[0].dnr && items[0].dnr.length > 0 && DIARY_ASKED.test(analysis.question)) facts.unshift(`Dnr ${items[0].dnr.join(', ')}`);
  if (items.length > 1 && meeting.breaks.length > 0 && items.length === meeting.items.length) {
    // Latest break first, so earlier insertions do not shift the places of later ones.
    for (const b of [...meeting.breaks].sort((x, y) => y.afterItem - x.afterItem)) {
      const after = items.findIndex((i) => i.number === b.afterItem);
      facts.splice(after >= 0 ? after + 1 : Math.min(facts.length, b.afterItem), 0, `${b.label}${b.start ? ` ${b.start}${b.end ? `–${b.end}` : ''}` : ''}`);
    }
  }
  // "Hur många svarade på enkäten som X presenterade …": a count asked about one item needs a number under it.
  // (The proposal's lines are not the item's own: a count stated only there is no count of the item.)
  const proposed = new Set(proposal.map((q) => q.text));
  if (items.length === 1 && analysis.asks.number && !analysis.asks.time && !facts.some((fact) => hasQuantity(fact) && !proposed.has(fact))) return undefined;
  // "Senast när ska synpunkter lämnas": a deadline asked about one item needs one stated under it.
  if (items.length === 1 && DEADLINE_ASKED.test(analysis.question) && !facts.some((fact) => DEADLINE_STATED.test(fact) && (dateFit(fact) > 0 || hasDayOfMonth(fact)))) return undefined;
  // "Vilken tid börjar punkt 11": an item without a time in the programme does not answer when it starts.
  if (items.length === 1 && analysis.asks.time && !items[0].start && !facts.some((fact) => hasClockTime(fact))) return undefined;
  const quotes = meetingQuote(index, meeting, items.slice(0, 3));
  if (quotes.length === 0) return undefined;
  quotes.push(...proposal);
  // "Vem föredrog punkten …": the notes of the day may say the presenter the notice names was replaced.
  const stoodIn = items.length === 1 && asksPerson ? standInQuotes(index, meeting, items[0]) : [];
  if (stoodIn.length > 0) {
    facts.unshift(...stoodIn.map((q) => q.text));
    quotes.push(...stoodIn);
  }
  // "Who chaired …, and who presented the X item?": the meeting's chair is the other part's fact.
  const chair = items.length === 1 && analysis.parts.length > 1 && analysis.roleKind === 'chair' ? chairOf(index, meeting) : undefined;
  if (chair) {
    lead = `${en ? `${chair.name} chaired ${where}.` : `${chair.name} var ordförande på ${where}.`} ${lead}`;
    quotes.unshift(chair.quote);
  }
  return {
    answered: true,
    language: analysis.language,
    text: layoutText(lead, facts),
    citations: citationsFor(quotes),
    followUps: [],
    strategy: 'agenda',
  };
}

/**
 * "… med ändringen att punkt 10 utgår": item 10 of the agenda of the same day, quoted from that agenda, for a question
 * asking which item. Undefined when no agenda of the document's day has that item.
 */
export function agendaItemQuote(index: AnswerIndex, passage: Passage, number: number): Quote | undefined {
  const document = index.kb.documentById(passage.source.documentId);
  if (!document?.date) return undefined;
  const title = document.title.toLowerCase();
  const meetings = index.kb.records.meetings.filter((m) => m.date === document.date && m.items.some((i) => i.number === number));
  const meeting = meetings.find((m) => title.includes(m.organName.toLowerCase())) ?? (meetings.length === 1 ? meetings[0] : undefined);
  const item = meeting?.items.find((i) => i.number === number);
  if (!meeting || !item) return undefined;
  const opening = item.title.slice(0, 24);
  const source = index.passagesOfDocument(meeting.source.documentId).find((p) => p.text.includes(opening));
  return source ? { text: `${number}. ${item.title}`, passage: source, lines: source.source.lines } : undefined;
}

