import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { afterAll, describe, expect, it } from 'vitest';
import { buildKnowledgeBase } from '../../src/knowledge/index.js';
import { htmlToLines } from '../../src/knowledge/read-sources.js';
import { FILES, rawLinesOf } from './corpus.js';

const dirs: string[] = [];
function corpusDir(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kb-sources-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A PDF made with pdfkit from text lines; `pageBreaks` start a new page before those line indexes. */
function pdfFrom(lines: string[], pageBreaks: number[] = []): Promise<Buffer> {
  const document = new PDFDocument({ size: 'A4', margin: 50 });
  const chunks: Buffer[] = [];
  document.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => document.on('end', () => resolve(Buffer.concat(chunks))));
  document.font('Helvetica').fontSize(10);
  lines.forEach((line, i) => {
    if (pageBreaks.includes(i)) document.addPage();
    document.text(line || ' ');
  });
  document.end();
  return done;
}

const seedsDir = 'seeds';

describe('PDF sources', () => {
  it('ingests a generated agenda PDF into a meeting with items, presenters and times, citing PDF pages', async () => {
    const agenda = rawLinesOf(FILES.pack2022).slice(0, 76);
    const dir = corpusDir({ 'kallelse-rsr-2022-02-07.pdf': await pdfFrom(agenda, [40]) });
    const kb = await buildKnowledgeBase({ corpusDirs: [dir], seedsDir });
    expect(kb.problems.filter((p) => p.file.endsWith('.pdf'))).toEqual([]);
    const [meeting] = kb.records.meetings;
    expect(meeting).toMatchObject({ organName: 'Regionens samverkansråd', date: '2022-02-07', start: '13:00', end: '16:00' });
    expect(meeting.items).toHaveLength(13);
    expect(meeting.items[11]).toMatchObject({ title: 'Mittuniversitetet som resurs i Miljö- och klimatarbetet', start: '15:25' });
    expect(meeting.items[11].presenters).toEqual(['Håkan Wiklund (MIUN)', 'Sepideh Razavi (MIUN)']);
    expect(meeting.items[6].presenters).toEqual(['Elin Nirjens', 'Åsa Grönvik']);
    expect(meeting.breaks[0]).toMatchObject({ start: '14:15', end: '14:25', afterItem: 7 });
    const pages = kb.passages.map((p) => p.source.page);
    expect(pages[0]).toBe(1);
    expect(pages).toContain(2);
  });

  it('ingests a generated questionnaire PDF into the same questionnaire as the text dump', async () => {
    // The standard PDF fonts cannot draw ☐, so the generated PDF uses bullets for the tick boxes.
    const raw = rawLinesOf(FILES.pack2015).map((l) => l.replace('☐', '•'));
    const dir = corpusDir({ 'enkat.pdf': await pdfFrom(raw.slice(224, 299)) });
    const kb = await buildKnowledgeBase({ corpusDirs: [dir], seedsDir: corpusDir({}) });
    const [questionnaire] = kb.records.questionnaires;
    expect(questionnaire.title).toBe('Frågor för uppföljning av samverkan mellan Region Jämtland Härjedalen och länets kommuner');
    expect(questionnaire.parts.flatMap((p) => p.questions.map((q) => [q.id, q.options.length]))).toEqual([
      ['1', 5],
      ['2', 4],
      ['3', 4],
      ['4', 4],
      ['5', 4],
      ['6', 0],
    ]);
  });

  it('reports a corrupt PDF with its name and reason, and still ingests the other files', async () => {
    const dir = corpusDir({
      'trasig.pdf': Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ngarbage without xref'),
      'inte-pdf.pdf': Buffer.from('just text pretending to be a PDF'),
      'ok.txt': 'Verksamhetsberättelse 2023\n\nLärcentrum har under 2023 genomfört många utbildningar för vuxna i hela länet och fler kommer.\n',
    });
    const kb = await buildKnowledgeBase({ corpusDirs: [dir], seedsDir });
    const files = kb.problems.map((p) => p.file);
    expect(files).toContain('trasig.pdf');
    expect(files).toContain('inte-pdf.pdf');
    expect(kb.problems.find((p) => p.file === 'inte-pdf.pdf')?.reason).toMatch(/not a PDF/);
    expect(kb.passages.some((p) => p.source.file === 'ok.txt')).toBe(true);
  });
});

describe('HTML sources', () => {
  it('reads only the text of a saved web meeting page and extracts the meeting', async () => {
    const html = `<!doctype html><html><head><title>Möte</title><style>.x{color:red}</style><script>var a = "<li>nej</li>";</script></head>
<body><nav>Meny</nav><main>
<p>Källa: https://forum.regionjh.se/committees/regionens-samverkansrad/mote-2022-05-30</p>
<p>Titel: Möte 2022-05-30 &ndash; Regionens samverkansråd</p>
<ul>
<li>Elise Ryder Wikén (M), ordförande, välkomnar deltagarna och öppnar mötet.</li>
<li>&sect; 41<br>Val av justerare</li>
<li>Punkten föredras av Göran Hallman (Region JH) och Catrin Skoglund (Länsstyrelsen).<p>Göran Hallman börjar med att beskriva bakgrunden.</p></li>
</ul></main></body></html>`;
    const dir = corpusDir({ 'rsr-mote.html': html });
    const kb = await buildKnowledgeBase({ corpusDirs: [dir], seedsDir });
    expect(kb.passages.map((p) => p.text).join(' ')).not.toMatch(/color:red|var a|<li>/);
    const [meeting] = kb.records.meetings;
    expect(meeting).toMatchObject({ organName: 'Regionens samverkansråd', date: '2022-05-30', chair: 'Elise Ryder Wikén' });
    // "Punkten föredras av …" right after the bare "§ 41 / Val av justerare" bullet is that item's text.
    expect(meeting.items.map((i) => i.paragraph ?? null)).toEqual([null, 41]);
    expect(meeting.items[1].presenters).toEqual(['Göran Hallman (Region JH)', 'Catrin Skoglund (Länsstyrelsen)']);
  });

  it('turns block elements into lines and decodes entities', () => {
    expect(htmlToLines('<h2>Rubrik &amp; mer</h2><p>A&nbsp;b</p><ul><li>ett</li></ul>').filter(Boolean)).toEqual(['## Rubrik & mer', 'A b', '• ett']);
  });
});

describe('text sources', () => {
  it('reports a binary file with a .txt name instead of indexing garbage', async () => {
    const dir = corpusDir({ 'bild.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]), 'tom.md': '' });
    const kb = await buildKnowledgeBase({ corpusDirs: [dir], seedsDir });
    expect(kb.problems.find((p) => p.file === 'bild.txt')?.reason).toMatch(/binary/);
    expect(kb.problems.find((p) => p.file === 'tom.md')?.reason).toMatch(/no text/);
  });

  it('does not ingest the README that documents a corpus folder', async () => {
    const dir = corpusDir({ 'README.md': '# Corpus\n\nHow to add documents to this folder, with many words about ingest.\n', 'a.txt': 'Lärcentrum har genomfört utbildningar för vuxna i hela länet under året som gick.\n' });
    const kb = await buildKnowledgeBase({ corpusDirs: [dir], seedsDir });
    expect(kb.documents.map((d) => d.file)).toEqual(['a.txt']);
  });

  it('reports a missing corpus folder', async () => {
    const kb = await buildKnowledgeBase({ corpusDirs: [path.join(tmpdir(), 'finns-inte-kb')], seedsDir });
    expect(kb.problems[0].reason).toMatch(/cannot be read/);
    expect(kb.passages).toEqual([]);
  });
});
