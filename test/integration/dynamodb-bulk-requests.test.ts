import { describe, expect, it } from 'vitest';
import { DynamoDbBulkRequests } from '../../functions/adapters/establishments/dynamodb-bulk-requests.js';
import type { BulkChunk, BulkRequest } from '../../functions/domain/establishments/bulk-request.js';
import { IdempotencyClaimTaken } from '../../functions/domain/shared/errors.js';
import type { IdempotencyClaim } from '../../functions/domain/shared/idempotency.js';
import { freshTables } from '../support/local-tables.js';

const EMPLOYER = '7001234567';
const now = new Date('2026-11-25T06:00:00Z');

const aBulkRequest = (bulkRequestId: string): BulkRequest => ({
  bulkRequestId,
  establishmentId: EMPLOYER,
  kind: 'PASSPORT_UPDATES',
  fileName: 'employees.csv',
  contentType: 'text/csv',
  size: 100,
  status: 'PENDING',
  requestedBy: { staffId: 'staff-1', phone: '+966500000059', locale: 'ar' },
  createdAt: now.toISOString(),
  uploadExpiresAt: new Date(now.getTime() + 900_000).toISOString(),
  chunksDone: 0,
  processed: 0,
  succeeded: 0,
  failed: 0,
  repeated: 0,
});
const aClaim = (key: string): IdempotencyClaim => ({
  owner: 'staff-1',
  operation: 'RequestBulkUpload',
  key,
  fingerprint: 'f',
  result: 'r',
  claimedAt: now,
  expiresAt: new Date(now.getTime() + 86_400_000),
});
/** A chunk of `lines` results, each padded so that a few chunks outgrow one Query page (1 MB). */
const aChunk = (index: number, lines: number): BulkChunk => ({
  index,
  errors: [{ line: index * 1000 + 1, issues: [{ pointer: '/iqamaNumber', code: 'not_an_employee' }] }],
  results: Array.from({ length: lines }, (_, n) => ({
    line: index * 1000 + n + 2,
    iqamaNumber: '2000000006',
    reference: `TW-${'X'.repeat(1000)}`,
    repeated: n % 2 === 0,
  })),
});

const freshStore = async () => {
  const { names, documentClient } = await freshTables(['residents']);
  return new DynamoDbBulkRequests(documentClient, names.residents);
};

describe("establishments' bulk requests in DynamoDB Local", { timeout: 120_000 }, () => {
  it('when a request is created with a claim, it is read back as stored; a second request with the same claim is refused', async () => {
    // Prepare
    const store = await freshStore();
    const request = aBulkRequest('00000000-0000-4000-8000-000000000001');
    // Act
    await store.create(request, aClaim('k1'));
    const again = await store
      .create(aBulkRequest('00000000-0000-4000-8000-000000000002'), aClaim('k1'))
      .catch((error) => error);
    // Assess
    expect(again).toBeInstanceOf(IdempotencyClaimTaken);
    expect(await store.find(EMPLOYER, request.bulkRequestId)).toEqual(request);
    expect(await store.find('7009876543', request.bulkRequestId)).toBeUndefined();
    expect(await store.find(EMPLOYER, '00000000-0000-4000-8000-000000000002')).toBeUndefined();
  });

  it('when a request is started twice, only the first start counts; a chunk recorded twice is counted once, and one out of turn not at all', async () => {
    // Prepare
    const store = await freshStore();
    const request = aBulkRequest('00000000-0000-4000-8000-000000000003');
    await store.create(request);
    // Act
    const started = await store.start(request, { fileVersion: 'v1', lines: 20, at: now.toISOString() });
    const startedAgain = await store.start(request, { fileVersion: 'v2', lines: 99, at: now.toISOString() });
    const recorded = await store.recordChunk(request, aChunk(0, 3));
    const recordedAgain = await store.recordChunk(request, aChunk(0, 3));
    const outOfTurn = await store.recordChunk(request, aChunk(2, 3));
    // Assess
    expect([started.started, startedAgain.started, recorded, recordedAgain, outOfTurn]).toEqual([
      true,
      false,
      true,
      false,
      false,
    ]);
    expect(await store.find(EMPLOYER, request.bulkRequestId)).toMatchObject({
      status: 'PROCESSING',
      fileVersion: 'v1',
      lines: 20,
      chunksDone: 1,
      processed: 4,
      succeeded: 3,
      failed: 1,
      repeated: 2,
    });
  });

  it('when a request is finished, a later rejection does not change it; a pending one can be rejected', async () => {
    // Prepare
    const store = await freshStore();
    const done = aBulkRequest('00000000-0000-4000-8000-000000000004');
    const refused = aBulkRequest('00000000-0000-4000-8000-000000000005');
    await store.create(done);
    await store.create(refused);
    await store.start(done, { lines: 1, at: now.toISOString() });
    // Act
    await store.finish(done, now.toISOString());
    await store.reject(done, { code: 'not_utf8' }, now.toISOString());
    await store.reject(refused, { code: 'unknown_column', column: 'x' }, now.toISOString());
    // Assess
    expect(await store.find(EMPLOYER, done.bulkRequestId)).toMatchObject({ status: 'DONE' });
    expect(await store.find(EMPLOYER, done.bulkRequestId)).not.toHaveProperty('rejection');
    expect(await store.find(EMPLOYER, refused.bulkRequestId)).toMatchObject({
      status: 'REJECTED',
      rejection: { code: 'unknown_column', column: 'x' },
    });
  });

  it('when a report outgrows one Query page, every chunk is read, in order, and no other request’s', async () => {
    // Prepare
    const store = await freshStore();
    const request = aBulkRequest('00000000-0000-4000-8000-000000000006');
    const neighbour = aBulkRequest('00000000-0000-4000-8000-000000000007');
    for (const r of [request, neighbour]) {
      await store.create(r);
      await store.start(r, { lines: 10_000, at: now.toISOString() });
    }
    for (let index = 0; index < 5; index++) await store.recordChunk(request, aChunk(index, 250));
    await store.recordChunk(neighbour, aChunk(0, 1));
    // Act
    const report = await store.report(EMPLOYER, request.bulkRequestId);
    // Assess
    expect(report?.results).toHaveLength(5 * 250);
    expect(report?.errors.map((error) => error.line)).toEqual([1, 1001, 2001, 3001, 4001]);
    const lines = report?.results.map((result) => result.line) ?? [];
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    expect(await store.report(EMPLOYER, '00000000-0000-4000-8000-000000000008')).toBeUndefined();
  });

  it('when two requests of the establishment start with the very same file, the second is told which request holds it; another establishment is not', async () => {
    // Prepare
    const store = await freshStore();
    const first = aBulkRequest('00000000-0000-4000-8000-000000000011');
    const second = aBulkRequest('00000000-0000-4000-8000-000000000012');
    const elsewhere = { ...aBulkRequest('00000000-0000-4000-8000-000000000013'), establishmentId: '7009876543' };
    for (const request of [first, second, elsewhere]) await store.create(request);
    const started = { lines: 1, at: now.toISOString(), fileDigest: 'digest-1' };
    // Act
    const outcomes = [
      await store.start(first, started),
      await store.start(second, started),
      await store.start(elsewhere, started),
    ];
    // Assess
    expect(outcomes).toEqual([
      { started: true },
      { started: false, sameFileAs: first.bulkRequestId },
      { started: true },
    ]);
    expect(await store.find(EMPLOYER, second.bulkRequestId)).toMatchObject({ status: 'PENDING' });
  });
});
