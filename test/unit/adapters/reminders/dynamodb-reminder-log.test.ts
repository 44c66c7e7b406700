import { ConditionalCheckFailedException, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { DynamoDbReminderLog } from '../../../../functions/adapters/reminders/dynamodb-reminder-log.js';

const documentClient = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'me-central-1' }));
const dynamodb = mockClient(documentClient);
const log = new DynamoDbReminderLog(documentClient, 'ReminderLog');

const key = { documentId: 'doc-1', expiresOn: '2026-12-25', leadDays: 30 };
const now = new Date('2026-11-24T21:30:00.000Z');
const nowSeconds = Date.parse('2026-11-24T21:30:00.000Z') / 1000;
const YEAR_SECONDS = 366 * 86_400;
/** What DynamoDB raises when a condition fails and the request asked for the item as it was. */
const conditionFailed = (status?: string) =>
  new ConditionalCheckFailedException({
    message: 'The conditional request failed',
    $metadata: {},
    ...(status && { Item: { status: { S: status } } }),
  });
const throttled = () => Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' });

describe('DynamoDB reminder log (SDK mocked)', () => {
  beforeEach(() => dynamodb.reset());

  it('when a reminder is claimed first, it is written as SENDING, only if new (or released), to be removed a year on', async () => {
    // Prepare
    dynamodb.on(PutCommand).resolves({});
    // Act
    const outcome = await log.claim(key, now);
    // Assess
    expect(outcome).toBe('claimed');
    const input = dynamodb.commandCalls(PutCommand)[0]!.args[0].input;
    expect(input).toMatchObject({
      TableName: 'ReminderLog',
      Item: {
        reminder: 'doc-1#2026-12-25#30',
        status: 'SENDING',
        claimedAt: '2026-11-24T21:30:00.000Z',
        expiresAt: nowSeconds + YEAR_SECONDS,
      },
      ConditionExpression: 'attribute_not_exists(reminder) OR #status = :released',
      ExpressionAttributeValues: { ':released': 'RELEASED' },
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
    });
  });

  it('when the claim item is written, its time to live is about a year after now, in whole epoch seconds', async () => {
    // Prepare
    dynamodb.on(PutCommand).resolves({});
    // Act
    await log.claim(key, new Date('2026-11-24T21:30:00.999Z'));
    // Assess
    const expiresAt = dynamodb.commandCalls(PutCommand)[0]!.args[0].input.Item!.expiresAt as number;
    expect(Number.isInteger(expiresAt)).toBe(true);
    expect(new Date(expiresAt * 1000).toISOString()).toBe('2027-11-25T21:30:00.000Z');
  });

  it.each(['SENT', 'SKIPPED', 'SENDING'])(
    'when the reminder is already logged as %s, the claim fails and says so',
    async (status) => {
      dynamodb.on(PutCommand).rejects(conditionFailed(status));
      expect(await log.claim(key, now)).toBe(status);
    },
  );

  it("when the condition fails without the old item, the claim is taken as another run's SENDING, so nothing is sent twice", async () => {
    dynamodb.on(PutCommand).rejects(conditionFailed());
    expect(await log.claim(key, now)).toBe('SENDING');
  });

  it('when DynamoDB throttles a claim, the error reaches the caller', async () => {
    dynamodb.on(PutCommand).rejects(throttled());
    await expect(log.claim(key, now)).rejects.toThrow('Rate exceeded');
  });

  it('when a send is recorded, a SENDING claim becomes SENT with the time — never a new entry without its expiry', async () => {
    // Prepare
    dynamodb.on(UpdateCommand).resolves({});
    // Act
    await log.markSent(key, now);
    // Assess
    expect(dynamodb.commandCalls(UpdateCommand)[0]!.args[0].input).toMatchObject({
      TableName: 'ReminderLog',
      Key: { reminder: 'doc-1#2026-12-25#30' },
      ConditionExpression: '#status = :from',
      ExpressionAttributeValues: { ':from': 'SENDING', ':to': 'SENT', ':at': '2026-11-24T21:30:00.000Z' },
    });
  });

  it('when a claim is released, only a SENDING one becomes RELEASED — by an update the function is granted, never a delete', async () => {
    // Prepare
    dynamodb.on(UpdateCommand).resolves({});
    // Act
    await log.release(key, now);
    // Assess
    const input = dynamodb.commandCalls(UpdateCommand)[0]!.args[0].input;
    expect(input).toMatchObject({
      Key: { reminder: 'doc-1#2026-12-25#30' },
      ConditionExpression: '#status = :from',
      ExpressionAttributeValues: expect.objectContaining({ ':from': 'SENDING', ':to': 'RELEASED' }),
    });
  });

  it('when the claim to release is no longer SENDING, the failed condition is not an error', async () => {
    dynamodb.on(UpdateCommand).rejects(conditionFailed('SENT'));
    await expect(log.release(key, now)).resolves.toBeUndefined();
  });

  it('when DynamoDB fails otherwise on release, the error reaches the caller', async () => {
    dynamodb.on(UpdateCommand).rejects(throttled());
    await expect(log.release(key, now)).rejects.toThrow('Rate exceeded');
  });

  it('when a skip is recorded, it is written with its reason only if new; a second time it reports false', async () => {
    // Prepare
    dynamodb.on(PutCommand).resolvesOnce({}).rejectsOnce(conditionFailed('SKIPPED'));
    // Act
    const first = await log.recordSkip(key, 'OPTED_OUT', now);
    const second = await log.recordSkip(key, 'OPTED_OUT', now);
    // Assess
    expect([first, second]).toEqual([true, false]);
    expect(dynamodb.commandCalls(PutCommand)[0]!.args[0].input).toMatchObject({
      Item: {
        reminder: 'doc-1#2026-12-25#30',
        status: 'SKIPPED',
        reason: 'OPTED_OUT',
        expiresAt: nowSeconds + YEAR_SECONDS,
      },
      ConditionExpression: 'attribute_not_exists(reminder) OR #status = :released',
    });
  });

  it('when DynamoDB fails otherwise on a skip, the error reaches the caller', async () => {
    dynamodb.on(PutCommand).rejects(throttled());
    await expect(log.recordSkip(key, 'NO_PHONE', now)).rejects.toThrow('Rate exceeded');
  });
});
