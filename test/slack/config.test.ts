import { describe, expect, it } from 'vitest';
import { loadConfig, SLACK_TIMINGS } from '../../src/config.js';
import { DEFAULT_QUIET_HOURS } from '../../src/reminders/quiet-hours.js';
import { configProblems } from '../helpers/config-problems.js';

const BOT = 'xoxb-1234567890-0987654321-abcdefghij';
const APP = 'xapp-1-A1234-1234567890-abcdef';
const SECRET = '8f742231b10e8888abcd99e1f3b5a5a5';

const WHERE = 'Set it in the environment or in a .env file (see .env.example).';

describe('loadConfig: the mode follows from the Slack variables set', () => {
  it('is console with no Slack variable, with defaults for the rest', () => {
    expect(loadConfig({})).toEqual({ mode: 'console', slack: null, dataDir: './data', contentDir: null, logLevel: 'info', reminderHours: DEFAULT_QUIET_HOURS });
  });

  it('treats empty variables (as in a copied .env.example) as unset', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: '', SLACK_APP_TOKEN: ' ', DATA_DIR: '' }).mode).toBe('console');
  });

  it('is socket when an app token is set, and needs no signing secret or URL', () => {
    const config = loadConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, DATA_DIR: '/var/lib/restructure' });
    expect(config.mode).toBe('socket');
    expect(config.dataDir).toBe('/var/lib/restructure');
    expect(config.slack).toMatchObject({ mode: 'socket', botToken: BOT, appToken: APP, signingSecret: null, apiUrl: null, command: '/restructure' });
    expect(config.slack?.timings).toBe(SLACK_TIMINGS);
  });

  it('is http with a bot token and signing secret, on PORT (3000 by default)', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET }).slack).toMatchObject({ mode: 'http', port: 3000, signingSecret: SECRET });
    expect(loadConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, PORT: '8080', HOST: '127.0.0.1' }).slack).toMatchObject({ port: 8080, host: '127.0.0.1' });
  });

  it('reads the HR settings, the command and the API URL', () => {
    const slack = loadConfig({
      SLACK_BOT_TOKEN: BOT,
      SLACK_APP_TOKEN: APP,
      SLACK_HR_USER_IDS: 'U0123ABCD, W0456EFGH',
      SLACK_HR_USERGROUP_ID: 'S0123ABCD',
      SLACK_HR_CHANNEL: 'C0123ABCD',
      SLACK_COMMAND: '/reorg',
      SLACK_API_URL: 'http://127.0.0.1:4000/api/',
    }).slack;
    expect(slack).toMatchObject({
      hrUserIds: ['U0123ABCD', 'W0456EFGH'],
      hrUsergroupId: 'S0123ABCD',
      hrChannelId: 'C0123ABCD',
      command: '/reorg',
      apiUrl: 'http://127.0.0.1:4000/api/',
    });
  });
});

describe('loadConfig: every problem at once, saying what to set and where', () => {
  it('asks for the signing secret in HTTP mode, and offers Socket Mode', () => {
    expect(configProblems({ SLACK_BOT_TOKEN: BOT })).toEqual([
      `SLACK_SIGNING_SECRET is not set: HTTP mode needs the Signing Secret from your Slack app's Basic Information page, App Credentials, to check that requests come from Slack. ${WHERE} Or set SLACK_APP_TOKEN to use Socket Mode, which needs no public URL.`,
    ]);
  });

  it('asks for the bot token when only an app token or secret is set', () => {
    const expected = `SLACK_BOT_TOKEN is not set: the bot needs the Bot User OAuth Token (xoxb-...) from your Slack app's OAuth & Permissions page. ${WHERE} (To use the terminal chat instead, unset every SLACK_ variable.)`;
    expect(configProblems({ SLACK_APP_TOKEN: APP })).toEqual([expected]);
    expect(configProblems({ SLACK_SIGNING_SECRET: SECRET })).toContain(expected);
  });

  it('names the wrong kind of token without printing it', () => {
    const list = configProblems({ SLACK_BOT_TOKEN: 'xoxp-1234567890-0987654321-secretpart', SLACK_APP_TOKEN: 'xoxb-notanapptoken-123456' });
    expect(list).toEqual([
      `SLACK_BOT_TOKEN must be the Bot User OAuth Token (xoxb-...) from your Slack app's OAuth & Permissions page; the value set is not one (it starts with "xoxp-"). ${WHERE}`,
      `SLACK_APP_TOKEN must be an App-Level Token (xapp-...) with the connections:write scope, from your Slack app's Basic Information page, App-Level Tokens; the value set is not one (it starts with "xoxb-"). ${WHERE}`,
    ]);
    expect(list.join('\n')).not.toContain('secretpart');
  });

  it('catches a pasted secret with quotes or spaces, and a token pasted as the secret', () => {
    expect(configProblems({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: `"${SECRET}"` })).toEqual([
      `SLACK_SIGNING_SECRET has spaces or quotes in it: paste exactly the Signing Secret from your Slack app's Basic Information page, App Credentials. ${WHERE}`,
    ]);
    expect(configProblems({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: BOT })).toEqual([
      `SLACK_SIGNING_SECRET holds a token, not the signing secret: use the Signing Secret from your Slack app's Basic Information page, App Credentials. ${WHERE}`,
    ]);
  });

  it('reports malformed settings together', () => {
    const list = configProblems({
      SLACK_BOT_TOKEN: BOT,
      SLACK_SIGNING_SECRET: SECRET,
      PORT: '70000',
      SLACK_API_URL: 'slack.com/api',
      SLACK_COMMAND: 'restructure',
      SLACK_HR_USER_IDS: 'U0123ABCD,@pat',
      SLACK_HR_USERGROUP_ID: '@hr-team',
      SLACK_HR_CHANNEL: '#hr',
      LOG_LEVEL: 'verbose',
    });
    expect(list).toEqual([
      'PORT must be a port number such as 3000.',
      'SLACK_API_URL must be an http(s) URL such as https://slack.com/api/ (leave it unset to use Slack).',
      'SLACK_COMMAND must be a slash command such as /restructure (lower case, no spaces), the same as in slack-manifest.yaml.',
      'SLACK_HR_USER_IDS must be Slack member ids separated by commas, e.g. U0123ABCD,U0456EFGH (a profile\'s "Copy member ID").',
      'SLACK_HR_USERGROUP_ID must be a user group id such as S0123ABCD (not its @handle).',
      "SLACK_HR_CHANNEL must be a channel id such as C0123ABCD (at the bottom of the channel's details), not its name.",
      'LOG_LEVEL must be one of debug, info, warn, error.',
    ]);
  });

  it('says how many problems there are in its message', () => {
    expect(() => loadConfig({ SLACK_BOT_TOKEN: BOT, PORT: 'x' })).toThrow(/^The configuration has 2 problems:\n- PORT must be/);
  });
});
