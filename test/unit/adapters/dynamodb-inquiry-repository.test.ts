import { ConditionalCheckFailedException, DynamoDBClient, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { DynamoDbInquiryRepository } from '../../../functions/adapters/dynamodb-inquiry-repository.js';
import { IdempotencyKeyReused, ReferenceTaken, ValidationFailed } from '../../../functions/core/errors.js';
import { aClaim, anInquiry } from '../../support/inquiries.js';

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
    expect(input.Item).toMatchObject({ pk: `INQUIRY#${inquiry.reference}`, sk: 'INQUIRY', residentId: 'resident-1', createdAt: inquiry.createdAt });
    expect(input.ConditionExpression).toBe('attribute_not_exists(pk)');
    expect(dynamodb.commandCalls(TransactWriteCommand)).toHaveLength(0);
  });

  it('when creating with an idempotency key, it writes the claim and the inquiry in one transaction', async () => {
    // Prepare
    dynamodb.on(TransactWriteCommand).resolves({});
    const inquiry = anInquiry();
    // Act
    await repository.create(inquiry, aClaim());
    // Assess
    const items = dynamodb.commandCalls(TransactWriteCommand)[0]!.args[0].input.TransactItems!;
    expect(items.map((item) => item.Put?.Item?.pk)).toEqual(['IDEMPOTENCY#resident-1#key-1', `INQUIRY#${inquiry.reference}`]);
    expect(items[0]!.Put!.Item!.expiresAt).toBe(Date.parse('2026-11-23T06:00:00Z') / 1000);
    expect(items.every((item) => item.Put?.ConditionExpression?.startsWith('attribute_not_exists(pk)'))).toBe(true);
  });

  it('when the claim already exists for the same request, it returns the first inquiry as a replay', async () => {
    // Prepare
    const first = anInquiry();
    dynamodb.on(TransactWriteCommand).rejects(cancelled('ConditionalCheckFailed', 'None'));
    dynamodb.on(GetCommand, { Key: { pk: 'IDEMPOTENCY#resident-1#key-1', sk: 'IDEMPOTENCY' } }).resolves({ Item: { fingerprint: 'fingerprint-1', reference: first.reference } });
    dynamodb.on(GetCommand, { Key: { pk: `INQUIRY#${first.reference}`, sk: 'INQUIRY' } }).resolves({ Item: { ...first, pk: 'x', sk: 'y', entity: 'INQUIRY' } });
    // Act
    const result = await repository.create(anInquiry(), aClaim());
    // Assess
    expect(result).toEqual({ inquiry: first, replayed: true });
    expect(dynamodb.commandCalls(GetCommand)[0]!.args[0].input.ConsistentRead).toBe(true);
  });

  it('when the claim exists for a different request, it refuses with IdempotencyKeyReused keeping the cause', async () => {
    // Prepare
    dynamodb.on(TransactWriteCommand).rejects(cancelled('ConditionalCheckFailed', 'None'));
    dynamodb.on(GetCommand).resolves({ Item: { fingerprint: 'another', reference: 'TW-0000-0000-0000' } });
    // Act
    const error = await repository.create(anInquiry(), aClaim()).catch((e: unknown) => e);
    // Assess
    expect(error).toBeInstanceOf(IdempotencyKeyReused);
    expect((error as Error).cause).toBeInstanceOf(TransactionCanceledException);
  });

  it('when the reference is taken, it raises ReferenceTaken so that the caller draws another', async () => {
    dynamodb.on(PutCommand).rejects(new ConditionalCheckFailedException({ message: 'taken', $metadata: {} }));
    dynamodb.on(TransactWriteCommand).rejects(cancelled('None', 'ConditionalCheckFailed'));
    await expect(repository.create(anInquiry())).rejects.toBeInstanceOf(ReferenceTaken);
    await expect(repository.create(anInquiry(), aClaim())).rejects.toBeInstanceOf(ReferenceTaken);
  });

  it("when the inquiry belongs to someone else, it is not found", async () => {
    const inquiry = anInquiry({ residentId: 'owner' });
    dynamodb.on(GetCommand).resolves({ Item: { ...inquiry, pk: `INQUIRY#${inquiry.reference}`, sk: 'INQUIRY' } });
    expect(await repository.findForResident('owner', inquiry.reference)).toEqual(inquiry);
    expect(await repository.findForResident('intruder', inquiry.reference)).toBeUndefined();
  });

  it('when the transaction fails for another reason, the error reaches the caller unchanged', async () => {
    const throttled = cancelled('None', 'ThrottlingError');
    dynamodb.on(TransactWriteCommand).rejects(throttled);
    await expect(repository.create(anInquiry(), aClaim())).rejects.toBe(throttled);
  });

  it('when listing, it queries only the caller’s partition, newest first, and hands back an opaque cursor', async () => {
    // Prepare
    const inquiry = anInquiry();
    const key = { pk: `INQUIRY#${inquiry.reference}`, sk: 'INQUIRY', residentId: 'resident-1', createdAt: inquiry.createdAt };
    dynamodb.on(QueryCommand).resolves({ Items: [{ ...inquiry, ...key, entity: 'INQUIRY' }], LastEvaluatedKey: key });
    // Act
    const page = await repository.listForResident('resident-1', { limit: 1 });
    await repository.listForResident('resident-1', { limit: 1, cursor: page.nextCursor });
    // Assess
    const [first, second] = dynamodb.commandCalls(QueryCommand).map((call) => call.args[0].input);
    expect(first).toMatchObject({ IndexName: 'byResident', ScanIndexForward: false, ExpressionAttributeValues: { ':resident': 'resident-1' } });
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
    await expect(repository.listForResident('resident-1', { limit: 10, cursor })).rejects.toBeInstanceOf(ValidationFailed);
    expect(dynamodb.commandCalls(QueryCommand)).toHaveLength(0);
  });
});

describe('DynamoDB inquiry repository cursors (SDK mocked)', () => {
  beforeEach(() => dynamodb.reset());

  it('when a cursor issued to one resident is used by another, or to one section’s queue on another, it is refused before any query', async () => {
    // Prepare
    const inquiry = anInquiry();
    const key = { pk: `INQUIRY#${inquiry.reference}`, sk: 'INQUIRY', residentId: 'resident-2', createdAt: inquiry.createdAt, reviewSection: 'VISAS', queueKey: `2026-12-01T23:59:59.999+03:00#${inquiry.reference}` };
    dynamodb.on(QueryCommand).resolves({ Items: [{ ...inquiry, ...key, entity: 'INQUIRY' }], LastEvaluatedKey: key });
    const residentCursor = (await repository.listForResident('resident-2', { limit: 1 })).nextCursor;
    const queueCursor = (await repository.listReviewQueue('VISAS', { limit: 1 })).nextCursor;
    dynamodb.resetHistory();
    // Act
    const outcomes = await Promise.all([
      repository.listForResident('resident-1', { limit: 1, cursor: residentCursor }).catch((e: unknown) => e),
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

  it('when a concurrent duplicate holds the items, it retries and then replays the winner', async () => {
    // Prepare
    const winner = anInquiry();
    dynamodb
      .on(TransactWriteCommand)
      .rejectsOnce(cancelled('TransactionConflict', 'None'))
      .rejectsOnce(cancelled('ConditionalCheckFailed', 'None'));
    dynamodb.on(GetCommand, { Key: { pk: 'IDEMPOTENCY#resident-1#key-1', sk: 'IDEMPOTENCY' } }).resolves({ Item: { fingerprint: 'fingerprint-1', reference: winner.reference } });
    dynamodb.on(GetCommand, { Key: { pk: `INQUIRY#${winner.reference}`, sk: 'INQUIRY' } }).resolves({ Item: winner });
    // Act
    const result = await repository.create(anInquiry(), aClaim());
    // Assess
    expect(result.replayed).toBe(true);
    expect(dynamodb.commandCalls(TransactWriteCommand)).toHaveLength(2);
  });

  it('when conflicts persist, it gives up after a bounded number of attempts', async () => {
    dynamodb.on(TransactWriteCommand).rejects(cancelled('TransactionConflict', 'None'));
    await expect(repository.create(anInquiry(), aClaim())).rejects.toBeInstanceOf(TransactionCanceledException);
    expect(dynamodb.commandCalls(TransactWriteCommand)).toHaveLength(4);
  });
});
