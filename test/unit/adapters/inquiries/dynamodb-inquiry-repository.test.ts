import {
  ConditionalCheckFailedException,
  DynamoDBClient,
  TransactionCanceledException,
} from '@aws-sdk/client-dynamodb';
import {
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { DynamoDbInquiryRepository } from '../../../../functions/adapters/inquiries/dynamodb-inquiry-repository.js';
import { decide } from '../../../../functions/domain/review/transitions.js';
import {
  ConcurrentChange,
  IdempotencyClaimTaken,
  ReferenceTaken,
  ValidationFailed,
} from '../../../../functions/domain/shared/errors.js';
import { aClaim, anInquiry, anOwner } from '../../../support/inquiries.js';

const documentClient = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'me-central-1' }));
const dynamodb = mockClient(documentClient);
const repository = new DynamoDbInquiryRepository(documentClient, 'Inquiries');

const cancelled = (...codes: string[]) =>
  new TransactionCanceledException({
    message: 'Transaction cancelled',
    $metadata: {},
    CancellationReasons: codes.map((Code) => ({ Code })),
  });

describe('DynamoDB inquiry repository (SDK mocked)', () => {
  beforeEach(() => dynamodb.reset());

  it('when creating without an idempotency key, it writes one item, only if the reference is new', async () => {
    // Prepare
    dynamodb.on(PutCommand).resolves({});
    const inquiry = anInquiry();
    // Act
    await repository.create(inquiry);
    // Assess
    const input = dynamodb.commandCalls(PutCommand)[0]!.args[0].input;
    expect(input.Item).toMatchObject({
      pk: `INQUIRY#${inquiry.reference}`,
      sk: 'INQUIRY',
      residentId: 'resident-1',
      createdAt: inquiry.createdAt,
    });
    expect(input.ConditionExpression).toBe('attribute_not_exists(pk)');
    expect(dynamodb.commandCalls(TransactWriteCommand)).toHaveLength(0);
  });

  it('when creating with an idempotency key, it writes the claim and the inquiry in one transaction', async () => {
    // Prepare
    dynamodb.on(TransactWriteCommand).resolves({});
    const inquiry = anInquiry();
    // Act
    await repository.create(inquiry, aClaim('key-1', 'fingerprint-1', { result: inquiry.reference }));
    // Assess
    const items = dynamodb.commandCalls(TransactWriteCommand)[0]!.args[0].input.TransactItems!;
    expect(items.map((item) => item.Put?.Item?.pk)).toEqual([
      'IDEMPOTENCY#SubmitInquiry#resident-1#key-1',
      `INQUIRY#${inquiry.reference}`,
    ]);
    expect(items[0]!.Put!.Item).toMatchObject({
      fingerprint: 'fingerprint-1',
      result: inquiry.reference,
      expiresAt: Date.parse('2026-11-23T06:00:00Z') / 1000,
    });
    expect(items[0]!.Put!.ExpressionAttributeValues).toEqual({ ':now': Date.parse('2026-11-22T06:00:00Z') / 1000 });
    expect(items.every((item) => item.Put?.ConditionExpression?.startsWith('attribute_not_exists(pk)'))).toBe(true);
  });

  it('when the claim is already held, it raises IdempotencyClaimTaken keeping the cause, and reads nothing itself', async () => {
    // Prepare
    dynamodb.on(TransactWriteCommand).rejects(cancelled('ConditionalCheckFailed', 'None'));
    // Act
    const error = await repository.create(anInquiry(), aClaim()).catch((e: unknown) => e);
    // Assess
    expect(error).toBeInstanceOf(IdempotencyClaimTaken);
    expect((error as Error).cause).toBeInstanceOf(TransactionCanceledException);
    expect(dynamodb.commandCalls(GetCommand)).toHaveLength(0);
  });

  it('when the reference is taken, it raises ReferenceTaken so that the caller draws another', async () => {
    dynamodb.on(PutCommand).rejects(new ConditionalCheckFailedException({ message: 'taken', $metadata: {} }));
    dynamodb.on(TransactWriteCommand).rejects(cancelled('None', 'ConditionalCheckFailed'));
    await expect(repository.create(anInquiry())).rejects.toBeInstanceOf(ReferenceTaken);
    await expect(repository.create(anInquiry(), aClaim())).rejects.toBeInstanceOf(ReferenceTaken);
  });

  it('when the inquiry belongs to someone else, it is not found', async () => {
    const inquiry = anInquiry({ residentId: 'owner' });
    dynamodb.on(GetCommand).resolves({ Item: { ...inquiry, pk: `INQUIRY#${inquiry.reference}`, sk: 'INQUIRY' } });
    expect(await repository.findForResident(anOwner('owner'), inquiry.reference)).toEqual(inquiry);
    expect(await repository.findForResident(anOwner('intruder'), inquiry.reference)).toBeUndefined();
  });

  it('when the transaction fails for another reason, the error reaches the caller unchanged', async () => {
    const throttled = cancelled('None', 'ThrottlingError');
    dynamodb.on(TransactWriteCommand).rejects(throttled);
    await expect(repository.create(anInquiry(), aClaim())).rejects.toBe(throttled);
  });

  it('when listing, it queries only the caller’s partitions (their own, and filed for their iqama number), newest first, and hands back an opaque cursor', async () => {
    // Prepare
    const inquiry = anInquiry();
    const key = {
      pk: `INQUIRY#${inquiry.reference}`,
      sk: 'INQUIRY',
      residentId: 'resident-1',
      createdAt: inquiry.createdAt,
    };
    dynamodb
      .on(QueryCommand, { ExpressionAttributeValues: { ':partition': 'resident-1' } })
      .resolves({ Items: [{ ...inquiry, ...key, entity: 'INQUIRY' }], LastEvaluatedKey: key });
    dynamodb
      .on(QueryCommand, { ExpressionAttributeValues: { ':partition': 'IQAMA#2000000006' } })
      .resolves({ Items: [] });
    // Act
    const page = await repository.listForResident(anOwner('resident-1'), { limit: 1 });
    await repository.listForResident(anOwner('resident-1'), { limit: 1, cursor: page.nextCursor });
    // Assess
    const [first, filedForThem, second, ...more] = dynamodb
      .commandCalls(QueryCommand)
      .map((call) => call.args[0].input);
    expect(first).toMatchObject({
      IndexName: 'byResident',
      ScanIndexForward: false,
      ExpressionAttributeValues: { ':partition': 'resident-1' },
    });
    expect(filedForThem).toMatchObject({
      IndexName: 'byResident',
      ExpressionAttributeValues: { ':partition': 'IQAMA#2000000006' },
    });
    // The partition read to its end is not read again on the next page.
    expect(more).toEqual([]);
    expect(page.items).toEqual([inquiry]);
    expect(Buffer.from(page.nextCursor!, 'base64url').toString()).not.toContain('resident-1');
    expect(second!.ExclusiveStartKey).toEqual(key);
  });

  it.each([
    'not-base64-json',
    Buffer.from('{"residentId":"someone-else"}').toString('base64url'),
    Buffer.from('["IDEMPOTENCY#resident-1#key-1","2026-11-22T06:00:00.000Z"]').toString('base64url'),
    Buffer.from('["TW-0000-0000-0001","2026-11-22T06:00:00.000Z"]').toString('base64url'),
    Buffer.from('["tw-0000-0000-0000","2026-11-22T06:00:00.000Z"]').toString('base64url'),
    Buffer.from('["TW-0000-0000-0000","yesterday"]').toString('base64url'),
    Buffer.from('["TW-0000-0000-0000","2026-11-22T06:00:00.000Z","not-this-list"]').toString('base64url'),
  ])('when the cursor is %j, it is refused before any query', async (cursor) => {
    await expect(repository.listForResident(anOwner('resident-1'), { limit: 10, cursor })).rejects.toBeInstanceOf(
      ValidationFailed,
    );
    expect(dynamodb.commandCalls(QueryCommand)).toHaveLength(0);
  });
});

describe('DynamoDB inquiry repository cursors (SDK mocked)', () => {
  beforeEach(() => dynamodb.reset());

  it('when a cursor issued to one resident is used by another, or to one section’s queue on another, it is refused before any query', async () => {
    // Prepare
    const inquiry = anInquiry();
    const key = {
      pk: `INQUIRY#${inquiry.reference}`,
      sk: 'INQUIRY',
      residentId: 'resident-2',
      createdAt: inquiry.createdAt,
      reviewSection: 'VISAS',
      queueKey: `2026-12-01T23:59:59.999+03:00#${inquiry.reference}`,
    };
    dynamodb.on(QueryCommand).resolves({ Items: [{ ...inquiry, ...key, entity: 'INQUIRY' }], LastEvaluatedKey: key });
    const residentCursor = (await repository.listForResident(anOwner('resident-2'), { limit: 1 })).nextCursor;
    const queueCursor = (await repository.listReviewQueue('VISAS', { limit: 1 })).nextCursor;
    dynamodb.resetHistory();
    // Act
    const outcomes = await Promise.all([
      repository.listForResident(anOwner('resident-1'), { limit: 1, cursor: residentCursor }).catch((e: unknown) => e),
      repository.listReviewQueue('PASSPORTS', { limit: 1, cursor: queueCursor }).catch((e: unknown) => e),
      repository.listReviewQueue('VISAS', { limit: 1, cursor: residentCursor }).catch((e: unknown) => e),
    ]);
    // Assess
    for (const outcome of outcomes) expect(outcome).toBeInstanceOf(ValidationFailed);
    expect(dynamodb.commandCalls(QueryCommand)).toHaveLength(0);
  });
});

describe('DynamoDB inquiry repository under transaction conflicts (SDK mocked)', () => {
  beforeEach(() => dynamodb.reset());

  it('when a concurrent duplicate holds the items, it tries again and then finds the key claimed', async () => {
    // Prepare
    dynamodb
      .on(TransactWriteCommand)
      .rejectsOnce(cancelled('TransactionConflict', 'None'))
      .rejectsOnce(cancelled('ConditionalCheckFailed', 'None'));
    // Act & Assess
    await expect(repository.create(anInquiry(), aClaim())).rejects.toBeInstanceOf(IdempotencyClaimTaken);
    expect(dynamodb.commandCalls(TransactWriteCommand)).toHaveLength(2);
  });

  it('when conflicts persist, it gives up after a bounded number of attempts with a ConcurrentChange the caller may retry', async () => {
    dynamodb.on(TransactWriteCommand).rejects(cancelled('TransactionConflict', 'None'));
    const error = await repository.create(anInquiry(), aClaim()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConcurrentChange);
    expect((error as Error).cause).toBeInstanceOf(TransactionCanceledException);
    expect(dynamodb.commandCalls(TransactWriteCommand)).toHaveLength(4);
  });
});

describe('DynamoDB inquiry repository, keyed transitions (SDK mocked)', () => {
  beforeEach(() => dynamodb.reset());

  const reviewer = { id: 'reviewer-1', sections: ['GENERAL' as const] };
  const transition = () =>
    decide(
      anInquiry({ status: 'UNDER_REVIEW', revision: 1 }),
      reviewer,
      { decision: 'ACCEPT' },
      new Date('2026-11-23T06:00:00Z'),
    );
  const claim = aClaim('decision-1', 'fingerprint-1', { owner: 'reviewer-1', operation: 'DecideInquiry' });

  it('when a keyed transition is stored, the token read first is a condition of the write, and the claim is beside it', async () => {
    // Prepare
    const change = transition();
    dynamodb.on(GetCommand).resolves({ Item: { revision: 1, taskToken: 'token-1' } });
    dynamodb.on(TransactWriteCommand).resolves({});
    // Act
    const result = await repository.applyTransition(change, claim);
    // Assess
    expect(result).toEqual({ taskToken: 'token-1' });
    const [update, put] = dynamodb.commandCalls(TransactWriteCommand)[0]!.args[0].input.TransactItems!;
    expect(update!.Update!.ConditionExpression).toBe('(#revision = :before) AND #token = :token');
    expect(update!.Update!.ExpressionAttributeValues).toMatchObject({ ':before': 1, ':token': 'token-1' });
    expect(put!.Put!.Item!.pk).toBe('IDEMPOTENCY#DecideInquiry#reviewer-1#decision-1');
  });

  it('when the workflow begins a new wait between the read and the write, it writes again with the new token', async () => {
    // Prepare
    dynamodb
      .on(GetCommand)
      .resolvesOnce({ Item: { revision: 1, taskToken: 'token-1' } })
      .resolves({ Item: { revision: 1, taskToken: 'token-2' } });
    dynamodb.on(TransactWriteCommand).rejectsOnce(cancelled('ConditionalCheckFailed', 'None')).resolves({});
    // Act
    const result = await repository.applyTransition(transition(), claim);
    // Assess
    expect(result).toEqual({ taskToken: 'token-2' });
    expect(dynamodb.commandCalls(TransactWriteCommand)).toHaveLength(2);
  });

  it('when the inquiry moved on since it was read, it is a ConcurrentChange and nothing is written', async () => {
    dynamodb.on(GetCommand).resolves({ Item: { revision: 2, taskToken: 'token-1' } });
    await expect(repository.applyTransition(transition(), claim)).rejects.toBeInstanceOf(ConcurrentChange);
    expect(dynamodb.commandCalls(TransactWriteCommand)).toHaveLength(0);
  });

  it('when the key is already claimed, it raises IdempotencyClaimTaken and writes nothing again', async () => {
    dynamodb.on(GetCommand).resolves({ Item: { revision: 1 } });
    dynamodb.on(TransactWriteCommand).rejects(cancelled('ConditionalCheckFailed', 'ConditionalCheckFailed'));
    await expect(repository.applyTransition(transition(), claim)).rejects.toBeInstanceOf(IdempotencyClaimTaken);
    expect(dynamodb.commandCalls(TransactWriteCommand)).toHaveLength(1);
  });
});
