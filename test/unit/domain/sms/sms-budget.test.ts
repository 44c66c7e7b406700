import { describe, expect, it } from 'vitest';
import { allowanceUsd, priorityOfLead, SmsBudget } from '../../../../functions/domain/sms/sms-budget.js';
import { ManualClock } from '../../../support/manual-clock.js';

const PRICE = 0.0247;

/** A budget over a month's spend the test sets, with the months it was asked for. */
const budgetOver = (spentUsd: Record<string, number>, monthlyBudgetUsd: number, clock: ManualClock) => {
  const asked: string[] = [];
  const budget = new SmsBudget({
    spend: {
      monthSpend: async (month) => {
        asked.push(month);
        return spentUsd[month] ?? 0;
      },
    },
    monthlyBudgetUsd,
    pricePerPartUsd: PRICE,
    clock: () => clock.now(),
  });
  return { budget, asked };
};

describe('the SMS budget the reminder sweep keeps to', () => {
  it('when a lead is 1 day or less (or expired), its reminder is urgent; earlier ones are routine', () => {
    expect([-1, 0, 1, 7, 14, 30].map(priorityOfLead)).toEqual([
      'URGENT',
      'URGENT',
      'URGENT',
      'ROUTINE',
      'ROUTINE',
      'ROUTINE',
    ]);
  });

  it('when the allowances are computed, review notices keep the last tenth and urgent reminders the tenth before it', () => {
    expect(allowanceUsd(1000, 'URGENT')).toBeCloseTo(900);
    expect(allowanceUsd(1000, 'ROUTINE')).toBeCloseTo(800);
  });

  it('when the spend is below an allowance by less than one SMS, that priority is refused and the more urgent one still allowed', async () => {
    // Prepare: 100 USD budget; 79.99 spent — a routine SMS would cross 80, an urgent one stays under 90
    const clock = new ManualClock(new Date('2027-01-31T21:30:00Z'));
    const { budget } = budgetOver({ '2027-01': 79.99 }, 100, clock);
    // Act
    const routine = await budget.reserve('ROUTINE');
    const urgent = await budget.reserve('URGENT');
    // Assess
    expect(routine).toBe(false);
    expect(urgent).toBe(true);
  });

  it("when the month turns (in UTC, as AWS bills it), the new month's spend is asked for, and a receipt's lower price gives room back", async () => {
    // Prepare: 23:59 on 31 January UTC is already February in Riyadh, but still January's bill
    const spent: Record<string, number> = { '2027-01': 95 };
    const clock = new ManualClock(new Date('2027-01-31T23:59:00Z'));
    const { budget, asked } = budgetOver(spent, 100, clock);
    // Act
    const january = await budget.reserve('URGENT');
    spent['2027-01'] = 89.9;
    const afterReceipt = await budget.reserve('URGENT');
    clock.moveTo(new Date('2027-02-01T00:00:00Z'));
    const february = await budget.reserve('URGENT');
    // Assess
    expect([january, afterReceipt, february]).toEqual([false, true, true]);
    expect(asked).toEqual(['2027-01', '2027-01', '2027-02']);
  });

  it('when sends are in flight, their price counts until they settle, and a send settled gives its room back', async () => {
    // Prepare: 0.05 USD left for routine sends: room for two one-part SMS
    const clock = new ManualClock(new Date('2028-02-29T12:00:00Z'));
    const { budget } = budgetOver({ '2028-02': 79.95 }, 100, clock);
    // Act
    const first = await budget.reserve('ROUTINE');
    const second = await budget.reserve('ROUTINE');
    const third = await budget.reserve('ROUTINE');
    budget.settle();
    const afterOneSettled = await budget.reserve('ROUTINE');
    // Assess
    expect([first, second, third, afterOneSettled]).toEqual([true, true, false, true]);
  });

  it('when a message has several parts, each part counts against the allowance', async () => {
    // Prepare: 80 − 79.95 = 0.05 USD left for routine sends: room for two parts, not three
    const clock = new ManualClock(new Date('2028-02-29T12:00:00Z'));
    const { budget } = budgetOver({ '2028-02': 79.95 }, 100, clock);
    // Act
    const twoParts = await budget.reserve('ROUTINE', 2);
    // Assess
    expect(twoParts).toBe(true);
    expect(await budget.reserve('ROUTINE', 3)).toBe(false);
  });
});
