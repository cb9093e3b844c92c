import { describe, expect, it } from 'vitest';
import { extractOrgans, organNamesIndex } from '../../src/knowledge/extract/organs.js';
import { extractPeople } from '../../src/knowledge/extract/people.js';
import { FILES, prepare } from './corpus.js';

describe('extractOrgans', () => {
  it('finds bodies written "Name (ABBR)" and "ABBR (Name, …)" in the 2022 pack, citing the line', () => {
    const organs = extractOrgans(prepare(FILES.pack2022));
    const byId = new Map(organs.map((o) => [o.id, o]));
    expect(byId.get('pkr')).toMatchObject({ name: 'Primärkommunala samverkansrådet', abbreviations: ['PKR'] });
    expect(byId.get('pkr')?.sources[0]).toMatchObject({ file: FILES.pack2022, lines: [2000, 2000] });
    expect(byId.get('socsam')).toMatchObject({ name: 'Sociala samrådsgruppen' });
    expect(byId.get('socsam')?.description).toMatch(/^Sociala samrådsgruppen, politisk arena för socialtjänst/);
    expect(byId.get('rss')?.name).toBe('Regionala samverkans-och stödstruktur');
  });

  it('leaves out strategies, methods and party letters', () => {
    const ids = extractOrgans(prepare(FILES.pack2022)).map((o) => o.id);
    expect(ids).not.toContain('rus');
    expect(ids).not.toContain('imd');
    expect(extractOrgans(prepare('partier.txt', ['Elise Ryder Wikén (M) och Berit Johansson (C) yrkar bifall.'])).map((o) => o.id)).toEqual([]);
  });

  it('reads a new organ from an unseen document and survives broken parentheses', () => {
    const raw = ['Kulturrådet i Jämtlands län (KRJ) har haft fyra möten.', 'Styrgruppen (SG är inte stängd', 'RUN (Regionalt utvecklingsnätverk) träffades.'];
    const organs = extractOrgans(prepare('ny.txt', raw));
    expect(organs.map((o) => [o.id, o.name])).toEqual([
      ['krj', 'Kulturrådet i Jämtlands län'],
      ['run', 'Regionalt utvecklingsnätverk'],
    ]);
  });
});

describe('organNamesIndex', () => {
  it('names every organ a text mentions by any of its names, as whole words only', () => {
    const namesOf = organNamesIndex([
      { id: 'pkr', name: 'Primärkommunala samverkansrådet', abbreviations: ['PKR'], aliases: ['Primärkommunala rådet'], sources: [] },
      { id: 'rug', name: 'Regional utvecklingsgrupp', abbreviations: ['RUG'], aliases: [], sources: [] },
    ]);
    expect(namesOf('I oktober fattade Primärkommunala rådet beslut.')).toEqual(['Primärkommunala samverkansrådet', 'PKR', 'Primärkommunala rådet']);
    expect(namesOf('PKRX och RUGBY är inga organ.')).toEqual([]);
  });
});

describe('extractPeople on damaged input', () => {
  it('skips a contact block without a name and a signature without a title', () => {
    const raw = ['Regional utveckling', 'Tfn: 063-14 00 00', 'E-post: info@regionjh.se', '', 'Östersund den 1 mars 2023', '', 'Anna Andersson', '', 'Text.'];
    expect(extractPeople(prepare('trasig.txt', raw))).toEqual([]);
  });

  it('reads a letterhead in an unseen document', () => {
    const raw = ['Kajsa Berg', 'Kultur och bildning', 'Tfn: 063-14 12 34', 'E-post: kajsa.berg@regionjh.se', '2023-03-01', '', 'Kallelse till möte'];
    expect(extractPeople(prepare('brev.txt', raw))).toEqual([
      expect.objectContaining({ id: 'kajsa-berg', name: 'Kajsa Berg', units: ['Kultur och bildning'], phone: '063-14 12 34', email: 'kajsa.berg@regionjh.se' }),
    ]);
  });
});
