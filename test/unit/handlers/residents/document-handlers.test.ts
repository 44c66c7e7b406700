import { describe, expect, it } from 'vitest';
import type { ObjectCreatedEvent } from '../../../../functions/adapters/shared/s3-object-created.js';
import type { ImportReport } from '../../../../functions/domain/residents/import-report.js';
import { createHandler as createImport } from '../../../../functions/handlers/residents/import-register.js';
import { createHandler as createList } from '../../../../functions/handlers/residents/list-documents.js';
import { createGetHandler, createPutHandler } from '../../../../functions/handlers/residents/preferences-handlers.js';
import { createHandler as createPassport } from '../../../../functions/handlers/residents/update-passport.js';
import {
  apiEvent,
  bodyOf,
  jsonEvent,
  lambdaContext,
  OTHER_RESIDENT_CLAIMS,
  REVIEWER_CLAIMS,
} from '../../../support/api-events.js';
import { aDocument } from '../../../support/documents.js';
import { InMemoryDocumentRegister } from '../../../support/in-memory-reminders.js';

const clock = () => new Date('2026-11-25T06:00:00Z');
const withClaims = (register: InMemoryDocumentRegister) => ({ register, claims: register.claims, clock });

describe('document handlers', () => {
  it('when a resident lists documents, numbers are masked, Hijri dates added, and another resident’s are never included', async () => {
    // Prepare
    const register = new InMemoryDocumentRegister().holding(
      aDocument({ number: '2000000006', expiresOn: '2026-12-25' }),
      aDocument({ iqamaNumber: '2000000014', number: '2000000014' }),
    );
    // Act
    const result = await createList({ register, clock })(apiEvent({}), lambdaContext);
    // Assess
    expect(result.statusCode).toBe(200);
    expect(bodyOf(result).items).toEqual([
      expect.objectContaining({
        type: 'IQAMA',
        number: '•••••••006',
        expiresOn: '2026-12-25',
        expiresOnHijri: '1448-07-16',
        daysLeft: 30,
        status: 'EXPIRING',
        holder: { kind: 'RESIDENT' },
      }),
    ]);
    expect(result.body).not.toContain('2000000014');
  });

  it('when the caller is not signed in, or is a reviewer, the resident routes answer 401 and 403', async () => {
    const register = new InMemoryDocumentRegister();
    expect((await createList({ register, clock })(apiEvent({ claims: null }), lambdaContext)).statusCode).toBe(401);
    expect(
      (await createGetHandler({ register, clock })(apiEvent({ claims: REVIEWER_CLAIMS }), lambdaContext)).statusCode,
    ).toBe(403);
    expect(register.savedProfiles).toEqual([]);
  });

  it('when a passport body has unknown fields, wrong types or impossible dates, each is named', async () => {
    // Act
    const result = await createPassport(withClaims(new InMemoryDocumentRegister()))(
      jsonEvent(
        { passportNumber: 12345678, issueDate: '2026-02-30', expiryDate: '30/11/2036', extra: true },
        { method: 'PUT' },
      ),
      lambdaContext,
    );
    // Assess
    expect(result.statusCode).toBe(400);
    expect(
      bodyOf(result)
        .errors.map((e: { pointer: string; code: string }) => `${e.pointer} ${e.code}`)
        .sort(),
    ).toEqual([
      '/expiryDate invalid_date',
      '/extra unknown_field',
      '/issueDate invalid_date',
      '/passportNumber invalid_type',
    ]);
  });

  it('when a resident updates preferences, both are required and the answer is what reminders will use', async () => {
    // Prepare
    const register = new InMemoryDocumentRegister();
    // Act
    const missing = await createPutHandler(withClaims(register))(
      jsonEvent({ locale: 'ar' }, { method: 'PUT', claims: OTHER_RESIDENT_CLAIMS }),
      lambdaContext,
    );
    const saved = await createPutHandler(withClaims(register))(
      jsonEvent({ locale: 'bn', smsReminders: false }, { method: 'PUT', claims: OTHER_RESIDENT_CLAIMS }),
      lambdaContext,
    );
    // Assess
    expect(bodyOf(missing).errors).toEqual([expect.objectContaining({ pointer: '/smsReminders', code: 'required' })]);
    expect(bodyOf(saved)).toEqual({ locale: 'bn', smsReminders: false });
    expect(register.profiles.get('2000000014')).toMatchObject({
      preferredLocale: 'bn',
      smsReminders: false,
      phone: '+966500000001',
      contactSource: 'TOKEN',
    });
  });
});

describe('register import handler', () => {
  const event = (key: string): ObjectCreatedEvent =>
    ({
      id: 'event-1',
      detail: { bucket: { name: 'register' }, object: { key, etag: 'e' } },
    }) as unknown as ObjectCreatedEvent;

  it('when a file lands under imports/, its lines are imported and the report is written beside it; anything else is left alone', async () => {
    // Prepare
    const register = new InMemoryDocumentRegister();
    const reports: { key: string; report: ImportReport }[] = [];
    const files = {
      lines: async function* () {
        yield JSON.stringify({
          iqamaNumber: '2000000006',
          holder: { kind: 'RESIDENT' },
          type: 'IQAMA',
          number: '2000000006',
          expiresOn: '2027-01-01',
        });
        yield '{';
      },
      writeReport: async (key: string, report: ImportReport) => {
        reports.push({ key, report });
        return `import-reports/${key}`;
      },
    };
    const handler = createImport({ register, files });
    // Act
    const imported = await handler(event('imports/2026-11-25.jsonl'));
    const ignored = await handler(event('import-reports/2026-11-25.jsonl.report.json'));
    // Assess
    expect(imported).toEqual({ reportKey: 'import-reports/imports/2026-11-25.jsonl', lines: 2, rejected: 1 });
    expect(ignored).toEqual({ skipped: true });
    expect(reports).toEqual([
      {
        key: 'imports/2026-11-25.jsonl',
        report: {
          lines: 2,
          created: 1,
          updated: 0,
          unchanged: 0,
          keptNewer: 0,
          employersChanged: 0,
          rejected: [{ line: 2, errors: [{ field: '', code: 'malformed_json' }] }],
        },
      },
    ]);
    expect(register.upserted).toHaveLength(1);
  });
});
