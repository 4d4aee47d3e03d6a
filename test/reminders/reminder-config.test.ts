import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { DEFAULT_QUIET_HOURS } from '../../src/reminders/quiet-hours.js';
import { configProblems } from '../helpers/config-problems.js';

const SLACK = { SLACK_BOT_TOKEN: 'xoxb-1234567890-0987654321-abcdefghij', SLACK_APP_TOKEN: 'xapp-1-A1234-1234567890-abcdef' };
const WHERE = 'Set it in the environment or in a .env file (see .env.example).';

describe('reminder settings', () => {
  it('default to 09:00-17:30, Monday to Friday, and no announcement channel', () => {
    const config = loadConfig(SLACK);
    expect(config.reminderHours).toEqual(DEFAULT_QUIET_HOURS);
    expect(config.slack).toMatchObject({ announceChannelId: null, reminderHours: DEFAULT_QUIET_HOURS });
  });

  it('read REMINDER_HOURS, REMINDER_DAYS (as ISO weekday numbers or names) and ANNOUNCE_CHANNEL', () => {
    const config = loadConfig({ ...SLACK, REMINDER_HOURS: '08:30-16:00', REMINDER_DAYS: '1-4', ANNOUNCE_CHANNEL: 'C0123ABCD' });
    expect(config.reminderHours).toMatchObject({ start: '08:30', end: '16:00', days: new Set([1, 2, 3, 4]) });
    expect(config.slack?.announceChannelId).toBe('C0123ABCD');
    expect(loadConfig({ REMINDER_DAYS: 'mon,wed,5' }).reminderHours.days).toEqual(new Set([1, 3, 5]));
  });

  it('say which variable is wrong and what to write', () => {
    expect(configProblems({ ...SLACK, REMINDER_HOURS: '9-5', REMINDER_DAYS: '0-8', ANNOUNCE_CHANNEL: '#announcements' })).toEqual([
      "ANNOUNCE_CHANNEL must be a channel id such as C0123ABCD (at the bottom of the channel's details), not its name.",
      `REMINDER_HOURS must be working hours such as 09:00-17:30 (24-hour clock, opening before closing). ${WHERE}`,
      `REMINDER_DAYS must be working days such as 1-5 (1 is Monday, 7 Sunday) or mon,tue,thu. ${WHERE}`,
    ]);
    expect(configProblems({ REMINDER_HOURS: '17:30-09:00' })).toHaveLength(1);
  });
});
