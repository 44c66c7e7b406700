import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTableStreamDelivery, type TableStreamDelivery } from '../../../lib/local/table-stream-delivery.js';
import { fakeTableStream, streamRecord } from '../../support/fake-table-stream.js';
import { STREAM_FUNCTION, streamMappingSystem } from '../../support/stream-mapping-template.js';

const TABLE = 'InquiriesTable3CEF0F62';
/** The clients are mocked: nothing is sent. */
const UNUSED_ENDPOINT = 'http://127.0.0.1:9';

describe('startTableStreamDelivery, over a mocked DynamoDB Streams client', () => {
  let dir: string;
  let stream: ReturnType<typeof fakeTableStream>;
  let lines: string[];
  let deliveries: TableStreamDelivery[];

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tawasul-stream-delivery-'));
    stream = fakeTableStream(TABLE);
    lines = [];
    deliveries = [];
  });

  afterEach(async () => {
    await Promise.all(deliveries.map((delivery) => delivery.stop()));
    stream.restore();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The sequence numbers of each event the handler was given, by their short numbers. */
  const received: number[][] = [];
  const start = async (
    respond: (event: DynamoDBStreamEvent) => Promise<DynamoDBBatchResponse | undefined> = async () => undefined,
    mapping: Record<string, unknown> = {},
  ) => {
    received.length = 0;
    const delivery = await startTableStreamDelivery({
      system: streamMappingSystem(TABLE, mapping),
      functionLogicalId: STREAM_FUNCTION,
      handler: async (event) => {
        received.push(event.Records.map((record) => Number(record.dynamodb!.SequenceNumber)));
        return respond(event);
      },
      dynamodbEndpoint: UNUSED_ENDPOINT,
      checkpointDir: dir,
      log: (line) => lines.push(line),
      retryDelayMs: () => 0,
      idlePollMs: 5,
    });
    deliveries.push(delivery);
    return delivery;
  };
  const sequence = (n: number) => String(n).padStart(21, '0');

  it('when records are written, the handler gets those the filter lets through, in order, in batches of the mapping’s size, in Lambda’s shape', async () => {
    // Prepare
    const events: DynamoDBStreamEvent[] = [];
    stream.write(
      streamRecord(1),
      streamRecord(2, { entity: 'ATTACHMENT' }),
      streamRecord(3, { eventName: 'MODIFY' }),
      streamRecord(4),
      streamRecord(5),
    );
    const delivery = await start(
      async (event) => {
        events.push(event);
        return undefined;
      },
      { BatchSize: 2 },
    );
    // Act
    await delivery.settled();
    // Assess
    expect(received).toEqual([[1, 4], [5]]);
    expect(events[0]!.Records[0]).toMatchObject({
      eventName: 'INSERT',
      eventSourceARN: stream.streamArn(),
      dynamodb: { SequenceNumber: sequence(1), NewImage: { entity: { S: 'INQUIRY' } } },
    });
    expect(events[0]!.Records[0]!.dynamodb!.ApproximateCreationDateTime).toEqual(expect.any(Number));
  });

  it('when the handler reports a record failed, the next delivery starts at that record and nothing before it comes again', async () => {
    // Prepare
    stream.write(streamRecord(1), streamRecord(2), streamRecord(3), streamRecord(4));
    let first = true;
    const delivery = await start(async () => {
      if (!first) return { batchItemFailures: [] };
      first = false;
      return { batchItemFailures: [{ itemIdentifier: sequence(3) }] };
    });
    // Act
    await delivery.settled();
    // Assess
    expect(received).toEqual([
      [1, 2, 3, 4],
      [3, 4],
    ]);
  });

  it('when the handler throws on one record, the batch is split until that record is alone, and only it is dead-lettered, by its place and not its content', async () => {
    // Prepare
    stream.write(streamRecord(1), streamRecord(2), streamRecord(3), streamRecord(4));
    const delivery = await start(
      async (event) => {
        if (event.Records.some((record) => record.dynamodb!.SequenceNumber === sequence(3))) throw new Error('boom');
        return undefined;
      },
      { MaximumRetryAttempts: 3 },
    );
    // Act
    await delivery.settled();
    // Assess
    expect(received).toEqual([[1, 2, 3, 4], [1, 2], [3, 4], [3], [3], [4]]);
    const deadLettered = lines.filter((line) => line.includes('dead-lettered'));
    expect(deadLettered).toEqual([expect.stringContaining(`sequence numbers ${sequence(3)} to ${sequence(3)}`)]);
    expect(lines.join('\n')).not.toContain('+966500000001');
  });

  it('when a batch keeps failing, it is retried as often as the mapping allows, then dead-lettered, and the records after it are delivered', async () => {
    // Prepare
    stream.write(streamRecord(1));
    const delivery = await start(
      async (event) => {
        if (event.Records[0]!.dynamodb!.SequenceNumber === sequence(1)) throw new Error('unavailable');
        return undefined;
      },
      { MaximumRetryAttempts: 2 },
    );
    await delivery.settled();
    // Act
    stream.write(streamRecord(2));
    await delivery.settled();
    // Assess
    expect(received).toEqual([[1], [1], [1], [2]]);
    expect(lines.filter((line) => line.includes('failed (attempt'))).toHaveLength(3);
    expect(lines.filter((line) => line.includes('dead-lettered'))).toHaveLength(1);
  });

  it('when its records are older than the mapping’s maximum age, a batch is dead-lettered instead of delivered', async () => {
    // Prepare
    stream.write(streamRecord(1, { createdAt: new Date(Date.now() - 2 * 86_400_000) }));
    const delivery = await start();
    // Act
    await delivery.settled();
    // Assess
    expect(received).toEqual([]);
    expect(lines).toEqual([expect.stringMatching(/dead-lettered: its records are older/)]);
  });

  it('when a shard closes, reading goes on with its child', async () => {
    // Prepare
    stream.write(streamRecord(1));
    stream.rollShard();
    stream.write(streamRecord(2));
    const delivery = await start();
    // Act
    await delivery.settled();
    // Assess
    expect(received).toEqual([[1], [2]]);
  });

  it('when the table’s stream is replaced, it delivers the old one’s last records, then the new one’s from its start', async () => {
    // Prepare
    stream.write(streamRecord(1));
    const delivery = await start();
    await delivery.settled();
    stream.write(streamRecord(2));
    stream.replaceStream();
    stream.write(streamRecord(3));
    // Act
    await delivery.settled();
    // Assess
    expect(received).toEqual([[1], [2], [3]]);
    expect(lines).toEqual([expect.stringMatching(/has a new stream; reading it from its start/)]);
  });

  it('when the table’s stream was replaced while it was stopped, it reads the new one from its start and says so', async () => {
    // Prepare
    stream.write(streamRecord(1));
    const before = await start();
    await before.settled();
    await before.stop();
    stream.replaceStream();
    stream.write(streamRecord(2));
    // Act
    const after = await start();
    await after.settled();
    // Assess
    expect(received).toEqual([[2]]);
    expect(lines).toEqual([expect.stringMatching(/is new since its checkpoint; reading it from its start/)]);
  });

  it('when started again, it resumes after the last record delivered, and delivers nothing twice', async () => {
    // Prepare
    stream.write(streamRecord(1), streamRecord(2));
    const before = await start();
    await before.settled();
    await before.stop();
    stream.write(streamRecord(3));
    // Act
    const after = await start();
    await after.settled();
    // Assess
    expect(received).toEqual([[3]]);
  });

  it('when the records after the checkpoint were trimmed away, it says so and reads on from the oldest the stream holds', async () => {
    // Prepare
    stream.write(streamRecord(1));
    const before = await start();
    await before.settled();
    await before.stop();
    stream.write(streamRecord(2), streamRecord(3));
    stream.trim(2);
    // Act
    const after = await start();
    await after.settled();
    // Assess
    expect(received).toEqual([[3]]);
    expect(lines).toEqual([expect.stringMatching(/no longer holds the records after its checkpoint/)]);
  });

  it('when reading the stream fails, it says so and reads the same records again', async () => {
    // Prepare
    stream.write(streamRecord(1), streamRecord(2));
    stream.failReads(2);
    const delivery = await start();
    // Act
    await delivery.settled();
    // Assess
    expect(received).toEqual([[1, 2]]);
    expect(lines).toEqual([
      expect.stringMatching(/Reading the stream of .* failed: connection reset/),
      expect.stringMatching(/Reading the stream of .* failed: connection reset/),
    ]);
  });

  it('when stopped while a batch waits for its retry, it stops at once and the batch comes again after a restart', async () => {
    // Prepare
    stream.write(streamRecord(1));
    let failing = true;
    const before = await startTableStreamDelivery({
      system: streamMappingSystem(TABLE),
      functionLogicalId: STREAM_FUNCTION,
      handler: async () => {
        if (failing) throw new Error('unavailable');
      },
      dynamodbEndpoint: UNUSED_ENDPOINT,
      checkpointDir: dir,
      log: (line) => lines.push(line),
      retryDelayMs: () => 60_000,
    });
    await expect.poll(() => lines.length).toBe(1);
    // Act
    await before.stop();
    failing = false;
    const after = await start();
    await after.settled();
    // Assess
    expect(received).toEqual([[1]]);
  });
});
