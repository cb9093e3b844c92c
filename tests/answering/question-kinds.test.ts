/**
 * Kinds of question first seen in blind sets, over documents written for these tests in the region's
 * formats (tests/answering/fixtures/more-unseen): a report with a letterhead and merged signature
 * columns, and a meeting page of a body no curated record names.
 */
import { describe, expect, it } from 'vitest';
import { compoundAliases, initialism } from '../../src/answering/answer-index.js';
import { compoundInitialismWords } from '../../src/answering/initialisms.js';
import { foldKey, stem } from '../../src/answering/text.js';
import { scoreUnits, weighConcepts } from '../../src/answering/evidence.js';
import { QuestionMatcher } from '../../src/answering/matcher.js';
import { analyzeQuestion } from '../../src/answering/understand.js';
import type { KnowledgeBase } from '../../src/knowledge/index.js';
import { answersFrom } from '../helpers/fixture-answers.js';

const { answered, shown, declined, index } = answersFrom('tests/answering/fixtures/more-unseen');

const conceptsOf = (question: string) => analyzeQuestion(index(), question).concepts.map((c) => c.label.toLowerCase());

describe('a body known only from its meeting pages', () => {
  it('is named by the initials officials type for it ("RFR" for Regionala funktionshindersrådet)', () => {
    expect(initialism('Regionala funktionshindersrådet')).toBe('RFR');
    expect(initialism('Regionens samverkansråd')).toBe('RSR');
    expect(shown('RFR mars 2026: when does the new färdtjänst app launch?')).toMatch(/4 maj 2026/);
  });
});

describe('a count asked about an agenda item', () => {
  it('is not answered by the item when no number stands under it', () => {
    declined('Hur många resenärer har bokat via appen som Anna Berg presenterade på RFR 2026-03-12?');
  });
});

describe('which municipalities', () => {
  it('is answered by naming them, not by a sentence about "kommunerna"', () => {
    declined('vilka kommuner får låsbara platser enligt förslaget om cykelparkeringar?');
  });
});

describe('a deadline asked about an agenda item', () => {
  it('is not answered by the item when no deadline stands under it', () => {
    declined('Senast när ska synpunkter på färdtjänstappen lämnas? (RFR 12/3)');
  });
});

describe('the items one person presents', () => {
  it('lists every item the presenter has, not only the first nor the whole agenda', () => {
    const text = shown('Vilka punkter föredrog Anna Berg på RFR 2026-03-12?');
    expect(text.match(/Anna Berg/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
    expect(text).toContain('Färdtjänst');
    expect(text).toContain('Tillgänglighet i kollektivtrafiken');
    expect(text).not.toContain('Val av justerare');
  });
});

describe('a time asked about an agenda item', () => {
  it('is not answered by an item the programme gives no time', () => {
    declined('Vilken tid börjar punkten om färdtjänst på RFR 2026-03-12?');
  });
});

describe('a body named by the compound of its topic and head', () => {
  it('links "vattenförsörjningsrådet" to "Samverkansrådet för vattenförsörjning och reservvatten"', () => {
    expect(compoundAliases('Samverkansrådet för krisberedskap och civilt försvar')).toContain('krisberedskapsrådet');
    expect(shown('vem är ordförande i vattenförsörjningsrådet?')).toContain('Per Ekvall');
  });
});

describe('a common abbreviation the documents never write ("ÖP", "KF", "Q3")', () => {
  it('is read as what it stands for', () => {
    expect(shown('Hur många kommuner har en aktuell ÖP?')).toContain('Fem av länets åtta kommuner');
    expect(shown('När ska KF anta de nya översiktsplanerna i Bräcke och Ragunda?')).toContain('2027');
    expect(shown('påbörjade bostäder Q3 2026?')).toContain('143');
  });
});

describe('a count asked for a quarter the report does not cover', () => {
  it('is declined though the report names a date in that quarter ("… januari–september och lämnas till nämnden 2026-10-20")', () => {
    expect(shown('hur många bostäder påbörjades i länet januari–september 2026?')).toContain('410');
    declined('hur många bostäder påbörjades i länet fjärde kvartalet 2026?');
  });
});

describe('"how long did it last"', () => {
  it('asks a duration: "last" names nothing, though Swedish has the word ("lasten")', () => {
    expect(shown('When was the ärendesystem outage in 2026, and how long did it last?')).toContain('5 timmar');
    expect(analyzeQuestion(index(), 'When was the ärendesystem outage in 2026, and how long did it last?').concepts.map((c) => c.label)).not.toContain('last');
  });
});

describe('what a question asks', () => {
  it('reads "vad menas med X" as asking for a definition, "menas" not being what it is about', () => {
    expect(analyzeQuestion(index(), 'vad menas med cykelvänlig tätort?').asks.definition).toBe(true);
    expect(conceptsOf('vad menas med cykelvänlig tätort?')).not.toContain('menas');
    expect(shown('vad menas med cykelvänlig tätort?')).toMatch(/minst hälften av skolorna/);
  });

  it('reads "åstadkommit" as asking for results, and answers with the whole list the clause leads into', () => {
    const text = shown('Vad har Cykelrådet åstadkommit under 2025?');
    for (const result of ['14 kilometer', '612 deltagare', '38 farliga korsningar']) expect(text).toContain(result);
  });

  it('defines the asked term from a "Term: den …" line, not from another term\'s definition that mentions it', () => {
    const text = shown('vad är ett resecentrum');
    expect(text).toContain('knutpunkt');
    expect(text).not.toContain('ram kan låsas');
  });

  it('answers a definition from the sentence that defines the term, though other lines carry the words naming the document', () => {
    // The term is in the document's title too: it still is what to find, not only where.
    expect(shown('vad avses med resecentrum i förslaget om säkra cykelparkeringar vid resecentrum?')).toContain('knutpunkt');
    expect(shown('vad menas med resecentrum i förslaget till beslut om låsbara cykelparkeringar?')).toContain('knutpunkt');
  });

  it('reads the region\'s shorthand "JH" as Jämtland Härjedalen', () => {
    const jh = analyzeQuestion(index(), 'What did Cykelrådet JH achieve in 2025?').concepts.find((c) => c.label === 'JH');
    expect(jh?.forms.some((form) => /^j.mtland/.test(form.stems.join(' ')))).toBe(true);
  });

  it('reads "sin andel" as a part to pay, not a share asked for, and "ha" as no topic', () => {
    expect(analyzeQuestion(index(), 'senast när ska kommunerna ha beslutat om sin andel?').asks.percent).toBe(false);
    expect(conceptsOf('senast när ska kommunerna ha beslutat om sin andel?')).not.toContain('ha');
    expect(shown('senast när ska kommunerna ha beslutat om sin andel av cykelparkeringarna?')).toMatch(/15 mars 2026/);
  });

  it('treats "nå" in a goal question as the question\'s verb, not its topic', () => {
    expect(conceptsOf('vilka mål ska cykelrådet nå till 2028')).not.toContain('nå');
    expect(shown('vilka mål ska cykelrådet nå till 2028')).toMatch(/40 procent/);
  });
});

describe('an amount owned by someone', () => {
  it('is asked by "what is X\'s budget", not a definition', () => {
    const asks = analyzeQuestion(index(), "What is Cykelrådet's regionbidrag for 2027?").asks;
    expect(asks).toMatchObject({ money: true, number: true, definition: false });
    expect(answered("What is Cykelrådet's regionbidrag for 2027?").answered).toBe(false);
  });
});

describe('a bare fragment that names an amount', () => {
  it('asks for the amount only when no question word frames it', () => {
    const asks = (question: string) => analyzeQuestion(index(), question).asks;
    expect(asks('Cykelrådet finansiering 2025?').money).toBe(true);
    expect(asks('vad sa de intervjuade om finansieringen framåt?').money).toBe(false);
  });
});

describe('a list given as numbered sub-headings', () => {
  it('answers "vilka insatsområden" with the series of headings, not the lines under the first', () => {
    const text = shown('Vilka insatsområden har Cykelrådet?');
    for (const area of ['Säkra skolvägar', 'Vintercykling', 'Cykelturism']) expect(text).toContain(area);
  });
});

describe('a list given as numbered sections', () => {
  it('answers "vilka åtgärdsområden" with the sections numbered under the heading, not the table of contents', () => {
    const text = shown('Vilka åtgärdsområden har handlingsplanen för skolskjutsar?');
    for (const area of ['Samordnad upphandling', 'Trafiksäkra hållplatser', 'Digital skolskjutsplanering']) expect(text).toContain(area);
    expect(text).not.toContain('Innehåll');
  });
});

describe('the next meeting', () => {
  it('is read from the page\'s own "Nästa möte hålls …" line', () => {
    expect(shown('Regionala funktionshindersrådet – when and where is the next meeting after 12 March 2026?')).toMatch(/11 juni 2026 i Strömsund/);
  });
});

describe('a financial result asked for ("financial result", "ekonomiska resultat")', () => {
  it('is the year\'s surplus or deficit, found under the report\'s "Ekonomi"', () => {
    for (const question of ["What was Cykelrådet's financial result for 2025?", 'Vad blev cykelrådets ekonomiska resultat 2025?']) {
      expect(shown(question)).toContain('överskott på 85 tkr');
    }
    expect(analyzeQuestion(index(), 'What was the financial result for 2025?').asks).toMatchObject({ money: true, results: false });
  });
});

describe('a strong verb\'s past asked ("förskrevs")', () => {
  it('finds the figure written with its participle ("förskrivna"), not another count of the same thing', () => {
    const lead = shown('Hur många cykelrecept förskrevs 2025?').split('\n')[0];
    expect(lead).toContain('240');
    expect(lead).not.toContain('95 cykelrecept');
  });
});

describe('money set aside ("hur mycket pengar avsatte …")', () => {
  it('is the cost a decision charges to a budget', () => {
    expect(shown('Hur mycket pengar avsatte cykelrådet för Vintercyklisten 2026?')).toContain('120 000 kronor');
  });
});

describe('questions in two parts', () => {
  it('answers an amount and a date stated in two sentences', () => {
    const text = shown('Hur mycket statliga medel gick till cykelvägar 2025, och när ska medlen redovisas?');
    expect(text).toContain('3,4 mkr');
    expect(text).toContain('mars 2026');
  });

  it('answers an amount and its cause ("how big …, and what caused it?")', () => {
    const text = shown('Cykelrådet VB 2025 – how big was the överskott and what caused it?');
    expect(text).toContain('85 tkr');
    expect(text).toContain('sponsring');
  });

  it('answers a definition and a figure, the definition from the sentence that defines', () => {
    const text = shown('Vad avses med samlad effekt i cykelrådets VB, och hur mycket blev den?');
    expect(text).toContain('6,1 miljoner');
    expect(text).toContain('sjukfrånvaro');
    // "Den samlade effekten …" opens with an article: the sentence before it ("Kampanjen Vintercyklisten fick stor
    // uppmärksamhet …") is not what "Den" refers to.
    expect(text).not.toContain('stor uppmärksamhet');
  });
});

describe('who was named', () => {
  it('wants a person\'s name: a sentence about the nomination that names none does not answer', () => {
    declined('Who was named årets cykelvän 2025 by Cykelrådet?');
  });
});

describe('a document\'s contact person', () => {
  it('is the person of its letterhead\'s contact block, with the phone number, found by diary number or subject', () => {
    expect(shown('vem är kontaktperson för RUN/412/2026?')).toMatch(/Lina Bergqvist.*063-14 70 12/s);
    // The letterhead's contact, not a second contact block further down.
    expect(shown('vem är kontaktperson för RUN/412/2026?')).not.toContain('Olle Ekström');
    expect(shown('who is the contact person for the proposal on säkra cykelparkeringar?')).toContain('Lina Bergqvist');
  });

  it('is not guessed from a text that only speaks of contacts', () => {
    expect(answered('vem är kontaktperson för Cykelrådets verksamhetsberättelse?').answered).toBe(false);
  });
});

describe('who signed', () => {
  it('reads "vilka har skrivit under" as asking who signed', () => {
    const text = shown('Vilka har skrivit under Cykelrådets verksamhetsberättelse 2025?');
    expect(text).toContain('Maria Lindqvist');
    expect(text).toContain('Per Strandberg');
  });

  it('names both signers of columns the dump merged, for the year the report is about', () => {
    const text = shown("who signed Cykelrådet's verksamhetsberättelse 2025?");
    expect(text).toContain('Maria Lindqvist');
    expect(text).toContain('Per Strandberg');
  });
});

describe('compoundInitialismWords', () => {
  const titles = (...names: string[]) => ({ passages: names.map((title) => ({ source: { title, section: [] } })) }) as unknown as KnowledgeBase;
  const firstParts = new Set(['läns', 'transport', 'arbets', 'ungdoms', 'res', 'akt']);
  const isPart = (part: string) => firstParts.has(part);

  it('reads an abbreviation as the initials of a compound\'s parts ("LTP" → "länstransportplanen")', () => {
    const kb = titles('Länstransportplanen 2026–2037', 'Regionstyrelsens arbetsutskott', 'Ungdomsmottagningarna i länet');
    expect(compoundInitialismWords(kb, 'LTP', isPart)).toEqual(['länstransportplanen']);
    expect(compoundInitialismWords(kb, 'AU', isPart)).toEqual(['arbetsutskott']);
    expect(compoundInitialismWords(kb, 'UM', isPart)).toEqual(['ungdomsmottagningarna']);
  });

  it('does not cut a word at a seam shorter than four letters ("res|ultat", "akt|uell")', () => {
    expect(compoundInitialismWords(titles('Resultat och aktuella frågor'), 'RU', isPart)).toEqual([]);
    expect(compoundInitialismWords(titles('Resultat och aktuella frågor'), 'AU', isPart)).toEqual([]);
  });
});

describe('"go live" and "put into service"', () => {
  it('ask when something started running ("gick i drift"), not when anything else about it happened', () => {
    expect(shown('When did Bräcke go live with the färdtjänst booking service?')).toMatch(/^[^\n]*16 mars 2026/);
    expect(shown('When was the bokningstjänst put into service in Bräcke?')).toMatch(/^[^\n]*16 mars 2026/);
  });
});

describe('"take up the post" / "take office"', () => {
  it('asks when someone took office ("tillträdde"), not when they did anything else', () => {
    expect(shown('When did Lena Boström take up the post as enhetschef?')).toMatch(/^[^\n]*2026-02-01/);
  });
});

describe('a sentence with no year of its own on a page dated another year', () => {
  it('is dated by the sentence before it ("Uppföljningen avser 2025.")', () => {
    expect(shown('How many årsverken did fjällbygdens besöksnäring have in 2025?')).toMatch(/^[^\n]*1 240/);
    // … or by a sentence just before naming the thing the question dates ("prislistan för 2027").
    expect(shown('Vad kostar säsongskort för skidspår enligt prislistan för 2027?')).toMatch(/^[^\n]*1 450 kronor/);
  });
});

describe('"end date after the extension"', () => {
  it('asks a date, the one the decision to extend ("förlänga … till och med") gives', () => {
    expect(analyzeQuestion(index(), 'införandeprojektet – end date after the extension?').asks.date).toBe(true);
    expect(shown('införandeprojektet – end date after the extension?')).toContain('till och med 2027-06-30');
    const extension = analyzeQuestion(index(), 'införandeprojektet – end date after the extension?').concepts.find((c) => c.label === 'extension');
    expect(extension?.forms.flatMap((f) => f.stems)).toContain(stem(foldKey('förlänga')));
  });
});

describe('"is there a meeting on <day>" asked of a council whose page is dated another day', () => {
  it('is answered by the page\'s sentence naming that day without its year ("Mötet den 14 oktober flyttas …")', () => {
    expect(shown('Blir det något möte i Fjällbygdsrådet den 14 oktober 2026?')).toContain('21 oktober 2026');
  });

  it('does not take "möte i funktionshindersrådet den 9 april" for the name of the council\'s page of 12 March', () => {
    expect(analyzeQuestion(index(), 'Blir det något möte i funktionshindersrådet den 9 april 2026?').documentIds).toEqual([]);
  });
});


describe('English words glossed by the Swedish term in brackets', () => {
  it('finds the count the term names ("mentoring days (handledningsdagar)" written "164 handledningsdagar")', () => {
    expect(shown('how many mentoring days (handledningsdagar) were there in 2025?')).toMatch(/^According to [^\n]*164 handledningsdagar/);
  });

  it('reads "no. of" as a count asked for', () => {
    expect(shown('no. of students at Lärcentrum Ragunda 2025?')).toMatch(/^According to [^\n]*251/);
    expect(shown('no. of mentoring days (handledningsdagar) in 2025?')).toMatch(/^According to [^\n]*164 handledningsdagar/);
  });
});

describe('an English word the documents write as it is, before a translated one', () => {
  it('makes one compound with it ("design council" for "Designrådet")', () => {
    expect(conceptsOf("which date is the design council's June 2026 meeting?")).toContain('design council');
    expect(shown("which date is the design council's June 2026 meeting?")).toMatch(/^According to Möte 2026-02-19[^\n]*18 juni 2026/);
  });
});

describe('a pronoun for the person named in the sentence before', () => {
  it('names that person in its own sentence ("Sofia Wallin anställdes … Hon tillträdde tjänsten …")', () => {
    const analysis = analyzeQuestion(index(), 'När tillträdde Sofia Wallin tjänsten?');
    const weighted = weighConcepts(index(), analysis);
    const passage = index().kb.passages.find((p) => p.text.includes('Hon tillträdde tjänsten'))!;
    const unit = scoreUnits(index(), analysis, weighted, [passage], new QuestionMatcher(weighted)).find((s) => s.unit.text.includes('Hon tillträdde'))!;
    const names = weighted.map((w, i) => [w.concept.label, unit.inUnit[i]] as const).filter(([label]) => /Sofia|Wallin/.test(label));
    expect(names.length).toBeGreaterThan(0);
    for (const [, found] of names) expect(found).toBe(1);
  });
});

describe('an amount asked by a short compound ("vad är km-ersättningen")', () => {
  it('asks an amount, and "km" is the kilometre the documents write out', () => {
    expect(analyzeQuestion(index(), 'vad är km-ersättningen?').asks.number).toBe(true);
    expect(conceptsOf('vad är km-ersättningen?')).toContain('kilometer');
  });
});
