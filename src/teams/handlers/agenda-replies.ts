/** What the agenda commands answer, in Swedish or English. */
import { DateTime } from 'luxon';
import type { AgendaLookup, ChannelRecord, OrganLookup, PostOutcome, PostingRecord } from '../../agendas/index.js';
import type { Meeting } from '../../knowledge/types.js';
import { formatMeetingDate } from '../cards/agenda-card.js';
import type { Language } from '../turn.js';

const ZONE = 'Europe/Stockholm';

function when(iso: string | null | undefined, language: Language): string {
  if (!iso) return '';
  const time = DateTime.fromISO(iso, { zone: ZONE }).setLocale(language === 'en' ? 'en-GB' : 'sv');
  return time.toFormat(language === 'en' ? "d MMMM yyyy 'at' HH:mm" : "d MMMM yyyy 'kl.' HH:mm");
}

function meetingName(meeting: Pick<Meeting, 'organName' | 'date'>, language: Language): string {
  return `${meeting.organName} ${formatMeetingDate(meeting.date, language)}`;
}

function list(names: string[], max = 8): string {
  const shown = names.slice(0, max).join(', ');
  return names.length > max ? `${shown} …` : shown;
}

export function lookupProblem(lookup: Exclude<AgendaLookup, { kind: 'found' }>, language: Language): string {
  const en = language === 'en';
  switch (lookup.kind) {
    case 'no-meetings':
      return en ? 'The documents I have contain no meeting agendas.' : 'Dokumenten jag har innehåller inga dagordningar.';
    case 'invalid-date':
      return en ? `"${lookup.text}" is not a date. Write it like 2022-02-07 or 7 February 2022.` : `"${lookup.text}" är inget datum. Skriv t.ex. 2022-02-07 eller 7 februari 2022.`;
    case 'unknown-organ':
      return en
        ? `I know no body called "${lookup.organText}". Bodies with agendas: ${list(lookup.known)}.`
        : `Jag känner inte till något organ som heter "${lookup.organText}". Organ med dagordningar: ${list(lookup.known)}.`;
    case 'ambiguous-organ':
      return en ? `"${lookup.organText}" could be ${lookup.candidates.join(' or ')}. Which one?` : `"${lookup.organText}" kan vara ${lookup.candidates.join(' eller ')}. Vilket menar du?`;
    case 'no-meeting-for-organ':
      return en ? `The documents contain no agenda for ${lookup.organName}.` : `Dokumenten innehåller ingen dagordning för ${lookup.organName}.`;
    case 'no-meeting-on-date': {
      const whose = lookup.organName ? (en ? ` of ${lookup.organName}` : ` för ${lookup.organName}`) : '';
      const nearest = lookup.nearest.map((m) => `${m.organName} ${m.date}`).join(', ');
      const date = lookup.date.startsWith('--') ? lookup.date.slice(2) : lookup.date;
      return en
        ? `There is no meeting${whose} on ${date} in the documents.${nearest ? ` Nearest: ${nearest}.` : ''}`
        : `Det finns inget möte${whose} ${date} i dokumenten.${nearest ? ` Närmast: ${nearest}.` : ''}`;
    }
    case 'several-on-date':
      return en
        ? `Several bodies met on ${lookup.date}: ${lookup.meetings.map((m) => m.organName).join(', ')}. Name one, e.g. "agenda ${lookup.meetings[0]!.organName} ${lookup.date}".`
        : `Flera organ hade möte ${lookup.date}: ${lookup.meetings.map((m) => m.organName).join(', ')}. Ange vilket, t.ex. "dagordning ${lookup.meetings[0]!.organName} ${lookup.date}".`;
  }
}

export function organProblem(lookup: Exclude<OrganLookup, { kind: 'found' }>, language: Language): string {
  return lookupProblem(lookup, language);
}

export function onlyInChannel(language: Language): string {
  return language === 'en'
    ? 'This command works in a channel of a team: @mention me there.'
    : 'Det här kommandot fungerar i en kanal i ett team: nämn mig (@) där.';
}

export function organizersOnly(language: Language): string {
  return language === 'en' ? 'Only organizers can post agendas and change subscriptions.' : 'Bara arrangörer kan posta dagordningar och ändra prenumerationer.';
}

export function postStarted(meeting: Meeting, language: Language): string {
  return language === 'en'
    ? `Teams is slow to accept the post right now; the agenda for ${meetingName(meeting, language)} will be posted as soon as it does.`
    : `Teams tar emot inlägg långsamt just nu; dagordningen för ${meetingName(meeting, language)} postas så snart det går.`;
}

export function messageLink(channel: ChannelRecord | undefined, record: PostingRecord): string | undefined {
  if (!channel?.aadGroupId || !channel.tenantId || !record.messageId) return undefined;
  const query = new URLSearchParams({ tenantId: channel.tenantId, groupId: channel.aadGroupId, parentMessageId: record.messageId });
  return `https://teams.microsoft.com/l/message/${encodeURIComponent(channel.channelId)}/${record.messageId}?${query}`;
}

export function postOutcomeText(outcome: PostOutcome, meeting: Meeting, channel: ChannelRecord | undefined, language: Language): string {
  const en = language === 'en';
  const name = meetingName(meeting, language);
  switch (outcome.kind) {
    case 'posted':
      return en ? `Posted the agenda for ${name} as a new post in this channel.` : `Dagordningen för ${name} är postad som ett nytt inlägg i kanalen.`;
    case 'updated':
      return en
        ? `The agenda for ${name} was already posted here; I updated that post with the changes.`
        : `Dagordningen för ${name} var redan postad här; jag uppdaterade inlägget med ändringarna.`;
    case 'already-posted': {
      const link = messageLink(channel, outcome.record);
      const at = when(outcome.record.postedAt, language);
      const where = link ? (en ? ` [Open the post](${link}).` : ` [Öppna inlägget](${link}).`) : en ? ` (message id ${outcome.record.messageId})` : ` (meddelande-id ${outcome.record.messageId})`;
      return en ? `The agenda for ${name} is already posted in this channel, ${at}.${where}` : `Dagordningen för ${name} är redan postad i kanalen, ${at}.${where}`;
    }
    case 'busy':
      return en ? `The agenda for ${name} is being posted right now. Try again in a minute.` : `Dagordningen för ${name} håller på att postas just nu. Försök igen om en minut.`;
    case 'waiting':
      return en ? `Posting failed earlier; I try again ${when(outcome.record.nextAttemptAt, language)}.` : `Postningen misslyckades nyss; jag försöker igen ${when(outcome.record.nextAttemptAt, language)}.`;
    case 'unreachable':
      return en
        ? `I cannot post in this channel (Teams answered ${outcome.status ?? 'with an error'}). Check that the app is installed in the team and that the channel is not private.`
        : `Jag kan inte posta i den här kanalen (Teams svarade ${outcome.status ?? 'med ett fel'}). Kontrollera att appen är installerad i teamet och att kanalen inte är privat.`;
    case 'failed':
      return en
        ? `Teams did not accept the post (${outcome.status ?? outcome.error}). I try again automatically ${when(outcome.record.nextAttemptAt, language)}.`
        : `Teams tog inte emot inlägget (${outcome.status ?? outcome.error}). Jag försöker igen automatiskt ${when(outcome.record.nextAttemptAt, language)}.`;
    case 'unknown-channel':
    case 'error':
      return en ? 'Something went wrong on my side; the agenda was not posted. Please try again.' : 'Något gick fel hos mig; dagordningen postades inte. Försök igen.';
  }
}

export function subscribedText(
  organName: string,
  result: 'subscribed' | 'already-subscribed',
  schedule: { leadDays: number; postTime: string },
  next: { meeting: Meeting; dueAt: Date } | undefined,
  now: Date,
  language: Language,
): string {
  const en = language === 'en';
  const head =
    result === 'already-subscribed'
      ? en ? `This channel already gets the agendas of ${organName}.` : `Kanalen får redan dagordningarna för ${organName}.`
      : en ? `This channel now gets the agendas of ${organName}, posted ${schedule.leadDays} days before each meeting at ${schedule.postTime}.` : `Kanalen får nu dagordningarna för ${organName}. De postas ${schedule.leadDays} dagar före varje möte kl. ${schedule.postTime}.`;
  if (!next) return head;
  const due = next.dueAt.getTime() <= now.getTime() ? (en ? 'within a minute' : 'inom en minut') : when(next.dueAt.toISOString(), language);
  return en ? `${head} Next: ${meetingName(next.meeting, language)}, posted ${due}.` : `${head} Nästa: ${meetingName(next.meeting, language)}, postas ${due}.`;
}

export function unsubscribedText(removed: string[], organText: string | undefined, language: Language): string {
  const en = language === 'en';
  if (removed.length === 0) {
    return organText
      ? en ? `This channel does not subscribe to the agendas of ${organText}.` : `Kanalen prenumererar inte på dagordningar för ${organText}.`
      : en ? 'This channel has no agenda subscriptions.' : 'Kanalen har inga prenumerationer på dagordningar.';
  }
  return en ? `This channel no longer gets the agendas of ${removed.join(', ')}.` : `Kanalen får inte längre dagordningarna för ${removed.join(', ')}.`;
}

export function subscriptionsText(organNames: string[], schedule: { leadDays: number; postTime: string }, language: Language): string {
  const en = language === 'en';
  if (organNames.length === 0) {
    return en ? 'This channel has no agenda subscriptions. Add one with `subscribe agenda «body»`.' : 'Kanalen har inga prenumerationer på dagordningar. Lägg till med `prenumerera dagordning «organ»`.';
  }
  return en
    ? `This channel gets the agendas of ${organNames.join(', ')}, ${schedule.leadDays} days before each meeting at ${schedule.postTime}.`
    : `Kanalen får dagordningarna för ${organNames.join(', ')}, ${schedule.leadDays} dagar före varje möte kl. ${schedule.postTime}.`;
}
