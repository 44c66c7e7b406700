import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  type _Record,
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  TrimmedDataAccessException,
} from '@aws-sdk/client-dynamodb-streams';
import { mockClient } from 'aws-sdk-client-mock';

interface FakeShard {
  streamArn: string;
  id: string;
  parent?: string;
  records: _Record[];
  closed: boolean;
  /** Records before this index were trimmed away: reading them is refused as DynamoDB Streams does. */
  trimmedBefore: number;
}

/** A stream record of an item, as the SDK reads it from DynamoDB Local. */
export const streamRecord = (
  sequence: number,
  options: { entity?: string; eventName?: 'INSERT' | 'MODIFY' | 'REMOVE'; createdAt?: Date } = {},
): _Record => {
  const SequenceNumber = String(sequence).padStart(21, '0');
  const key = { pk: { S: `INQUIRY#TW-${sequence}` }, sk: { S: options.entity ?? 'INQUIRY' } };
  return {
    eventID: `event-${sequence}`,
    eventName: options.eventName ?? 'INSERT',
    eventVersion: '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: 'ddblocal',
    dynamodb: {
      ApproximateCreationDateTime: options.createdAt ?? new Date(),
      Keys: key,
      NewImage: { ...key, entity: { S: options.entity ?? 'INQUIRY' }, phone: { S: '+966500000001' } },
      SequenceNumber,
      SizeBytes: 100,
      StreamViewType: 'NEW_AND_OLD_IMAGES',
    },
  };
};

/**
 * A table's stream behind mocked DynamoDB and DynamoDB Streams clients: shards of records, read
 * through iterators as the service answers, so a test says what the stream holds, not which calls
 * come in which order.
 */
export const fakeTableStream = (tableName: string) => {
  const arnOf = (label: number) => `arn:aws:dynamodb:ddblocal:000000000000:table/${tableName}/stream/label-${label}`;
  let streamArn = arnOf(1);
  const shards: FakeShard[] = [{ streamArn, id: 'shardId-1', records: [], closed: false, trimmedBefore: 0 }];
  const dynamodb = mockClient(DynamoDBClient);
  const streams = mockClient(DynamoDBStreamsClient);
  dynamodb
    .on(DescribeTableCommand, { TableName: tableName })
    .callsFake(() => ({ Table: { LatestStreamArn: streamArn } }));
  streams.on(DescribeStreamCommand).callsFake((input) => ({
    StreamDescription: {
      StreamArn: input.StreamArn,
      Shards: shards
        .filter((shard) => shard.streamArn === input.StreamArn)
        .map((shard) => ({
          ShardId: shard.id,
          ParentShardId: shard.parent,
          SequenceNumberRange: { StartingSequenceNumber: shard.records[0]?.dynamodb?.SequenceNumber ?? '0' },
        })),
    },
  }));
  const shardOf = (id: string) => shards.find((shard) => shard.id === id)!;
  streams.on(GetShardIteratorCommand).callsFake((input) => {
    const shard = shardOf(input.ShardId);
    const after = shard.records.findIndex((record) => record.dynamodb!.SequenceNumber === input.SequenceNumber);
    const index = input.ShardIteratorType === 'AFTER_SEQUENCE_NUMBER' ? after + 1 : shard.trimmedBefore;
    if (index < shard.trimmedBefore) throw new TrimmedDataAccessException({ message: 'trimmed', $metadata: {} });
    return { ShardIterator: `${shard.id}@${index}` };
  });
  let failingReads = 0;
  streams.on(GetRecordsCommand).callsFake((input) => {
    if (failingReads > 0) {
      failingReads--;
      throw new Error('connection reset');
    }
    const [id, at] = input.ShardIterator.split('@');
    const shard = shardOf(id);
    const index = Number(at);
    const records = shard.records.slice(index, index + (input.Limit ?? 1000));
    const next = index + records.length;
    const ended = shard.closed && next === shard.records.length;
    return { Records: records, ...(!ended && { NextShardIterator: `${id}@${next}` }) };
  });
  const openShard = (parent?: FakeShard) => {
    shards.push({
      streamArn,
      id: `shardId-${shards.length + 1}`,
      parent: parent?.id,
      records: [],
      closed: false,
      trimmedBefore: 0,
    });
  };
  return {
    /** The table's stream of now. */
    streamArn: () => streamArn,
    /** Adds records to the open shard. */
    write: (...records: _Record[]) => shards.at(-1)!.records.push(...records),
    /** Closes the open shard and opens its child, as DynamoDB rolls shards. */
    rollShard: () => {
      const parent = shards.at(-1)!;
      parent.closed = true;
      openShard(parent);
    },
    /** Closes the stream and gives the table a new one, as disabling and enabling its stream does. */
    replaceStream: () => {
      shards.at(-1)!.closed = true;
      streamArn = arnOf(shards.length + 1);
      openShard();
    },
    /** Trims the open shard's records before `count`, as the stream's 24-hour retention does. */
    trim: (count: number) => {
      shards.at(-1)!.trimmedBefore = count;
    },
    /** The next `count` reads fail, as when DynamoDB Local is busy or restarting. */
    failReads: (count: number) => {
      failingReads = count;
    },
    restore: () => {
      dynamodb.restore();
      streams.restore();
    },
  };
};
