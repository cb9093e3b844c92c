/**
 * Key-figure rows under their years, as units give them: "Nyckeltal 2021 2022 2023 — Besök i Jämtlandskartan (antal)
 * uppgift saknas 21 300 33 850". Which cell stands under a year, when that can be told.
 */

/** A key-figure row under its years: "Nyckeltal 2021 2022 2023 2024 — Avslutade upphandlingar, antal 71 84 84 97". */
export const YEAR_ROW = /((?:(?:19|20)\d{2}\s+){1,9}(?:19|20)\d{2})\s+—\s+(\S.*)$/u;

/** A cell saying the figure is missing: "uppgift saknas", "saknas", "ej tillgänglig", "..". */
const MISSING_CELL = /(?<![\p{L}])(?:uppgift saknas|uppgifter saknas|saknas|ej tillgänglig|ej tillgängligt|ej mätt|not available|n\/a|\.\.)(?![\p{L}])/iu;
const MISSING_WORDS = new Set(['uppgift', 'uppgifter', 'saknas', 'ej', 'tillgänglig', 'tillgängligt', 'mätt', 'not', 'available', 'n/a', '..']);
/** A cell's value: "84", "22,0", "12%", "38¹" (with its footnote mark), or a dash for none. */
export const CELL_VALUE = /^[–-]$|^\d+(?:[,.]\d+)?%?[¹²³⁴*]*$/;
const NUMBER_TOKEN = /^\d/;

/**
 * Whether the row's cell under `year` says the figure is missing ("uppgift saknas"). Undefined when the row has no such
 * cell, or its cells cannot be lined up with the years (a thousands separator may split a value in two).
 */
export function yearCellMissing(text: string, year: number): boolean | undefined {
  // (Most rows state every figure: the cheap test first.)
  if (!MISSING_CELL.test(text)) return undefined;
  const row = YEAR_ROW.exec(text);
  if (!row || !MISSING_CELL.test(row[2])) return undefined;
  const years = row[1].split(/\s+/);
  const at = years.indexOf(String(year));
  if (at < 0) return undefined;
  // The row's cells are its last tokens that are numbers or words of a missing-value phrase.
  const tokens = row[2].split(/\s+/);
  const atoms: Array<{ text: string; missing: boolean }> = [];
  for (let k = tokens.length - 1; k >= 0; k--) {
    // ("uppgift saknas**", "1 486*": a footnote's mark after the cell.)
    const token = tokens[k].replace(/[*¹²³⁴]+$/u, '');
    if (CELL_VALUE.test(tokens[k])) atoms.unshift({ text: token, missing: !NUMBER_TOKEN.test(token) });
    else if (MISSING_WORDS.has(token.toLowerCase())) {
      // ("uppgift saknas": one cell of two words.)
      if (atoms[0]?.missing && atoms[0].text.split(' ').length < 2) atoms[0].text = `${token} ${atoms[0].text}`;
      else atoms.unshift({ text: token, missing: true });
    } else break;
  }
  const cells = atoms.length === years.length ? atoms : withThousandsJoined(atoms);
  if (cells.length !== years.length) return undefined;
  return cells[at].missing;
}

/** "21 300" written with a space: a group of three digits after a number belongs to it. */
function withThousandsJoined(atoms: Array<{ text: string; missing: boolean }>): Array<{ text: string; missing: boolean }> {
  const joined: Array<{ text: string; missing: boolean }> = [];
  for (const atom of atoms) {
    const last = joined[joined.length - 1];
    if (last && !last.missing && !atom.missing && /^\d{3}$/.test(atom.text) && /^\d{1,3}(?: \d{3})*$/.test(last.text)) last.text = `${last.text} ${atom.text}`;
    else joined.push({ ...atom });
  }
  return joined;
}
