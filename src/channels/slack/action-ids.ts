/** Ids Slack sends back when someone presses a button or submits a modal. */
export const ACTION = {
  feedbackUp: 'feedback_up',
  feedbackDown: 'feedback_down',
  askHr: 'ask_hr',
  /** `mark_done:<n>`: block action ids must be unique within a block. */
  markDone: 'mark_done',
} as const;

export const VIEW = {
  askHr: 'ask_hr_submit',
} as const;

export const ASK_HR_BLOCK = { share: 'share', shareAction: 'share_identity', shareValue: 'share' } as const;
