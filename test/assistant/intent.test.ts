import { describe, expect, it } from 'vitest';
import { detectIntent, isHelpRequest } from '../../src/assistant/intent.js';

describe('detectIntent', () => {
  // Personal questions must be recognised in staff's own words; anything not clearly about
  // the asker goes to search, where an FAQ or the document answers it with a source.
  it.each([
    ['Is my post at risk?', 'my-status'],
    ['am i being made redundant', 'my-status'],
    ["what's happening to me?", 'my-status'],
    ['Which posts am I ring-fenced for?', 'my-ring-fences'],
    ['am I going to be slotted in?', 'my-ring-fences'],
    ['what jobs can I apply for', 'my-ring-fences'],
    ['When is my interview?', 'my-deadlines'],
    ['what have I got coming up', 'my-deadlines'],
    ['what do I need to do next?', 'my-deadlines'],
    ['How much redundancy pay would I get?', 'pay-estimate'],
    ["I'm 45 with 12 years service, what's my redundancy payout", 'pay-estimate'],
    ['what would my redundancy come to', 'pay-estimate'],
    ['my redundancy figure please, I have 12 years in', 'pay-estimate'],
    // A condition with an amount asked for is still an estimate.
    ['if I took redundancy how much would I get', 'pay-estimate'],
    ['if I am made redundant what would I get, roughly', 'pay-estimate'],
    ['how much would i get paid if i took vr', 'pay-estimate'],
    ['How is my team affected?', 'my-team'],
    ['show me my direct reports', 'my-team'],
  ] as const)('%s -> %s', (question, intent) => {
    expect(detectIntent(question)).toBe(intent);
  });

  it.each([
    // No first person: the general FAQ answers these.
    'When does the consultation close?',
    'What is a ring fence?',
    'How is redundancy pay calculated?',
    'Where are the briefing sessions?',
    'What happens to admin staff?',
    // About their redundancy, but not its amount: search answers or abstains.
    'can i get legal advice from the council about my redundancy',
    'can I appeal my redundancy',
    // Whether the payment is kept or lost is a rule, not an amount.
    'what if they offer me something and I say no thanks, do I still get my payout',
    'if the 4 week trial doesnt work out do i still keep my redundancy money',
    'would I lose my redundancy pay if I turned down a job',
  ])('%s -> general', (question) => {
    expect(detectIntent(question)).toBe('general');
  });

  it('treats greetings and help as help, not questions', () => {
    expect(isHelpRequest('help')).toBe(true);
    expect(isHelpRequest('Hi!')).toBe(true);
    expect(isHelpRequest('help me with my redundancy pay')).toBe(false);
    expect(isHelpRequest('???')).toBe(false);
  });
});
