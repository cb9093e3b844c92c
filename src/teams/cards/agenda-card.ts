/**
 * A meeting's agenda as an Adaptive Card 1.5: organ, date, time and place, then every item with
 * its time slot, presenters and decision documents, with the breaks where they fall.
 */
import { DateTime } from 'luxon';
import type { AgendaBreak, AgendaItem, Meeting } from '../../knowledge/types.js';
import type { Language } from '../turn.js';

type Json = Record<string, unknown>;

const TEXT = {
  sv: {
    agenda: 'Dagordning',
    date: 'Datum',
    time: 'Tid',
    place: 'Plats',
    chair: 'Ordförande',
    presenters: 'Föredragande',
    documents: 'Beslutsunderlag',
    dnr: 'Dnr',
    source: 'Källa',
    page: 's.',
    more: (n: number) => `… och ${n} punkter till, se källdokumentet.`,
    locale: 'sv',
  },
  en: {
    agenda: 'Agenda',
    date: 'Date',
    time: 'Time',
    place: 'Place',
    chair: 'Chair',
    presenters: 'Presenters',
    documents: 'Decision documents',
    dnr: 'Ref.',
    source: 'Source',
    page: 'p.',
    more: (n: number) => `… and ${n} more items, see the source document.`,
    locale: 'en-GB',
  },
} as const;

/** Teams refuses cards over 28 KB; stay well under it. */
export const MAX_CARD_BYTES = 24 * 1024;
const MAX_DESCRIPTION = 400;

export function agendaTitle(meeting: Meeting, language: Language): string {
  return `${TEXT[language].agenda}: ${meeting.organName}, ${formatMeetingDate(meeting.date, language)}`;
}

export function formatMeetingDate(isoDate: string, language: Language): string {
  const date = DateTime.fromISO(isoDate, { zone: 'Europe/Stockholm' }).setLocale(TEXT[language].locale);
  return date.isValid ? date.toFormat('cccc d MMMM yyyy') : isoDate;
}

export function buildAgendaCard(meeting: Meeting, options: { language: Language }): Json {
  const full = renderCard(meeting, options.language, { details: true, itemLimit: meeting.items.length });
  if (byteSize(full) <= MAX_CARD_BYTES) return full;
  const lean = renderCard(meeting, options.language, { details: false, itemLimit: meeting.items.length });
  if (byteSize(lean) <= MAX_CARD_BYTES) return lean;
  // Pathological notices only: keep as many items as fit.
  let limit = meeting.items.length;
  let card = lean;
  while (limit > 1 && byteSize(card) > MAX_CARD_BYTES) {
    limit = Math.floor(limit * 0.8);
    card = renderCard(meeting, options.language, { details: false, itemLimit: limit });
  }
  return card;
}

function renderCard(meeting: Meeting, language: Language, options: { details: boolean; itemLimit: number }): Json {
  const t = TEXT[language];
  const facts: Json[] = [{ title: t.date, value: formatMeetingDate(meeting.date, language) }];
  const time = slot(meeting.start, meeting.end);
  if (time) facts.push({ title: t.time, value: time });
  if (meeting.place) facts.push({ title: t.place, value: meeting.place });
  if (meeting.chair) facts.push({ title: t.chair, value: meeting.chair });

  const body: Json[] = [
    { type: 'TextBlock', text: t.agenda, size: 'Small', weight: 'Bolder', color: 'Accent', spacing: 'None' },
    { type: 'TextBlock', text: meeting.organName, size: 'Large', weight: 'Bolder', wrap: true, spacing: 'None', style: 'heading' },
    { type: 'FactSet', facts },
  ];

  const items = [...meeting.items].sort((a, b) => a.number - b.number);
  const shown = items.slice(0, options.itemLimit);
  shown.forEach((item, index) => {
    const end = item.end ?? nextStart(items, index, meeting) ?? undefined;
    body.push(itemRow(item, end, t, options.details));
    for (const pause of meeting.breaks.filter((b) => b.afterItem === item.number)) body.push(breakRow(pause));
  });
  if (shown.length < items.length) body.push({ type: 'TextBlock', text: t.more(items.length - shown.length), wrap: true, isSubtle: true });

  const page = meeting.source.page ? `, ${t.page} ${meeting.source.page}` : '';
  body.push({ type: 'TextBlock', text: `${t.source}: ${meeting.source.title}${page}`, size: 'Small', isSubtle: true, wrap: true, spacing: 'Large' });

  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    speak: agendaTitle(meeting, language),
    body,
  };
}

function itemRow(item: AgendaItem, end: string | undefined, t: (typeof TEXT)[Language], details: boolean): Json {
  const number = item.paragraph ? `§ ${item.paragraph}` : `${item.number}.`;
  const lines: Json[] = [{ type: 'TextBlock', text: `**${number}** ${item.title}`, wrap: true }];
  if (item.presenters.length > 0) {
    lines.push({ type: 'TextBlock', text: `${t.presenters}: ${item.presenters.join(', ')}`, size: 'Small', isSubtle: true, wrap: true, spacing: 'None' });
  }
  const dnr = (item.dnr ?? []).filter((d) => !item.title.includes(d));
  if (dnr.length > 0) lines.push({ type: 'TextBlock', text: `${t.dnr} ${dnr.join(', ')}`, size: 'Small', isSubtle: true, wrap: true, spacing: 'None' });
  if (details && item.documents.length > 0) {
    lines.push({ type: 'TextBlock', text: `${t.documents}:\n${item.documents.map((d) => `- ${d}`).join('\n')}`, size: 'Small', wrap: true, spacing: 'Small' });
  }
  if (details && item.description) {
    lines.push({ type: 'TextBlock', text: truncate(item.description, MAX_DESCRIPTION), size: 'Small', wrap: true, spacing: 'Small' });
  }
  const time = slot(item.start, end);
  return {
    type: 'ColumnSet',
    separator: true,
    spacing: 'Medium',
    columns: [
      { type: 'Column', width: '90px', items: [{ type: 'TextBlock', text: time ?? ' ', size: 'Small', weight: 'Bolder', wrap: true }] },
      { type: 'Column', width: 'stretch', items: lines },
    ],
  };
}

function breakRow(pause: AgendaBreak): Json {
  const time = slot(pause.start, pause.end);
  return {
    type: 'Container',
    style: 'emphasis',
    spacing: 'Medium',
    items: [{ type: 'TextBlock', text: time ? `☕ ${pause.label} ${time}` : `☕ ${pause.label}`, wrap: true, horizontalAlignment: 'Center' }],
  };
}

/**
 * An item's slot ends where the next thing starts: the break right after it, else the next item,
 * else (for the last item) the meeting's end. Items without a stated start get no slot.
 */
function nextStart(items: AgendaItem[], index: number, meeting: Meeting): string | undefined {
  const item = items[index]!;
  if (!item.start) return undefined;
  const pause = meeting.breaks.find((b) => b.afterItem === item.number && b.start);
  if (pause) return pause.start;
  const next = items[index + 1];
  if (next) return next.start;
  return meeting.end;
}

function slot(start: string | undefined, end: string | undefined): string | undefined {
  if (!start) return undefined;
  const from = clock(start);
  const to = end ? clock(end) : undefined;
  return to && to !== from ? `${from}–${to}` : from;
}

/** "13.00" and "13:00" both show as 13:00. */
function clock(time: string): string {
  return time.replace('.', ':');
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

function byteSize(card: Json): number {
  return Buffer.byteLength(JSON.stringify(card), 'utf8');
}
