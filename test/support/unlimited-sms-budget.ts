import type { SmsBudget } from '../../functions/domain/sms/sms-budget.js';

/** A budget that allows every send: for tests of what the sweep does when money is no object. */
export const unlimitedSmsBudget: Pick<SmsBudget, 'reserve' | 'settle'> = {
  reserve: async () => true,
  settle: () => undefined,
};
