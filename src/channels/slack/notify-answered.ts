import { faqSource, sectionSource, uniqueSources } from '../../assistant/sources.js';
import type { ContentPack } from '../../content/types.js';
import { noticesToSend, type Notice } from '../../hr/notify.js';
import { formatDate, instantToZoned } from '../../time/zoned.js';
import { quoted } from './ask-hr-messages.js';
import { sendDm } from './deliver.js';
import { markdownToMrkdwn } from './mrkdwn.js';
import { answerSections, sourcesBlock, type SlackMessage } from './render-reply.js';
import type { SlackRuntime } from './runtime.js';
import { errorCode, pseudonym } from './structured-log.js';

/**
 * Tells the people whose questions HR has answered, once each: a DM with what they asked
 * and HR's answer with its sources. Run whenever the pack changes (an FAQ HR saved is live
 * only then) and at start. A notice is claimed before it is sent, so two runs send it once;
 * if Slack cannot take it, the claim is released and the next run tries again.
 */
export async function notifyAnswered(rt: SlackRuntime): Promise<void> {
  const { pack } = rt.content();
  let sent = 0;
  for (const notice of noticesToSend(rt.store.questions, pack)) {
    const claimed = rt.store.questions.claimNotice(
      notice.questions.map((q) => q.id),
      rt.now(),
    );
    if (claimed.length === 0) continue;
    try {
      await sendDm(rt, notice.askerSlackId, answeredMessage(pack, notice));
      sent++;
    } catch (error) {
      rt.store.questions.releaseNotice(claimed);
      rt.log.warn('answer notice not delivered; will try again', { who: pseudonym(notice.askerSlackId), faq: notice.faq.id, error: errorCode(error) });
    }
  }
  if (sent > 0) rt.log.info('people told HR answered their question', { people: sent });
}

export function answeredMessage(pack: ContentPack, notice: Notice): SlackMessage {
  const first = notice.questions[0];
  const day = first ? formatDate(instantToZoned(first.askedAt, pack.consultation.timeZone).date) : '';
  const faq = notice.faq;
  const sources = sourcesBlock(uniqueSources([faqSource(faq), ...faq.sources.map((s) => sectionSource(pack, s))]));
  return {
    text: 'HR has answered a question you asked',
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: `HR has written an answer to a question you asked me on ${day}:\n${quoted(first?.question ?? faq.question)}` } },
      ...answerSections(markdownToMrkdwn(`**${faq.question}**\n\n${faq.answer}`)),
      ...(sources ? [sources] : []),
    ],
  };
}
