import type { Reply } from '../../assistant/reply.js';
import type { ResolvedAsker } from './asker.js';
import type { Content } from './runtime.js';
import { unmatchedOverview, unmatchedReason } from './unmatched.js';

/** Words that mean the same on every surface as on the slash command. */
export type Subcommand = 'help' | 'status' | 'deadlines';

export function subcommandOf(question: string): Subcommand | null {
  const word = question.trim().toLowerCase();
  if (word === '' || word === 'help') return 'help';
  if (word === 'status') return 'status';
  if (word === 'deadlines' || word === 'dates') return 'deadlines';
  return null;
}

/**
 * The core's reply to a question from Slack. Unmatched people asking about themselves
 * are also told why they could not be matched (the core cannot know that).
 */
export function composeReply(content: Content, question: string, who: ResolvedAsker, askedAt: Date, command: string): Reply {
  const { pack, assistant } = content;
  const { asker, identity } = who;
  const unmatched = identity.match === 'no-email' || identity.match === 'not-in-staff-list' ? identity.match : null;
  switch (subcommandOf(question)) {
    case 'help':
      return withSlackHelp(assistant.reply('help', asker, askedAt), command);
    case 'status':
      return assistant.overview(asker, askedAt) ?? unmatchedOverview(pack, unmatched ?? 'not-in-staff-list');
    case 'deadlines':
      return explainUnmatched(assistant.reply('What are my next deadlines?', asker, askedAt), unmatched);
    case null:
      return explainUnmatched(assistant.reply(question, asker, askedAt), unmatched);
  }
}

/** A reply is private if the core says so, and also whenever it answers a personal question: belt and braces. */
export function isPrivateReply(reply: Reply): boolean {
  return reply.private || reply.intent !== 'general';
}

function explainUnmatched(reply: Reply, unmatched: Parameters<typeof unmatchedReason>[0] | null): Reply {
  if (unmatched === null || !isPrivateReply(reply)) return reply;
  return { ...reply, private: true, text: `${reply.text}\n\n_Why I couldn't match you: ${unmatchedReason(unmatched)}_` };
}

function withSlackHelp(reply: Reply, command: string): Reply {
  return {
    ...reply,
    text: [
      reply.text,
      '',
      '**In Slack**',
      '- Send me a direct message, or mention me in a channel. Answers about you always come to you privately.',
      `- \`${command} status\`: where your post stands. \`${command} deadlines\`: your next dates. \`${command} <question>\`: ask privately from any channel.`,
      '- My Home tab shows your status, ring fences, next deadlines and outstanding actions.',
    ].join('\n'),
  };
}
