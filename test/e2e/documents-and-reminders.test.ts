import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, riyadhToday } from '../../functions/domain/shared/calendar-date.js';
import { PROJECT_ROOT } from '../../lib/aws/project-context.js';
import { apiClient, type RequestBody } from '../support/api-client.js';
import { call } from '../support/http-client.js';
import { interrupt, type RunningRuntime, startRuntimeProcess } from '../support/local-runtime-process.js';

const REGISTER_PHONE = '+966500000041';
const SIGNED_IN_PHONE = '+966500000042';
const OTHER_PHONE = '+966500000043';

describe('documents, passport update, preferences and reminders, end to end over HTTP', () => {
  let dataDir: string;
  let runtime: RunningRuntime;
  let resident: string;
  let other: string;
  let today: string;
  let registerFile: string;

  const token = async (claims: Record<string, unknown>) =>
    (await call(`${runtime.url}/local/tokens`, { body: claims })).body.token as string;
  const api = (as?: string) => apiClient(runtime.url, as);
  const updatePassport = (body: RequestBody<'UpdatePassport'>, acceptLanguage = 'en') =>
    api(resident).PUT('/v1/me/passport', { params: { header: { 'Accept-Language': acceptLanguage } }, body });
  const importFile = async (file: string) =>
    (
      await promisify(execFile)(join(PROJECT_ROOT, 'node_modules/.bin/tsx'), ['bin/import.ts', file], {
        cwd: PROJECT_ROOT,
        env: { ...process.env, PORT: new URL(runtime.url).port },
      })
    ).stdout;
  const runReminders = async (date: string) => call(`${runtime.url}/local/reminders/run`, { body: { date } });
  const smsTo = async (phone: string) =>
    (await call(`${runtime.url}/local/sms?phone=${encodeURIComponent(phone)}`)).body.items as {
      message: string;
      parts: number;
    }[];

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'tawasul-documents-e2e-'));
    runtime = await startRuntimeProcess(dataDir);
    today = riyadhToday(new Date((await call(`${runtime.url}/local/clock`)).body.now as string));
    const line = (record: Record<string, unknown>) =>
      JSON.stringify({ iqamaNumber: '2000000006', holder: { kind: 'RESIDENT' }, ...record });
    registerFile = join(dataDir, 'register-day-1.jsonl');
    writeFileSync(
      registerFile,
      [
        line({
          type: 'IQAMA',
          number: '2000000006',
          expiresOn: addDays(today, 30),
          phone: REGISTER_PHONE,
          locale: 'ar',
        }),
        line({ type: 'PASSPORT', number: 'A1234567', issuedOn: '2017-01-10', expiresOn: addDays(today, 7) }),
        line({
          holder: { kind: 'DEPENDENT', dependentId: 'dep-1', name: 'Sara', relation: 'DAUGHTER' },
          type: 'PASSPORT',
          number: 'B7654321',
          expiresOn: addDays(today, 1),
        }),
        line({
          iqamaNumber: '2000000014',
          type: 'WORK_VISA',
          number: 'W5550001',
          expiresOn: addDays(today, 14),
          phone: OTHER_PHONE,
          locale: 'en',
        }),
        line({ type: 'IQAMA', number: '2000000006', expiresOn: '2027-02-29' }),
        '{"iqamaNumber": "2000000006"',
        '',
      ].join('\n'),
    );
    resident = await token({
      role: 'resident',
      sub: 'holder',
      iqamaNumber: '2000000006',
      phone: SIGNED_IN_PHONE,
      locale: 'en',
    });
    other = await token({
      role: 'resident',
      sub: 'other',
      iqamaNumber: '2000000014',
      phone: OTHER_PHONE,
      locale: 'en',
    });
  }, 120_000);

  afterAll(async () => {
    if (runtime) await interrupt(runtime);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('when the register file is imported with `npm run import`, valid lines are stored, invalid ones reported, and a second import changes nothing', async () => {
    // Act
    const first = await importFile(registerFile);
    const second = await importFile(registerFile);
    // Assess
    expect(first).toContain('6 lines — 4 created, 0 updated, 0 unchanged, 2 rejected');
    expect(first).toContain('line 5: expiresOn invalid_date');
    expect(first).toContain('line 6: (line) malformed_json');
    expect(second).toContain('6 lines — 0 created, 0 updated, 4 unchanged, 2 rejected');
  });

  it('when a resident lists their documents, they see theirs and their dependent’s, masked, in both calendars — and nobody else’s', async () => {
    // Act
    const mine = await api(resident).GET('/v1/me/documents');
    const theirs = await api(other).GET('/v1/me/documents');
    const anonymous = await api().GET('/v1/me/documents');
    // Assess
    expect(mine.response.status).toBe(200);
    expect(mine.data?.items.map((d) => [d.type, d.number, d.holder.kind])).toEqual([
      ['PASSPORT', '•••••321', 'DEPENDENT'],
      ['PASSPORT', '•••••567', 'RESIDENT'],
      ['IQAMA', '•••••••006', 'RESIDENT'],
    ]);
    expect(mine.data?.items[0]).toMatchObject({
      daysLeft: 1,
      status: 'EXPIRING',
      expiresOnHijri: expect.stringMatching(/^14\d\d-\d\d-\d\d$/),
    });
    expect(JSON.stringify(mine.data)).not.toContain('A1234567');
    expect(theirs.data?.items.map((d) => d.type)).toEqual(['WORK_VISA']);
    expect(anonymous.response.status).toBe(401);
  });

  it('when a passport is refused, the resident is told why in their language; a valid renewal is kept', async () => {
    // Act
    const expired = await updatePassport(
      { passportNumber: 'C1234567', issueDate: '2016-01-01', expiryDate: addDays(today, -1) },
      'ar',
    );
    const tooShort = await updatePassport({
      passportNumber: 'C1234567',
      issueDate: addDays(today, -1),
      expiryDate: addDays(today, 90),
    });
    const unknownDependent = await updatePassport({
      passportNumber: 'C1234567',
      issueDate: addDays(today, -1),
      expiryDate: addDays(today, 3650),
      dependentId: 'dep-of-someone-else',
    });
    const renewed = await updatePassport({
      passportNumber: 'c1234567',
      issueDate: addDays(today, -1),
      expiryDate: addDays(today, 3650),
    });
    // Assess
    expect(expired.response.status).toBe(400);
    expect(expired.error?.errors).toEqual([
      expect.objectContaining({
        pointer: '/expiryDate',
        code: 'passport_expired',
        detail: 'هذا الجواز منتهي الصلاحية؛ سجّل جوازًا ساري المفعول.',
      }),
    ]);
    expect(tooShort.error?.errors).toEqual([
      expect.objectContaining({
        code: 'passport_validity_too_short',
        detail: 'The passport must be valid for at least 6 more months.',
      }),
    ]);
    expect(unknownDependent.response.status).toBe(404);
    expect(renewed.response.status).toBe(200);
    expect(renewed.data).toMatchObject({
      type: 'PASSPORT',
      number: '•••••567',
      expiresOn: addDays(today, 3650),
      holder: { kind: 'RESIDENT' },
    });
  });

  it('when reminders run for today, each due document gets one SMS at the phone last signed in with; a rerun sends nothing', async () => {
    // Act
    const first = await runReminders(today);
    const again = await runReminders(today);
    // Assess
    // The renewed passport is no longer due in 7 days; the iqama (30) and the dependent's passport (1) are, and the other resident's visa (14).
    expect(first.body).toEqual({
      date: today,
      due: 3,
      sent: 3,
      skipped: 0,
      alreadyHandled: 0,
      uncertain: 0,
      deferredForBudget: 0,
      failedBatches: 0,
      // No establishment's staff signed in here: no contact, so no digest.
      digests: { due: 0, sent: 0, alreadyHandled: 0, uncertain: 0, deferredForBudget: 0, failedBatches: 0 },
    });
    expect(again.body).toEqual({
      date: today,
      due: 3,
      sent: 0,
      skipped: 0,
      alreadyHandled: 3,
      uncertain: 0,
      deferredForBudget: 0,
      failedBatches: 0,
      digests: { due: 0, sent: 0, alreadyHandled: 0, uncertain: 0, deferredForBudget: 0, failedBatches: 0 },
    });
    const mine = await smsTo(SIGNED_IN_PHONE);
    expect(mine.map((sms) => sms.message).sort()).toEqual([
      expect.stringContaining(`your dependent's passport expires tomorrow, ${addDays(today, 1)}`),
      expect.stringContaining(`your iqama expires in 30 days, on ${addDays(today, 30)}`),
    ]);
    expect(mine.every((sms) => sms.parts === 1)).toBe(true);
    expect(await smsTo(REGISTER_PHONE)).toEqual([]);
  });

  it('when a resident turns reminders off, their due documents are skipped; preferences are validated', async () => {
    // Prepare
    // A locale the service does not offer and a word for a boolean: values the contract's types do not allow.
    const invalid = await call(`${runtime.url}/v1/me/preferences`, {
      method: 'PUT',
      token: other,
      body: { locale: 'fr', smsReminders: 'no' },
    });
    const defaults = await api(other).GET('/v1/me/preferences');
    const before = (await smsTo(OTHER_PHONE)).length;
    // Act
    const off = await api(other).PUT('/v1/me/preferences', { body: { locale: 'ur', smsReminders: false } });
    const run = await runReminders(addDays(today, 7));
    // Assess
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual(['/locale', '/smsReminders']);
    expect(defaults.data).toEqual({ locale: 'en', smsReminders: true });
    expect(off.data).toEqual({ locale: 'ur', smsReminders: false });
    // Seven days on, the other resident's visa is 7 days from expiry: due, but skipped.
    expect(run.body).toMatchObject({ due: 1, sent: 0, skipped: 1 });
    expect(await smsTo(OTHER_PHONE)).toHaveLength(before);
  });

  it('when the local clock passes 09:00 Riyadh time, the daily schedule runs the sweep for that day', async () => {
    // Prepare
    const now = new Date((await call(`${runtime.url}/local/clock`)).body.now as string);
    const nextNine = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 6));
    if (nextNine <= now) nextNine.setUTCDate(nextNine.getUTCDate() + 1);
    const sweepDay = nextNine.toISOString().slice(0, 10);
    const dayFile = join(dataDir, 'register-day-2.jsonl');
    writeFileSync(
      dayFile,
      JSON.stringify({
        iqamaNumber: '2000000006',
        holder: { kind: 'RESIDENT' },
        type: 'EXIT_REENTRY_VISA',
        number: 'E4440001',
        expiresOn: addDays(sweepDay, 14),
      }),
    );
    await importFile(dayFile);
    // Act
    const advanced = await call(`${runtime.url}/local/clock`, { body: { advanceDays: 1 } });
    // Assess
    expect(advanced.status).toBe(200);
    expect((await smsTo(SIGNED_IN_PHONE)).map((sms) => sms.message)).toContainEqual(
      expect.stringContaining(`your exit/re-entry visa expires in 14 days, on ${addDays(sweepDay, 14)}`),
    );
  });

  it('when a reminder run names no real date, it is refused', async () => {
    const response = await runReminders('2026-02-30');
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ pointer: '/date', code: 'invalid_date' })]);
  });
});
