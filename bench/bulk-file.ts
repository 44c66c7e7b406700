import { deepStrictEqual } from 'node:assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import {
  BatchWriteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import {
  DynamoDbDocumentRegister,
  documentItemOf,
} from '../functions/adapters/residents/dynamodb-document-register.js';
import { bulkChunkKey, bulkRequestKey, inquiryKey, profileKey } from '../functions/adapters/shared/item-keys.js';
import type { ObjectCreatedEvent } from '../functions/adapters/shared/s3-object-created.js';
import { ENVIRONMENT } from '../functions/contract/environment.js';
import { PROCESS_BULK_FILE } from '../functions/contract/triggers.js';
import { type BulkKind, bulkFileKey } from '../functions/domain/establishments/bulk-request.js';
import type { EstablishmentStaff } from '../functions/domain/establishments/establishment-staff.js';
import { importRegister } from '../functions/domain/residents/import-register.js';
import type { RegisterLine, RegisterRecord } from '../functions/domain/residents/register-record.js';
import { documentIdFor, type ResidentDocument } from '../functions/domain/residents/resident-document.js';
import { addDays, riyadhToday } from '../functions/domain/shared/calendar-date.js';
import { PROJECT_ROOT } from '../lib/aws/project-context.js';
import { LOCAL_AWS } from '../lib/local/dynamodb-local.js';
import { functionEnvironment } from '../lib/local/function-environment.js';
import { bucketsOf, startS3Emulator } from '../lib/local/s3-emulator.js';
import { synthesizeSystem } from '../lib/local/synthesized-templates.js';
import { ensureTables, tablesOf } from '../lib/local/template-tables.js';
import { benchDynamoDbLocal } from './support/bench-dynamodb-local.js';
import { deployedFunctions } from './support/function-catalogue.js';
import { withCheckDigit } from './support/residents.js';

/**
 * How fast ProcessBulkFile applies a full bulk file (BULK_LIMITS.maxLines lines), locally: the
 * handler (createHandler over the deployed wiring of functions/runtime, its clock injected) run in
 * this process on a file of passport renewals (then of inquiries) for one establishment's employees,
 * over DynamoDB Local (in memory) and the S3 emulator, its progress read from the request item as
 * the console reads it and drawn on stderr. Timed against a baseline, in the same run, that makes the
 * same DynamoDB and S3 calls for the same file with the SDK by hand, at the same concurrency (16
 * lines at once, chunk by chunk), none of our code.
 */

// ---------------------------------------------------------------------------------------------
// Parameters

const LINES = Number(process.env.BENCH_BULK_LINES ?? 10_000);
if (!Number.isInteger(LINES) || LINES < 250 || LINES > 10_000)
  throw new Error('BENCH_BULK_LINES: a whole number of lines from 250 to 10,000 (the bulk file limit)');
/** Each round runs ours and the baseline once per kind, the order alternating from round to round. */
const ROUNDS = Number(process.env.BENCH_BULK_ROUNDS ?? 1);
const KINDS = (process.env.BENCH_BULK_KINDS ?? 'PASSPORT_UPDATES,INQUIRIES').split(',') as BulkKind[];
/** The domain's LINE_CONCURRENCY (functions/domain/establishments/process-bulk-file.ts) and chunk size (BULK_LIMITS.linesPerChunk). */
const CONCURRENCY = 16;
const CHUNK = 250;
const MAX_BYTES = 5 * 1024 * 1024;
/** Employees checked item by item against a real import of their register lines. */
const IMPORTED = 20;
const SEED_CONCURRENCY = Number(process.env.BENCH_BULK_SEED_CONCURRENCY ?? 8);
/** How often the progress is read from the request item (as GET …/{bulkRequestId} would). */
const POLL_MS = 250;
/** The functions' clock: 09:00 in Riyadh, going on with the run. */
const START = new Date('2026-12-02T06:00:00Z');
const TODAY = riyadhToday(START);
const ESTABLISHMENT = '7000010000';
const STAFF: EstablishmentStaff = {
  id: 'bench-bulk-staff',
  establishmentId: ESTABLISHMENT,
  phone: '+966500000077',
  locale: 'en',
};
const DESCRIPTION = 'Please extend the exit and re-entry visa of this employee for family reasons.';

const round = (value: number, digits = 2) => Number(value.toFixed(digits));
const thousands = (value: number) => Math.round(value).toLocaleString('en-US');
const sha256 = (text: string) => createHash('sha256').update(text).digest('base64url');
const iqamaOf = (employee: number) => withCheckDigit(`2${String(60_000_000 + employee).padStart(8, '0')}`);

// ---------------------------------------------------------------------------------------------
// The employees: an own iqama and passport each, named the establishment's by the register.

const recordsOf = (employee: number): RegisterRecord[] => {
  const iqamaNumber = iqamaOf(employee);
  return [
    { iqamaNumber, holder: { kind: 'RESIDENT' }, type: 'IQAMA', number: iqamaNumber, expiresOn: addDays(TODAY, 200) },
    {
      iqamaNumber,
      holder: { kind: 'RESIDENT' },
      type: 'PASSPORT',
      number: `P${String(employee).padStart(7, '0')}`,
      expiresOn: addDays(TODAY, 60),
      issuedOn: addDays(TODAY, -3000),
    },
  ].map((record) => ({ ...record, establishmentId: ESTABLISHMENT }) as RegisterRecord);
};

/** The items the register import stores for one employee (checked against a real import of the first ones). */
const itemsOf = (records: RegisterRecord[]) => {
  const first = records[0]!;
  const profile = {
    ...profileKey(first.iqamaNumber),
    iqamaNumber: first.iqamaNumber,
    establishmentId: first.establishmentId,
    contactVersion: 1,
    smsReminders: true,
  };
  const documents = records.map((record) => {
    const document: ResidentDocument = {
      iqamaNumber: record.iqamaNumber,
      documentId: documentIdFor(record.iqamaNumber, record.holder, record.type, record.number),
      type: record.type,
      number: record.number,
      expiresOn: record.expiresOn,
      ...(record.issuedOn && { issuedOn: record.issuedOn }),
      holder: record.holder,
      contact: { locale: 'ar', smsReminders: true },
      source: 'REGISTER',
    };
    return { ...documentItemOf(document), contactVersion: 1, employer: record.establishmentId };
  });
  return [profile, ...documents] as Record<string, unknown>[];
};

const batchWrite = async (client: DynamoDBDocumentClient, tableName: string, items: Record<string, unknown>[]) => {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const from = next;
      next = Math.min(items.length, next + 25);
      let requests = items.slice(from, next).map((Item) => ({ PutRequest: { Item } }));
      for (let attempt = 0; requests.length > 0; attempt++) {
        if (attempt > 0) await sleep(Math.min(1000, 20 * 2 ** attempt));
        const { UnprocessedItems } = await client.send(
          new BatchWriteCommand({ RequestItems: { [tableName]: requests } }),
        );
        requests = (UnprocessedItems?.[tableName] ?? []) as typeof requests;
      }
    }
  };
  await Promise.all(Array.from({ length: SEED_CONCURRENCY }, worker));
};

// ---------------------------------------------------------------------------------------------
// The files: every line for another employee, each run's lines its own (no line repeats an earlier one)

interface BulkFile {
  kind: BulkKind;
  contentType: 'text/csv' | 'application/x-ndjson';
  body: Buffer;
}

const passportNumberOf = (run: number, employee: number) =>
  `R${String(run).padStart(2, '0')}${String(employee).padStart(5, '0')}`;

const fileOf = (kind: BulkKind, run: number): BulkFile => {
  const employees = Array.from({ length: LINES }, (_, n) => n);
  if (kind === 'PASSPORT_UPDATES') {
    const rows = employees.map((n) =>
      [iqamaOf(n), passportNumberOf(run, n), addDays(TODAY, -10 - run), addDays(TODAY, 3000 - run)].join(','),
    );
    const text = `iqamaNumber,passportNumber,issueDate,expiryDate\n${rows.join('\n')}\n`;
    return { kind, contentType: 'text/csv', body: Buffer.from(text) };
  }
  const rows = employees.map((n) =>
    JSON.stringify({ iqamaNumber: iqamaOf(n), category: 'EXIT_REENTRY_VISA', description: `${DESCRIPTION} (${run})` }),
  );
  return { kind, contentType: 'application/x-ndjson', body: Buffer.from(`${rows.join('\n')}\n`) };
};

// ---------------------------------------------------------------------------------------------
// The progress bar

const bar = (label: string, processed: number, lines: number, seconds: number) => {
  const width = 30;
  const done = Math.round((processed / lines) * width);
  const rate = seconds > 0 ? processed / seconds : 0;
  return `\r  ${label.padEnd(30)} [${'#'.repeat(done)}${'.'.repeat(width - done)}] ${String(processed).padStart(6)}/${lines} ${String(Math.round((processed / lines) * 100)).padStart(3)}% ${thousands(rate).padStart(6)} lines/s ${seconds.toFixed(1).padStart(6)} s`;
};

/** Reads the request item every POLL_MS (the same reads for both sides) and draws its progress until stopped. */
const follow = (client: DynamoDBDocumentClient, tableName: string, key: Record<string, unknown>, label: string) => {
  const started = performance.now();
  let stopped = false;
  const seen: number[] = [];
  const loop = (async () => {
    while (!stopped) {
      const { Item } = await client.send(new GetCommand({ TableName: tableName, Key: key, ConsistentRead: true }));
      const processed = Number(Item?.processed ?? 0);
      if (seen.at(-1) !== processed) seen.push(processed);
      process.stderr.write(bar(label, processed, LINES, (performance.now() - started) / 1000));
      await sleep(POLL_MS);
    }
  })();
  return async (processed: number) => {
    stopped = true;
    await loop;
    process.stderr.write(`${bar(label, processed, LINES, (performance.now() - started) / 1000)}\n`);
    return seen;
  };
};

// ---------------------------------------------------------------------------------------------
// The run

const dynamoDbLocal = benchDynamoDbLocal();
const dataDir = mkdtempSync(join(tmpdir(), 'tawasul-bench-bulk-'));
let stopS3: (() => Promise<void>) | undefined;

const run = async () => {
  const startedAt = Date.now();
  console.log('Synthesizing the system…');
  const system = synthesizeSystem();
  const fn = deployedFunctions(system.serviceTemplate, system.serviceStackName).find(
    (candidate) => candidate.id === PROCESS_BULK_FILE.id,
  );
  if (!fn) throw new Error(`The service deploys no ${PROCESS_BULK_FILE.id}`);
  const environment = functionEnvironment(system, [fn]);
  const residents = environment[ENVIRONMENT.residentsTable]!;
  const inquiries = environment[ENVIRONMENT.inquiriesTable]!;
  const bucket = environment[ENVIRONMENT.attachmentsBucket]!;

  console.log('Starting DynamoDB Local (in memory) and the S3 emulator…');
  const dynamodb = await dynamoDbLocal.start();
  const s3 = await startS3Emulator({ dataDir, buckets: bucketsOf(system.dataTemplate) });
  stopS3 = () => s3.stop();
  // The function's deployed environment, pointed at the local services; its logs and metrics quiet.
  Object.assign(process.env, environment, {
    AWS_REGION: LOCAL_AWS.region,
    AWS_ACCESS_KEY_ID: LOCAL_AWS.credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_AWS.credentials.secretAccessKey,
    AWS_ENDPOINT_URL_DYNAMODB: dynamodb.endpoint,
    AWS_ENDPOINT_URL_S3: s3.endpoint,
    [ENVIRONMENT.s3PathStyle]: 'true',
    POWERTOOLS_LOG_LEVEL: 'WARN',
    POWERTOOLS_METRICS_DISABLED: 'true',
  });
  // The bench's own client (seeding, checks, progress), apart from the function's and the baseline's.
  const lowLevel = new DynamoDBClient({ endpoint: dynamodb.endpoint, ...LOCAL_AWS });
  const db = DynamoDBDocumentClient.from(lowLevel, { marshallOptions: { removeUndefinedValues: true } });
  const benchS3 = new S3Client({ endpoint: s3.endpoint, forcePathStyle: true, ...LOCAL_AWS });
  await ensureTables(lowLevel, tablesOf(system.dataTemplate));

  // The deployed wiring, loaded once the environment names the local services; only the clock is the bench's.
  const runtime = {
    establishments: await import('../functions/runtime/establishments.js'),
    inquiries: await import('../functions/runtime/inquiries.js'),
    residents: await import('../functions/runtime/residents.js'),
    stats: await import('../functions/runtime/stats.js'),
    uploads: await import('../functions/runtime/attachment-uploads.js'),
    dynamodb: await import('../functions/runtime/dynamodb-client.js'),
    s3: await import('../functions/runtime/s3-client.js'),
  };
  const { createHandler } = await import('../functions/handlers/establishments/process-bulk-file.js');
  const { readBulkFile } = await import('../functions/handlers/establishments/bulk-file-reader.js');
  const { requestBulkUpload } = await import('../functions/domain/establishments/request-bulk-upload.js');
  const { DynamoDbBulkRequests } = await import('../functions/adapters/establishments/dynamodb-bulk-requests.js');
  const runStarted = performance.now();
  const clock = () => new Date(START.getTime() + (performance.now() - runStarted));
  const inquiryDeps = {
    inquiries: runtime.inquiries.inquiryRepository(),
    claims: runtime.inquiries.inquiryClaims(),
    calendar: runtime.inquiries.workingCalendar(),
    clock,
    newReference: runtime.inquiries.newReference,
    register: runtime.residents.documentRegister(),
    processingTimes: runtime.stats.processingTimesForSubmissions(),
  };
  const handler = createHandler({
    bulkRequests: runtime.establishments.bulkRequests(),
    files: runtime.establishments.bulkFiles(),
    readFile: readBulkFile,
    clock,
    inquiries: inquiryDeps,
    passports: { register: runtime.residents.documentRegister(), claims: runtime.residents.residentClaims(), clock },
  });
  const bulkRequests = new DynamoDbBulkRequests(db, residents);
  const { submitEmployeeInquiry } = await import('../functions/domain/establishments/submit-employee-inquiry.js');

  // Seeding: the first employees through the real import, compared item by item; the rest by BatchWrite.
  const seedStarted = performance.now();
  const records = Array.from({ length: LINES }, (_, n) => recordsOf(n));
  async function* lines(): AsyncGenerator<RegisterLine> {
    let line = 1;
    for (const record of records.slice(0, IMPORTED).flat()) yield { line: line++, record };
  }
  const imported = await importRegister(new DynamoDbDocumentRegister(db, residents), lines());
  if (imported.created !== IMPORTED * 2)
    throw new Error(`The import did not create every line: ${JSON.stringify(imported)}`);
  for (const expected of records.slice(0, IMPORTED).flatMap(itemsOf)) {
    const { Item } = await db.send(
      new GetCommand({ TableName: residents, Key: { pk: expected.pk, sk: expected.sk }, ConsistentRead: true }),
    );
    deepStrictEqual(
      Item,
      expected,
      `The import stored ${expected.pk} ${expected.sk} otherwise than the bench builds it`,
    );
  }
  const seedItems = records.slice(IMPORTED).flatMap(itemsOf);
  console.log(`Seeding ${thousands(LINES)} employees (${thousands(seedItems.length)} items by BatchWrite)…`);
  await batchWrite(db, residents, seedItems);
  const seedSeconds = round((performance.now() - seedStarted) / 1000, 1);
  console.log(`  seeded in ${seedSeconds} s; the first ${IMPORTED} imported, their items what the builder makes`);
  const passportKeyOf = (n: number) => {
    const item = itemsOf(records[n]!)[2]!;
    return { pk: item.pk, sk: item.sk, documentId: String(item.documentId) };
  };

  // -------------------------------------------------------------------------------------------
  // Our side: a request opened by the use case, the file put where its form puts it, the handler run.

  let runs = 0;
  const landed = async (file: BulkFile) => {
    const { bulkRequest } = await requestBulkUpload(
      { bulkRequests, forms: runtime.uploads.uploadForms(), claims: runtime.residents.residentClaims(), clock },
      STAFF,
      { kind: file.kind, fileName: 'employees.csv', contentType: file.contentType, size: file.body.length },
    );
    const key = bulkFileKey(ESTABLISHMENT, bulkRequest.bulkRequestId);
    await benchS3.send(
      new PutObjectCommand({ Bucket: bucket, Key: key, Body: file.body, ContentType: file.contentType }),
    );
    return { key, requestKey: bulkRequestKey(ESTABLISHMENT, bulkRequest.bulkRequestId) };
  };

  const ours = async (kind: BulkKind) => {
    const run = ++runs;
    const file = fileOf(kind, run);
    const { key, requestKey } = await landed(file);
    const event = {
      id: randomUUID(),
      'detail-type': 'Object Created',
      source: 'aws.s3',
      detail: { bucket: { name: bucket }, object: { key, size: file.body.length, etag: randomUUID() } },
    } as unknown as ObjectCreatedEvent;
    const done = follow(db, residents, requestKey, `ours, ${kind}`);
    counting.calls = {};
    const started = performance.now();
    const result = (await handler(event)) as { outcome?: string };
    const seconds = (performance.now() - started) / 1000;
    const calls = counting.calls;
    counting.calls = undefined;
    const seen = await done(LINES);
    const { Item } = await db.send(new GetCommand({ TableName: residents, Key: requestKey, ConsistentRead: true }));
    if (result.outcome !== 'DONE' || Item?.succeeded !== LINES || Item.failed !== 0 || Item.repeated !== 0)
      throw new Error(`ours, ${kind}: ${JSON.stringify(result)}, ${JSON.stringify(Item)}`);
    if (kind === 'PASSPORT_UPDATES') await passportIs(LINES - 1, passportNumberOf(run, LINES - 1));
    return { seconds, progressSeen: seen.length, run, calls };
  };

  const passportIs = async (n: number, number: string) => {
    const { pk, sk } = passportKeyOf(n);
    const { Item } = await db.send(new GetCommand({ TableName: residents, Key: { pk, sk }, ConsistentRead: true }));
    if (Item?.number !== number || Item.source !== 'ESTABLISHMENT')
      throw new Error(`Employee ${n}'s passport is ${Item?.number} (${Item?.source}), not ${number}`);
  };

  // -------------------------------------------------------------------------------------------
  // The baseline: the same calls for the same file, by hand. Its client is built as the runtime's is.

  const bare = DynamoDBDocumentClient.from(new DynamoDBClient({}), {
    marshallOptions: { removeUndefinedValues: true },
  });
  const bareS3 = new S3Client({ forcePathStyle: true });
  /** Every call each side's clients send while a side runs, by command: the two must make the same. */
  const counting: { calls?: Record<string, number> } = {};
  for (const client of [runtime.dynamodb.documentClient(), runtime.s3.s3Client(), bare, bareS3] as {
    middlewareStack: { add: (middleware: unknown, options: unknown) => void };
  }[])
    client.middlewareStack.add(
      (next: (args: unknown) => Promise<unknown>, context: { commandName?: string }) => async (args: unknown) => {
        const name = (context.commandName ?? '?').replace(/Command$/, '');
        if (counting.calls) counting.calls[name] = (counting.calls[name] ?? 0) + 1;
        return next(args);
      },
      { step: 'initialize', name: 'benchCallCounter' },
    );
  /** An inquiry as ours stored one, for the baseline's Put of the same size (reference and employee rekeyed). */
  let inquiryTemplate: { item: Record<string, unknown>; reference: string; iqamaNumber: string } | undefined;

  const baseline = async (kind: BulkKind) => {
    const run = ++runs;
    const file = fileOf(kind, run);
    const bulkRequestId = randomUUID();
    const requestKey = bulkRequestKey(ESTABLISHMENT, bulkRequestId);
    const key = bulkFileKey(ESTABLISHMENT, bulkRequestId);
    const createdAt = new Date().toISOString();
    const expiresAt = Math.floor(Date.now() / 1000) + 30 * 86_400;
    await bare.send(
      new PutCommand({
        TableName: residents,
        Item: {
          ...requestKey,
          bulkRequestId,
          establishmentId: ESTABLISHMENT,
          kind,
          fileName: 'employees.csv',
          contentType: file.contentType,
          size: file.body.length,
          status: 'PENDING',
          requestedBy: { staffId: STAFF.id, phone: STAFF.phone, locale: STAFF.locale },
          createdAt,
          uploadExpiresAt: createdAt,
          chunksDone: 0,
          processed: 0,
          succeeded: 0,
          failed: 0,
          repeated: 0,
          entity: 'BULK_REQUEST',
          expiresAt,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    await benchS3.send(
      new PutObjectCommand({ Bucket: bucket, Key: key, Body: file.body, ContentType: file.contentType }),
    );
    const done = follow(db, residents, requestKey, `baseline, ${kind}`);
    counting.calls = {};
    const started = performance.now();

    await bare.send(new GetCommand({ TableName: residents, Key: requestKey, ConsistentRead: true }));
    const object = await bareS3.send(new GetObjectCommand({ Bucket: bucket, Key: key, Range: `bytes=0-${MAX_BYTES}` }));
    const text = new TextDecoder('utf-8', { fatal: true }).decode(await object.Body!.transformToByteArray());
    const rows = text.split('\n').filter((row) => row.trim() !== '');
    const lines =
      kind === 'PASSPORT_UPDATES'
        ? rows.slice(1).map((row, i) => {
            const [iqamaNumber, passportNumber, issueDate, expiryDate] = row.split(',') as [
              string,
              string,
              string,
              string,
            ];
            return { line: i + 2, iqamaNumber, fields: { passportNumber, issueDate, expiryDate } };
          })
        : rows.map((row, i) => {
            const { iqamaNumber, ...fields } = JSON.parse(row) as Record<string, string>;
            return { line: i + 1, iqamaNumber: iqamaNumber!, fields };
          });
    const at = () => clock().toISOString();
    const startUpdate = {
      TableName: residents,
      Key: requestKey,
      UpdateExpression: 'SET #status = :processing, #lines = :lines, startedAt = :at',
      ConditionExpression: '#status = :pending',
      ExpressionAttributeNames: { '#status': 'status', '#lines': 'lines' },
      ExpressionAttributeValues: {
        ':processing': 'PROCESSING',
        ':pending': 'PENDING',
        ':lines': lines.length,
        ':at': at(),
      },
    };
    // A file of inquiries is claimed by its digest in the same write, as the processing claims it.
    if (kind === 'INQUIRIES') {
      const now = Math.floor(clock().getTime() / 1000);
      await bare.send(
        new TransactWriteCommand({
          TransactItems: [
            { Update: startUpdate },
            {
              Put: {
                TableName: residents,
                Item: {
                  pk: requestKey.pk,
                  sk: `FILE#${sha256(text)}`,
                  entity: 'BULK_FILE',
                  bulkRequestId,
                  expiresAt: now + 30 * 24 * 60 * 60,
                },
                ConditionExpression: 'attribute_not_exists(pk) OR #ttl <= :now',
                ExpressionAttributeNames: { '#ttl': 'expiresAt' },
                ExpressionAttributeValues: { ':now': now },
              },
            },
          ],
        }),
      );
    } else await bare.send(new UpdateCommand(startUpdate));
    await bare.send(new GetCommand({ TableName: residents, Key: requestKey, ConsistentRead: true }));
    const claim = (table: string, operation: string, lineKey: string, fingerprint: string, result: string) => {
      const now = Math.floor(clock().getTime() / 1000);
      return {
        Put: {
          TableName: table,
          Item: {
            pk: `IDEMPOTENCY#${operation}#${ESTABLISHMENT}#${lineKey}`,
            sk: 'IDEMPOTENCY',
            entity: 'IDEMPOTENCY',
            fingerprint,
            result,
            expiresAt: now + 86_400,
          },
          ConditionExpression: 'attribute_not_exists(pk) OR #ttl <= :now',
          ExpressionAttributeNames: { '#ttl': 'expiresAt' },
          ExpressionAttributeValues: { ':now': now },
        },
      };
    };
    /** One line: the employee's profile, then the passport's existence and its write with the claim, or the inquiry with its claim. */
    const apply = async ({ line, iqamaNumber, fields }: (typeof lines)[number]) => {
      const lineKey = sha256(JSON.stringify([kind, iqamaNumber, ...Object.values(fields)]));
      const fingerprint = sha256(JSON.stringify([kind, { iqamaNumber, ...fields }]));
      const { Item: profile } = await bare.send(
        new GetCommand({ TableName: residents, Key: profileKey(iqamaNumber), ConsistentRead: true }),
      );
      if (profile?.establishmentId !== ESTABLISHMENT) throw new Error(`baseline: ${iqamaNumber} is no employee`);
      if (kind === 'INQUIRIES') {
        const template = inquiryTemplate!;
        const reference = `${template.reference.slice(0, -8)}${randomUUID().slice(0, 8).toUpperCase()}`;
        const item = JSON.parse(
          JSON.stringify(template.item)
            .replaceAll(template.reference, reference)
            .replaceAll(template.iqamaNumber, iqamaNumber),
        ) as Record<string, unknown>;
        await bare.send(
          new TransactWriteCommand({
            TransactItems: [
              claim(inquiries, 'SubmitEmployeeInquiryInBulk', lineKey, fingerprint, reference),
              { Put: { TableName: inquiries, Item: item, ConditionExpression: 'attribute_not_exists(pk)' } },
            ],
          }),
        );
        return { line, iqamaNumber, reference, repeated: false };
      }
      const n = Number(iqamaNumber.slice(1, 9)) - 60_000_000;
      const { pk, sk, documentId } = passportKeyOf(n);
      await bare.send(
        new GetCommand({ TableName: residents, Key: { pk, sk }, ProjectionExpression: 'pk', ConsistentRead: true }),
      );
      const number = fields.passportNumber!;
      const holder = { kind: 'RESIDENT' };
      const content = {
        expiryShard: `${fields.expiryDate}#${createHash('sha256').update(documentId).digest().readUInt16BE(0) % 16}`,
        iqamaNumber,
        documentId,
        documentType: 'PASSPORT',
        number,
        expiresOn: fields.expiryDate,
        issuedOn: fields.issueDate,
        holder,
        dependent: false,
        source: 'ESTABLISHMENT',
        contentHash: sha256(
          JSON.stringify(['PASSPORT', number, fields.expiryDate, fields.issueDate, holder, 'ESTABLISHMENT']),
        ),
      };
      const contact = { locale: 'ar', smsReminders: true };
      const names = [...Object.keys(content), ...Object.keys(contact)];
      await bare.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: residents,
                Key: { pk, sk },
                UpdateExpression: `SET ${[
                  ...Object.keys(content).map((name) => `#${name} = :${name}`),
                  ...Object.keys(contact).map((name) => `#${name} = if_not_exists(#${name}, :${name})`),
                ].join(', ')}`,
                ConditionExpression:
                  'attribute_exists(pk) AND (#contentHash <> :contentHash AND ((#source <> :resident) OR #expiresOn <= :expiresOn))',
                ExpressionAttributeNames: Object.fromEntries(names.map((name) => [`#${name}`, name])),
                ExpressionAttributeValues: {
                  ...Object.fromEntries(
                    Object.entries({ ...content, ...contact }).map(([name, value]) => [`:${name}`, value]),
                  ),
                  ':resident': 'RESIDENT',
                },
                ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
              },
            },
            claim(residents, 'UpdateEmployeePassportInBulk', lineKey, fingerprint, documentId),
          ],
        }),
      );
      return { line, iqamaNumber, repeated: false };
    };
    for (let index = 0; index * CHUNK < lines.length; index++) {
      const chunkLines = lines.slice(index * CHUNK, (index + 1) * CHUNK);
      const results: Awaited<ReturnType<typeof apply>>[] = [];
      let next = 0;
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next < chunkLines.length) results.push(await apply(chunkLines[next++]!));
        }),
      );
      results.sort((a, b) => a.line - b.line);
      await bare.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: residents,
                Item: {
                  ...bulkChunkKey(ESTABLISHMENT, bulkRequestId, index),
                  entity: 'BULK_CHUNK',
                  errors: [],
                  results,
                  expiresAt,
                },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            {
              Update: {
                TableName: residents,
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
                  ':index': index,
                  ':next': index + 1,
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
      );
    }
    await bare.send(
      new UpdateCommand({
        TableName: residents,
        Key: requestKey,
        UpdateExpression: 'SET #status = :done, finishedAt = :at',
        ConditionExpression: '#status = :processing',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':done': 'DONE', ':processing': 'PROCESSING', ':at': at() },
      }),
    );
    await bareS3.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
    const seconds = (performance.now() - started) / 1000;
    const calls = counting.calls;
    counting.calls = undefined;
    const seen = await done(LINES);
    const { Item } = await db.send(new GetCommand({ TableName: residents, Key: requestKey, ConsistentRead: true }));
    if (Item?.status !== 'DONE' || Item.succeeded !== LINES)
      throw new Error(`baseline, ${kind}: ${JSON.stringify(Item)}`);
    if (kind === 'PASSPORT_UPDATES') await passportIs(LINES - 1, passportNumberOf(run, LINES - 1));
    return { seconds, progressSeen: seen.length, run, calls };
  };

  // -------------------------------------------------------------------------------------------
  // Rounds

  if (KINDS.includes('INQUIRIES')) inquiryTemplate = await anInquiry();
  const loadBefore = loadavg()[0]!;
  const timings: Record<
    string,
    { ours: number[]; baseline: number[]; progressSeen: number[]; calls: Record<string, number>[] }
  > = {};
  const mismatches: string[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    for (const [k, kind] of KINDS.entries()) {
      timings[kind] ??= { ours: [], baseline: [], progressSeen: [], calls: [] };
      const times = timings[kind];
      const sides = ['ours', 'baseline'] as const;
      // Which side goes first alternates from kind to kind and from round to round.
      const order = (r + k) % 2 === 0 ? sides : [...sides].reverse();
      const calls: Partial<Record<(typeof sides)[number], Record<string, number>>> = {};
      for (const side of order) {
        const result = side === 'ours' ? await ours(kind) : await baseline(kind);
        times[side].push(result.seconds);
        if (side === 'ours') times.progressSeen.push(result.progressSeen);
        calls[side] = result.calls;
      }
      const sorted = (byKind: Record<string, number> = {}) => Object.fromEntries(Object.entries(byKind).sort());
      times.calls.push(sorted(calls.ours));
      if (JSON.stringify(sorted(calls.ours)) !== JSON.stringify(sorted(calls.baseline)))
        mismatches.push(
          `${kind}, round ${r + 1}: ours made ${JSON.stringify(sorted(calls.ours))}, the baseline ${JSON.stringify(sorted(calls.baseline))}`,
        );
    }
  }
  const loadAfter = loadavg()[0]!;

  /** One inquiry filed as a bulk line files it (the last employee's, before any file), as stored: the baseline's Put copies it. */
  async function anInquiry() {
    const iqamaNumber = iqamaOf(LINES - 1);
    const { inquiry } = await submitEmployeeInquiry(
      inquiryDeps,
      STAFF,
      { iqamaNumber, category: 'EXIT_REENTRY_VISA', description: `${DESCRIPTION} (template)` },
      randomUUID(),
      { inBulk: true },
    );
    const { reference } = inquiry;
    const { Item } = await db.send(
      new GetCommand({ TableName: inquiries, Key: inquiryKey(reference), ConsistentRead: true }),
    );
    if (!Item) throw new Error(`No inquiry ${reference} in ${inquiries}`);
    return { item: Item, reference, iqamaNumber };
  }

  // -------------------------------------------------------------------------------------------
  // Figures

  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  };
  const figures = Object.entries(timings).map(([kind, times]) => {
    const ourSeconds = median(times.ours);
    const baselineSeconds = median(times.baseline);
    return {
      kind,
      lines: LINES,
      runs: times.ours.length,
      seconds: round(ourSeconds, 2),
      baselineSeconds: round(baselineSeconds, 2),
      linesPerSecond: Math.round(LINES / ourSeconds),
      baselineLinesPerSecond: Math.round(LINES / baselineSeconds),
      ratio: round(baselineSeconds / ourSeconds),
      timeRatio: round(ourSeconds / baselineSeconds),
      runSeconds: { ours: times.ours.map((s) => round(s, 2)), baseline: times.baseline.map((s) => round(s, 2)) },
      progressUpdatesSeen: times.progressSeen,
      calls: times.calls[0],
    };
  });
  const output = {
    measuredAt: new Date().toISOString(),
    node: process.version,
    durationSeconds: Math.round((Date.now() - startedAt) / 1000),
    method: {
      store: `DynamoDB Local in memory and the S3 emulator (s3rver), the tables and buckets of the synthesized data template, on ${thousands(LINES)} employees of one establishment (an own iqama and passport each, the first ${IMPORTED} through importRegister and compared item by item with the bench's builder, the rest by BatchWriteItem of the builder's items; seeding ${seedSeconds} s, not a figure)`,
      ours: `ProcessBulkFile's createHandler over the deployed wiring (functions/runtime adapters and clients, the deployed environment pointed at the local services), the clock injected (from ${START.toISOString()}), invoked in this process with S3's Object Created event for a ${thousands(LINES)}-line file that a bulk request opened by requestBulkUpload names; timed from the invocation to its answer (DONE, every line succeeded, none repeated: each run's lines are new)`,
      baseline: `the same calls for the same file by hand with the SDK (a DynamoDB document client built as the runtime's, an S3 client), none of our code: GetItem of the request, GetObject (range), UpdateItem (start), GetItem; per line a consistent GetItem of the profile, then for a passport GetItem (projection pk) and TransactWriteItems (the document's update as the register writes it, and the claim), for an inquiry TransactWriteItems (the claim, and a Put of an inquiry submitEmployeeInquiry filed in bulk before the runs, rekeyed); ${CONCURRENCY} lines at once within each chunk of ${CHUNK}, then TransactWriteItems (the chunk and the counters); UpdateItem (done), DeleteObject`,
      progress: `both sides' request item read every ${POLL_MS} ms with a consistent GetItem (processed, as GET …/{bulkRequestId} reports it) and drawn on stderr`,
      order: `${ROUNDS} round(s); in each, ours and the baseline once per kind, which goes first alternating from kind to kind and round to round; every call each side's clients sent counted by command and required to be the same; figures are medians over the rounds; ratio = baseline seconds / our seconds (our share of the baseline's throughput)`,
    },
    load: { cores: 2, loadAverageBefore: round(loadBefore, 1), loadAverageAfter: round(loadAfter, 1) },
    files: figures,
    mismatches,
  };
  writeFileSync(join(PROJECT_ROOT, 'bench/bulk-file-results.json'), `${JSON.stringify(output, null, 2)}\n`);
  const markdown = [
    '| File | Lines | Seconds (baseline) | Lines/s (baseline) | × of the baseline |',
    '|---|---:|---:|---:|---:|',
    ...figures.map(
      (f) =>
        `| ${f.kind} | ${thousands(f.lines)} | ${f.seconds.toFixed(1)} (${f.baselineSeconds.toFixed(1)}) | ${thousands(f.linesPerSecond)} (${thousands(f.baselineLinesPerSecond)}) | ${f.ratio.toFixed(2)}× |`,
    ),
    '',
    `Measured ${output.measuredAt.slice(0, 10)} on Node ${process.version}, ${ROUNDS} round(s), load average ${output.load.loadAverageBefore} before, ${output.load.loadAverageAfter} after.`,
  ].join('\n');
  console.log(`\n${markdown}\n\nWritten to bench/bulk-file-results.json.`);
  if (mismatches.length > 0) {
    console.error(`The baseline did not make our calls:\n- ${mismatches.join('\n- ')}`);
    process.exitCode = 1;
  }
  runtime.dynamodb.documentClient().destroy();
  bare.destroy();
  bareS3.destroy();
  benchS3.destroy();
  lowLevel.destroy();
};

try {
  await run();
} finally {
  await stopS3?.();
  await dynamoDbLocal.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
