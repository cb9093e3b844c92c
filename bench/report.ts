/** The readable table `npm run bench` prints (the --json output carries the same numbers). */
import { ANSWER_PHASES, INGEST_PHASES, LOAD_PHASES } from './phases.js';
import type { BenchResult } from './run-types.js';
import type { Percentiles } from './stats.js';

const fixed = (value: number | null | undefined, digits = 1) => (value === null || value === undefined || Number.isNaN(value) ? '–' : value.toFixed(digits));
const ms = (value: number | null | undefined) => (value === null || value === undefined ? '–' : value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));
const pct = (p: Percentiles | null) => (p ? `${ms(p.p50)} / ${ms(p.p95)} / ${ms(p.p99)}` : '–');
const ratio = (ours: number | null | undefined, theirs: number | null | undefined) => (ours && theirs ? `${(ours / theirs).toFixed(1)}×` : '–');
const range = (spread: { min: number; max: number; runs: number } | undefined, digits = 1) =>
  spread && spread.runs > 1 ? ` (${spread.min.toFixed(digits)}–${spread.max.toFixed(digits)})` : '';

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  return [line(header), `|${widths.map((w, i) => (i === 0 ? ':' : '-') + '-'.repeat(w) + (i === 0 ? '-' : ':')).join('|')}|`, ...rows.map(line)].join('\n');
}

export function formatReport(result: BenchResult): string {
  const out: string[] = [];
  const m = result.machine;
  out.push(`Machine: ${m.cores} cores, ${m.cpu}, ${m.total_memory_mb} MB RAM, Node ${m.node}, ${m.platform}`);
  out.push(`Date: ${m.date}; load average at start ${m.load_average_start.join(' ')}, at end ${m.load_average_end.join(' ')}; ${result.settings.runs} run(s) per measurement${result.settings.quick ? ' (--quick)' : ''}`);

  const scales = Object.entries(result.scales);
  if (scales.length > 0) {
    out.push('', 'Per corpus scale (medians; min–max over runs in brackets; latencies p50 / p95 / p99 in ms)');
    const header = ['', ...scales.map(([name]) => name)];
    const row = (label: string, cell: (s: (typeof scales)[number][1]) => string) => [label, ...scales.map(([, s]) => cell(s))];
    out.push(
      table(header, [
        row('corpus files / MB', (s) => `${s.corpus.files} / ${fixed(s.corpus.mb)}`),
        row('documents / passages', (s) => `${s.documents} / ${s.passages}`),
        row('ingest s (files → saved index + records)', (s) => `${fixed(s.ingest_s, 2)}${range(s.spread.ingest_s, 2)}`),
        row('ingest CPU s (all threads)', (s) => fixed(s.ingest_cpu_s, 2)),
        row('ingest MB/s', (s) => fixed(s.ingest_mb_s, 2)),
        row('index build ms (buildPassageSearch)', (s) => `${ms(s.build_ms)}${range(s.spread.build_ms, 0)}`),
        row('saved index MB', (s) => fixed(s.index_mb)),
        row('load prebuilt ms (in-process)', (s) => ms(s.load_ms)),
        row('cold start → /healthz 200 ms (node dist/start.cjs)', (s) => `${ms(s.cold_start_ms)}${range(s.spread.cold_start_ms, 0)}`),
        row('cold start CPU ms (bot process)', (s) => `${ms(s.cold_start_cpu_ms)}${range(s.spread.cold_start_cpu_ms, 0)}`),
        row('cold start ms / CPU ms unbundled (node dist/main.js)', (s) => `${ms(s.cold_start_unbundled_ms)} / ${ms(s.cold_start_unbundled_cpu_ms)}`),
        row('cold start ms / CPU ms via tsx (npm start)', (s) => `${ms(s.cold_start_tsx_ms)} / ${ms(s.cold_start_tsx_cpu_ms)}`),
        row('bot RSS after start MB', (s) => fixed(s.rss_mb)),
        row('heap after load / after 1st answer MB', (s) => `${fixed(s.heap_mb)} / ${fixed(s.heap_warm_mb)}`),
        row('first answer ms (after restoring answer index)', (s) => ms(s.first_answer_ms)),
        row('answerQuestion() ms', (s) => pct(s.answer_ms)),
        row('accuracy (dev set, eval rule)', (s) => (s.accuracy === null ? '–' : `${(s.accuracy * 100).toFixed(1)} %`)),
        row('baseline lunr-en search ms *', (s) => pct(s.baseline_lunr_en_answer_ms)),
        row('baseline minisearch search ms *', (s) => pct(s.baseline_minisearch_answer_ms)),
        row('p95 ours ÷ lunr-en / ÷ minisearch', (s) => `${ratio(s.answer_ms?.p95, s.baseline_lunr_en_answer_ms?.p95)} / ${ratio(s.answer_ms?.p95, s.baseline_minisearch_answer_ms?.p95)}`),
        row('timed calls ours / lunr-en / minisearch', (s) => `${s.samples.ours ?? '–'} / ${s.samples.lunr_en ?? '–'} / ${s.samples.minisearch ?? '–'}`),
        row('baseline build ms lunr-en / minisearch', (s) => `${ms(s.baseline_build_ms.lunr_en)} / ${ms(s.baseline_build_ms.minisearch)}`),
      ]),
    );
    out.push('* baselines only search: their "answer" is the top 10 passages for the question text, not a composed answer.');
    out.push('', 'Where the time goes (ms on the main thread, inclusive, from the sampling profiler; ingest: last run)');
    const phaseRows = (phases: Record<string, string>, pick: (s: (typeof scales)[number][1]) => Record<string, number>, prefix: string) =>
      Object.entries(phases).map(([name, label]) => row(`${prefix}${label}`, (s) => ms(pick(s)[name])));
    out.push(
      table(header, [
        ...phaseRows(INGEST_PHASES, (s) => s.ingest_phases_ms, 'ingest: '),
        row('ingest: garbage collection', (s) => ms(s.ingest_gc_ms)),
        ...phaseRows(LOAD_PHASES, (s) => s.load_phases_ms, 'load: '),
        ...phaseRows(ANSWER_PHASES, (s) => s.answer_phases_ms, 'answer (mean per question): '),
      ]),
    );
    out.push('Functions that V8 inlines into their caller are not seen on their own and show as –.');
    for (const [name, s] of scales) for (const note of s.notes) out.push(`note ${name}: ${note}`);
  }

  const e = result.endpoint;
  if (e) {
    out.push('', `Endpoint (loopback, ${e.seconds_per_level} s per level, load from a second process)`);
    const levels = Object.keys(e.messages_rps);
    out.push(
      table(
        ['', ...levels.map((l) => l.replace('c', '') + ' conv.')],
        [
          ['bare node POST req/s', ...levels.map((l) => fixed(e.bare_node_rps_by_level[l], 0))],
          ['/api/messages msg/s', ...levels.map((l) => fixed(e.messages_rps[l], 0))],
          ['/api/messages p50 / p99 ms', ...levels.map((l) => `${ms(e.p50_ms[l])} / ${ms(e.p99_ms[l])}`)],
          ['share of bare node', ...levels.map((l) => `${fixed(e.ratio_to_bare[l] * 100, 2)} %`)],
          ['bot CPU ms per message / bare per request', ...levels.map((l) => `${ms(e.cpu_ms_per_message[l])} / ${ms(e.bare_node_cpu_ms_per_request[l])}`)],
          ['replies at connector / failed requests', ...levels.map((l) => `${e.replies[l].answered} / ${e.replies[l].failed_requests}`)],
        ],
      ),
    );
    if (e.help_rps_c10 !== null) {
      out.push(`Same bot, 10 conversations sending "hjälp" (help card, no answering): ${fixed(e.help_rps_c10, 0)} msg/s, p99 ${ms(e.help_p99_ms_c10)} ms, ${ms(e.help_cpu_ms_per_message_c10)} ms CPU per message.`);
    }
    for (const note of e.notes) out.push(`note endpoint: ${note}`);
  }

  const f = result.fanout;
  if (f) {
    out.push('', 'Agenda fan-out through the fake connector with Teams limits');
    if ('skipped' in f) out.push(`skipped: ${f.skipped}`);
    else {
      out.push(
        table(
          ['channels', 'seconds', 'achieved /s', 'ceiling /s', 'share of ceiling', 'duplicates', 'missed', '429s'],
          [[String(f.channels), fixed(f.seconds, 2), fixed(f.achieved_per_s, 1), fixed(f.ceiling_per_s, 0), `${fixed(f.rate_share_of_ceiling * 100, 1)} %`, String(f.duplicates), String(f.missed), String(f.throttled)]],
        ),
      );
      for (const note of f.notes) out.push(`note fan-out: ${note}`);
    }
  }
  return out.join('\n');
}
