/** What a batch (or a page, or the day) came to. */
export interface Totals {
  due: number;
  sent: number;
  /** Not sent, with the reason recorded: reminders off, no phone, a number the SMS service refuses. */
  skipped: number;
  /** Handled by an earlier run (sent, skipped, or possibly sent when that run stopped). */
  alreadyHandled: number;
  /** Possibly sent: SNS failed after it may have taken the message. Never sent again; operators are told. */
  uncertain: number;
  /** Not sent, and left to a later run: the month's SMS budget would not cover them (see SmsBudget). */
  deferredForBudget: number;
  /** Items DynamoDB read for the sweep's sake: what it pays for. */
  itemsRead: number;
}

export const NO_TOTALS: Totals = {
  due: 0,
  sent: 0,
  skipped: 0,
  alreadyHandled: 0,
  uncertain: 0,
  deferredForBudget: 0,
  itemsRead: 0,
};

/** Adds one page's result to the batch's running totals. */
export const addPage = (totals: Totals, page: Totals): Totals => ({
  due: totals.due + page.due,
  sent: totals.sent + page.sent,
  skipped: totals.skipped + page.skipped,
  alreadyHandled: totals.alreadyHandled + page.alreadyHandled,
  uncertain: totals.uncertain + page.uncertain,
  deferredForBudget: totals.deferredForBudget + page.deferredForBudget,
  itemsRead: totals.itemsRead + page.itemsRead,
});
