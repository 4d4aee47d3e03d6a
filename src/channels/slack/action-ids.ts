/** Ids Slack sends back when someone presses a button or submits a modal. */
export const ACTION = {
  feedbackUp: 'feedback_up',
  feedbackDown: 'feedback_down',
  askHr: 'ask_hr',
  /** "Ask: <the nearest entry>" on an abstention; carries that entry's question. */
  askNearest: 'ask_nearest',
  /** `mark_done:<n>`: block action ids must be unique within a block. */
  markDone: 'mark_done',
  /** Buttons on a reminder DM; each carries the reminder's key. */
  reminderDone: 'reminder_done',
  reminderSnooze: 'reminder_snooze',
  reminderStop: 'reminder_stop',
  /** "Answer" on a group of questions in HR's view of the Home tab. */
  hrAnswer: 'hr_answer',
} as const;

export const VIEW = {
  askHr: 'ask_hr_submit',
  hrFaq: 'hr_faq_submit',
} as const;

/** The message shortcut HR uses on any question (slack-manifest.yaml has the same callback id). */
export const SHORTCUT = { answerAsFaq: 'answer_as_faq' } as const;

/** Blocks of HR's FAQ modal; each holds one element whose action id is `value`. */
export const FAQ_BLOCK = { id: 'faq_id', question: 'faq_question', variants: 'faq_variants', answer: 'faq_answer', source: 'faq_source', element: 'value' } as const;

export const ASK_HR_BLOCK = { share: 'share', shareAction: 'share_identity', shareValue: 'share' } as const;
