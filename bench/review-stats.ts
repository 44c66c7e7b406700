// Handler modules build their wiring as they load; the harness gives them its own, so names are all they need.
import { localReviewWorkflow } from '../test/support/local-review-workflow.js';
import { indexHash } from './support/index-hash.js';
import '../test/support/handler-module-environment.js';
import { deepStrictEqual } from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DynamoDBDocumentClient, QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { DynamoDbAttachmentRepository } from '../functions/adapters/attachments/dynamodb-attachment-repository.js';
import { DynamoDbInquiryRepository } from '../functions/adapters/inquiries/dynamodb-inquiry-repository.js';
import { DynamoDbIdempotencyClaims } from '../functions/adapters/shared/dynamodb-idempotency-claims.js';
import { inquiryKey } from '../functions/adapters/shared/item-keys.js';
import { DynamoDbStatsStore } from '../functions/adapters/stats/dynamodb-stats-store.js';
import {
  dayItemAdditions,
  dayItemKey,
  dayRange,
  GAUGE_ATTRIBUTES,
  gaugeItemKey,
  sectionPartition,
} from '../functions/adapters/stats/stats-items.js';
import { constructPath, SERVICE_CONSTRUCTS, TABLE_LOGICAL_ID_PREFIXES } from '../functions/contract/construct-ids.js';
import { CLAIMS, REVIEWERS_GROUP, SUPERVISORS_GROUP } from '../functions/contract/identity.js';
import { SERVICE_NAME } from '../functions/contract/service-name.js';
import { INQUIRY_TABLE_KEYS } from '../functions/contract/table-layouts.js';
import { PROJECT_INQUIRY_STATS, REVIEW_TASKS } from '../functions/contract/triggers.js';
import type { Reviewer } from '../functions/domain/inquiries/caller.js';
import { CATEGORY_CODES, SECTION_CODES, type Section, sectionOf } from '../functions/domain/inquiries/categories.js';
import { type Inquiry, isOpen } from '../functions/domain/inquiries/inquiry.js';
import { generateReference, type Reference } from '../functions/domain/inquiries/reference.js';
import { submitInquiry } from '../functions/domain/inquiries/submit-inquiry.js';
import type { Resident } from '../functions/domain/residents/resident.js';
import { appealInquiry } from '../functions/domain/review/appeal-inquiry.js';
import { decideInquiry } from '../functions/domain/review/decide-inquiry.js';
import { rateInquiry } from '../functions/domain/review/rate-inquiry.js';
import { replyToInquiry } from '../functions/domain/review/reply-to-inquiry.js';
import {
  appeal,
  decide,
  type ReviewDecision,
  rate,
  reply,
  startReview,
  type Transition,
  timerFired,
} from '../functions/domain/review/transitions.js';
import { addDays, type CalendarDate, DAY_MS, riyadhToday } from '../functions/domain/shared/calendar-date.js';
import { RESPONSE_WORKING_DAYS, toRiyadhIso, WorkingCalendar } from '../functions/domain/shared/working-calendar.js';
import {
  HOUR_BUCKETS,
  RATING_SCORES,
  SCALAR_COUNTS,
  type StatsChange,
  WORKING_DAY_BUCKETS,
} from '../functions/domain/stats/day-counts.js';
import { statsChangeOf } from '../functions/domain/stats/stats-deltas.js';
import { createHandler as createAwait } from '../functions/handlers/review/await-next.js';
import { createHandler as createBegin } from '../functions/handlers/review/begin-review.js';
import { createHandler as createNotify } from '../functions/handlers/review/notify-resident.js';
import { createHandler as createTimer } from '../functions/handlers/review/on-timer.js';
import { createHandler as createGetReviewStats } from '../functions/handlers/stats/get-review-stats.js';
import { createHandler as createProjector } from '../functions/handlers/stats/project-inquiry-stats.js';
import { PROJECT_ROOT } from '../lib/aws/project-context.js';
import { LOCAL_AWS } from '../lib/local/dynamodb-local.js';
import { LocalStepFunctions } from '../lib/local/local-step-functions.js';
import { functionLogicalId, localFunctionArn, stateMachineOf } from '../lib/local/review-state-machine.js';
import { type SynthesizedSystem, synthesizeSystem } from '../lib/local/synthesized-templates.js';
import { startTableStreamDelivery, type TableStreamDelivery } from '../lib/local/table-stream-delivery.js';
import { ensureTables, type LocalTable, tablesOf } from '../lib/local/template-tables.js';
import { VirtualClock } from '../lib/local/virtual-clock.js';
import { apiEvent, bodyOf, lambdaContext } from '../test/support/api-events.js';
import { benchDynamoDbLocal } from './support/bench-dynamodb-local.js';
import { sizeOfItem } from './support/item-size.js';

const { reviewWorkflow, statsProjection } = SERVICE_CONSTRUCTS;

/**
 * What the directorate's statistics cost, measured over DynamoDB Local (in memory) at two sizes of
 * the inquiries table in one run:
 * 1. Items the stream's projector writes per inquiry through full review paths, driven through the
 *    real use cases and workflow tasks (the synthesized review state machine run locally), the
 *    inquiries table's real stream delivered to the real projector handler as Lambda's mapping does.
 * 2. Reads per GET /v1/review/stats of a 180-day window, the stats table seeded with what the seeded
 *    inquiries' synthetic histories add up to (the domain's own statsChangeOf, change by change), the
 *    inquiries themselves seeded beside them; timed against the same Queries made bare.
 */

// ---------------------------------------------------------------------------------------------
// Parameters

/** Smallest first. */
const SIZES = (process.env.BENCH_STATS_SIZES ?? '10000,100000')
  .split(',')
  .map((size) => Number(size.trim()))
  .sort((a, b) => a - b);
if (SIZES.length === 0 || SIZES.some((size) => !Number.isInteger(size) || size < 1000))
  throw new Error('BENCH_STATS_SIZES: whole numbers of inquiries, each at least 1000');
/** Review paths of each type driven per table size. */
const PATHS_PER_TYPE = Number(process.env.BENCH_STATS_PATHS_PER_TYPE ?? 3);
/** Timed stats requests per caller and size (after one warm-up), and as many bare baselines. */
const TIMED_RUNS = Number(process.env.BENCH_STATS_TIMED_RUNS ?? 15);
/** BatchWriteItem requests in flight while seeding (25 items each). */
const SEED_CONCURRENCY = Number(process.env.BENCH_STATS_SEED_CONCURRENCY ?? 8);

/** The instant the stats are read at (the handler's clock), and the window: the 180 days ending that day. */
const READ_AT = new Date('2026-12-01T07:00:00Z');
const WINDOW_TO: CalendarDate = riyadhToday(READ_AT);
const WINDOW_DAYS = 180;
const WINDOW_FROM = addDays(WINDOW_TO, 1 - WINDOW_DAYS);
/** Synthetic inquiries are submitted over the days before READ_AT: the window and 60 days before it. */
const HISTORY_DAYS = 240;
const HISTORY_FIRST_DAY = Date.parse(`${addDays(WINDOW_TO, 1 - HISTORY_DAYS)}T00:00:00+03:00`);

const calendar = new WorkingCalendar();
const REVIEWER: Reviewer = { id: 'bench-reviewer-1', sections: [...SECTION_CODES] };
const SECOND_REVIEWER: Reviewer = { id: 'bench-reviewer-2', sections: [...SECTION_CODES] };

// ---------------------------------------------------------------------------------------------
// Helpers

/** Metrics kept, never published: the bench reads what the clients saw instead. */
const benchMetrics = () => {
  const metrics = new Metrics({ namespace: 'Bench', serviceName: SERVICE_NAME });
  metrics.publishStoredMetrics = () => metrics;
  return metrics;
};

const round = (value: number, digits = 2) => Number(value.toFixed(digits));
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const thousands = (value: number) => value.toLocaleString('en-US');
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

// ---------------------------------------------------------------------------------------------
// Synthetic histories: inquiry i, the same whatever the size, so the larger population holds the smaller.

/**
 * Inquiry i is submitted on day i mod HISTORY_DAYS, of request type floor(i / HISTORY_DAYS) mod 13 (the number of request types):
 * from 3,120 inquiries on every day has every request type, so each day item of the window
 * exists at both sizes (the most a window can read, not a lucky sparse case).
 */
/** Submissions come in the first ten hours of a Riyadh day, so that even READ_AT's day (10:00 there) has them all. */
const SUBMISSION_MINUTES = 600;
const submittedAt = (i: number) =>
  new Date(HISTORY_FIRST_DAY + (i % HISTORY_DAYS) * DAY_MS + (indexHash(i, 1) % SUBMISSION_MINUTES) * 60_000);
const categoryOf = (i: number) => CATEGORY_CODES[Math.floor(i / HISTORY_DAYS) % CATEGORY_CODES.length]!;

const submitted = (i: number): Inquiry => {
  const at = submittedAt(i);
  const category = categoryOf(i);
  const iso = at.toISOString();
  return {
    reference: generateReference(),
    residentId: `bench-seeded-${i}`,
    category,
    section: sectionOf(category),
    description: 'Synthetic inquiry of the statistics benchmark.',
    status: 'SUBMITTED',
    createdAt: iso,
    updatedAt: iso,
    expectedResponseBy: toRiyadhIso(calendar.addWorkingDays(at, RESPONSE_WORKING_DAYS)),
    contact: { phone: '+966500000001', locale: i % 2 ? 'ar' : 'en' },
    timeline: [{ at: iso, status: 'SUBMITTED', actor: 'resident' }],
  };
};

const hours = (h: number) => h * 3_600_000;

/**
 * One inquiry's life through the domain's own transitions, cut at READ_AT (what comes later has not
 * happened yet, so recent inquiries are still open): review starts; one in six is asked for
 * information (most reply, some never do and are closed by the timer); one in ten waits past its
 * deadline and is escalated; about 70% are accepted; a third of the rejected appeal, and the appeal
 * is decided either way; half of the closed cases are rated.
 * @returns every stored change (before and after), and the inquiry as it stands at READ_AT
 */
const historyOf = (i: number) => {
  const changes: { before: Inquiry | undefined; after: Inquiry }[] = [];
  let inquiry = submitted(i);
  changes.push({ before: undefined, after: inquiry });
  let at = Date.parse(inquiry.createdAt);
  const step = (delayMs: number, transition: (current: Inquiry, now: Date) => Transition | undefined) => {
    at += delayMs;
    if (at > READ_AT.getTime()) return false;
    const made = transition(inquiry, new Date(at));
    if (!made) return true;
    changes.push({ before: inquiry, after: made.after });
    inquiry = made.after;
    return true;
  };
  const decision = (current: Inquiry, now: Date, who: Reviewer, decided: ReviewDecision) =>
    decide(current, who, decided, now);
  const done = () => ({ changes, final: inquiry });

  if (!step(60_000, (current, now) => startReview(current, now))) return done();
  const r = indexHash(i, 2) % 60;
  if (r < 10) {
    if (!step(hours(20), (c, now) => decision(c, now, REVIEWER, { decision: 'REQUEST_INFO', note: 'Passport copy' })))
      return done();
    if (r < 2) {
      // Never answered, its SMS delivered when sent: the timer closes it once the reply is overdue.
      step(Date.parse(inquiry.replyDueBy!) - at + 1000, (c, now) => timerFired(c, 'NEEDS_INFO', now, c.pausedAt));
      return done();
    }
    if (!step(hours(30), (c, now) => reply(c, { text: 'Attached.' }, now))) return done();
  }
  if (r % 10 === 3) {
    // Left past its response deadline: escalated, then decided.
    if (!step(Date.parse(inquiry.expectedResponseBy) - at + 1000, (c, now) => timerFired(c, 'UNDER_REVIEW', now)))
      return done();
  }
  const accepted = indexHash(i, 3) % 10 < 7;
  const decided = accepted
    ? ({ decision: 'ACCEPT' } as const)
    : ({ decision: 'REJECT', note: 'The copy is unreadable.' } as const);
  if (!step(hours(4 + (indexHash(i, 4) % 120)), (c, now) => decision(c, now, REVIEWER, decided))) return done();
  if (!accepted && indexHash(i, 5) % 3 === 0) {
    if (!step(hours(50), (c, now) => appeal(c, { text: 'Here is a readable copy.' }, now, calendar))) return done();
    const overturned = indexHash(i, 6) % 2 === 0;
    const onAppeal = overturned
      ? ({ decision: 'ACCEPT' } as const)
      : ({ decision: 'REJECT', note: 'Still unreadable.' } as const);
    if (!step(hours(40), (c, now) => decision(c, now, SECOND_REVIEWER, onAppeal))) return done();
  } else if (!accepted) {
    // Not appealed: the appeal window ends and closes the case.
    if (!step(Date.parse(inquiry.appealDueBy!) - at + 1000, (c, now) => timerFired(c, 'REJECTED', now))) return done();
  }
  if (inquiry.closedAt && indexHash(i, 7) % 2 === 0)
    step(hours(10), (c, now) => rate(c, { score: 1 + (indexHash(i, 8) % 5) }, now));
  return done();
};

/** What the stats table holds after every change of inquiries 0..n-1 was projected, added up in memory. */
class StatsAggregate {
  readonly days = new Map<string, { key: Record<string, string>; additions: Record<string, number> }>();
  readonly gauges = new Map<string, { key: Record<string, string>; open: number; overdue: number }>();
  changes = 0;

  add(change: StatsChange) {
    this.changes++;
    for (const delta of change.days) {
      const key = dayItemKey(delta.section, delta.day, delta.category);
      const name = `${key.pk}|${key.sk}`;
      const item = this.days.get(name) ?? { key, additions: {} as Record<string, number> };
      for (const [attribute, value] of Object.entries(dayItemAdditions(delta)))
        item.additions[attribute] = (item.additions[attribute] ?? 0) + value;
      this.days.set(name, item);
    }
    for (const { section, category, open, overdue } of change.gauges) {
      const key = gaugeItemKey(section, category);
      const name = `${key.pk}|${key.sk}`;
      const gauge = this.gauges.get(name) ?? { key, open: 0, overdue: 0 };
      gauge.open += open;
      gauge.overdue += overdue;
      this.gauges.set(name, gauge);
    }
  }

  items(): Record<string, unknown>[] {
    return [
      ...[...this.days.values()].map(({ key, additions }) => ({ ...key, ...additions })),
      ...[...this.gauges.values()].map(({ key, open, overdue }) => ({
        ...key,
        [GAUGE_ATTRIBUTES.open]: open,
        [GAUGE_ATTRIBUTES.overdue]: overdue,
      })),
    ];
  }
}

/** A Query reads up to 4 KB per read unit, eventually consistent (the adapter's reads are) at half a unit. */
const queryReadUnits = (items: Record<string, unknown>[]) =>
  Math.max(1, Math.ceil(sum(items.map((item) => sizeOfItem(item))) / 4096)) * 0.5;

/** Every attribute a day item can have, by the adapter's own naming: each counter, each rating score, each bucket. */
const EVERY_DAY_ATTRIBUTE = [
  ...new Set(
    Array.from({ length: Math.max(RATING_SCORES, WORKING_DAY_BUCKETS, HOUR_BUCKETS) }, (_, index) =>
      Object.keys(
        dayItemAdditions({
          day: WINDOW_TO,
          section: 'VISAS',
          category: 'VISA_EXTENSION',
          add: Object.fromEntries(SCALAR_COUNTS.map((name) => [name, 1])),
          ratingScore: 1 + (index % RATING_SCORES),
          workingDaysBucket: index % WORKING_DAY_BUCKETS,
          hoursBucket: index % HOUR_BUCKETS,
        }),
      ),
    ).flat(),
  ),
];
/** The largest a day item gets while each of its counts stays under a million a day: every attribute set, six digits each. */
const fullDayItem = (item: Record<string, unknown>) => ({
  pk: item.pk,
  sk: item.sk,
  ...Object.fromEntries(EVERY_DAY_ATTRIBUTE.map((name) => [name, 999_999])),
});

/**
 * What a request's Queries read, estimated from the seeded items themselves: per section one Query of
 * the window's day items and one of the gauges, as the adapter makes them.
 */
const readEstimate = (items: Record<string, unknown>[], sections: readonly Section[]) => {
  const { first, last } = dayRange(WINDOW_FROM, WINDOW_TO);
  const perSection = sections.map((section) => {
    const ofSection = items.filter((item) => item.pk === sectionPartition(section));
    const days = ofSection.filter((item) => String(item.sk) >= first && String(item.sk) <= last);
    const gauges = ofSection.filter((item) => !String(item.sk).startsWith('DAY#'));
    return { days, gauges };
  });
  const dayItems = perSection.flatMap(({ days }) => days);
  return {
    avgDayItemBytes: round(sum(dayItems.map((item) => sizeOfItem(item))) / dayItems.length, 1),
    readUnits: sum(perSection.map(({ days, gauges }) => queryReadUnits(days) + queryReadUnits(gauges))),
    /** The same Queries once every day item is as large as it gets. */
    ceilingReadUnits: sum(
      perSection.map(({ days, gauges }) => queryReadUnits(days.map(fullDayItem)) + queryReadUnits(gauges)),
    ),
    fullDayItemBytes: sizeOfItem(fullDayItem(dayItems[0] ?? { pk: '', sk: '' })),
  };
};

/** What one review path wrote, per inquiry. */
interface PathFigures {
  /** The inquiry's stream records the mapping's filter let through to the projector. */
  streamRecords: number;
  changesCounted: number;
  repeated: number;
  transactions: number;
  itemsWritten: number;
  markers: number;
  dayItemUpdates: number;
  gaugeUpdates: number;
}

/** What one stats request read, and how long it took against the same Queries made bare. */
interface RequestFigures {
  sections: number;
  answered: { submitted: number; open: number; groups: number };
  queries: number;
  itemsReturned: number;
  itemsScanned: number;
  consumedReadUnits: number | 'not returned by DynamoDB Local';
  estimatedFromItemSizes: ReturnType<typeof readEstimate>;
  handlerP50Ms: number;
  bareQueriesP50Ms: number;
  ratio: number;
}

interface CaseFigures {
  inquiries: number;
  paths: Record<string, PathFigures & { path: string; inquiries: number }>;
  average: Omit<PathFigures, 'repeated' | 'dayItemUpdates' | 'gaugeUpdates'> & { inquiries: number };
  pathsSeconds: number;
  requests: Record<string, RequestFigures>;
}

/** The inquiry as DynamoDbInquiryRepository stores it (the sanity check reads one back through it). */
const storedInquiry = (inquiry: Inquiry): Record<string, unknown> => ({
  ...inquiry,
  ...(isOpen(inquiry.status) && {
    [INQUIRY_TABLE_KEYS.reviewSection]: inquiry.section,
    [INQUIRY_TABLE_KEYS.queueKey]: `${inquiry.expectedResponseBy}#${inquiry.reference}`,
  }),
  ...inquiryKey(inquiry.reference),
  entity: 'INQUIRY',
});

/** What a count made directly from the inquiries says the request must answer. */
interface DirectCount {
  submittedInWindow: Map<Section, number>;
  open: Map<Section, number>;
}

// ---------------------------------------------------------------------------------------------
// DynamoDB Local, stopped however the run ends.

const dynamoDbLocal = benchDynamoDbLocal();

// ---------------------------------------------------------------------------------------------
// Seeding

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

// ---------------------------------------------------------------------------------------------
// Counting what the projector writes and what the stats request reads, on the wire of their clients

interface WrittenTransaction {
  reference: string;
  items: number;
  markers: number;
  dayItems: number;
  gauges: number;
}

/**
 * A document client whose every call is seen: the operation (the low-level command's name), its input
 * before the document client marshals it, and its output once unmarshalled. `prepare` may add to the
 * input before it is sent.
 */
const observedClient = (
  endpoint: string,
  observe: (command: string, input: Record<string, unknown>, output: Record<string, unknown>) => void,
  prepare?: (command: string, input: Record<string, unknown>) => void,
) => {
  const client = new DynamoDBClient({ endpoint, ...LOCAL_AWS });
  const documents = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
  documents.middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as Record<string, unknown>;
      prepare?.(context.commandName ?? '', input);
      const result = await next(args);
      observe(context.commandName ?? '', input, result.output as Record<string, unknown>);
      return result;
    },
    { step: 'initialize', name: 'benchObserver' },
  );
  return { client, documents };
};

// ---------------------------------------------------------------------------------------------
// Review paths through the use cases and the workflow, over DynamoDB Local

type PathType = 'accept' | 'needsInfo' | 'appealOverturned' | 'appealUpheld';
const PATH_TYPES: Record<PathType, string> = {
  accept: 'submit → review → accept → rate',
  needsInfo: 'submit → review → needs info → reply → accept → rate',
  appealOverturned: 'submit → review → reject → appeal → accept (2nd reviewer) → rate',
  appealUpheld: 'submit → review → reject → appeal → reject (2nd reviewer) → rate',
};

/** The review workflow's tasks wired to the real use cases over the DynamoDB tables, on a virtual clock of its own. */
const reviewOver = (system: SynthesizedSystem, documents: DynamoDBDocumentClient, inquiriesTable: string) => {
  const dir = mkdtempSync(join(tmpdir(), 'tawasul-bench-stats-'));
  const clock = new VirtualClock(join(dir, 'clock.json'));
  const inquiries = new DynamoDbInquiryRepository(documents, inquiriesTable);
  let engine: LocalStepFunctions;
  const workflow = localReviewWorkflow(() => engine);
  const deps = {
    inquiries,
    attachments: new DynamoDbAttachmentRepository(documents, inquiriesTable),
    claims: new DynamoDbIdempotencyClaims(documents, inquiriesTable),
    workflow,
    clock: () => clock.now(),
    calendar,
    newReference: () => generateReference(),
    // Every path here is answered before its deadline: no timer asks whether a request reached anyone.
    messages: { forInquiry: async () => [] },
  };
  const taskArn = (id: string) => localFunctionArn(functionLogicalId(system, constructPath(reviewWorkflow.id, id)));
  const tasks = new Map<string, (payload: never) => Promise<unknown>>([
    [taskArn(REVIEW_TASKS.begin.id), createBegin(deps)],
    [taskArn(REVIEW_TASKS.await.id), createAwait(deps)],
    [taskArn(REVIEW_TASKS.timer.id), createTimer(deps, benchMetrics())],
    [
      taskArn(REVIEW_TASKS.notify.id),
      createNotify({
        inquiries,
        sms: { send: async () => ({ outcome: 'sent', messageId: `sms-${Date.now()}` }) },
      }),
    ],
  ]);
  engine = new LocalStepFunctions({
    definition: stateMachineOf(system, constructPath(reviewWorkflow.id, reviewWorkflow.stateMachine)).definition,
    invoke: async (arn, payload) => tasks.get(arn)!(payload as never),
    clock,
    // A failed execution would leave its path short: it is reported, and the path's figures then differ.
    log: (line) => console.error(`  review workflow: ${line}`),
  });
  const nextDay = async () => {
    await engine.settled();
    await engine.advanceTo(new Date(clock.now().getTime() + DAY_MS));
  };

  const drive = async (type: PathType, resident: Resident): Promise<Reference> => {
    const { inquiry } = await submitInquiry(deps, resident, {
      category: 'VISA_EXTENSION',
      description: 'Please extend my visit visa.',
    });
    const reference = inquiry.reference;
    // The table's stream starts the review once the inquiry is stored (StartReviewFromStream).
    await workflow.start(reference);
    await nextDay();
    if (type === 'needsInfo') {
      await decideInquiry(deps, REVIEWER, reference, {
        decision: 'REQUEST_INFO',
        note: 'Send your passport copy.',
        requestedDocuments: ['Passport copy'],
      });
      await nextDay();
      await replyToInquiry(deps, resident, reference, { text: 'Attached is my passport copy.' });
      await nextDay();
    }
    if (type === 'accept' || type === 'needsInfo') {
      await decideInquiry(deps, REVIEWER, reference, { decision: 'ACCEPT', note: 'Extended.' });
    } else {
      await decideInquiry(deps, REVIEWER, reference, { decision: 'REJECT', note: 'The copy is unreadable.' });
      await nextDay();
      await appealInquiry(deps, resident, reference, { text: 'Here is a readable copy.' });
      await nextDay();
      await decideInquiry(
        deps,
        SECOND_REVIEWER,
        reference,
        type === 'appealOverturned' ? { decision: 'ACCEPT' } : { decision: 'REJECT', note: 'Still unreadable.' },
      );
    }
    await nextDay();
    await rateInquiry(deps, resident, reference, { score: 4 });
    await engine.settled();
    return reference;
  };
  return { clock, drive, dispose: () => rmSync(dir, { recursive: true, force: true }) };
};

// ---------------------------------------------------------------------------------------------
// The run

const tableNamed = (tables: LocalTable[], prefix: string, name?: string): LocalTable => {
  const table = tables.find((candidate) => candidate.logicalId.startsWith(prefix));
  if (!table) throw new Error(`The synthesized data stack has no table ${prefix}…`);
  return name ? { ...table, input: { ...table.input, TableName: name } } : table;
};

const run = async (system: SynthesizedSystem) => {
  const tables = tablesOf(system.dataTemplate);
  // The inquiries table under its own name: the stream mapping reads the table named after its logical ID.
  const inquiriesTable = tableNamed(tables, TABLE_LOGICAL_ID_PREFIXES.inquiries);
  const statsTemplate = tableNamed(tables, TABLE_LOGICAL_ID_PREFIXES.stats);
  const pathStats = tableNamed(tables, TABLE_LOGICAL_ID_PREFIXES.stats, `${statsTemplate.logicalId}-paths`);
  const seededStats = new Map(
    SIZES.map((size) => [
      size,
      tableNamed(tables, TABLE_LOGICAL_ID_PREFIXES.stats, `${statsTemplate.logicalId}-${size}`),
    ]),
  );
  const inquiriesName = inquiriesTable.input.TableName!;

  console.log('Starting DynamoDB Local (in memory)…');
  const dynamodb = await dynamoDbLocal.start();
  const { endpoint } = dynamodb;
  const plain = observedClient(endpoint, () => undefined);
  await ensureTables(plain.client, [inquiriesTable, pathStats, ...seededStats.values()]);

  // The projector's writes, by the reference its marker names.
  const transactions: WrittenTransaction[] = [];
  const otherWrites: string[] = [];
  // Counted as sent: a transaction refused for an applied marker counts too.
  const projectorClient = observedClient(
    endpoint,
    () => undefined,
    (command, input) => {
      if (command !== 'TransactWriteItemsCommand') {
        otherWrites.push(command);
        return;
      }
      const items = (input.TransactItems ?? []) as {
        Put?: { Item: Record<string, string> };
        Update?: { Key: Record<string, string> };
      }[];
      const marker = items.find((item) => item.Put)?.Put?.Item.pk ?? '';
      transactions.push({
        reference: marker.replace(/^APPLIED#/, ''),
        items: items.length,
        markers: items.filter((item) => item.Put).length,
        dayItems: items.filter((item) => item.Update?.Key.sk?.startsWith('DAY#')).length,
        gauges: items.filter((item) => item.Update?.Key.sk?.startsWith('OPEN#')).length,
      });
    },
  );
  let pathClock: () => Date = () => new Date();
  const store = new DynamoDbStatsStore(projectorClient.documents, pathStats.input.TableName!, () => pathClock());
  const applied: { reference: string; outcome: string }[] = [];
  const countingStore = {
    apply: async (change: StatsChange) => {
      const outcome = await store.apply(change);
      applied.push({ reference: change.reference, outcome });
      return outcome;
    },
  };
  const projector = createProjector({ store: countingStore, calendar }, benchMetrics());
  // Stream records by inquiry; the seeded inquiries' records are passed over (their counts are seeded directly).
  const delivered = new Map<string, number>();
  let passedOver = 0;
  const isDriven = (record: DynamoDBRecord) =>
    record.dynamodb?.NewImage?.residentId?.S?.startsWith('bench-path-') ?? false;
  const checkpointDir = mkdtempSync(join(tmpdir(), 'tawasul-bench-stream-'));
  const delivery: TableStreamDelivery = await startTableStreamDelivery({
    system,
    functionLogicalId: functionLogicalId(system, constructPath(statsProjection.id, PROJECT_INQUIRY_STATS.id)),
    handler: async (event) => {
      const driven = event.Records.filter(isDriven);
      passedOver += event.Records.length - driven.length;
      for (const record of driven) {
        const reference = record.dynamodb!.NewImage!.reference!.S!;
        delivered.set(reference, (delivered.get(reference) ?? 0) + 1);
      }
      if (driven.length === 0) return { batchItemFailures: [] };
      return projector({ Records: driven });
    },
    dynamodbEndpoint: endpoint,
    checkpointDir,
    log: (line) => console.error(`  stream: ${line}`),
  });

  // The stats request's reads.
  const queries: { input: QueryCommandInput; count: number; scanned: number; capacity?: number }[] = [];
  let recording = false;
  const readerClient = observedClient(
    endpoint,
    (command, input, output) => {
      if (command !== 'QueryCommand' || !recording) return;
      const capacity = (output.ConsumedCapacity as { CapacityUnits?: number } | undefined)?.CapacityUnits;
      // As the adapter asked it, for the same Query made bare through a document client.
      const { ReturnConsumedCapacity: _asked, ...asked } = input as QueryCommandInput;
      queries.push({
        input: structuredClone(asked),
        count: Number(output.Count ?? 0),
        scanned: Number(output.ScannedCount ?? 0),
        capacity,
      });
    },
    (command, input) => {
      if (command === 'QueryCommand' && recording) input.ReturnConsumedCapacity = 'TOTAL';
    },
  );

  const byType = Object.keys(PATH_TYPES) as PathType[];
  const seeded = { inquiries: 0 };
  const cases: CaseFigures[] = [];
  const aggregate = new StatsAggregate();
  const direct: DirectCount = { submittedInWindow: new Map(), open: new Map() };
  const seedingFigures: Record<string, unknown>[] = [];
  try {
    for (const size of SIZES) {
      // Grow the population to `size`: histories, the inquiries table, and the stats table of this size.
      console.log(
        `\n${thousands(size)} inquiries: computing histories ${thousands(seeded.inquiries)}..${thousands(size - 1)}…`,
      );
      const started = performance.now();
      const finals: Record<string, unknown>[] = [];
      let lastFinal: Inquiry | undefined;
      for (let i = seeded.inquiries; i < size; i++) {
        const { changes, final } = historyOf(i);
        for (const { before, after } of changes) {
          const change = statsChangeOf(before, after, calendar);
          if (change) aggregate.add(change);
        }
        const day = riyadhToday(new Date(final.createdAt));
        if (day >= WINDOW_FROM && day <= WINDOW_TO)
          direct.submittedInWindow.set(final.section, (direct.submittedInWindow.get(final.section) ?? 0) + 1);
        if (isOpen(final.status)) direct.open.set(final.section, (direct.open.get(final.section) ?? 0) + 1);
        finals.push(storedInquiry(final));
        lastFinal = final;
      }
      const computedMs = performance.now() - started;
      console.log(`Seeding ${thousands(finals.length)} inquiries into ${inquiriesName} (BatchWrite)…`);
      const inquiriesStarted = performance.now();
      const inquiryRetries = await batchWrite(plain.documents, inquiriesName, finals);
      const inquiriesMs = performance.now() - inquiriesStarted;
      console.log(
        `  ${round(inquiriesMs / 1000, 1)} s (${thousands(Math.round(finals.length / (inquiriesMs / 1000)))} items/s); histories computed in ${Math.round(computedMs)} ms`,
      );
      seeded.inquiries = size;
      const found = await new DynamoDbInquiryRepository(plain.documents, inquiriesName).findByReference(
        lastFinal!.reference,
      );
      deepStrictEqual(found, lastFinal, 'The repository does not read a seeded inquiry back as it was');
      const statsName = seededStats.get(size)!.input.TableName!;
      const statsItems = aggregate.items();
      console.log(`Seeding ${thousands(statsItems.length)} stats items (day items and gauges) into ${statsName}…`);
      const statsStarted = performance.now();
      const statsRetries = await batchWrite(plain.documents, statsName, statsItems);
      seedingFigures.push({
        inquiries: size,
        historiesMs: Math.round(computedMs),
        changesProjectedInMemory: aggregate.changes,
        inquiriesWritten: finals.length,
        inquiriesSeconds: round(inquiriesMs / 1000, 1),
        dayItems: aggregate.days.size,
        gaugeItems: aggregate.gauges.size,
        statsSeconds: round((performance.now() - statsStarted) / 1000, 1),
        unprocessedRetries: inquiryRetries + statsRetries,
      });

      // 1. Review paths over the table as it now stands.
      console.log(`Driving ${PATHS_PER_TYPE} review path(s) of each of ${byType.length} types…`);
      const review = reviewOver(system, plain.documents, inquiriesName);
      pathClock = () => review.clock.now();
      const driven: { type: PathType; reference: Reference }[] = [];
      const pathsStarted = performance.now();
      for (let n = 0; n < PATHS_PER_TYPE; n++) {
        for (const type of byType) {
          const resident: Resident = {
            id: `bench-path-${size}-${type}-${n}`,
            iqamaNumber: '2000000006',
            phone: '+966500000001',
            locale: 'en',
          };
          driven.push({ type, reference: await review.drive(type, resident) });
        }
      }
      await delivery.settled();
      const pathsMs = performance.now() - pathsStarted;
      review.dispose();
      const perInquiry = (reference: string): PathFigures => {
        const written = transactions.filter((t) => t.reference === reference);
        return {
          streamRecords: delivered.get(reference) ?? 0,
          changesCounted: applied.filter((a) => a.reference === reference && a.outcome === 'applied').length,
          repeated: applied.filter((a) => a.reference === reference && a.outcome !== 'applied').length,
          transactions: written.length,
          itemsWritten: sum(written.map((t) => t.items)),
          markers: sum(written.map((t) => t.markers)),
          dayItemUpdates: sum(written.map((t) => t.dayItems)),
          gaugeUpdates: sum(written.map((t) => t.gauges)),
        };
      };
      const paths = Object.fromEntries(
        byType.map((type) => {
          const figures = driven.filter((d) => d.type === type).map((d) => perInquiry(d.reference));
          // Every inquiry of a type follows the same path, so its figures must be the same.
          for (const figure of figures) deepStrictEqual(figure, figures[0], `Paths of type ${type} wrote differently`);
          return [type, { path: PATH_TYPES[type], inquiries: figures.length, ...figures[0]! }];
        }),
      );
      const all = driven.map((d) => perInquiry(d.reference));
      const mean = (pick: (f: PathFigures) => number) => round(sum(all.map(pick)) / all.length, 3);

      // 2. The stats request: a supervisor (every section) and a reviewer of one section.
      const reader = new DynamoDbStatsStore(readerClient.documents, statsName, () => READ_AT);
      const getStats = createGetReviewStats({ stats: reader, clock: () => READ_AT });
      const callers = {
        supervisor: { [CLAIMS.subject]: 'bench-supervisor', [CLAIMS.groups]: SUPERVISORS_GROUP },
        reviewer: {
          [CLAIMS.subject]: 'bench-reviewer-1',
          [CLAIMS.groups]: REVIEWERS_GROUP,
          [CLAIMS.sections]: 'VISAS',
        },
      };
      const requests = Object.fromEntries(
        await (async () => {
          const entries: [string, RequestFigures][] = [];
          for (const [caller, claims] of Object.entries(callers)) {
            const ask = () =>
              getStats(
                apiEvent({ claims, query: { from: WINDOW_FROM, to: WINDOW_TO, groupBy: 'week' } }),
                lambdaContext,
              );
            // One recorded request: its Queries, and its answer checked against a count made directly.
            queries.length = 0;
            recording = true;
            const answer = await ask();
            recording = false;
            if (answer.statusCode !== 200)
              throw new Error(`GET /v1/review/stats answered ${answer.statusCode}: ${answer.body}`);
            const body = bodyOf(answer);
            const sections = caller === 'supervisor' ? SECTION_CODES : (['VISAS'] as Section[]);
            const expected = {
              submitted: sum(sections.map((s) => direct.submittedInWindow.get(s) ?? 0)),
              open: sum(sections.map((s) => direct.open.get(s) ?? 0)),
            };
            deepStrictEqual(
              { submitted: body.totals.submitted, open: body.backlog.open },
              expected,
              `The ${caller}'s statistics do not match a count made directly from the seeded inquiries`,
            );
            const recorded = [...queries];
            const capacities = recorded.map((q) => q.capacity);
            // Timed: the handler, then the same Queries made bare (in parallel per section, as the use case makes them), interleaved.
            const bare = () =>
              Promise.all(recorded.map((q) => plain.documents.send(new QueryCommand(q.input as QueryCommandInput))));
            await ask();
            await bare();
            const handlerMs: number[] = [];
            const bareMs: number[] = [];
            for (let n = 0; n < TIMED_RUNS; n++) {
              let t = performance.now();
              await ask();
              handlerMs.push(performance.now() - t);
              t = performance.now();
              await bare();
              bareMs.push(performance.now() - t);
            }
            entries.push([
              caller,
              {
                sections: sections.length,
                answered: { submitted: body.totals.submitted, open: body.backlog.open, groups: body.groups.length },
                queries: recorded.length,
                itemsReturned: sum(recorded.map((q) => q.count)),
                itemsScanned: sum(recorded.map((q) => q.scanned)),
                consumedReadUnits: capacities.every((c) => c !== undefined)
                  ? round(sum(capacities as number[]), 1)
                  : 'not returned by DynamoDB Local',
                estimatedFromItemSizes: readEstimate(statsItems, sections),
                handlerP50Ms: round(median(handlerMs), 1),
                bareQueriesP50Ms: round(median(bareMs), 1),
                ratio: round(median(handlerMs) / median(bareMs), 2),
              },
            ]);
          }
          return entries;
        })(),
      );
      cases.push({
        inquiries: size,
        paths,
        average: {
          inquiries: all.length,
          streamRecords: mean((f) => f.streamRecords),
          changesCounted: mean((f) => f.changesCounted),
          transactions: mean((f) => f.transactions),
          itemsWritten: mean((f) => f.itemsWritten),
          markers: mean((f) => f.markers),
        },
        pathsSeconds: round(pathsMs / 1000, 1),
        requests,
      });
      console.log(`  paths in ${round(pathsMs / 1000, 1)} s; stats requests measured.`);
    }
  } finally {
    await delivery.stop();
    rmSync(checkpointDir, { recursive: true, force: true });
    for (const observed of [plain, projectorClient, readerClient]) observed.client.destroy();
  }

  if (otherWrites.length > 0)
    throw new Error(`The projector made calls other than transactions: ${otherWrites.join(', ')}`);
  const smallest = cases[0]!;
  const largest = cases.at(-1)!;
  const readFigures = (c: CaseFigures) =>
    Object.fromEntries(
      Object.entries(c.requests).map(([caller, r]) => [
        caller,
        { queries: r.queries, itemsReturned: r.itemsReturned, itemsScanned: r.itemsScanned },
      ]),
    );
  const equal = {
    writesPerPath: JSON.stringify(smallest.paths) === JSON.stringify(largest.paths),
    readsPerRequest: JSON.stringify(readFigures(smallest)) === JSON.stringify(readFigures(largest)),
  };
  // Read units follow the bytes read, not the items: day items grow as more of their counters and buckets are set.
  const readUnitsRatio = Object.fromEntries(
    Object.keys(largest.requests).map((caller) => {
      const units = (c: CaseFigures) => Number(c.requests[caller]!.consumedReadUnits);
      return [caller, round(units(largest) / units(smallest), 2)];
    }),
  );
  const output = {
    measuredAt: new Date().toISOString(),
    node: process.version,
    method: {
      store:
        'DynamoDB Local in memory; tables created from the synthesized data template (the inquiries table with its stream)',
      paths: `${PATHS_PER_TYPE} inquiries per path type per table size, driven through submitInquiry, the synthesized review state machine run by the local engine with the real BeginReview/AwaitNext/OnTimer/NotifyResident handlers over DynamoDB, decideInquiry, replyToInquiry, appealInquiry and rateInquiry, one virtual day between steps; the review is started as StartReviewFromStream would. The inquiries table's own stream is read from DynamoDB Local (startTableStreamDelivery: the mapping's batch size and filter) and handed to the real ProjectInquiryStats handler with a DynamoDbStatsStore; the seeded inquiries' records are passed over by the bench (their counts are seeded directly). Items written: TransactItems of every TransactWriteItems call the projector's client made (markers = the conditional Put naming reference and revision; the rest ADD Updates of day items and gauges); it made no other write.`,
      seeding: `Inquiry i (the same at every size, so the larger population contains the smaller) is submitted on day i mod ${HISTORY_DAYS} before ${WINDOW_TO}, of request type floor(i / ${HISTORY_DAYS}) mod ${CATEGORY_CODES.length}, and lives through the domain's own transitions (startReview, decide, reply, appeal, rate, timerFired) cut at ${READ_AT.toISOString()}; each stored change goes through statsChangeOf and the results are added up in memory into day items and gauges, BatchWritten to a stats table of that size; the inquiries as they stand are BatchWritten into the inquiries table (which holds ${thousands(SIZES.at(-1)!)} at the end). Applied-change markers are not seeded: they live in partitions of their own that no read touches.`,
      reads: `GET /v1/review/stats (createHandler with a DynamoDbStatsStore over the seeded table, clock fixed at ${READ_AT.toISOString()}) for ${WINDOW_FROM}..${WINDOW_TO} (${WINDOW_DAYS} days, groupBy=week), as a supervisor (all ${SECTION_CODES.length} sections) and as a reviewer of VISAS; the answer's submitted total and backlog are checked against a count made directly from the seeded inquiries. Queries, Count and ScannedCount seen on the client; ReturnConsumedCapacity=TOTAL added to each Query by the bench to see whether DynamoDB Local returns capacity. Timing: p50 of ${TIMED_RUNS} requests after one warm-up, interleaved with the same Queries made bare on a plain document client (in parallel, as the use case makes them).`,
    },
    window: { from: WINDOW_FROM, to: WINDOW_TO, days: WINDOW_DAYS },
    seeding: seedingFigures,
    cases,
    equalAcrossSizes: equal,
    readUnitsLargestOverSmallest: readUnitsRatio,
    streamRecordsOfSeededInquiriesPassedOver: passedOver,
  };
  writeFileSync(join(PROJECT_ROOT, 'bench/review-stats-results.json'), `${JSON.stringify(output, null, 2)}\n`);

  const lines = [
    '| Inquiries in table | Path | Stream records | Changes counted | Transactions | Items written (markers) |',
    '|---:|---|---:|---:|---:|---:|',
    ...cases.flatMap((entry) => {
      return [
        ...Object.values(entry.paths).map(
          (p) =>
            `| ${thousands(entry.inquiries)} | ${p.path} | ${p.streamRecords} | ${p.changesCounted} | ${p.transactions} | ${p.itemsWritten} (${p.markers}) |`,
        ),
        `| ${thousands(entry.inquiries)} | average of ${entry.average.inquiries} | ${entry.average.streamRecords} | ${entry.average.changesCounted} | ${entry.average.transactions} | ${entry.average.itemsWritten} (${entry.average.markers}) |`,
      ];
    }),
    '',
    '| Inquiries in table | Caller (sections) | Queries | Items returned | Items scanned | Avg day item | RCU (DynamoDB Local) | RCU from item sizes | RCU at full-size items | Request p50 | Bare Queries p50 | Ratio |',
    '|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...cases.flatMap((entry) => {
      return Object.entries(entry.requests).map(
        ([caller, r]) =>
          `| ${thousands(entry.inquiries)} | ${caller} (${r.sections}) | ${r.queries} | ${r.itemsReturned} | ${r.itemsScanned} | ${r.estimatedFromItemSizes.avgDayItemBytes} B | ${r.consumedReadUnits} | ${r.estimatedFromItemSizes.readUnits} | ${r.estimatedFromItemSizes.ceilingReadUnits} | ${r.handlerP50Ms} ms | ${r.bareQueriesP50Ms} ms | ${r.ratio} |`,
      );
    }),
    '',
    `Writes per path equal at every size: ${equal.writesPerPath ? 'yes' : 'NO'}; Queries and items read per request equal at every size: ${equal.readsPerRequest ? 'yes' : 'NO'}; read units, largest over smallest: ${Object.entries(
      readUnitsRatio,
    )
      .map(([caller, ratio]) => `${caller} ${ratio}×`)
      .join(', ')} (the day items hold more set counters and longer numbers; bounded by the full-size column).`,
  ];
  console.log(
    `\n${lines.join('\n')}\n\nWritten to bench/review-stats-results.json (${output.measuredAt}, Node ${output.node}).`,
  );
  if (!equal.writesPerPath || !equal.readsPerRequest) {
    console.error('The figures grow with the number of inquiries: see bench/review-stats-results.json.');
    process.exitCode = 1;
  }
};

try {
  console.log('Synthesizing the system…');
  await run(synthesizeSystem());
} finally {
  await dynamoDbLocal.stop();
}
