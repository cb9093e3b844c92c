/**
 * Questions over documents written in the region's formats that are not in the bundled corpus
 * (tests/answering/fixtures/unseen-documents): a report without result headings, a decision proposal,
 * a notice, a plan and a meeting page.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answering/index.js';
import { buildKnowledgeBase, type KnowledgeBase } from '../../src/knowledge/index.js';
import { answerIndexFor } from '../../src/answering/answer-index.js';
import { statesOutcome } from '../../src/answering/features.js';
import { analyzeQuestion } from '../../src/answering/understand.js';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await buildKnowledgeBase({ corpusDirs: ['tests/answering/fixtures/unseen-documents'], seedsDir: 'seeds' });
});

describe('results of a year from a report\'s summary of the year', () => {
  it('answers from the summary and goes on with its next sentences', () => {
    const answer = answerQuestion(kb, 'What did Ungdomsnätverket Jämtlands län achieve in 2024?');
    expect(answer.answered).toBe(true);
    const shown = answer.text.slice(0, 600);
    expect(shown).toContain('46 900');
    expect(shown).toContain('Sveg');
    expect(shown).toContain('Ungdomsrummet');
    expect(answer.citations[0].section).toMatch(/sammanfattning/i);
  });

  it('tells a sentence stating what was done from a line that only names something', () => {
    expect(statesOutcome('Två nya mötesplatser öppnade under året, i Sveg och Hoting')).toBe(true);
    expect(statesOutcome('Under året har 24 ungdomsledare utbildats.')).toBe(true);
    expect(statesOutcome('Under Tillgänglighetsveckan medverkade regionen med en mässa på Stortorget.')).toBe(true);
    expect(statesOutcome('Överenskommelse Ungdomsnätverket Jämtlands län (RUN/12/2022)')).toBe(false);
    // An indicator naming a share "with completed training" says what is measured, not what was done.
    expect(statesOutcome('Indikatorer: andel medarbetare med genomförd BAS-utbildning (3.2)')).toBe(false);
    expect(statesOutcome('Utbildningen genomfördes i fem kommuner.')).toBe(true);
  });
});

describe('a year named only in a comparison', () => {
  it('does not make the sentence another year\'s fact ("… 52, jämfört med 47 … under 2023")', () => {
    const answer = answerQuestion(kb, 'Hur många besökare per kväll hade fritidsgårdarna i genomsnitt januari–juni 2024?');
    expect(answer.answered).toBe(true);
    expect(answer.text.slice(0, 600)).toMatch(/\b52\b/);
  });
});

describe('a name the question uses', () => {
  it('is not answered from one document naming it and another stating an amount for something else', () => {
    const answer = answerQuestion(kb, 'How much funding will the region give Fritidsbanken for 2025?');
    expect(answer.answered).toBe(false);
    expect(answerQuestion(kb, 'How much of the budget of the handlingsplan för ungdomsinflytande is financed by regionala utvecklingsmedel?').text.slice(0, 600)).toContain('1,2 miljoner');
  });
});

describe('"what is X" for a name without an abbreviation', () => {
  it('is answered by the sentence that defines it ("Med X avses …")', () => {
    const answer = answerQuestion(kb, 'what is Ungdomsrummet?');
    expect(answer.answered).toBe(true);
    expect(answer.text.slice(0, 300)).toContain('digital mötesplats där unga');
  });
});

describe('a meeting page', () => {
  it('reads "Punkten föredras av …" after a bare § title as that item\'s presenter', () => {
    const answer = answerQuestion(kb, 'Vem föredrog § 6 på Ungdomsrådet den 3 mars 2025?');
    expect(answer.text.slice(0, 300)).toContain('Karin Öberg');
  });

  it('answers "when is the next meeting" from the page, not from its header or its items', () => {
    const answer = answerQuestion(kb, 'När är nästa sammanträde i Ungdomsrådet efter mötet den 3 mars 2025?');
    expect(answer.answered).toBe(true);
    expect(answer.text.slice(0, 300)).toContain('14 april 2025');
    expect(answer.text).not.toContain('Källa: https');
  });

  it('reads the organ named inside "nästa Ungdomsråds-möte efter 3/3" as part of the next-meeting question', () => {
    const answer = answerQuestion(kb, 'när är nästa Ungdomsråds-möte efter 3/3?');
    expect(answer.answered).toBe(true);
    expect(answer.text.slice(0, 300)).toContain('14 april 2025');
  });

  it('keeps the page\'s own header ("Källa: https://…", "Titel: …") out of the sentences that can answer', () => {
    const index = answerIndexFor(kb);
    const page = kb.passages.filter((p) => p.source.file.startsWith('ungdomsradet-mote'));
    expect(page.length).toBeGreaterThan(0);
    const units = page.flatMap((p) => index.unitsOf(p).map((u) => u.text));
    expect(units.some((u) => /Källa:|Titel:/.test(u))).toBe(false);
    expect(units.some((u) => u.includes('14 april 2025'))).toBe(true);
  });

  it('takes the date a "next meeting" question counts from as no constraint on the answer\'s year', () => {
    const analysis = analyzeQuestion(answerIndexFor(kb), 'När är nästa sammanträde i Ungdomsrådet efter mötet den 3 mars 2025?');
    expect(analysis.strictYears).toEqual([]);
  });
});

describe('words that name a document', () => {
  it('are content words: an English "for" is not the head of "Förslag till beslut …"', () => {
    const answer = answerQuestion(kb, 'who is processledare for Läsnav Z');
    expect(answer.text.slice(0, 300)).toContain('Eva Lind');
  });
});

describe('a diary number names its whole document', () => {
  it('answers who signed the proposal with that number, though the number stands pages before the signatures', () => {
    const answer = answerQuestion(kb, 'Who signed the förslag till beslut RUN/233/2025?');
    expect(answer.answered).toBe(true);
    expect(answer.text.slice(0, 600)).toContain('Petra Lindgren');
    expect(answer.text.slice(0, 600)).toContain('Maja Sundin');
    expect(answer.text.slice(0, 600)).not.toContain('Länets skolchefer');
  });

  it('names every signer of the block, also when one signer\'s title shares more of the question\'s words', () => {
    const answer = answerQuestion(kb, "Who signed the samordnare's förslag till beslut RUN/233/2025?");
    expect(answer.text.slice(0, 300)).toContain('Petra Lindgren');
    expect(answer.text.slice(0, 300)).toContain('Maja Sundin');
  });
});

describe('what a unit achieved in one area of its report', () => {
  it('reads a letter-spaced heading with its word gaps, leads with the figures and keeps the total for the year', () => {
    const answer = answerQuestion(kb, 'What did Kulturmiljöenheten achieve in vård av kulturmiljöer 2024?');
    expect(answer.answered).toBe(true);
    const shown = answer.text.slice(0, 600);
    expect(shown).toMatch(/VÅRD AV KULTURMILJÖER|Vård av kulturmiljöer/);
    expect(shown).toContain('1 310');
    expect(shown).toContain('214');
    // The sentence that only says what Husknuten is names the unit, but tells no result.
    expect(shown).not.toContain('telefonrådgivning');
  });
});

describe('"what is X" answered by the sentence defining it with a genitive ("X är Kulturmiljöenhetens telefonrådgivning")', () => {
  it('prefers the defining sentence to one that only mentions X', () => {
    const answer = answerQuestion(kb, 'vad är Husknuten?');
    expect(answer.answered).toBe(true);
    expect(answer.text.slice(0, 300)).toContain('telefonrådgivning');
  });
});

describe('a compound of topic and kind of document ("simkunnighetsplanen") names the document', () => {
  it('finds the plan whose title has both words and answers from it', () => {
    const analysis = analyzeQuestion(answerIndexFor(kb), 'Vad är målet för årskurs 6 i simkunnighetsplanen?');
    expect(analysis.documentIds).toEqual(['026_4c1e9b7a20d5f318.txt#1']);
    expect(analysis.concepts.map((c) => c.label)).not.toContain('simkunnighetsplanen');
    const answer = answerQuestion(kb, 'Vad är målet för årskurs 6 i simkunnighetsplanen?');
    expect(answer.answered).toBe(true);
    expect(answer.text.slice(0, 600)).toContain('92 procent');
  });
});

describe('"vilka kommuner …" is answered by a sentence naming municipalities', () => {
  it('quotes the sentence naming them rather than the lead-in of the proposed decisions', () => {
    const answer = answerQuestion(kb, 'vilka kommuner tog fram planen för simkunnighet 2025–2027');
    expect(answer.answered).toBe(true);
    const shown = answer.text.slice(0, 300);
    for (const name of ['Bergs', 'Bräckes', 'Strömsunds']) expect(shown).toContain(name);
  });
});

describe('"what is X\'s vision" answered by the quoted name after the noun', () => {
  it('quotes "Enhetens vision ”…”" rather than a sentence that only mentions the vision', () => {
    const answer = answerQuestion(kb, 'Vad är Kulturmiljöenhetens vision för arbetet?');
    expect(answer.answered).toBe(true);
    expect(answer.text.slice(0, 300)).toContain('Levande kulturmiljöer i hela länet');
  });
});

describe('a question in two parts, each asking for a count', () => {
  it('gives both counts, not one count sentence for both parts', () => {
    const answer = answerQuestion(kb, 'Hur många badanläggningar finns det i länet, och hur många är sista anläggning?');
    expect(answer.answered).toBe(true);
    const shown = answer.text.slice(0, 600);
    expect(shown).toMatch(/\b64\b/);
    expect(shown).toMatch(/\b12\b/);
  });
});

describe('a table with a row per municipality, flattened one cell per line', () => {
  it('answers for one municipality from its row, read under the caption and column headings', () => {
    const answer = answerQuestion(kb, 'Hur mycket betalar Ragunda per år för simkunnighetsplanen?');
    expect(answer.answered).toBe(true);
    const lead = answer.text.split('\n')[0];
    expect(lead).toContain('Ragunda 3,9 31');
    expect(lead).toContain('Per år (tkr)');
    expect(lead).not.toContain('Krokom');
  });

  it('shows the whole table when the question compares the municipalities', () => {
    const answer = answerQuestion(kb, 'Vilken kommun har minst andel av kostnaden för simkunnighet?');
    expect(answer.text.slice(0, 600)).toContain('Ragunda 3,9 31 Strömsund 8,5 68');
  });
});

describe('an agenda item asked for its presenter and its deadline', () => {
  it('quotes the sentence of the item that gives the day, besides the presenter', () => {
    const answer = answerQuestion(kb, '§ 8 at Ungdomsrådet 3 March 2025 – who presented it, and what is the deadline for remissvar?');
    expect(answer.answered).toBe(true);
    const shown = answer.text.slice(0, 600);
    expect(shown).toContain('Lina Ek');
    expect(shown).toContain('30 maj 2025');
  });
});
