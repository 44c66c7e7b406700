import type { Clock } from '../shared/clock.js';
import { billingMonthOf } from './message-record.js';
import type { MessageLog } from './ports.js';

/**
 * How the reminder sweep shares the month's SMS budget. Review notices never wait for it: they
 * answer a resident's own request, so the sweep leaves them the last tenth. Of what is left, the
 * last tenth is for the notices that cannot wait (a document expired, or expiring tomorrow), so
 * that the 7-, 14- and 30-day reminders stop first.
 */
export const SMS_BUDGET_SHARES = { keptForReviewNotices: 0.1, keptForUrgentReminders: 0.1 } as const;

/** Expired and 1-day notices are `URGENT`; establishments' digests and earlier reminders `ROUTINE`. */
export type SendPriority = 'URGENT' | 'ROUTINE';

/** The priority of a reminder `leadDays` ahead of its expiry (−1: expired yesterday). */
export const priorityOfLead = (leadDays: number): SendPriority => (leadDays <= 1 ? 'URGENT' : 'ROUTINE');

export interface SmsBudgetDeps {
  spend: Pick<MessageLog, 'monthSpend'>;
  /** The stage's SMS budget for a calendar month (UTC, as AWS bills it). */
  monthlyBudgetUsd: number;
  /** What one SMS part is expected to cost. */
  pricePerPartUsd: number;
  clock: Clock;
}

/** The part of the month's budget a send of `priority` may bring the spend up to. */
export const allowanceUsd = (monthlyBudgetUsd: number, priority: SendPriority): number =>
  monthlyBudgetUsd *
  (1 -
    SMS_BUDGET_SHARES.keptForReviewNotices -
    (priority === 'ROUTINE' ? SMS_BUDGET_SHARES.keptForUrgentReminders : 0));

/**
 * Whether the sweep may start one more SMS this month: the month's spend so far (read each time, so
 * that concurrent batches see each other's recorded sends, and a receipt's lower price gives room
 * back), the sends this process has started and not finished, and this one's price stay within the
 * allowance of its priority. Sends in flight in other invocations are not seen: the spend can pass
 * an allowance by at most those, which the share kept for review notices absorbs, and the
 * account's SNS spend limit stops for good.
 */
export class SmsBudget {
  private inFlightUsd = 0;

  constructor(private readonly deps: SmsBudgetDeps) {}

  /** Takes the price of a send of `parts` from the allowance, or says no; `settle` hands it back once sent. */
  async reserve(priority: SendPriority, parts = 1): Promise<boolean> {
    const spent = await this.deps.spend.monthSpend(billingMonthOf(this.deps.clock()));
    const price = parts * this.deps.pricePerPartUsd;
    if (spent + this.inFlightUsd + price > allowanceUsd(this.deps.monthlyBudgetUsd, priority)) return false;
    this.inFlightUsd += price;
    return true;
  }

  /** A reserved send of `parts` is over: recorded in the month's spend, or certainly not sent. */
  settle(parts = 1): void {
    this.inFlightUsd = Math.max(0, this.inFlightUsd - parts * this.deps.pricePerPartUsd);
  }
}
