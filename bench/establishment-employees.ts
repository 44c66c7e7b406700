import { deepStrictEqual } from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DeleteTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  BatchWriteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  type QueryCommandOutput,
} from '@aws-sdk/lib-dynamodb';
import { DynamoDbEmployeeDirectory } from '../functions/adapters/establishments/dynamodb-employee-directory.js';
import {
  DynamoDbDocumentRegister,
  documentItemOf,
} from '../functions/adapters/residents/dynamodb-document-register.js';
import { profileKey } from '../functions/adapters/shared/item-keys.js';
import { TABLE_LOGICAL_ID_PREFIXES } from '../functions/contract/construct-ids.js';
import type { EmployeeListDeps } from '../functions/domain/establishments/employee-deps.js';
import type { EstablishmentStaff } from '../functions/domain/establishments/establishment-staff.js';
import {
  type EmployeeDocumentQuery,
  listEmployeeDocuments,
} from '../functions/domain/establishments/list-employee-documents.js';
import { importRegister } from '../functions/domain/residents/import-register.js';
import type { RegisterLine, RegisterRecord } from '../functions/domain/residents/register-record.js';
import {
  type DocumentType,
  documentIdFor,
  type ResidentDocument,
} from '../functions/domain/residents/resident-document.js';
import { addDays, type CalendarDate, riyadhToday } from '../functions/domain/shared/calendar-date.js';
import { PAGE_LIMITS } from '../functions/http/page-query.js';
import { PROJECT_ROOT } from '../lib/aws/project-context.js';
import { LOCAL_AWS } from '../lib/local/dynamodb-local.js';
import { synthesizeSystem } from '../lib/local/synthesized-templates.js';
import { ensureTables, tablesOf } from '../lib/local/template-tables.js';
import { benchDynamoDbLocal } from './support/bench-dynamodb-local.js';
import { indexHash } from './support/index-hash.js';
import { withCheckDigit } from './support/residents.js';

/**
 * An establishment's employee list reads one partition of the residents table's employer index,
 * never a scan: a page must cost the same reads for an establishment of 100 employees as for one of
 * 50,000, in the same table and the same run. Pages are read through the real use case
 * (`listEmployeeDocuments` over `DynamoDbEmployeeDirectory` and `DynamoDbDocumentRegister`) on a
 * client that records every call, and timed against the same calls written by hand.
 */

// ---------------------------------------------------------------------------------------------
// Parameters

const SMALL = Number(process.env.BENCH_ESTABLISHMENT_SMALL ?? 100);
const BIG = Number(process.env.BENCH_ESTABLISHMENT_BIG ?? 50_000);
if (!Number.isInteger(SMALL) || !Number.isInteger(BIG) || SMALL < 100 || BIG < SMALL)
  throw new Error('BENCH_ESTABLISHMENT_SMALL ≥ 100 and BENCH_ESTABLISHMENT_BIG ≥ it: whole numbers of employees');
/** Timed reads of each page, per side, after the warm-up. */
const TIMED_RUNS = Number(process.env.BENCH_ESTABLISHMENT_RUNS ?? 100);
const WARM_UP = Number(process.env.BENCH_ESTABLISHMENT_WARM_UP ?? 10);
/** BatchWriteItem requests in flight while seeding (25 items each). */
const SEED_CONCURRENCY = Number(process.env.BENCH_ESTABLISHMENT_SEED_CONCURRENCY ?? 8);
/** The page size a client gets when it asks for none. */
const LIMIT = PAGE_LIMITS.default;
/** The page read deep into the list: its cursor is the one the 9 pages before it gave. */
const DEEP_PAGE = 10;
const FILTER = { expiringWithinDays: 30, documentType: 'PASSPORT' as DocumentType };
/** The clock of the reads: 09:00 in Riyadh. */
const NOW = new Date('2026-12-02T06:00:00Z');
const TODAY = riyadhToday(NOW);
/** Expiry dates from 60 days ago to 669 days ahead, spread evenly over the documents. */
const EXPIRY_SPAN_DAYS = 730;
const EXPIRED_DAYS = 60;

// ---------------------------------------------------------------------------------------------
// Synthetic establishments: employee i of establishment `base` holds 2 or 3 documents of their own.

interface Establishment {
  label: 'small' | 'big';
  id: string;
  employees: number;
  /** The first employee's number among all synthetic residents of this bench. */
  base: number;
}

const ESTABLISHMENTS: Establishment[] = [
  { label: 'small', id: '7000000100', employees: SMALL, base: 30_000_000 },
  { label: 'big', id: '7000050000', employees: BIG, base: 40_000_000 },
];

const iqamaOf = (establishment: Establishment, employee: number) =>
  withCheckDigit(`2${String(establishment.base + employee).padStart(8, '0')}`);

/** The employee's register lines: own iqama, own passport, and for two in three a work visa. */
const recordsOf = (establishment: Establishment, employee: number, firstDocument: number): RegisterRecord[] => {
  const iqamaNumber = iqamaOf(establishment, employee);
  const n = establishment.base + employee;
  const types: [DocumentType, string][] = [
    ['IQAMA', iqamaNumber],
    ['PASSPORT', `P${String(indexHash(n, 21) % 100_000_000).padStart(8, '0')}`],
    ...(indexHash(n, 22) % 3 < 2 ? [['WORK_VISA', String(9_000_000_000 + n)] as [DocumentType, string]] : []),
  ];
  return types.map(([type, number], slot) => ({
    iqamaNumber,
    holder: { kind: 'RESIDENT' },
    type,
    number,
    // Document k of the establishment: 7,919 is prime to the span, so the first `span` documents take distinct dates.
    expiresOn: addDays(TODAY, (((firstDocument + slot) * 7_919) % EXPIRY_SPAN_DAYS) - EXPIRED_DAYS),
    establishmentId: establishment.id,
  }));
};

/** Every employee's records, in order. */
const allRecords = (establishment: Establishment) => {
  const records: RegisterRecord[][] = [];
  let documents = 0;
  for (let employee = 0; employee < establishment.employees; employee++) {
    const own = recordsOf(establishment, employee, documents);
    documents += own.length;
    records.push(own);
  }
  return records;
};

/**
 * The items the register import stores for one employee (checked against a real import below):
 * the profile naming the establishment, its contact version 1 from that change, and each own
 * document as `documentItemOf` stores it with the profile's contact and employer copied on.
 */
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
      holder: record.holder,
      contact: { locale: 'ar', smsReminders: true },
      source: 'REGISTER',
    };
    return { ...documentItemOf(document), contactVersion: 1, employer: record.establishmentId };
  });
  return [profile, ...documents] as Record<string, unknown>[];
};

// ---------------------------------------------------------------------------------------------
// Helpers

const round = (value: number, digits = 2) => Number(value.toFixed(digits));
const thousands = (value: number) => value.toLocaleString('en-US');
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

const batchWrite = async (client: DynamoDBDocumentClient, tableName: string, items: Record<string, unknown>[]) => {
  let next = 0;
  let retries = 0;
  const worker = async () => {
    while (next < items.length) {
      const from = next;
      next = Math.min(items.length, next + 25);
      let requests = items.slice(from, next).map((Item) => ({ PutRequest: { Item } }));
      for (let attempt = 0; requests.length > 0; attempt++) {
        if (attempt > 0) {
          retries++;
          await sleep(Math.min(1000, 20 * 2 ** attempt));
        }
        const { UnprocessedItems } = await client.send(
          new BatchWriteCommand({ RequestItems: { [tableName]: requests } }),
        );
        requests = (UnprocessedItems?.[tableName] ?? []) as typeof requests;
      }
    }
  };
  await Promise.all(Array.from({ length: SEED_CONCURRENCY }, worker));
  return retries;
};

interface Call {
  command: string;
  count?: number;
  scanned?: number;
  capacity?: number;
}

/**
 * A document client whose every call is recorded while `recording.calls` is set: the command's
 * name, Count and ScannedCount, and the consumed capacity (ReturnConsumedCapacity=TOTAL is added to
 * every read, on both sides alike).
 */
const recordingClient = (endpoint: string) => {
  const client = new DynamoDBClient({ endpoint, ...LOCAL_AWS });
  const documents = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
  const recording: { calls?: Call[] } = {};
  documents.middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as Record<string, unknown>;
      const command = context.commandName ?? '';
      if (command === 'QueryCommand' || command === 'GetItemCommand') input.ReturnConsumedCapacity = 'TOTAL';
      const result = await next(args);
      const output = result.output as Record<string, unknown>;
      recording.calls?.push({
        command: command.replace(/Command$/, ''),
        ...(output.Count !== undefined && { count: Number(output.Count) }),
        ...(output.ScannedCount !== undefined && { scanned: Number(output.ScannedCount) }),
        capacity: (output.ConsumedCapacity as { CapacityUnits?: number } | undefined)?.CapacityUnits,
      });
      return result;
    },
    { step: 'initialize', name: 'benchRecorder' },
  );
  return { client, documents, recording };
};

// ---------------------------------------------------------------------------------------------
// The baseline: the same page read with hand-written calls, no project code.

interface BaselinePage {
  rows: { iqamaNumber: string; documentId: string }[];
  last?: Record<string, unknown>;
}

/** Today in Riyadh (UTC+3, no daylight saving) plus `days`, by hand. */
const riyadhDatePlus = (at: Date, days: number) =>
  new Date(at.getTime() + 3 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

const baselinePage = async (
  client: DynamoDBDocumentClient,
  tableName: string,
  establishmentId: string,
  filter: { expiringWithinDays?: number; documentType?: string },
  start?: Record<string, unknown>,
): Promise<BaselinePage> => {
  const by = filter.expiringWithinDays === undefined ? undefined : riyadhDatePlus(NOW, filter.expiringWithinDays);
  const page: QueryCommandOutput = await client.send(
    new QueryCommand({
      TableName: tableName,
      IndexName: 'byEmployer',
      KeyConditionExpression: by ? 'employer = :e AND expiresOn <= :by' : 'employer = :e',
      ...(filter.documentType && { FilterExpression: 'documentType = :t' }),
      ExpressionAttributeValues: {
        ':e': establishmentId,
        ...(by && { ':by': by }),
        ...(filter.documentType && { ':t': filter.documentType }),
      },
      Limit: LIMIT,
      ExclusiveStartKey: start,
    }),
  );
  const items = (page.Items ?? []) as { pk: string; iqamaNumber: string; documentId: string }[];
  const holders = [...new Set(items.map((item) => item.pk))];
  const employed = new Set(
    (
      await Promise.all(
        holders.map(async (pk) => {
          const { Item } = await client.send(
            new GetCommand({ TableName: tableName, Key: { pk, sk: 'PROFILE' }, ConsistentRead: true }),
          );
          return Item?.establishmentId === establishmentId ? pk : undefined;
        }),
      )
    ).filter((pk) => pk !== undefined),
  );
  return {
    rows: items
      .filter((item) => employed.has(item.pk))
      .map((item) => ({ iqamaNumber: item.iqamaNumber, documentId: item.documentId })),
    ...(page.LastEvaluatedKey && { last: page.LastEvaluatedKey }),
  };
};

// ---------------------------------------------------------------------------------------------
// The run

const PAGE_KINDS = ['first', 'deep', 'filtered'] as const;
type PageKind = (typeof PAGE_KINDS)[number];
const PAGE_NAMES: Record<PageKind, string> = {
  first: 'first page',
  deep: `page ${DEEP_PAGE} (by cursors)`,
  filtered: `filtered (expiringWithinDays=${FILTER.expiringWithinDays}, documentType=${FILTER.documentType})`,
};

interface PageCase {
  establishment: Establishment;
  kind: PageKind;
  ours: () => Promise<{ iqamaNumber: string; documentId: string }[]>;
  baseline: () => Promise<{ iqamaNumber: string; documentId: string }[]>;
  calls?: Call[];
  baselineCalls?: Call[];
  rows?: number;
  ourMs: number[];
  baselineMs: number[];
}

const dynamoDbLocal = benchDynamoDbLocal();

const run = async () => {
  console.log('Synthesizing the system…');
  const system = synthesizeSystem();
  const template = tablesOf(system.dataTemplate).find((table) =>
    table.logicalId.startsWith(TABLE_LOGICAL_ID_PREFIXES.residents),
  );
  if (!template) throw new Error('The synthesized data stack has no residents table');
  const residents = { ...template, input: { ...template.input, TableName: `${template.logicalId}-benchEmployer` } };
  const tableName = residents.input.TableName!;
  const employerIndex = residents.input.GlobalSecondaryIndexes?.find((index) => index.IndexName === 'byEmployer');
  if (!employerIndex) throw new Error('The synthesized residents table has no byEmployer index');

  console.log('Starting DynamoDB Local (in memory)…');
  const dynamodb = await dynamoDbLocal.start();
  const { client, documents, recording } = recordingClient(dynamodb.endpoint);
  try {
    await ensureTables(client, [residents]);
    const register = new DynamoDbDocumentRegister(documents, tableName);
    const deps: EmployeeListDeps = {
      employees: new DynamoDbEmployeeDirectory(documents, tableName),
      register,
      clock: () => NOW,
    };

    // Seeding: the small establishment by the real import, the big one by BatchWrite of the same items.
    const [small, big] = ESTABLISHMENTS as [Establishment, Establishment];
    const seeded = new Map<Establishment, { documents: number; expiries: CalendarDate[] }>();
    const seeding: Record<string, unknown> = {};
    for (const establishment of ESTABLISHMENTS) {
      const records = allRecords(establishment);
      const flat = records.flat();
      seeded.set(establishment, {
        documents: flat.length,
        expiries: flat.map((record) => record.expiresOn).sort(),
      });
      const started = performance.now();
      if (establishment === small) {
        console.log(`Importing ${thousands(flat.length)} register lines of ${SMALL} employees (the real import)…`);
        async function* lines(): AsyncGenerator<RegisterLine> {
          let line = 1;
          for (const record of flat) yield { line: line++, record };
        }
        const report = await importRegister(register, lines());
        if (report.created !== flat.length || report.rejected.length > 0)
          throw new Error(`The import did not create every line: ${JSON.stringify(report)}`);
        // What the import wrote is what the builder below builds, item for item.
        for (const own of records) {
          for (const expected of itemsOf(own)) {
            const { Item } = await documents.send(
              new GetCommand({ TableName: tableName, Key: { pk: expected.pk, sk: expected.sk }, ConsistentRead: true }),
            );
            deepStrictEqual(
              Item,
              expected,
              `The import stored ${expected.pk} ${expected.sk} otherwise than the bench builds it`,
            );
          }
        }
        const seconds = round((performance.now() - started) / 1000, 1);
        seeding.small = { method: 'importRegister (real)', lines: flat.length, seconds };
        console.log(`  imported in ${seconds} s; every item is what the bench's builder makes`);
      } else {
        const items = records.flatMap(itemsOf);
        console.log(
          `Seeding ${thousands(items.length)} items (${thousands(establishment.employees)} employees) by BatchWrite…`,
        );
        const retries = await batchWrite(documents, tableName, items);
        const seconds = round((performance.now() - started) / 1000, 1);
        seeding.big = {
          method: `BatchWriteItem of 25, ${SEED_CONCURRENCY} in flight, items built as the small one's import stored them`,
          items: items.length,
          seconds,
          itemsPerSecond: Math.round(items.length / seconds),
          retries,
        };
        console.log(`  seeded in ${seconds} s (${thousands(Math.round(items.length / seconds))} items/s)`);
        const last = records.at(-1)!;
        const read = await register.documentsOf(last[0]!.iqamaNumber);
        deepStrictEqual(
          read.length,
          last.length,
          'The big establishment’s last employee’s documents are not read back',
        );
      }
    }
    for (const establishment of ESTABLISHMENTS) {
      const within = seeded
        .get(establishment)!
        .expiries.filter((date) => date <= addDays(TODAY, FILTER.expiringWithinDays)).length;
      if (within < LIMIT || seeded.get(establishment)!.documents < DEEP_PAGE * LIMIT)
        throw new Error(
          `${establishment.label}: too few documents for full pages (${within} within the filter's window)`,
        );
    }

    // The pages, through the use case and by hand.
    const cases: PageCase[] = [];
    for (const establishment of ESTABLISHMENTS) {
      const staff: EstablishmentStaff = {
        id: `staff-${establishment.id}`,
        establishmentId: establishment.id,
        locale: 'en',
      };
      const list = (query: EmployeeDocumentQuery) => listEmployeeDocuments(deps, staff, query);
      let cursor: string | undefined;
      let baselineStart: Record<string, unknown> | undefined;
      for (let page = 1; page < DEEP_PAGE; page++) {
        cursor = (await list({ limit: LIMIT, ...(cursor && { cursor }) })).nextCursor;
        baselineStart = (await baselinePage(documents, tableName, establishment.id, {}, baselineStart)).last;
        if (!cursor || !baselineStart)
          throw new Error(`${establishment.label}: the list ends before page ${DEEP_PAGE}`);
      }
      const deepCursor = cursor!;
      const deepStart = baselineStart!;
      const rowsOf = (page: { items: { iqamaNumber: string; documentId: string }[] }) =>
        page.items.map(({ iqamaNumber, documentId }) => ({ iqamaNumber, documentId }));
      const queries: Record<
        PageKind,
        { ours: EmployeeDocumentQuery; filter: typeof FILTER | object; start?: Record<string, unknown> }
      > = {
        first: { ours: { limit: LIMIT }, filter: {} },
        deep: { ours: { limit: LIMIT, cursor: deepCursor }, filter: {}, start: deepStart },
        filtered: { ours: { limit: LIMIT, ...FILTER }, filter: FILTER },
      };
      for (const kind of PAGE_KINDS) {
        const { ours, filter, start } = queries[kind];
        cases.push({
          establishment,
          kind,
          ours: async () => rowsOf(await list(ours)),
          baseline: async () => (await baselinePage(documents, tableName, establishment.id, filter, start)).rows,
          ourMs: [],
          baselineMs: [],
        });
      }
    }

    // One recorded read of each page, on each side; the two sides must return the same rows.
    for (const entry of cases) {
      recording.calls = [];
      const rows = await entry.ours();
      entry.calls = recording.calls;
      recording.calls = [];
      const baselineRows = await entry.baseline();
      entry.baselineCalls = recording.calls;
      recording.calls = undefined;
      deepStrictEqual(
        rows,
        baselineRows,
        `${entry.establishment.label} ${entry.kind}: the use case and the baseline differ`,
      );
      entry.rows = rows.length;
      if (rows.length === 0 || (entry.kind !== 'filtered' && rows.length !== LIMIT))
        throw new Error(`${entry.establishment.label} ${entry.kind}: ${rows.length} rows, not a full page`);
    }

    const loadBefore = loadavg()[0]!;
    console.log(`Timing ${WARM_UP} + ${TIMED_RUNS} reads of each page on each side, interleaved…`);
    const timingStarted = performance.now();
    for (let pass = 0; pass < WARM_UP + TIMED_RUNS; pass++) {
      for (const entry of pass % 2 === 0 ? cases : [...cases].reverse()) {
        const sides = [
          [entry.ours, entry.ourMs],
          [entry.baseline, entry.baselineMs],
        ] as const;
        for (const [read, times] of pass % 2 === 0 ? sides : [...sides].reverse()) {
          const started = performance.now();
          await read();
          const elapsed = performance.now() - started;
          if (pass >= WARM_UP) times.push(elapsed);
        }
      }
    }
    const timingSeconds = round((performance.now() - timingStarted) / 1000, 1);
    const loadAfter = loadavg()[0]!;

    // Figures
    const summarize = (calls: Call[]) => {
      const byKind: Record<string, number> = {};
      for (const call of calls) byKind[call.command] = (byKind[call.command] ?? 0) + 1;
      const queries = calls.filter((call) => call.command === 'Query');
      const gets = calls.filter((call) => call.command === 'GetItem');
      const indexItemsRead = queries.reduce((sum, call) => sum + (call.scanned ?? 0), 0);
      const capacityKnown = calls.every((call) => call.capacity !== undefined);
      return {
        callsByKind: byKind,
        indexItemsRead,
        indexItemsReturned: queries.reduce((sum, call) => sum + (call.count ?? 0), 0),
        profilesRead: gets.length,
        itemsRead: indexItemsRead + gets.length,
        readCapacity: capacityKnown
          ? round(
              calls.reduce((sum, call) => sum + call.capacity!, 0),
              2,
            )
          : null,
        indexReadCapacity: capacityKnown
          ? round(
              queries.reduce((sum, call) => sum + call.capacity!, 0),
              2,
            )
          : null,
      };
    };
    const figures = cases.map((entry) => {
      const ours = summarize(entry.calls!);
      const p50 = percentile(entry.ourMs, 50);
      const p95 = percentile(entry.ourMs, 95);
      const baseP50 = percentile(entry.baselineMs, 50);
      const baseP95 = percentile(entry.baselineMs, 95);
      return {
        establishment: entry.establishment.label,
        employees: entry.establishment.employees,
        documents: seeded.get(entry.establishment)!.documents,
        page: entry.kind,
        pageName: PAGE_NAMES[entry.kind],
        rows: entry.rows!,
        ...ours,
        baselineCalls: summarize(entry.baselineCalls!).callsByKind,
        latencyMs: {
          p50: round(p50, 3),
          p95: round(p95, 3),
          baselineP50: round(baseP50, 3),
          baselineP95: round(baseP95, 3),
          ratioP50: round(p50 / baseP50, 2),
          ratioP95: round(p95 / baseP95, 2),
        },
      };
    });

    const failures: string[] = [];
    const ratios = PAGE_KINDS.map((kind) => {
      const [s, b] = [small, big].map((establishment) =>
        figures.find((figure) => figure.page === kind && figure.establishment === establishment.label),
      ) as [(typeof figures)[number], (typeof figures)[number]];
      for (const figure of [s, b]) {
        // One Query of at most a page, and one profile read per distinct holder on it: nothing else.
        if (figure.callsByKind.Query !== 1 || figure.indexItemsRead > LIMIT)
          failures.push(
            `${figure.establishment} ${kind}: ${JSON.stringify(figure.callsByKind)}, ${figure.indexItemsRead} index items read (a page is ${LIMIT})`,
          );
        if (figure.profilesRead > figure.indexItemsReturned)
          failures.push(
            `${figure.establishment} ${kind}: ${figure.profilesRead} profiles read for ${figure.indexItemsReturned} rows`,
          );
      }
      // The only difference allowed: how many distinct employees the page's own rows name.
      if (s.indexItemsRead !== b.indexItemsRead)
        failures.push(
          `${kind}: ${b.indexItemsRead} index items read for ${big.employees} employees, ${s.indexItemsRead} for ${small.employees}`,
        );
      const ratio = {
        page: kind,
        itemsReadBigOverSmall: round(b.itemsRead / s.itemsRead, 2),
        indexItemsReadBigOverSmall: round(b.indexItemsRead / s.indexItemsRead, 2),
        readCapacityBigOverSmall:
          s.readCapacity && b.readCapacity !== null ? round(b.readCapacity / s.readCapacity, 2) : null,
        latencyP50BigOverSmall: round(b.latencyMs.p50 / s.latencyMs.p50, 2),
      };
      if (Math.abs(b.itemsRead - s.itemsRead) > Math.abs(b.profilesRead - s.profilesRead))
        failures.push(`${kind}: items read big/small ${ratio.itemsReadBigOverSmall}, beyond the page's own rows`);
      return ratio;
    });

    const output = {
      measuredAt: new Date().toISOString(),
      node: process.version,
      method: {
        store: `DynamoDB Local in memory, the residents table (${tableName}) created from the synthesized data template with its byEmployer index (${employerIndex.KeySchema!.map((key) => key.AttributeName).join(', ')}; projection ${employerIndex.Projection?.ProjectionType}); both establishments in the one table`,
        data: `${small.employees} and ${big.employees} employees, each a profile naming the establishment and 2 or 3 own documents (iqama, passport, and a work visa for two in three), expiry dates spread evenly from ${EXPIRED_DAYS} days before ${TODAY} to ${EXPIRY_SPAN_DAYS - EXPIRED_DAYS - 1} days after`,
        seeding: `the small establishment through importRegister over DynamoDbDocumentRegister (the real import), every item it stored compared with the bench's builder (documentItemOf and the profile, the contact and employer copied as the import does); the big one by BatchWriteItem of the builder's items. Seeding time is not a figure.`,
        reads: `listEmployeeDocuments (domain) over DynamoDbEmployeeDirectory and DynamoDbDocumentRegister, limit ${LIMIT}, clock ${NOW.toISOString()}: the first page, page ${DEEP_PAGE} by the cursors of the pages before it, and the first page filtered (expiringWithinDays=${FILTER.expiringWithinDays}, documentType=${FILTER.documentType}). Every call recorded on the document client: command, Count, ScannedCount, ConsumedCapacity (ReturnConsumedCapacity=TOTAL added to every Query and GetItem; DynamoDB Local returns it). itemsRead = index items read (ScannedCount) + profiles read (GetItem).`,
        baseline: `the same page by hand, no project code: the same Query on byEmployer (the same key condition, filter, Limit, and the LastEvaluatedKey of its own page ${DEEP_PAGE - 1}) and the same consistent GetItem of each distinct holder's profile, in parallel; its rows checked equal to the use case's`,
        timing: `${WARM_UP} warm-up rounds, then ${TIMED_RUNS} rounds; each round reads every page of both establishments on both sides, the order alternating; p50 and p95 per side, ratio ours/baseline`,
        check: `fails (exit 1) if a page makes anything but one Query of at most ${LIMIT} index items and one GetItem per distinct holder on it, or if the index items read differ between the establishments (the items-read ratio may differ from 1 only by the page's own distinct holders)`,
      },
      seeding,
      load: { before: round(loadBefore, 2), after: round(loadAfter, 2), timingSeconds },
      pages: figures,
      ratios,
      failures,
    };
    writeFileSync(
      join(PROJECT_ROOT, 'bench/establishment-employees-results.json'),
      `${JSON.stringify(output, null, 2)}\n`,
    );

    const calls = (byKind: Record<string, number>) =>
      Object.entries(byKind)
        .map(([command, count]) => (count === 1 ? command : `${count}× ${command}`))
        .join(', ');
    const markdown = [
      '| Employees | Page | Rows | Calls | Items read (index + profiles) | RCU | p50 ms (baseline) | × | p95 ms (baseline) | × |',
      '|---:|---|---:|---|---:|---:|---:|---:|---:|---:|',
      ...figures.map(
        (f) =>
          `| ${thousands(f.employees)} | ${f.pageName} | ${f.rows} | ${calls(f.callsByKind)} | ${f.itemsRead} (${f.indexItemsRead} + ${f.profilesRead}) | ${f.readCapacity ?? 'n/a'} | ${f.latencyMs.p50.toFixed(2)} (${f.latencyMs.baselineP50.toFixed(2)}) | ${f.latencyMs.ratioP50.toFixed(2)}× | ${f.latencyMs.p95.toFixed(2)} (${f.latencyMs.baselineP95.toFixed(2)}) | ${f.latencyMs.ratioP95.toFixed(2)}× |`,
      ),
      '',
      `Reads per page, ${thousands(big.employees)} over ${thousands(small.employees)} employees: ${ratios.map((r) => `${PAGE_NAMES[r.page]} ${r.itemsReadBigOverSmall.toFixed(2)}× items (${r.indexItemsReadBigOverSmall.toFixed(2)}× index items, ${r.readCapacityBigOverSmall?.toFixed(2) ?? 'n/a'}× RCU)`).join('; ')}.`,
      `Measured ${output.measuredAt.slice(0, 10)} on Node ${process.version}: ${TIMED_RUNS} reads of each page per side (after ${WARM_UP}); load average ${output.load.before} before, ${output.load.after} after.`,
    ].join('\n');
    console.log(`\n${markdown}\n\nWritten to bench/establishment-employees-results.json.`);
    if (failures.length > 0) {
      console.error(`A page's reads depend on the establishment's size:\n- ${failures.join('\n- ')}`);
      process.exitCode = 1;
    }
    await client.send(new DeleteTableCommand({ TableName: tableName }));
  } finally {
    client.destroy();
  }
};

try {
  await run();
} finally {
  await dynamoDbLocal.stop();
}
