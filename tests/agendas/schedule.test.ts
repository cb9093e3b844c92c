import { describe, expect, it } from 'vitest';
import { agendaDueAt, isAgendaDue, meetingStartsAt } from '../../src/agendas/index.js';

const schedule = { leadDays: 7, postTime: '08:00', timeZone: 'Europe/Stockholm' };

describe('when an agenda is due', () => {
  it('is 7 days before at 08:00 Stockholm time, in winter (CET, UTC+1)', () => {
    expect(agendaDueAt({ date: '2022-02-07' }, schedule).toISOString()).toBe('2022-01-31T07:00:00.000Z');
  });

  it('stays at 08:00 when spring DST lies between post and meeting: 2022-04-04 → 2022-03-28 08:00 CEST', () => {
    // DST started 2022-03-27; 7 × 24 h before 2022-04-04 08:00 CEST would be 07:00 CEST.
    expect(agendaDueAt({ date: '2022-04-04' }, schedule).toISOString()).toBe('2022-03-28T06:00:00.000Z');
  });

  it('uses winter time for a post made just before the spring change: 2022-04-02 → 2022-03-26 08:00 CET', () => {
    expect(agendaDueAt({ date: '2022-04-02' }, schedule).toISOString()).toBe('2022-03-26T07:00:00.000Z');
  });

  it('stays at 08:00 when autumn DST lies between post and meeting: 2022-11-03 → 2022-10-27 08:00 CEST', () => {
    // DST ended 2022-10-30: the meeting is in CET, the post still in CEST.
    expect(agendaDueAt({ date: '2022-11-03' }, schedule).toISOString()).toBe('2022-10-27T06:00:00.000Z');
    expect(agendaDueAt({ date: '2022-11-07' }, schedule).toISOString()).toBe('2022-10-31T07:00:00.000Z');
  });

  it('follows the configured lead days and time', () => {
    expect(agendaDueAt({ date: '2022-02-07' }, { ...schedule, leadDays: 2, postTime: '16:30' }).toISOString()).toBe('2022-02-05T15:30:00.000Z');
  });

  it('is due from the post time until the meeting starts', () => {
    const meeting = { date: '2022-02-07', start: '13:00' };
    expect(isAgendaDue(meeting, schedule, new Date('2022-01-31T06:59:59Z'))).toBe(false);
    expect(isAgendaDue(meeting, schedule, new Date('2022-01-31T07:00:00Z'))).toBe(true);
    expect(isAgendaDue(meeting, schedule, new Date('2022-02-07T11:59:00Z'))).toBe(true);
    expect(isAgendaDue(meeting, schedule, new Date('2022-02-07T12:00:00Z'))).toBe(false);
  });

  it('treats a meeting without a start time as running until the end of its day', () => {
    expect(meetingStartsAt({ date: '2022-02-07' }, 'Europe/Stockholm').toISOString()).toBe('2022-02-07T22:59:59.999Z');
    expect(meetingStartsAt({ date: '2015-09-28', start: '13.00' }, 'Europe/Stockholm').toISOString()).toBe('2015-09-28T11:00:00.000Z');
  });
});
