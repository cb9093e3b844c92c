import { beforeAll, describe, expect, it } from 'vitest';
import { answerIndexFor, type AnswerIndex } from '../../src/answering/answer-index.js';
import { EN_TO_SV } from '../../src/answering/lexicon.js';
import { foldKey, matchToken, stem } from '../../src/answering/text.js';
import { analyzeQuestion } from '../../src/answering/understand.js';
import { loadTestKnowledge } from '../helpers/knowledge.js';

/**
 * Common Swedish words a translation must never match: folding drops å/ä/ö and stemming cuts endings,
 * so "tåg" becomes "tag" (as in "tagit"), "lån" becomes "län", "kontor" stems to "kont" ("kontakt").
 */
const UNRELATED_COMMON_WORDS = [
  'tagit', 'bilaga', 'bilden', 'kontakt', 'kontroll', 'antal', 'antalet', 'enkelt', 'natt', 'fast', 'man',
  'vara', 'varit', 'material', 'lagt', 'verka', 'verkar', 'fattig',
];

const entries = Object.entries(EN_TO_SV);

describe('EN_TO_SV', () => {
  it('has lower-case keys: question words are looked up lower-cased', () => {
    for (const [key] of entries) expect(key, key).toBe(key.toLowerCase());
  });

  it('gives lower-case Swedish values without surrounding spaces', () => {
    for (const [key, values] of entries) {
      for (const value of values) expect(value, `${key} → ${value}`).toBe(value.toLowerCase().trim());
    }
  });

  it('never translates into a stem that matches an unrelated common Swedish word', () => {
    const collisions: string[] = [];
    for (const [key, values] of entries) {
      for (const value of values) {
        for (const part of value.split(/\s+/)) {
          const queryStem = stem(foldKey(part));
          for (const word of UNRELATED_COMMON_WORDS) {
            // The same word family ("bilagor" for "bilaga") is what the value is meant to match.
            if (stem(word) !== queryStem && matchToken(queryStem, word) >= 0.85) collisions.push(`${key} → ${value} ~ ${word}`);
          }
        }
      }
    }
    expect(collisions).toEqual([]);
  });
});

describe('English words the Swedish documents never use', () => {
  let index: AnswerIndex;
  beforeAll(async () => {
    index = answerIndexFor(await loadTestKnowledge());
  });

  const stemsOf = (question: string, label: string) =>
    analyzeQuestion(index, question).concepts.find((c) => c.label.toLowerCase() === label)?.forms.flatMap((f) => f.stems) ?? [];

  it.each([
    ['How many users does the school platform have?', 'users', 'användare'],
    ['How many visitors came to the county?', 'visitors', 'besökare'],
    ['Which students took part in the training?', 'students', 'elever'],
    ['Who appointed the coordinator?', 'coordinator', 'samordnare'],
    ['When was the outage, and how long did it last?', 'outage', 'avbrott'],
    ['Who is responsible for the procurement?', 'procurement', 'upphandling'],
    ['How many ambulance call-outs were there?', 'ambulance', 'ambulans'],
    ['How many fewer home visits were needed?', 'fewer', 'färre'],
    ['Which suppliers were chosen?', 'suppliers', 'leverantörer'],
    ['How many interpreters does the county have?', 'interpreters', 'tolkar'],
    ['When does the application round open and close?', 'close', 'stänger'],
    ['When does the application round open and close?', 'open', 'öppnar'],
    ['What was the average number of days before discharge?', 'average', 'genomsnittliga'],
    ['Vilka kommuner hade igång mobila team vid utgången av 2024?', 'igång', 'drift'],
    ['How many patients were enrolled in the team?', 'enrolled', 'inskrivna'],
    ['Vilket målvärde föreslog rådet?', 'föreslog', 'föreslå'],
    ['Vilka kommuner hade igång mobila team vid utgången av 2024?', 'slut', 'slut'],
    ['What was the average number of days before discharge?', 'discharge', 'utskrivning'],
    ['How many visits did the event get according to the ETOUR study?', 'study', 'rapport'],
    ['How many filming days were registered in the county?', 'filming', 'inspelning'],
    ['Who was acting coordinator in the autumn?', 'acting', 'tillförordnad'],
    ['How many shows were given for kids and young people?', 'shows', 'föreställningar'],
    ['How many shows were given for kids and young people?', 'kids', 'barn'],
    ['How many shows were given for kids and young people?', 'young', 'unga'],
  ])('"%s" keeps "%s" as a concept found through its Swedish form', (question, label, swedish) => {
    expect(stemsOf(question, label)).toContain(stem(foldKey(swedish)));
  });

});

describe('English phrases whose Swedish is one compound word', () => {
  let index: AnswerIndex;
  beforeAll(async () => {
    index = answerIndexFor(await loadTestKnowledge());
  });

  it.each([
    ['Was there a status report on emergency water supply at the meeting?', ['lägesrapport', 'nödvatten']],
    ["What was on the regional board's list on 4 May 2022?", ['regionstyrelsen']],
    ['What kind of decisions can the political forum give?', ['arena']],
    ['Whose mental health is a challenge?', ['psykisk', 'hälsa']],
    ['What are the baseline and the target value of the indicator?', ['utgångsläge', 'målvärde']],
    ['How many visits did the skidskytte world cup in Östersund get in 2023?', ['världscup']],
  ])('"%s" is looked up as %j', (question, labels) => {
    const found = analyzeQuestion(index, question).concepts.map((c) => c.label.toLowerCase());
    expect(found).toEqual(expect.arrayContaining(labels));
  });

  it('reads "Åre kommun\'s own council" as whose the council is, nothing owned', () => {
    const labels = analyzeQuestion(index, "Who chairs Åre kommun's own council?").concepts.map((c) => c.label.toLowerCase());
    expect(labels).not.toContain('own');
    expect(analyzeQuestion(index, 'Which companies does the region own?').concepts.map((c) => c.label.toLowerCase())).toContain('own');
  });

  it('reads "young people" as the young ("unga"), no people in general to find', () => {
    const labels = analyzeQuestion(index, 'How many shows were given for kids and young people in 2021?').concepts.map((c) => c.label.toLowerCase());
    expect(labels).not.toContain('people');
  });

  it('reads "hur gick det för X" as what X achieved, nothing that went', () => {
    const labels = analyzeQuestion(index, 'hur gick det för Energikontoret 2021?').concepts.map((c) => c.label.toLowerCase());
    expect(labels).not.toContain('gick');
    expect(labels).toContain('åstadkom');
  });

  it('reads "sen" as "sedan", nothing to find ("vem är ordförande sen årsskiftet", "och sen när")', () => {
    const labels = analyzeQuestion(index, 'vem är ordförande i samverkansrådet sen årsskiftet?').concepts.map((c) => c.label.toLowerCase());
    expect(labels).not.toContain('sen');
  });

  it('reads a tag question\'s "right?" as nothing to find ("the meeting got moved right?")', () => {
    // (… in a question read as Swedish, where English words are not dropped as filler.)
    const labels = analyzeQuestion(index, 'samverkansrådets möte flyttades right? nytt datum').concepts.map((c) => c.label.toLowerCase());
    expect(labels).not.toContain('right');
  });

  it('reads "who is in charge of the events council" as asking who leads it', () => {
    expect(analyzeQuestion(index, "Who is in charge of Åre kommun's own events council?").roleKind).toBe('chair');
    expect(analyzeQuestion(index, 'How many events got support in 2024?').concepts.flatMap((c) => c.forms.flatMap((f) => f.stems))).toContain(stem(foldKey('evenemang')));
  });

  it('reads "ambulance runs across the border" as assignments over the border', () => {
    const stems = analyzeQuestion(index, 'How many ambulance runs across the border in 2023?').concepts.flatMap((c) => c.forms.flatMap((f) => f.stems));
    expect(stems).toEqual(expect.arrayContaining([stem(foldKey('uppdrag')), stem(foldKey('gränsen'))]));
  });

  it('reads "vilka lämnade anbud" as asking for the bids, no leaving to find', () => {
    const labels = analyzeQuestion(index, 'Vilka lämnade anbud på upphandlingen?').concepts.map((c) => c.label.toLowerCase());
    expect(labels).toContain('anbud');
    expect(labels).not.toContain('lämnade');
    expect(analyzeQuestion(index, 'När lämnade hon sin tjänst?').concepts.map((c) => c.label.toLowerCase())).toContain('lämnade');
  });

  it('reads "parental leave" as föräldraledighet, no absence in general', () => {
    const stems = analyzeQuestion(index, "Who covers while he's on parental leave?").concepts.flatMap((c) => c.forms.flatMap((f) => f.stems));
    expect(stems).toContain(stem(foldKey('föräldraledighet')));
  });

  it('reads "punctuality", "ridership", "foster families" and "foster care" as the documents\' words', () => {
    const stemsOf = (question: string) => analyzeQuestion(index, question).concepts.flatMap((c) => c.forms.flatMap((f) => f.stems));
    expect(stemsOf('what was punctuality on Mittbanan in 2021')).toContain(stem(foldKey('punktlighet')));
    expect(stemsOf("what's the ridership target for 2030")).toContain(stem(foldKey('resande')));
    expect(stemsOf('how many new foster families were approved in 2024')).toContain(stem(foldKey('familjehem')));
    expect(stemsOf('who chairs the joint foster care committee')).toContain(stem(foldKey('familjehemsvård')));
  });

  it('reads "istället" as no topic of its own ("när ska det tas upp istället")', () => {
    const labels = analyzeQuestion(index, 'vilket ärende ströks och när ska det tas upp istället?').concepts.map((c) => c.label.toLowerCase());
    expect(labels).not.toContain('istället');
  });

  it('reads "judged" / "assessed" as bedöms', () => {
    const stems = analyzeQuestion(index, 'What are the applications judged on?').concepts.flatMap((c) => c.forms.flatMap((f) => f.stems));
    expect(stems).toContain(stem(foldKey('bedöms')));
  });

  it('reads "vad landade X på" as what X came to, no landing to find', () => {
    expect(analyzeQuestion(index, 'Vad landade nämndens budget för 2023 på efter revideringen?').concepts.map((c) => c.label.toLowerCase())).not.toContain('landade');
  });

  it('reads "on the board\'s list" as the agenda it names, not as asking for a list', () => {
    expect(analyzeQuestion(index, "Was there a status report on the regional board's list for 4 May 2022?").asks.list).toBe(false);
    expect(analyzeQuestion(index, 'List the members of the board').asks.list).toBe(true);
  });
});
