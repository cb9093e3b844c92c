import { beforeAll, describe, expect, it } from 'vitest';
import { answerIndexFor, type AnswerIndex } from '../../src/answering/answer-index.js';
import { extractTemporalFacts, periodMonthsIn } from '../../src/answering/dates.js';
import { detectLanguage } from '../../src/answering/language.js';
import { analyzeQuestion } from '../../src/answering/understand.js';
import { foldKey, stem } from '../../src/answering/text.js';
import { loadTestKnowledge } from '../helpers/knowledge.js';

describe('detectLanguage', () => {
  it.each([
    ['who chairs kommunchefsgruppen', 'en'],
    ['What did Energikontoret achieve 2021', 'en'],
    ['Vem är ordförande i kommunchefsgruppen?', 'sv'],
    ['Vad står RUG för?', 'sv'],
    ['Hur många möten hade PKR 2021?', 'sv'],
    ['When is KUI doing the VO-C certification?', 'en'],
  ])('"%s" is %s', (question, language) => {
    expect(detectLanguage(question)).toBe(language);
  });
});

describe('extractTemporalFacts', () => {
  it('reads the month of "septembermötet" as the month of the meeting, leaving the meeting word', () => {
    const facts = extractTemporalFacts('vilken remisstid föreslås i kallelsen till septembermötet?');
    expect(facts.months).toEqual([{ month: 9 }]);
    expect(facts.remainder).toContain('mötet');
    expect(facts.remainder).not.toContain('september');
  });

  it.each([
    ['at the RSR meeting on 7 February 2022', '2022-02-07'],
    ['on 7 Feb 2022', '2022-02-07'],
    ['mötet den 7 februari 2022', '2022-02-07'],
    ['samverkansrådet 2022-02-07', '2022-02-07'],
    ['on February 7, 2022', '2022-02-07'],
    ['mötet 7/2 2022', '2022-02-07'],
    ['on 28 September 2015', '2015-09-28'],
    ['JHT-utvärderingen (RSR 20220207)', '2022-02-07'],
    ['RS 3/5-22, dag ett', '2022-05-03'],
    ['RSR 30 maj -22, ANDT-diskussionen', '2022-05-30'],
    ["mötet 7 feb '22.", '2022-02-07'],
  ])('reads the date in "%s"', (text, iso) => {
    expect(extractTemporalFacts(text).dates.map((d) => d.iso)).toEqual([iso]);
  });

  it('keeps a date without year as month and day', () => {
    expect(extractTemporalFacts('mötet 7/2').dates).toEqual([expect.objectContaining({ iso: '--02-07', month: 2, day: 7 })]);
  });

  it('does not read a range over two months as a short year ("7 maj–22 juni")', () => {
    expect(extractTemporalFacts('7 maj–22 juni').dates.map((d) => d.iso)).toEqual(['--05-07', '--06-22']);
  });

  it('reads a span of months and a tertial as the months they cover', () => {
    expect(periodMonthsIn('Delårsrapport januari–september 2034')).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(periodMonthsIn('jan–sep')).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(periodMonthsIn('utfallet för tertial 2')).toEqual([5, 6, 7, 8]);
    expect(periodMonthsIn('den 7 maj till 22 juni')).toEqual([]);
  });

  it('reads a two-day date range', () => {
    expect(extractTemporalFacts('meeting on 16–17 June 2015').dates[0]).toMatchObject({ iso: '2015-06-16', endDay: 17 });
  });

  it('tells standalone years from years inside dates and diary numbers', () => {
    const facts = extractTemporalFacts('Who presents RUN/34/2018 on 7 Feb 2022, and what happened in 2021?');
    expect(facts.diaryNumbers).toEqual(['RUN/34/2018']);
    expect(facts.years).toEqual([2021, 2022]);
    expect(facts.standaloneYears).toEqual([2021]);
  });

  it('expands year ranges and reads months with a year', () => {
    expect(extractTemporalFacts('enligt regionplanen 2018–2020').standaloneYears).toEqual([2018, 2019, 2020]);
    expect(extractTemporalFacts('in May 2020').months).toEqual([{ month: 5, year: 2020 }]);
  });

  it.each([
    ['Vad handlar punkt 12 om?', 12],
    ['Who presents item 5?', 5],
    ['Vad gäller ärende 7?', 7],
  ])('reads the item number in "%s"', (text, item) => {
    expect(extractTemporalFacts(text).itemNumber).toBe(item);
  });

  it('marks relative years for the caller to resolve', () => {
    expect(extractTemporalFacts('Vad hände förra året?').relativeYear).toBe(-1);
    expect(extractTemporalFacts('What happened last year?').relativeYear).toBe(-1);
  });
});

describe('analyzeQuestion on the real corpus', () => {
  let index: AnswerIndex;
  beforeAll(async () => {
    index = answerIndexFor(await loadTestKnowledge());
  });

  it('reads "what\'s" and "who\'s" as the question words written out', () => {
    const contracted = analyzeQuestion(index, "what's the Energikontoret budget for 2021?");
    const written = analyzeQuestion(index, 'what is the Energikontoret budget for 2021?');
    expect(contracted.asks).toEqual(written.asks);
    expect(contracted.asks.money).toBe(true);
    expect(analyzeQuestion(index, "who's the chair of kommunchefsgruppen?").asks.person).toBe(true);
  });

  it('reads "av vilket organ" as what is asked for, not as a word the answer must hold', () => {
    const analysis = analyzeQuestion(index, 'När fastställdes regionplanen, och av vilket organ?');
    expect(analysis.concepts.map((c) => c.label.toLowerCase())).not.toContain('organ');
  });

  it('reads "jobbat med" as asking what was worked on, in the documents\' word ("arbetat"), and "placements" as "platser"', () => {
    const worked = analyzeQuestion(index, 'vad har kommunchefsgruppen jobbat med under 2021?');
    expect(worked.asks.results).toBe(true);
    expect(worked.concepts.flatMap((c) => c.forms.flatMap((f) => f.stems))).toContain(stem(foldKey('arbetat')));
    const placements = analyzeQuestion(index, 'how many placements were registered in 2024?');
    expect(placements.concepts.flatMap((c) => c.forms.flatMap((f) => f.stems))).toContain(stem(foldKey('platser')));
  });

  it('defines the words asked about, not an abbreviation that only names where they stand', () => {
    expect(analyzeQuestion(index, 'What does kommunal överenskommelse mean in the RUS, and who signed it?').definitionTarget).not.toBe('RUS');
    expect(analyzeQuestion(index, 'Vad betyder RUS?').definitionTarget).toBe('RUS');
  });

  it('reads "who presented" and "vem föredrog" as asking about a meeting\'s agenda, as "presents" and "föredrar" are', () => {
    expect(analyzeQuestion(index, 'who presented the point on the verksamhetsberättelse at the SVOM meeting?').asks.agenda).toBe(true);
    expect(analyzeQuestion(index, 'vem föredrog verksamhetsberättelsen på samverkansrådet?').asks.agenda).toBe(true);
  });

  it('reads a programme named by its period as a plan, and a meeting\'s programme as its agenda', () => {
    expect(analyzeQuestion(index, 'when was the geodata programme 2023–2026 adopted and by which body').asks.agenda).toBe(false);
    expect(analyzeQuestion(index, "what's on the programme for the samverkansråd meeting?").asks.agenda).toBe(true);
  });

  it('reads "innan X tog över" as dating the question, not as asking who is new', () => {
    const labels = analyzeQuestion(index, 'vem var ordförande i kommunchefsgruppen förra året, innan Tjärnström tog över').concepts.map((c) => c.label.toLowerCase());
    expect(labels).not.toContain('ny');
    expect(analyzeQuestion(index, 'vem tog över som ordförande i kommunchefsgruppen?').concepts.map((c) => c.label.toLowerCase())).toContain('ny');
  });

  it('reads "vilken dygnskostnad / avgift" as asking for an amount', () => {
    expect(analyzeQuestion(index, 'Vilken dygnskostnad gäller för utskrivningsklara under 2025?').asks.money).toBe(true);
    expect(analyzeQuestion(index, 'Vilken avgift tar regionen för hjälpmedel?').asks.money).toBe(true);
  });

  it('does not look only in a document the question calls out of date ("the regionplan lists someone else")', () => {
    const contrasted = analyzeQuestion(index, 'who is the ordförande of kommunchefsgruppen now? Regionplan 2018–2020 lists someone else');
    expect(contrasted.documentIds).toEqual([]);
    expect(contrasted.concepts.map((c) => c.label.toLowerCase())).not.toContain('regionplan');
    expect(analyzeQuestion(index, 'who is the ordförande of kommunchefsgruppen according to Regionplan 2018–2020?').documentIds.length).toBeGreaterThan(0);
  });

  it('reads "medan" as joining a clause, not as a word the answer must hold', () => {
    const analysis = analyzeQuestion(index, 'vem är tf ordförande i kommunchefsgruppen medan ordföranden är tjänstledig?');
    expect(analysis.concepts.map((c) => c.label.toLowerCase())).not.toContain('medan');
  });

  it('reads "drog X i gång" as when X started', () => {
    const labels = analyzeQuestion(index, 'När drog kommunchefsgruppen i gång sitt nätverk?').concepts.map((c) => c.label.toLowerCase());
    expect(labels).toContain('startade');
    expect(labels).not.toContain('drog');
    expect(labels).not.toContain('gång');
  });

  it('reads "sitt nya verksamhetsår" as the year ahead ("kommande år")', () => {
    const labels = analyzeQuestion(index, 'Vilka frågor ska kommunchefsgruppen prioritera under sitt nya verksamhetsår?').concepts.map((c) => c.label.toLowerCase());
    expect(labels).toContain('kommande');
    expect(labels).not.toContain('verksamhetsår');
  });

  it('reads "jobb" in the documents\' word for new jobs, "arbetstillfällen"', () => {
    const stems = analyzeQuestion(index, 'hur många jobb gav etableringarna 2021?').concepts.flatMap((c) => c.forms.flatMap((f) => f.stems));
    expect(stems).toContain(stem(foldKey('arbetstillfällen')));
  });

  it('reads "separate" in the documents\' word for it, "särskilda" ("särskilda möten")', () => {
    const stems = analyzeQuestion(index, 'which samebyar did Åre hold separate meetings with?').concepts.flatMap((c) => c.forms.flatMap((f) => f.stems));
    expect(stems).toContain(stem(foldKey('särskilda')));
  });

  it('reads "revised" and "corrected" in the documents\' words for a corrected figure, "korrigerad" / "rättelse"', () => {
    const stems = analyzeQuestion(index, 'The figure for 2023 was revised – what is the corrected number?').concepts.flatMap((c) => c.forms.flatMap((f) => f.stems));
    expect(stems).toContain(stem(foldKey('korrigerade')));
    expect(stems).toContain(stem(foldKey('rättelse')));
  });

  it('reads "hur länge" / "how long" as asking a duration, not as a word the answer must hold', () => {
    for (const question of ['hur länge räknas en person som nyanländ enligt regionplanen?', 'how long is a person counted as newly arrived in the regionplan?']) {
      const labels = analyzeQuestion(index, question).concepts.map((c) => c.label.toLowerCase());
      expect(labels).not.toContain('länge');
      expect(labels).not.toContain('long');
    }
  });

  it('reads "how many took part" as who went through it, not as something taken or a part', () => {
    const analysis = analyzeQuestion(index, 'How many managers took part in the BAM training in 2023?');
    const stems = analysis.concepts.flatMap((c) => c.forms.flatMap((f) => f.stems));
    expect(stems).toContain(stem(foldKey('genomgick')));
    expect(analysis.concepts.map((c) => c.label)).not.toContain('took');
    expect(analysis.concepts.map((c) => c.label)).not.toContain('part');
  });

  it('reads "which unions were represented" as the employees\' side and its representatives', () => {
    const analysis = analyzeQuestion(index, 'Which unions were represented at the CSG meeting on 2024-03-14?');
    const forms = (label: string) => analysis.concepts.find((c) => c.label === label)?.forms.flatMap((f) => f.stems) ?? [];
    expect(forms('unions')).toContain(stem(foldKey('arbetstagarparten')));
    expect(forms('represented')).toContain(stem(foldKey('representant')));
  });

  it('reads "how did the waiting times develop in the first half of 2024" in the documents\' words', () => {
    const analysis = analyzeQuestion(index, 'How did waiting times to the first visit at Beroendemottagningen develop in the first half of 2024?');
    const forms = (label: string) => analysis.concepts.find((c) => c.label === label)?.forms.flatMap((f) => f.stems) ?? [];
    expect(forms('väntetid')).toContain(stem(foldKey('väntetid')));
    expect(forms('halvåret').length).toBeGreaterThan(0);
    expect(forms('visit')).toContain(stem(foldKey('besök')));
    // How something developed is how it changed: "en förbättring från 24 dagar".
    expect(forms('develop')).toContain(stem(foldKey('förbättring')));
  });

  it('reads a value asked for as final or corrected ("slutligt värde", "rättats") as a revised one', () => {
    const analysis = analyzeQuestion(index, 'Vilket slutligt värde fick andelen för 2023, efter att siffran rättats?');
    const forms = (label: string) => analysis.concepts.find((c) => c.label === label)?.forms.flatMap((f) => f.stems) ?? [];
    expect(forms('rättats')).toContain(stem(foldKey('reviderades')));
    expect(forms('slutligt')).toContain(stem(foldKey('reviderades')));
  });

  it('reads "åk 8-elever" as the school year written out and the pupils, not as a code the answer must carry', () => {
    const analysis = analyzeQuestion(index, 'Vilket målvärde gäller för andelen åk 8-elever som deltagit i YAM?');
    expect(analysis.concepts.map((c) => c.label)).not.toContain('8-elever');
    expect(analysis.concepts.find((c) => c.label === 'åk')?.forms.flatMap((f) => f.stems)).toContain(stem(foldKey('årskurs')));
  });

  it('reads "what has X done so far in 2032" as asking for results, with "so far" no word to find', () => {
    const analysis = analyzeQuestion(index, 'what has Energikontoret done so far in 2021?');
    expect(analysis.asks.results).toBe(true);
    expect(analysis.concepts.map((c) => c.label.toLowerCase())).not.toContain('far');
  });

  it('reads an abbreviation in capitals that spells a month ("MAR") as the abbreviation, and "mar 2022" as the month', () => {
    expect(analyzeQuestion(index, 'Vad står MAR för?').concepts.map((c) => c.label)).toContain('MAR');
    expect(analyzeQuestion(index, 'Hur många möten hölls i mar 2022?').concepts.map((c) => c.label.toLowerCase())).not.toContain('mar');
  });

  it('does not look for the county\'s name inside another name ("Leader Jämtland Härjedalen")', () => {
    const labels = analyzeQuestion(index, 'Leader Jämtland Härjedalen – vem är ordförande?').concepts.map((c) => c.label.toLowerCase());
    expect(labels).toContain('leader');
    expect(labels).not.toContain('jämtland');
    expect(labels).not.toContain('härjedalen');
  });

  it('finds "1:1-medel" written "1:1 medel": the parts a hyphen joins, the ratio whole', () => {
    const analysis = analyzeQuestion(index, 'how much 1:1-medel goes into Funktionella Mittstråket?');
    const concept = analysis.concepts.find((c) => c.label === '1:1-medel');
    expect(concept?.forms.map((f) => f.stems)).toContainEqual(['1:1', 'medel']);
  });

  it('keeps a year inside a named plan\'s period as the year asked, unless the question writes the period', () => {
    expect(analyzeQuestion(index, 'Vad säger regionplanen om utfallet för 2019?').years).toContain(2019);
    expect(analyzeQuestion(index, 'Vad säger regionplanen 2018–2020 om utfallet?').years).not.toContain(2019);
  });

  it('reads "in mnkr" as asking for an amount, with the unit no word to find', () => {
    const analysis = analyzeQuestion(index, 'Vad var Energikontorets resultat för 2021 i mnkr?');
    expect(analysis.asks.money).toBe(true);
    expect(analysis.concepts.map((c) => c.label.toLowerCase())).not.toContain('mnkr');
  });

  it('reads "groups/funktioner" as either word, the English one in Swedish too', () => {
    const analysis = analyzeQuestion(index, 'which groups/funktioner were the dialogues held with?');
    const stemsOf = (label: string) => analysis.concepts.find((c) => c.label === label)?.forms.map((f) => f.stems.join(' ')) ?? [];
    expect(stemsOf('groups/funktioner')).toContain(stem(foldKey('funktioner')));
    expect(stemsOf('groups/funktioner')).toContain(stem(foldKey('grupper')));
    expect(stemsOf('dialogues')).toContain(stem(foldKey('dialoger')));
  });

  it('reads "what\'s the 2030 goal for the region as a producer of …" as asking a goal, not a definition', () => {
    const analysis = analyzeQuestion(index, "what's the 2030 goal for the region as a producer of förnybar energi?");
    expect(analysis.asks.goal).toBe(true);
    expect(analysis.asks.definition).toBe(false);
    expect(analysis.concepts.find((c) => c.label === 'producer')?.forms.map((f) => f.stems.join(' '))).toContain(stem(foldKey('produktion')));
  });

  it('reads "the follow-up PM" as the memo named by its topic, and "communication" in Swedish', () => {
    const analysis = analyzeQuestion(index, 'follow-up PM – through whom should all communication be channelled?');
    const labels = analysis.concepts.map((c) => c.label);
    expect(labels).not.toContain('PM');
    expect(analysis.concepts.find((c) => c.label === 'communication')?.forms.map((f) => f.stems.join(' '))).toContain(stem(foldKey('kommunikation')));
  });

  it('reads "ordf" as the chair', () => {
    const analysis = analyzeQuestion(index, 'vem var ordf för kommuncheferna 2021?');
    expect(analysis.roleKind).toBe('chair');
    expect(analysis.concepts.flatMap((c) => c.forms.flatMap((f) => f.stems))).toContain(stem(foldKey('ordförande')));
  });

  const stems = (question: string) => analyzeQuestion(index, question).concepts.flatMap((c) => c.forms.flatMap((f) => f.stems));

  it('reads "nådda" as "uppnådda" too, "äger" as "ägs", and "lack" as "saknar" or "utan" (a column "Utan vattenskyddsområde")', () => {
    expect(stems('Vilka mål ska vara nådda till 2020 i regionplanen?')).toContain(stem(foldKey('uppnådda')));
    expect(stems('Vilka kommuner äger bolaget?')).toContain(stem(foldKey('ägs')));
    expect(stems('Which kommuner lack a VA-plan?')).toEqual(expect.arrayContaining([stem(foldKey('saknar')), stem(foldKey('utan'))]));
  });

  it('reads "vilka datum" as asking for dates, with "datum" no word to find', () => {
    const analysis = analyzeQuestion(index, 'Vilka datum sammanträder kommunchefsgruppen 2022?');
    expect(analysis.asks.date).toBe(true);
    expect(analysis.concepts.map((c) => c.label.toLowerCase())).not.toContain('datum');
  });

  it('reads "VD" as verkställande direktör, and "sat in for" as the deputy serving in a member\'s place', () => {
    expect(stems('Vem är VD för Energikontoret?')).toContain(stem(foldKey('direktör')));
    expect(stems('who sat in for Krokom at the meeting 2022-02-07?')).toEqual(expect.arrayContaining([stem(foldKey('tjänstgörande')), stem(foldKey('ersättare'))]));
  });

  it('reads "vems" as asking who, not as a word to find', () => {
    const analysis = analyzeQuestion(index, 'på vems uppdrag arbetar Energikontoret?');
    expect(analysis.asks.person).toBe(true);
    expect(analysis.concepts.map((c) => c.label.toLowerCase())).not.toContain('vems');
  });

  it('links an inflected organ name to its record ("kommunchefsgruppen")', () => {
    const analysis = analyzeQuestion(index, 'who chairs kommunchefsgruppen');
    expect(analysis.entities.map((e) => e.id)).toContain('kommunchefsgruppen');
    expect(analysis.asks.person).toBe(true);
    expect(analysis.roleKind).toBe('chair');
  });

  it('reads "last year" of a paper named by its month ("the notes from feb 2025") as the year before the paper\'s', () => {
    const now = { now: new Date('2026-11-22T10:00:00Z') };
    expect(analyzeQuestion(index, 'per the samverkansråd notes from feb 2022, how many trips were made last year?', now).years).toEqual([2021]);
    // (Compared with the year before, the month's year is still the one asked.)
    expect(analyzeQuestion(index, 'Hur mycket högre var bidragen till och med mars 2022 jämfört med året innan?', now).years).toContain(2022);
  });

  it('takes a year written out over "förra året", and keeps neither as words to find', () => {
    const analysis = analyzeQuestion(index, 'Hur stort överskott blev det förra året (2021)?', { now: new Date('2026-11-22T10:00:00Z') });
    expect(analysis.strictYears).toEqual([2021]);
    const labels = analysis.concepts.map((c) => c.label.toLowerCase());
    expect(labels).not.toContain('förra');
    expect(labels).not.toContain('året');
    expect(labels).not.toContain('stort');
    expect(analyzeQuestion(index, 'Hur många möten hölls förra året?', { now: new Date('2022-03-01T10:00:00Z') }).strictYears).toEqual([2021]);
  });

  it('counts "året innan" / "förra året" from the year of the report the question names', () => {
    const now = { now: new Date('2026-11-22T10:00:00Z') };
    expect(analyzeQuestion(index, 'Hur stort var överskottet året innan, enligt verksamhetsberättelsen 2021?', now).strictYears).toEqual([2020]);
    // "sett från rapporten" only frames the question.
    const framed = analyzeQuestion(index, 'Hur stort var överskottet förra året sett från verksamhetsberättelsen 2021?', now);
    expect(framed.strictYears).toEqual([2020]);
    expect(framed.concepts.map((c) => c.label)).not.toContain('sett');
  });

  it('reads a passive\'s past as its supine too ("berördes" finds "som berörts av")', () => {
    const berördes = analyzeQuestion(index, 'Hur många personer berördes av kokningsrekommendationerna?').concepts.find((c) => c.label === 'berördes');
    expect(berördes?.forms.flatMap((f) => f.stems)).toContain(stem(foldKey('berörts')));
  });

  it('reads "what changes are proposed" as a list question about förändringar', () => {
    const analysis = analyzeQuestion(index, 'What changes are proposed in the revised agreement?');
    expect(analysis.asks.list).toBe(true);
    expect(analysis.concepts.flatMap((c) => c.forms.flatMap((f) => f.stems))).toContain('forandring');
  });

  it('reads "CO2" as the koldioxid the documents write', () => {
    const stems = analyzeQuestion(index, 'How much should CO2 from business travel decrease?').concepts.flatMap((c) => c.forms.flatMap((f) => f.stems));
    expect(stems).toContain(stem('koldioxid'));
  });

  it('reads "pandemiåret" as the pandemic, the year being the one asked', () => {
    const stems = analyzeQuestion(index, 'Vilka nya forum skapades under pandemiåret 2020?').concepts.flatMap((c) => c.forms.flatMap((f) => f.stems));
    expect(stems).toContain(stem('pandemi'));
  });

  it('reads "nästa år" as saying when, not as words to find', () => {
    const labels = analyzeQuestion(index, 'vilka datum föreslås för samverkansrådets möten nästa år?').concepts.map((c) => c.label.toLowerCase());
    expect(labels).not.toContain('nästa');
    expect(labels).not.toContain('år');
  });

  it('reads "which activities were prioritised / planned" as a list of plans, not as what was achieved', () => {
    const asks = analyzeQuestion(index, 'Vilka aktiviteter var planerade för Kurs och konferens 2021?').asks;
    expect([asks.list, asks.results]).toEqual([true, false]);
    expect(analyzeQuestion(index, 'Vilka aktiviteter genomförde Kurs och konferens 2021?').asks.results).toBe(true);
  });

  it('reads "när startar X" as a day for a service and a clock time for a meeting', () => {
    const service = analyzeQuestion(index, 'När startar närtrafiken i Krokom?').asks;
    expect([service.date, service.time]).toEqual([true, false]);
    expect(analyzeQuestion(index, 'När börjar mötet den 7 februari 2022?').asks.time).toBe(true);
  });

  it('reads "vilka skrev under" as asking for people', () => {
    expect(analyzeQuestion(index, 'Vilka skrev under verksamhetsberättelsen för 2021?').asks.person).toBe(true);
  });

  it('reads "who led the meeting" as asking who chaired it', () => {
    expect(analyzeQuestion(index, 'vem ledde samverkansrådets sammanträde den 7 februari 2022?').roleKind).toBe('chair');
    expect(analyzeQuestion(index, 'Who led the meeting of Regionens samverkansråd on 7 February 2022?').roleKind).toBe('chair');
    // (… also the meeting named by the body's abbreviation in a compound.)
    expect(analyzeQuestion(index, 'vem ledde RSR-mötet i höstas (14/11)?').roleKind).toBe('chair');
  });

  it('reads "who wrote the notes" as asking for the meeting\'s secretary', () => {
    expect(analyzeQuestion(index, 'Vem skrev minnesanteckningarna på samverkansrådets möte den 7 februari 2022?').roleKind).toBe('secretary');
    expect(analyzeQuestion(index, 'Who wrote the minutes at Regionens samverkansråd on 7 February 2022?').roleKind).toBe('secretary');
  });

  it('reads "vice ordf." as the vice chair asked about', () => {
    expect(analyzeQuestion(index, 'vem är vice ordf. i beredningen?').roleKind).toBe('vice-chair');
  });

  it('reads a compound ending in "läget" as the same compound ending in "situationen" ("flyktingläget")', () => {
    const stems = analyzeQuestion(index, 'Vem informerar om flyktingläget?').concepts.flatMap((c) => c.forms.flatMap((f) => f.stems));
    expect(stems).toContain(stem(foldKey('flyktingsituationen')));
  });

  it('finds the Swedish words for when something ends ("when does the project end")', () => {
    const stems = analyzeQuestion(index, 'When does the project end?').concepts.flatMap((c) => c.forms.flatMap((f) => f.stems));
    expect(stems).toEqual(expect.arrayContaining(['avslut', 'upph']));
  });

  it('reads "at the end of 2023" as a time, not as something that ends; "total" finds sammanlagt', () => {
    const analysis = analyzeQuestion(index, 'What was the total surplus at the end of 2021?');
    const stems = analysis.concepts.flatMap((c) => c.forms.flatMap((f) => f.stems));
    expect(stems).not.toContain('avslut');
    expect(stems).toContain('sammanlagt');
    expect(analysis.strictYears).toEqual([2021]);
  });

  it('leaves out "själva", "behövt" and "need": they say nothing of what the answer is about', () => {
    const labels = (q: string) => analyzeQuestion(index, q).concepts.map((c) => c.label.toLowerCase());
    expect(labels('Varför måste själva ANDT-arbetet beställas från regionstaben?')).toEqual(['andt-arbetet', 'beställas', 'regionstaben']);
    expect(labels('Varför har Energikontoret själva behövt driva på utbyggnaden?')).not.toContain('behövt');
    expect(labels('Why did Energikontoret itself need to push the expansion?')).not.toContain('need');
  });

  it('leaves out the abbreviated "resp.", the colloquial "nåt", "nåra" and "vet man": words of the asking, not of the answer', () => {
    const labels = (q: string) => analyzeQuestion(index, q).concepts.map((c) => c.label.toLowerCase());
    expect(labels('Hur har övriga intäkter resp. försäljningen utvecklats?')).not.toContain('resp');
    expect(labels('Sa de nåt om nåra nya tjänster?')).not.toContain('nåt');
    expect(labels('Sa de nåt om nåra nya tjänster?')).not.toContain('nåra');
    expect(labels('Hur vet man att det finns narkotika i regionen?')).not.toContain('vet');
  });

  it('reads "what\'s the delmål for 2025 for X" as asking for a target, not what an abbreviation in it means', () => {
    const analysis = analyzeQuestion(index, "what's the delmål for 2025 for the share of SIP done within 30 days?");
    expect(analysis.asks.definition).toBe(false);
    expect(analysis.asks.goal).toBe(true);
    expect(analyzeQuestion(index, 'Vad är målvärdet för 2027 för RUS?').asks.definition).toBe(false);
  });

  it('reads "vad står på dagordningen för PSK" as asking what is on it, not what PSK stands for', () => {
    expect(analyzeQuestion(index, 'vad står på dagordningen för PSK den 17 september').asks.definition).toBe(false);
    expect(analyzeQuestion(index, 'vad står PSK för').asks.definition).toBe(true);
  });

  it('reads "under rubriken X" as naming where to look, not "rubriken" as what to find, and not as asking what X stands for', () => {
    const analysis = analyzeQuestion(index, 'Vad står under rubriken Verksamhetsstöd i överenskommelsen?');
    expect(analysis.concepts.map((c) => c.label.toLowerCase())).not.toContain('rubriken');
    expect(analysis.asks.definition).toBe(false);
  });

  it('finds an abbreviation written with a one-letter part ("ANDT/S") by its abbreviation ("ANDT/S-strategi", "ANDT-samordnare")', () => {
    const concept = analyzeQuestion(index, 'samverkansrådet ANDT/S – vad frågade ledamoten?').concepts.find((c) => c.label === 'ANDT/S');
    expect(concept?.forms.some((f) => f.stems.length === 1 && f.stems[0] === 'andt')).toBe(true);
  });

  it('reads "vb 2021" as the activity report of 2021', () => {
    const analysis = analyzeQuestion(index, 'hur många möten hade kommuncheferna enligt vb 2021?');
    expect(analysis.concepts.map((c) => c.label.toLowerCase())).not.toContain('vb');
    expect(analysis.documentIds.some((id) => index.kb.documentById(id)?.title.startsWith('Verksamhetsberättelse 2021'))).toBe(true);
  });

  it('reads an abbreviation or name without its case ending ("OECD:s", "PM:et", "OECD\'s"), as the documents write it', () => {
    const labels = analyzeQuestion(index, 'När presenterades OECD:s Territorial Review Jämtland Härjedalen?').concepts.map((c) => c.label);
    expect(labels).toContain('OECD');
    expect(labels).not.toContain('OECD:s');
    expect(analyzeQuestion(index, "When was the OECD's Territorial Review presented?").concepts.map((c) => c.label)).toContain('OECD');
  });

  it('takes "X-PM:et" for the memo on X: its topic is what to find, not the word PM', () => {
    const labels = analyzeQuestion(index, 'Uppföljnings-PM:et RUN/206/2015: för hur många år är överenskommelsen tecknad?').concepts.map((c) => c.label.toLowerCase());
    expect(labels.some((l) => l.includes('pm'))).toBe(false);
  });

  it('takes a word in capitals for emphasis ("NOT") as no abbreviation', () => {
    expect(analyzeQuestion(index, 'which samverkansorgan are NOT assessed separately?').concepts.map((c) => c.label.toLowerCase())).not.toContain('not');
  });

  it('links every word writing an organ\'s abbreviation to it, not only the first ("JHT-utvärderingen … JHT:s")', () => {
    const concepts = analyzeQuestion(index, 'JHT-utvärderingen: vilka bestående effekter hade JHT:s projekt?').concepts;
    expect(concepts.filter((c) => /jht/i.test(c.label))).toEqual([]);
    expect(concepts.filter((c) => c.kind === 'entity').map((c) => c.label)).toContain('Jämtlands Härjedalen Turism');
  });

  it('keeps a name as written besides its stem, so it is found in compounds ("Leader" in "Leaderområdena")', () => {
    const leader = analyzeQuestion(index, 'What did the two Leader areas achieve?').concepts.find((c) => c.label === 'Leader');
    expect(leader?.forms.flatMap((f) => f.stems)).toContain('leader');
  });

  it('reads "vad blir X:s medfinansiering" as asking for an amount', () => {
    const asks = analyzeQuestion(index, 'Vad blir Krokoms kommuns årliga medfinansiering till Leader?').asks;
    expect(asks.number && asks.money).toBe(true);
  });

  it('reads "vem räknas som X" / "who counts as X" as asking what X means, not for a person', () => {
    for (const question of ['Vem räknas som omkommen i vägtrafiken?', 'Who counts as a newcomer in the plan?']) {
      const { asks } = analyzeQuestion(index, question);
      expect(asks.definition).toBe(true);
      expect(asks.person).toBe(false);
    }
  });

  it('reads "vad räknas som X" as asking what X is taken to mean', () => {
    const analysis = analyzeQuestion(index, 'vad räknas som textilavfall enligt PM:en?');
    expect(analysis.asks.definition).toBe(true);
    expect(analysis.definedWords).toBe('textilavfall');
    // "räknas" frames the question; the article is not part of the term.
    const withArticle = analyzeQuestion(index, 'vad räknas som en kommersiell gästnatt?');
    expect(withArticle.definedWords).toBe('kommersiell gästnatt');
    expect(withArticle.concepts.map((c) => c.label)).not.toContain('räknas');
  });

  it('reads "how is X defined" as asking what X means, the abbreviation after it naming only where', () => {
    const analysis = analyzeQuestion(index, 'how is ledtid defined for SVF – from what point is it counted?');
    expect(analysis.asks.definition).toBe(true);
    expect(analysis.definedWords).toBe('ledtid');
    expect(analysis.definitionTarget).toBeUndefined();
  });

  it('reads the term without its article, and no term from a pronoun ("IKE – what does it stand for")', () => {
    expect(analyzeQuestion(index, 'Vad menas med en övningsskola i planen?').definedWords).toBe('övningsskola');
    expect(analyzeQuestion(index, 'IKE – what does it stand for?').definedWords).toBeUndefined();
  });

  it('finds FoU written out as "forskning och utveckling" too', () => {
    const fou = analyzeQuestion(index, 'how much of BNP should go to FoU?').concepts.find((c) => c.label === 'FoU');
    expect(fou?.forms.map((f) => f.stems.join(' '))).toContain('forskning utveckling');
  });

  it('links an abbreviation to the organ it names', () => {
    const analysis = analyzeQuestion(index, 'How many formal meetings did PKR have in 2021?');
    expect(analysis.entities.map((e) => e.name)).toContain('Primärkommunala samverkansrådet');
    expect(analysis.strictYears).toEqual([2021]);
    expect(analysis.asks.number).toBe(true);
  });

  it('reads a fragment naming an amount ("JHT grundfinansiering 2016?") as asking for that amount', () => {
    const analysis = analyzeQuestion(index, 'Energikontoret budget 2016?');
    expect(analysis.asks.number && analysis.asks.money).toBe(true);
    expect(analyzeQuestion(index, 'Energikontoret 2016?').asks.number).toBe(false);
  });

  it('reads "vad var sjukfrånvaron / andelen / antalet …" as asking for a figure', () => {
    expect(analyzeQuestion(index, 'Vad var sjukfrånvaron på enheten 2022?').asks.number).toBe(true);
    expect(analyzeQuestion(index, 'Vad var andelen förnybar energi 2021?').asks.number).toBe(true);
    expect(analyzeQuestion(index, 'Vad var syftet med projektet?').asks.number).toBe(false);
  });

  it('takes "hur ofta / how often" for the question\'s frame, not a word to find', () => {
    expect(analyzeQuestion(index, 'Hur ofta följs arbetet upp?').concepts.map((c) => c.label)).not.toContain('ofta');
    expect(analyzeQuestion(index, 'How often does SocSam meet?').concepts.map((c) => c.label)).not.toContain('often');
  });

  it('lets an adjective made from a noun ("kommunala") find the noun ("kommunerna")', () => {
    const concept = analyzeQuestion(index, 'Vad gör den kommunala samverkan?').concepts.find((c) => c.label === 'kommunala');
    expect(concept?.forms.flatMap((f) => f.stems)).toContain('kommun');
  });

  it('does not take "which date / which year" for a list question', () => {
    expect(analyzeQuestion(index, 'Which date was the Regionplan adopted?').asks).toMatchObject({ date: true, list: false });
    expect(analyzeQuestion(index, 'Which projects did Energikontoret run?').asks.list).toBe(true);
  });

  it('takes Swedish filler words ("alltså", "innan") for no concept', () => {
    const labels = analyzeQuestion(index, 'hur många möten hade SocSam året innan, alltså 2020?').concepts.map((c) => c.label);
    expect(labels).not.toContain('alltså');
    expect(labels).not.toContain('innan');
  });

  it('expands English question words into the Swedish the documents use', () => {
    const analysis = analyzeQuestion(index, 'What are the goals for the employees?');
    const stems = analysis.concepts.flatMap((c) => c.forms.flatMap((f) => f.stems));
    expect(stems).toEqual(expect.arrayContaining(['mal', 'medarbet']));
  });

  it('drops English filler words the documents never use', () => {
    const analysis = analyzeQuestion(index, 'What was the RUS remissutkast that went out in May 2020 called?');
    expect(analysis.concepts.map((c) => c.label)).not.toContain('went');
  });

  it('resolves "förra året" against the injected clock', () => {
    const analysis = analyzeQuestion(index, 'Vad uppnådde Energikontoret förra året?', { now: new Date('2022-03-01T10:00:00Z') });
    expect(analysis.strictYears).toEqual([2021]);
  });

  it('splits a question that asks several things into parts, each with its kind of fact', () => {
    const analysis = analyzeQuestion(index, 'När fastställdes Regionplan 2018–2020, av vem, och vilket diarienummer har den?');
    expect(analysis.parts.map((p) => p.text)).toEqual(['När fastställdes Regionplan 2018–2020', 'av vem', 'vilket diarienummer har den?']);
    expect(analysis.parts[0].asks.date).toBe(true);
    expect(analysis.parts[1].asks.person).toBe(true);
    // A part may open with a preposition before its question word ("and in how many …", "och i vilken kommun").
    expect(analyzeQuestion(index, 'How many träffar did the network have, and in how many kommuner?').parts.map((p) => p.text)).toEqual(['How many träffar did the network have', 'in how many kommuner?']);
  });

  it('counts no noun in "how many of PKR\'s …": the word after "of" says whose, not what is counted', () => {
    expect(analyzeQuestion(index, "How many of PKR's formal meetings in 2021 were held digitally?").countedStems).toEqual([]);
    expect(analyzeQuestion(index, 'Hur många ledamöter har nämnden?').countedStems).toContain('ledamot');
  });

  it('reads "when the X project closed" as the project\'s end ("vid projektets slut"), keeping the project\'s name', () => {
    const labels = analyzeQuestion(index, 'How many members did the JHT project have when the JHT project ended?').concepts.map((c) => c.label.toLowerCase());
    expect(labels).toContain('slut');
    expect(labels).not.toContain('ended');
    expect(labels.some((l) => l.includes('jht') || l.includes('turism'))).toBe(true);
  });

  it('reads "avtal som går ut" as the documents\' "löper ut", not as going anywhere', () => {
    const labels = analyzeQuestion(index, 'Vilka delar av länet omfattas av trafikavtal som går ut i december 2018?').concepts.map((c) => c.label);
    expect(labels).toContain('löper');
    expect(labels).not.toContain('går');
  });

  it('takes "bilaga 1" for no document: every annex is numbered, a number names none', () => {
    // 001 holds "Bilaga 1 – Uppdragsbeskrivningar"; the question asks about another document's annex.
    const analysis = analyzeQuestion(index, 'Hur mycket regionbidrag får Kultur 2016 enligt bilaga 1?');
    expect(analysis.documentIds).toEqual([]);
  });

  it('reads a document title in the question as where to look, not what to find', () => {
    const analysis = analyzeQuestion(index, 'What is the broadband target in the Verksamhetsplan och budget 2016–2018?');
    expect(analysis.documentIds).toEqual(['000_ca8af31cdbf7e82d.txt#1']);
    expect(analysis.concepts.map((c) => c.label)).toEqual(['broadband', 'target']);
    expect(analysis.strictYears).toEqual([]);
  });

  it('asks for an amount only when the question frame does ("how much"), not for a topic word ("money")', () => {
    expect(analyzeQuestion(index, 'On what date did they set aside money for a CERO-analys?').asks.money).toBe(false);
    expect(analyzeQuestion(index, 'Hur mycket stöd ger ESF-rådet?').asks.money).toBe(true);
  });
});
