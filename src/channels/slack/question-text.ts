import type { ContentPack } from '../../content/types.js';
import { unescapeSlackText } from './escape.js';

/**
 * Slack's message text as the person meant it, for the core: the app's own mention
 * removed, other people's mentions turned into their names (HR asking "is @Sam at risk?"
 * asks about Sam), links and channels into their labels, entities decoded.
 */
export function questionText(slackText: string, botUserId: string, pack: ContentPack): string {
  const names = slackNames(pack);
  return unescapeSlackText(
    slackText
      .replace(/<@([A-Z0-9]+)(?:\|([^>]*))?>/g, (_m, id: string, label: string | undefined) =>
        id === botUserId ? ' ' : (names.get(id) ?? label ?? 'someone'),
      )
      .replace(/<#[A-Z0-9]+\|([^>]*)>/g, '#$1')
      .replace(/<![a-z]+(?:\^[A-Z0-9]+)?(?:\|([^>]*))?>/g, (_m, label: string | undefined) => label ?? '')
      .replace(/<((?:https?|mailto):[^|>]+)(?:\|([^>]*))?>/g, (_m, url: string, label: string | undefined) => label ?? url),
  )
    .replace(/\s+/g, ' ')
    .trim();
}

const cache = new WeakMap<ContentPack, ReadonlyMap<string, string>>();

function slackNames(pack: ContentPack): ReadonlyMap<string, string> {
  let names = cache.get(pack);
  if (!names) {
    names = new Map([...pack.staff.values()].flatMap((e) => (e.slackUserId ? [[e.slackUserId, e.name] as const] : [])));
    cache.set(pack, names);
  }
  return names;
}
