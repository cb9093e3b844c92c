/**
 * Minutes in the region's format (tests/answering/fixtures/minutes): a header whose column labels
 * ("Sammanträdesdatum", "Sida") are printed apart from their values, paragraphs "§ 8" with their title on the
 * next lines, and the parts of each paragraph ("Ärendebeskrivning", "Yrkande", "Beslut").
 */
import { describe, expect, it } from 'vitest';
import { foldKey, stem } from '../../src/answering/text.js';
import { yearFit } from '../../src/answering/evidence.js';
import { analyzeQuestion } from '../../src/answering/understand.js';
import { answersFrom } from '../helpers/fixture-answers.js';

const { shown, declined, index } = answersFrom('tests/answering/fixtures/minutes');

describe('minutes', () => {
  it('are titled by their kind, body and date, not by the labels of the header\'s columns', () => {
    expect(index().kb.documents.map((d) => d.title)).toContain('SAMMANTRÄDESPROTOKOLL Beredningen för folkhälsa Jämtland Härjedalen 2026-04-16');
  });

  it('have a section per paragraph, titled by its number and its wrapped title, with its parts below it', () => {
    const sections = index().kb.passages.map((p) => p.source.section.join(' › '));
    const paragraph = '§ 8 Gemensam satsning på rökfria skolgårdar i Bergs, Åre och Krokoms kommuner – förstudie';
    expect(sections).toContain(`${paragraph} › Yrkande`);
    expect(sections).toContain(`${paragraph} › Beslut`);
    expect(sections).toContain('§ 9 Informationsärenden › Beslut');
    // "§ 10 Dnr RS/318/2026" has its diary number on the § line and its title on the next.
    expect(sections).toContain('§ 10 Dnr RS/318/2026 Bidrag till kommunernas arbete med tobaksfri skoltid 2027 › Beslut');
  });

  it('take a paragraph\'s title over to the next line while it is unfinished, and read its parts only from the first paragraph on', () => {
    const sections = index().kb.passages.map((p) => p.source.section.join(' › '));
    expect(sections).toContain('§ 214 Remissvar – Utvecklad samordning inom rehabiliteringsområdet (Ds 2027:23) › Beslut');
    // The proposal before the extract lists its documents under "Beslutsunderlag" within its own section.
    expect(sections.some((s) => s.endsWith('Beslutsunderlag'))).toBe(false);
  });

  it('answer what a member moved from the paragraph\'s "Yrkande"', () => {
    expect(shown('Vad yrkade Edström om rökfria skolgårdar?')).toContain('samtliga kommuner senast 2029');
    // A first name with a hyphen opens the sentence that names who reserved themselves.
    expect(shown('Vem reserverade sig mot beslutet om rökfria skolgårdar?')).toMatch(/^[^\n]*Anna-Karin Bodin/);
    // … and the other part of the question is answered from another part of the same § ("Yrkande" before "Beslut").
    const both = shown('§ 8 – vem reserverade sig mot beslutet om rökfria skolgårdar, och vad ville hen ändra?');
    expect(both).toContain('Anna-Karin Bodin');
    expect(both).toContain('redan hösten 2026');
  });
});

describe('which party a member belongs to ("vilket parti tillhör …")', () => {
  it('is answered by the party written by the person or the role asked about', () => {
    expect(shown('Beredningen för folkhälsa 16/4 – vilket parti tillhör ordföranden?')).toContain('Petra Lindkvist (C), ordförande');
    expect(shown('Beredningen för folkhälsa 16/4 – which party is Nils Edström from?')).toContain('Nils Edström (M)');
    // "who took the notes" asks for the antecknare.
    expect(shown('Beredningen för folkhälsa 16/4 – who took the notes?')).toContain('Lena Strand');
  });

  it('is not answered by another member\'s party when the role asked has none written', () => {
    declined('Beredningen för folkhälsa 16/4 – vilket parti tillhör sekreteraren?');
  });
});

describe('an amount named by its verb ("how much did X grant")', () => {
  it('is not answered by another sum beside the name, only by one granted', () => {
    expect(shown('Hur mycket beräknas rökfria skolgårdar kosta?')).toContain('2,4 miljoner kronor');
    declined('How much did Folkhälsomyndigheten grant to rökfria skolgårdar?');
  });
});

describe('an abbreviation no text defines, spelled by the initials of a body\'s title ("VOR" for "vård, omsorg och rehabilitering")', () => {
  it('finds that body\'s minutes', () => {
    expect(shown('who was justerare at länsberedningen VOR 12/3?')).toContain('Petra Holmgren');
  });
});

describe('an abbreviation no text defines, in a compound ("VOR-beredningen")', () => {
  it('is read as the phrase its initials spell, with and without the rest of the compound', () => {
    const concept = analyzeQuestion(index(), 'vem var justerare i VOR-beredningen 12/3?', {}).concepts.find((c) => c.label === 'VOR-beredningen');
    const phrase = ['vård', 'omsorg', 'rehabilitering'].map((w) => stem(foldKey(w)));
    expect(concept?.forms.map((f) => f.stems.join(' '))).toEqual(expect.arrayContaining([[...phrase, stem('beredningen')].join(' '), phrase.join(' ')]));
  });
});

describe('an abbreviation no text writes, spelled by the parts of a compound in a title ("AU" for "arbetsutskott")', () => {
  it('finds what that body decided', () => {
    expect(shown('Vad beslutade regionstyrelsens AU om remissvaret om rehabiliteringsområdet?')).toContain('avge yttrande');
  });
});

describe('a minutes\' signature page, each signing line labelled above its name ("Sekreterare ……" / "Karin Westin")', () => {
  it('names the secretary and the chair from the labels above their names, not the next label', () => {
    expect(shown('Vem var sekreterare vid Samverkansrådet för trafiksäkerhet den 19 maj 2026?')).toMatch(/^Karin Westin/);
    expect(shown('vem var ordförande för samverkansrådet för trafiksäkerhet 19/5?')).toMatch(/^Gunilla Sjöberg/);
  });
});

describe('an attendance list the dump joined into one paragraph', () => {
  it('is read member by member: one member\'s role and another\'s municipality are no one fact', () => {
    // The chair is the region's member; Strömsund's member holds no role.
    declined('Vem är ordförande i Strömsunds samverkansråd för trafiksäkerhet?');
    expect(shown('vem var vice ordförande i samverkansrådet för trafiksäkerhet 19/5?')).toContain('Mats Ekström');
  });
});

describe('"which item was struck from the agenda" when the council met on a named day', () => {
  it('is answered from the minutes, with the struck item\'s title from that day\'s agenda', () => {
    const answer = shown('Vilken punkt utgick från dagordningen när Trafiksäkerhetsrådet sammanträdde den 19 maj 2026?');
    expect(answer).toContain('punkt 5 utgår');
    expect(answer).toContain('Viltolyckor på E14');
    // Struck is "utgår" in the minutes' words, whichever verb the question uses.
    for (const verb of ['utgick', 'ströks']) {
      const concept = analyzeQuestion(index(), `Vilken punkt ${verb} från dagordningen?`).concepts.find((c) => c.label === verb);
      expect(concept?.forms.flatMap((f) => f.stems), verb).toContain(stem(foldKey('utgår')));
    }
  });
});

describe('minutes dated by their meeting day and no period of their own', () => {
  it('are about the year of that day: a sentence naming no year fits a question about it', () => {
    const analysis = analyzeQuestion(index(), 'Vilken punkt utgick hos Trafiksäkerhetsrådet 2026?');
    const passage = index().kb.passages.find((p) => p.text.includes('Punkten utgår'))!;
    const unit = index().unitsOf(passage).find((u) => u.text.startsWith('Punkten utgår'))!;
    expect(yearFit(index(), analysis, unit, passage)).toBeGreaterThanOrEqual(0.9);
  });
});

describe('"när" opening a clause the question dates itself', () => {
  it('asks no date when another question word leads ("Vilken punkt utgick när rådet sammanträdde den 19 maj 2026?")', () => {
    expect(analyzeQuestion(index(), 'Vilken punkt utgick när Trafiksäkerhetsrådet sammanträdde den 19 maj 2026?').asks.date).toBe(false);
    expect(analyzeQuestion(index(), 'När sammanträdde Trafiksäkerhetsrådet i maj 2026?').asks.date).toBe(true);
    expect(analyzeQuestion(index(), 'Vem var ordförande när rådet sammanträdde?').asks.date).toBe(true);
  });
});

describe('"who adjusted the minutes" of a day whose agenda names no one for "Val av justerare"', () => {
  it('is answered by the minutes of that day, not declined on the agenda', () => {
    expect(shown('vem justerade minnesanteckningarna från Trafiksäkerhetsrådets möte 2026-05-19')).toMatch(/^[^\n]*Mats Ekström/);
  });
});

describe('"who dissented" on a day whose agenda names a presenter for the item', () => {
  it('is answered by the minutes\' reservation, not by the agenda\'s presenter', () => {
    const answer = shown('Vem reserverade sig mot beslutet om skolskjutsar på Trafiksäkerhetsrådet 19/5?');
    expect(answer).toMatch(/^[^\n]*Henrik Dahlqvist/);
    expect(answer).not.toContain('Anders Lindblad');
  });
});


describe('a meeting named by where it was held ("trafiksäkerhetsrådets möte i Östersund")', () => {
  it('is found by its place, and its item\'s presenter named', () => {
    expect(shown('Vilka föredrog viltolyckor på E14 på trafiksäkerhetsrådets möte i Östersund?')).toMatch(/^[^\n]*Per Ström/);
  });
});

describe('who led a meeting whose chair was absent', () => {
  it('is the acting chair who signed the minutes ("Mötesordförande"), not the chair listed as absent', () => {
    for (const question of ['vem ledde museirådets sammanträde den 19 maj 2026?', 'Who chaired the Museirådet meeting on 19 May 2026?']) {
      const text = shown(question);
      expect(text).toMatch(/^Per Holm/);
      expect(text).not.toContain('Eva Nordin');
    }
  });

  it('is not answered for a day the documents hold no papers of, by the chair of another day', () => {
    declined('Who chaired the Museirådet meeting on 3 March 2026?');
  });
});
