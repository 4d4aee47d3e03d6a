import { afterEach, describe, expect, it } from 'vitest';
import { dmChannelOf } from '../helpers/fake-slack.js';
import { directMessage, eventCallback } from '../helpers/slack-requests.js';
import { expectNothingPersonalInChannels, fakeAssistant, HR_USER, startHarness, STRANGER, type Harness, type HarnessOptions } from './harness.js';

/** Slack user -> staff record (by slack_user_id, else by email) and roles (HR by id or user group). */

let h: Harness | undefined;
afterEach(async () => {
  if (h) expectNothingPersonalInChannels(h.fake, ['PERSONAL', "can't match you"]);
  await h?.stop();
  h = undefined;
});

const start = async (options: Partial<HarnessOptions> = {}) => {
  const assistant = fakeAssistant();
  h = await startHarness({ assistant, ...options });
  return { ...h, assistant };
};
const ask = (user: string, text: string) => eventCallback(directMessage(text, { user, channel: dmChannelOf(user) }));

describe('matching a Slack user to a staff record', () => {
  it("uses the pack's slack_user_id without asking Slack", async () => {
    const { fake, deliver, assistant } = await start();
    await deliver(ask('U0000003', 'my personal status'));
    expect(assistant.asked[0]?.asker).toEqual({ employeeId: 'E003', isHr: false });
    expect(fake.callsTo('users.info')).toEqual([]);
  });

  it('falls back to the email Slack holds (any case), looked up once and cached', async () => {
    const { fake, deliver, assistant, clock, config, logs } = await start();
    await deliver(ask('U0000002', 'my personal status'));
    await deliver(ask('U0000002', 'my personal status again'));
    expect(assistant.asked.map((a) => a.asker.employeeId)).toEqual(['E002', 'E002']);
    expect(fake.callsTo('users.info').map((c) => c.args['user'])).toEqual(['U0000002']);
    clock.advance(config.timings.identityCacheMs);
    await deliver(ask('U0000002', 'my personal status'));
    expect(fake.callsTo('users.info')).toHaveLength(2);
    expect(logs.join('\n')).not.toMatch(/robert|hale|personal status/i);
  });

  it('gives someone not in the staff list general answers only, and tells them why and whom to ask', async () => {
    const { fake, deliver, assistant } = await start();
    await deliver(ask(STRANGER, 'my personal status'));
    expect(assistant.asked[0]?.asker).toEqual({ employeeId: null, isHr: false });
    const [post] = fake.delivered('chat.postMessage');
    expect(post?.args['channel']).toBe(dmChannelOf(STRANGER));
    expect(post?.args['text']).toBe("PERSONAL answer for nobody\n\n_Why I couldn't match you: the email address on your Slack profile isn't in the consultation's staff list._");
  });

  it('says so when Slack shares no email for the account', async () => {
    const { fake, deliver } = await start();
    await deliver(ask('U0NOEMAIL', 'status'));
    await deliver(ask('U0GONE', 'status')); // users.info: user_not_found
    const texts = fake.delivered('chat.postMessage').map((c) => String(c.args['text']));
    expect(texts).toHaveLength(2);
    for (const text of texts) {
      expect(text).toContain("I can't match you to a staff record in the consultation, so I can only answer general questions");
      expect(text).toContain("Slack doesn't share an email address for it");
      expect(text).toContain('ask your line manager or HR: Tim Barnett');
    }
  });

  it('answers general questions for unknown people as for anyone', async () => {
    const { fake, deliver } = await start();
    await deliver(ask(STRANGER, 'When does it close?'));
    expect(fake.delivered('chat.postMessage')[0]?.args['text']).toBe('*General* answer to: When does it close?');
  });
});

describe('roles', () => {
  it('treats the configured member ids as HR, even without a staff record', async () => {
    const { deliver, assistant } = await start();
    await deliver(ask(HR_USER, 'When does it close?'));
    expect(assistant.asked[0]?.asker).toEqual({ employeeId: null, isHr: true });
  });

  it('treats members of the HR user group as HR, reading the group once', async () => {
    const { fake, deliver, assistant } = await start({ env: { SLACK_HR_USER_IDS: '', SLACK_HR_USERGROUP_ID: 'SHR0001' } });
    fake.setUsergroup('SHR0001', ['U0000005']);
    await deliver(ask('U0000005', 'When does it close?'));
    await deliver(ask('U0000003', 'When does it close?'));
    expect(assistant.asked.map((a) => a.asker)).toEqual([
      { employeeId: 'E005', isHr: true },
      { employeeId: 'E003', isHr: false },
    ]);
    expect(fake.callsTo('usergroups.users.list').map((c) => c.args['usergroup'])).toEqual(['SHR0001']);
  });

  it('counts nobody as HR through the group when the group cannot be read', async () => {
    const { fake, deliver, assistant, logs } = await start({ env: { SLACK_HR_USER_IDS: '', SLACK_HR_USERGROUP_ID: 'SHR0001' } });
    fake.handle('usergroups.users.list', () => ({ ok: false, error: 'missing_scope' }));
    await deliver(ask('U0000005', 'When does it close?'));
    expect(assistant.asked[0]?.asker.isHr).toBe(false);
    expect(logs.some((l) => l.includes('hr user group unreadable') && l.includes('missing_scope'))).toBe(true);
  });
});
