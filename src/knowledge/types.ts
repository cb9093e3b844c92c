/**
 * The knowledge model shared by ingest, answering, agendas and surveys.
 * Everything here is plain JSON-serializable data: the built knowledge base is saved
 * to DATA_DIR and loaded at start, so no class instances, Maps or Dates live here.
 */

/** Where a fact comes from: enough to cite it in an answer. */
export interface SourceRef {
  /** Corpus file name, e.g. "001_6b89cdf688d1bcaf.txt". */
  file: string;
  /** Logical document id (see LogicalDocument.id). */
  documentId: string;
  /** Logical document title, as a person would cite it. */
  title: string;
  /** Section path, outermost first, e.g. ["Energi och klimat", "Energikontoret"]. */
  section: string[];
  /** 1-based PDF page where known (from "Page n of m", "n(m)" markers or real PDF pages). */
  page?: number;
  /** 1-based line range in the source file, counted on "\n" only. */
  lines: [number, number];
}

export type DocumentType =
  | 'kallelse'
  | 'protokollsutdrag'
  | 'protokoll'
  | 'verksamhetsberattelse'
  | 'verksamhetsplan'
  | 'regionplan'
  | 'enkat'
  | 'rapport'
  | 'forslag'
  | 'overenskommelse'
  | 'uppdragsbeskrivning'
  | 'presentation'
  | 'arendeblad'
  | 'pm'
  | 'webbsida'
  | 'ovrigt';

export interface LogicalDocument {
  /** Stable id: `${file}#${ordinal}`. */
  id: string;
  file: string;
  title: string;
  type: DocumentType;
  /** ISO date (YYYY-MM-DD) the document is dated or the meeting it belongs to, when stated. */
  date?: string;
  dnr?: string[];
  /** Years the document reports on or plans for, e.g. [2021] or [2016, 2017, 2018]. */
  period?: number[];
  lines: [number, number];
}

export interface Passage {
  /** Stable id: `${documentId}:${startLine}`. */
  id: string;
  text: string;
  source: SourceRef;
  /** The year the passage speaks of: stated in it, its heading, or its document's period. */
  year?: number;
}

export interface Organ {
  id: string;
  name: string;
  abbreviations: string[];
  /** Other names and inflected forms seen in the text ("kommuncheferna", "Primärkommunala rådet"). */
  aliases: string[];
  description?: string;
  composition?: string;
  memberCount?: number;
  sources: SourceRef[];
}

export type RoleKind =
  | 'chair'
  | 'vice-chair'
  | 'convenor'
  | 'secretary'
  | 'member'
  | 'representative'
  | 'presenter'
  | 'signatory'
  | 'contact'
  | 'coordinator'
  | 'other';

export interface Person {
  id: string;
  name: string;
  titles: string[];
  units: string[];
  phone?: string;
  email?: string;
  sources: SourceRef[];
}

export interface Role {
  id: string;
  kind: RoleKind;
  /** The role as written, e.g. "ordförande", "sammankallande", "I tjänsten". */
  label: string;
  personName: string;
  personTitle?: string;
  /** Organ id or a free-text body/document the role is in. */
  organId?: string;
  organName: string;
  year?: number;
  /** ISO date when the role is tied to a meeting or a signature, or the day it is held from. */
  date?: string;
  /** ISO date the role is held until, when the text gives a period ("under tjänstledigheten 2024-03-01–2024-08-31"). */
  until?: string;
  source: SourceRef;
}

export interface UnitResult {
  id: string;
  /** Unit or mission, e.g. "Energikontoret", "Lärcentrum", "FoU Jämt". */
  unit: string;
  year: number;
  /** One result or activity, as written (cleaned). */
  text: string;
  source: SourceRef;
}

export interface AgendaItem {
  number: number;
  title: string;
  presenters: string[];
  /** "HH:MM" start time when stated. */
  start?: string;
  end?: string;
  /** Decision documents / beslutsunderlag and ärendebeskrivning lines. */
  documents: string[];
  description?: string;
  dnr?: string[];
  /** § number in minutes-style web pages. */
  paragraph?: number;
  /** The source gives no title line; `title` is taken from the item's body (web meeting pages). */
  untitled?: boolean;
  /** Bullets listed under the item, e.g. the ärenden a "Fastställande av föredragningslistan" names. */
  points?: string[];
  /** Whether the item is up for decision or for information, when the agenda's "Beslut/Info" column says. */
  handling?: 'decision' | 'information';
}

export interface AgendaBreak {
  label: string;
  start?: string;
  end?: string;
  /** What the line says of it besides its time: "serveras i Tingshusets matsal". */
  note?: string;
  /** The item number the break comes after. */
  afterItem: number;
}

export interface Meeting {
  /** Stable id: `${organSlug}-${date}`, e.g. "regionens-samverkansrad-2022-02-07". */
  id: string;
  organId?: string;
  organName: string;
  /** ISO date YYYY-MM-DD. */
  date: string;
  start?: string;
  end?: string;
  place?: string;
  chair?: string;
  items: AgendaItem[];
  breaks: AgendaBreak[];
  source: SourceRef;
}

export interface Figure {
  id: string;
  /** The number as written, e.g. "10 046", "42,2". */
  value: string;
  /** Parsed numeric value in the stated unit. */
  amount: number;
  unit: 'tkr' | 'mkr' | 'kr' | '%' | 'count' | 'other';
  /** What it measures, from the surrounding text. */
  measure: string;
  year?: number;
  source: SourceRef;
}

export interface QuestionOption {
  id: string;
  label: string;
}

export interface Question {
  /** "1".."6" as numbered in the questionnaire. */
  id: string;
  text: string;
  kind: 'choice' | 'text';
  options: QuestionOption[];
  /** Free text asked after the choice, e.g. "Varför?". */
  followUp?: string;
  required: boolean;
  maxLength?: number;
}

export interface QuestionnairePart {
  title: string;
  questions: Question[];
}

export interface Questionnaire {
  id: string;
  title: string;
  dnr?: string;
  date?: string;
  /** The samverkansorgan the questionnaire is for. */
  bodies: string[];
  parts: QuestionnairePart[];
  source?: SourceRef;
}

export interface Records {
  organs: Organ[];
  people: Person[];
  roles: Role[];
  results: UnitResult[];
  meetings: Meeting[];
  figures: Figure[];
  questionnaires: Questionnaire[];
}

export type RecordKind = 'organ' | 'person' | 'role' | 'result' | 'meeting' | 'figure' | 'questionnaire';

export interface IngestProblem {
  file: string;
  reason: string;
}
