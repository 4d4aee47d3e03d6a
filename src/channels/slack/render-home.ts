import type { types } from '@slack/bolt';
import type { Reply } from '../../assistant/reply.js';
import type { ContentPack } from '../../content/types.js';
import { escapeSlackText } from './escape.js';
import { markdownToMrkdwn } from './mrkdwn.js';
import { answerSections, markDoneBlock, sourcesBlock } from './render-reply.js';

export interface HomeInput {
  readonly pack: ContentPack;
  /** The person's overview, or for someone the pack does not list, why not and whom to ask. */
  readonly overview: Reply;
  readonly command: string;
  readonly markDone: boolean;
  readonly now: Date;
  /** HR's own section (recurring and unanswered questions); only ever given for HR. */
  readonly hrBlocks?: readonly types.KnownBlock[];
}

/** The App Home tab: only its owner sees it, so it may hold their status, ring fences, dates and actions. */
export function renderHome(input: HomeInput): types.HomeView {
  const { pack, overview } = input;
  const asOf = new Intl.DateTimeFormat('en-GB', { timeZone: pack.consultation.timeZone, day: 'numeric', month: 'long', year: 'numeric' }).format(input.now);
  const blocks: types.KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: 'Where you stand' } },
    { type: 'context', elements: [{ type: 'mrkdwn', text: `${escapeSlackText(pack.consultation.title)} · as of ${asOf}` }] },
    ...answerSections(markdownToMrkdwn(overview.text)),
  ];
  const sources = sourcesBlock(overview.sources);
  if (sources) blocks.push(sources);
  const done = input.markDone ? markDoneBlock(overview) : null;
  if (done) blocks.push(done);
  blocks.push(
    { type: 'divider' },
    {
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: `Ask me anything about the consultation in the *Messages* tab, mention me in a channel, or type \`${input.command} <question>\` anywhere. Answers about you always come to you privately.`,
      },
    },
  );
  blocks.push(...(input.hrBlocks ?? []));
  return { type: 'home', blocks };
}
