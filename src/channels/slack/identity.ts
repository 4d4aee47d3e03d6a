import type { webApi } from '@slack/bolt';
import type { ContentPack, Employee } from '../../content/types.js';
import type { IdentityCache } from '../../store/identity-cache.js';
import { platformError } from './platform-error.js';

/** How a Slack user was matched to a staff record, or why not: the unmatched are told why. */
export type Match = 'slack-id' | 'email' | 'no-email' | 'not-in-staff-list';

export interface Identity {
  readonly employee: Employee | null;
  readonly match: Match;
}

interface PackIndex {
  readonly bySlackId: ReadonlyMap<string, Employee>;
  readonly byEmail: ReadonlyMap<string, Employee>;
}

/**
 * Slack user -> staff record: by the pack's `slack_user_id`, else by the email Slack holds
 * for them (`users.info`, which needs the users:read.email scope), cached so a person is
 * looked up once a day, not once a message. A Slack failure is thrown, not taken as
 * "unknown": a staff member must not be told they are not in the consultation because
 * Slack was down.
 */
export class IdentityResolver {
  private readonly indexes = new WeakMap<ContentPack, PackIndex>();

  constructor(
    private readonly client: webApi.WebClient,
    private readonly cache: IdentityCache,
    private readonly cacheForMs: number,
  ) {}

  async identify(pack: ContentPack, userId: string, now: Date): Promise<Identity> {
    const index = this.indexFor(pack);
    const bySlack = index.bySlackId.get(userId);
    if (bySlack) return { employee: bySlack, match: 'slack-id' };
    const email = await this.emailOf(userId, now);
    if (email === null) return { employee: null, match: 'no-email' };
    const byEmail = index.byEmail.get(email);
    return byEmail ? { employee: byEmail, match: 'email' } : { employee: null, match: 'not-in-staff-list' };
  }

  private async emailOf(userId: string, now: Date): Promise<string | null> {
    const cached = this.cache.get(userId, now);
    if (cached) return cached.email;
    let email: string | null = null;
    try {
      const result = await this.client.users.info({ user: userId });
      const user = result.user;
      email = user && !user.is_bot && !user.deleted ? normaliseEmail(user.profile?.email) : null;
    } catch (error) {
      // Slack's definite "no such user" is an answer (an external or deleted account); anything else is an outage.
      if (platformError(error) !== 'user_not_found') throw error;
    }
    try {
      this.cache.put(userId, email, now, this.cacheForMs);
    } catch {
      // The cache only saves a lookup: a store that cannot write must not stop the answer
      // (the question's own record fails first, and is logged there).
    }
    return email;
  }

  private indexFor(pack: ContentPack): PackIndex {
    let index = this.indexes.get(pack);
    if (!index) {
      const bySlackId = new Map<string, Employee>();
      const byEmail = new Map<string, Employee>();
      for (const e of pack.staff.values()) {
        if (e.slackUserId) bySlackId.set(e.slackUserId, e);
        const email = normaliseEmail(e.email);
        if (email) byEmail.set(email, e);
      }
      index = { bySlackId, byEmail };
      this.indexes.set(pack, index);
    }
    return index;
  }
}

function normaliseEmail(email: string | undefined): string | null {
  const e = email?.trim().toLowerCase();
  return e ? e : null;
}
