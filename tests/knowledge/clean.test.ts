import { describe, expect, it } from 'vitest';
import { cleanLines, collapseLetterSpacing } from '../../src/knowledge/clean.js';
import { FILES, line, rawLinesOf } from './corpus.js';

describe('cleanLines on the 2022 meeting pack (001)', () => {
  const raw = rawLinesOf(FILES.pack2022);
  const cleaned = cleanLines(raw);

  it('keeps exactly one cleaned line per source line, so line numbers stay citable', () => {
    expect(cleaned.lines).toHaveLength(raw.length);
    expect(line(cleaned, 942)).toBe('Energikontoret');
  });

  it('collapses the letter-spaced agenda title', () => {
    expect(line(cleaned, 1)).toBe('Kallelse/föredragningslista');
  });

  it('removes the agenda header repeated mid-agenda (59-61) but keeps the first one', () => {
    expect([59, 60, 61].map((n) => line(cleaned, n))).toEqual(['', '', '']);
    expect(cleaned.info[59].furniture).toBe('running-header');
    expect(line(cleaned, 2)).toBe('Regionens samverkansråd');
  });

  it('removes "Page n of m" and "n(m)" page furniture and numbers pages from the footers', () => {
    expect(line(cleaned, 950)).toBe('');
    expect(line(cleaned, 954)).toBe('');
    expect(cleaned.info[945].page).toBe(27);
    expect(cleaned.info[960].page).toBe(28);
  });

  it('joins words broken at a line end with or without a hyphen', () => {
    expect(line(cleaned, 990)).toBe('Transporter Energieffektivisering');
    expect(line(cleaned, 991)).toBe('företag');
    expect(line(cleaned, 1025)).toBe('Energieffektiviseringsnätverk');
  });

  it('joins a number split over two lines ("2" / "248 tkr")', () => {
    expect(line(cleaned, 1086)).toMatch(/överskott om 2 248$/);
    expect(line(cleaned, 1087)).toMatch(/^tkr\./);
  });

  it('keeps real hyphens before "och" ("Post- och telestyrelsens")', () => {
    expect(line(cleaned, 49)).toMatch(/Post-$/);
    expect(line(cleaned, 50)).toMatch(/^och telestyrelsens/);
  });

  it('turns bullet glyphs into list items', () => {
    expect(line(cleaned, 82)).toBe('- Tillväxtcheferna i alla 8 kommuner');
    expect(cleaned.info[81].bullet).toBe(true);
  });

  it('normalises narrow no-break spaces (U+202F)', () => {
    expect(cleaned.lines.join('\n')).not.toMatch(/[\u202f\u00a0\u2028]/);
  });
});

describe('cleanLines on the 2015 meeting pack (002)', () => {
  const cleaned = cleanLines(rawLinesOf(FILES.pack2015));

  it('joins "Överens-" / "kommelsen" and "Primär-" / "kommunala"', () => {
    expect(line(cleaned, 159)).toMatch(/Överenskommelsen$/);
    expect(line(cleaned, 202)).toMatch(/Primärkommunala$/);
  });

  it('drops "Datum 2(2)" and turns tick boxes into options', () => {
    expect(line(cleaned, 61)).toBe('');
    expect(line(cleaned, 247)).toBe('- Har inte haft någon detaljerad plan');
  });

  it('removes repeated minutes headers on later pages but keeps the letterheads of each attachment', () => {
    expect(line(cleaned, 666)).toBe('');
    expect(line(cleaned, 668)).toBe('');
    expect(line(cleaned, 609)).toBe('Regionfullmäktige');
    expect(line(cleaned, 229)).toBe('Tfn: 063-14 65 85');
  });

  it('strips the page mark from a minutes title on page 1', () => {
    expect(line(cleaned, 607)).toBe('Utdrag sammanträdesprotokoll');
  });
});

describe('cleanLines on the markdown-like report (004) and the plan (000)', () => {
  it('removes markdown while remembering heading levels', () => {
    const cleaned = cleanLines(rawLinesOf(FILES.report2020));
    expect(line(cleaned, 8)).toBe('Verksamhetsberättelse 2020');
    expect(cleaned.info[7].markdownHeading).toBe(2);
    expect(line(cleaned, 6)).toBe('E-post: elin.nirjens@regionjh.se');
    expect(line(cleaned, 20)).toBe('EU och övergripande regional utveckling | 3');
  });

  it('keeps the running header of the plan as removed text with its page', () => {
    const cleaned = cleanLines(rawLinesOf(FILES.plan));
    expect(cleaned.info[226].furniture).toBe('running-header');
    expect(cleaned.info[226].removedText).toBe('Verksamhetsplan och budget 2016 - 2018');
    expect(cleaned.lines.join('\n')).not.toMatch(/[\uf0b7\uf0e0\uf0a7\u2028]/);
  });
});

describe('cleanLines on footers written "Sida n av m"', () => {
  it('removes them, also after the document\'s short title, and numbers the pages from them', () => {
    const cleaned = cleanLines(['Årets arbete', 'Arkivet har haft åtta anställda.', 'Verksamhetsberättelse 2024 – Föreningsarkivet Sida 3 av 8', 'Nästa sida', 'Sida 4 av 8']);
    expect(cleaned.lines).toEqual(['Årets arbete', 'Arkivet har haft åtta anställda.', '', 'Nästa sida', '']);
    expect(cleaned.info[1].page).toBe(3);
    expect(cleaned.info[3].page).toBe(4);
  });
});

describe('cleanLines on damaged input', () => {
  it('survives empty input, whitespace-only lines and stray glyphs', () => {
    const cleaned = cleanLines(['', '   ', '\u2028', '\uf0b7', '-', 'Page 3 of', '(12)']);
    expect(cleaned.lines).toHaveLength(7);
    expect(cleaned.lines.slice(0, 5)).toEqual(['', '', '', '', '']);
  });

  it('does not join a hyphenated word with the next line when the next line starts a new sentence', () => {
    const cleaned = cleanLines(['Detta gäller Vård-', 'Och omsorg']);
    expect(cleaned.lines).toEqual(['Detta gäller Vård-', 'Och omsorg']);
  });

  it('treats a line of letter-spaced text as one word only when most tokens are single letters', () => {
    expect(collapseLetterSpacing('P r o t o k o l l')).toBe('Protokoll');
    expect(collapseLetterSpacing('K O M P E T E N S  O C H  K U N S K A P ')).toBe('KOMPETENS OCH KUNSKAP');
    // Single gaps throughout: the year still stands apart from the word.
    expect(collapseLetterSpacing('V e r k s a m h e t s b e r ä t t e l s e 2 0 2 5')).toBe('Verksamhetsberättelse 2025');
    expect(collapseLetterSpacing('I år är det 8 av 10 i')).toBe('I år är det 8 av 10 i');
  });

  it('joins a spaced-out title broken with a hyphen over two lines into one word', () => {
    const cleaned = cleanLines(['V E R K S A M H E T S -', 'B E R Ä T T E L S E', '2 0 2 4', '', 'Vård- och omsorgsnämnden']);
    expect(cleaned.lines.slice(0, 3)).toEqual(['VERKSAMHETSBERÄTTELSE', '', '2024']);
    expect(cleaned.lines[4]).toBe('Vård- och omsorgsnämnden');
  });

  it('splits a spaced-out heading with no wider gap between its words into words the file writes elsewhere', () => {
    const cleaned = cleanLines([
      'Innehåll',
      '7 Viktiga händelser under perioden ........ 5',
      'Handlingsplanen gäller 2030.',
      '7 V i k t i g a h ä n d e l s e r u n d e r p e r i o d e n',
      'H A N D L I N G S P L A N',
      'K l i m a t o m s t ä l l n i n g s p l a n',
    ]);
    expect(cleaned.lines[3]).toBe('7 Viktiga händelser under perioden');
    // A run the file writes as the start of a word is one word; a run the file never writes stays whole.
    expect(cleaned.lines[4]).toBe('HANDLINGSPLAN');
    expect(cleaned.lines[5]).toBe('Klimatomställningsplan');
  });

  it('removes the boxes minutes print at each page\'s foot ("Justerandes sign Utdragsbestyrkande"), keeping the names above them', () => {
    const cleaned = cleanLines(['Annika Storbacken Maja Renström', 'Justerandes sign Utdragsbestyrkande ', 'Justerandes signatur', 'Utdragsbestyrkande Ulla Berg 2027-06-04']);
    expect(cleaned.lines).toEqual(['Annika Storbacken Maja Renström', '', '', 'Utdragsbestyrkande Ulla Berg 2027-06-04']);
    expect(cleaned.info[1].furniture).toBe('running-header');
  });

  it('does not treat repeated tick-box options as running headers', () => {
    const cleaned = cleanLines(['1. Fråga?', '☐ Nöjd', '☐ Missnöjd', '', '2. Fråga?', '☐ Nöjd', '☐ Missnöjd']);
    expect(cleaned.lines[5]).toBe('- Nöjd');
    expect(cleaned.lines[6]).toBe('- Missnöjd');
  });
});

describe('cleanLines on a minutes\' head with its page in "s. n/m" and lines of "="', () => {
  const raw = [
    'PROTOKOLL 6/2033                                     GNS prot. 2033-11-14   s. 1/2', '==================================================================',
    'Organ ......... Gemensamma nämnden för snöröjning', '==================================================================', '§ 47  Mötets öppnande', 'Ordföranden öppnar mötet.',
    'PROTOKOLL 6/2033                                     GNS prot. 2033-11-14   s. 2/2', '§ 48  Val av justerare',
  ];
  const cleaned = cleanLines(raw);

  it('keeps the first page\'s head without its page mark and takes the next page\'s for furniture', () => {
    expect(cleaned.lines[0]).toBe('PROTOKOLL 6/2033 GNS prot. 2033-11-14');
    expect(cleaned.lines[6]).toBe('');
    expect(cleaned.info[6].furniture).toBe('running-header');
  });

  it('reads a line of "=" as a rule, not text', () => {
    expect(cleaned.lines[1]).toBe('');
    expect(cleaned.lines[3]).toBe('');
  });
});
