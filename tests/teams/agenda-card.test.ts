import { describe, expect, it } from 'vitest';
import { buildAgendaCard, MAX_CARD_BYTES } from '../../src/teams/cards/agenda-card.js';
import { makeItem, makeMeeting } from '../agendas/builders.js';
import { schemaSkipReason, schemasAvailable, validateAdaptiveCard } from '../helpers/schemas.js';

const meeting = makeMeeting();

function texts(card: unknown): string[] {
  const found: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (typeof record.text === 'string') found.push(record.text);
      if (typeof record.title === 'string' && typeof record.value === 'string') found.push(`${record.title}: ${record.value}`);
      Object.values(record).forEach(walk);
    }
  };
  walk(card);
  return found;
}

describe('agenda card', () => {
  const card = buildAgendaCard(meeting, { language: 'sv' });
  const all = texts(card).join('\n');

  it('shows the organ, the date in Swedish and the meeting time', () => {
    expect(all).toContain('Regionens samverkansråd');
    expect(all).toContain('Datum: måndag 7 februari 2022');
    expect(all).toContain('Tid: 13:00–16:00');
  });

  it('lists all 13 items, numbered, with their presenters', () => {
    for (const item of meeting.items) {
      expect(all).toContain(`**${item.number}.** ${item.title}`);
      expect(all).toContain(`Föredragande: ${item.presenters.join(', ')}`);
    }
  });

  it('gives each timed item the slot until the next thing starts', () => {
    const lines = texts(card);
    expect(lines).toContain('13:00'); // item 1: item 2 states no time, so no end is claimed
    expect(lines).toContain('13:10–13:30'); // item 5 → item 6
    expect(lines).toContain('13:30–13:55'); // item 6 → item 7
    expect(lines).toContain('13:55–14:15'); // item 7 → the coffee break
    expect(lines).toContain('14:25–14:40'); // item 8 after the break
    expect(lines).toContain('16:00'); // "Mötet avslutas" at the meeting's end
  });

  it('shows the break between items 7 and 8', () => {
    const lines = texts(card);
    const breakLine = lines.findIndex((line) => line.includes('Kaffe/PAUS 14:15–14:25'));
    expect(breakLine).toBeGreaterThan(lines.findIndex((line) => line.startsWith('**7.**')));
    expect(breakLine).toBeLessThan(lines.findIndex((line) => line.startsWith('**8.**')));
  });

  it('lists the decision documents and the case description', () => {
    expect(all).toContain('Beslutsunderlag:\n- Verksamhetsberättelse överenskommelsen kommunerna 2021\n- Rapport genomlysningen\n- Bilaga 1 Uppdragsbeskrivningar');
    expect(all).toContain('Inför möte med Regeringskansliet (I-dep.) den 10 februari.');
  });

  it('shows the place only when the notice states one', () => {
    expect(all).not.toContain('Plats:');
    const withPlace = texts(buildAgendaCard(makeMeeting({ place: 'Aulan, Regional utveckling, Östersund' }), { language: 'sv' })).join('\n');
    expect(withPlace).toContain('Plats: Aulan, Regional utveckling, Östersund');
  });

  it('cites its source', () => {
    expect(all).toContain('Källa: Kallelse/föredragningslista Regionens samverkansråd 2022-02-07, s. 1');
  });

  it('has English labels for an English request, the agenda text as written', () => {
    const english = texts(buildAgendaCard(meeting, { language: 'en' })).join('\n');
    expect(english).toContain('Date: Monday 7 February 2022');
    expect(english).toContain('Presenters: Elise Ryder Wikén');
    expect(english).toContain('Mötet öppnas');
  });

  it('shows minutes-style items by § number and 2015-style times as 13:00', () => {
    const minutes = makeMeeting({ start: '13.00', end: '16.00', items: [makeItem({ number: 1, title: 'Val av justerare', paragraph: 41 })], breaks: [] });
    const lines = texts(buildAgendaCard(minutes, { language: 'sv' }));
    expect(lines).toContain('**§ 41** Val av justerare');
    expect(lines).toContain('Tid: 13:00–16:00');
  });

  it('stays under the Teams card size limit for a very long notice', () => {
    const long = makeMeeting({
      items: Array.from({ length: 200 }, (_, i) => makeItem({ number: i + 1, title: `Ärende ${i + 1} ${'om regional samverkan '.repeat(5)}`, presenters: ['Anna Andersson', 'Bo Berg'], documents: ['Bilaga '.repeat(20)], description: 'Beskrivning '.repeat(60) })),
    });
    const built = buildAgendaCard(long, { language: 'sv' });
    expect(Buffer.byteLength(JSON.stringify(built))).toBeLessThanOrEqual(MAX_CARD_BYTES);
    expect(texts(built).join('\n')).toMatch(/… och \d+ punkter till/);
  });

  it.skipIf(!schemasAvailable)(`validates against the Adaptive Card 1.5 schema (${schemasAvailable ? 'schemas found' : schemaSkipReason})`, () => {
    const cards = [
      card,
      buildAgendaCard(meeting, { language: 'en' }),
      buildAgendaCard(makeMeeting({ place: 'Aulan', chair: 'Elise Ryder Wikén', breaks: [{ label: 'Paus', afterItem: 3 }] }), { language: 'sv' }),
      buildAgendaCard(makeMeeting({ items: [makeItem({ number: 1, title: 'Val av justerare', paragraph: 41 })], breaks: [], start: undefined, end: undefined }), { language: 'sv' }),
    ];
    for (const built of cards) expect(validateAdaptiveCard(built)).toEqual([]);
  });
});
