import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, riyadhToday } from '../../functions/domain/shared/calendar-date.js';
import { PROJECT_ROOT } from '../../lib/aws/project-context.js';
import { eventually } from '../support/eventually.js';
import { call } from '../support/http-client.js';
import { interrupt, type RunningRuntime, startRuntimeProcess } from '../support/local-runtime-process.js';

const PHONE = '+966500000093';
/**
 * A quarter a month: 30-day reminders may bring the spend to 0.20 USD (8 SMS of 0.0247), tomorrow's
 * expiries to 0.225 (9): whatever order the batches run in, the 1-day notice fits and 30-day ones wait.
 */
const TINY_BUDGET_USD = '0.25';
const THIRTY_DAY_VISAS = 10;

describe("the month's SMS budget, end to end over npm start", () => {
  let dataDir: string;
  let runtime: RunningRuntime;
  let today: string;

  const runReminders = async () => (await call(`${runtime.url}/local/reminders/run`, { body: { date: today } })).body;
  const smsSent = async () =>
    (await call(`${runtime.url}/local/sms?phone=${encodeURIComponent(PHONE)}`)).body.items as { message: string }[];

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'tawasul-sms-budget-'));
    runtime = await startRuntimeProcess(dataDir, undefined, { TAWASUL_SMS_MONTHLY_BUDGET_USD: TINY_BUDGET_USD });
    today = riyadhToday(new Date((await call(`${runtime.url}/local/clock`)).body.now as string));
    const file = join(dataDir, 'register.jsonl');
    const line = (type: string, number: string, days: number) =>
      JSON.stringify({
        iqamaNumber: '2000000022',
        holder: { kind: 'RESIDENT' },
        type,
        number,
        expiresOn: addDays(today, days),
        phone: PHONE,
        locale: 'en',
      });
    writeFileSync(
      file,
      [
        ...Array.from({ length: THIRTY_DAY_VISAS }, (_, index) => line('VISIT_VISA', `V77700${10 + index}`, 30)),
        line('EXIT_REENTRY_VISA', 'E7770003', 1),
      ].join('\n'),
    );
    await promisify(execFile)(join(PROJECT_ROOT, 'node_modules/.bin/tsx'), ['bin/import.ts', file], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, PORT: new URL(runtime.url).port },
    });
  }, 180_000);

  afterAll(async () => {
    if (runtime) await interrupt(runtime);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('when the budget is tiny, the sweep sends the 1-day notice and what else it covers, deferring 30-day reminders; a review notice still goes out; with the budget lifted, the deferred are sent once', async () => {
    // Act
    const short = await runReminders();
    const sentShort = (await smsSent()).length;
    const resident = (
      await call(`${runtime.url}/local/tokens`, {
        body: { role: 'resident', sub: 'budget-1', iqamaNumber: '2000000022', phone: PHONE, locale: 'en' },
      })
    ).body.token as string;
    const filed = await call(`${runtime.url}/v1/inquiries`, {
      token: resident,
      headers: { 'idempotency-key': 'sms-budget-1' },
      body: { category: 'GENERAL_INQUIRY', description: 'When will my exit and re-entry visa be issued?' },
    });
    const withNotice = await eventually(smsSent, (items) => items.some((sms) => sms.message.includes('we received')));
    // Act: ops lift the budget (here: the runtime restarts on the same data without the setting)
    await interrupt(runtime);
    runtime = await startRuntimeProcess(dataDir);
    const lifted = await runReminders();
    // Assess
    const due = THIRTY_DAY_VISAS + 1;
    const reminders = (await smsSent()).filter((sms) => !sms.message.includes('request')).map((sms) => sms.message);
    expect(short).toMatchObject({ due, failedBatches: 0 });
    expect(short.sent).toBeGreaterThanOrEqual(8);
    expect(short.sent).toBeLessThanOrEqual(9);
    expect(short.deferredForBudget).toBe(due - short.sent);
    expect(reminders.slice(0, sentShort).filter((message) => message.includes('tomorrow'))).toHaveLength(1);
    expect(filed.status).toBe(201);
    expect(withNotice).toHaveLength(sentShort + 1);
    expect(lifted).toMatchObject({ due, sent: due - short.sent, alreadyHandled: short.sent, deferredForBudget: 0 });
    // What waited were 30-day reminders only; each document got one SMS over both runs.
    expect(reminders).toHaveLength(due);
    expect(reminders.slice(sentShort).every((message) => message.includes('in 30 days'))).toBe(true);
  }, 240_000);
});
