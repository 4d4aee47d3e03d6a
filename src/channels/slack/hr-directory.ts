import type { webApi } from '@slack/bolt';
import type { Log } from './structured-log.js';
import { errorCode } from './structured-log.js';

/**
 * Who is HR: the configured member ids, plus the members of the configured user group
 * (read with usergroups.users.list and kept for a few minutes). If the group cannot be
 * read, only the listed ids count: being wrongly refused HR's view is recoverable,
 * wrongly being shown someone else's record is not.
 */
export class HrDirectory {
  private group: { readonly members: ReadonlySet<string>; readonly until: number } | null = null;

  constructor(
    private readonly client: webApi.WebClient,
    private readonly userIds: readonly string[],
    private readonly usergroupId: string | null,
    private readonly cacheForMs: number,
    private readonly log: Log,
  ) {}

  async isHr(userId: string, now: Date): Promise<boolean> {
    if (this.userIds.includes(userId)) return true;
    if (this.usergroupId === null) return false;
    return (await this.groupMembers(this.usergroupId, now)).has(userId);
  }

  private async groupMembers(usergroup: string, now: Date): Promise<ReadonlySet<string>> {
    if (this.group && this.group.until > now.getTime()) return this.group.members;
    try {
      const result = await this.client.usergroups.users.list({ usergroup });
      this.group = { members: new Set(result.users ?? []), until: now.getTime() + this.cacheForMs };
      return this.group.members;
    } catch (error) {
      this.log.warn('hr user group unreadable; only SLACK_HR_USER_IDS count as HR', { error: errorCode(error) });
      return new Set();
    }
  }
}
