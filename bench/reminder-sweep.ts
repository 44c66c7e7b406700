// Handler modules build their wiring as they load; the harness gives them fakes, so names are all they need.
import '../test/support/handler-module-environment.js';
import { deepStrictEqual } from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DeleteTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import {
  DynamoDbDocumentRegister,
  documentItemOf,
} from '../functions/adapters/residents/dynamodb-document-register.js';
import { constructPath, SERVICE_CONSTRUCTS, TABLE_LOGICAL_ID_PREFIXES } from '../functions/contract/construct-ids.js';
import { DEFAULT_LEAD_DAYS } from '../functions/contract/reminder-leads.js';
import { REMINDER_TASKS } from '../functions/contract/triggers.js';
import { REMINDER_STATES } from '../functions/contract/workflow-states.js';
import { CONTACT_SHARDS } from '../functions/domain/establishments/establishment-contact.js';
import { EXPIRY_SHARDS } from '../functions/domain/reminders/reminder-batch.js';
import { dueDates, sweepLeads } from '../functions/domain/reminders/reminder-schedule.js';
import { PAGE_SIZE } from '../functions/domain/reminders/send-reminder-batch.js';
import { isIqamaNumber, isSaudiMobile } from '../functions/domain/residents/resident.js';
import {
  DEPENDENT_RELATIONS,
  DOCUMENT_TYPES,
  type DocumentType,
  documentIdFor,
  type Holder,
  type ResidentDocument,
} from '../functions/domain/residents/resident-document.js';
import { addDays, type CalendarDate } from '../functions/domain/shared/calendar-date.js';
import { LOCALES } from '../functions/domain/shared/locale.js';
import { measureSms, SINGLE_PART_LIMIT } from '../functions/domain/sms/sms-parts.js';
import { PROJECT_ROOT } from '../lib/aws/project-context.js';
import { LOCAL_AWS } from '../lib/local/dynamodb-local.js';
import { functionLogicalId, stateMachineOf } from '../lib/local/review-state-machine.js';
import { type SynthesizedSystem, synthesizeSystem } from '../lib/local/synthesized-templates.js';
import { ensureTables, type LocalTable, tablesOf } from '../lib/local/template-tables.js';
import { reminderHarness } from '../test/support/reminder-harness.js';
import { benchDynamoDbLocal } from './support/bench-dynamodb-local.js';
import { indexHash } from './support/index-hash.js';
import { sizeOfItem } from './support/item-size.js';
import { withCheckDigit } from './support/residents.js';

const { reminderSweep } = SERVICE_CONSTRUCTS;

/**
 * The daily expiry-reminder sweep against a large residents table: seed DynamoDB Local (in memory)
 * with N documents, about 600 expiring on each date, run the synthesized state machine with the real
 * handlers for a day, and report items read per reminder (the index must make the cost follow the
 * reminders due, not the table), wall time, and SMS parts per message. Two table sizes in the same run:
 * their wall-time ratio, not the absolute times, is the figure to compare (these machines are noisy).
 */

// ---------------------------------------------------------------------------------------------
// Parameters

/** Smallest first: the ratio is the largest table's over the smallest's. */
const SIZES = (process.env.BENCH_REMINDER_SIZES ?? '100000,1000000')
  .split(',')
  .map((size) => Number(size.trim()))
  .sort((a, b) => a - b);
if (SIZES.length === 0 || SIZES.some((size) => !Number.isInteger(size) || size < 1000))
  throw new Error('BENCH_REMINDER_SIZES: whole numbers of documents, each at least 1000');
/** The day whose figures are reported, as in the integration test. */
const SWEEP_DATE: CalendarDate = '2026-11-25';
/** Documents expiring on each date: five due dates a day make about 3,000 reminders. */
const DOCUMENTS_PER_DATE = 600;
/** A first sweep per table on another day, not reported as a figure: JIT and caches warm up on both sides alike. */
const WARM_UP_DATE = addDays(SWEEP_DATE, -1);
/** 09:00 in Riyadh on `day`, when the daily schedule starts the sweep. */
const nineInRiyadh = (day: CalendarDate) => new Date(`${day}T06:00:00Z`);
/** Days swept per table, interleaved between the tables, for the wall-time ratio (the first is SWEEP_DATE). */
const TIMING_DAYS = Number(process.env.BENCH_REMINDER_TIMING_DAYS ?? 3);
/** BatchWriteItem requests in flight while seeding (25 items each). */
const SEED_CONCURRENCY = Number(process.env.BENCH_REMINDER_SEED_CONCURRENCY ?? 8);
/** Documents per synthetic resident: own iqama, own passport, own visa, and a dependent's document or a second visa. */
const DOCUMENTS_PER_RESIDENT = 4;

// National-scale cost estimate. Prices are on-demand list prices, assumptions to check against the current price lists.
/** About 36,000 documents expire on a day nationally (the figure EXPIRY_SHARDS is sized for). */
const NATIONAL_EXPIRING_PER_DAY = 36_000;
/**
 * ASSUMPTION: Amazon SNS transactional SMS to Saudi Arabia, USD per message part. SMS prices change
 * often and carriers may add fees: check the current SNS / End User Messaging SMS price list.
 */
const SMS_USD_PER_PART = 0.0247;
/** ASSUMPTION: DynamoDB on-demand, USD per write request unit (1.25 per million). */
const DYNAMODB_USD_PER_WRU = 1.25 / 1_000_000;
/** ASSUMPTION: DynamoDB on-demand, USD per read request unit (0.25 per million). */
const DYNAMODB_USD_PER_RRU = 0.25 / 1_000_000;
/** ASSUMPTION: Step Functions Standard workflows, USD per state transition (0.025 per 1,000). */
const STEP_FUNCTIONS_USD_PER_TRANSITION = 0.025 / 1000;
/** ASSUMPTION: Lambda on arm64, USD per GB-second, and per request (0.20 per million). */
const LAMBDA_USD_PER_GB_SECOND = 0.0000133334;
const LAMBDA_USD_PER_REQUEST = 0.2 / 1_000_000;
/** A Query reads up to 4 KB per read request unit; an eventually consistent one (all index reads are) costs half. */
const QUERY_BYTES_PER_UNIT = 4096;
const EVENTUALLY_CONSISTENT_UNITS = 0.5;

// ---------------------------------------------------------------------------------------------
// Synthetic documents, deterministic: document i belongs to resident floor(i / 4).

const iqamaOf = (resident: number) => withCheckDigit(`2${String(10_000_000 + resident).padStart(8, '0')}`);
/** Distinct for every resident: 7,919 is prime to 10^8. */
const phoneOf = (resident: number) => `+9665${String((resident * 7_919 + 12_345) % 100_000_000).padStart(8, '0')}`;
/** The SMS rate the stage assumes when it sets none (lib/service-stack.ts): the SNS default quota. */
const ACCOUNT_SMS_PER_SECOND = 20;

/** About 5% of residents have turned SMS reminders off: their documents are read and skipped. */
const optedOut = (resident: number) => indexHash(resident, 12) % 20 === 0;
/** Two residents in five hold a dependent's document in their fourth slot: about 10% of documents. */
const holdsDependent = (resident: number) => indexHash(resident, 13) % 5 < 2;
const VISAS: DocumentType[] = ['EXIT_REENTRY_VISA', 'VISIT_VISA', 'WORK_VISA'];

interface Layout {
  dates: CalendarDate[];
}

/** The expiry dates of a table of `documents`: consecutive, about 600 documents each, around the swept days. */
const layoutOf = (documents: number, sweptDays: CalendarDate[]): Layout => {
  const leads = sweepLeads(DEFAULT_LEAD_DAYS);
  const needed = sweptDays.flatMap((day) => leads.map((lead) => addDays(day, lead))).sort();
  const first = needed[0]!;
  const span = Math.round((Date.parse(needed.at(-1)!) - Date.parse(first)) / 86_400_000) + 1;
  const count = Math.max(Math.round(documents / DOCUMENTS_PER_DATE), span);
  // The due dates sit in the middle of the range, so that nothing about the range's ends matters.
  const start = addDays(first, -Math.floor((count - span) / 2));
  return { dates: Array.from({ length: count }, (_, index) => addDays(start, index)) };
};

const residentOf = (index: number) => Math.floor(index / DOCUMENTS_PER_RESIDENT);

const documentAt = (index: number, layout: Layout): ResidentDocument => {
  const resident = residentOf(index);
  const slot = index % DOCUMENTS_PER_RESIDENT;
  const iqamaNumber = iqamaOf(resident);
  const contact = {
    phone: phoneOf(resident),
    locale: LOCALES[indexHash(resident, 14) % LOCALES.length]!,
    smsReminders: !optedOut(resident),
  };
  const expiresOn = layout.dates[index % layout.dates.length]!;
  const documentOf = (type: DocumentType, number: string, holder: Holder = { kind: 'RESIDENT' }): ResidentDocument => ({
    iqamaNumber,
    documentId: documentIdFor(iqamaNumber, holder, type, number),
    type,
    number,
    expiresOn,
    holder,
    contact,
    source: 'REGISTER',
  });
  if (slot === 0) return documentOf('IQAMA', iqamaNumber);
  if (slot === 1) return documentOf('PASSPORT', `P${String(indexHash(resident, 15) % 100_000_000).padStart(8, '0')}`);
  if (slot === 2 || !holdsDependent(resident))
    return documentOf(VISAS[indexHash(index, 16) % VISAS.length]!, String(9_000_000_000 + index));
  const type = DOCUMENT_TYPES[indexHash(resident, 18) % DOCUMENT_TYPES.length]!;
  const number = type === 'IQAMA' ? iqamaOf(5_000_000 + resident) : String(8_000_000_000 + index);
  return documentOf(type, number, {
    kind: 'DEPENDENT',
    dependentId: `dep-${resident}`,
    name: `Dependent ${resident}`,
    relation: DEPENDENT_RELATIONS[indexHash(resident, 17) % DEPENDENT_RELATIONS.length]!,
  });
};

/** The due documents a sweep of `day` should find, by construction. */
const expectedSweep = (documents: number, layout: Layout, day: CalendarDate) => {
  let due = 0;
  let skipped = 0;
  for (const { expiresOn } of dueDates(day, DEFAULT_LEAD_DAYS)) {
    const offset = layout.dates.indexOf(expiresOn);
    if (offset < 0) throw new Error(`${expiresOn} is outside the seeded expiry dates`);
    for (let index = offset; index < documents; index += layout.dates.length) {
      due++;
      if (optedOut(residentOf(index))) skipped++;
    }
  }
  return { due, sent: due - skipped, skipped };
};

// ---------------------------------------------------------------------------------------------
// Helpers

const round = (value: number, digits = 2) => Number(value.toFixed(digits));
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const thousands = (value: number) => value.toLocaleString('en-US');

/** A progress bar on stderr: redrawn in place on a terminal, one line per tenth otherwise (logs, files). */
const progressBar = (label: string, total: number) => {
  const started = performance.now();
  const tty = process.stderr.isTTY;
  let lastDraw = 0;
  let lastTenth = 0;
  const line = (done: number) => {
    const fraction = done / total;
    const filled = Math.round(fraction * 30);
    const rate = done / ((performance.now() - started) / 1000 || 1);
    return `${label} [${'#'.repeat(filled)}${'.'.repeat(30 - filled)}] ${String(Math.floor(fraction * 100)).padStart(3)}% ${thousands(done)}/${thousands(total)} ${thousands(Math.round(rate))}/s`;
  };
  return {
    update(done: number) {
      if (tty) {
        const now = performance.now();
        if (now - lastDraw < 200 && done < total) return;
        lastDraw = now;
        process.stderr.write(`\r${line(done)}`);
      } else {
        const tenth = Math.floor((done / total) * 10);
        if (tenth === lastTenth) return;
        lastTenth = tenth;
        process.stderr.write(`${line(done)}\n`);
      }
    },
    done(done: number) {
      if (tty) process.stderr.write(`\r${line(done)}\n`);
      else if (lastTenth !== 10) process.stderr.write(`${line(done)}\n`);
    },
  };
};

// ---------------------------------------------------------------------------------------------
// DynamoDB Local, stopped however the run ends.

const dynamoDbLocal = benchDynamoDbLocal();

// ---------------------------------------------------------------------------------------------
// The run

interface Case {
  documents: number;
  layout: Layout;
  names: { residents: string; reminderLog: string };
  sweep: ReturnType<typeof reminderHarness>;
  pages: { count: number };
  seeding: Awaited<ReturnType<typeof seed>>['seeding'];
  sizes: Awaited<ReturnType<typeof seed>>['sizes'];
}

const tableNamed = (tables: LocalTable[], prefix: string, suffix: string): LocalTable => {
  const table = tables.find((candidate) => candidate.logicalId.startsWith(prefix));
  if (!table) throw new Error(`The synthesized data stack has no table ${prefix}…`);
  return { ...table, input: { ...table.input, TableName: `${table.logicalId}-${suffix}` } };
};

const seed = async (
  documentClient: DynamoDBDocumentClient,
  tableName: string,
  documents: number,
  layout: Layout,
  indexAttributes: readonly string[],
) => {
  const bar = progressBar(`Seeding ${thousands(documents).padStart(9)}`, documents);
  let next = 0;
  let written = 0;
  let itemBytes = 0;
  let indexBytes = 0;
  let retries = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < documents) {
      const from = next;
      next = Math.min(documents, next + 25);
      const items = Array.from({ length: next - from }, (_, offset) =>
        documentItemOf(documentAt(from + offset, layout)),
      );
      for (const item of items) {
        itemBytes += sizeOfItem(item);
        indexBytes += sizeOfItem(item, indexAttributes);
      }
      let requests: NonNullable<ConstructorParameters<typeof BatchWriteCommand>[0]['RequestItems']>[string] = items.map(
        (Item) => ({ PutRequest: { Item } }),
      );
      for (let attempt = 0; requests.length > 0; attempt++) {
        if (attempt > 0) {
          retries++;
          await sleep(Math.min(1000, 20 * 2 ** attempt));
        }
        const { UnprocessedItems } = await documentClient.send(
          new BatchWriteCommand({ RequestItems: { [tableName]: requests } }),
        );
        requests = UnprocessedItems?.[tableName] ?? [];
      }
      written += items.length;
      bar.update(written);
    }
  };
  await Promise.all(Array.from({ length: SEED_CONCURRENCY }, worker));
  const ms = performance.now() - started;
  bar.done(written);
  return {
    seeding: {
      ms: Math.round(ms),
      seconds: round(ms / 1000, 1),
      itemsPerSecond: Math.round(documents / (ms / 1000)),
      concurrency: SEED_CONCURRENCY,
      unprocessedRetries: retries,
    },
    sizes: { avgItemBytes: round(itemBytes / documents, 1), avgIndexEntryBytes: round(indexBytes / documents, 1) },
  };
};

/** The register reads back what was seeded, as the register's own code sees it. */
const sanityCheck = async (
  documentClient: DynamoDBDocumentClient,
  tableName: string,
  documents: number,
  layout: Layout,
) => {
  const register = new DynamoDbDocumentRegister(documentClient, tableName);
  // The last resident, and one holding a dependent's document.
  const last = residentOf(documents - 1);
  let withDependent = 0;
  while (!holdsDependent(withDependent)) withDependent++;
  for (const resident of [withDependent, last]) {
    const expected = Array.from(
      { length: DOCUMENTS_PER_RESIDENT },
      (_, slot) => resident * DOCUMENTS_PER_RESIDENT + slot,
    )
      .filter((index) => index < documents)
      .map((index) => documentAt(index, layout));
    const read = await register.documentsOf(iqamaOf(resident));
    const byId = (a: ResidentDocument, b: ResidentDocument) => a.documentId.localeCompare(b.documentId);
    deepStrictEqual(
      [...read].sort(byId),
      [...expected].sort(byId),
      `documentsOf(${iqamaOf(resident)}) does not return the seeded documents`,
    );
  }
  if (!isSaudiMobile(phoneOf(last)) || !isIqamaNumber(iqamaOf(last)))
    throw new Error('Synthetic phone or iqama number is malformed');
};

const run = async (system: SynthesizedSystem) => {
  const definition = stateMachineOf(system, constructPath(reminderSweep.id, reminderSweep.stateMachine)).definition;
  const mapConcurrency = Number(
    (definition.States[REMINDER_STATES.batches] as { MaxConcurrency?: number }).MaxConcurrency ?? 0,
  );
  const sendFunction =
    system.serviceTemplate.Resources[
      functionLogicalId(system, constructPath(reminderSweep.id, REMINDER_TASKS.send.id))
    ]!.Properties!;
  const sendMemoryMb = Number(sendFunction.MemorySize ?? 128);
  const tables = tablesOf(system.dataTemplate);

  console.log('Starting DynamoDB Local (in memory)…');
  const dynamodb = await dynamoDbLocal.start();
  const client = new DynamoDBClient({ endpoint: dynamodb.endpoint, ...LOCAL_AWS });
  const documentClient = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
  const sweptDays = [WARM_UP_DATE, ...Array.from({ length: TIMING_DAYS }, (_, day) => addDays(SWEEP_DATE, day))];

  const cases: Case[] = [];
  try {
    for (const documents of SIZES) {
      const residents = tableNamed(tables, TABLE_LOGICAL_ID_PREFIXES.residents, `bench${documents}`);
      const reminderLog = tableNamed(tables, TABLE_LOGICAL_ID_PREFIXES.reminderLog, `bench${documents}`);
      await ensureTables(client, [residents, reminderLog]);
      const index = residents.input.GlobalSecondaryIndexes!.find((candidate) => candidate.IndexName === 'byExpiry')!;
      const indexAttributes = [
        'pk',
        'sk',
        ...index.KeySchema!.map((key) => key.AttributeName!),
        ...(index.Projection?.NonKeyAttributes ?? []),
      ];
      const layout = layoutOf(documents, sweptDays);
      console.log(
        `\n${thousands(documents)} documents over ${layout.dates.length} expiry dates (${layout.dates[0]} to ${layout.dates.at(-1)}), into ${residents.input.TableName}`,
      );
      const { seeding, sizes } = await seed(
        documentClient,
        residents.input.TableName!,
        documents,
        layout,
        indexAttributes,
      );
      await sanityCheck(documentClient, residents.input.TableName!, documents, layout);
      console.log(
        `Seeded in ${seeding.seconds} s (${thousands(seeding.itemsPerSecond)} items/s); documentsOf() reads the seeded documents back.`,
      );
      const names = { residents: residents.input.TableName!, reminderLog: reminderLog.input.TableName! };
      const sweep = reminderHarness(system, {
        documentClient,
        residentsTable: names.residents,
        reminderLogTable: names.reminderLog,
        now: nineInRiyadh(WARM_UP_DATE),
      });
      // Counts the pages read (one SendReminderBatch call each): the register object is the one the handler uses.
      const pages = { count: 0 };
      const dueOn = sweep.register.dueOn.bind(sweep.register);
      sweep.register.dueOn = (expiresOn, shard, page) => {
        pages.count++;
        return dueOn(expiresOn, shard, page);
      };
      cases.push({ documents, layout, names, sweep, pages, seeding, sizes });
    }

    const sweepOnce = async (entry: Case, day: CalendarDate) => {
      const sentBefore = entry.sweep.sent.length;
      const pagesBefore = entry.pages.count;
      // Each day is swept on its own morning, as the schedule does, so the texts count the days left from it.
      entry.sweep.clock.moveTo(nineInRiyadh(day));
      const started = performance.now();
      const summary = await entry.sweep.run({ date: day });
      const wallMs = performance.now() - started;
      return { summary, wallMs, messages: entry.sweep.sent.slice(sentBefore), pages: entry.pages.count - pagesBefore };
    };

    console.log(`\nWarm-up sweep of ${WARM_UP_DATE} on each table (not reported)…`);
    for (const entry of cases) await sweepOnce(entry, WARM_UP_DATE);

    console.log(`Sweeping ${TIMING_DAYS} day(s) from ${SWEEP_DATE} on each table, interleaved…`);
    const timings = new Map<Case, { date: CalendarDate; wallMs: number }[]>(cases.map((entry) => [entry, []]));
    const reported = new Map<Case, Awaited<ReturnType<typeof sweepOnce>>>();
    for (let day = 0; day < TIMING_DAYS; day++) {
      const date = addDays(SWEEP_DATE, day);
      // Alternate which table goes first, so that neither always runs right after the other.
      for (const entry of day % 2 === 0 ? cases : [...cases].reverse()) {
        const result = await sweepOnce(entry, date);
        const expected = expectedSweep(entry.documents, entry.layout, date);
        const { due, sent, skipped, failedBatches } = result.summary;
        deepStrictEqual(
          { due, sent, skipped, failedBatches },
          { ...expected, failedBatches: 0 },
          `The sweep of ${date} over ${entry.documents} documents did not find what was seeded`,
        );
        timings.get(entry)!.push({ date, wallMs: round(result.wallMs, 1) });
        if (day === 0) reported.set(entry, result);
        console.log(
          `  ${thousands(entry.documents).padStart(9)} documents, ${date}: ${thousands(due)} due, ${thousands(sent)} sent in ${Math.round(result.wallMs)} ms`,
        );
      }
    }

    const largest = cases.at(-1)!;
    console.log(
      `Sweeping ${SWEEP_DATE} again on the ${thousands(largest.documents)}-document table (exactly once: nothing may be sent)…`,
    );
    const rerun = await sweepOnce(largest, SWEEP_DATE);

    const results = cases.map((entry) => {
      const { summary, wallMs, messages, pages } = reported.get(entry)!;
      const parts = messages.map((sms) => measureSms(sms.message));
      const batches = EXPIRY_SHARDS * sweepLeads(DEFAULT_LEAD_DAYS).length;
      return {
        documents: entry.documents,
        tables: entry.names,
        expiryDates: {
          count: entry.layout.dates.length,
          from: entry.layout.dates[0],
          to: entry.layout.dates.at(-1),
          documentsPerDate: round(entry.documents / entry.layout.dates.length, 1),
        },
        seeding: entry.seeding,
        sizes: entry.sizes,
        sweep: {
          date: summary.sweepDate,
          due: summary.due,
          sent: summary.sent,
          skipped: summary.skipped,
          itemsRead: summary.itemsRead,
          itemsReadPerReminder: round(summary.itemsRead / summary.due, 4),
          itemsReadPerSent: round(summary.itemsRead / summary.sent, 4),
          failedBatches: summary.failedBatches,
          wallMs: round(wallMs, 1),
          msPerReminder: round(wallMs / summary.due, 3),
          batches,
          pages,
          /**
           * Derived from the definition, not counted: see nationalEstimate.stepFunctions.formula, plus
           * the digests' stage, here over empty contact shards (DigestBatches, then one page each).
           */
          stateTransitions: 3 + 2 * pages + batches + 1 + 3 * CONTACT_SHARDS,
          smsPartsPerMessage: {
            mean: round(parts.reduce((sum, part) => sum + part.parts, 0) / parts.length, 4),
            max: Math.max(...parts.map((part) => part.parts)),
          },
          smsEncodings: Object.fromEntries(
            ['GSM-7', 'UCS-2'].map((encoding) => [encoding, parts.filter((part) => part.encoding === encoding).length]),
          ),
          /** The longest text by encoding, against the single-part limit (160 GSM-7 septets, 70 UCS-2 units): the headroom left. */
          longestMessageUnits: Object.fromEntries(
            (['GSM-7', 'UCS-2'] as const).map((encoding) => [
              encoding,
              {
                units: Math.max(0, ...parts.filter((part) => part.encoding === encoding).map((part) => part.units)),
                singlePartLimit: SINGLE_PART_LIMIT[encoding],
              },
            ]),
          ),
        },
        timing: {
          days: timings.get(entry)!,
          medianWallMs: round(median(timings.get(entry)!.map((timing) => timing.wallMs)), 1),
        },
        targets: {
          itemsReadPerReminderAtMost1_05: summary.itemsRead / summary.due <= 1.05,
          smsPartsPerMessage1: parts.every((part) => part.parts === 1),
        },
      };
    });
    const rerunResult = {
      documents: largest.documents,
      date: SWEEP_DATE,
      due: rerun.summary.due,
      sent: rerun.summary.sent,
      skipped: rerun.summary.skipped,
      alreadyHandled: rerun.summary.alreadyHandled,
      itemsRead: rerun.summary.itemsRead,
      wallMs: round(rerun.wallMs, 1),
      smsRecorded: rerun.messages.length,
      exactlyOnce: rerun.summary.sent === 0 && rerun.messages.length === 0,
    };

    const smallest = results[0]!;
    const biggest = results.at(-1)!;
    const ratio = {
      documents: round(biggest.documents / smallest.documents, 2),
      wallTimeOnSweepDate: round(biggest.sweep.wallMs / smallest.sweep.wallMs, 2),
      medianWallTime: round(biggest.timing.medianWallMs / smallest.timing.medianWallMs, 2),
      /** The same on the sweep date, per reminder due: the tables' due counts differ slightly. */
      msPerReminderOnSweepDate: round(biggest.sweep.msPerReminder / smallest.sweep.msPerReminder, 2),
      itemsReadPerReminder: round(biggest.sweep.itemsReadPerReminder / smallest.sweep.itemsReadPerReminder, 3),
    };

    // National scale, from the largest table's measured figures.
    const leads = sweepLeads(DEFAULT_LEAD_DAYS).length;
    const reminders = NATIONAL_EXPIRING_PER_DAY * leads;
    const readsPerReminder = biggest.sweep.itemsReadPerReminder;
    const perShard = (NATIONAL_EXPIRING_PER_DAY / EXPIRY_SHARDS) * readsPerReminder;
    const fullPages = Math.floor(perShard / PAGE_SIZE);
    const lastPageItems = perShard - fullPages * PAGE_SIZE;
    // A shard whose items fill the last page exactly still needs a final, empty read.
    const pagesPerBatch = fullPages + 1;
    const unitsOfPage = (items: number) =>
      Math.max(1, Math.ceil((items * biggest.sizes.avgIndexEntryBytes) / QUERY_BYTES_PER_UNIT)) *
      EVENTUALLY_CONSISTENT_UNITS;
    const batches = EXPIRY_SHARDS * leads;
    const readUnits = batches * (fullPages * unitsOfPage(PAGE_SIZE) + unitsOfPage(lastPageItems));
    const writeUnits = reminders * 2;
    const transitions = 3 + batches * (2 * pagesPerBatch + 1);
    const lambdaInvocations = 2 + batches * pagesPerBatch;
    // The batches send at the account's SMS rate, so they run (and are billed) for as long as that takes.
    const lambdaGbSeconds = Math.max(
      ((biggest.sweep.wallMs / 1000) * mapConcurrency * (reminders / biggest.sweep.due) * sendMemoryMb) / 1024,
      ((reminders / ACCOUNT_SMS_PER_SECOND) * mapConcurrency * sendMemoryMb) / 1024,
    );
    const partsPerMessage = biggest.sweep.smsPartsPerMessage.mean;
    const usd = {
      sms: reminders * partsPerMessage * SMS_USD_PER_PART,
      dynamoDbReads: readUnits * DYNAMODB_USD_PER_RRU,
      dynamoDbWrites: writeUnits * DYNAMODB_USD_PER_WRU,
      stepFunctions: transitions * STEP_FUNCTIONS_USD_PER_TRANSITION,
      lambda: lambdaGbSeconds * LAMBDA_USD_PER_GB_SECOND + lambdaInvocations * LAMBDA_USD_PER_REQUEST,
    };
    const total = Object.values(usd).reduce((sum, value) => sum + value, 0);
    const nationalEstimate = {
      remindersPerDay: reminders,
      basis: `${thousands(NATIONAL_EXPIRING_PER_DAY)} documents expiring per day × ${leads} reminders each (${DEFAULT_LEAD_DAYS.join(', ')} days ahead and the day after); all assumed opted in with a phone (an upper bound: opted-out reminders cost one write and no SMS); measured figures from the ${thousands(biggest.documents)}-document table`,
      sms: {
        parts: round(reminders * partsPerMessage, 0),
        partsPerMessage,
        usdPerPart: SMS_USD_PER_PART,
        assumption: 'SNS SMS to Saudi Arabia; check the current AWS price list and any carrier fees',
      },
      dynamoDbReads: {
        readRequestUnits: round(readUnits, 1),
        itemsReadPerReminder: readsPerReminder,
        avgIndexEntryBytes: biggest.sizes.avgIndexEntryBytes,
        queries: batches * pagesPerBatch,
        formula: `${batches} batches × (${fullPages} pages of ${PAGE_SIZE} entries + 1 page of ${round(lastPageItems, 0)}) each ceil(entries × avgIndexEntryBytes / 4096) × 0.5 RRU (eventually consistent index Query)`,
        usdPerMillionRru: DYNAMODB_USD_PER_RRU * 1e6,
      },
      dynamoDbWrites: {
        writeRequestUnits: writeUnits,
        formula:
          'per reminder sent: the conditional claim (PutItem) + the SENT mark (UpdateItem), log items under 1 KB = 2 WRU',
        usdPerMillionWru: DYNAMODB_USD_PER_WRU * 1e6,
      },
      stepFunctions: {
        stateTransitions: transitions,
        formula: `3 (PlanSweep, SweepBatches, SummarizeSweep) + ${batches} batches (${leads} leads × ${EXPIRY_SHARDS} shards) × (2 × ${pagesPerBatch} pages (SendReminderPage, MorePages) + 1 BatchDone)`,
        usdPer1000Transitions: STEP_FUNCTIONS_USD_PER_TRANSITION * 1000,
      },
      lambda: {
        invocations: lambdaInvocations,
        gbSeconds: round(lambdaGbSeconds, 1),
        formula: `${mapConcurrency} batches at once (the Map's MaxConcurrency) × ${sendMemoryMb} MB × the longer of the measured sweep time scaled to ${thousands(reminders)} reminders and the time the account's SMS rate (${ACCOUNT_SMS_PER_SECOND}/s, the SNS default the stage assumes) needs to send them`,
        usdPerGbSecond: LAMBDA_USD_PER_GB_SECOND,
        usdPerMillionRequests: LAMBDA_USD_PER_REQUEST * 1e6,
      },
      usdPerDay: Object.fromEntries(Object.entries(usd).map(([key, value]) => [key, round(value, 4)])),
      usdPerDayTotal: round(total, 2),
      usdPer30Days: round(total * 30, 0),
      smsShare: round(usd.sms / total, 4),
      pricesAreAssumptions:
        'On-demand list prices as given in the brief: DynamoDB 1.25 USD per million WRU and 0.25 per million RRU (us-east-1 before its November 2024 cut, which halved them; me-central-1 may differ), Step Functions Standard 0.025 per 1,000 transitions, Lambda arm64 0.0000133334 per GB-s and 0.20 per million requests, SNS SMS per part as above. Check all against the current price lists.',
    };

    const output = {
      measuredAt: new Date().toISOString(),
      node: process.version,
      method: {
        store:
          'DynamoDB Local in memory (one process, both table pairs), tables created from the synthesized data template',
        seeding: `BatchWriteItem of 25 items, ${SEED_CONCURRENCY} requests in flight, unprocessed items retried; items exactly as DynamoDbDocumentRegister.upsert writes them; about ${DOCUMENTS_PER_DATE} documents expiring on each of consecutive dates around the swept days; 4 documents per resident (own iqama, passport, visa, and a dependent's document for 2 residents in 5 or a second visa): about 10% dependents' documents, 5% of residents opted out of SMS, locales ${LOCALES.join('/')}`,
        sweep: `the synthesized ReminderSweep state machine run by the local engine (test/support/reminder-harness.ts) with the real handlers; SMS recorded, not sent. One warm-up sweep of ${WARM_UP_DATE} per table, then ${TIMING_DAYS} day(s) from ${SWEEP_DATE} per table, interleaved (alternating order); the figures are those of ${SWEEP_DATE}; every day's due/sent/skipped is checked against what was seeded`,
        itemsRead:
          'ScannedCount of the expiry index Queries, summed by the sweep; per reminder = itemsRead / due (due includes the opted-out reminders, which are read and skipped)',
        smsParts: 'measureSms (3GPP TS 23.038: GSM-7 160/153, UCS-2 70/67) over every SMS recorded on the sweep date',
        ratio:
          'wall time of the largest table over the smallest, same run: on the sweep date, and of the medians over the timed days',
      },
      sweepDate: SWEEP_DATE,
      cases: results,
      rerun: rerunResult,
      ratio,
      nationalEstimate,
    };
    writeFileSync(join(PROJECT_ROOT, 'bench/reminder-sweep-results.json'), `${JSON.stringify(output, null, 2)}\n`);

    const markdown = [
      '| Documents in table | Seed time | Due | Sent | Skipped | Items read | Items read per reminder | Sweep wall time | SMS parts per message |',
      '|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
      ...results.map(
        (r) =>
          `| ${thousands(r.documents)} | ${r.seeding.seconds} s (${thousands(r.seeding.itemsPerSecond)}/s) | ${thousands(r.sweep.due)} | ${thousands(r.sweep.sent)} | ${thousands(r.sweep.skipped)} | ${thousands(r.sweep.itemsRead)} | ${r.sweep.itemsReadPerReminder} | ${thousands(Math.round(r.sweep.wallMs))} ms | ${r.sweep.smsPartsPerMessage.mean} (max ${r.sweep.smsPartsPerMessage.max}) |`,
      ),
      '',
      `Wall time, ${thousands(biggest.documents)} vs ${thousands(smallest.documents)} documents (${ratio.documents}× the table): ${ratio.wallTimeOnSweepDate}× on ${SWEEP_DATE}, ${ratio.medianWallTime}× over the median of ${TIMING_DAYS} day(s).`,
      `Second sweep of ${SWEEP_DATE} on the ${thousands(largest.documents)}-document table: ${rerunResult.due} due, ${rerunResult.sent} sent (${rerunResult.exactlyOnce ? 'exactly once' : 'NOT EXACTLY ONCE'}).`,
      '',
      `National estimate per day (${thousands(reminders)} reminders): SMS ${usd.sms.toFixed(2)} USD, DynamoDB reads ${usd.dynamoDbReads.toFixed(4)}, writes ${usd.dynamoDbWrites.toFixed(4)}, Step Functions ${usd.stepFunctions.toFixed(4)}, Lambda ${usd.lambda.toFixed(4)}: ${total.toFixed(2)} USD per day, ${(nationalEstimate.smsShare * 100).toFixed(2)}% of it SMS (prices are assumptions).`,
    ].join('\n');
    console.log(
      `\n${markdown}\n\nWritten to bench/reminder-sweep-results.json (${output.measuredAt}, Node ${output.node}).`,
    );

    const missed = [
      ...results.flatMap((r) => [
        ...(r.targets.itemsReadPerReminderAtMost1_05
          ? []
          : [`${r.documents} documents: ${r.sweep.itemsReadPerReminder} items read per reminder (target ≤ 1.05)`]),
        ...(r.targets.smsPartsPerMessage1
          ? []
          : [`${r.documents} documents: up to ${r.sweep.smsPartsPerMessage.max} SMS parts per message (target 1)`]),
      ]),
      ...(rerunResult.exactlyOnce ? [] : [`the second sweep sent ${rerunResult.sent}`]),
    ];
    if (missed.length > 0) {
      console.error(`Targets missed:\n- ${missed.join('\n- ')}`);
      process.exitCode = 1;
    }

    for (const entry of cases) {
      for (const name of Object.values(entry.names)) await client.send(new DeleteTableCommand({ TableName: name }));
    }
  } finally {
    client.destroy();
  }
};

try {
  console.log('Synthesizing the system…');
  await run(synthesizeSystem());
} finally {
  await dynamoDbLocal.stop();
}
