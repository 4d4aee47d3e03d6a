import { notice, type Reply } from '../../assistant/reply.js';
import { hrContactsText } from '../../assistant/hr-contacts.js';
import type { ContentPack } from '../../content/types.js';
import { assertNever } from '../../assert-never.js';
import type { Match } from './identity.js';

/** Why a Slack user could not be matched to a staff record, in words they can act on. */
export function unmatchedReason(match: Exclude<Match, 'slack-id' | 'email'>): string {
  switch (match) {
    case 'no-email':
      return "your Slack account isn't in the consultation's staff list, and Slack doesn't share an email address for it that I could look up.";
    case 'not-in-staff-list':
      return "the email address on your Slack profile isn't in the consultation's staff list.";
    default:
      return assertNever(match);
  }
}

/** The reply to "status" (or the Home tab) for someone the pack does not list. Private: it says they are not listed. */
export function unmatchedOverview(pack: ContentPack, match: Exclude<Match, 'slack-id' | 'email'>): Reply {
  return notice(
    [
      `I can't match you to a staff record in the consultation, so I can only answer general questions: ${unmatchedReason(match)}`,
      '',
      `If you think you should be in it, or want to know about your own post, ask your line manager or HR: ${hrContactsText(pack.consultation)}.`,
    ].join('\n'),
    'my-status',
    true,
  );
}
