/**
 * Names of the state machines' states: the CDK app builds the states under these ids, and the
 * benchmarks read the synthesized definitions by them.
 */

/** The review workflow's states. */
export const REVIEW_STATES = {
  begin: 'BeginReview',
  dispatch: 'Dispatch',
  holdThenAwait: 'HoldForMorningThenAwait',
  notifyThenAwait: 'NotifyThenAwait',
  await: 'Await',
  timer: 'TimerFired',
  holdThenFinish: 'HoldForMorningThenFinish',
  notifyThenFinish: 'NotifyThenFinish',
  finished: 'Finished',
  failed: 'ReviewFailed',
} as const;

/** The reminder sweep's states. */
export const REMINDER_STATES = {
  plan: 'PlanSweep',
  batches: 'SweepBatches',
  sendPage: 'SendReminderPage',
  morePages: 'MorePages',
  batchDone: 'BatchDone',
  batchFailed: 'BatchFailed',
  digestBatches: 'DigestBatches',
  sendDigestPage: 'SendDigestPage',
  moreDigestPages: 'MoreDigestPages',
  digestBatchDone: 'DigestBatchDone',
  digestBatchFailed: 'DigestBatchFailed',
  summarize: 'SummarizeSweep',
} as const;
