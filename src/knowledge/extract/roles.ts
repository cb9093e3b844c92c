/**
 * Dated roles found in one file by general Swedish patterns:
 * - signature blocks: "I tjänsten" / "Östersund den 26 januari 2022" followed by names and titles
 *   (two signature columns merged on one line: "Förvaltningschef Berit Eriksson");
 * - a name line followed by "Regionstyrelsens ordförande";
 * - "Ordföranden på mötena har varit <titel> <Namn>" (the organ is the subject of the sentence before);
 * - "<Namn> (M), ordförande, …", "ordförande … är <Namn>";
 * - "<titel> <Namn> är regionens representant i <organ>";
 * - "Punkten föredras av <Namn> (Org) och <Namn> (Org)";
 * - a letterhead's contact block (name, unit, "Tfn:"): the document's contact person.
 */
import { findDate, isOrganLine, ORGAN_ENDING, ORGAN_NOUN, ORGAN_WORD, organNameAt, slugify } from '../patterns.js';
import type { LogicalDocument, Role, RoleKind } from '../types.js';
import type { ExtractionInput } from './input.js';
import { contactBlocks } from './people.js';
import { flattenedTableRoles } from './role-tables.js';
import { documentAt, lineOf, passageAt, sourceForLines, yearAt } from './record-source.js';

const NAME_WORD = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*`;
const NAME = String.raw`${NAME_WORD}(?:\s+${NAME_WORD}){1,2}`;
const PARTY = String.raw`(?:\s*\(\p{Lu}{1,3}\))?`;
const NAME_LINE = new RegExp(String.raw`^(${NAME})${PARTY}\s*$`, 'u');
/** Two signature columns merged on one line: "Karolina Hedblom Tobias Ramsell" (two names of two words each). */
const TWO_NAMES_LINE = new RegExp(String.raw`^(${NAME_WORD}\s+${NAME_WORD})${PARTY}\s+(${NAME_WORD}\s+${NAME_WORD})${PARTY}\s*$`, 'u');
const TITLE_THEN_NAME_LINE = new RegExp(String.raw`^(\p{Lu}?[\p{Ll}/\- ]+?)\s+(${NAME})${PARTY}\s*$`, 'u');
const ROLE_TITLE_LINE = /^(?:(\p{L}+?)s\s+)?(vice ordförande|ordförande|sammankallande|sekreterare)\s*$/iu;
/**
 * A minutes' signature page labels each signing line before the name under it: "Sekreterare ……… Paragrafer 1–13" /
 * "Sara Nyberg" / "Ordförande ………" / "Magnus Edlund". Cleaning drops the dots, so the raw line is read.
 */
const SIGNING_ROLE = String.raw`(?:vice\s+)?ordförande|mötesordförande|sekreterare|protokollförare|justerare|justerande`;
const LABELLED_SIGNING_LINE = new RegExp(String.raw`^(?:Underskrifter\s+)?(${SIGNING_ROLE})\s*(?:[.\u2026_]{3,})`, 'iu');
const SIGNATURE_TRIGGER = /^(?:[Ii] tjänsten|[\p{Lu}][\p{Ll}]+(?: den \d{1,2} \p{L}+ \d{4}| \d{4}-\d{2}-\d{2})?)$/u;

/** Words that start capitalised lines but are never names. */
// (… and the headings of an attendance table: "Namn   Organisation".)
const NOT_NAMES = new Set(['Region', 'Regionala', 'Regional', 'Jämtland', 'Jämtlands', 'Härjedalen', 'Östersund', 'Östersunds', 'Staben', 'Kommun', 'Utdrag', 'Dnr', 'Tfn', 'Sida', 'Chef', 'Förvaltningschef', 'Namn', 'Organisation', 'Funktion', 'Roll', 'Titel']);

/** Job titles that start a capitalised line like a name does ("Enhetschef Kompetensförsörjning"). */
const TITLE_WORD = /(?:chef|direktör|ledare|samordnare|handläggare|strateg|controller|sekreterare|ordförande|ansvarig|utvecklare|koordinator|utredare|konsult|rådgivare)$/iu;

function plausibleName(name: string): boolean {
  // "Samordningsgruppen Johan Berglund": a body's name at a line's end is no first name.
  return !name.split(/\s+/).some((w) => NOT_NAMES.has(w) || TITLE_WORD.test(w) || ORGAN_WORD.test(w));
}

/** Lines that open what follows a signature block: the distribution list, attachments. */
const AFTER_SIGNATURES = /^(?:utdrag till|kopia till|sändlista|för kännedom|bilagor?|beslutsunderlag|expedieras till)\b/iu;

function kindOf(label: string): RoleKind {
  const l = label.toLowerCase();
  if (l.includes('vice ordförande')) return 'vice-chair';
  if (l.includes('ordförande')) return 'chair';
  if (l.includes('sammankall')) return 'convenor';
  if (l.includes('sekreterare')) return 'secretary';
  if (l.includes('representant')) return 'representative';
  if (l.includes('ledamot')) return 'member';
  if (l.includes('föredra')) return 'presenter';
  return 'other';
}

/**
 * The organ a document's roles are held in: named by a meeting page's title ("Möte 2022-05-30 – Regionens
 * samverkansråd"), else by the document's title. A minutes' title names it among the kind of paper, the sender and the
 * day: "PROTOKOLL Viltforum Jämtlands län 2026-03-03", "Region Jämtland Härjedalen 2026-04-14 Styrgruppen för skog och
 * klimat".
 */
const PAPER_KIND = /^(?:PROTOKOLL|MINNESANTECKNINGAR)\s+/u;
const SENDER_BEFORE_DAY = /^Region Jämtland Härjedalen\s+(?=.*\d{4}-\d{2}-\d{2})/u;
const DAY = /\s*\d{4}-\d{2}-\d{2}/gu;
/**
 * "SAMORDNINGSFÖRBUNDET SAMMANTRÄDESPROTOKOLL JÄMTLANDS LÄN Sammanträdesdatum": the letterhead's words for the paper,
 * with the page column's label beside the day's ("Sammanträdesdatum Sida").
 */
const PAPER_WORD = /(?<![\p{L}])(?:SAMMANTRÄDESPROTOKOLL|PROTOKOLL|MINNESANTECKNINGAR|(?:Sammanträdesdatum|Mötesdatum)(?:\s+Sida)?)(?![\p{L}])/gu;

function documentOrgan(document: LogicalDocument | undefined): string {
  const title = document?.title ?? '';
  const dash = /\s[–-]\s(.+)$/.exec(title);
  const organ = (dash ? dash[1] : title).trim();
  return organ.replace(PAPER_KIND, '').replace(SENDER_BEFORE_DAY, '').replace(PAPER_WORD, ' ').replace(DAY, ' ').replace(/\s+/g, ' ').trim() || organ;
}

/** "Underskrifter   Sekreterare" over the dotted line: the label alone on its line, the dots under it. */
const SIGNING_LABEL_ALONE = new RegExp(String.raw`^(?:Underskrifter\s+)?(${SIGNING_ROLE})$`, 'iu');
const DOTTED_LINE = /^[.\u2026_]{3,}/;

function labelledSigningLine(input: ExtractionInput, index: number): string | undefined {
  const raw = (input.rawLines[index] ?? '').trim();
  const alone = SIGNING_LABEL_ALONE.exec(raw);
  if (alone && DOTTED_LINE.test((input.rawLines[index + 1] ?? '').trim())) return alone[1];
  return LABELLED_SIGNING_LINE.exec(raw)?.[1];
}

function previousNonEmpty(input: ExtractionInput, index: number): string {
  for (let i = index - 1; i >= 0; i -= 1) if (input.lines[i].trim()) return input.lines[i].trim();
  return '';
}

function nonEmptyLinesAfter(input: ExtractionInput, index: number, max: number): Array<{ text: string; line: number; raw?: string }> {
  const out: Array<{ text: string; line: number; raw?: string }> = [];
  for (let i = index + 1; i < input.lines.length && out.length < max; i += 1) {
    const text = (input.lines[i] ?? '').trim();
    if (!text || /^[._…\-–—\s]+$/.test(text)) continue;
    out.push({ text, line: i + 1, raw: input.rawLines[i] });
  }
  return out;
}

interface Signer {
  name: string;
  title?: string;
  line: number;
  lastLine: number;
}

/**
 * Titles of signature columns merged on one line ("Filmchef Kulturchef", "Enhetschef, attraktivitet och
 * Avdelningschef, näringsliv och"): split before each later capitalised job title; undefined unless that
 * gives exactly `count` titles.
 */
function mergedTitles(text: string, count: number): string[] | undefined {
  const starts = [...text.matchAll(/(?<=^|\s)\p{Lu}\p{Ll}+/gu)].filter((m) => m.index === 0 || TITLE_WORD.test(m[0])).map((m) => m.index!);
  if (starts.length !== count || starts[0] !== 0) return undefined;
  return starts.map((start, i) => text.slice(start, starts[i + 1]).trim().replace(/,$/, ''));
}

/** A line holding one name word: a first name or a surname alone. */
const NAME_WORD_LINE = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

/** The cells of a raw line whose columns stand three or more spaces apart. */
function columnsOf(raw: string | undefined): string[] {
  return raw?.trim().split(/\s{3,}/).filter(Boolean) ?? [];
}

/** Names and titles under a signature trigger; merged columns give the title to the earliest untitled signer. */
function readSigners(lines: Array<{ text: string; line: number; raw?: string }>): Signer[] {
  const signers: Signer[] = [];
  const untitled = () => signers.find((s) => s.title === undefined);
  for (let k = 0; k < lines.length; k++) {
    const { text, line, raw } = lines[k];
    // "Magnus" / "Ekholm": a name the signature's narrow column broke over two lines.
    // (Only over the signer's title: "Läsår" / "Kommuner" are a flattened table's headings.)
    const surname = signers.length === 0 ? lines[k + 1] : undefined;
    const titled = TITLE_WORD.test(lines[k + 2]?.text.split(/\s+/).pop() ?? '');
    if (surname && titled && NAME_WORD_LINE.test(text) && NAME_WORD_LINE.test(surname.text) && plausibleName(`${text} ${surname.text}`)) {
      signers.push({ name: `${text} ${surname.text}`, line, lastLine: surname.line });
      k++;
      continue;
    }
    // "Jonas        Maria" / "Edlund       Öberg" / "ordförande   justerare": two signatures side by side, each
    // name broken over two lines, read down the columns.
    const firsts = columnsOf(raw);
    const lasts = columnsOf(lines[k + 1]?.raw);
    if (signers.length === 0 && firsts.length === 2 && lasts.length === 2 && [...firsts, ...lasts].every((w) => NAME_WORD_LINE.test(w))) {
      const names = [0, 1].map((c) => `${firsts[c]} ${lasts[c]}`);
      const titles = columnsOf(lines[k + 2]?.raw);
      const titled = titles.length === 2 && titles.every((t) => t.length <= 60 && !/[.!?]$/.test(t));
      names.forEach((name, c) => signers.push({ name, line, lastLine: lines[k + (titled ? 2 : 1)].line, ...(titled ? { title: titles[c] } : {}) }));
      k += titled ? 2 : 1;
      continue;
    }
    const nameOnly = NAME_LINE.exec(text);
    if (nameOnly && plausibleName(nameOnly[1])) {
      signers.push({ name: nameOnly[1], line, lastLine: line });
      continue;
    }
    const twoNames = TWO_NAMES_LINE.exec(text);
    if (twoNames && plausibleName(twoNames[1]) && plausibleName(twoNames[2])) {
      signers.push({ name: twoNames[1], line, lastLine: line }, { name: twoNames[2], line, lastLine: line });
      continue;
    }
    if (signers.length === 0 || AFTER_SIGNATURES.test(text)) break;
    // Two signers side by side ("Karin Wahlqvist      Hanna Lidén"): their titles stand in the same two columns, over
    // as many lines as they wrap ("Ordförande, Tjänstemannaberedning      Regional samordnare" / "för vård och omsorg …").
    const columns = raw?.trim().split(/\s{3,}/) ?? [];
    const pair = signers.length === 2 && signers[0].line === signers[1].line ? signers : undefined;
    if (pair && columns.length === 2 && !/[.!?]$/.test(text)) {
      pair.forEach((signer, k) => Object.assign(signer, { title: signer.title ? `${signer.title} ${columns[k]}` : columns[k], lastLine: line }));
      continue;
    }
    const merged = TITLE_THEN_NAME_LINE.exec(text);
    if (merged && plausibleName(merged[2]) && untitled()) {
      const first = untitled()!;
      first.title = merged[1].trim();
      first.lastLine = line;
      signers.push({ name: merged[2], line, lastLine: line });
      continue;
    }
    const waiting = signers.filter((s) => s.title === undefined);
    const titles = waiting.length > 1 ? mergedTitles(text, waiting.length) : undefined;
    if (titles) {
      waiting.forEach((signer, i) => Object.assign(signer, { title: titles[i], lastLine: line }));
      continue;
    }
    const open = untitled();
    if (open && text.length <= 70 && !/[.!?]$/.test(text) && !/\d{3}/.test(text)) {
      open.title = text;
      open.lastLine = line;
      continue;
    }
    // "Maria Lövgren / tf. upphandlingschef / Gemensamma upphandlingsenheten", then the next signer under it: the
    // signer's organisation closes one signature, a name opens the next.
    const nextName = NAME_LINE.exec(lines[k + 1]?.text ?? '');
    if (signers.length > 0 && nextName && plausibleName(nextName[1]) && text.length <= 70 && !/[.!?]$/.test(text)) continue;
    break;
  }
  return signers;
}

export function extractRoles(input: ExtractionInput): Role[] {
  const roles: Role[] = [];
  const seen = new Set<string>();
  const add = (role: Omit<Role, 'id' | 'source'>, from: number, to: number) => {
    const source = sourceForLines(input, from, to);
    if (!source) return;
    const id = slugify(`${role.kind}-${role.personName}-${role.organName}-${role.date ?? role.year ?? ''}`);
    if (seen.has(id)) return;
    seen.add(id);
    roles.push({ id, ...role, source });
  };

  input.lines.forEach((raw, index) => {
    const text = raw.trim();
    const lineNo = index + 1;
    const document = documentAt(input, lineNo);
    const addSigners = (signers: Signer[], label: string, date: string | undefined) => {
      for (const signer of signers) {
        add(
          {
            kind: 'signatory',
            label,
            personName: signer.name,
            personTitle: signer.title,
            organName: document?.title ?? '',
            year: date ? Number(date.slice(0, 4)) : yearAt(input, lineNo),
            date,
          },
          lineNo,
          signer.lastLine,
        );
      }
    };
    // A minutes' labelled signing lines: the label is the role of the name under it.
    const signingLabel = labelledSigningLine(input, index);
    if (signingLabel) {
      // ("Sekreterare" / "……   Paragrafer 18–29" / "Johanna Berglöf": what the dots' line says besides is no name.)
      // ("Ordförande ............. Mats Edfast": the name after the dots on the label's own line.)
      const raw = (input.rawLines[index] ?? '').trim();
      const after = LABELLED_SIGNING_LINE.test(raw) ? raw.replace(LABELLED_SIGNING_LINE, '').trim() : '';
      const sameLine = after && NAME_LINE.test(after) ? { text: after, line: lineNo } : undefined;
      const next = sameLine ?? nonEmptyLinesAfter(input, index, 2).find((l) => !/^(?:paragrafer|§)/i.test(l.text));
      const name = next ? NAME_LINE.exec(next.text) : null;
      if (next && name && plausibleName(name[1])) {
        const kind = /^juster/i.test(signingLabel) ? 'signatory' : kindOf(signingLabel);
        const label = capitalize(signingLabel.toLowerCase());
        add({ kind, label, personName: name[1], personTitle: label, organName: documentOrgan(document), year: yearAt(input, lineNo), date: document?.date }, lineNo, next.line);
      }
    }
    // Signature blocks (not a minutes' labelled signing lines, whose labels stand above the names).
    const labelledBlock = () => signingLabel !== undefined || nonEmptyLinesAfter(input, index, 2).some((l) => labelledSigningLine(input, l.line - 1));
    if (SIGNATURE_TRIGGER.test(text) && text.length <= 60 && !labelledBlock()) {
      const signers = readSigners(nonEmptyLinesAfter(input, index, 6));
      if (signers.length > 0 && signers.every((s) => s.title !== undefined || signers.length > 1)) {
        addSigners(signers, /^i tjänsten$/i.test(text) ? 'I tjänsten' : 'undertecknad', findDate(text) ?? document?.date);
      }
    }
    // Two signature columns side by side with no "I tjänsten" or place-and-date line above them: two names, then
    // their two titles ("Johan Risberg Lena Hägglund" / "Enhetschef, Integration … Arbetsmarknadschef").
    if (TWO_NAMES_LINE.test(text) && !SIGNATURE_TRIGGER.test(previousNonEmpty(input, index))) {
      const signers = readSigners([{ text, line: lineNo }, ...nonEmptyLinesAfter(input, index, 1)]);
      if (signers.length === 2 && signers.every((s) => s.title !== undefined)) addSigners(signers, 'undertecknad', document?.date);
    }
    // "Ordförande: Jonas Wiklund, miljöstrateg, Länsstyrelsen" under the body's name (an organisation section, a notice).
    const field = ROLE_FIELD.exec(text);
    if (field && plausibleName(field[2])) {
      // "Thomas Brandt, tf. hälso- och" / "sjukvårdsdirektör (sedan …": a title wrapped onto the next line.
      const wrapped = field[3] && /(?:-|\soch|,)$/.test(field[3].trim()) ? (input.lines[index + 1] ?? '').trim().split(/\s+\(/)[0] : '';
      const personTitle = `${field[3]?.trim() ?? ''}${wrapped ? ` ${wrapped}` : ''}`.replace(/,$/, '') || undefined;
      add(
        { kind: kindOf(field[1]), label: field[1].toLowerCase(), personName: field[2], personTitle, organName: organAbove(input, index) ?? documentOrgan(document), year: yearAt(input, lineNo), ...paperDay(document) },
        lineNo,
        lineNo,
      );
    }
    const titledField = field ? null : ROLE_FIELD_TITLE_FIRST.exec(text);
    if (titledField && plausibleName(titledField[3])) {
      const organ = organAbove(input, index) ?? documentOrgan(document);
      add({ kind: kindOf(titledField[1]), label: titledField[1].toLowerCase(), personName: titledField[3], personTitle: titledField[2].trim(), organName: organ, year: yearAt(input, lineNo), ...paperDay(document) }, lineNo, lineNo);
    }
    // A name line followed by "<Organ>s ordförande".
    const nameLine = NAME_LINE.exec(text);
    if (nameLine && plausibleName(nameLine[1])) {
      const next = nonEmptyLinesAfter(input, index, 1)[0];
      const roleTitle = next && !labelledSigningLine(input, next.line - 1) ? ROLE_TITLE_LINE.exec(next.text) : null;
      if (next && roleTitle) {
        const organ = roleTitle[1] ? capitalize(roleTitle[1]) : documentOrgan(document);
        add(
          { kind: kindOf(roleTitle[2]), label: next.text, personName: nameLine[1], personTitle: next.text, organName: organ, year: yearAt(input, lineNo), date: document?.date },
          lineNo,
          next.line,
        );
      }
    }
  });

  for (const passage of input.passages) addSentenceRoles(input, passage.source.lines, passage.text.replace(/[^\S\n]+/g, ' '), add);
  // An organisation table flattened one cell per line: each person holds the role of their cell's column.
  for (const role of flattenedTableRoles(input.lines, input.rawLines, (i) => input.lineInfo?.[i]?.furniture !== undefined)) {
    const [from, to] = [role.lines[0] + 1, role.lines[1] + 1];
    add({ kind: kindOf(role.label), label: role.label, personName: role.personName, personTitle: role.personTitle, organName: role.organName, year: yearAt(input, from) }, from, to);
  }
  // A letterhead's contact block names the document's contact person ("Elin Nirjens / Regional utveckling / Tfn: …").
  for (const contact of contactBlocks(input)) {
    const [from, to] = contact.sources[0].lines;
    const document = documentAt(input, from);
    if (!document) continue;
    const date = document.date;
    add(
      {
        kind: 'contact',
        label: `kontaktperson, tfn ${contact.phone}`,
        personName: contact.name,
        personTitle: contact.titles[0] ?? contact.units[0],
        organName: document.title,
        year: date ? Number(date.slice(0, 4)) : yearAt(input, from),
        date,
      },
      from,
      to,
    );
  }
  return roles;
}

const MEETING_PAPERS: ReadonlySet<string> = new Set(['kallelse', 'protokoll', 'protokollsutdrag', 'webbsida']);

/** A plan's organisation section holds for its period; only a meeting's papers date a role field to a day. */
function paperDay(document: LogicalDocument | undefined): { date?: string } {
  return document && MEETING_PAPERS.has(document.type) ? { date: document.date } : {};
}

/** "Ordförande: Jonas Wiklund, miljöstrateg, Länsstyrelsen", "Sekreterare: Sara Nyström (S)". */
// ("Ordförande Camilla Ödling, medicinskt ansvarig sjuksköterska": a notice's field may leave out the colon.)
const ROLE_FIELD = new RegExp(String.raw`^(Vice ordförande|Ordförande|Sammankallande|Sekreterare)(?:\s*:\s*|\s+(?=${NAME}${PARTY},))(${NAME})${PARTY}(?:,\s*(.{2,100}))?$`, 'u');
/** "Ordförande: samhällsbyggnadschef Elin Tjärnström.": the holder's title before the name. */
const ROLE_FIELD_TITLE_FIRST = new RegExp(String.raw`^(Vice ordförande|Ordförande|Sammankallande|Sekreterare)\s*:\s*((?:\p{Ll}[\p{L}.-]*\s+){1,3})(${NAME})${PARTY}(?:[.,;]|$)`, 'u');
/** How far above a role field the body's name may stand (its description and other fields between). */
const ORGAN_ABOVE = 16;

/** The nearest line above `index` naming a body, within the same document. */
function organAbove(input: ExtractionInput, index: number): string | undefined {
  const document = documentAt(input, index + 1);
  const first = document ? document.lines[0] - 1 : 0;
  // "5.1 Styrgruppen för jämställdhet och våldsprevention": a numbered heading names its body too.
  const nameLine = (i: number) => (input.lines[i] ?? '').trim().replace(/^\d{1,2}(?:\.\d{1,2})*\.?\s+/, '');
  const names = (line: string) => line !== '' && isOrganLine(line) && !DESCRIBES_ORGAN.test(line);
  for (let i = index - 1; i >= first && i >= index - ORGAN_ABOVE; i -= 1) {
    if (!names(nameLine(i))) continue;
    // ("KKN-nätverket" / "Tjänstepersonsnätverk för kommunernas …": the description under a name may open with a body's
    // noun too; the name is the line above it.)
    const named = i - 1 >= first && names(nameLine(i - 1)) ? i - 1 : i;
    return organNameAt([nameLine(named), input.lines[named + 1] ?? ''], 0);
  }
  return undefined;
}

/** "Arbetsgruppen består av arbetsmarknadscheferna …": a sentence about the body under its heading, not its name. */
const DESCRIBES_ORGAN = /^\S+\s+(?:består|är|har|bereder|ansvarar|sammanträder|leds|leder|följer|fastställer|beslutar|utgör|möts|träffas|ska|samlar|arbetar)(?![\p{L}])/u;

/**
 * "… ordförande i Miljömålsrådets beredningsgrupp, redovisar": the body after "i" / "för", up to its last word naming a
 * kind of body.
 */
function organAfter(text: string): string | undefined {
  // "Henrik Sundqvist, ordförande Gymnasiechefsrådet": a body's one-word name right after the role.
  const bare = /^\s+(\p{Lu}\p{Ll}{3,})(?=[\s,.;)]|$)/u.exec(text)?.[1];
  if (bare && ORGAN_WORD.test(bare)) return bare;
  const phrase = /^\s+(?:i|för)\s+([^,.;()]{3,70})/u.exec(text)?.[1];
  if (!phrase || !/^\p{Lu}/u.test(phrase)) return undefined;
  // "ordförande i CAG": a body named by its abbreviation (not the first part of "VA-chefsnätverket").
  const abbreviation = /^(\p{Lu}{2,6})(?![\p{L}-])/u.exec(phrase)?.[1];
  if (abbreviation) return abbreviation;
  const words = phrase.trim().split(/\s+/);
  let last = -1;
  words.forEach((word, k) => {
    if (ORGAN_WORD.test(word)) last = k;
  });
  if (last < 0) return undefined;
  // "Terapigrupp Smärta": a body's kind written bare, its name after it.
  if (!/(?:et|en|n|s|ens|ets|erna|arna)$/u.test(words[last])) while (/^\p{Lu}\p{Ll}/u.test(words[last + 1] ?? '')) last += 1;
  // "Vattenrådet för Övre Indalsälven": a name going on with what the body is for.
  while (/^(?:för|i)$/.test(words[last + 1] ?? '') && /^\p{Lu}/u.test(words[last + 2] ?? '')) {
    last += 2;
    while (/^\p{Lu}/u.test(words[last + 1] ?? '') || (words[last + 1] === 'och' && /^\p{Lu}/u.test(words[last + 2] ?? ''))) last += words[last + 1] === 'och' ? 2 : 1;
  }
  return words.slice(0, last + 1).join(' ');
}

/**
 * "… till ny vice ordförande i Skogsrådets beredningsgrupp från och med den 1 januari 2027": the day a role is held
 * from, later in the sentence (the body may stand between).
 */
function sinceDate(rest: string): string | undefined {
  const since = /^[^.]*?(?:^|\s)(?:från och med|fr\.o\.m\.?|från)\s+(?:den\s+)?(\d{1,2}\s+\p{L}+\s+\d{4}|\d{4}-\d{2}-\d{2})/u.exec(rest)?.[1];
  return since ? findDate(since) : undefined;
}

/** "Utbildningschefsgruppen utsåg …": the body electing its own chair, named right before the verb. */
function electingOrgan(before: string): string | undefined {
  const subject = /(?<![\p{L}-])((?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*)\s+$/u.exec(before)?.[1];
  const word = subject?.split(/\s+/).pop() ?? '';
  // ("Gruppen väljer …", "Styrgruppen utsåg …": a body named by its kind alone is the one the document is about.)
  return subject && ORGAN_WORD.test(word) && !BODY_KIND_ALONE.test(word) ? subject : undefined;
}

const BODY_KIND_ALONE = new RegExp(String.raw`^(?:styr|arbets|lednings|referens|samordnings|bered?nings)?${ORGAN_NOUN}${ORGAN_ENDING}$`, 'iu');

const ABBREVIATION = /^\p{Lu}{2,6}$/u;


function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

// Sentence patterns, compiled once (matchAll clones a global RegExp, so sharing them is safe).
const ROLE_HOLDER_WAS = new RegExp(String.raw`(Ordföranden?|Sammankallande)\s+(?:på|vid|för|i)\s+(?:\p{Ll}+\s+){0,2}har\s+varit\s+((?:[\p{Ll}/\-]+\s+){0,4})(${NAME})`, 'gu');
const NAME_COMMA_ROLE = new RegExp(String.raw`(${NAME})${PARTY},\s+(vice ordförande|ordförande|sammankallande|sekreterare)\b`, 'gu');
/** "Camilla Ödling, MAS Krokoms kommun, ordförande, hälsar alla välkomna": the chair opening the meeting, a title between. */
const NAME_TITLE_ROLE_OPENS = new RegExp(String.raw`(${NAME})${PARTY},\s+(?:[^,.:;()]{2,60},\s+){1,2}(vice ordförande|ordförande|sammankallande),?\s+(?=hälsar|öppnar|välkomnar|inleder)`, 'gu');
// ("Gruppen utsåg vid sitt möte 2024-08-22 Magnus Edin …", "… att utse Ylva Grahn till tillförordnad ordförande i …":
// when it was done may stand between the verb and the name, and the role may be an acting one.)
const ELECTED_TO_ROLE = new RegExp(String.raw`(?:väljer|valde|utser|utsåg|utse|välja)\s+(?:(?:vid|på|under)\s+(?:sitt\s+|det\s+)?(?:möte|mötet|sammanträde|sammanträdet)(?:\s+(?:den\s+)?\d{4}-\d{2}-\d{2})?\s+)?(${NAME})${PARTY}(?:,\s+([^,.]{3,80}),)?\s+till\s+(?:ny\s+|nytt\s+|tillförordnad\s+|tf\.?\s+)?(vice ordförande|ordförande|sammankallande|sekreterare)\b`, 'gu');
const NOTES_WORD = String.raw`(?:[Dd]agens\s+)?(?:[Mm]innes)?(?:[Aa]nteckningar(?:na)?|[Pp]rotokollet)`;
const KEEPS_NOTES = new RegExp(String.raw`(?:(?<![\p{L}])(?:för|förde|skriver|skrev)\s+(${NAME})${PARTY}\s+${NOTES_WORD}|(${NAME})${PARTY}(?:,\s+[^,.;]{2,80},)?\s+(?:för|förde|skriver|skrev)\s+${NOTES_WORD})(?![\p{L}])`, 'gu');
const NOTES_NAMED = new RegExp(NOTES_WORD, 'u');
const NOTES_KEPT_BY = new RegExp(String.raw`${NOTES_WORD}\s+(?:förs|fördes|skrivs|skrevs)\s+(?:\p{Ll}+\s+){0,3}?av\s+(${NAME})`, 'gu');
const ROLE_FOR_THE_MATTER = new RegExp(String.raw`(${NAME})${PARTY}\s+(?:är|var|blir|blev)\s+(ordförande|sekreterare)\s+(?:under|för)\s+(?:paragrafen|ärendet|punkten|denna punkt|detta ärende|§\s*\d+)`, 'gu');
const NAME_TITLE_ACTING_ROLE = new RegExp(String.raw`(${NAME})${PARTY},\s+(?:([^,.;()]{2,60}),\s+)?(?:tf\.?|t\.f\.|tillförordnad)\s+(vice ordförande|ordförande|sammankallande|sekreterare)(?=\s+(?:i|för)\s)`, 'gu');
const NAME_TITLE_WHO_IS_ROLE = new RegExp(String.raw`(${NAME})${PARTY},\s+([^,.]{3,80}?),?\s+som\s+(?:är|var|blir|blev|har varit)\s+(vice ordförande|ordförande|sammankallande|sekreterare)(?=\s+(?:i|för)\s)`, 'gu');
// "Håkan Sjölinder, socialchef i Härjedalens kommun och styrgruppens ordförande, hälsar …": the title comes first.
/** "Från den 1 januari 2025 är Jenny Åkerlund, Regionstaben, sekreterare i RFR": the holder from a day on. */
const FROM_DAY_NAME_IS_ROLE = new RegExp(String.raw`(?:[Ff]rån och med|[Ff]r\.o\.m\.?|[Ff]rån)\s+(?:den\s+)?(\d{1,2}\s+\p{L}+\s+\d{4}|\d{4}-\d{2}-\d{2})\s+är\s+(${NAME})${PARTY}(?:,\s+([^,.]{2,60}),)?\s+(vice ordförande|ordförande|sammankallande|sekreterare)(?![\p{L}])`, 'gu');
/** "Under Elin Tjärnströms tjänstledighet 2024-03-01–2024-08-31 är tf. samhällsbyggnadschef Gustav Nyberg ordförande.": the holder for a period. */
const DAY_WORDS = String.raw`\d{4}-\d{2}-\d{2}|\d{1,2}\s+\p{Ll}+\s+\d{4}`;
const DURING_PERIOD_IS_ROLE = new RegExp(String.raw`(${DAY_WORDS})\s*[–-]\s*(${DAY_WORDS})\s+är\s+((?:\p{Ll}[\p{L}.-]*\s+){0,4})(${NAME})${PARTY}\s+(vice ordförande|ordförande|sammankallande|sekreterare)(?![\p{L}])`, 'gu');
const NAME_TITLE_AND_ROLE = new RegExp(String.raw`(${NAME})${PARTY},\s+([^,.]{3,80}?)\s+och\s+(?:\p{L}+s\s+)?(ordförande|sammankallande),`, 'gu');
// "Ordförande i FoU-rådet under 2024 var Björn Aspholm": the year between organ and verb is the role's year.
const ROLE_IS_NAME = new RegExp(String.raw`\b(vice ordförande|ordförande|sammankallande|sekreterare)(?:\s+(?:i|för)\s+([\p{L}\- ]{3,50}?))?(?:\s+(?:(?:under|för|i)\s+)?(?:år\s+)?((?:19|20)\d{2}))?\s+(?:är|var|har varit|blir|blev)\s+((?:[\p{Ll}/\-]+\s+){0,4})(${NAME})`, 'giu');
const NAME_IS_ROLE_IN = new RegExp(String.raw`(?:(\p{L}[\p{Ll}/\-]+(?:\s+i\s+\p{Lu}\p{Ll}+(?:\s+\p{Ll}+)?)?),?\s+)?(${NAME}),?\s+(?:är|var|har varit)\s+(?:\p{Ll}+s\s+)?(representant|ordförande|sammankallande|sekreterare|ledamot)\s+(?:i|för)\s+([\p{L}\- ]{3,50}?)(?=[.,;]|\s+och\s|$)`, 'gu');
/**
 * Who chaired this meeting, whoever holds the role for the year: "Anders Holm, socialchef, Bräcke kommun, vice
 * ordförande, mötesordförande" in the attendance list, "… och Anders Holm leder därför mötet".
 */
const MEETING_CHAIR_WORD = /mötesordförande|ordförande (?:för|vid) (?:mötet|sammanträdet)|(?:mötets|sammanträdets|dagens) ordförande|tjänstgörande ordförande/;
// (The label's second line may stand between: "Per-Olof Strand, vice ordförande, Region JH ledamöter (ordförande för sammanträdet)".)
// (A title shortened with a dot, "Gunnel Sahlström, PRO, vice ordf., tjänstgörande ordförande", is one of hers.)
const MEETING_CHAIR_LABEL = new RegExp(String.raw`(${NAME})${PARTY},\s+(?:[^,.:;()]{2,60}\.?,\s+){0,4}(?:[^,.:;()]{2,40}\s+)?\(?(${MEETING_CHAIR_WORD.source})(?![\p{L}])`, 'gu');
// ("Mats Ålander (S), vice ordförande, leder mötet eftersom …": the title may stand between.)
/** "Vice ordföranden Gunnel Sahlström hälsar välkommen och öppnar sammanträdet": who opens the meeting leads it. */
const OPENS_MEETING = new RegExp(String.raw`(?:[Vv]ice\s+ordföranden|[Oo]rdföranden|[Tt]jänstgörande\s+ordförande|[Ss]ammankallande)\s+(${NAME})${PARTY}\s+(?:hälsar\s+(?:\p{Ll}+\s+){0,2}?välkom\p{L}*\s+och\s+)?öppnar\s+(?:mötet|sammanträdet)(?![\p{L}])`, 'gu');
const LEADS_MEETING = new RegExp(String.raw`(${NAME})${PARTY}(?:(?:,\s+[^,.:;()]{2,60}){1,2},)?\s+(?:leder|ledde)\s+(?:därför\s+|också\s+)?(?:mötet|sammanträdet|dagens\s+(?:möte|sammanträde))(?![\p{L}])`, 'gu');

/** A role "i" or "för" a body named in capitals right after it. */
const OF_NAMED_BODY = /^\s+(?:i|för)\s+\p{Lu}/u;
/** … or named by its kind: "ordförande i styrgruppen", "sekreterare i arbetsgruppen". */
const OF_BODY_BY_KIND = new RegExp(String.raw`^\s+(?:i|för)\s+\p{Ll}*${ORGAN_NOUN}${ORGAN_ENDING}(?![\p{L}])`, 'u');
/** Sentences about the next meeting. */
const NEXT_MEETING = /\bnästa\s+(?:möte|sammanträde)\b/i;

const PRESENTED_BY = new RegExp(String.raw`föredras av\s+(${NAME})(?:\s+\(([^)]+)\))?(?:,?\s+och\s+(${NAME})(?:\s+\(([^)]+)\))?)?`, 'gu');

/** The heading of a minutes' attendance list runs into its first name: "Beslutande Lena Hallgren-Ödman (S), ordförande". */
const ATTENDANCE_LABEL = /^(?:Beslutande|Närvarande|Ersättare|Ledamöter|Deltagare|Tjänstgörande|Beslut|Info|Information|Dialog)\s+(?=\S+\s+\S)/u;

const ABSENT = String.raw`(?:Frånvarande|Förhinder|Ej\s+närvarande|Anmält\s+förhinder)`;
const ABSENT_LABEL = new RegExp(String.raw`^${ABSENT}\s`, 'u');
/** The label on a line of its own, over the first absent member's line ("Frånvarande:" too). */
const ABSENT_BEFORE = new RegExp(String.raw`${ABSENT}:?\s*$`, 'u');

function withoutAttendanceLabel(name: string): string {
  return name.replace(ATTENDANCE_LABEL, '');
}

type AddRole = (role: Omit<Role, 'id' | 'source'>, from: number, to: number) => void;

/** The subject of the sentence before: "Kommuncheferna har haft 8 möten …" → "Kommuncheferna". */
function subjectOfPreviousSentence(text: string, at: number): string | undefined {
  const before = text.slice(0, at);
  const sentences = before.split(/(?<=[.!?])\s+|\n/).filter((s) => s.trim());
  const previous = sentences[sentences.length - 1] === '' ? sentences[sentences.length - 2] : sentences[sentences.length - 1];
  const candidate = previous && !/^ordförande/i.test(previous) ? previous : sentences[sentences.length - 2];
  const subject = candidate ? /^([\p{L}\- ]{3,60}?)\s+(?:har|hade|är|var|ska|möts|träffas)\b/u.exec(candidate.trim()) : null;
  return subject?.[1];
}

/** The line of the name standing at `offset` of a passage's text: the line holding as many of its surname before. */
function nameLineAt(input: ExtractionInput, text: string, offset: number, name: string, from: number, to: number): number {
  const surname = (name.split(/\s+/).pop() ?? name).toLowerCase();
  const before = text.slice(0, offset).toLowerCase().split(surname).length - 1;
  let seen = 0;
  for (let line = from; line <= to; line += 1) {
    seen += (input.lines[line - 1] ?? '').toLowerCase().split(surname).length - 1;
    if (seen > before) return line;
  }
  return lineOf(input, surname, from, to);
}

function addSentenceRoles(input: ExtractionInput, range: [number, number], text: string, add: AddRole): void {
  const [from, to] = range;
  const document = documentAt(input, from);
  const passage = passageAt(input, from);
  const section = passage?.source.section.at(-1);
  const year = yearAt(input, from);
  // The line of a name where the pattern matched it, not of the first sentence naming the person.
  const at = (m: RegExpMatchArray, name: string) => nameLineAt(input, text, (m.index ?? 0) + Math.max(0, m[0].indexOf(name)), name, from, to);

  // "Ordföranden på mötena har varit regional utvecklingsdirektör/biträdande regiondirektör Anders Byström."
  const lower = text.toLowerCase();
  // Each pattern runs only where its key word is: the sentence patterns are the costliest part of ingest.
  const mentionsRole = /ordförande|sammankallande|sekreterare|representant|ledamot/.test(lower);
  for (const m of mentionsRole && /Ordförande|Sammankallande/.test(text) ? text.matchAll(ROLE_HOLDER_WAS) : []) {
    const organ = subjectOfPreviousSentence(text, m.index) ?? section ?? documentOrgan(document);
    const line = at(m, m[3]);
    add({ kind: kindOf(m[1]), label: m[1].toLowerCase(), personName: m[3], personTitle: m[2].trim() || undefined, organName: organ, year }, lineOf(input, m[1], from, to), line);
  }
  // "Elise Ryder Wikén (M), ordförande, välkomnar …"
  for (const m of mentionsRole ? [...text.matchAll(NAME_COMMA_ROLE), ...text.matchAll(NAME_TITLE_ROLE_OPENS)] : []) {
    // "Frånvarande Ingrid Falk (S), ordförande": absent from the meeting, she did not hold the role at it; she holds it
    // in the body all the same, that year.
    const absent = ABSENT_LABEL.test(m[1]) || ABSENT_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index));
    if (absent) {
      const name = withoutAttendanceLabel(m[1].replace(ABSENT_LABEL, ''));
      if (plausibleName(name) && !organAfter(text.slice(m.index + m[0].length))) {
        const line = at(m, name);
        add({ kind: kindOf(m[2]), label: m[2], personName: name, organName: documentOrgan(document), year }, line, line);
      }
      continue;
    }
    const name = withoutAttendanceLabel(m[1]);
    if (!plausibleName(name)) continue;
    const line = at(m, name);
    const organ = organAfter(text.slice(m.index + m[0].length));
    // "Lena Hägglund, ordförande i CAG, rapporterar …": the chair of another body, named by its abbreviation;
    // "Ulrika Falk, ordförande i Jämtland Härjedalen Turism": … or by a name that is no organ's ("Turism").
    // ("Helena Rydén, ordförande i styrgruppen, föredrar …": the chair of a body named by its kind, not the document's.)
    const after = text.slice(m.index + m[0].length);
    if ((organ && ABBREVIATION.test(organ)) || (!organ && (OF_NAMED_BODY.test(after) || OF_BODY_BY_KIND.test(after)))) continue;
    add({ kind: kindOf(m[2]), label: m[2], personName: name, organName: organ ?? documentOrgan(document), year, date: document?.date }, line, line);
  }
  // "Gruppen väljer Maria Öberg, våldssamordnare i Krokoms kommun, till ny vice ordförande från och med den 1 mars 2025."
  for (const m of mentionsRole ? text.matchAll(ELECTED_TO_ROLE) : []) {
    const name = withoutAttendanceLabel(m[1]);
    if (!plausibleName(name)) continue;
    const date = sinceDate(text.slice(m.index + m[0].length)) ?? document?.date;
    const line = at(m, name);
    const organ = organAfter(text.slice(m.index + m[0].length)) ?? electingOrgan(text.slice(0, m.index)) ?? documentOrgan(document);
    add({ kind: kindOf(m[3]), label: m[3], personName: name, personTitle: m[2]?.trim() || undefined, organName: organ, year: date ? Number(date.slice(0, 4)) : year, ...(date ? { date } : {}) }, line, line);
  }
  // "Eftersom Jonas Wiklander är sjuk för Frida Mårtensson anteckningar vid dagens möte", "Anteckningarna förs av …":
  // whoever keeps the notes is the meeting's secretary that day.
  for (const m of /anteckning|protokoll/.test(lower) ? [...text.matchAll(KEEPS_NOTES), ...text.matchAll(NOTES_KEPT_BY)] : []) {
    const name = m[1] ?? m[2];
    if (!plausibleName(name)) continue;
    const line = at(m, name);
    // (The label keeps the document's word for the notes, "minnesanteckningar" or "protokollet", as a question may use it.)
    const notes = NOTES_NAMED.exec(m[0])?.[0].toLowerCase() ?? 'anteckningar';
    add({ kind: 'secretary', label: `för ${notes}`, personName: name, organName: documentOrgan(document), year, date: document?.date }, line, line);
  }
  // "Vice ordförande Per-Erik Bergqvist (C) är ordförande under paragrafen": the chair of one § (the chair being jävig).
  for (const m of mentionsRole ? text.matchAll(ROLE_FOR_THE_MATTER) : []) {
    const name = m[1];
    if (!plausibleName(name)) continue;
    const line = at(m, name);
    add({ kind: kindOf(m[2]), label: `${m[2].toLowerCase()} under paragrafen`, personName: name, organName: documentOrgan(document), year, date: document?.date }, line, line);
  }
  // "Under tjänstledigheten är Lena Mårtensson, skolchef i Åre kommun, tf. ordförande i Gymnasiechefsrådet": an acting holder.
  for (const m of mentionsRole ? text.matchAll(NAME_TITLE_ACTING_ROLE) : []) {
    const name = withoutAttendanceLabel(m[1]);
    const organ = organAfter(text.slice(m.index + m[0].length));
    if (!plausibleName(name) || !organ) continue;
    const line = at(m, name);
    add({ kind: kindOf(m[3]), label: `tf. ${m[3]}`, personName: name, personTitle: m[2]?.trim() || undefined, organName: organ, year, date: document?.date }, line, line);
  }
  // "Kerstin Brandt, VA-chef i Åre kommun, som är sammankallande i VA-chefsnätverket från 1 januari 2025"
  for (const m of mentionsRole ? text.matchAll(NAME_TITLE_WHO_IS_ROLE) : []) {
    const name = withoutAttendanceLabel(m[1]);
    const organ = organAfter(text.slice(m.index + m[0].length));
    if (!plausibleName(name) || !organ) continue;
    const date = sinceDate(text.slice(m.index + m[0].length));
    const line = at(m, name);
    add({ kind: kindOf(m[3]), label: m[3], personName: name, personTitle: m[2].trim(), organName: organ, year: date ? Number(date.slice(0, 4)) : year, ...(date ? { date } : {}) }, line, line);
  }
  for (const m of mentionsRole ? text.matchAll(FROM_DAY_NAME_IS_ROLE) : []) {
    const name = m[2];
    const date = findDate(m[1]);
    if (!plausibleName(name) || !date) continue;
    const line = at(m, name);
    add({ kind: kindOf(m[4]), label: m[4], personName: name, personTitle: m[3]?.trim() || undefined, organName: organAfter(text.slice(m.index + m[0].length)) ?? documentOrgan(document), year: Number(date.slice(0, 4)), date }, line, line);
  }
  for (const m of mentionsRole ? text.matchAll(DURING_PERIOD_IS_ROLE) : []) {
    const [since, until] = [findDate(m[1]), findDate(m[2])];
    const name = m[4];
    if (!plausibleName(name) || !since || !until) continue;
    const line = at(m, name);
    const organ = organAfter(text.slice(m.index + m[0].length)) ?? organAbove(input, line - 1) ?? documentOrgan(document);
    add({ kind: kindOf(m[5]), label: m[5], personName: name, personTitle: m[3].trim() || undefined, organName: organ, year: Number(since.slice(0, 4)), date: since, until }, line, line);
  }
  for (const m of mentionsRole ? text.matchAll(NAME_TITLE_AND_ROLE) : []) {
    const name = withoutAttendanceLabel(m[1]);
    if (!plausibleName(name)) continue;
    const line = at(m, name);
    add({ kind: kindOf(m[3]), label: m[3], personName: name, personTitle: m[2].trim(), organName: documentOrgan(document), year, date: document?.date }, line, line);
  }
  // "Ordförande i X är Y" / "sammankallande är Y"
  for (const m of mentionsRole ? text.matchAll(ROLE_IS_NAME) : []) {
    // (The pattern ignores case for its role words, so the name's capitals are checked here: "… är på plats".)
    if (!plausibleName(m[5]) || !m[5].split(/\s+/).every((w) => /^\p{Lu}/u.test(w))) continue;
    const line = at(m, m[5]);
    add({ kind: kindOf(m[1]), label: m[1].toLowerCase(), personName: m[5], personTitle: m[4].trim() || undefined, organName: m[2]?.trim().replace(/^(?:den|det|de)\s+/i, '') || section || documentOrgan(document), year: m[3] ? Number(m[3]) : year }, line, line);
  }
  // "Kommunalrådet i Östersunds kommun, Bosse Svensson, är regionens representant i ägarrådet"
  for (const m of mentionsRole ? text.matchAll(NAME_IS_ROLE_IN) : []) {
    if (!plausibleName(m[2])) continue;
    const line = at(m, m[2]);
    add({ kind: kindOf(m[3]), label: m[3], personName: m[2], personTitle: m[1]?.trim() || undefined, organName: m[4].trim(), year }, line, line);
  }
  // The meeting's own chair, on the day of its papers.
  const meetingChairs = mentionsRole && MEETING_CHAIR_WORD.test(lower) ? [...text.matchAll(MEETING_CHAIR_LABEL)] : [];
  const meetingLeaders = [...(/\bled(?:er|de)\s/.test(lower) ? text.matchAll(LEADS_MEETING) : []), ...(lower.includes('öppnar') ? text.matchAll(OPENS_MEETING) : [])];
  for (const m of [...meetingChairs, ...meetingLeaders]) {
    // "Nästa möte hålls den 14 oktober … Ordföranden Karin Sjödin Ahlberg leder mötet.": the next meeting's, not this one's.
    if (NEXT_MEETING.test(text.slice(Math.max(0, m.index - 160), m.index))) continue;
    const name = withoutAttendanceLabel(m[1]);
    if (!plausibleName(name) || !document?.date) continue;
    const line = at(m, name);
    add({ kind: 'chair', label: 'mötesordförande', personName: name, organName: documentOrgan(document), year: Number(document.date.slice(0, 4)), date: document.date }, line, line);
  }
  // "Punkten föredras av Göran Hallman (Region JH) och Catrin Skoglund (Länsstyrelsen)."
  for (const m of lower.includes('föredras av') ? text.matchAll(PRESENTED_BY) : []) {
    for (const [name, org] of [[m[1], m[2]], [m[3], m[4]]]) {
      if (!name || !plausibleName(name)) continue;
      const line = at(m, name);
      add({ kind: 'presenter', label: 'föredragande', personName: name, personTitle: org, organName: documentOrgan(document), year, date: document?.date }, line, line);
    }
  }
}
