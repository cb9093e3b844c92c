/**
 * What answering derives once per knowledge base and reuses for every question: word statistics
 * for weighting, abbreviations defined in the text, linkable entity names, and passage units.
 * Built lazily on first use and cached per (immutable) knowledge base.
 */
import type { KnowledgeBase, LogicalDocument, Passage } from '../knowledge/index.js';
import { harvestAbbreviations, type AbbreviationDefinition } from './abbreviations.js';
import { contentTokens, foldKey, FUNCTION_WORDS, stem, tokenize, words } from './text.js';
import { splitUnits, type Unit } from './units.js';

export interface EntityName {
  /** Folded stems of the name's words, matched in order-free fashion. */
  stems: string[];
  written: string;
}

export interface Entity {
  id: string;
  kind: 'organ' | 'unit' | 'person' | 'abbreviation';
  name: string;
  names: EntityName[];
  /** Abbreviations matched as whole typed tokens, upper-case. */
  abbreviations: string[];
}

export interface AnswerIndex {
  kb: KnowledgeBase;
  passageCount: number;
  /** Number of passages containing each folded token. */
  documentFrequency: Map<string, number>;
  /** Folded token → indexes (into kb.passages) of passages whose text or headings contain it. */
  postings: Map<string, number[]>;
  /** Sorted folded tokens, for prefix lookups. */
  vocabulary: string[];
  abbreviations: Map<string, AbbreviationDefinition[]>;
  entities: Entity[];
  /** Entities by the first three letters of each name stem (or the whole stem when shorter) and by abbreviation. */
  entitiesByKey: Map<string, Entity[]>;
  /** Position of each entity in `entities`. */
  entityPosition: Map<Entity, number>;
  /** Person names from records and signatures, folded → as written. */
  personNames: Map<string, string>;
  unitsOf(passage: Passage): Unit[];
  /** Folded tokens of a passage's text, headings and title (cached, distinct). */
  tokensOf(passage: Passage): string[];
  /** Folded tokens of a passage's section path, title, document title and diary numbers (cached). */
  headingTokensOf(passage: Passage): string[];
  /** Folded tokens of any text, cached: record fields are tokenized once, not per question. */
  tokensOfText(text: string): string[];
  /** Documents by the stems of their title words. */
  documentsByTitleStem: Map<string, LogicalDocument[]>;
  /** Position of a passage in kb.passages (reading order). */
  passagePosition(passageId: string): number | undefined;
  /** A document's passages in reading order (grouped once, on first use). */
  passagesOfDocument(documentId: string): readonly Passage[];
}

/** The document an appendix of the same file belongs to: the last titled document before it with one of its diary numbers. */
function appendixParentOf(kb: KnowledgeBase, document: LogicalDocument): LogicalDocument | undefined {
  if (!/^bilaga\b/i.test(document.title) || !document.dnr?.length) return undefined;
  // Asked once per passage of the appendix: the search through the file's documents is done once per appendix.
  let parents = appendixParents.get(kb);
  if (!parents) appendixParents.set(kb, (parents = new Map()));
  if (!parents.has(document)) parents.set(document, findAppendixParent(kb, document));
  return parents.get(document);
}

const appendixParents = new WeakMap<KnowledgeBase, Map<LogicalDocument, LogicalDocument | undefined>>();

function findAppendixParent(kb: KnowledgeBase, document: LogicalDocument): LogicalDocument | undefined {
  const file = document.id.split('#')[0];
  const position = kb.documents.indexOf(document);
  for (let i = position - 1; i >= 0; i -= 1) {
    const candidate = kb.documents[i];
    if (candidate.id.split('#')[0] !== file) return undefined;
    if (candidate.title && !/^bilaga\b/i.test(candidate.title) && candidate.dnr?.some((d) => document.dnr!.includes(d))) return candidate;
  }
  return undefined;
}

const cache = new WeakMap<KnowledgeBase, AnswerIndex>();

export function answerIndexFor(kb: KnowledgeBase): AnswerIndex {
  let index = cache.get(kb);
  if (!index) {
    index = buildAnswerIndex(kb);
    cache.set(kb, index);
  }
  return index;
}

/** Position of the first vocabulary token at or after `key` in sorted order: where the tokens it begins start. */
export function vocabularyFrom(vocabulary: readonly string[], key: string): number {
  let lo = 0;
  let hi = vocabulary.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (vocabulary[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function nameStems(name: string): string[] {
  return words(name)
    .flatMap((w) => tokenize(w).slice(0, 1))
    .filter((t) => t.length > 1 && !FUNCTION_WORDS.has(t))
    .map(stem);
}

/**
 * The part of the answer index that costs seconds at a large corpus (tokenizing every passage, finding
 * defined abbreviations) and is plain data, so it can be saved next to the knowledge base
 * (answer-index-store.ts) instead of being derived at every start.
 */
export interface AnswerStatistics {
  /** Folded token → indexes (into kb.passages) of passages whose text or headings contain it, ascending. */
  postings: Map<string, number[]>;
  /** The postings' tokens, sorted. */
  vocabulary: string[];
  abbreviations: Map<string, AbbreviationDefinition[]>;
}

export function deriveAnswerStatistics(kb: KnowledgeBase): AnswerStatistics {
  const postings = new Map<string, number[]>();
  kb.passages.forEach((passage, passageIndex) => {
    const seen = new Set(tokenize(passage.text));
    for (const section of passage.source.section) for (const t of tokenize(section)) seen.add(t);
    for (const t of tokenize(passage.source.title)) seen.add(t);
    const document = kb.documentById(passage.source.documentId);
    const parent = document ? appendixParentOf(kb, document) : undefined;
    if (parent) for (const t of tokenize(parent.title)) seen.add(t);
    for (const token of seen) {
      const list = postings.get(token);
      if (list) list.push(passageIndex);
      else postings.set(token, [passageIndex]);
    }
  });
  return { postings, vocabulary: [...postings.keys()].sort(), abbreviations: harvestAbbreviations(kb.passages) };
}

/** Uses statistics restored from disk for this knowledge base instead of deriving them on first use. */
export function adoptAnswerStatistics(kb: KnowledgeBase, statistics: AnswerStatistics): AnswerIndex {
  const index = assembleAnswerIndex(kb, statistics);
  cache.set(kb, index);
  return index;
}

function buildAnswerIndex(kb: KnowledgeBase): AnswerIndex {
  return assembleAnswerIndex(kb, deriveAnswerStatistics(kb));
}

function assembleAnswerIndex(kb: KnowledgeBase, { postings, vocabulary, abbreviations }: AnswerStatistics): AnswerIndex {
  const documentFrequency = new Map<string, number>();
  for (const [token, list] of postings) documentFrequency.set(token, list.length);
  const documentsByTitleStem = new Map<string, LogicalDocument[]>();
  for (const document of kb.documents) {
    for (const token of new Set(tokenize(document.title).map(stem))) {
      const list = documentsByTitleStem.get(token);
      if (list) list.push(document);
      else documentsByTitleStem.set(token, [document]);
    }
  }
  const entities = collectEntities(kb, abbreviations, (token) => documentFrequency.has(token));
  const unitCache = new Map<string, Unit[]>();
  const tokenCache = new Map<string, string[]>();
  const headingCache = new Map<string, string[]>();
  const textCache = new Map<string, string[]>();
  const positions = new Map<string, number>();
  kb.passages.forEach((p, i) => positions.set(p.id, i));
  let byDocument: Map<string, Passage[]> | undefined;
  return {
    kb,
    passageCount: Math.max(1, kb.passages.length),
    documentFrequency,
    postings,
    vocabulary,
    abbreviations,
    entities,
    entitiesByKey: keyEntities(entities),
    entityPosition: new Map(entities.map((e, i) => [e, i])),
    personNames: collectPersonNames(kb),
    passagePosition: (id) => positions.get(id),
    passagesOfDocument(documentId) {
      if (!byDocument) {
        byDocument = new Map();
        for (const passage of kb.passages) {
          const list = byDocument.get(passage.source.documentId);
          if (list) list.push(passage);
          else byDocument.set(passage.source.documentId, [passage]);
        }
      }
      return byDocument.get(documentId) ?? [];
    },
    documentsByTitleStem,
    headingTokensOf(passage) {
      let tokens = headingCache.get(passage.id);
      if (!tokens) {
        const document = kb.documentById(passage.source.documentId);
        const parent = document ? appendixParentOf(kb, document) : undefined;
        // A diary number names its whole document: every passage of it carries the number, as it carries the title.
        // An appendix ("Bilaga 1. Kostnadsfördelning …") is read under the title of the document it belongs to.
        tokens = [...new Set([...contentTokens([...passage.source.section, passage.source.title, document?.title ?? '', parent?.title ?? ''].join('\n')), ...(document?.dnr ?? []).map(foldKey)])];
        headingCache.set(passage.id, tokens);
      }
      return tokens;
    },
    tokensOfText(text) {
      let tokens = textCache.get(text);
      if (!tokens) {
        tokens = tokenize(text);
        if (textCache.size > 50_000) textCache.clear();
        textCache.set(text, tokens);
      }
      return tokens;
    },
    tokensOf(passage) {
      let tokens = tokenCache.get(passage.id);
      if (!tokens) {
        const document = kb.documentById(passage.source.documentId);
        // Distinct tokens: matching asks which words occur, not how often.
        tokens = [...new Set(contentTokens([passage.text, ...passage.source.section, passage.source.title, document?.title ?? ''].join('\n')))];
        tokenCache.set(passage.id, tokens);
      }
      return tokens;
    },
    unitsOf(passage) {
      let units = unitCache.get(passage.id);
      if (!units) {
        units = splitUnits(passage);
        unitCache.set(passage.id, units);
      }
      return units;
    },
  };
}

function entityName(written: string): EntityName | undefined {
  const stems = nameStems(written);
  return stems.length > 0 ? { stems, written } : undefined;
}

function collectEntities(kb: KnowledgeBase, abbreviations: Map<string, AbbreviationDefinition[]>, inText: (token: string) => boolean): Entity[] {
  const entities: Entity[] = [];
  for (const organ of kb.records.organs) {
    const names = [organ.name, ...organ.aliases].map(entityName).filter((n): n is EntityName => n !== undefined);
    entities.push({ id: organ.id, kind: 'organ', name: organ.name, names, abbreviations: organ.abbreviations.map((a) => a.toUpperCase()) });
  }
  // Bodies known only from their meetings (a meeting page of "Regionala pensionärsrådet") link like organs do,
  // also by the initials officials type ("RPR") when the documents never write them (as "RUN" is in diary numbers).
  const derived = (name: string) => {
    const initials = initialism(name);
    return initials && !abbreviations.has(initials) && !inText(initials.toLowerCase()) && !entities.some((e) => e.abbreviations.includes(initials)) ? initials : undefined;
  };
  const organNames = new Set(kb.records.organs.flatMap((o) => [o.name, ...o.aliases].map((n) => n.toLowerCase())));
  const organIds = new Set(kb.records.organs.map((o) => o.id));
  for (const meeting of kb.records.meetings) {
    if ((meeting.organId && organIds.has(meeting.organId)) || organNames.has(meeting.organName.toLowerCase())) continue;
    organNames.add(meeting.organName.toLowerCase());
    const names = [meeting.organName, ...compoundAliases(meeting.organName)].map(entityName).filter((n): n is EntityName => n !== undefined);
    const initials = derived(meeting.organName);
    if (names.length > 0) entities.push({ id: `meeting-organ:${meeting.organName}`, kind: 'organ', name: meeting.organName, names, abbreviations: initials ? [initials] : [] });
  }
  for (const organ of kb.records.organs) {
    const initials = derived(organ.name);
    if (initials) entities.find((e) => e.id === organ.id)?.abbreviations.push(initials);
  }
  addNicknames(kb, entities);
  const units = new Map<string, string>();
  for (const result of kb.records.results) units.set(result.unit.toLowerCase(), result.unit);
  for (const unit of units.values()) {
    const name = entityName(unit);
    if (name) entities.push({ id: `unit:${unit}`, kind: 'unit', name: unit, names: [name], abbreviations: [] });
  }
  // Abbreviations the text defines ("Regional utvecklingsgrupp (RUG)") link like organs do.
  for (const [abbreviation, definitions] of abbreviations) {
    if (entities.some((e) => e.abbreviations.includes(abbreviation))) continue;
    const names = definitions.map((d) => entityName(d.expansion)).filter((n): n is EntityName => n !== undefined);
    entities.push({ id: `abbr:${abbreviation}`, kind: 'abbreviation', name: definitions[0].expansion, names, abbreviations: [abbreviation] });
  }
  return entities;
}

/**
 * "Gemensamma nämnden för familjehemsvård, i dagligt tal familjehemsnämnden", "… (ESG) – i vardagslag kallad
 * Värmegruppen": the name officials use for a body.
 */
const NICKNAME = /(?<![\p{L}])(?:i (?:dagligt|vardagligt) tal|i vardagslag|i folkmun)(?: kallad[t]?)?\s+[”"“]?(\p{L}[\p{L}-]{3,40})[”"”]?/gu;
const NICKNAME_WORDS = /dagligt tal|vardagslag|folkmun/;

/** A body's everyday name, written after its full name in the documents, links to the body. */
function addNicknames(kb: KnowledgeBase, entities: Entity[]): void {
  const organs = entities.filter((e) => e.kind === 'organ').map((e) => ({ entity: e, written: e.name.toLowerCase() }));
  const add = (named: { entity: Entity } | undefined, written: string) => {
    const nickname = entityName(written);
    if (named && nickname && !named.entity.names.some((n) => n.written.toLowerCase() === written.toLowerCase())) named.entity.names.push(nickname);
  };
  for (const passage of kb.passages) {
    for (const m of NICKNAME_WORDS.test(passage.text) ? passage.text.matchAll(NICKNAME) : []) {
      const before = passage.text.slice(Math.max(0, m.index! - 160), m.index).toLowerCase();
      // The body whose full name ends nearest before the phrase.
      add(organs.filter((o) => before.includes(o.written)).sort((a, b) => before.lastIndexOf(b.written) + b.written.length - (before.lastIndexOf(a.written) + a.written.length))[0], m[1]);
    }
    // "Styrgruppen för samordnad skolskjuts (”Skjutsgruppen”)": the name in quotes right after the body's.
    for (const m of passage.text.includes('(') ? passage.text.matchAll(QUOTED_NICKNAME) : []) {
      const before = passage.text.slice(Math.max(0, m.index! - 160), m.index).trimEnd().toLowerCase();
      add(organs.find((o) => before.endsWith(o.written)), m[1]);
    }
  }
}

const QUOTED_NICKNAME = /\(\s*[”"“](\p{Lu}[\p{L}-]{3,40})[”"”]\s*\)/gu;

/**
 * The compound officials make of a body's topic and its head: "Samverkansrådet för krisberedskap och civilt försvar"
 * → "krisberedskapsrådet" (and without the linking s).
 */
export function compoundAliases(name: string): string[] {
  const m = /^\p{L}+?(råd|grupp|nätverk|nämnd|utskott|forum)(\p{L}*)\s+för\s+(\p{L}{4,})/iu.exec(name);
  if (!m) return [];
  const head = `${m[1]}${m[2]}`.toLowerCase();
  const topics = new Set([m[3].toLowerCase(), stem(m[3].toLowerCase())]);
  return [...topics].flatMap((topic) => [`${topic}s${head}`, `${topic}${head}`]);
}

/** The head of a compound that names a body: its initial counts ("pensionärsrådet" → P, R). */
const BODY_HEAD = /(råd(?:et)?|grupp(?:en)?|nätverk(?:et)?|nämnd(?:en)?|utskott(?:et)?|styrelse(?:n)?|forum|kommitt[ée](?:n)?|beredning(?:en)?)$/u;

/**
 * The initials of a body's name, the way its abbreviation is formed: each word's first letter, and the
 * head of a compound besides ("Regionala pensionärsrådet" → RPR, "Regionens samverkansråd" → RSR).
 */
export function initialism(name: string): string | undefined {
  const words = name.toLowerCase().match(/\p{L}+/gu) ?? [];
  const significant = words.filter((w) => !['och', 'i', 'för', 'av', 'med', 'z', 'län', 'jämtlands'].includes(w));
  if (significant.length < 2 && !(significant.length === 1 && BODY_HEAD.test(significant[0]))) return undefined;
  let letters = '';
  for (const word of significant) {
    letters += word[0];
    const head = BODY_HEAD.exec(word);
    if (head && word.length > head[1].length + 2) letters += head[1][0];
  }
  const upper = letters.toUpperCase();
  // Two letters, or an amount's unit ("MKR"), would catch words typed for something else.
  return letters.length >= 3 && letters.length <= 5 && !/^(MKR|TKR|SEK|KKR)$/.test(upper) ? upper : undefined;
}

/** The key a name stem or typed word is looked up by: a name can only match words sharing its first letters. */
export function entityKey(stem: string): string {
  return stem.slice(0, 3);
}

function keyEntities(entities: Entity[]): Map<string, Entity[]> {
  const byKey = new Map<string, Entity[]>();
  const add = (key: string, entity: Entity) => {
    const list = byKey.get(key);
    if (!list) byKey.set(key, [entity]);
    else if (list.at(-1) !== entity) list.push(entity);
  };
  for (const entity of entities) {
    for (const name of entity.names) for (const stem of name.stems) add(entityKey(stem), entity);
    for (const abbreviation of entity.abbreviations) add(`abbr:${abbreviation}`, entity);
  }
  return byKey;
}

function collectPersonNames(kb: KnowledgeBase): Map<string, string> {
  const names = new Map<string, string>();
  const add = (name: string | undefined) => {
    if (name && /\s/.test(name.trim())) names.set(name.trim().toLowerCase(), name.trim());
  };
  for (const person of kb.records.people) add(person.name);
  for (const role of kb.records.roles) add(role.personName);
  for (const meeting of kb.records.meetings) for (const item of meeting.items) item.presenters.forEach(add);
  return names;
}
