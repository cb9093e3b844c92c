/**
 * Writes a scaled corpus for the benchmark: N× the bundled corpus as .txt files, so the real ingest
 * path runs on it. Copy 0 is the bundled corpus itself; every further copy of each file recombines
 * and perturbs real passages: blocks are swapped with nearby blocks or replaced by blocks of other
 * files, and people, places, organs, dates, diary numbers and amounts get values of their own per
 * copy. The vocabulary and the records therefore grow with the scale instead of repeating, while
 * the text keeps the documents' shape (headings, agendas, tables, page furniture).
 * Deterministic: the same source, scale and seed give byte-identical files.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createRandom, type Random } from './random.js';

export interface ScaledCorpus {
  dir: string;
  files: number;
  bytes: number;
  /** True when the files were already on disk from an earlier run with the same inputs. */
  reused: boolean;
}

export interface ScaleOptions {
  sourceDir: string;
  scale: number;
  seed?: number;
  /** Parent folder for generated corpora; default os.tmpdir()/rjh-bench. */
  workDir?: string;
}

const GENERATOR_VERSION = 2;
const PROSE_MIN_CHARS = 200;

export async function writeScaledCorpus({ sourceDir, scale, seed = 7, workDir = path.join(os.tmpdir(), 'rjh-bench') }: ScaleOptions): Promise<ScaledCorpus> {
  if (!Number.isInteger(scale) || scale < 1) throw new Error(`scale must be a whole number ≥ 1, got ${scale}`);
  const sources = await readSources(sourceDir);
  if (scale === 1) {
    return { dir: sourceDir, files: sources.length, bytes: sources.reduce((sum, s) => sum + Buffer.byteLength(s.text), 0), reused: true };
  }
  const sourceHash = createHash('sha256');
  for (const source of sources) sourceHash.update(source.name).update('\0').update(source.text);
  const key = `${GENERATOR_VERSION}-${scale}x-s${seed}-${sourceHash.digest('hex').slice(0, 10)}`;
  const dir = path.join(workDir, `corpus-${key}`);
  const manifestPath = path.join(dir, 'manifest.json');
  const existing = await readManifest(manifestPath);
  if (existing) return { dir, files: existing.files, bytes: existing.bytes, reused: true };

  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const pool = sources.flatMap((source) => splitBlocks(source.text).filter((block) => block.text.length >= PROSE_MIN_CHARS));
  let bytes = 0;
  let files = 0;
  for (let copy = 0; copy < scale; copy++) {
    const random = createRandom(seed * 1_000_003 + copy);
    const identity = copy === 0 ? undefined : createIdentity(random);
    for (const source of sources) {
      const text = identity ? perturbText(recombine(source.text, pool, random), identity, random) : source.text;
      const name = copy === 0 ? source.name : `${String(copy).padStart(3, '0')}${source.name.slice(0, 3)}_${random.hex(16)}.txt`;
      await writeFile(path.join(dir, name), text);
      bytes += Buffer.byteLength(text);
      files += 1;
    }
  }
  // The manifest is written last so that an interrupted run is regenerated, never half-reused.
  await writeFile(manifestPath.replace(/\.json$/, '.tmp'), JSON.stringify({ files, bytes }));
  await writeFile(manifestPath, JSON.stringify({ files, bytes }));
  await rm(manifestPath.replace(/\.json$/, '.tmp'), { force: true });
  return { dir, files, bytes, reused: false };
}

async function readSources(dir: string): Promise<Array<{ name: string; text: string }>> {
  const names = (await readdir(dir)).filter((name) => name.toLowerCase().endsWith('.txt')).sort();
  if (names.length === 0) throw new Error(`no .txt files in ${dir}`);
  return Promise.all(names.map(async (name) => ({ name, text: await readFile(path.join(dir, name), 'utf8') })));
}

async function readManifest(file: string): Promise<{ files: number; bytes: number } | undefined> {
  try {
    await stat(file);
    const parsed = JSON.parse(await readFile(file, 'utf8')) as { files?: unknown; bytes?: unknown };
    return typeof parsed.files === 'number' && typeof parsed.bytes === 'number' ? { files: parsed.files, bytes: parsed.bytes } : undefined;
  } catch {
    return undefined; // absent or unreadable: generate afresh
  }
}

interface Block {
  text: string;
  /** The blank-line run that followed the block in its source. */
  separator: string;
}

function splitBlocks(text: string): Block[] {
  const parts = text.split(/(\n[ \t]*\n+)/);
  const blocks: Block[] = [];
  for (let i = 0; i < parts.length; i += 2) blocks.push({ text: parts[i], separator: parts[i + 1] ?? '' });
  return blocks;
}

/** Keeps the document's opening (title, letterhead) and reshuffles the body a little. */
function recombine(text: string, pool: Block[], random: Random): string {
  const blocks = splitBlocks(text);
  const keepHead = Math.min(4, blocks.length);
  // Only prose blocks move: short blocks are agenda items, headings and table rows whose order carries meaning.
  const isProse = (block: Block) => block.text.length >= PROSE_MIN_CHARS;
  for (let i = keepHead; i < blocks.length; i++) {
    if (!isProse(blocks[i])) continue;
    const roll = random.next();
    if (roll < 0.15) {
      blocks[i] = { text: random.pick(pool).text, separator: blocks[i].separator };
    } else if (roll < 0.3 && i + 1 < blocks.length && isProse(blocks[i + 1])) {
      [blocks[i].text, blocks[i + 1].text] = [blocks[i + 1].text, blocks[i].text];
    }
  }
  return blocks.map((block) => block.text + block.separator).join('');
}

interface Region {
  name: string;
  genitive: string;
  short: string;
  municipalities: string[];
}

const REGIONS: Region[] = [
  { name: 'Västernorrland', genitive: 'Västernorrlands', short: 'Väst', municipalities: ['Sundsvall', 'Härnösand', 'Kramfors', 'Sollefteå', 'Örnsköldsvik', 'Timrå', 'Ånge'] },
  { name: 'Dalarna', genitive: 'Dalarnas', short: 'Dala', municipalities: ['Falun', 'Borlänge', 'Mora', 'Ludvika', 'Avesta', 'Leksand', 'Rättvik', 'Orsa'] },
  { name: 'Gävleborg', genitive: 'Gävleborgs', short: 'Gävle', municipalities: ['Gävle', 'Sandviken', 'Hudiksvall', 'Bollnäs', 'Söderhamn', 'Ljusdal', 'Ovanåker', 'Nordanstig'] },
  { name: 'Västerbotten', genitive: 'Västerbottens', short: 'Botten', municipalities: ['Umeå', 'Skellefteå', 'Lycksele', 'Vilhelmina', 'Storuman', 'Vindeln', 'Robertsfors', 'Sorsele'] },
  { name: 'Norrbotten', genitive: 'Norrbottens', short: 'Norr', municipalities: ['Luleå', 'Piteå', 'Boden', 'Kiruna', 'Gällivare', 'Kalix', 'Haparanda', 'Arvidsjaur'] },
  { name: 'Värmland', genitive: 'Värmlands', short: 'Värm', municipalities: ['Karlstad', 'Arvika', 'Kristinehamn', 'Torsby', 'Sunne', 'Hagfors', 'Filipstad', 'Säffle'] },
  { name: 'Uppsala', genitive: 'Uppsala', short: 'Upp', municipalities: ['Uppsala', 'Enköping', 'Tierp', 'Östhammar', 'Knivsta', 'Heby', 'Håbo', 'Älvkarleby'] },
  { name: 'Kalmar', genitive: 'Kalmar', short: 'Kalm', municipalities: ['Kalmar', 'Västervik', 'Oskarshamn', 'Nybro', 'Vimmerby', 'Borgholm', 'Emmaboda', 'Torsås'] },
];

const JAMTLAND_MUNICIPALITIES = ['Östersund', 'Krokom', 'Strömsund', 'Ragunda', 'Bräcke', 'Åre', 'Berg'];

/** Organ-name stems and same-inflection alternatives, so "Energikontoret"/"Energikontorets" stay grammatical. */
const ORGAN_STEMS: Array<[string, string[]]> = [
  ['samverkansråd', ['utvecklingsråd', 'partnerskapsråd', 'samrådsråd', 'länsråd', 'tillväxtråd']],
  ['Primärkommunala', ['Kommungemensamma', 'Interkommunala', 'Länskommunala', 'Delregionala']],
  ['kommunchefsgrupp', ['kommundirektörsgrupp', 'kommunledningsgrupp', 'kommunchefsråd', 'chefsgrupp']],
  ['Energikontor', ['Klimatkontor', 'Miljökontor', 'Hållbarhetskontor', 'Energisekretariat']],
  ['Lärcentr', ['Studiecentr', 'Kunskapscentr', 'Utbildningscentr', 'Vuxencentr']],
  ['Föreningsarkiv', ['Folkrörelsearkiv', 'Bygdearkiv', 'Länsarkiv']],
  ['Vägen till arbete', ['Vägar till jobb', 'Steget till arbete', 'Jobbvägen']],
];

const GIVEN_NAMES = ('Anders Anna Åsa Berit Bosse Camilla Christer Dan Elin Elise Eva Hans Håkan Ingrid Jan Jenny Johan Karin Karl-Johan Kerstin ' +
  'Lars Lena Magnus Maria Martina Mats Mattias Monalisa Niklas Nina Per Peter Robert Ruth Sara Sofie Susanne Susanné Sven Thomas Therese ' +
  'Ulf Veronica Victor Willy Åke Göran Birgitta Gunilla Marie Ola Olof Patrik Stefan Ylva Malin Linda Fredrik Henrik Emma Jonas Erik').split(' ');
const NEW_GIVEN = ('Agneta Alf Alva Arne Astrid Bengt Björn Britt Cecilia Daniel David Ebba Einar Elsa Emil Filip Frida Gustav Hanna Helena ' +
  'Hugo Ida Ingvar Isak Jakob Joel Josefin Karolina Klara Kristina Leif Lisa Louise Lovisa Ludvig Maja Marcus Mikael Moa Nils Oskar Petra ' +
  'Rasmus Rebecka Rune Sigrid Simon Stina Tage Tilda Tove Ture Valter Vera Viktoria Vilhelm Yngve Åsa-Lena').split(' ');
const SURNAMES = ('Andersson Berglund Bergström Björk Blom Dahl Ek Ekström Engström Forsberg Fransson Gustafsson Hedlund Holm Holmberg Isaksson ' +
  'Jakobsson Jonsson Karlsson Lind Lindberg Lindgren Lindqvist Lund Lundberg Lundin Magnusson Mattsson Nilsson Norberg Nordin Nordström ' +
  'Nyberg Nyström Olofsson Persson Sandberg Sjöberg Sköld Strand Ström Sundberg Svedberg Wallin Wikström Åberg Öberg Hägglund Edlund Bäckström').split(' ');

interface Identity {
  region: Region;
  municipalities: Map<string, string>;
  organs: Array<[RegExp, string]>;
  yearShift: number;
  dayShift: number;
  amountScale: number;
  people: Map<string, string>;
  diaryNumbers: Map<string, string>;
  random: Random;
}

function createIdentity(random: Random): Identity {
  const region = random.pick(REGIONS);
  const targets = random.shuffle([...region.municipalities]);
  const municipalities = new Map(JAMTLAND_MUNICIPALITIES.map((name, i) => [name, targets[i % targets.length]]));
  const organs = ORGAN_STEMS.map(([stem, alternatives]): [RegExp, string] => [new RegExp(escapeRegExp(stem), 'gi'), random.pick(alternatives)]);
  const nonZero = [-7, -6, -5, -4, -3, -2, -1, 1, 2, 3];
  return {
    region,
    municipalities,
    organs,
    yearShift: random.pick(nonZero),
    dayShift: random.int(1, 27),
    amountScale: 0.6 + random.next() * 0.8,
    people: new Map(),
    diaryNumbers: new Map(),
    random,
  };
}

// JavaScript's \\b only knows ASCII letters, so word edges next to å, ä, ö are written as lookarounds.
const PERSON = new RegExp(`(?<![\\p{L}])(${GIVEN_NAMES.map(escapeRegExp).join('|')})((?:[ \\u00a0]+\\p{Lu}[\\p{Ll}é]+(?:-\\p{Lu}[\\p{Ll}é]+)?){1,2})(?![\\p{L}])`, 'gu');
const DATE_OR_YEAR = /\b(19[89]\d|20[0-3]\d)(?:-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]))?\b/g;
const DIARY = /\b(RUN|RS|LS)\/(\d{1,4})\//g;
const AMOUNT = /(?<![\d,.])(\d{1,3}(?:[ \u00a0]\d{3})+|\d+)(,\d+)?(?=[ \u00a0]?(?:tkr|mkr|Mkr|kr\b|%|procent|miljoner|GWh|MWh|deltagare|personer|företag|elever|timmar|ton\b|st\b))/g;

function perturbText(text: string, identity: Identity, random: Random): string {
  let out = text.replace(PERSON, (whole: string) => {
    let name = identity.people.get(whole);
    if (!name) {
      name = `${random.pick(NEW_GIVEN)} ${random.pick(SURNAMES)}${random.next() < 0.2 ? `-${random.pick(SURNAMES)}` : ''}`;
      identity.people.set(whole, name);
    }
    return name;
  });
  out = out.replace(DIARY, (whole: string, series: string) => {
    let replacement = identity.diaryNumbers.get(whole);
    if (!replacement) {
      replacement = `${series}/${random.int(1, 1999)}/`;
      identity.diaryNumbers.set(whole, replacement);
    }
    return replacement;
  });
  out = out.replace(DATE_OR_YEAR, (whole: string, year: string, month?: string, day?: string) => {
    const shifted = Number(year) + identity.yearShift;
    if (!month || !day) return String(shifted);
    const newDay = ((Number(day) - 1 + identity.dayShift) % 28) + 1;
    return `${shifted}-${month}-${String(newDay).padStart(2, '0')}`;
  });
  out = out.replace(AMOUNT, (whole: string, integer: string, decimals?: string) => scaleAmount(integer, decimals, identity.amountScale * (0.9 + random.next() * 0.2)));
  out = out
    .replace(/Jämtland\s+Härjedalen/g, identity.region.name)
    .replace(/Jämtlands län/g, `${identity.region.genitive} län`)
    .replace(/FoU Jämt\b/g, `FoU ${identity.region.short}`)
    .replace(/Jämtlands/g, identity.region.genitive)
    .replace(/Jämtland/g, identity.region.name)
    .replace(/Härjedalens/g, `${identity.region.municipalities[0]}s`)
    .replace(/Härjedalen/g, identity.region.municipalities[0]);
  for (const [from, to] of identity.municipalities) out = out.replace(new RegExp(`(?<![\\p{L}])${from}(?=s?(?![\\p{L}]))`, 'gu'), to);
  for (const [pattern, replacement] of identity.organs) out = out.replace(pattern, (match: string) => matchCase(match, replacement));
  return out;
}

/** Scales "10 046" or "42,2" and writes it back in the same style (thousand spaces, decimal comma). */
function scaleAmount(integer: string, decimals: string | undefined, factor: number): string {
  const separator = integer.match(/[ \u00a0]/)?.[0];
  const digits = Number(integer.replace(/[ \u00a0]/g, ''));
  const places = decimals ? decimals.length - 1 : 0;
  const value = Number(`${digits}.${decimals ? decimals.slice(1) : '0'}`) * factor;
  const [whole, fraction] = value.toFixed(places).split('.');
  const grouped = separator ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, separator) : whole;
  return fraction ? `${grouped},${fraction}` : grouped;
}

function matchCase(original: string, replacement: string): string {
  const first = original[0];
  const upper = first === first.toUpperCase();
  return (upper ? replacement[0].toUpperCase() : replacement[0].toLowerCase()) + replacement.slice(1);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
