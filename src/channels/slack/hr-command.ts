import { formatContentError } from '../../content/content-error.js';
import { plainMessage } from './ask-hr-messages.js';
import { sendDm } from './deliver.js';
import { escapeSlackText } from './escape.js';
import { postToResponseUrl } from './response-url.js';
import type { SlackRuntime } from './runtime.js';
import { errorCode, pseudonym } from './structured-log.js';

/** Slash command words for HR, never taken as questions: `/restructure reload`. */
export function isHrCommand(text: string): boolean {
  return text.trim().toLowerCase() === 'reload';
}

/**
 * `/restructure reload`: validates the pack folder again and swaps it in if it is whole,
 * else keeps serving the last good pack and shows HR every problem. HR only; the answer
 * is for the person who typed it alone (an ephemeral reply), so it can show problems in
 * full, staff.csv's included.
 */
export async function runHrCommand(rt: SlackRuntime, userId: string): Promise<string> {
  if (!(await rt.hr.isHr(userId, rt.now()))) {
    rt.log.info('hr command refused', { command: 'reload', who: pseudonym(userId) });
    return 'Only HR can reload the consultation pack.';
  }
  const reload = rt.hrTools.reloadPack;
  if (reload === null) return 'Reloading is not available here: the pack is reloaded when its files change.';
  const result = reload();
  rt.log.info('pack reload asked for', { ok: result.ok, problems: result.ok ? 0 : result.errors.length, who: pseudonym(userId) });
  if (result.ok) {
    const { pack } = rt.content();
    return `Reloaded the consultation pack: ${pack.faqs.length} FAQs, ${pack.policies.length} policy rules, ${pack.document.sections.length} document sections. I'm answering from it now.`;
  }
  const count = result.errors.length === 1 ? 'a problem' : `${result.errors.length} problems`;
  // One Slack section holds 3,000 characters: as many problems as fit, and a count of the rest.
  const lines: string[] = [];
  let size = 0;
  for (const e of result.errors) {
    const line = escapeSlackText(formatContentError(e)).slice(0, 500);
    if (size + line.length > 2_400) break;
    lines.push(line);
    size += line.length + 1;
  }
  const rest = result.errors.length - lines.length;
  const more = rest > 0 ? `\n…and ${rest} more (npm run check lists them all)` : '';
  return `The pack has ${count}, so I'm still answering from the last version that worked:\n\`\`\`\n${lines.join('\n')}${more}\n\`\`\``;
}

/** Runs an HR command and shows the result to the person who typed it only (or in their DM). */
export async function answerHrCommand(rt: SlackRuntime, userId: string, responseUrl: string | undefined): Promise<void> {
  const message = plainMessage(await runHrCommand(rt, userId));
  if (responseUrl && (await postToResponseUrl(responseUrl, { response_type: 'ephemeral', replace_original: false, ...message }, rt.config.timings))) return;
  await sendDm(rt, userId, message).catch((error: unknown) => rt.log.warn('hr command result not delivered', { error: errorCode(error) }));
}
