import { DescribeTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  type _Record,
  DescribeStreamCommand,
  type DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type Shard,
} from '@aws-sdk/client-dynamodb-streams';
import type { StreamCheckpoint, StreamPosition } from './stream-checkpoint.js';

/** Records read from one shard, in order. */
export interface StreamPage {
  streamArn: string;
  shardId: string;
  records: _Record[];
  /** More records may be read at once: the page was full, its shard ended, or the position moved. */
  more: boolean;
}

export interface StreamShardReaderOptions {
  dynamodb: DynamoDBClient;
  streams: DynamoDBStreamsClient;
  tableName: string;
  checkpoint: StreamCheckpoint;
  log: (line: string) => void;
}

const bySequence = (a: Shard, b: Shard) => {
  const [x, y] = [a, b].map((shard) => BigInt(shard.SequenceNumberRange?.StartingSequenceNumber ?? 0));
  return x! < y! ? -1 : x! > y! ? 1 : 0;
};

const errorName = (error: unknown) => (error as Error).name;

/**
 * Reads a table's stream one shard after another, from the position its checkpoint keeps: a shard
 * that closes is followed by its children, a stream the table replaced by its newer one, and a
 * position whose records were trimmed away by the oldest records still kept. The position moves
 * only when the reader is told records were delivered.
 */
export class StreamShardReader {
  readonly #options: StreamShardReaderOptions;
  #position?: StreamPosition;
  #iterator?: string;
  /** The shard's last records were read: once they are delivered, reading goes on with the next shard. */
  #shardEnded = false;

  constructor(options: StreamShardReaderOptions) {
    this.#options = options;
  }

  /** Finds where to read: the checkpoint's position if it is in the table's stream of now, else that stream's start. */
  async open(): Promise<void> {
    const latest = await this.#latestStreamArn();
    const saved = this.#options.checkpoint.read();
    if (saved?.streamArn === latest) {
      this.#position = saved;
      return;
    }
    if (saved)
      this.#options.log(
        `The stream of ${this.#options.tableName} is new since its checkpoint; reading it from its start`,
      );
    this.#moveTo(await this.#start(latest));
  }

  /** The next records after the last delivered one, up to `limit`; none when there are no more for now. */
  async read(limit: number): Promise<StreamPage> {
    const position = this.#opened();
    if (this.#shardEnded && !(await this.#moveOn())) return this.#page([], false);
    try {
      this.#iterator ??= await this.#iteratorFor(this.#opened());
      const { Records, NextShardIterator } = await this.#options.streams.send(
        new GetRecordsCommand({ ShardIterator: this.#iterator, Limit: limit }),
      );
      this.#iterator = NextShardIterator;
      this.#shardEnded = NextShardIterator === undefined;
      const records = Records ?? [];
      return this.#page(records, this.#shardEnded || records.length >= limit);
    } catch (error) {
      this.#iterator = undefined;
      // An iterator lives 15 minutes; the next read asks for one from the position again.
      if (errorName(error) === 'ExpiredIteratorException') return this.#page([], true);
      if (errorName(error) !== 'TrimmedDataAccessException') throw error;
      this.#options.log(
        `The stream of ${this.#options.tableName} no longer holds the records after its checkpoint; reading on from the oldest it holds`,
      );
      this.#moveTo(await this.#start(position.streamArn));
      return this.#page([], true);
    }
  }

  /** The records read but not acknowledged are read again: what was read could not be delivered. */
  rewind(): void {
    this.#iterator = undefined;
    this.#shardEnded = false;
  }

  /** Records up to `sequenceNumber` of the current shard were delivered: a restart goes on after it. */
  acknowledge(sequenceNumber: string): void {
    this.#position = { ...this.#opened(), sequenceNumber };
    this.#options.checkpoint.save(this.#position);
  }

  #opened(): StreamPosition {
    if (!this.#position) throw new Error('The stream reader was not opened');
    return this.#position;
  }

  #page(records: _Record[], more: boolean): StreamPage {
    const { streamArn, shardId } = this.#opened();
    return { streamArn, shardId, records, more };
  }

  #moveTo(position: StreamPosition) {
    this.#position = position;
    this.#iterator = undefined;
    this.#shardEnded = false;
    this.#options.checkpoint.save(position);
  }

  async #latestStreamArn(): Promise<string> {
    const { Table } = await this.#options.dynamodb.send(
      new DescribeTableCommand({ TableName: this.#options.tableName }),
    );
    if (!Table?.LatestStreamArn) throw new Error(`Table ${this.#options.tableName} has no stream`);
    return Table.LatestStreamArn;
  }

  async #shards(streamArn: string): Promise<Shard[]> {
    const shards: Shard[] = [];
    let ExclusiveStartShardId: string | undefined;
    do {
      const { StreamDescription } = await this.#options.streams.send(
        new DescribeStreamCommand({ StreamArn: streamArn, ExclusiveStartShardId }),
      );
      shards.push(...(StreamDescription?.Shards ?? []));
      ExclusiveStartShardId = StreamDescription?.LastEvaluatedShardId;
    } while (ExclusiveStartShardId);
    return shards;
  }

  /** The start of a stream: its oldest shards, those whose parent it no longer holds, oldest first. */
  async #start(streamArn: string): Promise<StreamPosition> {
    const shards = await this.#shards(streamArn);
    const held = new Set(shards.map((shard) => shard.ShardId));
    const [first, ...others] = shards.filter((shard) => !held.has(shard.ParentShardId)).sort(bySequence);
    if (!first) throw new Error(`The stream of ${this.#options.tableName} has no shard`);
    return { streamArn, shardId: first.ShardId!, nextShardIds: others.map((shard) => shard.ShardId!) };
  }

  /** After a closed shard: its children, then the shards queued before; with none, the table's newer stream. */
  async #moveOn(): Promise<boolean> {
    const { streamArn, shardId, nextShardIds } = this.#opened();
    const children = (await this.#shards(streamArn))
      .filter((shard) => shard.ParentShardId === shardId)
      .sort(bySequence);
    const [next, ...later] = [...children.map((shard) => shard.ShardId!), ...nextShardIds];
    if (next) {
      this.#moveTo({ streamArn, shardId: next, nextShardIds: later });
      return true;
    }
    const latest = await this.#latestStreamArn();
    if (latest === streamArn) return false;
    this.#options.log(`The table ${this.#options.tableName} has a new stream; reading it from its start`);
    this.#moveTo(await this.#start(latest));
    return true;
  }

  async #iteratorFor({ streamArn, shardId, sequenceNumber }: StreamPosition): Promise<string | undefined> {
    const { ShardIterator } = await this.#options.streams.send(
      new GetShardIteratorCommand({
        StreamArn: streamArn,
        ShardId: shardId,
        ...(sequenceNumber
          ? { ShardIteratorType: 'AFTER_SEQUENCE_NUMBER', SequenceNumber: sequenceNumber }
          : { ShardIteratorType: 'TRIM_HORIZON' }),
      }),
    );
    return ShardIterator;
  }
}
