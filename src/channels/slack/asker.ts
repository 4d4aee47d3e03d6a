import type { Asker } from '../../assistant/reply.js';
import type { ContentPack } from '../../content/types.js';
import type { Identity } from './identity.js';
import type { SlackRuntime } from './runtime.js';

export interface ResolvedAsker {
  readonly asker: Asker;
  readonly identity: Identity;
}

/** Who is asking, as the core needs it: their staff record (if any) and whether they are HR. */
export async function resolveAsker(rt: SlackRuntime, pack: ContentPack, userId: string): Promise<ResolvedAsker> {
  const now = rt.now();
  const [identity, isHr] = await Promise.all([rt.identities.identify(pack, userId, now), rt.hr.isHr(userId, now)]);
  return { asker: { employeeId: identity.employee?.id ?? null, isHr }, identity };
}
