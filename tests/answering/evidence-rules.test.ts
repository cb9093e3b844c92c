/**
 * The evidence rules, each shown accepting and refusing on real sentences of the corpus:
 * the asked kind of fact (amounts, shares, ranges, a count next to what it counts), the asked
 * period (year, month, season), signature blocks, and lists announced by a count or by "Följande".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { answerIndexFor, type AnswerIndex } from '../../src/answering/answer-index.js';
import { periodMonthsIn } from '../../src/answering/dates.js';
import { countsIn, dateFit, decisionBodiesIn, hasDate, hasDayOfMonth, hasDiaryNumber, hasMoney, hasQuantity, inlineEnumeration, namesMunicipality, sameDecisionBody, statesRoleHolder } from '../../src/answering/features.js';
import { isTableOfContents, scoreUnits, typeFit, weighConcepts, yearFit, type ScoredUnit } from '../../src/answering/evidence.js';
import { QuestionMatcher } from '../../src/answering/matcher.js';
import { announcedCount, isSelection, selectEvidence, signatureTitle, THRESHOLDS } from '../../src/answering/select.js';
import { analyzeQuestion } from '../../src/answering/understand.js';
import type { Unit } from '../../src/answering/units.js';
import type { Passage } from '../../src/knowledge/index.js';
import { loadTestKnowledge } from '../helpers/knowledge.js';

let index: AnswerIndex;
beforeAll(async () => {
  index = answerIndexFor(await loadTestKnowledge());
});

const now = new Date('2022-03-01T10:00:00Z');

/** The corpus unit (sentence or line) that carries the given words (and, if given, is followed by a unit carrying `next`). */
function unitStarting(words: string, next?: string): { unit: Unit; passage: Passage } {
  for (const passage of index.kb.passages) {
    const units = index.unitsOf(passage);
    const unit = units.find((u, i) => u.text.includes(words) && (next === undefined || units[i + 1]?.text.includes(next)));
    if (unit) return { unit, passage };
  }
  throw new Error(`no unit carries "${words}"`);
}

function scored(question: string, opening: string): ScoredUnit {
  const analysis = analyzeQuestion(index, question, { now });
  const weighted = weighConcepts(index, analysis);
  const { unit, passage } = unitStarting(opening);
  const found = scoreUnits(index, analysis, weighted, [passage], new QuestionMatcher(weighted)).find((s) => s.unit === unit);
  if (!found) throw new Error(`unit not scored: ${opening}`);
  return found;
}

describe('statesRoleHolder', () => {
  it('reads a chair named after the organ and a year ("Ordförande i den regionala styrgruppen 2024 var …")', () => {
    expect(statesRoleHolder('Ordförande i den regionala styrgruppen 2024 var Kristina Wikberg, förvaltningschef.')).toBe(true);
    expect(statesRoleHolder('Ordföranden ställer proposition på förslaget.')).toBe(false);
  });

  it('reads a chair given as a label ("Ordförande: Torbjörn Malmsten") or in brackets ("Berit Lindmark (ordförande)")', () => {
    expect(statesRoleHolder('Plats: Regionens hus Ordförande: Torbjörn Malmsten, kommundirektör')).toBe(true);
    expect(statesRoleHolder('Styrelsen har bestått av Berit Lindmark (ordförande), Johannes Rydh och Åsa Tjärnberg.')).toBe(true);
    expect(statesRoleHolder('Styrelsen har bestått av Johannes Rydh och Åsa Tjärnberg.')).toBe(false);
  });

  it('reads the holder of the role kind asked: a convenor names no secretary, a vice chair no chair', () => {
    expect(statesRoleHolder('Sammankallande är Anders Holm, gymnasiechef i Härjedalens kommun.', 'secretary')).toBe(false);
    expect(statesRoleHolder('Sammankallande är Anders Holm, gymnasiechef i Härjedalens kommun.', 'chair')).toBe(true);
    expect(statesRoleHolder('Sekreterare: Lina Ersson, besöksnäringsstrateg', 'secretary')).toBe(true);
    expect(statesRoleHolder('Mats Ålander (S), vice ordförande, leder mötet.', 'chair')).toBe(false);
    expect(statesRoleHolder('Mats Ålander (S), vice ordförande, leder mötet.', 'vice-chair')).toBe(true);
    expect(statesRoleHolder('vice ordförande Mats Ålander öppnade mötet', 'chair')).toBe(false);
    // The member's council between name and role: "Mats Grenholm (C), Strömsunds kommun, vice ordförande".
    expect(statesRoleHolder('För 2024–2025 är Anneli Sjödin (S), Krokoms kommun, ordförande och Mats Grenholm (C), Strömsunds kommun, vice ordförande.', 'vice-chair')).toBe(true);
  });

  it('reads an election to the role ("valdes X …, till ny vice ordförande", "X valdes till ordförande")', () => {
    expect(statesRoleHolder('Vid sammanträdet den 12 mars valdes Per Holm (C), Bergs kommun, till ny vice ordförande för resten av mandatperioden.', 'vice-chair')).toBe(true);
    expect(statesRoleHolder('Beredningen beslutar att välja Eva Berg (S) till ordförande.', 'chair')).toBe(true);
    expect(statesRoleHolder('Eva Berg (S) valdes till ordförande.', 'chair')).toBe(true);
    expect(statesRoleHolder('Eva Berg (S) valdes till ledamot i styrelsen.', 'chair')).toBe(false);
    // The minutes' decision: "Rådet väljer / att X till ordförande".
    expect(statesRoleHolder('Skogsrådet väljer att Eva Berg till ordförande, samt att Per Holm till vice ordförande.', 'chair')).toBe(true);
  });

  it('reads a body led by someone as its chair ("… styrgrupp leds under 2024–2025 av X")', () => {
    expect(statesRoleHolder('RCC Norrs styrgrupp leds under 2024–2025 av Karin Forsgren, Region Norrbotten.', 'chair')).toBe(true);
    expect(statesRoleHolder('RCC Norrs styrgrupp leds under 2024–2025 av Karin Forsgren, Region Norrbotten.', 'secretary')).toBe(false);
  });
});

describe('a deadline asked', () => {
  it('is answered by a date stated as one ("senast 1 januari 2019"), not by a date for something else in the passage', () => {
    const question = 'Senast när ska regionen vara oberoende av inhyrda bemanningsföretag?';
    expect(scored(question, 'bemanningsföretag senast 1 januari 2019').typeFit).toBeGreaterThanOrEqual(THRESHOLDS.typeFit);
    const other = 'Senast när ska det nya avtalet för tätortstrafiken vara upphandlat?';
    expect(scored(other, 'Kostnaden för tätortstrafiken är minskad något').typeFit).toBeLessThan(THRESHOLDS.typeFit);
  });
});

describe('namesMunicipality', () => {
  it.each([
    ['Rumsbeläggningen i Åre var 52 procent.', 'Åre', true],
    ['Åres kommun ökade mest.', 'Åre', true],
    ['Beläggningen var 46,3 procent under året.', 'Åre', false],
    ['Avgift från kommunerna till Region Jämtland Härjedalen med 850 tkr.', 'Härjedalen', false],
    ['Jämtland/Härjedalen 2030 – innovativt och attraktivt', 'Härjedalen', false],
    ['Härjedalens kommun betalar 120 tkr.', 'Härjedalen', true],
    ['STRÖMSUNDS KOMMUN PROTOKOLLSUTDRAG', 'Strömsund', true],
    ['Berg, Bräcke, Härjedalen och Krokom deltar.', 'Härjedalen', true],
  ])('"%s" names %s: %s', (text, municipality, names) => {
    expect(namesMunicipality(text, municipality)).toBe(names);
  });
});

describe('hasQuantity', () => {
  it('does not read the day of a date as an amount or count', () => {
    expect(hasQuantity('Appen lanseras den 4 maj 2026 för alla resenärer.')).toBe(false);
    expect(hasQuantity('Vaccinationen startar 14 October.')).toBe(false);
    expect(hasQuantity('Den 4 maj deltog 12 personer.')).toBe(true);
    expect(hasDayOfMonth('Tvåfaktorsautentisering infördes den 15 april 2024.')).toBe(true);
    expect(hasDayOfMonth('Avtalen reviderades (november 2024).')).toBe(false);
  });
});

describe('countsIn', () => {
  it('does not read a number labelling something ("prioritet 1", "bilaga 2") as a count of it', () => {
    expect(countsIn('SOS Alarm larmar räddningstjänsten till sjukdomsfall med prioritet 1 där de hinner först.')).toEqual([]);
    expect(countsIn('Kostnaderna framgår av bilaga 2.')).toEqual([]);
    expect(countsIn('Rasmus Kindström Tfn: 063-14 62 08 Ärende 5 PM Kommersiella gästnätter')).toEqual([]);
    expect(countsIn('Räddningstjänsten larmades 412 gånger.').length).toBe(1);
  });

  it('reads an approximate count ("ett tjugotal avtal") as a count', () => {
    expect(countsIn('Idag har kommunerna ett tjugotal avtal med landstinget.').length).toBe(1);
  });
});

describe('hasDate', () => {
  it('reads a school year ("läsåret 21-22") as a time', () => {
    expect(hasDate('Ambitionen är en ny plattform på plats när läsåret 21-22 börjar.')).toBe(true);
    expect(hasDate('Plattformen ska vara på plats när läsåret börjar.')).toBe(false);
  });
});

describe('hasMoney', () => {
  it('reads an amount in tkr with or without a thousands space', () => {
    expect(hasMoney('bidrar med grundfinansiering om 2114 tkr')).toBe(true);
    expect(hasMoney('bidrar med 2 114 tkr')).toBe(true);
    expect(hasMoney('under 2114 bidrog regionen')).toBe(false);
  });

  it('reads the figures of a table or line whose heading names the currency ("Resultatbudget (tkr)") as amounts', () => {
    expect(hasMoney('Resultatbudget (tkr) 2016 2017 2018 Regionbidrag / nettobudget 306 756 314 118 323 542')).toBe(true);
    expect(hasMoney('Belopp i tkr: Näringsliv 7 547')).toBe(true);
    expect(hasMoney('Resultatbudget (tkr) 2016 2017 2018')).toBe(false);
    expect(hasMoney('Budget per verksamhetsområde 2016 redovisas i bilaga 1.')).toBe(false);
  });
});

describe('the asked kind of fact (question, corpus sentence → states it?)', () => {
  const steps: Array<[string, string, boolean]> = [
    // "How much" accepts an amount, a share, a range or a measure …
    ['Hur stor andel av energianvändningen i länet var förnybar?', 'År 2016 baserades hela 69% av energianvändningen', true],
    ['Hur mycket ska utsläppen av växthusgaser minska varje år?', 'Minst 10 procent minskade utsläpp av växthusgaser varje år under perioden 2020–2030.', true],
    ['What is the minimum share of customer time?', 'Andelen kundtid ska uppgå till minst 80 procent.', true],
    // … but not a sentence without one.
    ['Hur stor andel av energianvändningen i länet var förnybar?', 'Andelen fossila drivmedel som konsumeras finns framförallt inom transportsektorn', false],
    // "How many X" needs a count next to X (or another word of the question) …
    ['Hur många sammanträden hade Barnarenan?', 'Barnarenan har haft fyra sammanträden under året.', true],
    // Number words count whatever letter they start with ("åtta").
    ['How many formal meetings did the primärkommunala samverkansrådet have?', 'Det primärkommunala samverkansrådet har under 2020 haft åtta formella sammanträden', true],
    ['How many trainings did Kurs och konferens carry out?', 'Under hösten genomfördes 14 utbildningar', true],
    // … a count of something else, or an amount in tkr, is not one.
    ['Hur många sammanträden hade SVOM?', 'SVOM har beslutat om tre prioriterade områden under mandatperioden:', false],
    ['Hur många anställda har Torsta AB?', 'Torsta AB + 312 tkr 40 %', false],
    // "Härjedalens kommun" is where the count is asked for; a count of "kommuner" is not the count asked.
    ['Hur många huvudmannaplaner har Härjedalens kommun tagit fram?', 'Minst fem av länets kommuner har tagit fram', false],
    // "When" is best answered by a day; a month or a year alone states it less exactly.
    ['När sammanträdde landstingsstyrelsen?', 'Landstingsstyrelsen beslöt vid sammanträde 2014-09-30', true],
    // "Where" needs a place named after a preposition.
    ['Where have snabbladdare been established?', 'Tack vare detta arbete har snabbbladdare etablerats i Järpen och Hede', true],
    ['Where have snabbladdare been established?', 'Vi har arrangerat dialogmöten för att hitta ekonomiska och praktiska lösningar', false],
    // "Who" needs a person, or a title or body that acts: "strategin" holds no "strateg".
    ['Who drew up the reviderade regionala utvecklingsstrategin?', 'Den har en tydlig koppling till den reviderade regionala utvecklingsstrategin', false],
    // "Which §" needs a § number.
    ['Vilken paragraf hade ärendet om koldioxidutsläpp för resor?', '§ 144 Åtgärder för att minska koldioxidutsläpp för resor', true],
    ['Vilken paragraf hade ärendet om koldioxidutsläpp för resor?', 'Att genomföra en analys enligt denna metod uppfyller väl det uppdrag', false],
    // "När antogs handlingsplanen" needs a decision that names a plan, not a dated decision about something else.
    ['När antogs handlingsplanen för resor?', 'Landstingsstyrelsen beslöt vid sammanträde 2014-09-30', false],
  ];
  it.each(steps)('%s | "%s" → %s', (question, opening, states) => {
    const analysis = analyzeQuestion(index, question, { now });
    const weighted = weighConcepts(index, analysis);
    const fit = typeFit(index, analysis, unitStarting(opening).unit.text, weighted, new QuestionMatcher(weighted));
    expect(fit >= THRESHOLDS.typeFit).toBe(states);
  });
});

describe('the asked period (question, corpus sentence → another period?)', () => {
  const steps: Array<[string, string, boolean]> = [
    // A season asked, the sentence states the other one.
    ['How many trainings did Kurs och konferens carry out in the autumn of 2021?', 'Kurs och konferens genomförde 1 konferens och 13 utbildningar under våren.', true],
    ['How many trainings did Kurs och konferens carry out in the autumn of 2021?', 'Under hösten genomfördes 14 utbildningar', false],
    ['Hur många utbildningar genomförde Kurs och konferens under våren 2021?', 'Kurs och konferens genomförde 1 konferens och 13 utbildningar under våren.', false],
    // A count for a season does not answer for a quarter inside it.
    ['How many trainings did Kurs och konferens carry out in the first quarter of 2021?', 'Kurs och konferens genomförde 1 konferens och 13 utbildningar under våren.', true],
    // A count for the whole year does not answer for a season of it.
    ['How many formal meetings did the primärkommunala samverkansrådet hold in the spring of 2021?', 'Primärkommunala samverkansrådet har under 2021 haft åtta formella sammanträden', true],
    ['Hur många möten hade kommuncheferna under hösten 2021?', 'Kommuncheferna har haft 8 möten under året', true],
    // A dated decision is in the season of its date, whatever other months its passage names.
    ['Vilka uppdrag gav landstingsstyrelsen landstingsdirektören hösten 2014?', 'Landstingsstyrelsen beslöt vid sammanträde 2014-09-30', false],
    ['How many trainings did Kurs och konferens carry out in the spring of 2021?', 'Under hösten genomfördes 14 utbildningar', true],
  ];
  it.each(steps)('%s | "%s" → %s', (question, opening, other) => {
    expect(scored(question, opening).otherMonth).toBe(other);
  });

  it('rates a day above a month, a season or a year alone when "when" is asked', () => {
    for (const text of ['öppnad 4 september, med 8 studieplatser', 'sammanträde 2014-09-30', 'mötet den 7/2', 'on February 7, 2022']) expect(dateFit(text), text).toBe(1);
    for (const text of ['Studiero Online lanserades i september', 'vid årsskiftet 20/21 ', 'under 2021']) expect(dateFit(text), text).toBeLessThan(1);
    expect(dateFit('Två nya filialer öppnade')).toBe(0);
  });

  it('reads seasons, terms, quarters and half-years as months, and not the pronoun "vår"', () => {
    const cases: Array<[string, number[]]> = [
      ['Under hösten genomfördes 14 utbildningar', [8, 9, 10, 11, 12]],
      ['Starta SFI-utbildning på skolan med start vt 2016', [1, 2, 3, 4, 5, 6]],
      ['Rapporten för Q1 2022', [1, 2, 3]],
      ['under tredje kvartalet', [7, 8, 9]],
      ['during the second half of the year', [7, 8, 9, 10, 11, 12]],
      ['Ge förslag på olika sätt att klimatkompensera våra klimatpåverkande resor.', []],
      ['vår verksamhet har ställt om', []],
    ];
    for (const [text, months] of cases) expect([...periodMonthsIn(text)].sort((a, b) => a - b), text).toEqual(months);
  });

  const yearSteps: Array<[string, string, boolean]> = [
    // A yearless sentence of the 2021 report answers for 2021, not for a year its passage names in passing.
    ['How many meetings did Barnarenan have in 2021?', 'Barnarenan har haft fyra sammanträden under året.', true],
    ['How many meetings did Barnarenan have in 2019?', 'Barnarenan har haft fyra sammanträden under året.', false],
    // A sentence that states another year is refused for the asked one.
    ['Hur stor andel av energianvändningen i länet var förnybar 2015?', 'År 2016 baserades hela 69% av energianvändningen', false],
    ['Hur stor andel av energianvändningen i länet var förnybar 2016?', 'År 2016 baserades hela 69% av energianvändningen', true],
    // A year that names a document ("enligt överenskommelsen 2020") still rules out another document's sentence for another year.
    ['Hur stor var den ekonomiska ersättningen till regionen enligt överenskommelsen 2020?', 'Enligt avtalet uppgick den ekonomiska ersättningen 2021', false],
  ];
  it.each(yearSteps)('%s | "%s" → fits the year: %s', (question, opening, fits) => {
    const analysis = analyzeQuestion(index, question, { now });
    const { unit, passage } = unitStarting(opening);
    expect(yearFit(index, analysis, unit, passage) >= THRESHOLDS.yearFit).toBe(fits);
  });
});

describe('an amount asked by its noun and year ("what was the ersättning in 2020")', () => {
  it('takes the noun from the frame only', () => {
    expect(analyzeQuestion(index, 'What was the ekonomisk ersättning to Region Jämtland Härjedalen in 2020?', { now }).amountStems).toEqual(['ersättning']);
    expect(analyzeQuestion(index, 'Vad var den ekonomiska ersättningen till regionen 2021?', { now }).amountStems).toEqual(['ersättning']);
    expect(analyzeQuestion(index, 'Hur stor var den ekonomiska ersättningen till regionen 2021?', { now }).amountStems).toEqual(['ersättning']);
    expect(analyzeQuestion(index, 'How much was the total budget in 2016?', { now }).amountStems).toEqual(['budget', 'ekonomisk ram', 'ekonomiska ram']);
    // "budgeted" outside the frame names no amount noun.
    expect(analyzeQuestion(index, 'What result is budgeted for Torsta AB?', { now }).amountStems).toEqual([]);
  });

  it('is answered by the sentence stating that amount for that year, and not at all for a year without one', () => {
    const asked2021 = selectEvidence(index, analyzeQuestion(index, 'What was the ekonomisk ersättning to Region Jämtland Härjedalen in 2021?', { now }));
    expect(isSelection(asked2021) && asked2021.primary.unit.text).toContain('10 046 tkr');
    // Only 2021's amount is stated; the sentence on how the compensation is financed states none.
    expect(isSelection(selectEvidence(index, analyzeQuestion(index, 'What was the ekonomisk ersättning to Region Jämtland Härjedalen in 2020?', { now })))).toBe(false);
  });
});

describe('signature blocks', () => {
  // name line, the line after it (also at the start of the next passage) → the title that makes it a signature, or undefined
  const steps: Array<[string, string, string | undefined]> = [
    ['Ann-Marie Johansson (S)', 'Regionstyrelsens ordförande', 'Regionstyrelsens ordförande'],
    // Two capitalised words over a lead-in or a clause are a heading, not a signature.
    ['Målområde Medarbetare', 'Regionplanens strategiska mål inom området medarbetare:', undefined],
    ['Aktivitet Äldre', 'Aktivitetsmål Utvecklingsledare inom äldreområdet', undefined],
    // A sentence naming a person is not a name line.
    ['Barnarenan har haft fyra sammanträden under året.', 'Chefsarenor: Tjänstepersonsarenorna', undefined],
  ];
  it.each(steps)('"%s" over "%s" → %s', (nameLine, nextLine, title) => {
    const { unit, passage } = unitStarting(nameLine);
    const following = index.unitsOf(passage)[unit.index + 1] ?? index.unitsOf(index.kb.passages[(index.passagePosition(passage.id) ?? 0) + 1])[0];
    expect(following.text).toContain(nextLine.slice(0, 30));
    expect(signatureTitle(index, { ...scored('Vem undertecknade dokumentet?', nameLine), unit, passage })?.unit.text).toBe(title);
  });
});

describe('lists announced by a count or by "Följande"', () => {
  it('takes the count from the clause that ends in the colon', () => {
    const cases: Array<[string, number | undefined]> = [
      ['SocSam har beslutat om fyra prioriterade områden under mandatperioden:', 4],
      ['Under 2015 har BUZ valt fyra prioriterade områden:', 4],
      ['SVOM har haft fyra sammanträden under året. SVOM har beslutat om tre prioriterade områden:', 3],
      ['The region has decided on five horizontal priorities:', 5],
      // No colon, or only dates and years before it: no announced count.
      ['SocSam har beslutat om fyra prioriterade områden under mandatperioden.', undefined],
      ['Landstingsstyrelsen beslöt vid sammanträde 2014-09-30 – 10-01 att uppdra till landstingsdirektören att:', undefined],
    ];
    for (const [leadIn, count] of cases) expect(announcedCount(leadIn), leadIn).toBe(count);
  });

  it('collects exactly the announced items, not the heading and sentences after them', () => {
    const result = selectEvidence(index, analyzeQuestion(index, 'Which four priority areas has SocSam decided on for the term of office?', { now }));
    expect(isSelection(result)).toBe(true);
    if (!isSelection(result)) return;
    expect(result.listItems.map((u) => u.text)).toEqual([
      'Psykisk hälsa',
      'Kvalitetsförbättrande samverkansområden (länsgemensamma verksamheter)',
      'God och nära vård',
      'Välfärdsteknologin',
    ]);
  });

  it('a colon lead-in answers with its bulleted lines, ending at the last bullet, from its own document only', () => {
    const result = selectEvidence(index, analyzeQuestion(index, 'Vad är god vård enligt Socialstyrelsen, så som regionplanen beskriver det?', { now }));
    expect(isSelection(result)).toBe(true);
    if (!isSelection(result)) return;
    expect(result.primary.unit.text).toBe('Enligt Socialstyrelsen är god vård:');
    expect(result.listItems.map((u) => u.text)).toEqual(['kunskapsbaserad och ändamålsenlig', 'säker', 'individanpassad', 'effektiv', 'jämlik', 'tillgänglig.']);
    for (const unit of result.supporting) expect(unit.passage.source.documentId).toBe(result.primary.passage.source.documentId);
  });

  it('a heading-like lead-in on a slide ("Intervjuade aktörer") brings its bulleted lines and stops at the next slide', () => {
    const result = selectEvidence(index, analyzeQuestion(index, 'Which actors were interviewed in the evaluation of the current assignment?', { now }));
    expect(isSelection(result)).toBe(true);
    if (!isSelection(result)) return;
    expect(result.primary.unit.text).toMatch(/Intervjuade aktörer$/);
    const items = result.listItems.map((u) => u.text);
    expect(items.slice(0, 6)).toEqual(['Tillväxtcheferna i alla 8 kommuner', 'Strömsund kommun', 'Ragunda kommun', 'JHT', 'Destination Östersund, Åre, Vemdalen', 'E-tour']);
    expect(items[6]).toMatch(/^Swedavia/);
    expect(items).toHaveLength(7);
  });

  it('a list spread over sub-headings that each end in the same label is read as those sub-headings', () => {
    const result = selectEvidence(index, analyzeQuestion(index, 'Which assignments are in the overview of the revised agreement (översikt uppdrag)?', { now }));
    expect(isSelection(result)).toBe(true);
    if (!isSelection(result)) return;
    const items = result.listItems.map((u) => u.text);
    expect(items).toHaveLength(5);
    expect(items[0]).toMatch(/^Kommunövergripande strategiskt arbete/);
    expect(items.at(-1)).toBe('Företagsetablering');
    expect(items.join(' ')).not.toContain('Innehåll');
  });

  it('a chosen table row brings every row of its table, across the passage split at a row', () => {
    const result = selectEvidence(index, analyzeQuestion(index, 'Vilka aktiebolag med koppling till Regionala utvecklingsförvaltningen ägs till minst 20 procent?', { now }));
    expect(isSelection(result)).toBe(true);
    if (!isSelection(result)) return;
    const quoted = [result.primary.unit.text, ...result.listItems.map((u) => u.text)].join(' | ');
    for (const company of ['Länstrafiken', 'Torsta', 'Almi', 'Vattenbrukscentrum']) expect(quoted).toContain(company);
  });

  it('a list named inside one sentence ("… är A, B, C samt D") just after the chosen sentence is quoted first', () => {
    const result = selectEvidence(index, analyzeQuestion(index, 'Vilka samverkansorgan ska bedöma tjänstemannastödet?', { now }));
    expect(isSelection(result)).toBe(true);
    if (!isSelection(result)) return;
    expect(result.primary.unit.text).toMatch(/^Berörda samverkansorgan är FoU-rådet, Lärcentrasamverkan,.*samt förvaltningschefer\.$/);
    expect(result.supporting.map((s) => s.unit.text).join(' ')).toContain('bedömning av tjänstemannastödet');
  });

  it('the same list asked in English ("collaboration bodies", "assess", "official support")', () => {
    const result = selectEvidence(index, analyzeQuestion(index, 'Which collaboration bodies are to assess the official support?', { now }));
    expect(isSelection(result)).toBe(true);
    if (!isSelection(result)) return;
    expect(result.primary.unit.text).toMatch(/^Berörda samverkansorgan är FoU-rådet/);
  });

  it('a sentence is an inline list only with three or more short items after "är", "som" or a colon', () => {
    expect(inlineEnumeration('Berörda samverkansorgan är FoU-rådet, Lärcentrasamverkan, SocSam(sociala området), BUZ(barn och ungdom), IFO-chefer samt förvaltningschefer.')?.subject).toBe('Berörda samverkansorgan ');
    expect(inlineEnumeration('Samverkansorgan där det finns överlappande ledamöter som Barnarenan, SVOM)(social, vård och omsorg) värderas inte enskilt.')).toBeUndefined();
    expect(inlineEnumeration('För de gemensamma samverkansorganen görs en bedömning av tjänstemannastödet utifrån ett antal konkreta frågor.')).toBeUndefined();
  });

  it('goals asked by their heading and area are the lines under that heading in that area, not a same-named heading elsewhere', () => {
    const result = selectEvidence(index, analyzeQuestion(index, 'Vilka övergripande mål finns för näringsliv och företagande?', { now }));
    expect(isSelection(result)).toBe(true);
    if (!isSelection(result)) return;
    expect(result.primary.passage.source.section[0]).toMatch(/NÄRINGSLIV OCH FÖRETAGANDE/);
    const items = result.listItems.map((u) => u.text);
    expect(items[0]).toMatch(/^Fler arbetstillfällen och fler personer är företagare/);
    expect(items.join(' ')).toContain('Fler kluster och gränsöverskridande nätverk');
    expect(items.join(' ')).not.toMatch(/Transportsystem/);
  });

  it('a line the dump joined to a list heading ("… som Strategiska mål inom området samhälle") brings the list under it', () => {
    const result = selectEvidence(index, analyzeQuestion(index, 'What are the strategic goals under område Samhälle in Regionplan 2018–2020?', { now }));
    expect(isSelection(result)).toBe(true);
    if (!isSelection(result)) return;
    const items = result.listItems.map((u) => u.text);
    expect(items[0]).toBe('Fler arbetstillfällen för män och kvinnor i privat och offentlig sektor');
    expect(items).toContain('Tillgänglig och samordnad hälso- och sjukvård');
  });
});

describe('a day the question names', () => {
  it('is not answered from the notice of another meeting day', () => {
    const otherDay = scored('Vem valdes till justerare på Regionens samverkansråd 2022-05-30?', 'Val av justerare');
    expect(otherDay.otherMonth).toBe(true);
    const sameDay = scored('Vem valdes till justerare på Regionens samverkansråd 2022-02-07?', 'Val av justerare');
    expect(sameDay.otherMonth).toBe(false);
  });
});

describe('the body a question names (fullmäktige, styrelse, nämnd …)', () => {
  it('reads bodies without their endings and takes a bare head as the named body', () => {
    expect(decisionBodiesIn('Nämnden har tretton ordinarie ledamöter')).toEqual(['nämnd']);
    expect(decisionBodiesIn('hur många ledamöter sitter i regionfullmäktige?')).toEqual(['regionfullmäktige']);
    expect(sameDecisionBody('regionala utvecklingsnämnd'.split(' ')[1], 'nämnd')).toBe(true);
    expect(sameDecisionBody('regionfullmäktige', 'nämnd')).toBe(false);
  });

  it('does not count another body\'s members as the asked body\'s', () => {
    expect(scored('Hur många ledamöter sitter i regionfullmäktige?', 'Nämnden har tretton ordinarie ledamöter').otherBody).toBe(true);
    expect(scored('Hur många ledamöter har regionala utvecklingsnämnden?', 'Nämnden har tretton ordinarie ledamöter').otherBody).toBe(false);
    expect(isSelection(selectEvidence(index, analyzeQuestion(index, 'hur många ledamöter sitter i regionfullmäktige enligt regionplan 2018-2020?', { now })))).toBe(false);
  });

  it('drops abbreviated function words ("t.o.m.") instead of requiring them', () => {
    const labels = weighConcepts(index, analyzeQuestion(index, 'Vilket resultat hade regionen t.o.m. mars 2022?', { now })).map((w) => w.concept.label);
    expect(labels.some((l) => l.startsWith('t.o.m'))).toBe(false);
  });
});

describe('a municipality the question asks about ("i Krokoms kommun")', () => {
  it('is a place the sentence itself must name', () => {
    const analysis = analyzeQuestion(index, 'Hur stor andel av energianvändningen i Krokoms kommun var förnybar 2016?', { now });
    const place = weighConcepts(index, analysis).find((w) => w.concept.label.startsWith('Krokom'));
    expect(place?.concept).toMatchObject({ critical: true, local: true });
    // The county's share is stated; the municipality's is not.
    expect(isSelection(selectEvidence(index, analysis))).toBe(false);
    expect(isSelection(selectEvidence(index, analyzeQuestion(index, 'Hur stor andel av energianvändningen i länet var förnybar 2016?', { now })))).toBe(true);
  });
});

describe('a body named with the date of its meeting ("… till RSR 7/2")', () => {
  it('points to the papers of that meeting, which need not name the body', () => {
    const question = 'Sammanställningen om besöksnäringsutveckling till RSR 7/2 – vilken förbättringspotential nämndes för nuvarande tjänsteupplägg?';
    const selection = selectEvidence(index, analyzeQuestion(index, question, { now }));
    // The evaluation's own words answer, not the notice's line listing it among the papers.
    expect(isSelection(selection) && selection.primary.unit.text).toContain('nuvarande tjänsteupplägg');
  });
});

describe('a diary number', () => {
  it('is read in the forms the registers use', () => {
    for (const text of ['Kommunikationspolicy RS/369/2016 2016-04-11', 'Bredbandsstrategi RS/2013-64', 'Klimatstrategi 423-1574-2014 Länsstyrelsen', 'Dnr KS 2027/118']) {
      expect(hasDiaryNumber(text), text).toBe(true);
    }
  });

  it('is not a date, a period or a phone number', () => {
    for (const text of ['2016-04-11', 'Finansplan 2018-2020', 'tel. 063-14 75 00', 'läsåret 2028/29']) expect(hasDiaryNumber(text), text).toBe(false);
  });
});

describe('statesRoleHolder for a contact person', () => {
  it('reads "Kontaktperson för strategin är Henrik Strand" as naming the holder', () => {
    expect(statesRoleHolder('Kontaktperson för strategin är Henrik Strand, regional bredbandskoordinator.')).toBe(true);
    expect(statesRoleHolder('Kommunens kontaktperson och ansvarig för införandet i den egna organisationen.')).toBe(false);
  });
});

describe('dateFit', () => {
  it('does not date anything by the years heading the columns of a table of amounts', () => {
    expect(dateFit('Tabell 3. Regionens nettokostnad för kollektivtrafiken (mnkr) År 2021 utfall 2022 prognos 2023 budget Inlandståget 1,5 1,5 1,8')).toBeLessThan(THRESHOLDS.typeFit);
    expect(dateFit('Inlandståget startar sommarsäsongen i juni 2024.')).toBeGreaterThanOrEqual(THRESHOLDS.typeFit);
    expect(dateFit('Planen gäller från 2024.')).toBeGreaterThanOrEqual(THRESHOLDS.typeFit);
  });
});

describe('a table of contents run into one line', () => {
  it('is read as one with or without each heading\'s page number', () => {
    expect(isTableOfContents('Innehåll 1 Inledning 2 Nuläge 3 Begrepp 4 Mål')).toBe(true);
    expect(isTableOfContents('Innehåll 1 Inledning 2 2 Utgångsläge 2 3 Begrepp och definitioner 4 4 Vision och övergripande mål 5 5 Insatsområden 6')).toBe(true);
  });

  it('is read as one when a heading holds a year span, and a sentence counting in numbers is not one', () => {
    expect(isTableOfContents('Innehåll 1 Sammanfattning 2 2 Uppdrag 3 3 Länsplanen 2022–2033 – genomförande 4 4 Statlig medfinansiering 6 5 Gång och cykel 7')).toBe(true);
    expect(isTableOfContents('Under 2023 byggdes 1 ny bro. 2 vägar fick ny beläggning. 3 broar reparerades och 4 Trafikverket')).toBe(false);
  });
});

