/**
 * npm run records -- [--kind KIND] [--json] [--corpus DIR]... [--data DIR]
 * Lists the records the bot knows, each with its source, so anyone can check what was extracted.
 */
import { parseCommandArgs } from './cli-args.js';
import { buildKnowledgeBase, type KnowledgeBase, loadKnowledgeBase, type RecordKind, type Records, type SourceRef } from '../knowledge/index.js';

const KINDS: Record<RecordKind, keyof Records> = {
  meeting: 'meetings',
  role: 'roles',
  result: 'results',
  figure: 'figures',
  organ: 'organs',
  questionnaire: 'questionnaires',
  person: 'people',
};

const HELP = `Usage: npm run records -- [options]

Lists extracted and curated records with their sources.

Options:
  --kind KIND    one of ${Object.keys(KINDS).join(', ')} (default: all)
  --json         print JSON instead of text
  --corpus DIR   build in memory from this folder (repeatable) instead of loading <data>/knowledge.json
  --data DIR     where the prebuilt knowledge.json is (default: $DATA_DIR or ./data)
  --seeds DIR    curated records (default: seeds)
  --help         show this help
`;

async function main(argv: string[]): Promise<number> {
  const parsed = parseCommandArgs(argv, {
    kind: { type: 'string' },
    json: { type: 'boolean' },
    corpus: { type: 'string', multiple: true },
    data: { type: 'string' },
    seeds: { type: 'string' },
  }, HELP);
  if (!parsed.values) return parsed.exitCode;
  const { values } = parsed;
  if (values.kind && !(values.kind in KINDS)) {
    process.stderr.write(`Unknown --kind "${values.kind}". Use one of: ${Object.keys(KINDS).join(', ')}\n`);
    return 2;
  }
  const kb = await openKnowledge(values.corpus, values.data ?? process.env.DATA_DIR ?? './data', values.seeds ?? 'seeds');
  const kinds = values.kind ? [values.kind as RecordKind] : (Object.keys(KINDS) as RecordKind[]);
  if (values.json) {
    const selected = Object.fromEntries(kinds.map((kind) => [KINDS[kind], kb.records[KINDS[kind]]]));
    process.stdout.write(`${JSON.stringify(values.kind ? selected[KINDS[values.kind as RecordKind]] : selected, null, 2)}\n`);
    return 0;
  }
  for (const kind of kinds) {
    const list = kb.records[KINDS[kind]] as unknown[];
    process.stdout.write(`\n## ${KINDS[kind]} (${list.length})\n`);
    for (const record of list) process.stdout.write(`${describeRecord(kind, record)}\n`);
  }
  return 0;
}

async function openKnowledge(corpusDirs: string[] | undefined, dataDir: string, seedsDir: string): Promise<KnowledgeBase> {
  if (corpusDirs?.length) return buildKnowledgeBase({ corpusDirs, seedsDir });
  return (await loadKnowledgeBase({ corpusDirs: ['corpus'], seedsDir, dataDir })).kb;
}

function cite(source: SourceRef | undefined): string {
  if (!source) return '';
  const page = source.page ? ` p.${source.page}` : '';
  return `[${source.file}:${source.lines[0]}-${source.lines[1]}${page}]`;
}

function describeRecord(kind: RecordKind, record: unknown): string {
  const r = record as Record<string, unknown> & { source?: SourceRef; sources?: SourceRef[] };
  const sources = r.source ? cite(r.source) : (r.sources ?? []).slice(0, 3).map(cite).join(' ');
  switch (kind) {
    case 'meeting': {
      const m = record as Records['meetings'][number];
      const head = `- ${m.date} ${m.organName}${m.start ? ` ${m.start}` : ''}${m.end ? `–${m.end}` : ''}${m.place ? `, ${m.place}` : ''} ${sources}`;
      const items = m.items.map(
        (i) => `    ${i.paragraph ? `§ ${i.paragraph}` : `${i.number}.`} ${i.title}${i.presenters.length ? ` — ${i.presenters.join(', ')}` : ''}${i.start ? ` (${i.start}${i.end ? `–${i.end}` : ''})` : ''}`,
      );
      const breaks = m.breaks.map((b) => `    ${b.label} ${b.start ?? ''}${b.end ? `–${b.end}` : ''} (after item ${b.afterItem})`);
      return [head, ...items, ...breaks].join('\n');
    }
    case 'questionnaire': {
      const q = record as Records['questionnaires'][number];
      const questions = q.parts.flatMap((p) => [`    ${p.title}`, ...p.questions.map((x) => `      ${x.id}. ${x.text} [${x.kind}${x.options.length ? `: ${x.options.map((o) => o.label).join(' / ')}` : ''}]`)]);
      return [`- ${q.id}: ${q.title}${q.dnr ? ` (${q.dnr})` : ''} ${sources}`, `    for: ${q.bodies.join(', ')}`, ...questions].join('\n');
    }
    case 'organ': {
      const o = record as Records['organs'][number];
      return `- ${o.name}${o.abbreviations.length ? ` (${o.abbreviations.join(', ')})` : ''}${o.aliases.length ? ` aka ${o.aliases.join('; ')}` : ''} ${sources}`;
    }
    case 'person': {
      const p = record as Records['people'][number];
      return `- ${p.name}${p.titles.length ? `, ${p.titles.join('; ')}` : ''}${p.units.length ? `, ${p.units.join('; ')}` : ''}${p.phone ? `, tfn ${p.phone}` : ''}${p.email ? `, ${p.email}` : ''} ${sources}`;
    }
    case 'role': {
      const x = record as Records['roles'][number];
      return `- ${x.personName}: ${x.label} (${x.kind}) i ${x.organName}${x.year ? ` ${x.year}` : ''} ${sources}`;
    }
    case 'result': {
      const x = record as Records['results'][number];
      return `- ${x.unit} ${x.year}: ${x.text} ${sources}`;
    }
    case 'figure': {
      const x = record as Records['figures'][number];
      return `- ${x.value} ${x.unit === 'count' ? '' : x.unit} — ${x.measure}${x.year ? ` (${x.year})` : ''} ${sources}`;
    }
  }
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`records failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  },
);
