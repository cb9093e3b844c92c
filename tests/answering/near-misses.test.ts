/**
 * Near misses: the documents state a related fact — for another network, for the county instead of the
 * municipality asked about — and an answer from it would be a confident wrong answer
 * (tests/answering/fixtures/near-misses, a report written for these tests in the region's format).
 */
import { describe, expect, it } from 'vitest';
import { answersFrom } from '../helpers/fixture-answers.js';

const { shown, declined } = answersFrom('tests/answering/fixtures/near-misses');

describe('a body of the same kind as the one asked about', () => {
  it('does not answer for it: the IFO network\'s meetings are not the LSS network\'s', () => {
    expect(shown('Hur många träffar hade IFO-chefsnätverket 2025?')).toMatch(/6\s+träffar/);
    declined('How many träffar did the LSS-chefsnätverk have in 2025?');
  });
});

describe('a figure for the whole county or the region', () => {
  it('does not answer for one municipality the sentence does not name', () => {
    expect(shown('Hur många unga deltog i länets sociala insatsgrupper 2025?')).toContain('27');
    declined('Hur många unga deltog i sociala insatsgrupper i Krokom under 2025?');
  });

  it('does not answer for a municipality when the sentence is about the region', () => {
    expect(shown('Hur många medarbetare har regionen krigsplacerat?')).toContain('3 900');
    declined('Hur många medarbetare har Östersunds kommun krigsplacerat?');
  });
});

describe('a service named with a capitalised ordinal ("Första linjen")', () => {
  it('is not answered by a count for another service that only shares its common words', () => {
    expect(shown('Hur många barn och unga sökte ungdomsmottagningen i Strömsund 2025?')).toContain('187');
    declined('Hur många barn och unga sökte Första linjen i Strömsund 2025?');
  });
});

describe('a table with a row per municipality', () => {
  it('answers for a municipality what the table measures, not any other count asked of that municipality', () => {
    expect(shown('Hur många publika laddpunkter fanns i Åre 2025?')).toMatch(/Åre 118 21/);
    for (const question of ['Hur många solcellsanläggningar fanns i Åre kommun 2025?', 'Hur många solcellsanläggningar fanns i Krokom 2025?']) {
      declined(question);
    }
  });

  it('is about the year of its caption and columns, not of a date in a cell ("Öppnad 2027-01")', () => {
    expect(shown('Hur många besök hade servicenoden i Krokom 2028?')).toMatch(/Krokom 2026-03 7 240/);
    declined('Hur många besök hade servicenoden i Berg 2027?');
  });

  it('has no row for a municipality the report names only to say it is not included', () => {
    expect(shown('How many besök did Krokom have at its servicenod in 2028?')).toMatch(/Krokom 2026-03 7 240/);
    declined('How many besök did Åre have at its servicenod in 2028?');
  });
});

describe('a school named first in the question ("Åredalens folkhögskola – …")', () => {
  it('is not answered by the figure of another school of the same kind', () => {
    expect(shown('Birka folkhögskola – hur många deltagarveckor 2026?')).toContain('7 041');
    declined('Åredalens folkhögskola – hur många deltagarveckor ska den ha 2026?');
  });
});

describe('a percentage asked for one measure\'s change ("med hur många procent ökade intäkterna")', () => {
  it('is not answered by the change of another measure', () => {
    expect(shown('Uppföljningen mars 2026: med hur många procent ökade nettokostnaderna?')).toContain('4,3 procent');
    declined('Uppföljningen mars 2026: med hur många procent ökade verksamhetens intäkter?');
  });
});

describe('a fact stated for the national level', () => {
  it('does not answer for the regional one ("den nationella strategin" is not "den regionala")', () => {
    expect(shown('Hur många målområden har den nationella ANDT-strategin?')).toContain('sju målområden');
    declined('Hur många målområden har den regionala ANDT-strategin?');
  });
});

describe('a share owned in one company', () => {
  it('is not answered by the share of another company named in another section', () => {
    expect(shown('Hur stor ägarandel har regionen i Business Peak Region AB?')).toContain('15 %');
    declined('Hur stor ägarandel har regionen i Coompanion?');
  });

  it('is not answered by a figure that follows another company named after the asked one', () => {
    declined('Hur stor ägarandel har regionen i Inlandsinnovation?');
  });
});

describe('who presented an agenda item that names nobody', () => {
  it('is not answered, though the item names an organisation in capitals ("Region Jämtland Härjedalen")', () => {
    expect(shown('Vem föredrog upphandlingen av ekonomisystem på ekonomiberedningen 2026-03-10?')).toContain('Jonas Berg');
    declined('Vem föredrog månadsrapporten för februari på ekonomiberedningen 2026-03-10?');
  });
});

describe('an enumeration at the end of a long sentence', () => {
  it('is quoted whole, so every item the question asks for is shown', () => {
    const text = shown('samrådsgruppen prioriterade områden mandatperioden 2023-2026?');
    expect(text).toContain('psykisk hälsa');
    expect(text).toContain('välfärdsteknologi');
  });
});

describe('who decides', () => {
  it('is answered by the council a passive sentence names as its agent', () => {
    expect(shown('Vem fastställer nätverkets verksamhetsplan?')).toContain('ägarråd');
  });
});

describe('"antal X" asks a count of X: the word "antal" is no evidence of its own', () => {
  it('declines a year whose table counts other things', () => {
    declined('antal suicid i Jämtlands län 2024?');
  });

  it('answers the year the text gives', () => {
    expect(shown('antal suicid i Jämtlands län 2025?')).toContain('19 personer');
  });
});

describe('a figure for "Jämtland Härjedalen" (the county) asked of Härjedalens kommun', () => {
  it('is not taken for the municipality\'s', () => {
    declined('Hur stor andel av arbetsställena i Härjedalens kommun saknar anställda?');
  });

  it('answers for the county', () => {
    expect(shown('Hur stor andel av arbetsställena i länet saknar anställda?')).toContain('74 %');
  });
});

describe('a municipality named bare ("in Ragunda") is the place the figure must be stated for', () => {
  it('declines when only a sentence beside the figure names it', () => {
    declined('How many elever in Ragunda took part in the Läslyftet pilot?');
  });

  it('answers the figure asked without a place', () => {
    expect(shown('How many elever took part in the Läslyftet pilot?')).toContain('362');
  });
});

describe('a count asked for a year, in a unit that names the year in one sentence and counts in another', () => {
  it('declines when the counting sentence is about another year', () => {
    declined('Nätverket för enhetschefer inom missbruksvården – hur många träffar hölls 2025?');
  });

  it('answers when the count is stated for the year asked', () => {
    expect(shown('hur många utbildningsdagar höll handläggarna av ekonomiskt bistånd 2025?')).toContain('sex gemensamma utbildningsdagar');
  });
});

describe('a fee asked ("deltagaravgift", "avgiften"), where the text counts courses paid by fees', () => {
  it('declines: a count of courses is no fee', () => {
    declined('Fortbildningsenheten kursverksamhet – how big is the deltagaravgift per kurs?');
  });

  it('answers with the fee where one is stated', () => {
    expect(shown('Hur stor är avgiften för handledarutbildningen?')).toContain('1 200 kronor');
  });
});

describe('a compound of a name and a word of its own ("Lärcentrumfilialer")', () => {
  it('declines a year in which only other news of the named unit is reported', () => {
    declined('Vilka orter fick planer på nya Lärcentrumfilialer under 2024?');
  });

  it('answers the year that reports the compound', () => {
    expect(shown('Vilka orter fick planer på nya Lärcentrumfilialer under 2025?')).toContain('Hammarstrand och Gäddede');
  });
});

describe('a count asked "i länet", where the text counts another thing in the county', () => {
  it('declines: the scope beside a number is no sign of what it counts', () => {
    declined('Hur många samebyar finns i länet enligt yttrandet om friluftsliv?');
  });

  it('answers the count of what is asked', () => {
    expect(shown('Hur många företag säljer naturbaserade upplevelser i länet?')).toContain('540 företag');
  });
});

describe('a figure a plan for several years states for one of them ("under 2026 på ca 450 tkr")', () => {
  it('is not the figure of another year of the plan', () => {
    declined('Fjällmaran – how much turnover is it expected to bring Fjällturism AB in 2027?');
  });

  it('answers for the year it is stated for', () => {
    expect(shown('Fjällmaran – how much turnover is it expected to bring Fjällturism AB in 2026?')).toContain('450 tkr');
  });
});

describe('a topic set apart at the start of the question ("Energiseminariet 2025 – when …")', () => {
  it('is a name the date must stand beside, not found in a sentence about "energi"', () => {
    declined('Energiseminariet 2025 – on what date was it held?');
    expect(shown('Energiseminariet 2025 – hur många deltagare?')).toContain('300');
  });
});

describe('a diary number asked of a document a register does not list', () => {
  it('is not answered by another line of the register that shares the county\'s name', () => {
    expect(shown('vilket dnr har Jämtlands läns kulturstrategi?')).toContain('RS/2014-310');
    declined('vilket dnr har Jämtlands läns ungdomsstrategi?');
  });
});

describe('a role in an organ that shares its kind and purpose words with the organs the documents name', () => {
  it('is answered for the organ named where the chair is, and not for another organ of that kind', () => {
    expect(shown('who chairs the politiska samverkansberedningen för tandvård?')).toContain('Mats Ekberg');
    expect(shown('Vem är ordförande i tjänstemannaberedningen för vård och omsorg?')).toContain('Karin Sjöberg');
    // The tjänstemannaberedning is for vård och omsorg; tandvård has only a politisk beredning (the section after).
    declined('who chairs the tjänstemannaberedning för tandvård?');
    // A clause placing the question in time names no more of the organ.
    expect(shown('Vem valdes till ny vice ordf. i den politiska beredningen när Anna Ek slutade?')).toContain('Per Holm');
  });
});

describe('a rate asked for ("participation rate", "anslutningsgraden")', () => {
  it('is a share: a sentence that only says the rate rose is no answer', () => {
    expect(shown('Vad var sysselsättningsgraden i länet 2025?')).toContain('79 procent');
    declined('Vad var anslutningsgraden till fiber i länet?');
    declined('What is the fibre connection rate in the county?');
  });
});

describe('a year named only as where a period starts ("har sedan 2018 fördelat …")', () => {
  it('does not date the figures of the sentence or its passage', () => {
    expect(shown('Hur stor var omsättningen från arrangemang med arrangörsstöd 2023?')).toContain('61 mkr');
    declined('Hur stor var omsättningen från arrangemang med arrangörsstöd år 2018?');
  });
});

describe('a list asked for ("which trafikområden …")', () => {
  it('is answered by the sentence that names them, before a bullet that only counts them', () => {
    const answer = shown('Which trafikområden is the new skolskjuts upphandling split into?');
    for (const area of ['Fjällområdet', 'Sjöbygden', 'Skogslandet', 'Södra länet']) expect(answer).toContain(area);
  });
});
