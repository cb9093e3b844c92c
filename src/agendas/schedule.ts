/** When an agenda is due in the channels, and until when posting it still makes sense. */
import { DateTime } from 'luxon';
import type { Meeting } from '../knowledge/types.js';

export interface AgendaSchedule {
  /** Days before the meeting date (calendar days in `timeZone`). */
  leadDays: number;
  /** "HH:MM" wall-clock time in `timeZone`. */
  postTime: string;
  timeZone: string;
}

/**
 * `leadDays` calendar days before the meeting date at `postTime` local time. Luxon does the
 * calendar arithmetic in the zone, so the post stays at 08:00 Stockholm time when a DST change
 * lies between the post and the meeting.
 */
export function agendaDueAt(meeting: Pick<Meeting, 'date'>, schedule: AgendaSchedule): Date {
  const [hour, minute] = schedule.postTime.split(':').map(Number);
  const due = DateTime.fromISO(meeting.date, { zone: schedule.timeZone }).minus({ days: schedule.leadDays }).set({ hour, minute, second: 0, millisecond: 0 });
  if (!due.isValid) throw new Error(`Cannot schedule meeting dated "${meeting.date}" at "${schedule.postTime}" in ${schedule.timeZone}.`);
  return due.toJSDate();
}

/** The meeting's start; a meeting without a stated time counts as running until the end of its day. */
export function meetingStartsAt(meeting: Pick<Meeting, 'date' | 'start'>, timeZone: string): Date {
  const day = DateTime.fromISO(meeting.date, { zone: timeZone });
  const time = /^(\d{1,2})[:.](\d{2})$/.exec(meeting.start ?? '');
  const start = time ? day.set({ hour: Number(time[1]), minute: Number(time[2]) }) : day.endOf('day');
  return start.toJSDate();
}

/** Due and still ahead of the meeting: the window in which the scheduler posts. */
export function isAgendaDue(meeting: Pick<Meeting, 'date' | 'start'>, schedule: AgendaSchedule, now: Date): boolean {
  return agendaDueAt(meeting, schedule).getTime() <= now.getTime() && now.getTime() < meetingStartsAt(meeting, schedule.timeZone).getTime();
}
