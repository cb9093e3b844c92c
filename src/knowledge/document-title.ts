/**
 * The title of a logical document: its title block after the letterhead, a minutes header, a
 * running header (when the title survives only there), or, for an untitled report, the name an
 * earlier agenda or annex list gives it.
 */
import type { CleanedText } from './clean.js';
import type { DocumentContext } from './document-meta.js';
import { findYears, joinWrappedCapitals, ORGAN_WORD, UNFINISHED_TITLE } from './patterns.js';

const LETTERHEAD_LINE = /^(?:tfn|tel|telefon|e-?post|mobil|fax)\b|^(?:dnr[:.]?\s*)?(?:RUN|RS|LS)\/\S+$|^mailto:|^\d{4}-\d{2}-\d{2}(?:\s+(?:dnr[:.]?\s*)?(?:RUN|RS|LS)\/\S+)?$|^datum:?\s+\d{4}-\d{2}-\d{2}\b|^(?:datum|sida|ert dnr\b.*|er referens\b.*|vår referens\b.*)$|^\S+@\S+\.\S+$/i;
/** How to reach the sender: the lines right above it (a unit, a person, an organisation) are letterhead too. */
const CONTACT_LINE = /^(?:tfn|tel|telefon|e-?post|mobil|fax)\b|^box \d+|^\d{3} ?\d{2} \p{Lu}\p{Ll}+/iu;
/** A line of a sender's letterhead: an organisation or unit, a person, a job title. */
const TRAILING_DNR = /\s+(?:dnr[:.]?\s*)?\p{Lu}{2,5}\s?\/\s?\d{1,5}\/\d{4}$/iu;
const PARTNER_ROW = /^\p{Lu}[\p{L} -]{1,40}(?:\s+[·|•]\s+\p{Lu}[\p{L} -]{1,40}){2,}$/u;

/** A notice's particulars under its title ("Tid: 2025-04-10 kl. 13.00", "Plats: Regionens hus"): the title has ended. */
const MEETING_FIELD = /^(?:tid|plats|lokal|datum|dag|tid och plats|plats och tid)\s*:/i;
/** A document-control field above a steering document's title ("Dokumenttyp: Plan", "Beslutad av: Regionstyrelsen …"). */
const CONTROL_FIELD = /^(?:dokumenttyp|dokumentansvarig|dokumentägare|beslutad av|fastställd av|antagen av|giltig(?:\s+(?:från|till|t\.?o\.?m\.?))?|gäller\s+(?:från|till)|framtagen av|version|diarienummer|dnr|reviderad|handläggare)\s*:/iu;

/** A note of the decision beside a steering document's title, wrapped over lines ("Fastställt av regionala" / "utvecklingsnämnden" / "2023-03-15, § 27"). */
const DECISION_NOTE = /^(?:fastställ[dt]|antag(?:en|et)|beslutad|godkänd)\s+(?:av|i)\s/iu;

function isLetterheadLine(line: string): boolean {
  // "Berg · Bräcke · Härjedalen · Krokom …": the row of partners' names under the logos.
  if (PARTNER_ROW.test(line)) return true;
  if (line.length > 70 || /[()]/.test(line)) return false;
  return (
    /(förvaltning|enhet|avdelning|region|kommun|utveckling|stab|jämtland|härjedalen|sekretariat|kansli|beredning|nämnd|styrelse|utskott)/i.test(line) ||
    /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2}$/u.test(line) ||
    /(chef|direktör|strateg|handläggare|samordnare|sekreterare|utvecklare|ledare)$/i.test(line) ||
    // "Elin Vestergren, controller": a person and her title.
    /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2},\s+\p{Ll}[\p{Ll} -]*$/u.test(line)
  );
}

/**
 * Two columns of a letterhead the dump ran together on one line: "Region Jämtland Härjedalen YTTRANDE 1 (6)" is the
 * kind of document, in capitals, beside the sender's name and the page number.
 */
const MERGED_KIND = /^\p{Lu}[\p{L} -]*?\p{Ll}\s+(\p{Lu}{4,}(?:\s+\p{Lu}{2,})*)(?:\s+(?:Sida\s+)?\d+\s*\(\d+\))?\s*$/u;

function openingLine(line: string): string {
  const kind = MERGED_KIND.exec(line)?.[1];
  return kind && (TITLE_KIND.test(kind) || MINUTES_HEADER.test(kind)) ? kind : line;
}

/** The sender's unit with the column labels beside it: "Regionstyrelsen Datum Dnr", "Regionstyrelsen Datum 2027-10-26". */
const LABELLED_SENDER = /^\p{Lu}\p{Ll}+\s+Datum(?:\s+Dnr)?(?:\s+\d{4}-\d{2}-\d{2})?$/u;

/** A draft's status printed above its title ("REMISSVERSION", "UTKAST"). */
const STATUS_LINE = /^(?:remissversion|utkast|preliminär|förslag|beslutad version|slutversion)$/i;

/** The kinds of a meeting's papers. */
const MEETING_PAPER_KIND = /^(?:kallelse|föredragningslista|dagordning|protokoll|minnesanteckningar)\b/i;
/** Kinds of document a title opens with. */
const TITLE_KIND = /^(?:verksamhetsberättelse|verksamhetsplan|årsredovisning|samrådsredogörelse|granskningsutlåtande|(?:regional )?handlingsplan|förslag till beslut|tjänsteskrivelse|kallelse|föredragningslista|promemoria|pm|rapport|slutrapport|lägesrapport|sammanställning|strategi|överenskommelse|protokoll|missiv|yttrande|remissvar|budgetförslag|program)\b/i;
/** Whom a letter or a consultation response goes to ("Till kommunstyrelsen i …", "Klimat- och näringslivsdepartementet"). */
const ADDRESSEE = /^till\s|departementet$/i;
/** The kind of document a title block may open with before its addressee and subject. */
const DOCUMENT_KIND = /^(?:förslag till beslut|tjänsteskrivelse|missiv|promemoria|pm)\b/i;
const MINUTES_HEADER = /^(utdrag (ur )?sammanträdesprotokoll|protokollsutdrag|sammanträdesprotokoll|protokoll$|minnesanteckningar$)/i;
/** The labels of a minutes header's columns ("Sammanträdesdatum", "Sida"), printed apart from their values. */
const MINUTES_LABEL = /^(?:sammanträdesdatum|sida|datum|justerandes\b.*|utdragsbestyrkande)$/i;
/** Where a minutes header ends and its particulars begin. */
// (… and the fields of a header written without colons: "Tid 09.00–12.20", "Plats Sammanträdesrum Storsjön".)
const MINUTES_PARTICULARS = /^(?:plats och tid|tid och plats|beslutande|närvarande|ledamöter|tid\s+(?:kl\.?\s*)?\d|klockan\s+\d|plats\s)/i;
const GENERIC_OPENING = /^(sammanfattning|inledning|förord|bakgrund)$/i;
/** Standard section words that end a title block. */
const SECTION_WORD = /^(ärendebeskrivning|innehållsförteckning|innehåll|bakgrund|sammanfattning|inledning|beslutsunderlag|förord|syfte)$/i;

export function documentTitle(context: DocumentContext, opening: number[]): string {
  const { text } = context;
  const lines = opening.map((i) => openingLine(text.lines[i]));
  const kindFirst = kindDashTitle(lines);
  if (kindFirst) return kindFirst;
  if (MINUTES_HEADER.test(lines[0] ?? '')) return withBodyFromHeader(minutesTitle(lines), text, context.range);
  // "Plats och tid …" first: the minutes' header, printed on every page, was taken for a running header.
  const fromHeader = MINUTES_PARTICULARS.test(lines[0] ?? '') || /^\d{4}-\d{2}-\d{2}$/.test(lines[0] ?? '') ? headerMinutesTitle(text, context.range, lines) : undefined;
  if (fromHeader) return fromHeader;
  // "Region Jämtland Härjedalen / SAMMANTRÄDESPROTOKOLL": the organisation's name above the minutes' header.
  if (isLetterheadLine(lines[0] ?? '') && MINUTES_HEADER.test(lines[1] ?? '')) return minutesTitle(lines.slice(1));
  const blocks = titleBlocks(text, opening);
  let title = blocks.join(' – ');
  const firstIsSection = opening.length > 0 && isSectionHeading(context, opening[0]);
  if (!title || firstIsSection || GENERIC_OPENING.test(title)) {
    title = runningHeaderTitle(text, context.range) ?? attachmentTitle(context) ?? title ?? lines[0] ?? context.file;
    return withYears(title, text, opening);
  }
  return withRunningSubject(withYears(title, text, opening), runningHeaderText(text, context.range));
}

/**
 * The title block after the letterhead. A wrapped title continues across blank lines while the
 * next line starts in lower case; a short label ("Verksamhetsberättelse 2021", "Bilaga 1") takes
 * the following block as its subtitle.
 */
function titleBlocks(text: CleanedText, opening: number[]): string[] {
  const blocks: string[][] = [];
  /** Line numbers of each block's lines, to take back a letterhead found to be one. */
  const blockLines: number[][] = [];
  let lastLine = -1;
  let addresseeLine = -2;
  let noteLine = -2;
  let bodyAbove: string | undefined;
  for (const i of opening) {
    const line = openingLine(text.lines[i]);
    // (Only before the title: after it, the note names who adopted it, "Fastställd av Folktandvårdens ledningsgrupp".)
    const untitled = blocks.flat().every((l) => isLetterheadLine(l) || isBareKind(l));
    if ((untitled && DECISION_NOTE.test(line)) || (noteLine === i - 1 && !text.info[i].letterSpaced)) {
      noteLine = i;
      continue;
    }
    if (CONTACT_LINE.test(line)) dropLetterhead(blocks, blockLines, i);
    if (LETTERHEAD_LINE.test(line) || LABELLED_SENDER.test(line) || CONTACT_LINE.test(line) || CONTROL_FIELD.test(line) || (blocks.length === 0 && isPersonOrUnit(text, i))) continue;
    // The addressee, with the lines its list of names wraps over, stands between a letter's kind and its subject.
    const addresseeGoesOn = addresseeLine === i - 1 && /(?:,|\s(?:i|och|samt))$/.test(text.lines[i - 1]);
    if (ADDRESSEE.test(line) || addresseeGoesOn) {
      addresseeLine = i;
      continue;
    }
    // "Länsgemensam handlingsplan för / civilt försvar i Jämtlands län / 2027–2030": the period on a line of its own ends the title.
    // (… with the diary number after it: "2025–2027 RUN/233/2025".)
    const period = line.replace(TRAILING_DNR, '');
    if (blocks.length > 0 && /^(?:19|20)\d{2}(?:\s*[–-]\s*(?:19|20)\d{2})?(?:\s+[–-]\s+\p{Ll}[^.]*)?$/u.test(period)) {
      blocks[blocks.length - 1].push(period);
      // … unless all before it was the kind of document ("V E R K S A M H E T S P L A N / 2 0 3 3 – 2 0 3 5"): the
      // subject follows on the next line ("Evenemang Jämtland Härjedalen – länsgemensam evenemangsfunktion").
      if (!(blocks.length === 1 && blocks[0].length === 2 && isBareKind(blocks[0][0]))) break;
      lastLine = -1;
      continue;
    }
    if (MEETING_FIELD.test(line)) {
      if (blocks.length > 0) break;
      continue;
    }
    const isBody =
      (line.length > 75 && !text.info[i].markdownHeading) || endsSentence(line) || /^[-\d]/.test(line) || text.info[i].bullet;
    if (isBody || SECTION_WORD.test(line) || text.info[i].fillIn) {
      if (blocks.length === 0 && GENERIC_OPENING.test(line)) return [line];
      break;
    }
    // "Region Jämtland Härjedalen / Regionstyrelsen / YTTRANDE": a kind in capitals after letterhead lines starts the title;
    // so does a line the dump spaced out letter by letter after them ("REMISSVERSION / L ä n s g e m e n s a m  h a n d …").
    const afterLetterhead = blocks.length > 0 && blocks.flat().every((l) => isLetterheadLine(l) || STATUS_LINE.test(l));
    // (… but not its own second line: "R e g i o n a l t  t r a f i k f ö r s ö r j n i n g s -" / "p r o g r a m  f ö r  J ä m t l a n d s  l ä n".)
    const spacedGoesOn = lastLine === i - 1 && text.info[i - 1]?.letterSpaced === true;
    const designedTitle = afterLetterhead && text.info[i].letterSpaced === true && !spacedGoesOn && !blocks.flat().some((l) => TITLE_KIND.test(l));
    if (designedTitle) {
      blocks.length = 0;
      blockLines.length = 0;
    }
    const kindAfterLetterhead = TITLE_KIND.test(line) && line === line.toUpperCase() && blocks.length > 0 && blocks.flat().every(isLetterheadLine);
    const continues = blocks.length > 0 && !kindAfterLetterhead && (/^[\p{Ll}(]/u.test(line) || (i - lastLine === 1 && !text.info[i].indented && !text.info[i].markdownHeading));
    if (continues) {
      blocks[blocks.length - 1].push(line);
      blockLines[blockLines.length - 1].push(i);
    } else {
      // A block opening with the kind of document ("Verksamhetsberättelse 2024", "Förslag till beslut") starts the
      // title; short blocks before it that name no kind were the letterhead (unit, person, organisation).
      // ("SAMRÅDS-" / "REDOGÖRELSE": the kind hyphenated over two lines.)
      const kindLine = /\p{Lu}-$/u.test(line) ? `${line.slice(0, -1)}${openingLine(text.lines[i + 1] ?? '')}` : line;
      // ("Region Jämtland Härjedalen / Hälso- och sjukvårdsförvaltningen / Barn- och ungdomshälsa" over "KALLELSE / …": one
      // block under the organisation's name, over a kind in capitals, is the sender's, however its unit is named.)
      // (… and over a report's kind in capitals, spaced out or with its year: "Region Jämtland Härjedalen / Område … /
      // Geriatrik" over "V E R K S A M H E T S B E R Ä T T E L S E  2 0 2 4". A bare "RAPPORT" is the letterhead's label.)
      const designedKind = TITLE_KIND.test(kindLine) && (text.info[i].letterSpaced === true || !isBareKind(kindLine));
      const senderAbove = (MEETING_PAPER_KIND.test(kindLine) || designedKind) && kindLine === kindLine.toUpperCase() && blocks.length === 1 && blocks[0].length <= 4 && isLetterheadLine(blocks[0][0]);
      // ("PROGRAM" in capitals, the letterhead's label, over "P r o g r a m  f ö r  r e g i o n a l …": the title restates it.)
      const labelRestated = blocks.length === 1 && blocks[0].length === 1 && isBareKind(blocks[0][0]) && kindLine.toLowerCase().startsWith(blocks[0][0].toLowerCase());
      if (labelRestated || (blocks.length && TITLE_KIND.test(kindLine) && !blocks.some((block) => TITLE_KIND.test(block[0])) && (blocks.flat().every(isLetterheadLine) || senderAbove))) {
        // ("Patientnämnden" / "Region Jämtland Härjedalen" over "VERKSAMHETS-" / "BERÄTTELSE": the body the report is
        // about heads the cover; it names the report.)
        // (A letter's is its sender: "Regionstyrelsen" over "YTTRANDE".)
        if (BODY_REPORT.test(kindLine)) bodyAbove ??= blocks.map(bodyNamed).find((body) => body !== undefined);
        blocks.length = 0;
        blockLines.length = 0;
      }
      // "Förslag till beslut Utskottet för infrastruktur" names kind and addressee: the subject follows.
      // (A sender's name and unit over several lines are no title: the title comes after them.)
      if (blocks.length && !blocks.flat().every(isLetterheadLine) && blocks.map((b) => b.join(' ')).join(' – ').replace(DOCUMENT_KIND, '').length > 45) break;
      blocks.push([line]);
      blockLines.push([i]);
    }
    lastLine = i;
    if (blocks.flat().join(' ').length > 220) break;
  }
  // ("SAMRÅDS- REDOGÖRELSE": a word the title hyphenated over two lines is one.)
  const titled = blocks.map(joinWrappedCapitals).filter((b) => b.length <= 220);
  const namesBody = titled.some((b) => b.split(/\s+/).some((word) => ORGAN_WORD.test(word)));
  return bodyAbove && titled.length > 0 && !namesBody ? [...titled, bodyAbove] : titled;
}

/** The kinds of paper a body writes about itself: its report or plan for the year. */
const BODY_REPORT = /^(?:verksamhetsberättelse|verksamhetsplan|årsrapport|årsberättelse|årsredovisning)/i;

/** "Gemensamma vuxenutbildningsnämnden" / "i Jämtlands län": a block's line naming a body, with the words it wraps onto. */
function bodyNamed(block: string[]): string | undefined {
  const at = block.findIndex((line) => ORGAN_WORD.test(line.split(/\s+/).at(-1) ?? ''));
  if (at < 0) return undefined;
  const rest = block.slice(at + 1);
  const goesOn = rest.findIndex((line) => !/^\p{Ll}/u.test(line));
  return [block[at], ...(goesOn < 0 ? rest : rest.slice(0, goesOn))].join(' ');
}

function isBareKind(line: string): boolean {
  return TITLE_KIND.test(line) && line.replace(TITLE_KIND, '').trim() === '';
}

/**
 * The lines right above a contact line (no blank line between) are a letterhead, not the title:
 * "Filmpool Jämtland / Region Jämtland Härjedalen, Regional utveckling / Kulturenheten / Box 654".
 */
function dropLetterhead(blocks: string[][], blockLines: number[][], contactLine: number): void {
  let line = contactLine - 1;
  while (blockLines.length > 0) {
    const lines = blockLines[blockLines.length - 1];
    const block = blocks[blocks.length - 1];
    while (lines.length > 0 && lines[lines.length - 1] === line) {
      lines.pop();
      block.pop();
      line -= 1;
    }
    if (lines.length > 0) return;
    blockLines.pop();
    blocks.pop();
  }
}

/** Name or unit lines that head a letterhead ("James Winoy", "Staben för regional utveckling"). */
function isPersonOrUnit(text: CleanedText, i: number): boolean {
  for (let j = i + 1; j < text.lines.length && j <= i + 6; j++) {
    if (/^(tfn|tel|telefon)[:.]?\s*\+?\d/i.test(text.lines[j])) return true;
  }
  return false;
}

function isSectionHeading(context: DocumentContext, line: number): boolean {
  return /^\d+(\.\d+)*\s+\p{Lu}/u.test(context.text.lines[line]) && context.headings.some((h) => h.line === line);
}

/** "Minnesanteckningar – Referensgruppen för" / "cirkulär ekonomi": a title naming the kind of paper, then the body. */
const KIND_DASH_TITLE = /^(?:minnesanteckningar|protokoll|kallelse(?:\s+och\s+föredragningslista)?|föredragningslista|dagordning)\s+[–-]\s+\p{Lu}/iu;

function kindDashTitle(lines: string[]): string | undefined {
  const at = lines.slice(0, 15).findIndex((line) => KIND_DASH_TITLE.test(line));
  if (at < 0) return undefined;
  let title = lines[at];
  for (const line of lines.slice(at + 1, at + 3)) {
    // It wraps after a word that cannot end it; a field ("Möte: …") is no part of it.
    if (!UNFINISHED_TITLE.test(title) || line.includes(':')) break;
    title += ` ${line}`;
  }
  return title;
}

/**
 * "PROTOKOLL" over "Sammanträdesdatum", the body and the day printed on every page and so taken for a running header:
 * the minutes are titled by that header.
 */
function withBodyFromHeader(title: string, text: CleanedText, range: [number, number]): string {
  // ("PROTOKOLL" / "Region Jämtland Härjedalen   Sammanträdesdatum": the organisation's name is the letterhead's, no body.)
  const rest = title.replace(MINUTES_HEADER, '').replace(/^(?:protokoll|minnesanteckningar)\s+/i, '').replace(/\d{4}-\d{2}-\d{2}/g, '').trim();
  if (rest && !ORGANISATION_ONLY.test(rest)) return title;
  const header = removedHeaders(text, range[0] - 1, Math.min(range[1], range[0] + 8)).find((removed) => {
    const body = removed.replace(/\s*\d{4}-\d{2}-\d{2}$/, '');
    return /\p{L}{4,}/u.test(body) && !MINUTES_HEADER.test(body);
  });
  return header ? `${title.replace(rest, '').trim()} ${header}` : title;
}

const ORGANISATION_ONLY = /^(?:region jämtland härjedalen|\p{L}+s kommun)$/iu;

/** The running headers cleaning took away from lines[from, to), in order, their spaces collapsed. */
function removedHeaders(text: CleanedText, from: number, to: number): string[] {
  const removed: string[] = [];
  for (let i = from; i < to; i++) {
    if (text.info[i].furniture === 'running-header' && text.info[i].removedText) removed.push(text.info[i].removedText!.replace(/\s+/g, ' ').trim());
  }
  return removed;
}

/**
 * "REGION JÄMTLAND HÄRJEDALEN   MINNESANTECKNINGAR" / "Näringslivsrådet Jämtland Härjedalen   Sammanträdesdatum" /
 * "2024-03-14", the first two taken for running headers: the kind, the body and the day.
 */
const HEADER_KIND = /(?:^|\s)(minnesanteckningar|sammanträdesprotokoll|protokoll)$/i;

function headerMinutesTitle(text: CleanedText, range: [number, number], lines: string[]): string | undefined {
  // (The document starts at its first line left, under the header lines taken away.)
  const removed = removedHeaders(text, Math.max(0, range[0] - 7), Math.min(range[1], range[0] + 6));
  const kindAt = removed.findIndex((line) => HEADER_KIND.test(line));
  if (kindAt < 0) return undefined;
  const body = removed.slice(kindAt + 1).map((line) => line.replace(/\s*sammanträdesdatum$/i, '')).find((line) => /\p{L}{4,}/u.test(line));
  const day = /^\d{4}-\d{2}-\d{2}$/.test(lines[0] ?? '') ? lines[0] : undefined;
  return [HEADER_KIND.exec(removed[kindAt])![1], body, day].filter(Boolean).join(' ');
}

function minutesTitle(lines: string[]): string {
  const parts = [lines[0]];
  for (const line of lines.slice(1, 8)) {
    if (/^justerandes/i.test(line) || MINUTES_LABEL.test(line)) continue;
    // "Sammanträdesdatum: 2026-05-20", "Plats: Jamtli": the header's fields, the day kept.
    const day = /^(?:sammanträdesdatum|sammanträdesdag|datum|mötesdatum)\s*:?\s*(\d{4}-\d{2}-\d{2})/i.exec(line)?.[1];
    if (day) {
      parts.push(day);
      continue;
    }
    if (MINUTES_PARTICULARS.test(line) || line.length > 90 || /^\p{L}[\p{L} ]{1,25}:\s/u.test(line)) break;
    if (/^§\s*\d+/.test(line)) {
      parts.push(line);
      break;
    }
    // "Jämtland Härjedalen Sammanträdesdatum": the label of the date column, run into the body's name; so are the
    // meeting's number and paragraphs ("SAMVERKANSGRUPPEN FÖR SJUKRESOR   Sammanträde 2/2024" / "OCH FÄRDTJÄNST   §§ 13–23").
    parts.push(line.replace(/\s+sammanträdesdatum$/i, '').replace(/\s+(?:sammanträde\s+(?:nr\s+)?\d{1,2}\/\d{4}|§§\s*\d+\s*[–-]\s*\d+)$/iu, ''));
  }
  // An extract is titled by its one paragraph; whole minutes by their body and date.
  const paragraphAt = /^(utdrag|protokollsutdrag)/i.test(lines[0]) ? lines.findIndex((l) => /^§\s*\d+/.test(l)) : -1;
  let paragraph = paragraphAt >= 0 ? lines[paragraphAt] : '';
  for (const line of lines.slice(paragraphAt + 1, paragraphAt + 4)) {
    if (paragraphAt < 0 || /[.]$/.test(paragraph) || /\)\s*$/.test(paragraph) || line.length > 90) break;
    // A title wraps after a word that cannot end it ("… Östersunds kommun och" / "Krokoms kommun – förstudie").
    if (!UNFINISHED_TITLE.test(paragraph) && !/^[\p{Ll}(]/u.test(line)) break;
    paragraph += ` ${line}`;
  }
  const head = parts.filter((p) => !/^§/.test(p)).join(' ');
  return paragraph ? `${head}, ${paragraph}` : head;
}

/**
 * "RKC – Verksamhetsberättelse 2024", "Verksamhetsberättelse 2023 – Infrastruktur och transporter": a running header
 * beside the kind of document names whose it is; a title block that left the name to the letterhead gets it.
 */
function withRunningSubject(title: string, header: string | undefined): string {
  const segments = header?.split(/\s+[–-]\s+/) ?? [];
  if (segments.length !== 2) return title;
  const kindAt = segments.findIndex((segment) => TITLE_KIND.test(segment));
  if (kindAt < 0) return title;
  const subject = segments[1 - kindAt].trim();
  const folded = title.toLowerCase();
  if (subject.length < 2 || subject.length > 60 || TITLE_KIND.test(subject) || folded.includes(subject.toLowerCase())) return title;
  return `${title} (${subject})`;
}

/** The text of the running header, or of the line beside the page number, without the page number. */
function runningHeaderText(text: CleanedText, range: [number, number]): string | undefined {
  for (let i = range[0] - 1; i < range[1]; i++) {
    const { furniture, removedText } = text.info[i];
    if ((furniture !== 'running-header' && furniture !== 'page-marker') || !removedText) continue;
    const header = removedText.replace(/\s+/g, ' ').replace(/\s*(?:sida|sid|s\.|page)?\s*\d{1,3}\s*(?:\(\s*\d{1,3}\s*\)|av\s+\d{1,3}|\/\s*\d{1,3})?$/i, '').trim();
    if (/\p{L}{4,}/u.test(header)) return header;
  }
  return undefined;
}

function runningHeaderTitle(text: CleanedText, range: [number, number]): string | undefined {
  for (let i = range[0] - 1; i < range[1]; i++) {
    const removed = text.info[i].removedText;
    if (text.info[i].furniture === 'running-header' && removed && /\p{L}{4,}/u.test(removed) && !/^utdrag/i.test(removed)) {
      return removed.replace(/\s+/g, ' ');
    }
  }
  return undefined;
}

/**
 * An untitled document named in an earlier list of annexes or decision documents: the listed
 * name whose words all occur in the document and occur most often there.
 */
function attachmentTitle(context: DocumentContext): string | undefined {
  const { text, range, previous } = context;
  const usedWords = previous.map((d) => new Set(d.title.toLowerCase().match(/\p{L}{5,}/gu) ?? []));
  const body = collectText(text, range[0] - 1, Math.min(range[1] - 1, range[0] + 300)).toLowerCase();
  let best: { name: string; score: number } | undefined;
  for (const candidate of annexNames(text, range[0] - 1)) {
    const name = candidate.replace(/^\d+\.\s*/, '');
    const words = name.toLowerCase().match(/\p{L}{5,}/gu) ?? [];
    if (!words.length) continue;
    // A name most of whose words are in an earlier document's title names that document.
    if (usedWords.some((used) => words.filter((w) => used.has(w)).length * 2 >= words.length)) continue;
    const counts = words.map((w) => countOccurrences(body, w.slice(0, Math.max(5, w.length - 2))));
    if (counts.some((c) => c === 0)) continue;
    const score = counts.reduce((sum, c) => sum + Math.log(1 + c), 0) / words.length;
    if (!best || score > best.score) best = { name, score };
  }
  return best?.name;
}

function countOccurrences(text: string, word: string): number {
  let count = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) count++;
  return count;
}

/** Names listed under "Bilagor" / "Beslutsunderlag" before a line, one per line or wrapped. */
function annexNames(text: CleanedText, before: number): string[] {
  const names: string[] = [];
  for (let i = Math.max(0, before - 2500); i < before; i++) {
    if (!/^(bilagor|beslutsunderlag)$/i.test(text.lines[i])) continue;
    const list: string[] = [];
    let numbered = false;
    for (let j = i + 1; j < before && j <= i + 12; j++) {
      const line = text.lines[j];
      if (!line) {
        if (list.length && !/^\p{Ll}/u.test(text.lines[j + 1] ?? '')) break;
        continue;
      }
      const isNumbered = /^\d{1,2}\.\s/.test(line);
      if (list.length && isNumbered !== numbered) break;
      if (line.length > 90 || endsSentence(line)) break;
      if (list.length && /^\p{Ll}/u.test(line)) list[list.length - 1] += ` ${line}`;
      else {
        numbered = isNumbered;
        list.push(line.replace(/^-\s*/, ''));
      }
    }
    names.push(...list);
  }
  return names;
}

/** Ends with a full stop that is not an abbreviation ("inkl.", "t.ex."). */
function endsSentence(line: string): boolean {
  if (/[!?]$/.test(line)) return true;
  return /\.$/.test(line) && !/\b(inkl|t\.ex|bl\.a|m\.m|m\.fl|resp|ca|kl|nr|st|osv|dvs|fd|tf|jfr|ev|mm)\.$/i.test(line);
}

function collectText(text: CleanedText, from: number, to: number): string {
  const parts: string[] = [];
  for (let i = from; i <= to && i < text.lines.length; i++) if (text.lines[i]) parts.push(text.lines[i]);
  return parts.join(' ');
}

/** "Regionplan" → "Regionplan 2018–2020" when the opening says "regionplanen 2018-2020". */
function withYears(title: string, text: CleanedText, opening: number[]): string {
  if (findYears(title).length) return title;
  const word = title.split(' ')[0];
  if (title.split(' ').length > 3 || word.length < 5) return title;
  const pattern = new RegExp(`\\b${word}(?:en|et)?\\s+(\\d{4})\\s*[-–]\\s*(\\d{4})`, 'i');
  for (const i of opening) {
    const match = pattern.exec(text.lines[i]);
    if (match) return `${title} ${match[1]}–${match[2]}`;
  }
  return title;
}
