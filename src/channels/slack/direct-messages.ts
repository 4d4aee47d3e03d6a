import type { webApi } from '@slack/bolt';

/** A person's DM channel with the app (conversations.open), remembered: it never changes. */
export class DirectMessages {
  private readonly channels = new Map<string, string>();

  constructor(private readonly client: webApi.WebClient) {}

  async open(userId: string): Promise<string> {
    const known = this.channels.get(userId);
    if (known) return known;
    const result = await this.client.conversations.open({ users: userId });
    const id = result.channel?.id;
    if (!id) throw new Error('conversations.open returned no channel');
    this.channels.set(userId, id);
    return id;
  }
}

/** DM channel ids start with D; public and private channels with C or G. */
export function isDmChannel(channelId: string): boolean {
  return channelId.startsWith('D');
}
