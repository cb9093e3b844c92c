/**
 * A notice whose column headings stand one per line and whose rows keep their columns with spaces, its breaks on lines
 * of their own with the times written "10.10" (fixtures/notices).
 */
import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../src/answering/understand.js';
import { answersFrom } from '../helpers/fixture-answers.js';

const { answered, shown, declined, index } = answersFrom('tests/answering/fixtures/notices');

describe('a break asked about on a notice that writes its times with a dot', () => {
  it('gives the break of the kind asked for first, quoting its line rather than the whole table', () => {
    const text = shown('när är det lunch på naturvårdsrådets möte den 6 oktober 2026?');
    expect(text).toMatch(/^Pauser på Naturvårdsrådet[^:]*: Lunch 12.00–12.45; Kaffe 10.10–10.25\./);
    expect(text).toContain('12.00–12.45 LUNCH');
    expect(text).not.toContain('Invasiva arter');
  });

  it('answers a coffee break asked in English', () => {
    expect(shown('When is the coffee break at Naturvårdsrådet on Oct 6th 2026?')).toContain('Kaffe 10.10–10.25');
  });
});

describe('an item of a notice read from its columns', () => {
  it('names the presenter and the start of an item', () => {
    const text = shown('Vem föredrar punkt 4 på Naturvårdsrådet 2026-10-06 och när börjar den?');
    expect(text).toContain('Olof Brandt');
    expect(text).toContain('10.25');
  });
});

describe('the items of a notice without a presenter', () => {
  it('are listed when asked for, in Swedish and English', () => {
    const sv = shown('Finns det någon punkt på Naturvårdsrådets möte 2026-10-06 som saknar föredragande?');
    expect(sv).toContain('Rapporter från kommunerna');
    expect(sv).not.toContain('Invasiva arter');
    expect(shown('Which items at Naturvårdsrådet on 6 October 2026 have no presenter?')).toMatch(/without a presenter:\s*- 7\. Rapporter från kommunerna/);
    expect(shown('Which item at Naturvårdsrådet on 6 October 2026 has nobody listed as presenter?')).toMatch(/without a presenter:\s*- 7\. Rapporter från kommunerna/);
    expect(shown("Which item on Naturvårdsrådet's agenda for 6 October 2026 doesn't have a presenter named yet?")).toMatch(/without a presenter:\s*- 7\. Rapporter från kommunerna/);
    expect(shown('Vilken punkt på Naturvårdsrådets möte 2026-10-06 har inte fått någon föredragande?')).toMatch(/utan föredragande[^:]*:\s*- 7\. Rapporter från kommunerna/);
    expect(shown('Vilken punkt på Naturvårdsrådet 2026-10-06 har ingen angiven föredragande?')).toMatch(/utan föredragande[^:]*:\s*- 7\. Rapporter från kommunerna/);
  });
});

describe('the roles of a body asked together', () => {
  it('answers who leads a group and who is its secretary, from the organisation section', () => {
    const text = shown('vem leder skogsrådets beredningsgrupp och vem är sekreterare där?');
    expect(text).toContain('Jonas Wik');
    expect(text).toContain('Emma Lind');
    expect(text).not.toContain('Sara Lund');
  });

  it('answers who leads a group and who takes its notes, the words for note-taking no part of the body asked', () => {
    const lead = shown('Who leads the beredningsgrupp, and who takes the notes there?').split('\n')[0];
    expect(lead).toContain('Jonas Wik');
    expect(lead).toMatch(/Emma Lind[^.]*secretary/);
  });

  it('answers who chairs a group and who takes its minutes', () => {
    const lead = shown('who chairs skogsrådets beredningsgrupp and who takes the minutes?').split('\n')[0];
    expect(lead).toContain('Jonas Wik');
    expect(lead).toMatch(/Emma Lind[^.]*secretary/);
  });
});

describe('who chaired a meeting asked by its month', () => {
  it('is the acting chair who signed that month\'s minutes, not a chair named on another month\'s page', () => {
    const text = shown('who led the Skogsrådet meeting in Hammarstrand in June 2026?');
    expect(text).toMatch(/^Per Holm/);
    expect(text).not.toContain('Jonas Wik');
    expect(text).not.toContain('Helena Berg');
  });
});

describe('who chaired a meeting and who checked its minutes, asked together', () => {
  it('names both from the minutes\' signing lines', () => {
    const text = shown('Vem var ordförande på skogsrådets sammanträde den 9 juni, och vem justerade protokollet?');
    expect(text).toContain('Per Holm');
    expect(text).toContain('Pia Ek');
  });
});

describe('when a programme was adopted', () => {
  it('is answered by the decision that fixed it ("Fastställd av regionfullmäktige …")', () => {
    const text = shown('När antogs skogsprogrammet 2026–2030, och av vem?');
    expect(text).toContain('2026-02-24');
    expect(text).toContain('regionfullmäktige');
  });

  it('is answered the same way when asked in English', () => {
    const text = shown('When was the skogsprogram 2026–2030 adopted, and by which body?');
    expect(text).toContain('2026-02-24');
    expect(text).toContain('regionfullmäktige');
  });
});

describe('a figure under one company\'s heading', () => {
  it('does not answer for another company a list elsewhere names', () => {
    declined('Vilket resultat är budgeterat för Fjällbanan AB 2027?');
    expect(shown('Vilket resultat är budgeterat för Skogsbolaget Norr AB 2027?')).toContain('+0,4 Mkr');
  });
});

describe('the next meeting after a named one', () => {
  it('is the day the page gives for it, though it falls in the next year', () => {
    expect(shown('When is the next meeting of Skogsrådet after the one on Nov 17th 2026?')).toContain('9 februari 2027');
  });
});

describe('a plan\'s economic frame', () => {
  it('is its "ram", an amount of money', () => {
    expect(shown('What is the total economic frame for the skogsprogram 2026–2030?')).toContain('42 miljoner kronor');
  });
});

describe('a count asked in other words than the text\'s', () => {
  it('reads "hur många gick kursen" as who took part, and a passive\'s past as its supine ("berördes" / "berörts")', () => {
    expect(shown('Hur många gick skogskursen för markägare 2025?')).toContain('340');
    expect(shown('Hur många personer berördes av avverkningsstoppen 2025?')).toContain('1 300');
  });
});

describe('what an abbreviation is', () => {
  it('is answered by the glossary\'s entry for it and the sentence going on with it, not only by what it stands for', () => {
    const text = shown('vad är NOKÅS för något?');
    expect(text).toContain('nationellt bidrag för natur- och kulturmiljövård i skogen');
    expect(text).toContain('80 procent');
  });
});

describe('a deadline about a plan named by its period', () => {
  it('is not held to the plan\'s years', () => {
    expect(shown('Senast när ska Skogsrådets gemensamma yttrande om skötselplanen 2028–2034 lämnas till Skogsstyrelsen?')).toContain('2026-10-31');
  });
});

describe('who chaired a meeting on a day no paper is dated', () => {
  it('is not answered by the body\'s chair for the year', () => {
    declined('Who chaired the Skogsrådet i Jämtlands län meeting on 3 March 2026?');
    // The programme is dated that day, but a plan's date is no meeting's.
    declined('Who chaired the Skogsrådet i Jämtlands län meeting on 24 February 2026?');
  });

  it('is answered on the day the minutes are dated, by that day\'s chair alone, not by the chairs of other bodies they name', () => {
    const text = shown('Who chaired the Skogsrådet meeting on 9 June 2026?');
    expect(text).toMatch(/^Per Holm/);
    expect(text).not.toContain('Jonas Wik');
  });
});

describe('what a figure "ended up" as', () => {
  it('is the revised figure, not something that ended', () => {
    expect(shown('What budget did skogssamordningen end up with for 2026?').split('\n')[0]).toContain('3 600 tkr');
  });
});

describe('who takes over a role', () => {
  it('is the one elected to it, the clause placing the question in time naming no part of the role', () => {
    const text = shown('vem tar över som vice ordförande i skogsrådets beredningsgrupp när Lina Ås går till Länsstyrelsen?');
    expect(text).toMatch(/^Maria Ek/);
  });
});

describe('what a meeting on a day will take up', () => {
  it('is not answered by a schedule listing that day among others', () => {
    declined('Vad ska Skogsrådet besluta om på sammanträdet den 11 maj 2027?');
  });

  it('answers whether a meeting is held that day from the schedule', () => {
    expect(shown('Blir det något sammanträde i Skogsrådet den 11 maj 2027?')).toContain('2027-05-11');
  });
});

describe('works that "blev färdiga"', () => {
  it('are the list under "Åtgärder som färdigställdes"', () => {
    expect(shown('Vilka åtgärder i skogsprogrammet blev färdiga 2026 enligt verksamhetsberättelsen?')).toContain('Väg 612 Hammerdal–Gåxsjö');
  });
});

describe('a figure with last year\'s beside it in brackets', () => {
  it('is this year\'s figure, the bracket naming no year of its own', () => {
    expect(shown('Hur mycket kvicksilver uppmättes i gädda i Ammerån 2026?')).toContain('0,62 mg/kg');
  });
});

describe('what a project achieved', () => {
  it('is told under the project\'s own heading, not by the summary that mentions it in passing', () => {
    const text = shown('What did Virkesnod Mitt achieve in 2026?');
    expect(text).toContain('Hammarstrand');
    expect(text).not.toMatch(/^[^\n]*12 nya virkesterminaler/);
  });
});

describe('who chaired a meeting whose chair was absent', () => {
  it('names the member the minutes mark as the meeting\'s chair, in English and Swedish', () => {
    const en = shown('who actually led the viltforum meeting on 3/3 2026? I thought Tomas was ordförande');
    expect(en).toContain('Olle Dahl');
    expect(en).not.toMatch(/Eva Lund was chair/);
    expect(shown('Vem var ordförande på Viltforums möte den 3 mars 2026?')).toContain('Olle Dahl');
  });

  it('names the organ without the paper\'s kind or day', () => {
    expect(shown('Vem var ordförande på Viltforums möte den 3 mars 2026?')).toMatch(/^Olle Dahl var ordförande för Viltforum Jämtlands län 2026-03-03\./);
  });
});

describe('a role the minutes tie to another organ', () => {
  it('does not answer who holds that role in the organ asked about', () => {
    declined('Vem är sekreterare i Viltforum?');
    declined('Who is secretary of Viltforum Jämtlands län?');
  });
});

describe('a body named with its purpose', () => {
  it('is another body than one with the same kind and another purpose', () => {
    declined('Who is vice chair of Styrgruppen för skog och vilt?');
    expect(shown('Who is vice chair of Styrgruppen för skog och klimat?')).toContain('Berit Sand');
  });

  it('is chaired on a day by the member the minutes mark "(ordförande för sammanträdet)"', () => {
    expect(shown('Vem ledde styrgruppen för skog och klimat den 14 april 2026?')).toMatch(/^Berit Sand var ordförande för Styrgruppen för skog och klimat 2026-04-14\./);
  });
});

describe('a notice whose table puts the time before the item and repeats its heading on the next page', () => {
  it('reads the meeting day from a "Dag:" field and every item, on both pages', () => {
    expect(shown('Who presents item 6 at Fiskerådet on 22 September 2026, and when does it start?')).toMatch(/Karin Röding[^\n]*11.00/);
    expect(shown('Vem föredrar punkt 3 på fiskerådet 2026-09-22?')).toContain('Per Lax');
  });

  it('finds a break whose name is spaced letter by letter ("F I K A")', () => {
    expect(shown('När är fikat på fiskerådets möte den 22 september 2026?')).toMatch(/^Pauser på Fiskerådet i Jämtlands län 2026-09-22: Fika 10.10–10.25\./);
  });
});

describe('a key-figure table whose row label wraps before its unit ("Avslutade upphandlingar," / "antal 3 5 7")', () => {
  it('answers how many were completed, asked in English, the asked year\'s cell first', () => {
    const text = shown('how many procurements did skogssamordningen complete in 2025?');
    expect(text).toMatch(/^According to [^:]+: Avslutade upphandlingar, antal 2025: 5\. /);
    expect(text).toMatch(/^[^\n]*Avslutade upphandlingar, antal 3 5 7/);
  });
});

describe('minutes dated by their "Möte:" field and titled "Minnesanteckningar – <body>"', () => {
  it('name who led the meeting that day ("… leder dagens möte"), and the body by its title', () => {
    expect(shown('Who led the meeting of the reference group for jakt och viltturism on 19 May 2026?')).toMatch(/^Lars Orre was chair of Referensgruppen för jakt och viltturism on 2026-05-19\./);
    expect(shown('Vem ledde referensgruppens möte den 19 maj 2026?')).toMatch(/^Lars Orre var ordförande/);
  });
});

describe('a school year asked for ("läsåret 25/26", "2024/25")', () => {
  it('is read as that school year, not as a code or the calendar year it shares with the next', () => {
    expect(shown('hur många elever deltog i Skogen i skolan läsåret 25/26?')).toMatch(/^[^\n]*412 elever/);
    expect(shown('How many pupils took part in Skogen i skolan in 2024/25?')).toMatch(/^[^\n]*300 elever/);
  });

  it('leaves a day written "11/12" a day', () => {
    expect(shown('Vem föredrar punkt 3 på fiskerådet 22/9 2026?')).toContain('Per Lax');
  });
});

describe('a chapter heading with a school year in it ("3. Skogsdagen läsåret 2025/26 per kommun")', () => {
  it('heads the table under it, so a row answers for what the heading names', () => {
    expect(shown('hur många elever i Krokom gick skogsdagen läsåret 25/26?')).toMatch(/\(3\. Skogsdagen läsåret 2025\/26 per kommun\): [^\n]*Krokom 2 5 96/);
  });
});

describe('a break whose time is a range in the time column ("10:20–10:40   Paus med fika")', () => {
  it('is a row of its own, found and quoted whole', () => {
    const text = shown('när är det fika på viltrådet den 13 oktober 2026?');
    expect(text).toMatch(/^Pauser på Viltrådet Jämtlands län 2026-10-13: Paus 10:20–10:40\./);
    expect(text).toContain('”10:20–10:40 Paus med fika”');
  });
});

describe('the next meeting after one a notice was sent for', () => {
  it('is the day the notice gives, though the notice is dated days before the meeting', () => {
    expect(shown('when does Fiskerådet meet next after the Sept 22nd 2026 meeting?')).toContain('1 december 2026');
  });
});

describe('who was appointed, asked in the past ("Vem utsågs att justera …")', () => {
  it('is read in the minutes\' present ("Forumet utser Kajsa Berg att … justera")', () => {
    expect(shown('Vem utsågs att justera protokollet från mötet den 3 mars 2026?')).toContain('Kajsa Berg');
  });
});

describe('a signature whose name the narrow column broke over two lines ("Ingrid" / "Tallberg"), another under it', () => {
  it('names both signers with their titles, and no flattened table heading as one', () => {
    const text = shown('Who signed the 2026 verksamhetsberättelse for skogssamordningen, and what is her title?');
    expect(text).toMatch(/^Ingrid Tallberg \(tf\. skogschef\) and Helena Berg \(ordförande\) signed/);
    expect(text).not.toContain('Kurser');
  });
});

describe('an attendance table\'s headings ("Namn   Organisation")', () => {
  it('are no signer of the minutes', () => {
    declined('Vem undertecknade minnesanteckningarna från referensgruppens möte 19 maj 2026?');
  });
});

describe('a notice laid out one cell per line, its title naming the body after a dash', () => {
  it('names the body from the title line, not the time-and-place field under it', () => {
    expect(shown('Who presents item 2 at Gemensamma naturnämnden on 5 November 2026?')).toMatch(/^Item 2 at Gemensamma naturnämnden 2026-11-05/);
  });

  it('splits two presenters whose titles wrap onto lines of their own', () => {
    expect(shown('Who presents item 2 at Gemensamma naturnämnden on 5 November 2026?')).toContain('presented by Olle Gran (tf. naturvårdschef) and Stina Björk (controller)');
  });

  it('reads a "Förmiddagskaffe" line as a break, not as the presenter\'s title', () => {
    expect(shown('när är kaffet på naturnämndens sammanträde 5 november 2026?')).toMatch(/^Pauser på Gemensamma naturnämnden 2026-11-05: Förmiddagskaffe 10:10–10:25\./);
    const item3 = shown('Vem föredrar punkt 3 på naturnämnden 2026-11-05?');
    expect(item3).not.toContain('Förmiddagskaffe');
    // (The region after a presenter is where he works, not a second presenter.)
    expect(item3).toContain('föredras av Per Myr (Region Jämtland Härjedalen)');
  });
});

describe('a figure the asker believes has changed ("Det står 3 200 tkr men jag tror den ändrades")', () => {
  it('is answered by the revised figure first, in Swedish and English', () => {
    expect(shown('Vilken budget gäller nu för skogssamordningen 2026? Det står 3 200 tkr men jag tror den ändrades')).toMatch(/^[^\n]*reviderades budgeten i juni till 3 600 tkr/);
    expect(shown('What is the budget for skogssamordningen 2026 now? I thought it was 3 200 tkr but it changed')).toMatch(/^[^\n]*reviderades budgeten i juni till 3 600 tkr/);
    expect(shown('Vilken slutlig budget fick skogssamordningen 2026?')).toMatch(/^[^\n]*reviderades budgeten i juni till 3 600 tkr/);
    expect(shown('What was the final budget for skogssamordningen 2026?')).toMatch(/^[^\n]*reviderades budgeten i juni till 3 600 tkr/);
  });
});

describe('an agenda\'s "Beslut/Info" column', () => {
  it('says whether an item is up for decision or for information', () => {
    expect(shown('Vem föredrar punkt 5 på fiskerådet 2026-09-22?')).toMatch(/^[^\n]*\(beslutsärende\)\./);
    expect(shown('item 6 at Fiskerådet on 22 September 2026 – who presents it, and is it for decision?')).toMatch(/^[^\n]*\(for information, "Info"\)\./);
  });
});

describe('a half-year asked for ("första halvåret 2026")', () => {
  it('is not ruled out by a month another sentence beside the answer names ("… i augusti")', () => {
    expect(shown('I vilka kommuner fanns skogskurser för nya markägare första halvåret 2026?')).toMatch(/^[^\n]*Berg, Krokom, Åre, Strömsund och Ragunda/);
  });
});

describe('an abbreviation whose glossary entry is a term line over what it is ("FSC (Forest Stewardship Council)")', () => {
  it('is answered by the entry and the line under it, not by a heading of the same shape ("FSC – certifieringsdag")', () => {
    const text = shown('Vad står FSC för, och vem grundade systemet?');
    expect(text).toMatch(/i dokumenten\.\n- FSC \(Forest Stewardship Council\)\n- Certifieringssystem [^\n]*WWF/);
    expect(text).not.toContain('certifieringsdag');
  });
});

describe('a count asked of "åk 5-elever"', () => {
  it('is the count of pupils in årskurs 5', () => {
    expect(shown('hur många åk 5-elever deltog i Skogen i skolan läsåret 25/26?')).toMatch(/^[^\n]*412 elever i årskurs 5/);
  });
});

describe('a notice whose items are written "Punkt 4: …" with labelled lines under them ("Ansvarig:", "Tid:")', () => {
  it('names the body from "Kallelse till <body>" and reads each item\'s presenter and time', () => {
    expect(shown('Vem föredrar punkt 4 på fjällrådet den 10 mars 2026?')).toMatch(/^Punkt 4 på Fjällrådet Jämtlands län 2026-03-10 är ”Lägesrapport om fjällräven” och föredras av Lina Fjäll \(Länsstyrelsen\), med start kl\. 10.15\./);
    expect(shown('Who presents item 3 at Fjällrådet on March 10th 2026, and when?')).toContain('presented by Per Snö (Destination Funäsdalen), starting at 09.20');
  });

  it('lists the items when asked what the meeting takes up, the signature after "Välkomna!" no presenter', () => {
    const text = shown('vad tas upp på fjällrådets möte 10 mars 2026?');
    expect(text).toMatch(/^Dagordning för Fjällrådet Jämtlands län 2026-03-10:/);
    expect(text).toContain('3. Besöksstatistik vintern 2025/26 – Per Snö (Destination Funäsdalen), kl. 09.20–09.50');
    expect(text).not.toContain('Anna Berg');
  });
});

describe('agendas in three more layouts', () => {
  it('reads a table whose cells stand apart by "|"', () => {
    expect(shown('Vem föredrar punkt 4 på Vattenrådet Ljungan den 14 april 2026?')).toMatch(/^Punkt 4 på Vattenrådet Ljungan 2026-04-14 är ”Övergödning i sjöarna” och föredras av Per Alg \(SLU\), med start kl\. 14.00\./);
  });

  it('reads items numbered "1)" with the presenter after a dash and the time after a comma', () => {
    expect(shown('Who presents item 3 at Vattenrådet Indalsälven on 15 April 2026?')).toMatch(/^Item 3 at Vattenrådet Indalsälven 2026-04-15 is "Fiskevandring i Indalsälven", presented by Eva Lax \(Länsstyrelsen\), starting at 09.10\./);
  });

  it('reads a notice numbering its items "§ 3", the body named before the day on the line under "KALLELSE"', () => {
    expect(shown('Vem föredrar punkt 4 på Vattenrådet Dalälven 2026-04-16?')).toMatch(/^Punkt 4 på Vattenrådet Dalälven 2026-04-16 är ”Övergödning i sjöarna” och föredras av Per Alg \(SLU\)\./);
  });
});

describe('minutes whose header is written as fields ("Sammanträdesdatum: 2026-05-20", "Plats: …", "Sekreterare: …")', () => {
  it('name the body and day without the fields', () => {
    expect(shown('Vem var ordförande på kulturrådets möte 20 maj 2026?')).toMatch(/^Karin Stor var ordförande för Kulturrådet Jämtlands län 2026-05-20\./);
  });

  it('answer who kept the minutes with the secretary', () => {
    expect(shown('vem förde protokollet på kulturrådets möte 2026-05-20?')).toMatch(/^Maja Berg var sekreterare för Kulturrådet Jämtlands län 2026-05-20\./);
  });
});

describe('near misses on the new layouts', () => {
  it('decline a school year the report does not cover, though its chapter headings carry numbers', () => {
    declined('Hur många elever deltog i Skogen i skolan läsåret 2023/24?');
  });

  it('decline an item of a meeting on another day than the notice\'s, the notice\'s letter undated', () => {
    declined('Vem föredrar punkt 4 på fjällrådet den 12 mars 2026?');
  });
});

describe('who holds a post for a project ("Vem är projektledare för …")', () => {
  it('is the person named with the post under the project\'s heading', () => {
    expect(shown('Vem är projektledare för Virkesnod Mitt?')).toMatch(/^[^\n]*Projektledare är Nils Åkerlund\./);
  });

  it('is not a signer or a table\'s headings when no one is named with the post', () => {
    declined('Vem är projektledare för Brand och skog?');
  });
});

describe('a one-cell-per-line notice whose rows open with a time span and "Punkt N"', () => {
  it('names the presenter and start of an item asked for by its subject in English ("the bus stop item")', () => {
    const text = shown("who's presenting the bus stop item at the pensionärsråd on 4/2 2026?");
    expect(text).toContain('Lars Berg');
    expect(text).toContain('13.10');
  });

  it('reads the rows after the page break and its repeated column headings', () => {
    expect(shown('Vem föredrar punkt 3 på Regionala pensionärsrådet den 4 februari 2026?')).toContain('Nils Åkesson');
  });
});

describe('questions about the minutes of a meeting', () => {
  it('are not answered from the notice\'s agenda', () => {
    // (The minutes number their paragraphs by §, not by the notice's items: declining is right too.)
    expect(answered('Enligt protokollet, vem föredrog punkt 4 på Naturvårdsrådet 2026-10-06?').text).not.toMatch(/^Punkt 4 på/);
    expect(shown('När justerades protokollet från Naturvårdsrådet 6/10 2026?')).not.toMatch(/^Punkt \d+ på/);
    expect(shown('Vad behandlades under § 16 på Naturvårdsrådets möte den 6 oktober 2026?')).not.toMatch(/^Dagordning för/);
  });
});

describe('a notice and a meeting page of the same meeting', () => {
  it('answers from the notice\'s agenda for who is to present an item and when', () => {
    const text = shown('Vem föredrar punkt 2 på pensionärsrådet den 4 februari 2026 och när börjar den?');
    expect(text).toContain('Lars Berg');
    expect(text).toContain('13.10');
  });

  it('answers from the meeting page when asked who actually presented it', () => {
    const text = shown('who actually presented the bus stop item at the pensionärsråd on 4 February 2026?');
    expect(text).toContain('Sofia Sand');
    expect(text).not.toMatch(/^[^\n]*Lars Berg[^\n]*presented by/);
  });
});

describe('the law a body rests on', () => {
  it('is read from "enligt lagen (2017:725)" when asked "which law is it based on"', () => {
    const text = shown('What is Tolkcentralen, and which law is it based on?');
    expect(text).toContain('2017:725');
    expect(text).not.toContain('utgår från antalet');
  });
});

describe('English words that make one Swedish compound together', () => {
  it('read "the patient safety network" as patientsäkerhetsnätverket, the words apart only as a weaker form', () => {
    const analysis = analyzeQuestion(index(), 'who chairs the patient safety network?');
    const network = analysis.concepts.find((c) => c.label === 'patient safety network');
    expect(network?.forms[0]).toEqual({ stems: ['patientsakerhetsnatverk'], weight: 1 });
    expect(analysis.concepts.map((c) => c.label)).not.toContain('safety');
    expect(shown('who chairs the patient safety network?')).toContain('Eva Holm');
  });
});


describe('a revised value written "och den reviderade budgeten för 2025 blev 8 650 tkr"', () => {
  it('answers what a budget ended up at after the revision', () => {
    expect(shown("What did Tolkcentralen's budget for 2025 end up at after the revision?").split('\n')[0]).toContain('8 650 tkr');
  });
});

describe('a figure asked for as final', () => {
  it('is not the preliminary one', () => {
    const lead = shown('Hur många samtal tolkade Tolkcentralen under våren 2025 enligt de slutliga siffrorna?').split('\n')[0];
    expect(lead).toContain('4 060');
    expect(lead).not.toContain('4 100');
  });
});

describe('the meeting before a named one', () => {
  it('is the day the agenda\'s item on the previous minutes names, asked in Swedish and English', () => {
    expect(shown('När hade Tandvårdsrådet sitt förra möte före det den 12 maj 2026?')).toMatch(/^[^\n]*2026-02-10/);
    expect(shown('When was the previous meeting of Tandvårdsrådet before 12 May 2026?')).toMatch(/^[^\n]*2026-02-10/);
  });
});

describe('what a meeting decided, asked of a day only announced as the next meeting', () => {
  it('is not answered by the announcement', () => {
    declined('Vad beslutade Tandvårdsrådet på sitt möte den 8 september 2026?');
  });
});

describe('a year asked with a body whose name all its documents carry', () => {
  it('stays the year asked, not a document\'s name: the 2025 report does not answer for 2026', () => {
    declined('How many children got fluorlackning through Regionala tandvårdsrådet over the whole of 2026?');
    expect(shown('How many children got fluorlackning through Regionala tandvårdsrådet in 2025?')).toContain('300');
  });
});

describe('the difference between two defined terms', () => {
  it('is answered by their definitions ("skillnaden" frames the question, no document says it)', () => {
    const text = shown('Vad är skillnaden mellan tolkning och översättning enligt Tolkcentralens verksamhetsplan?');
    expect(text).toMatch(/Muntlig överföring|Skriftlig överföring/);
    expect(text.split('\n')[0]).not.toContain('Skillnaden mot');
  });
});

describe('what was decided under a § of the minutes', () => {
  it('is read under that §, not under another with a decision of its own', () => {
    expect(shown('Vad beslutade Regionala tandvårdsrådet under § 2 den 10 februari 2026?').split('\n')[0]).toContain('oförändrade avgifter');
    expect(shown('Vad beslutade Regionala tandvårdsrådet under § 3 den 10 februari 2026?').split('\n')[0]).toContain('fluorlackning');
  });
});

describe('a date asked of a meeting held in the month the question names', () => {
  it('is the later day its minutes decide on, not a sentence that merely names the meeting\'s year', () => {
    const text = shown('Till och med vilket datum ville fiskevårdsgruppen i mars 2026 att avtalet för Fiskeguidning skulle förlängas?');
    expect(text).toMatch(/^Enligt [^:]+: Fiskevårdsgruppen beslutar att rekommendera[^\n]*till och med 2028-12-31/);
  });
});

describe('a role asked "after" a meeting the question names', () => {
  it('is read from that meeting\'s minutes too, not only the notice found for it, and its holder quoted from the decision', () => {
    const text = shown('Vem är ordförande för arbetsgruppen för fjällskog efter naturvårdsrådets möte i oktober 2026?');
    expect(text).toMatch(/^Lisa Norberg var ordförande för Arbetsgrupp Fjällskog/);
    expect(text).toContain('att utse Lisa Norberg till tillförordnad ordförande');
    expect(text).not.toContain('Ingela Svanberg');
  });
});

describe('an item named by its subject on a notice whose items carry descriptions', () => {
  it('is the item whose title names it, not one whose description speaks of it', () => {
    const text = shown('jaktrådet 16/9 – who presents the Krokom älgförvaltningsplan item and at what time?');
    expect(text).toContain('Malin Rehnberg');
    expect(text).toContain('10:40');
    expect(text).not.toMatch(/^Item 2/);
  });
});

describe('minutes whose every page repeats "Sammanträdesdatum" over the day', () => {
  it('are dated by that day, so who chaired and who checked the minutes that day are found', () => {
    expect(shown('who chaired the Fiskerådet meeting on August 20th 2026?')).toMatch(/^Eva Holmström[^\n]*chair of Fiskerådet/);
    expect(shown('vem justerade fiskerådets protokoll från 20/8?')).toContain('Per Eklund');
  });

  it('leave the chair of another body named by its abbreviation out, and read side-by-side signatures down their columns', () => {
    expect(shown('who chaired the Fiskerådet meeting on August 20th 2026?')).not.toContain('Karin Sjöberg');
    const signers = index().kb.records.roles.filter((r) => r.kind === 'signatory' && r.source.file.startsWith('protokoll_fiskeradet')).map((r) => r.personName);
    expect(signers).toContain('Eva Holmström');
    expect(signers).not.toContain('Eva Per');
  });
});

describe('minutes whose header fields have no colons, chaired by the vice chair', () => {
  it('name the meeting\'s acting chair, "ordinary" being no part of what is asked about', () => {
    const text = shown('Who actually chaired the vattengrupp meeting on May 14th 2026? Was the ordinary chair there?');
    expect(text).toMatch(/^Lisa Åkerman was chair of [^\n]*Regionala vattengruppen on 2026-05-14/);
    expect(text).not.toMatch(/Tid|Plats/);
  });

  it('name who signed them and in what position, though they were signed days after the meeting', () => {
    expect(shown('Vem skrev under minnesanteckningarna från vattengruppen 2026-05-14, och vilken befattning hade hen?')).toMatch(/^Siv Nordin \(tf\. enhetschef, Samhällsbyggnad\) undertecknade/);
  });
});

describe('a role held by an acting holder for a period', () => {
  it('is the acting holder\'s in a month of that period, and the regular holder\'s otherwise', () => {
    expect(shown('who was chairing Krokom\'s Bostadsgruppen in june 2026?')).toMatch(/^Nils Sandström \(tf\. plan- och byggchef\) was chair of Bostadsgruppen from 2026-02-01 to 2026-07-31/);
    expect(shown('vem var ordförande i Bostadsgruppen i oktober 2026?')).toMatch(/^Maja Lindgren \(plan- och byggchef\)/);
  });
});

describe('what is taken up after a break', () => {
  it('is every item from the break on, not only the first', () => {
    const text = shown('Vad tas upp efter fikat på jaktrådet den 16 september 2026?');
    expect(text).toContain('3. Älgförvaltningsplan Krokoms kommun 2027–2029');
    expect(text).toContain('4. Mötets avslutande');
  });
});

describe('the outcome of a § of the minutes', () => {
  it('is its decision read whole, from the first sentence under "Beslut", and asks no figure', () => {
    expect(shown('Vad blev utfallet av § 9 på naturvårdsrådets möte den 6 oktober 2026?')).toMatch(/^Enligt [^:]+: Förhandlingen avslutas i oenighet med Vision\. Arbetsgivaren fattar beslut/);
  });
});

describe('a programme asked for by initials its documents never write ("BFP")', () => {
  it('is found by the parts of its name, and its lettered sections ("Målområde A" … "D") are the list', () => {
    const text = shown("list the målområden in Krokom's BFP 2026–2030");
    expect(text).toContain('Målområde A – Fler bostäder i serviceorterna');
    expect(text).toContain('Målområde C – Planberedskap');
    expect(text).toContain('Målområde D – Boende för unga');
  });
});

describe('a municipality\'s plan named by its genitive and the year it looks to', () => {
  it('is that plan: "Åres översiktsplan 2045" asks no year 2045 and means Åre', () => {
    expect(shown('Hur många yttranden kom in under samrådet om Åres översiktsplan 2045?')).toContain('Under samrådet kom det in 57 yttranden');
  });
});

describe('a key-figure table whose rows the dump ran together, a value carrying its footnote mark', () => {
  it('gives the asked year\'s cell of the row the question names, not of the last row', () => {
    expect(shown('How many suicides were there in the county in 2026?')).toMatch(/^According to [^:]+: Antal suicid \(säkra och osäkra\) 2026: 38¹\. /);
    expect(shown('Hur många vårdtillfällen efter suicidförsök var det 2024?')).toMatch(/^Enligt [^:]+: Vårdtillfällen efter suicidförsök 2024: 126\. /);
  });
});

describe('a target asked of a table whose cells stand apart by "|"', () => {
  it('gives the row the question names cell by cell under its column headings', () => {
    expect(shown('What is the 2029 target for the number of restored wetlands, and what\'s the baseline?')).toContain('Antal restaurerade våtmarker, ackumulerat — Utgångsvärde (2025): 12; Mål 2027: 20; Mål 2029: 28');
    expect(shown('Vad är målet för 2029 för antalet restaurerade våtmarker, och vad är utgångsvärdet?')).toContain('Mål 2029: 28');
  });
});

describe('a value asked "after the decision"', () => {
  it('is the one decided, not one a plan states on condition of that decision', () => {
    const text = shown('how much is the grant to local vattenråd per council from 2027 after the budget decision?');
    expect(text).toMatch(/^According to Möte 2026-11-19[^\n]*45 000 kronor/);
  });
});

describe('a figure asked "enligt mötet i november"', () => {
  it('is read from the papers of the meeting held that month, and "hur hög" asks for it rather than naming it', () => {
    expect(shown('Hur hög var sjukfrånvaron januari–september 2026 enligt RVG-mötet i november?')).toMatch(/^Enligt Möte 2026-11-19: [^\n]*5,9 procent/);
    expect(shown('Hur hög var sjukfrånvaron januari–september 2026 enligt Regionala vattengruppens möte i november?')).toMatch(/^Enligt Möte 2026-11-19: [^\n]*5,9 procent/);
  });
});

describe('when something went on', () => {
  it('is when it was carried out ("pågick" asked, "genomfördes mellan …" written)', () => {
    expect(shown('Under vilken period pågick brukarenkäten 2026?')).toContain('mellan den 2 mars och den 27 mars 2026');
  });
});

describe('a target row giving its baseline value\'s year ("22 % (2024)  40 %")', () => {
  it('answers for the plan\'s target year, the baseline\'s year being no year of its own', () => {
    expect(shown('target for the share of accessible trails (tillgängliga leder) by 2028?')).toMatch(/^According to [^:]+: Mål 1 [^\n]*Tillgängliga leder[^\n]*22 % \(2024\) 40 %/);
  });

  it('does not answer for a year its target column does not name', () => {
    declined('Vilket delmål för 2027 har handlingsplanen för viltförvaltning för andelen inventerade älgförvaltningsområden?');
  });
});

describe('what an abbreviation stands for and what it does', () => {
  it('gives the sentence with the term as the subject of a verb for the second part', () => {
    expect(shown('What does NKI stand for in the user survey, and what does it measure?')).toContain('NKI mäter bemötande, tillgänglighet och kvaliteten i tolkningen.');
  });
});

describe('"the previous year" asked of a dated paper', () => {
  it('is the year before the paper\'s, not before today\'s', () => {
    expect(shown('In the vattengrupp notes from 15 May 2025, what was the corrected share of approved drinking water samples for the previous year?')).toMatch(/^According to [^:]+: Andelen godkända dricksvattenprover för 2024 korrigeras från 95,0 % till 94,6 %/);
  });
});

describe('a consultation period proposed in a notice', () => {
  it('is read from the decision to send the matter out ("remittera … under perioden …")', () => {
    expect(shown('vilken remisstid föreslås för viltförvaltningsplanen i kallelsen till septembermötet?')).toMatch(/^Enligt [^:]+: Jaktrådet remitterar planen till kommunerna under perioden 5 oktober – 30 november 2026/);
  });
});

describe('an abbreviation whose long form is said outright ("VIS står för …")', () => {
  it('is expanded from that sentence, with the sentence going on about the term for the question\'s other part', () => {
    const text = shown('what does VIS stand for in Åre\'s ÖP, and what does a VIS-område make possible?');
    expect(text).toMatch(/^VIS stands for ”vattennära insatser för skyddsvärda stränder”/);
    expect(text).toMatch(/- VIS står för [^\n]*\n- Ett VIS-område är ett område där kommunen prioriterar restaurering av strandzonen\./);
  });
});

describe('a glossary term over a definition opening with a noun in its definite form', () => {
  it('is defined by that sentence ("Besökstid" / "Tiden från att …")', () => {
    expect(shown('Hur definieras besökstid i handlingsplanen för friluftsliv?')).toMatch(/^Enligt [^:]+: Tiden från att en besökare passerar besöksräknaren/);
  });
});

describe('a table of municipalities giving each row\'s year', () => {
  it('answers for a municipality whose row is of the year asked, and not for one whose row is of another year', () => {
    expect(shown('vilken svarsfrekvens hade Bräcke kommun i brukarenkäten 2026?')).toContain('Bräcke 2026 66 %');
    declined('vilken svarsfrekvens hade Bergs kommun i brukarenkäten 2026?');
  });
});

describe('what happened with an item of a notice', () => {
  it('is read from the minutes of that day, not answered by the notice\'s item', () => {
    expect(shown('what happened with punkt 5 (friluftslivets leder) at the naturvårdsråd meeting in October 2026?')).toContain('utgår och flyttas till sammanträdet 2026-12-08');
  });
});

describe('a notice whose rows open with the number, then the item\'s time span, and whose last column is "B/I"', () => {
  it('reads an item\'s presenter, a first name broken from the surname, and its start', () => {
    const text = shown('Vem föredrar punkt 3 på länsstyrgruppen för rehabilitering den 16 april 2026?');
    expect(text).toContain('Karin Lund');
    expect(text).toContain('09.40');
    expect(shown('What is item 4 at Länsstyrgruppen för rehabilitering on 2026-04-16, and who presents it?')).toContain('Olle Ström');
  });

  it('tells which item a subject is and when it starts', () => {
    const text = shown('Vilket punktnummer har mötesplanen för 2027 på länsstyrgruppens dagordning 16/4 2026, och när börjar den?');
    expect(text).toMatch(/Punkt 5\b/);
    expect(text).toContain('10.45');
  });
});

describe('an item without a presenter asked what it is, who presents it and when', () => {
  it('answers the item and its time, and says no presenter is named', () => {
    const text = shown('Vad tas upp under punkt 5 på länsstyrgruppen för rehabilitering 2026-04-16, vem föredrar och när på dagen?');
    expect(text).toContain('Mötesplan 2027');
    expect(text).toContain('10.45');
    expect(text).toContain('utan angiven föredragande');
  });
});

describe('who chaired a meeting when the question names the regular chair', () => {
  it('answers from the minutes\' signatures, not from the opening item the regular chair presents', () => {
    const text = shown('Anna Berg är ordförande i länsstyrgruppen för rehabilitering, men vem ledde mötet 2026-04-16 och vem var sekreterare?');
    expect(text).toContain('Eva Dahl');
    expect(text).toContain('Per Holm');
    expect(text.split('\n')[0]).not.toMatch(/^Punkt 1/);
  });

  it('answers who chaired it and who was picked to check the minutes ("justera"), quoting their signatures once', () => {
    const text = shown('who actually chaired länsstyrgruppen för rehabilitering on 16/4 2026, and who was picked to justera the minnesanteckningar?');
    const lead = text.split('\n')[0];
    expect(lead).toMatch(/Eva Dahl[^.]*chair/);
    expect(lead).toMatch(/Lars Nyberg \(Justerare\)/);
    const quoted = text.split('\n').filter((line) => line.startsWith('- '));
    expect(new Set(quoted).size).toBe(quoted.length);
  });
});

describe('a meeting asked about by the day the minutes of another meeting name as the next one', () => {
  it('is not answered from those minutes, which say nothing of what happened at it', () => {
    declined('Who chaired länsstyrgruppen för rehabilitering on June 11th 2026, and what did they conclude about the hjälpmedel fees?');
  });

  it('is not answered when asked what was decided there, since no paper of that day is in the documents', () => {
    declined('Vad beslutade länsstyrgruppen för rehabilitering om färdtjänsten på sammanträdet den 10 september 2026?');
  });
});

describe('booking asked in English', () => {
  it('finds the Swedish words for booking and hours', () => {
    expect(shown('from when can people in Berg book färdtjänst to rehabilitering just one hour ahead?')).toContain('1 juni 2026');
  });
});

describe('an indicator table whose rows stand as numbered lines under its headings', () => {
  it('answers a target with the asked row, read under the headings that date its figures', () => {
    const lead = shown('Vilket målvärde för 2028 har handlingsplanen för hembesök av fysioterapeut?').split('\n')[0];
    expect(lead).toContain('Hembesök av fysioterapeut per år 2 310 2 800 3 200');
    expect(lead).toContain('Mål 2028');
  });
});

describe('a dissent in favour of the member\'s own motion', () => {
  it('answers who dissented and what they moved instead', () => {
    const text = shown('Who entered a reservation against the decision on hjälpmedel fees in länsstyrgruppen för rehabilitering, and what did they want instead?');
    expect(text).toContain('Lars Nyberg');
    expect(text).toContain('2026 års nivå');
  });

  it('quotes the motion beside the dissent when asked only who dissented', () => {
    const text = shown('Vem reserverade sig mot beslutet om hjälpmedelsavgifterna 2027 i länsstyrgruppen för rehabilitering?');
    expect(text.split('\n').slice(0, 2).join(' ')).toContain('yrkar att avgiften ska ligga kvar på 2026 års nivå');
  });
});

describe('"still" in a question', () => {
  it('only weighs the question ("the plan still says …"), though a member of the group is called Still', () => {
    const analysis = analyzeQuestion(index(), 'who is secretary of länsstyrgruppen för rehabilitering now, the plan still says someone else?');
    expect(analysis.concepts.map((c) => c.label.toLowerCase())).not.toContain('still');
  });
});

