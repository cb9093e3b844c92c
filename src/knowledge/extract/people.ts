/**
 * People with titles, units and contact details as stated: letterhead and contact blocks
 * (name, unit, "Tfn:", "E-post:") and signature blocks (a name line followed by a job title).
 */
import { NAME_TOKEN, slugify } from '../patterns.js';
import type { Person } from '../types.js';
import type { ExtractionInput } from './input.js';
import { sourceForLine } from './source.js';

const PHONE = /^(?:tfn|tel|telefon|mobil)[:.]?\s*(\+?[\d][\d\s-]{5,}\d)/i;
const EMAIL = /^e-?post[:.]?\s*([\w.+-]+@[\w-]+(?:\.[\w-]+)+)/i;
const JOB_TITLE =
  /(direktör|chef|strateg|handläggare|samordnare|sekreterare|ordförande|controller|utvecklare|ledare|assistent|ansvarig|rådgivare|kommunalråd|regionråd|samverkansledare|koordinator|utredare|analytiker)\b/i;

export function isPersonName(line: string): boolean {
  const tokens = line.trim().split(/\s+/);
  return tokens.length >= 2 && tokens.length <= 4 && tokens.every((t) => NAME_TOKEN.test(t));
}

export function extractPeople(input: ExtractionInput): Person[] {
  const people: Person[] = [];
  const { lines } = input;
  for (let i = 0; i < lines.length; i++) {
    if (PHONE.test(lines[i])) {
      const person = contactBlock(input, i);
      if (person) people.push(person);
    } else if (isPersonName(lines[i])) {
      const person = signature(input, i);
      if (person) people.push(person);
    }
  }
  return mergePeopleRecords(people);
}

/** One record per person id; titles, units and sources from every mention. */
export function mergePeopleRecords(records: readonly Person[]): Person[] {
  const people = new Map<string, Person>();
  for (const record of records) {
    const person = { ...record, titles: [...record.titles], units: [...record.units], sources: [...record.sources] };
    const existing = people.get(person.id);
    if (!existing) {
      people.set(person.id, person);
      continue;
    }
    for (const title of person.titles) if (!existing.titles.includes(title)) existing.titles.push(title);
    for (const unit of person.units) if (!existing.units.includes(unit)) existing.units.push(unit);
    existing.phone ??= person.phone;
    existing.email ??= person.email;
    existing.sources.push(...person.sources);
  }
  return [...people.values()];
}

/** Every contact block of a file (name and unit above a "Tfn:" line), in reading order, unmerged. */
export function contactBlocks(input: ExtractionInput): Person[] {
  const blocks: Person[] = [];
  input.lines.forEach((line, i) => {
    const person = PHONE.test(line) ? contactBlock(input, i) : undefined;
    if (person) blocks.push(person);
  });
  return blocks;
}

/** Name and unit above a "Tfn:" line, e-mail below it. */
function contactBlock(input: ExtractionInput, phoneAt: number): Person | undefined {
  const { lines } = input;
  const above: number[] = [];
  for (let j = phoneAt - 1; j >= 0 && above.length < 3 && phoneAt - j <= 6; j--) if (lines[j]) above.push(j);
  const nameAt = above.find((j) => isPersonName(lines[j]));
  if (nameAt === undefined) return undefined;
  // Units sit between the name and "Tfn:", or above the name beside the letter's date.
  const between = above.filter((j) => j > nameAt);
  const besideDate = above.filter((j) => j < nameAt && /\b\d{4}-\d{2}-\d{2}\b/.test(lines[j]));
  const candidates = [...besideDate, ...between.reverse()].map((j) => lines[j].replace(/\s*\d{4}-\d{2}-\d{2}\s*/g, ' ').trim());
  const units = candidates.filter((l) => l && l.length <= 60 && !JOB_TITLE.test(l) && !/^(dnr|tfn|e-?post|\d)/i.test(l) && !/\//.test(l));
  const titles = candidates.filter((l) => JOB_TITLE.test(l) && l.length <= 60);
  let email: string | undefined;
  let last = phoneAt;
  for (let j = phoneAt + 1; j < lines.length && j <= phoneAt + 4; j++) {
    const match = EMAIL.exec(lines[j]);
    if (match) {
      email = match[1];
      last = j;
      break;
    }
  }
  const phone = PHONE.exec(lines[phoneAt])![1].trim();
  const name = lines[nameAt].trim();
  return {
    id: slugify(name),
    name,
    titles,
    units,
    phone,
    ...(email ? { email } : {}),
    sources: [sourceForLine(input, Math.min(nameAt, ...above), last)],
  };
}

/** "Anna Halvarsson" / "Tf Regional utvecklingsdirektör" at the end of a letter or report. */
function signature(input: ExtractionInput, nameAt: number): Person | undefined {
  const { lines } = input;
  const next = lines[nameAt + 1] ?? '';
  if (!next || next.length > 70 || !JOB_TITLE.test(next) || /[.,;]$/.test(next) || isPersonName(next)) return undefined;
  const previous = nameAt > 0 ? lines[nameAt - 1] : '';
  // A signature stands apart: the line above is empty, a signature line, or "I tjänsten".
  if (previous && !/^(i tjänsten|[._…-]+|\p{Lu}\p{Ll}+( den .+)?)$/iu.test(previous)) return undefined;
  const name = lines[nameAt].trim();
  return { id: slugify(name), name, titles: [next.trim()], units: [], sources: [sourceForLine(input, nameAt, nameAt + 1)] };
}
