/**
 * A plan in the region's format (tests/answering/fixtures/plans): chapters numbered "3 Insatsområden" over
 * sections "3.1 …", goals with a year, and words a question uses that the plan itself never writes.
 */
import { describe, expect, it } from 'vitest';
import { yearFit } from '../../src/answering/evidence.js';
import { foldKey, stem } from '../../src/answering/text.js';
import { analyzeQuestion } from '../../src/answering/understand.js';
import { answersFrom } from '../helpers/fixture-answers.js';

const { shown, declined, index } = answersFrom('tests/answering/fixtures/plans');

describe('a list question naming a chapter', () => {
  it('is answered by the chapter\'s numbered sections, not by the plan\'s title or a sentence naming the plan', () => {
    const text = shown('Vilka insatsområden finns i den regionala handlingsplanen för friluftsliv 2026–2028?');
    expect(text).toContain('Leder och skyltning');
    expect(text).toContain('Naturum och information');
    expect(text).toContain('Tillgänglighet för alla');
  });
});

describe('a chapter heading alone above its numbered sections ("2. Insatsområden" over "2.1 …")', () => {
  it('is the list, rather than a sentence naming the plan\'s words elsewhere', () => {
    const text = shown('Vilka insatsområden finns i den länsgemensamma handlingsplanen för krisberedskap?');
    expect(text).toMatch(/2\.1 Gemensam lägesbild\n- 2\.2 Reservkraft\n- 2\.3 Kriskommunikation/);
  });
});

describe('a heading over numbered items, each with bullets of its own', () => {
  it('is answered by the numbered items, not by the bullets under them', () => {
    const text = shown('Vilka insatsområden har handlingsplanen för bostadsförsörjning?');
    expect(text).toMatch(/- Planberedskap och mark\n- Bostäder för äldre\n- Kunskap och uppföljning/);
  });
});

describe('a series of sections named by the asked noun ("Insatsområde 1 – …", "Insatsområde 2 – …")', () => {
  it('is the list, in order, wherever in the plan the answer starts', () => {
    const text = shown('vilka insatsområden finns i handlingsplanen för laddinfrastruktur?');
    expect(text).toMatch(/Insatsområde 1 – Laddning vid offentliga byggnader\n- Insatsområde 2 – Laddning längs turiststråken\n- Insatsområde 3 – Kunskap och rådgivning/);
  });
});

describe('a lead-in over bullets', () => {
  it('is answered by its bullets, also when the dump ends it with a semicolon and lines further down share an ending', () => {
    const text = shown('Friluftsnätverket prioriterade områden 2025?');
    expect(text).toContain('Ledunderhåll');
    expect(text).toContain('Skyltning');
    expect(text).not.toContain('Ledrådet');
  });
});

describe('a question in two parts', () => {
  it('answers "hur stort …, och vad berodde det på" with the amount and the sentence saying what it "beror främst på"', () => {
    const text = shown('Hur stort underskott hade friluftsnätverket 2025 och vad berodde det på?');
    expect(text).toContain('120 tkr');
    expect(text).toContain('skyltar');
  });

  it('counts for each part only what stands beside that part\'s own words', () => {
    // "46 procent ett arbete inom 18 månader" has a number beside the other part's word "arbete": not a count of participants.
    const text = shown('Hur stor andel av dem som avslutat en kurs fick ett arbete, och hur många deltog?');
    expect(text).toContain('1 146');
    expect(text).toContain('38 procent');
  });
});

describe('an abbreviation the documents spell out in commas ("LSU, Ledsamverkan Utan Gränser, är …")', () => {
  it('is expanded from that sentence, and the sentence after it says what it does', () => {
    const text = shown('What is LSU?');
    expect(text).toContain('Ledsamverkan Utan Gränser');
    expect(text).toContain('ledvärd');
    expect(text).not.toContain('Vad är LSU?');
  });
});

describe('a cost split per municipality in an appendix, flattened one cell per line', () => {
  it('answers "vad ska X betala" from the municipality\'s row, read under its column headings and the proposal\'s title', () => {
    expect(shown('Vad ska Krokom betala per år för säker fildelning?')).toMatch(/Summa per år — Krokoms kommun 15 420 45 88 133/);
  });

  it('reads the rows continued on the next page under the headings of the first', () => {
    expect(shown('Vad ska Strömsund betala per år för säker fildelning?')).toMatch(/Part Invånare .*Summa per år — Strömsunds kommun 11 240 45 64 109/);
  });
});

describe('an abbreviation spelled out both in a title and in a defining sentence', () => {
  it('is quoted with the sentence that says what it is', () => {
    expect(shown('vad är SFD?')).toContain('en tjänst för att dela stora filer');
  });
});

describe('a question offering alternatives ("surplus or deficit")', () => {
  it('is answered by whichever of them the documents state', () => {
    expect(shown('Friluftsnätverket 2025 – surplus or deficit, how much?')).toContain('120 tkr');
    expect(shown('How large was the surplus or deficit of Friluftsnätverket in 2025?')).toContain('120 tkr');
  });
});

describe('what a pilot achieved', () => {
  it('is answered by the sentences of the section headed as its results, not only the one naming the pilot', () => {
    const text = shown('What did the pilot with digitala ledkartor achieve?');
    expect(text).toContain('3 140');
    expect(text).toContain('41 procent');
  });
});

describe('a plan whose numbered chapter headings ("2. Nuläge") read like agenda items', () => {
  it('is still answered from its text, which the dump left under the table of contents\' heading', () => {
    expect(shown('Vad menas med gårdsanläggning i handlingsplanen för biogas?')).toContain('högst 2 GWh');
    // A list of terms writes "Term – what it is" without an article.
    expect(shown('Vad menas med fordonsgas i handlingsplanen för biogas?')).toContain('97 procent metan');
    expect(analyzeQuestion(index(), 'What counts as a gårdsanläggning in the biogas plan?').definedWords).toBe('gårdsanläggning');
    // "Hur många gårdsanläggningar" is counted as "4 anläggningar" too, but "deltagarveckor" not as "tre veckor".
    expect(analyzeQuestion(index(), 'Hur många gårdsanläggningar byggs 2026?').countedStems).toContain(stem(foldKey('anläggningar')));
    expect(analyzeQuestion(index(), 'Hur många deltagarveckor ger kursen?').countedStems).not.toContain(stem(foldKey('veckor')));
  });
});

describe('a compound of the plan\'s topic and its kind ("biogasplanen", "biogashandlingsplanen")', () => {
  const named = (question: string) => analyzeQuestion(index(), question).documentIds;
  it('names the plan even when the topic\'s stem is short ("biogas" → "biog")', () => {
    expect(named('Hur många anläggningar fanns enligt biogasplanen?')).toEqual(['095_7e2a4c9b1f3d5068.txt#1']);
  });
  it('names the plan by the longest kind a title word holds ("handlingsplan", not "plan")', () => {
    expect(named('Hur många anläggningar fanns enligt biogashandlingsplanen?')).toEqual(['095_7e2a4c9b1f3d5068.txt#1']);
    expect(shown('Hur stor var produktionen enligt biogashandlingsplanen?')).toContain('14 GWh');
  });
});

describe('a report whose results are chapters numbered "1. E-arkiv" under "RESULTAT PER VERKSAMHETSOMRÅDE"', () => {
  it('answers what an area achieved with the chapter\'s sentences, last year\'s figure in brackets ("(2024: 240)") not making one about 2024', () => {
    const text = shown('What did regional arkivsamverkan achieve in utbildning 2025?');
    expect(text).toContain('17 utbildningar');
    expect(text).toContain('318 medarbetare');
  });

  it('reads a sentence giving last year\'s figure in brackets as about its own year', () => {
    const analysis = analyzeQuestion(index(), 'Hur många medarbetare deltog i arkivsamverkans utbildningar 2025?');
    const passage = index().kb.passages.find((p) => p.text.includes('Sammanlagt deltog 318'))!;
    const fitOf = (opening: string) => yearFit(index(), analysis, index().unitsOf(passage).find((u) => u.text.startsWith(opening))!, passage);
    // As much as the sentence beside it naming no year at all.
    expect(fitOf('Sammanlagt deltog 318')).toBe(fitOf('Utbildningarna riktade sig'));
  });
});

describe('chapters numbered "1. E-arkiv" right under an ALL CAPS heading', () => {
  it('are its sections, their headings not read as a list\'s first item', () => {
    const passage = index().kb.passages.find((p) => p.text.startsWith('2. Utbildning'))!;
    expect(passage.source.section).toEqual(['RESULTAT PER VERKSAMHETSOMRÅDE', '2. Utbildning']);
    const [heading] = index().unitsOf(passage);
    expect(heading).toMatchObject({ text: '2. Utbildning', listItem: false, headingLike: true });
  });
});

describe('a question asking "vem är …, och vem är …"', () => {
  it('names a person for each part, not a sentence that only mentions the second role', () => {
    const text = shown('Vem är samordnare för arkivsamverkan och vem är ordförande i styrgruppen?');
    expect(text).toContain('Helena Strandberg');
    expect(text).toContain('Mikael Östlund');
  });
});

describe('an agreement whose sub-sections ("3.1 Regionens åtaganden") lost their bullets', () => {
  it('answers what a party undertakes with the text under the sub-section\'s heading, not the heading alone', () => {
    const text = shown('vad åtar sig regionen enligt 3.1 i överenskommelsen om tolkförmedling?');
    expect(text).toContain('upphandla tolkförmedlingen');
    expect(text).toContain('beställarutbildning');
  });

  it('answers "how does it define X" with the sentence saying what X "avses" as', () => {
    expect(shown('how does the överenskommelse define tolkförmedling?')).toContain('bokar tolkar ur ett gemensamt register');
    expect(shown('Hur definieras tolkförmedling i överenskommelsen?')).toContain('bokar tolkar ur ett gemensamt register');
  });
});

describe('a plan whose title ends with its period on a line of its own', () => {
  it('is titled with the period, and not with the lines after it', () => {
    expect(index().kb.documents.map((d) => d.title)).toContain('Regional plan för kollektivtrafik i Jämtlands län 2027–2029');
  });
});

describe('a report whose lines wrap inside a name ("… var Lovisa" / "Brandt, ledamot …")', () => {
  it('answers who held the role with the whole name, the short first line not read as a heading', () => {
    expect(shown('Vem var ordförande för hjälpmedelsverksamheten 2025?')).toContain('Lovisa Brandt');
    const sections = index().kb.passages.map((p) => p.source.section.at(-1));
    expect(sections).not.toContain('Ordförande under 2025 var Lovisa');
    const sentences = index().kb.passages.flatMap((p) => index().unitsOf(p).map((u) => u.text));
    expect(sentences).toContain('Ordförande under 2025 var Lovisa Brandt, ledamot från Ragunda kommun, och vice ordförande var Oskar Grön från regionen.');
  });

  it('reads a chapter heading with its year ("3 Resultat 2025") as the chapter over its sections', () => {
    const passage = index().kb.passages.find((p) => p.text.startsWith('3.2 Rekonditionering'))!;
    expect(passage.source.section).toEqual(['3 Resultat 2025', '3.2 Rekonditionering']);
  });
});

describe('a question asking how something is to be done ("hur ska …")', () => {
  it('is answered with the sentences after the one naming the aim, which give the way', () => {
    const text = shown('Hur ska bussen gå NÄRA för resenärerna under 2027–2029?');
    expect(text).toContain('Region Jämtland Härjedalen utveckla trafiken');
    expect(text).toContain('anropsstyrd trafik');
    expect(shown('Hur ska nya linjer finansieras under planperioden?')).toContain('ökade biljettintäkter');
  });

  it('answers "varför" with the sentence after, when the one naming the subject gives no reason itself', () => {
    expect(shown('Varför läggs linje 45 ned?')).toContain('minskat med 40 procent');
  });
});

describe('a question naming a heading ("vad står under rubriken Gallring")', () => {
  it('is answered from the section under that heading, not from a sentence elsewhere naming the same word', () => {
    expect(shown('Vad står under rubriken Gallring i arkivsamverkans verksamhetsberättelse?')).toContain('gemensamt gallringsbeslut');
  });
});

describe('what a question asks', () => {
  it('reads "när det gäller" as "as regards", not as asking when', () => {
    const asks = analyzeQuestion(index(), 'Vilka mål har planen när det gäller skyltning?').asks;
    expect(asks.date).toBe(false);
    expect(asks.goal).toBe(true);
  });

  it('reads "vad gör en X" and "what does an X do" as asking what X is', () => {
    for (const question of ['Vad gör en tolkförmedling?', 'What does a tolkförmedling do?']) {
      expect(analyzeQuestion(index(), question).asks.definition, question).toBe(true);
    }
    expect(shown('Vad gör en tolkförmedling?')).toContain('bokar tolkar ur ett gemensamt register');
  });

  it('reads "vad är målet för …" as asking for the goal, not for a definition', () => {
    const asks = analyzeQuestion(index(), 'Vad är målet för skyltning till 2028?').asks;
    expect(asks.definition).toBe(false);
    expect(asks.goal).toBe(true);
    // … also when several words name what the goal is for.
    expect(analyzeQuestion(index(), 'what are the fall injury (fallolycka) targets for 2030?').asks.definition).toBe(false);
  });

  it('keeps a Swedish word of an English question that the documents never write, so it is not answered from another figure', () => {
    const labels = analyzeQuestion(index(), "How big was Friluftsnätverket's överskott in 2025?").concepts.map((c) => c.label);
    expect(labels).toContain('överskott');
  });
});

describe('a goal question naming its kind of fact ("vad är målet för antalet …")', () => {
  it('is answered by the sentence stating the target, which never writes "mål"', () => {
    const text = shown('vad är målet för antalet servicepunkter till 2028?');
    expect(text).toContain('minst 30');
  });
});

describe('"vilket dnr har X" of a list of governing documents', () => {
  it('is answered by the row with the diary number, which never writes "dnr"', () => {
    const text = shown('Servicepolicy – when was it adopted and what\'s the dnr?');
    expect(text).toContain('RS/87/2025');
  });
});

describe('what a municipality pays, asked of a table of contributions ("Kommunernas bidrag per kommun")', () => {
  it('is read from the municipality\'s row: "betala" is written as "bidrag"', () => {
    const text = shown('Vad ska Härjedalens kommun betala 2026?');
    expect(text).toMatch(/Härjedalen 162 168/);
  });
});

describe('"vilket dnr har X" is answered by the register line naming X', () => {
  it('gives the line of the plan for the period asked', () => {
    expect(shown('Vilket dnr har Finansplan 2026–2028?')).toContain('RS/140/2025');
  });

  it('declines a plan for another period, though its years overlap', () => {
    declined('Vilket dnr har Finansplan 2027–2029?');
  });

  it('declines a document the register does not list, rather than give a neighbour\'s number', () => {
    declined('Vilket dnr har Kulturplan för Region Jämtland Härjedalen?');
  });
});

describe('words the documents write otherwise', () => {
  it('"tillkommer" is written as new ones opening ("Tre nya servicepunkter öppnas 2027 …")', () => {
    expect(shown('vilka servicepunkter tillkommer 2027?')).toContain('Hackås');
  });

  it('"sista dag för …" asks a deadline; its words are not what to find', () => {
    expect(shown('sista dag för kommunfullmäktige att anta handlingsplanen?')).toContain('31 oktober 2026');
    const labels = analyzeQuestion(index(), 'sista dag för kommunerna att besluta om överenskommelsen?').concepts.map((c) => c.label);
    expect(labels).not.toContain('sista');
    expect(labels).not.toContain('dag');
  });
});

describe('a chapter heading over sections numbered "Insatsområde 1 …" to "Insatsområde 5 …", one passage each', () => {
  it('lists them all, however many passages they run over', () => {
    const text = shown('Vilka insatsområden har handlingsplanen för kollektivtrafik i glesbygd?');
    expect(text).toContain('Insatsområde 4 Hållplatser och bytespunkter');
    expect(text).toContain('Insatsområde 5 Information och biljetter');
  });
});

describe('a lead-in announcing a count over sentences whose bullet glyphs the dump lost', () => {
  it('is answered by the sentences right under it, not by a numbered series of sections further down', () => {
    const answer = shown('Vilka är de tre långsiktiga idrottsmålen i idrottsstrategin?');
    expect(answer).toContain('spontanidrott');
    expect(answer).toContain('flickor och pojkar');
    expect(answer).not.toContain('Insatsområde 1');
  });
});

describe('a glossary entry at the end of a document whose term many passages use ("Trygga lov – Metod där …")', () => {
  it('defines the term, however many passages name it beside a quoted name', () => {
    expect(shown('What is Trygga lov?')).toMatch(/^[^\n]*Metod där kommun, polis och föreningar/);
  });
});

describe('"hur långt har man kommit" / "how far have we come"', () => {
  it('asks for the progress so far ("hittills", "uppnått"), not for something that has come far', () => {
    expect(shown('Vilket mål finns för väntetiden i färdtjänsten, och hur långt har man kommit?')).toMatch(/^[^\n]*9 procent/);
    expect(shown('What is the target for väntetiden i färdtjänsten and how far have we come?')).toMatch(/^[^\n]*9 procent/);
  });
});

describe('a count asked for a year', () => {
  it('is read in "Antalet X ökade till N" and stated for the whole year before a season\'s count', () => {
    expect(shown('Antal kommersiella gästnätter i Fjällbygden 2025?')).toMatch(/^[^\n]*412 000/);
  });
});

describe('"the current target after the revision"', () => {
  it('is the value the decision changed it to ("höjs från 450 till 600"), not the plan\'s first one', () => {
    expect(shown('What is the 2030 target for publika laddplatser now?')).toMatch(/^[^\n]*från 450 till 600/);
  });
});

describe('"vilka resultat" of a heading over prose', () => {
  it('is the prose under the heading, not the headings of the sections after it, each sentence once', () => {
    const answer = shown('Vilka resultat fick Nätverk för hållbara företag 2025?');
    expect(answer).toContain('2,1 GWh');
    expect(answer).not.toContain('Skidspår');
    const lines = answer.split('\n').filter((l) => l.startsWith('- '));
    expect(new Set(lines).size).toBe(lines.length);
  });
});

describe('"who sits in / has seats in" an organ, "besides" some of them', () => {
  it('is answered by the sentence saying who "ingår" in it', () => {
    expect(shown('Which organisations besides the kommuner sit in laddrådet?')).toMatch(/^[^\n]*Jämtkraft AB/);
    expect(shown('Vilka organisationer utöver kommunerna har platser i laddrådet?')).toMatch(/^[^\n]*Jämtkraft AB/);
  });
});

describe('a role holder listed under another organ\'s heading', () => {
  it('is that organ\'s, not the next section\'s organ\'s', () => {
    declined('Vem är vice ordförande i Laddforum?');
  });
});

describe('an indicator table the dump flattened one cell per line ("1.1 Andel elever …" / "41 %" / "55 %")', () => {
  it('reads each numbered row with its values under the caption and column headings, not as a section of its own', () => {
    expect(shown('målvärde 2028 för andelen skolor med daglig rörelse?')).toMatch(/^.*Målvärde 2028 — 1\.2 Andel skolor med daglig rörelse 22 % 60 %/);
  });

  it('reads the rows continued past a page break and its running footer and header, a goal number in a column before each', () => {
    expect(shown('What is the target for the number of participants in fysisk aktivitet på recept, and the baseline?')).toMatch(/2\.1 Antal deltagare i fysisk aktivitet på recept 1 240 \(2023\) 2 000/);
    expect(shown('hur många kommuner har seniorgym enligt planen för fysisk aktivitet')).toMatch(/3\.1 Antal kommuner med seniorgym 4 \(2023\) 8/);
  });

  it('does not answer a measure for a year from another row of the table that states that year', () => {
    declined('Hur stor var andelen invånare som cyklar till arbetet 2023?');
    // The row naming the measure is dated 2022, the rows around it 2023.
    declined('Hur stor var andelen vuxna med stillasittande fritid 2023?');
  });
});

describe('a lead-in announcing its chapter\'s numbered sections ("4 INSATSOMRÅDEN" / "Planen samlar arbetet i tre insatsområden:" / "4.1 …")', () => {
  it('is answered by the sections\' headings, not by the first section\'s bullets', () => {
    expect(shown('list the three insatsområden of the handlingsplan för digital tillgänglighet')).toMatch(
      /tre insatsområden:\n- 4\.1 Tillgängliga webbplatser\n- 4\.2 Begripliga e-tjänster\n- 4\.3 Stöd till invånare/,
    );
  });
});

// A plan of its own (tests/answering/fixtures/chapters): its words would shift the other plans' word weights.
const chapters = answersFrom('tests/answering/fixtures/chapters');

describe('a chapter whose title has a comma ("3 Insatsområden, mål och indikatorer") over a sentence counting its sections', () => {
  it('is a chapter, and "har tre insatsområden." is answered by its numbered sections', () => {
    expect(chapters.shown('Vilka tre insatsområden har handlingsplanen för lokal kultur?')).toMatch(/- 3\.1 Läsfrämjande\n- 3\.2 Lokala scener\n- 3\.3 Kulturarv i hela länet/);
  });
});

describe('a staff list asked about one person\'s stand-in', () => {
  it('is answered by the item naming the stand-in, not by the list\'s lead-in and its first items', () => {
    const text = chapters.shown('Who covered as bibliotekskonsulent while Maria Sjöström was on leave?');
    expect(text).toContain('Johan Ek, vikarierande bibliotekskonsulent');
    expect(text).toContain('4. Organisation, medarbetare och ekonomi');
    expect(text.split('\n')[0]).not.toContain('sex medarbetare');
  });
});

describe('a role in an organ whose name shares its first part with the organ the role was read for', () => {
  it('is not answered by the sibling organ\'s holder ("Kulturgruppen" asked, "Kulturrådet" written)', () => {
    expect(chapters.shown('who is vice chair of Kulturrådet?')).toMatch(/^Per Holm/);
    chapters.declined('who is vice chair of Kulturgruppen?');
  });
});

describe('goals numbered "Mål 1 …", "Mål 2 …", each heading run into the sentence under it', () => {
  it('lists the goals\' titles in order', () => {
    expect(chapters.shown('Vilka mål har strategin för lokal mat?')).toMatch(
      /- Mål 1 Fler mathantverkare\n- Mål 2 Mer lokal mat i skolor, förskolor och äldreboenden\n- Mål 3 Kortare transporter mellan gård och kök/,
    );
  });
});

describe('"vilka datum föreslås för X:s möten"', () => {
  it('is answered by the proposal of the meeting days ("Förslag till sammanträdesdagar …")', () => {
    expect(chapters.shown('vilka datum föreslås för kulturrådets möten nästa år?').split('\n')[0]).toContain('2027-03-10 och 2027-09-15');
  });
});

describe('"när ska X äga rum"', () => {
  it('asks when and where X is held, not for a room', () => {
    expect(chapters.shown('När och var ska Kulturdagarna 2027 äga rum?')).toMatch(/^[^\n]*5–6 maj i Sveg/);
  });
});

describe('"who signed X, and in what role"', () => {
  it('is answered by the signers with their titles: "in what role" asks for the titles, it names no other role', () => {
    expect(chapters.shown('Who signed the verksamhetsberättelse 2025 about samverkan vård och omsorg, and in what role?')).toMatch(
      /^Karin Berg \(ordförande, tjänstemannaberedningen\) and Hanna Lind \(regional samordnare vård och omsorg\) signed/,
    );
  });
});

describe('a glossary entry opening with "Det" ("Kulturkort" / "Det kort som ger unga …")', () => {
  it('defines the term under which it stands, not the next entry\'s', () => {
    expect(chapters.shown('Vad menas med kulturkort i handlingsplanen för ungas kultur?')).toMatch(/^[^\n]*\(Kulturkort\): Det kort som ger unga/);
  });
});

describe('"när räknas X som Y" / "when does X count as Y"', () => {
  it('asks for the condition, and the sentence stating it answers first', () => {
    expect(chapters.shown('När räknas en skola som kulturskola enligt handlingsplanen för ungas kultur?')).toMatch(/^[^\n]*: En skola räknas i denna plan som kulturskola om den har ett kulturombud/);
  });
});

describe('a sentence without a year after one naming a dated meeting ("Vid mötet 2025-11-20 deltog …" / "Minnesanteckningarna skrevs av …")', () => {
  it('speaks of that meeting\'s year, not of its document\'s', () => {
    expect(chapters.shown('who wrote the minnesanteckningar from the Kulturrådet meeting in November 2025?')).toMatch(/^[^\n]*: Minnesanteckningarna skrevs av Sara Holm/);
  });
});
