import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, riyadhToday } from '../../functions/domain/shared/calendar-date.js';
import { apiClient, succeeded } from '../support/api-client.js';
import { postForm, samplePdf } from '../support/files.js';
import { call } from '../support/http-client.js';
import { importRegisterRecords } from '../support/local-command.js';
import { interrupt, type RunningRuntime, startRuntimeProcess } from '../support/local-runtime-process.js';

const EMPLOYER = '7001234567';
const OTHER_EMPLOYER = '7009876543';
/** Two employees of EMPLOYER, one of OTHER_EMPLOYER, and one who works for no establishment. */
const EMPLOYEE = '2000000006';
const COLLEAGUE = '2000000014';
const OTHERS_EMPLOYEE = '2000000022';
const UNEMPLOYED = '2000000030';
/** A valid iqama number that nobody holds. */
const NOBODY = '2000000048';

describe('establishments acting for their employees, end to end over HTTP', () => {
  let dataDir: string;
  let runtime: RunningRuntime;
  let today: string;
  let staff: string;
  let colleagueStaff: string;
  let otherStaff: string;
  /** The inquiry the establishment files for EMPLOYEE, followed until the transfer. */
  let filedReference = '';

  const token = async (claims: Record<string, unknown>) =>
    (await call(`${runtime.url}/local/tokens`, { body: claims })).body.token as string;
  const api = (as?: string) => apiClient(runtime.url, as);
  const importLines = (records: Record<string, unknown>[]) =>
    importRegisterRecords(
      runtime.url,
      dataDir,
      records.map((record) => ({ holder: { kind: 'RESIDENT' }, ...record })),
    );
  const employees = (as: string, query: Record<string, string> = {}) =>
    api(as).GET('/v1/establishment/employees', { params: { query } });
  const employee = (as: string, iqamaNumber: string) =>
    api(as).GET('/v1/establishment/employees/{iqamaNumber}', { params: { path: { iqamaNumber } } });
  const renewal = () => ({
    passportNumber: 'N7654321',
    issueDate: addDays(today, -1),
    expiryDate: addDays(today, 3650),
  });

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'tawasul-establishments-e2e-'));
    runtime = await startRuntimeProcess(dataDir);
    today = riyadhToday(new Date((await call(`${runtime.url}/local/clock`)).body.now as string));
    const report = await importLines([
      {
        iqamaNumber: EMPLOYEE,
        type: 'IQAMA',
        number: EMPLOYEE,
        expiresOn: addDays(today, 10),
        phone: '+966500000051',
        establishmentId: EMPLOYER,
      },
      {
        iqamaNumber: EMPLOYEE,
        type: 'PASSPORT',
        number: 'A1234567',
        issuedOn: '2018-01-10',
        expiresOn: addDays(today, 40),
      },
      {
        iqamaNumber: EMPLOYEE,
        holder: { kind: 'DEPENDENT', dependentId: 'dep-1', name: 'Sara', relation: 'DAUGHTER' },
        type: 'PASSPORT',
        number: 'B7654321',
        expiresOn: addDays(today, 2),
      },
      {
        iqamaNumber: COLLEAGUE,
        type: 'IQAMA',
        number: COLLEAGUE,
        expiresOn: addDays(today, -3),
        establishmentId: EMPLOYER,
      },
      {
        iqamaNumber: OTHERS_EMPLOYEE,
        type: 'WORK_VISA',
        number: 'W5550001',
        expiresOn: addDays(today, 1),
        establishmentId: OTHER_EMPLOYER,
      },
      { iqamaNumber: UNEMPLOYED, type: 'IQAMA', number: UNEMPLOYED, expiresOn: addDays(today, 4) },
      // An establishment employs the resident, not the family they hold.
      {
        iqamaNumber: UNEMPLOYED,
        holder: { kind: 'DEPENDENT', dependentId: 'dep-2', name: 'Omar', relation: 'SON' },
        type: 'PASSPORT',
        number: 'C1112223',
        expiresOn: addDays(today, 9),
        establishmentId: EMPLOYER,
      },
    ]);
    expect(report).toContain('7 lines — 6 created, 0 updated, 0 unchanged, 1 rejected, employer changed for 3');
    expect(report).toContain('line 7: establishmentId employer_of_dependent');
    const establishmentStaff = (sub: string, establishmentId: string) =>
      token({ role: 'establishment', sub, establishmentId, phone: '+966500000059', locale: 'en' });
    staff = await establishmentStaff('staff-1', EMPLOYER);
    colleagueStaff = await establishmentStaff('staff-2', EMPLOYER);
    otherStaff = await establishmentStaff('staff-3', OTHER_EMPLOYER);
  }, 120_000);

  afterAll(async () => {
    if (runtime) await interrupt(runtime);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('when an establishment lists its employees, it sees their own documents, the soonest expiry first, full iqama numbers and masked document numbers — no one else’s and no dependent’s', async () => {
    // Act
    const list = await succeeded(employees(staff));
    const theirs = await succeeded(employees(otherStaff));
    // Assess
    expect(
      list.items.map((row) => [row.iqamaNumber, row.document.type, row.document.number, row.document.status]),
    ).toEqual([
      [COLLEAGUE, 'IQAMA', '•••••••014', 'EXPIRED'],
      [EMPLOYEE, 'IQAMA', '•••••••006', 'EXPIRING'],
      [EMPLOYEE, 'PASSPORT', '•••••567', 'VALID'],
    ]);
    expect(list.items[1]?.document).toMatchObject({
      daysLeft: 10,
      expiresOn: addDays(today, 10),
      expiresOnHijri: expect.stringMatching(/^14\d\d-\d\d-\d\d$/),
    });
    expect(JSON.stringify(list)).not.toMatch(/A1234567|B7654321|Sara|\+966/);
    expect(theirs.items.map((row) => row.iqamaNumber)).toEqual([OTHERS_EMPLOYEE]);
  });

  it('when the list is filtered and paged, it keeps the order, and a cursor works only for the list it was given for', async () => {
    // Act
    const soon = await succeeded(employees(staff, { expiringWithinDays: '10' }));
    const passports = await succeeded(employees(staff, { documentType: 'PASSPORT' }));
    const pages: string[][] = [];
    let cursor: string | undefined;
    do {
      const page = await succeeded(employees(staff, { limit: '1', ...(cursor && { cursor }) }));
      pages.push(page.items.map((row) => `${row.iqamaNumber}:${row.document.type}`));
      cursor = page.nextCursor;
    } while (cursor && pages.length < 10);
    const first = await succeeded(employees(staff, { limit: '1' }));
    const borrowed = await employees(otherStaff, { limit: '1', cursor: first.nextCursor ?? '' });
    const tooFar = await employees(staff, { expiringWithinDays: '9999' });
    // Assess
    expect(soon.items.map((row) => row.document.daysLeft)).toEqual([-3, 10]);
    expect(passports.items.map((row) => row.iqamaNumber)).toEqual([EMPLOYEE]);
    expect(pages.flat()).toEqual([`${COLLEAGUE}:IQAMA`, `${EMPLOYEE}:IQAMA`, `${EMPLOYEE}:PASSPORT`]);
    expect(borrowed.response.status).toBe(400);
    expect(borrowed.error?.errors).toEqual([
      expect.objectContaining({ pointer: '/query/cursor', code: 'invalid_cursor' }),
    ]);
    expect(tooFar.response.status).toBe(400);
  });

  it('when an establishment reads one employee, it gets their own documents; anyone else is 404 alike, telling nothing', async () => {
    // Act
    const mine = await employee(staff, EMPLOYEE);
    const anothers = await employee(staff, OTHERS_EMPLOYEE);
    const unemployed = await employee(staff, UNEMPLOYED);
    const nobody = await employee(staff, NOBODY);
    const garbage = await employee(staff, '__proto__');
    // Assess
    expect(mine.response.status).toBe(200);
    expect(mine.data?.iqamaNumber).toBe(EMPLOYEE);
    expect(mine.data?.documents.map((document) => document.type)).toEqual(['IQAMA', 'PASSPORT']);
    const refusals = [anothers, unemployed, nobody, garbage];
    expect(refusals.map((answer) => answer.response.status)).toEqual([404, 404, 404, 404]);
    const bodies = refusals.map((answer) => JSON.stringify({ ...answer.error, instance: undefined }));
    expect(new Set(bodies).size).toBe(1);
    expect(anothers.error).toMatchObject({ type: 'urn:tawasul:problem:employee-not-found' });
  });

  it('when an establishment records an employee’s renewed passport, the same rules refuse a bad one, the employee sees the good one, and a retry is a replay', async () => {
    // Prepare
    const key = `renewal-${today}`;
    const put = (as: string, iqamaNumber: string, body: ReturnType<typeof renewal>, idempotencyKey?: string) =>
      api(as).PUT('/v1/establishment/employees/{iqamaNumber}/passport', {
        params: { path: { iqamaNumber }, header: idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {} },
        body,
      });
    const resident = await token({ role: 'resident', sub: 'employee', iqamaNumber: EMPLOYEE, phone: '+966500000051' });
    // Act
    const tooShort = await put(staff, EMPLOYEE, { ...renewal(), expiryDate: addDays(today, 90) });
    const forAnother = await put(staff, OTHERS_EMPLOYEE, renewal());
    const renewed = await put(colleagueStaff, EMPLOYEE, renewal(), key);
    const retried = await put(colleagueStaff, EMPLOYEE, renewal(), key);
    const ownView = await succeeded(api(resident).GET('/v1/me/documents'));
    // Assess
    expect(tooShort.response.status).toBe(400);
    expect(tooShort.error?.errors).toEqual([
      expect.objectContaining({
        pointer: '/expiryDate',
        code: 'passport_validity_too_short',
        detail: 'The passport must be valid for at least 6 more months.',
      }),
    ]);
    expect(forAnother.response.status).toBe(404);
    expect(renewed.response.status).toBe(200);
    expect(renewed.data).toMatchObject({ type: 'PASSPORT', number: '•••••321', expiresOn: addDays(today, 3650) });
    expect(retried.response.headers.get('idempotent-replayed')).toBe('true');
    expect(retried.data).toEqual(renewed.data);
    expect(ownView.items.filter((document) => document.holder.kind === 'RESIDENT').map((d) => d.number)).toEqual([
      '•••••••006',
      '•••••321',
    ]);
  });

  it('when the employee has recorded a passport valid for longer, the establishment’s shorter one is refused with 409 and theirs stays', async () => {
    // Prepare
    const resident = await token({ role: 'resident', sub: 'employee', iqamaNumber: EMPLOYEE, phone: '+966500000051' });
    await succeeded(
      api(resident).PUT('/v1/me/passport', {
        body: { passportNumber: 'R9999999', issueDate: addDays(today, -1), expiryDate: addDays(today, 3652) },
      }),
    );
    // Act
    const older = await api(staff).PUT('/v1/establishment/employees/{iqamaNumber}/passport', {
      params: { path: { iqamaNumber: EMPLOYEE } },
      body: { passportNumber: 'E1111111', issueDate: addDays(today, -1), expiryDate: addDays(today, 3000) },
    });
    const ownView = await succeeded(api(resident).GET('/v1/me/documents'));
    // Assess
    expect(older.response.status).toBe(409);
    expect(older.error).toMatchObject({
      type: 'urn:tawasul:problem:newer-passport-held',
      title: 'The employee holds a newer passport',
    });
    expect(
      ownView.items.find((document) => document.type === 'PASSPORT' && document.holder.kind === 'RESIDENT'),
    ).toMatchObject({
      number: '•••••999',
      expiresOn: addDays(today, 3652),
    });
  });

  it('when residents, reviewers or supervisors call the establishment routes, they are refused with 403; without a token, 401', async () => {
    // Prepare
    const resident = await token({ role: 'resident', iqamaNumber: EMPLOYEE, phone: '+966500000051' });
    const reviewer = await token({ role: 'reviewer', sections: ['RESIDENCY'] });
    const supervisor = await token({ role: 'supervisor' });
    // Act
    const answers = await Promise.all([
      employees(resident),
      employees(reviewer),
      employees(supervisor),
      employee(resident, EMPLOYEE),
      api(resident).PUT('/v1/establishment/employees/{iqamaNumber}/passport', {
        params: { path: { iqamaNumber: EMPLOYEE } },
        body: renewal(),
      }),
      api().GET('/v1/establishment/employees'),
    ]);
    // Assess
    expect(answers.map((answer) => answer.response.status)).toEqual([403, 403, 403, 403, 403, 401]);
  });

  it('when an establishment files an inquiry for an employee, it is reviewed like any, the employee has it in their own list, reviewer and employee see who filed it, and the SMS reach the employee and the staff member', async () => {
    // Prepare
    const resident = await token({ role: 'resident', sub: 'employee', iqamaNumber: EMPLOYEE, phone: '+966500000051' });
    const reviewer = await token({ role: 'reviewer', sections: ['RESIDENCY'] });
    const question = { category: 'IQAMA_LATE_RENEWAL' as const, description: 'تجديد إقامة العامل متأخر بسبب السفر' };
    const file = (as: string, iqamaNumber: string, idempotencyKey?: string) =>
      api(as).POST('/v1/establishment/inquiries', {
        params: { header: idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {} },
        body: { iqamaNumber, ...question },
      });
    const own = await succeeded(api(resident).POST('/v1/inquiries', { body: question }));
    // Act
    const filed = await file(staff, EMPLOYEE, `filing-${today}`);
    const retried = await file(staff, EMPLOYEE, `filing-${today}`);
    await call(`${runtime.url}/local/clock`, { body: { advanceDays: 0 } });
    filedReference = filed.data?.reference ?? '';
    const theirList = await succeeded(api(resident).GET('/v1/inquiries', { params: { query: {} } }));
    const theirView = await succeeded(
      api(resident).GET('/v1/inquiries/{reference}', { params: { path: { reference: filedReference } } }),
    );
    const reviewersView = await succeeded(
      api(reviewer).GET('/v1/review/inquiries/{reference}', { params: { path: { reference: filedReference } } }),
    );
    const sms = async (phone: string) =>
      ((await call(`${runtime.url}/local/sms?phone=${encodeURIComponent(phone)}`)).body.items as { message: string }[])
        .map((item) => item.message)
        .filter((message) => message.includes(filedReference));
    // Assess
    expect(filed.response.status).toBe(201);
    expect(filed.response.headers.get('location')).toBe(`/v1/establishment/inquiries/${filedReference}`);
    expect(filed.data).toMatchObject({
      iqamaNumber: EMPLOYEE,
      submittedBy: { kind: 'ESTABLISHMENT', establishmentId: EMPLOYER },
      timeline: [expect.objectContaining({ actor: 'establishment', status: 'SUBMITTED' })],
    });
    expect(retried.response.headers.get('idempotent-replayed')).toBe('true');
    expect(retried.data?.reference).toBe(filedReference);
    expect(theirList.items.map((item) => item.reference)).toEqual([filedReference, own.reference]);
    expect(theirList.items[0]?.submittedBy).toEqual({ kind: 'ESTABLISHMENT', establishmentId: EMPLOYER });
    expect(theirList.items[1]?.submittedBy).toBeUndefined();
    expect(theirView.status).toBe('UNDER_REVIEW');
    expect(reviewersView.submittedBy).toEqual({ kind: 'ESTABLISHMENT', establishmentId: EMPLOYER });
    expect(await sms('+966500000051')).toHaveLength(1);
    const staffCopy = await sms('+966500000059');
    expect(staffCopy).toHaveLength(1);
    expect(staffCopy[0]).toMatch(/^Tawasul/);
    expect(JSON.stringify(theirView)).not.toMatch(/staff-1|\+966500000059/);
  });

  it('when establishments read what was filed, its staff share the view; another establishment, an employee’s own inquiry, a non-employee or a bad number get 404 or 400, and other roles 403', async () => {
    // Prepare
    const resident = await token({ role: 'resident', sub: 'employee', iqamaNumber: EMPLOYEE, phone: '+966500000051' });
    const own = await succeeded(api(resident).GET('/v1/inquiries', { params: { query: {} } }));
    const ownReference = own.items.find((item) => !item.submittedBy)?.reference ?? '';
    const read = (as: string, reference: string) =>
      api(as).GET('/v1/establishment/inquiries/{reference}', { params: { path: { reference } } });
    const file = (as: string, iqamaNumber: string) =>
      api(as).POST('/v1/establishment/inquiries', {
        body: { iqamaNumber, category: 'GENERAL_INQUIRY', description: 'A question for someone else.' },
      });
    // Act
    const colleaguesList = await succeeded(
      api(colleagueStaff).GET('/v1/establishment/inquiries', { params: { query: {} } }),
    );
    const othersList = await succeeded(api(otherStaff).GET('/v1/establishment/inquiries', { params: { query: {} } }));
    const colleagues = await read(colleagueStaff, filedReference);
    const refusals = [
      await read(otherStaff, filedReference),
      await read(staff, ownReference),
      await file(staff, OTHERS_EMPLOYEE),
      await file(staff, UNEMPLOYED),
      await file(staff, NOBODY),
    ];
    const badNumber = await file(staff, '__proto__');
    const byResident = await file(resident, EMPLOYEE);
    // Assess
    expect(colleaguesList.items.map((item) => [item.reference, item.iqamaNumber])).toEqual([
      [filedReference, EMPLOYEE],
    ]);
    expect(othersList.items).toEqual([]);
    expect(colleagues.data?.reference).toBe(filedReference);
    expect(refusals.map((answer) => answer.response.status)).toEqual([404, 404, 404, 404, 404]);
    expect(refusals.slice(2).map((answer) => answer.error?.type)).toEqual(
      Array(3).fill('urn:tawasul:problem:employee-not-found'),
    );
    expect(badNumber.response.status).toBe(400);
    expect(byResident.response.status).toBe(403);
  });

  it('when the establishment attaches a document to an inquiry it filed, it is verified like the employee’s own and the employee sees it; no other establishment, and not on the employee’s own inquiry', async () => {
    // Prepare
    const resident = await token({ role: 'resident', sub: 'employee', iqamaNumber: EMPLOYEE, phone: '+966500000051' });
    const own = await succeeded(api(resident).GET('/v1/inquiries', { params: { query: {} } }));
    const ownReference = own.items.find((item) => !item.submittedBy)?.reference ?? '';
    const file = samplePdf();
    const ask = (as: string, reference: string) =>
      api(as).POST('/v1/establishment/inquiries/{reference}/attachments', {
        params: { path: { reference } },
        body: { fileName: 'sponsor-letter.pdf', contentType: 'application/pdf', size: file.length },
      });
    // Act
    const asked = await succeeded(ask(staff, filedReference));
    const posted = await postForm(asked.upload ?? { url: '', fields: {} }, file);
    let seen: { attachmentId: string; status: string }[] = [];
    for (let attempt = 0; attempt < 80 && seen[0]?.status !== 'VERIFIED'; attempt++) {
      await setTimeout(250);
      seen = (
        await succeeded(
          api(resident).GET('/v1/inquiries/{reference}/attachments', {
            params: { path: { reference: filedReference } },
          }),
        )
      ).items;
    }
    const byOther = await ask(otherStaff, filedReference);
    const onOwn = await ask(staff, ownReference);
    // Assess
    expect(posted.ok).toBe(true);
    expect(seen).toEqual([expect.objectContaining({ attachmentId: asked.attachmentId, status: 'VERIFIED' })]);
    expect([byOther.response.status, onOwn.response.status]).toEqual([404, 404]);
    expect(byOther.error?.type).toBe('urn:tawasul:problem:inquiry-not-found');
  });

  it('when the reviewer asks for more, the establishment that filed the inquiry may answer: the review goes on, the timeline says who answered, and a second answer is refused', async () => {
    // Prepare
    const reviewer = await token({ role: 'reviewer', sections: ['RESIDENCY'] });
    const reply = (as: string) =>
      api(as).POST('/v1/establishment/inquiries/{reference}/replies', {
        params: { path: { reference: filedReference } },
        body: { message: 'أرفقنا خطاب الكفيل المطلوب.' },
      });
    const tooEarly = await reply(staff);
    await succeeded(
      api(reviewer).POST('/v1/review/inquiries/{reference}/decision', {
        params: { path: { reference: filedReference } },
        body: {
          decision: 'REQUEST_INFO',
          note: 'Please attach the sponsor letter.',
          requestedDocuments: ['Sponsor letter'],
        },
      }),
    );
    await call(`${runtime.url}/local/clock`, { body: { advanceDays: 0 } });
    // Act
    const byOtherEstablishment = await reply(otherStaff);
    const answered = await reply(colleagueStaff);
    const again = await reply(staff);
    // Assess
    expect(tooEarly.response.status).toBe(409);
    expect(byOtherEstablishment.response.status).toBe(404);
    expect(answered.response.status).toBe(200);
    expect(answered.data?.status).toBe('UNDER_REVIEW');
    expect(answered.data?.timeline.at(-1)).toMatchObject({ actor: 'establishment', status: 'UNDER_REVIEW' });
    expect(again.response.status).toBe(409);
    expect(again.error?.type).toBe('urn:tawasul:problem:transition-not-allowed');
  });

  it('when the day is swept, the establishment staff member who signed in last gets one digest of the documents due, and a second sweep sends none', async () => {
    // Prepare: a staff member signs in with a phone of their own; their call makes them the contact.
    const digestPhone = '+966500000058';
    const lastSignedIn = await token({
      role: 'establishment',
      sub: 'staff-4',
      establishmentId: EMPLOYER,
      phone: digestPhone,
      locale: 'ar',
    });
    const due = await succeeded(employees(lastSignedIn, { expiringWithinDays: '30' }));
    const expired = due.items.filter((row) => row.document.daysLeft < 0).length;
    const expiring = due.items.length - expired;
    const sweep = async () => call(`${runtime.url}/local/reminders/run`, { body: { date: today } });
    // Act
    const first = await sweep();
    const again = await sweep();
    // Assess
    expect(expiring).toBeGreaterThan(0);
    expect(expired).toBeGreaterThan(0);
    expect(first.body.digests).toMatchObject({ sent: expect.any(Number), failedBatches: 0 });
    expect(first.body.digests.sent).toBeGreaterThanOrEqual(1);
    expect(again.body.digests).toMatchObject({ sent: 0, alreadyHandled: first.body.digests.due });
    const outbox = (await call(`${runtime.url}/local/sms?phone=${encodeURIComponent(digestPhone)}`)).body.items as {
      message: string;
      parts: number;
    }[];
    expect(outbox).toEqual([
      expect.objectContaining({
        message: `وثائق موظفيك: تنتهي خلال 30 يومًا ${expiring}، ومنتهية ${expired}، جددها الآن`,
        parts: 1,
      }),
    ]);
  });

  it('when a later import names another establishment, the former one loses the employee at once and the new one has them', async () => {
    // Act
    const report = await importLines([
      {
        iqamaNumber: EMPLOYEE,
        type: 'IQAMA',
        number: EMPLOYEE,
        expiresOn: addDays(today, 10),
        establishmentId: OTHER_EMPLOYER,
      },
    ]);
    const former = await employee(staff, EMPLOYEE);
    const formerList = await succeeded(employees(staff));
    const formerPassport = await api(staff).PUT('/v1/establishment/employees/{iqamaNumber}/passport', {
      params: { path: { iqamaNumber: EMPLOYEE } },
      body: renewal(),
    });
    const current = await succeeded(employee(otherStaff, EMPLOYEE));
    const currentList = await succeeded(employees(otherStaff));
    const formerFiling = await api(staff).GET('/v1/establishment/inquiries/{reference}', {
      params: { path: { reference: filedReference } },
    });
    const formerFilings = await succeeded(api(staff).GET('/v1/establishment/inquiries', { params: { query: {} } }));
    const resident = await token({ role: 'resident', sub: 'employee', iqamaNumber: EMPLOYEE, phone: '+966500000051' });
    const stillTheirs = await api(resident).GET('/v1/inquiries/{reference}', {
      params: { path: { reference: filedReference } },
    });
    // Assess
    expect(formerFiling.response.status).toBe(404);
    expect(formerFilings.items).toEqual([]);
    expect(stillTheirs.response.status).toBe(200);
    expect(report).toContain('1 lines — 0 created, 0 updated, 1 unchanged, 0 rejected, employer changed for 1');
    expect(former.response.status).toBe(404);
    expect(formerPassport.response.status).toBe(404);
    expect(formerList.items.map((row) => row.iqamaNumber)).toEqual([COLLEAGUE]);
    expect(current.documents.map((document) => document.type)).toEqual(['IQAMA', 'PASSPORT']);
    expect(currentList.items.map((row) => `${row.iqamaNumber}:${row.document.type}`)).toEqual([
      `${OTHERS_EMPLOYEE}:WORK_VISA`,
      `${EMPLOYEE}:IQAMA`,
      `${EMPLOYEE}:PASSPORT`,
    ]);
  });

  it('when a later import ends a sponsorship (`"establishmentId": null`), the establishment no longer has the resident', async () => {
    // Act
    const report = await importLines([
      {
        iqamaNumber: COLLEAGUE,
        type: 'IQAMA',
        number: COLLEAGUE,
        expiresOn: addDays(today, -3),
        establishmentId: null,
      },
    ]);
    const former = await employee(staff, COLLEAGUE);
    const list = await succeeded(employees(staff));
    // Assess
    expect(report).toContain('1 lines — 0 created, 0 updated, 1 unchanged, 0 rejected, employer changed for 1');
    expect(former.response.status).toBe(404);
    expect(list.items).toEqual([]);
  });
});
