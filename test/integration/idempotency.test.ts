import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { DynamoDbAttachmentRepository } from '../../functions/adapters/attachments/dynamodb-attachment-repository.js';
import { DynamoDbInquiryRepository } from '../../functions/adapters/inquiries/dynamodb-inquiry-repository.js';
import { DynamoDbDocumentRegister } from '../../functions/adapters/residents/dynamodb-document-register.js';
import { DynamoDbIdempotencyClaims } from '../../functions/adapters/shared/dynamodb-idempotency-claims.js';
import { ATTACHMENT_LIMITS } from '../../functions/domain/attachments/attachment.js';
import { WorkingCalendar } from '../../functions/domain/shared/working-calendar.js';
import { createHandler as createRequestUpload } from '../../functions/handlers/attachments/request-upload.js';
import { createPutHandler as createPreferences } from '../../functions/handlers/residents/preferences-handlers.js';
import { createHandler as createPassport } from '../../functions/handlers/residents/update-passport.js';
import { createHandler as createDecide } from '../../functions/handlers/review/decide-inquiry.js';
import { bodyOf, jsonEvent, lambdaContext, RESIDENT_CLAIMS, REVIEWER_CLAIMS } from '../support/api-events.js';
import { aDocument } from '../support/documents.js';
import { RecordingStore } from '../support/in-memory-attachments.js';
import { anInquiry } from '../support/inquiries.js';
import { freshTables } from '../support/local-tables.js';
import { RecordingWorkflow } from '../support/recording-workflow.js';

/** 09:00 in Riyadh on 2026-11-25. */
const now = new Date('2026-11-25T06:00:00Z');
const clock = () => now;
const residentId = RESIDENT_CLAIMS.sub;
const iqamaNumber = RESIDENT_CLAIMS['custom:iqamaNumber'];

const keyed = (
  body: unknown,
  key: string,
  options: { claims?: Record<string, string>; reference?: string; method?: string } = {},
) =>
  jsonEvent(body, {
    method: options.method ?? 'POST',
    claims: options.claims ?? RESIDENT_CLAIMS,
    headers: { 'Idempotency-Key': key },
    ...(options.reference && { pathParameters: { reference: options.reference } }),
  });

const fiveAtOnce = <T>(call: () => Promise<T>) => Promise.all(Array.from({ length: 5 }, call));

describe('Idempotency-Key against DynamoDB Local', () => {
  let client: DynamoDBDocumentClient;
  let tables: { inquiries: string; residents: string };
  let inquiries: DynamoDbInquiryRepository;
  let attachments: DynamoDbAttachmentRepository;
  let register: DynamoDbDocumentRegister;

  beforeAll(async () => {
    const fresh = await freshTables(['inquiries', 'residents']);
    client = fresh.documentClient;
    tables = fresh.names;
    inquiries = new DynamoDbInquiryRepository(client, tables.inquiries);
    attachments = new DynamoDbAttachmentRepository(client, tables.inquiries);
    register = new DynamoDbDocumentRegister(client, tables.residents);
  });

  const inquiryDeps = () => ({
    inquiries,
    attachments,
    claims: new DynamoDbIdempotencyClaims(client, tables.inquiries),
    clock,
    calendar: new WorkingCalendar(),
  });
  const documentDeps = () => ({ register, claims: new DynamoDbIdempotencyClaims(client, tables.residents), clock });

  it('when five identical upload requests arrive at once with one key, one attachment is reserved and all five name it', async () => {
    // Prepare
    const inquiry = anInquiry({ residentId });
    await inquiries.create(inquiry);
    const handler = createRequestUpload({ ...inquiryDeps(), forms: new RecordingStore() });
    const body = { fileName: 'passport.pdf', contentType: 'application/pdf', size: 48213 };
    // Act
    const results = await fiveAtOnce(() =>
      handler(keyed(body, 'upload-once', { reference: inquiry.reference }), lambdaContext),
    );
    // Assess
    const stored = await attachments.list(inquiry.reference);
    expect(stored).toHaveLength(1);
    expect(results.map((result) => result.statusCode)).toEqual([201, 201, 201, 201, 201]);
    expect(results.map((result) => bodyOf(result).attachmentId)).toEqual(Array(5).fill(stored[0]!.attachmentId));
    expect(results.filter((result) => result.headers?.['idempotent-replayed'] === 'true')).toHaveLength(4);
  });

  it('when the inquiry is full, a retry of the request that took the last place is replayed, not refused', async () => {
    // Prepare
    const inquiry = anInquiry({ residentId });
    await inquiries.create(inquiry);
    const handler = createRequestUpload({ ...inquiryDeps(), forms: new RecordingStore() });
    const request = (n: number) =>
      handler(
        keyed({ fileName: `page-${n}.pdf`, contentType: 'application/pdf', size: 1000 + n }, `page-${n}`, {
          reference: inquiry.reference,
        }),
        lambdaContext,
      );
    for (let n = 1; n <= ATTACHMENT_LIMITS.perInquiry; n++) await request(n);
    // Act
    const retry = await request(ATTACHMENT_LIMITS.perInquiry);
    const eleventh = await request(ATTACHMENT_LIMITS.perInquiry + 1);
    // Assess
    expect(retry.statusCode).toBe(201);
    expect(retry.headers?.['idempotent-replayed']).toBe('true');
    expect(eleventh.statusCode).toBe(409);
    expect(await attachments.list(inquiry.reference)).toHaveLength(ATTACHMENT_LIMITS.perInquiry);
  });

  it('when five identical decisions arrive at once with one key, the inquiry changes once and its workflow is resumed once', async () => {
    // Prepare
    const inquiry = anInquiry({ residentId, status: 'UNDER_REVIEW', revision: 1 });
    await inquiries.create(inquiry);
    await inquiries.recordTaskToken(inquiry.reference, 'UNDER_REVIEW', 'token-1');
    const workflow = new RecordingWorkflow();
    const handler = createDecide({ ...inquiryDeps(), workflow });
    const decision = { decision: 'REQUEST_INFO', note: 'Please send a copy of your passport.' };
    // Act
    const results = await fiveAtOnce(() =>
      handler(keyed(decision, 'decide-once', { claims: REVIEWER_CLAIMS, reference: inquiry.reference }), lambdaContext),
    );
    // Assess
    const stored = (await inquiries.findByReference(inquiry.reference))!;
    expect(stored).toMatchObject({ status: 'NEEDS_INFO', revision: 2 });
    expect(stored.timeline.filter((entry) => entry.status === 'NEEDS_INFO')).toHaveLength(1);
    expect(results.map((result) => result.statusCode)).toEqual([200, 200, 200, 200, 200]);
    expect(results.filter((result) => result.headers?.['idempotent-replayed'] === 'true')).toHaveLength(4);
    expect(workflow.resumed.map((resumed) => resumed.taskToken)).toEqual(['token-1']);
  });

  it('when five identical preference updates arrive at once with one key, the profile changes once', async () => {
    // Prepare: the sign-in is kept already, so the middleware writes nothing beside the route
    await register.updateProfile(iqamaNumber, {
      phone: RESIDENT_CLAIMS.phone_number,
      signedInLocale: 'en',
      contactSource: 'TOKEN',
    });
    const handler = createPreferences(documentDeps());
    const preferences = { locale: 'ur', smsReminders: false };
    // Act
    const results = await fiveAtOnce(() => handler(keyed(preferences, 'prefs-once', { method: 'PUT' }), lambdaContext));
    // Assess
    const { Item: profile } = await client.send(
      new GetCommand({
        TableName: tables.residents,
        Key: { pk: `RESIDENT#${iqamaNumber}`, sk: 'PROFILE' },
        ConsistentRead: true,
      }),
    );
    // One version for the sign-in, one for the preferences: not five.
    expect(profile).toMatchObject({ preferredLocale: 'ur', smsReminders: false, contactVersion: 2 });
    expect(results.map((result) => bodyOf(result))).toEqual(Array(5).fill(preferences));
    expect(results.filter((result) => result.headers?.['idempotent-replayed'] === 'true')).toHaveLength(4);
  });

  it('when a keyed preference update stops after its change and before the copies onto the documents, its replayed retry finishes the copies', async () => {
    // Prepare: a resident with a document; the first call's function stops at the first copy onto a document
    const claims = { ...RESIDENT_CLAIMS, sub: 'stopped-midway', 'custom:iqamaNumber': '2000000022' };
    await register.upsert(aDocument({ iqamaNumber: '2000000022', number: '2000000022' }));
    await register.updateProfile('2000000022', {
      phone: RESIDENT_CLAIMS.phone_number,
      signedInLocale: 'en',
      contactSource: 'TOKEN',
    });
    const stopsAtFirstCopy = {
      send: (command: { input: { Key?: { sk?: string } } }) =>
        command instanceof UpdateCommand && String(command.input.Key?.sk).startsWith('DOCUMENT#')
          ? Promise.reject(new Error('Task timed out'))
          : client.send(command as never),
    } as unknown as DynamoDBDocumentClient;
    const stopped = createPreferences({
      ...documentDeps(),
      register: new DynamoDbDocumentRegister(stopsAtFirstCopy, tables.residents),
    });
    const optOut = { locale: 'ur', smsReminders: false };
    // Act
    const first = await stopped(keyed(optOut, 'opt-out', { method: 'PUT', claims }), lambdaContext);
    const retry = await createPreferences(documentDeps())(
      keyed(optOut, 'opt-out', { method: 'PUT', claims }),
      lambdaContext,
    );
    // Assess
    expect([first.statusCode, retry.statusCode, retry.headers?.['idempotent-replayed']]).toEqual([500, 200, 'true']);
    expect(bodyOf(retry)).toEqual(optOut);
    expect((await register.documentsOf('2000000022')).map((document) => document.contact)).toEqual([
      { phone: RESIDENT_CLAIMS.phone_number, locale: 'ur', smsReminders: false },
    ]);
  });

  it('when a passport is recorded with a key, a retry is replayed, one identical under a new key changes nothing, a key reused for another passport is refused, and a renewal under its own key is stored', async () => {
    // Prepare
    const handler = createPassport(documentDeps());
    const passport = { passportNumber: 'A1234567', issueDate: '2026-11-01', expiryDate: '2036-10-31' };
    const put = (body: unknown, key: string) =>
      handler(
        keyed(body, key, {
          method: 'PUT',
          claims: { ...RESIDENT_CLAIMS, sub: 'passport-holder', 'custom:iqamaNumber': '2000000014' },
        }),
        lambdaContext,
      );
    // Act
    const first = await put(passport, 'passport-1');
    const retry = await put(passport, 'passport-1');
    const sameUnderNewKey = await put(passport, 'passport-2');
    const reused = await put({ ...passport, passportNumber: 'B7654321' }, 'passport-2');
    const afterRefusal = await register.documentsOf('2000000014');
    const renewal = await put({ ...passport, passportNumber: 'B7654321' }, 'passport-3');
    // Assess
    expect([
      first.statusCode,
      retry.statusCode,
      sameUnderNewKey.statusCode,
      reused.statusCode,
      renewal.statusCode,
    ]).toEqual([200, 200, 200, 422, 200]);
    expect(retry.headers?.['idempotent-replayed']).toBe('true');
    expect(sameUnderNewKey.headers?.['idempotent-replayed']).toBeUndefined();
    expect(bodyOf(retry)).toEqual(bodyOf(first));
    expect(afterRefusal.map((document) => document.number)).toEqual(['A1234567']);
    expect((await register.documentsOf('2000000014')).map((document) => document.number)).toEqual(['B7654321']);
  });
});
