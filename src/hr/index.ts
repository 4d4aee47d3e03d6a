/**
 * HR's loop: which questions recur or go unanswered (the question log grouped into
 * near-duplicates and ranked), answering a group once as an FAQ (checked and written
 * atomically, then hot-reloaded), and who to tell that the answer exists. Channels show
 * these and deliver them; nothing here talks to Slack or the terminal.
 */
export { groupQuestions, groupHolding, NEAR_DUPLICATE, normaliseWording, type QuestionGroup } from './group-questions.js';
export { badness, LOW_CONFIDENCE, needingAnswers, rankQuestionGroups, type GroupStats, type RankedGroup } from './rank.js';
export { groupSummary, reportJson, reportText, type QuestionReport } from './report.js';
export { ABSENT, checkFaqText, faqFileFor, fileHash, renderFaq, saveFaq, type FaqInput, type FaqTarget, type SaveFaqResult } from './faq-file.js';
export { draftFor, newFaqId, type FaqDraft } from './faq-draft.js';
export { noticesToSend, type Notice } from './notify.js';
export { publishFaq, type PublishFaqResult } from './publish-faq.js';
export { shareablePackError } from './pack-problems.js';
export { daysBefore, DIGEST_DAYS, RECENT_DAYS } from './recent.js';
export { writeFileAtomic, type WriteBytes } from './write-file-atomic.js';
