import { randomBytes, randomUUID } from 'node:crypto';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { bulkChunkKey, bulkRequestKey } from '../../functions/adapters/shared/item-keys.js';
import { CLAIM_TIME_TO_LIVE, RESIDENT_TABLE_KEYS } from '../../functions/contract/table-layouts.js';
import { PROCESS_BULK_FILE } from '../../functions/contract/triggers.js';
import { BULK_LIMITS, bulkFileKey } from '../../functions/domain/establishments/bulk-request.js';
import { apiEvent, jsonEvent } from '../../test/support/api-events.js';
import { concurrently, dynamodb, presignedPost, type Step, s3 } from '../baselines/sdk-plan.js';
import { rekeyed } from '../support/bench-fixtures.js';
import { fieldAt, textAt } from '../support/function-answers.js';
import {
  type BenchEstablishmentStaff,
  type BenchResident,
  benchEstablishmentStaff,
  benchResident,
} from '../support/residents.js';
import { claimPut, idempotencyKey } from './inquiry-states.js';
import { claimedDocumentWrite, imported, inDays, profileRead, storedDocuments } from './resident-records.js';
import type { Bench, Scenario } from './scenario.js';

/**
 * Establishments' bulk files (/v1/establishment/bulk-requests): the request that opens one and signs
 * its upload form, the report read back, and ProcessBulkFile applying a small file of passport
 * renewals to employees put in place through ImportRegister.
 */

const opener = benchEstablishmentStaff(40);
const reporter = { staff: benchEstablishmentStaff(41), employees: [benchResident(400), benchResident(401)] };
/** The function and the baseline each renew the passports of five employees of their own. */
const processor = {
  staff: benchEstablishmentStaff(42),
  own: Array.from({ length: 5 }, (_, i) => benchResident(410 + i)),
  theirs: Array.from({ length: 5 }, (_, i) => benchResident(420 + i)),
};

const CSV = 'text/csv';
const HEADER = 'iqamaNumber,passportNumber,issueDate,expiryDate';
/** The form's policy: the exact key, type and size, and the upload tagged unverified (as attachments are). */
const UNVERIFIED = '<Tagging><TagSet><Tag><Key>verified</Key><Value>false</Value></Tag></TagSet></Tagging>';

const openEvent = (staff: BenchEstablishmentStaff, size: number, headers: Record<string, string> = {}) =>
  jsonEvent(
    { kind: 'PASSPORT_UPDATES', fileName: 'employees.csv', contentType: CSV, size },
    { claims: staff.claims, headers },
  );

/** A bulk request opened by RequestBulkUpload, as the console opens one. */
const opened = async (bench: Bench, staff: BenchEstablishmentStaff, size: number) =>
  textAt(await bench.invokeApi('RequestBulkUpload', openEvent(staff, size)), 'bulkRequestId');

/** Passport renewals for these employees; `turn` gives each file passports of its own, so no line repeats another's. */
const renewalFile = (employees: BenchResident[], turn: number) => {
  const lines = employees.map((employee, i) => ({
    iqamaNumber: employee.iqamaNumber,
    passportNumber: `B${String(turn * 10 + i).padStart(7, '0')}`,
    issueDate: inDays(-10),
    expiryDate: inDays(3000),
  }));
  const text = `${HEADER}\n${lines.map((line) => Object.values(line).join(',')).join('\n')}\n`;
  return { lines, body: Buffer.from(text) };
};

/** S3's `Object Created` event for a bulk file, as EventBridge delivers it (the emulator keeps no versions). */
const bulkFileCreated = (bench: Bench, key: string, size: number) => ({
  id: randomUUID(),
  'detail-type': 'Object Created',
  source: 'aws.s3',
  detail: {
    bucket: { name: bench.buckets.attachments },
    object: { key, size, etag: randomBytes(16).toString('hex') },
  },
});

/** A bulk request opened for a file of renewals, and the file landed where its form puts it. */
const landed = async (bench: Bench, staff: BenchEstablishmentStaff, employees: BenchResident[], turn: number) => {
  const file = renewalFile(employees, turn);
  const bulkRequestId = await opened(bench, staff, file.body.length);
  const key = bulkFileKey(staff.establishmentId, bulkRequestId);
  await bench.s3.send(
    new PutObjectCommand({ Bucket: bench.buckets.attachments, Key: key, Body: file.body, ContentType: CSV }),
  );
  return { bulkRequestId, key, file, event: bulkFileCreated(bench, key, file.body.length) };
};

/** The establishment's passport of each employee as the register stored it, minus what the write does not set. */
const passportsOf = async (bench: Bench, employees: BenchResident[], establishmentId: string) =>
  Promise.all(
    employees.map(async (employee) => {
      const stored = (await storedDocuments(bench, employee.iqamaNumber)).find(
        (document) => document.documentType === 'PASSPORT',
      );
      if (stored?.[RESIDENT_TABLE_KEYS.employer] !== establishmentId)
        throw new Error('ProcessBulkFile: the register did not name the establishment on the passport');
      const { contactVersion: _version, [RESIDENT_TABLE_KEYS.employer]: _employer, ...passport } = stored;
      return passport;
    }),
  );

const requestRead = (bench: Bench, establishmentId: string, bulkRequestId: string) =>
  dynamodb('GetCommand', {
    TableName: bench.tables.residents,
    Key: bulkRequestKey(establishmentId, bulkRequestId),
    ConsistentRead: true,
  });

export const BULK_REQUEST_SCENARIOS: Scenario[] = [
  {
    // The request and its idempotency claim in one transaction, then the upload form signed in the process.
    fn: 'RequestBulkUpload',
    staff: opener,
    prepare: async (bench) => {
      const size = renewalFile(processor.own, 0).body.length;
      const sample = textAt(
        await bench.invokeApi('RequestBulkUpload', openEvent(opener, size, idempotencyKey())),
        'bulkRequestId',
      );
      const stored = await bench.item(bench.tables.residents, bulkRequestKey(opener.establishmentId, sample));
      return {
        event: async () => openEvent(opener, size, idempotencyKey()),
        calls: async () => {
          const id = randomUUID();
          return [
            dynamodb('TransactWriteCommand', {
              TransactItems: [
                {
                  Put: {
                    TableName: bench.tables.residents,
                    Item: rekeyed(stored, sample, id),
                    ConditionExpression: 'attribute_not_exists(pk)',
                  },
                },
                claimPut(bench.tables.residents, 'RequestBulkUpload', opener.id, id),
              ],
            }),
            presignedPost({
              Bucket: bench.buckets.attachments,
              Key: bulkFileKey(opener.establishmentId, id),
              Conditions: [
                ['eq', '$Content-Type', CSV],
                ['content-length-range', size, size],
              ],
              Fields: { 'Content-Type': CSV, tagging: UNVERIFIED },
              Expires: BULK_LIMITS.uploadSeconds,
            }),
          ];
        },
      };
    },
  },
  {
    // A settled request of two lines: one consistent Query of the request and its one chunk.
    fn: 'GetBulkRequest',
    staff: reporter.staff,
    prepare: async (bench) => {
      await imported(bench, reporter.employees, { establishmentId: reporter.staff.establishmentId });
      const { bulkRequestId, event } = await landed(bench, reporter.staff, reporter.employees, 1);
      const outcome = fieldAt(await bench.invoke(PROCESS_BULK_FILE.id, event), 'outcome');
      if (outcome !== 'DONE') throw new Error(`GetBulkRequest: the fixture's file came to ${String(outcome)}`);
      const { pk, sk } = bulkRequestKey(reporter.staff.establishmentId, bulkRequestId);
      return {
        event: async () => apiEvent({ claims: reporter.staff.claims, pathParameters: { bulkRequestId } }),
        calls: async () => [
          dynamodb('QueryCommand', {
            TableName: bench.tables.residents,
            KeyConditionExpression: 'pk = :pk AND begins_with(sk, :sk)',
            ExpressionAttributeValues: { ':pk': pk, ':sk': sk },
            ConsistentRead: true,
          }),
        ],
      };
    },
  },
  {
    // Five renewals, one chunk: the request read, the file read, the request started and read again,
    // each line as UpdateEmployeePassport writes it (16 employees at once), the chunk recorded with the
    // counters, the request settled and the file deleted.
    fn: PROCESS_BULK_FILE.id,
    // About 25 calls per file, and a request opened and a file put for each.
    warmRuns: 60,
    outcome: (result) => String(fieldAt(result, 'outcome')),
    expectedOutcome: 'DONE',
    prepare: async (bench) => {
      const { establishmentId } = processor.staff;
      await imported(bench, [...processor.own, ...processor.theirs], { establishmentId });
      const passports = await passportsOf(bench, processor.theirs, establishmentId);
      let ownTurn = 1_000;
      let theirTurn = 2_000;
      return {
        event: async () => (await landed(bench, processor.staff, processor.own, ownTurn++)).event,
        calls: async () => {
          const { bulkRequestId, key, file } = await landed(bench, processor.staff, processor.theirs, theirTurn++);
          const requestKey = bulkRequestKey(establishmentId, bulkRequestId);
          const object = { Bucket: bench.buckets.attachments, Key: key };
          const { [CLAIM_TIME_TO_LIVE]: expiresAt } = await bench.item(bench.tables.residents, requestKey);
          const lane = (employee: BenchResident, i: number): Step[] => {
            const line = file.lines[i]!;
            const renewed = {
              ...passports[i]!,
              number: line.passportNumber,
              issuedOn: line.issueDate,
              expiresOn: line.expiryDate,
              expiryShard: `${line.expiryDate}#3`,
              source: 'ESTABLISHMENT',
              contentHash: randomBytes(32).toString('base64url'),
            };
            return [
              profileRead(bench, employee.iqamaNumber),
              ...claimedDocumentWrite(bench, employee, renewed, {
                operation: 'UpdateEmployeePassportInBulk',
                owner: establishmentId,
              }),
            ];
          };
          const results = file.lines.map((line, i) => ({
            line: i + 2,
            iqamaNumber: line.iqamaNumber,
            repeated: false,
          }));
          const at = new Date().toISOString();
          return [
            requestRead(bench, establishmentId, bulkRequestId),
            s3('GetObjectCommand', { ...object, Range: `bytes=0-${BULK_LIMITS.maxBytes}` }),
            dynamodb('UpdateCommand', {
              TableName: bench.tables.residents,
              Key: requestKey,
              UpdateExpression: 'SET #status = :processing, #lines = :lines, startedAt = :at',
              ConditionExpression: '#status = :pending',
              ExpressionAttributeNames: { '#status': 'status', '#lines': 'lines' },
              ExpressionAttributeValues: {
                ':processing': 'PROCESSING',
                ':pending': 'PENDING',
                ':lines': file.lines.length,
                ':at': at,
              },
            }),
            requestRead(bench, establishmentId, bulkRequestId),
            concurrently(processor.theirs.map((employee, i) => lane(employee, i))),
            dynamodb('TransactWriteCommand', {
              TransactItems: [
                {
                  Put: {
                    TableName: bench.tables.residents,
                    Item: {
                      ...bulkChunkKey(establishmentId, bulkRequestId, 0),
                      entity: 'BULK_CHUNK',
                      errors: [],
                      results,
                      [CLAIM_TIME_TO_LIVE]: expiresAt,
                    },
                    ConditionExpression: 'attribute_not_exists(pk)',
                  },
                },
                {
                  Update: {
                    TableName: bench.tables.residents,
                    Key: requestKey,
                    UpdateExpression:
                      'SET chunksDone = :next ADD #processed :processed, succeeded :succeeded, #failed :failed, #repeated :repeated',
                    ConditionExpression: 'chunksDone = :index AND #status = :processing',
                    ExpressionAttributeNames: {
                      '#status': 'status',
                      '#processed': 'processed',
                      '#failed': 'failed',
                      '#repeated': 'repeated',
                    },
                    ExpressionAttributeValues: {
                      ':index': 0,
                      ':next': 1,
                      ':processing': 'PROCESSING',
                      ':processed': results.length,
                      ':succeeded': results.length,
                      ':failed': 0,
                      ':repeated': 0,
                    },
                  },
                },
              ],
            }),
            dynamodb('UpdateCommand', {
              TableName: bench.tables.residents,
              Key: requestKey,
              UpdateExpression: 'SET #status = :done, finishedAt = :at',
              ConditionExpression: '#status = :processing',
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: { ':done': 'DONE', ':processing': 'PROCESSING', ':at': at },
            }),
            s3('DeleteObjectCommand', object),
          ];
        },
      };
    },
  },
];
