import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { LOCAL_AWS } from './dynamodb-local.js';
import { type TableStreamMapping, tableStreamMappingOf } from './event-source-mapping.js';
import { toLambdaStreamRecord } from './lambda-stream-record.js';
import { StreamCheckpoint } from './stream-checkpoint.js';
import { type StreamPage, StreamShardReader } from './stream-shard-reader.js';
import type { SynthesizedSystem } from './synthesized-templates.js';

/** A stream-triggered function as the local runtime loads it: the handler its entry exports. */
// biome-ignore lint/suspicious/noConfusingVoidType: a handler without ReportBatchItemFailures returns nothing, as Lambda's own type says
export type StreamHandler = (event: DynamoDBStreamEvent) => Promise<DynamoDBBatchResponse | void>;

export interface TableStreamDeliveryOptions {
  system: Pick<SynthesizedSystem, 'dataTemplate' | 'serviceTemplate'>;
  /** The function of the service stack the table's stream is mapped to, by its logical ID. */
  functionLogicalId: string;
  handler: StreamHandler;
  /** DynamoDB Local, whose tables and streams are read. */
  dynamodbEndpoint: string;
  /** Where each mapping's position in its stream is kept, one file per table and function. */
  checkpointDir: string;
  log: (line: string) => void;
  /** The real time, which stream records are stamped with (not the virtual clock): how old a record is. */
  wallClock?: () => Date;
  /** How long to wait before retrying a batch that failed `failures` times. */
  retryDelayMs?: (failures: number) => number;
  /** How long to wait before reading again once the stream has nothing new. */
  idlePollMs?: number;
}

export interface TableStreamDelivery {
  /** Resolves once every record written before the call has been delivered (or dead-lettered). */
  settled(): Promise<void>;
  /** Stops reading; a batch being delivered finishes first, one being retried is delivered again after a restart. */
  stop(): Promise<void>;
}

/** As many records as GetRecords answers at most. */
const READ_LIMIT = 1000;
const IDLE_POLL_MS = 100;
/**
 * A write reaches DynamoDB Local's stream a few milliseconds later, rarely a hundred: a read that
 * began sooner after `settled()` was called may not see it yet.
 */
const STREAM_VISIBILITY_MS = 150;
/** Lambda's back-off is its own; locally it is short, so that a failing start is dead-lettered within seconds. */
const retryDelay = (failures: number) => Math.min(100 * 2 ** (failures - 1), 2000);

type Outcome = { kind: 'delivered' } | { kind: 'failed' | 'reported'; reason: string; from: number };

/** A part of a batch on its way: the records still to deliver and how often delivering them failed. */
interface Part {
  records: DynamoDBRecord[];
  failures: number;
}

const sequenceOf = (record: DynamoDBRecord) => record.dynamodb!.SequenceNumber!;

/**
 * Reads the stream of the table a function is mapped to in the synthesized template, and hands its
 * records to the function as Lambda's event source mapping does: in order, in batches of the
 * mapping's size, only those its filter lets through, with the mapping's retries, bisection,
 * partial batch responses and record age; a batch that cannot be delivered is logged as
 * dead-lettered, by its place in the stream only (its images hold personal data). The position is
 * kept in a checkpoint file, so a restart resumes after the last batch delivered.
 */
export const startTableStreamDelivery = async (options: TableStreamDeliveryOptions): Promise<TableStreamDelivery> => {
  const mapping = tableStreamMappingOf(options.system, options.functionLogicalId);
  const dynamodb = new DynamoDBClient({ endpoint: options.dynamodbEndpoint, ...LOCAL_AWS });
  const streams = new DynamoDBStreamsClient({ endpoint: options.dynamodbEndpoint, ...LOCAL_AWS });
  const reader = new StreamShardReader({
    dynamodb,
    streams,
    tableName: mapping.tableName,
    checkpoint: new StreamCheckpoint(
      join(options.checkpointDir, `${mapping.tableName}.${options.functionLogicalId}.json`),
    ),
    log: options.log,
  });
  const closeClients = () => {
    dynamodb.destroy();
    streams.destroy();
  };
  try {
    await reader.open();
  } catch (error) {
    closeClients();
    throw error;
  }
  const delivery = new StreamDelivery(mapping, reader, options).start();
  return {
    settled: delivery.settled,
    stop: async () => {
      await delivery.stop();
      closeClients();
    },
  };
};

class StreamDelivery {
  readonly #stopping = new AbortController();
  /** Callers of settled(), each with the earliest time a read must have begun to answer them. */
  #waiters: { after: number; resolve: () => void }[] = [];
  #wake?: () => void;
  #running?: Promise<void>;

  constructor(
    private readonly mapping: TableStreamMapping,
    private readonly reader: StreamShardReader,
    private readonly options: TableStreamDeliveryOptions,
  ) {}

  start(): TableStreamDelivery {
    this.#running = this.#run();
    return {
      settled: () => this.#settled(),
      stop: async () => {
        this.#stopping.abort();
        this.#wake?.();
        await this.#running;
      },
    };
  }

  get #stopped() {
    return this.#stopping.signal.aborted;
  }

  #settled(): Promise<void> {
    if (this.#stopped) return Promise.resolve();
    const settled = new Promise<void>((resolve) =>
      this.#waiters.push({ after: performance.now() + STREAM_VISIBILITY_MS, resolve }),
    );
    this.#wake?.();
    return settled;
  }

  /** Everything visible when a read began at `readAt` has been delivered. */
  #caughtUp(readAt: number) {
    const [due, waiting] = [
      this.#waiters.filter((w) => w.after <= readAt),
      this.#waiters.filter((w) => w.after > readAt),
    ];
    this.#waiters = waiting;
    for (const waiter of due) waiter.resolve();
  }

  /** Waits before the next read; settled() and stop() cut it short. */
  #idle(): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, this.options.idlePollMs ?? IDLE_POLL_MS);
      this.#wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  /** Waits before a retry; false when stopped on the way. */
  async #backOff(failures: number): Promise<boolean> {
    try {
      await sleep((this.options.retryDelayMs ?? retryDelay)(failures), undefined, { signal: this.#stopping.signal });
      return true;
    } catch {
      return false;
    }
  }

  async #run() {
    while (!this.#stopped) {
      const readAt = performance.now();
      let page: StreamPage;
      try {
        page = await this.reader.read(READ_LIMIT);
        if (!(await this.#deliverPage(page))) break;
      } catch (error) {
        // Stopping with DynamoDB Local, whose answer to the read under way may be a broken connection.
        if (this.#stopped) break;
        this.options.log(`Reading the stream of ${this.mapping.tableName} failed: ${(error as Error).message}`);
        this.reader.rewind();
        await this.#idle();
        continue;
      }
      if (page.more) continue;
      this.#caughtUp(readAt);
      await this.#idle();
    }
    for (const waiter of this.#waiters.splice(0)) waiter.resolve();
  }

  /** Delivers a page's records batch after batch; false when stopped before the last was delivered. */
  async #deliverPage(page: StreamPage): Promise<boolean> {
    const last = page.records.at(-1);
    if (!last) return true;
    const matching = page.records
      .map((record) => toLambdaStreamRecord(record, page.streamArn))
      .filter((record) => this.mapping.filter(record));
    for (let start = 0; start < matching.length; start += this.mapping.batchSize) {
      const batch = matching.slice(start, start + this.mapping.batchSize);
      if (!(await this.#deliverBatch(batch, page.shardId))) return false;
    }
    // The records the filter left out after the last batch are passed over too.
    this.reader.acknowledge(last.dynamodb!.SequenceNumber!);
    return true;
  }

  async #deliverBatch(batch: DynamoDBRecord[], shardId: string): Promise<boolean> {
    const parts: Part[] = [{ records: batch, failures: 0 }];
    for (let part = parts[0]; part; part = parts[0]) {
      if (this.#stopped) return false;
      if (this.#expired(part.records)) {
        this.#deadLetter(part, shardId, 'its records are older than the mapping’s maximum record age');
        parts.shift();
        continue;
      }
      const outcome = await this.#invoke(part.records);
      if (outcome.kind === 'delivered') {
        this.reader.acknowledge(sequenceOf(part.records.at(-1)!));
        parts.shift();
        continue;
      }
      part.failures++;
      this.options.log(
        `Delivery of ${this.#describe(part.records)} to ${this.options.functionLogicalId} failed (attempt ${part.failures}): ${outcome.reason}`,
      );
      if (outcome.from > 0) {
        this.reader.acknowledge(sequenceOf(part.records[outcome.from - 1]!));
        part.records = part.records.slice(outcome.from);
      }
      const { maximumRetryAttempts } = this.mapping;
      if (maximumRetryAttempts !== undefined && part.failures > maximumRetryAttempts) {
        this.#deadLetter(part, shardId, `it failed ${part.failures} time(s)`);
        parts.shift();
        continue;
      }
      if (outcome.kind === 'failed' && this.mapping.bisectOnError && part.records.length > 1) {
        const half = Math.ceil(part.records.length / 2);
        parts.splice(
          0,
          1,
          { records: part.records.slice(0, half), failures: part.failures },
          { records: part.records.slice(half), failures: part.failures },
        );
      }
      if (!(await this.#backOff(part.failures))) return false;
    }
    return true;
  }

  async #invoke(records: DynamoDBRecord[]): Promise<Outcome> {
    let response: DynamoDBBatchResponse | undefined;
    try {
      response = (await this.options.handler({ Records: records })) ?? undefined;
    } catch (error) {
      return { kind: 'failed', reason: (error as Error).message, from: 0 };
    }
    const failures = this.mapping.reportBatchItemFailures ? (response?.batchItemFailures ?? []) : [];
    if (failures.length === 0) return { kind: 'delivered' };
    const places = failures.map((failure) =>
      records.findIndex((record) => sequenceOf(record) === failure.itemIdentifier),
    );
    // As Lambda does, a response naming a record the batch does not hold fails the whole batch.
    if (places.includes(-1)) return { kind: 'failed', reason: 'its response names a record not in the batch', from: 0 };
    const from = Math.min(...places);
    return { kind: 'reported', reason: `it reported record ${sequenceOf(records[from]!)} failed`, from };
  }

  #expired(records: DynamoDBRecord[]): boolean {
    const { maximumRecordAgeSeconds } = this.mapping;
    const created = records[0]?.dynamodb?.ApproximateCreationDateTime;
    if (maximumRecordAgeSeconds === undefined || created === undefined) return false;
    const now = (this.options.wallClock ?? (() => new Date()))().getTime();
    return now - created * 1000 > maximumRecordAgeSeconds * 1000;
  }

  #describe(records: DynamoDBRecord[]) {
    return `${records.length} stream record(s) of ${this.mapping.tableName}, sequence numbers ${sequenceOf(records[0]!)} to ${sequenceOf(records.at(-1)!)}`;
  }

  /** What Lambda sends the mapping's on-failure destination: where the records are, never what they hold. */
  #deadLetter(part: Part, shardId: string, reason: string) {
    this.options.log(`${this.#describe(part.records)} (shard ${shardId}) dead-lettered: ${reason}`);
    this.reader.acknowledge(sequenceOf(part.records.at(-1)!));
  }
}
