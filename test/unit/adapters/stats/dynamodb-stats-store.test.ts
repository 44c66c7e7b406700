import { DynamoDBClient, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { DynamoDbStatsStore } from '../../../../functions/adapters/stats/dynamodb-stats-store.js';
import { STATS_READER_ACTIONS, STATS_STORE_ACTIONS } from '../../../../functions/contract/table-actions.js';
import type { StatsChange } from '../../../../functions/domain/stats/day-counts.js';

const now = new Date('2026-11-25T06:00:00Z');
const change: StatsChange = {
  reference: 'TW-AAAA-BBBB-CCCC',
  revision: 3,
  days: [
    {
      day: '2026-11-25',
      section: 'VISAS',
      category: 'VISA_EXTENSION',
      add: { accepted: 1 },
      workingDaysBucket: 3,
      hoursBucket: 7,
    },
  ],
  gauges: [{ section: 'VISAS', category: 'VISA_EXTENSION', open: -1, overdue: 0 }],
};

const storeWithMock = () => {
  const documentClient = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'me-central-1' }));
  const dynamodb = mockClient(documentClient);
  return { dynamodb, store: new DynamoDbStatsStore(documentClient, 'Stats', () => now) };
};

const cancelled = (...codes: string[]) =>
  new TransactionCanceledException({
    message: 'Transaction cancelled',
    $metadata: {},
    CancellationReasons: codes.map((Code) => ({ Code })),
  });

/** The IAM actions a call needs: a transaction needs those of its items. */
const actionsOf = (input: object, command: string): string[] => {
  if (command === 'QueryCommand') return ['dynamodb:Query'];
  if (command === 'TransactWriteCommand') {
    const items = (input as { TransactItems: Record<string, unknown>[] }).TransactItems;
    return items.flatMap((item) =>
      Object.keys(item).map(
        (kind) => ({ Put: 'dynamodb:PutItem', Update: 'dynamodb:UpdateItem' })[kind] ?? `unmapped ${kind}`,
      ),
    );
  }
  return [`unmapped ${command}`];
};

describe('the statistics store', () => {
  it('when a change is applied, one transaction writes its marker, expiring in a week, and adds to each counter item once', async () => {
    // Prepare
    const { dynamodb, store } = storeWithMock();
    dynamodb.on(TransactWriteCommand).resolves({});
    // Act
    const outcome = await store.apply(change);
    // Assess
    expect(outcome).toBe('applied');
    const [call] = dynamodb.commandCalls(TransactWriteCommand);
    expect(call?.args[0].input.TransactItems).toEqual([
      {
        Put: {
          TableName: 'Stats',
          Item: { pk: 'APPLIED#TW-AAAA-BBBB-CCCC', sk: 'REV#3', expiresAt: now.getTime() / 1000 + 7 * 24 * 60 * 60 },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      {
        Update: {
          TableName: 'Stats',
          Key: { pk: 'SECTION#VISAS', sk: 'DAY#2026-11-25#TYPE#VISA_EXTENSION' },
          UpdateExpression: 'ADD #a0 :a0, #a1 :a1, #a2 :a2',
          ExpressionAttributeNames: { '#a0': 'accepted', '#a1': 'wd3', '#a2': 'h7' },
          ExpressionAttributeValues: { ':a0': 1, ':a1': 1, ':a2': 1 },
        },
      },
      {
        Update: {
          TableName: 'Stats',
          Key: { pk: 'SECTION#VISAS', sk: 'OPEN#TYPE#VISA_EXTENSION' },
          UpdateExpression: 'ADD #a0 :a0',
          ExpressionAttributeNames: { '#a0': 'open' },
          ExpressionAttributeValues: { ':a0': -1 },
        },
      },
    ]);
  });

  it('when the marker exists already, the change was counted before and nothing is added', async () => {
    // Prepare
    const { dynamodb, store } = storeWithMock();
    dynamodb.on(TransactWriteCommand).rejects(cancelled('ConditionalCheckFailed', 'None', 'None'));
    // Act & Assess
    await expect(store.apply(change)).resolves.toBe('alreadyApplied');
  });

  it('when the transaction fails for another reason, the failure is thrown for the stream to retry', async () => {
    // Prepare
    const { dynamodb, store } = storeWithMock();
    dynamodb.on(TransactWriteCommand).rejects(cancelled('None', 'ValidationError', 'None'));
    // Act & Assess
    await expect(store.apply(change)).rejects.toBeInstanceOf(TransactionCanceledException);
  });

  it('when the day items fill more than one page, every page is read and the attributes never written read as 0', async () => {
    // Prepare
    const { dynamodb, store } = storeWithMock();
    dynamodb
      .on(QueryCommand)
      .resolvesOnce({
        Items: [{ pk: 'SECTION#VISAS', sk: 'DAY#2026-11-24#TYPE#VISA_EXTENSION', submitted: 2 }],
        LastEvaluatedKey: { pk: 'SECTION#VISAS', sk: 'DAY#2026-11-24#TYPE#VISA_EXTENSION' },
      })
      .resolvesOnce({
        Items: [{ pk: 'SECTION#VISAS', sk: 'DAY#2026-11-25#TYPE#VISA_EXTENSION', rating5: 1, wd31: 2 }],
      });
    // Act
    const days = await store.dailyStats('VISAS', '2026-11-24', '2026-11-25');
    // Assess
    expect(
      days.map((day) => [day.day, day.counts.submitted, day.counts.ratingScores[4], day.counts.workingDays[31]]),
    ).toEqual([
      ['2026-11-24', 2, 0, 0],
      ['2026-11-25', 0, 1, 2],
    ]);
    const queries = dynamodb.commandCalls(QueryCommand).map((call) => call.args[0].input);
    expect(queries[0]?.ExpressionAttributeValues).toEqual({
      ':pk': 'SECTION#VISAS',
      ':first': 'DAY#2026-11-24#TYPE#',
      ':last': 'DAY#2026-11-25#TYPE#~',
    });
    expect(queries[1]?.ExclusiveStartKey).toEqual({ pk: 'SECTION#VISAS', sk: 'DAY#2026-11-24#TYPE#VISA_EXTENSION' });
  });

  it('when each method runs, the store makes exactly the calls its grant lists and the reader only those of its own', async () => {
    // Prepare
    const { dynamodb, store } = storeWithMock();
    dynamodb.onAnyCommand().resolves({ Items: [] });
    const calls: Record<keyof DynamoDbStatsStore, { port: 'store' | 'reader'; run: () => Promise<unknown> }> = {
      apply: { port: 'store', run: () => store.apply(change) },
      dailyStats: { port: 'reader', run: () => store.dailyStats('VISAS', '2026-11-01', '2026-11-30') },
      openGauges: { port: 'reader', run: () => store.openGauges('VISAS') },
    };
    const actions = { store: new Set<string>(), reader: new Set<string>() };
    // Act
    for (const { port, run } of Object.values(calls)) {
      dynamodb.resetHistory();
      await run();
      for (const call of dynamodb.calls())
        for (const action of actionsOf(call.args[0].input, call.args[0].constructor.name)) actions[port].add(action);
    }
    // Assess
    const methods = Object.getOwnPropertyNames(DynamoDbStatsStore.prototype).filter((name) => name !== 'constructor');
    expect(Object.keys(calls).sort()).toEqual(methods.sort());
    expect([...actions.store].sort()).toEqual([...STATS_STORE_ACTIONS].sort());
    expect([...actions.reader].sort()).toEqual([...STATS_READER_ACTIONS].sort());
  });
});
