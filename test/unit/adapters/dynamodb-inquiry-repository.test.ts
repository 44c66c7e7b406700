import { DynamoDBClient, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
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

  it('when creating with an idempotency key, it writes the claim, the reference and the inquiry in one transaction', async () => {
    // Prepare
    dynamodb.on(TransactWriteCommand).resolves({});
    const inquiry = anInquiry();
    // Act
    await repository.create(inquiry, aClaim());
    // Assess
    const items = dynamodb.commandCalls(TransactWriteCommand)[0]!.args[0].input.TransactItems!;
    expect(items.map((item) => item.Put?.Item?.sk)).toEqual(['IDEMPOTENCY#key-1', 'REFERENCE', `INQUIRY#${inquiry.reference}`]);
    expect(items[0]!.Put!.Item!.expiresAt).toBe(Date.parse('2026-11-23T06:00:00Z') / 1000);
    expect(items.every((item) => item.Put?.Item?.pk !== undefined)).toBe(true);
  });

  it('when the claim already exists for the same request, it returns the first inquiry as a replay', async () => {
    // Prepare
    const first = anInquiry();
    dynamodb.on(TransactWriteCommand).rejects(cancelled('ConditionalCheckFailed', 'None', 'None'));
    dynamodb.on(GetCommand, { Key: { pk: 'RESIDENT#resident-1', sk: 'IDEMPOTENCY#key-1' } }).resolves({ Item: { fingerprint: 'fingerprint-1', reference: first.reference } });
    dynamodb.on(GetCommand, { Key: { pk: 'RESIDENT#resident-1', sk: `INQUIRY#${first.reference}` } }).resolves({ Item: { ...first, pk: 'x', sk: 'y', entity: 'INQUIRY' } });
    // Act
    const result = await repository.create(anInquiry(), aClaim());
    // Assess
    expect(result).toEqual({ inquiry: first, replayed: true });
    expect(dynamodb.commandCalls(GetCommand)[0]!.args[0].input.ConsistentRead).toBe(true);
  });

  it('when the claim exists for a different request, it refuses with IdempotencyKeyReused keeping the cause', async () => {
    // Prepare
    dynamodb.on(TransactWriteCommand).rejects(cancelled('ConditionalCheckFailed', 'None', 'None'));
    dynamodb.on(GetCommand).resolves({ Item: { fingerprint: 'another', reference: 'TW-0000-0000-0000' } });
    // Act
    const error = await repository.create(anInquiry(), aClaim()).catch((e: unknown) => e);
    // Assess
    expect(error).toBeInstanceOf(IdempotencyKeyReused);
    expect((error as Error).cause).toBeInstanceOf(TransactionCanceledException);
  });

  it('when the reference is taken, it raises ReferenceTaken so that the caller draws another', async () => {
    dynamodb.on(TransactWriteCommand).rejects(cancelled('ConditionalCheckFailed', 'None'));
    await expect(repository.create(anInquiry())).rejects.toBeInstanceOf(ReferenceTaken);
  });

  it('when the transaction fails for another reason, the error reaches the caller unchanged', async () => {
    const throttled = cancelled('None', 'ThrottlingError', 'None');
    dynamodb.on(TransactWriteCommand).rejects(throttled);
    await expect(repository.create(anInquiry(), aClaim())).rejects.toBe(throttled);
  });

  it('when listing, it queries only the caller’s partition, newest first, and hands back an opaque cursor', async () => {
    // Prepare
    const inquiry = anInquiry();
    dynamodb.on(QueryCommand).resolves({
      Items: [{ ...inquiry, pk: 'RESIDENT#resident-1', sk: `INQUIRY#${inquiry.reference}`, entity: 'INQUIRY' }],
      LastEvaluatedKey: { pk: 'RESIDENT#resident-1', sk: `INQUIRY#${inquiry.reference}`, createdAt: inquiry.createdAt },
    });
    // Act
    const page = await repository.listForResident('resident-1', { limit: 1 });
    await repository.listForResident('resident-1', { limit: 1, cursor: page.nextCursor });
    // Assess
    const [first, second] = dynamodb.commandCalls(QueryCommand).map((call) => call.args[0].input);
    expect(first).toMatchObject({ IndexName: 'byCreatedAt', ScanIndexForward: false, ExpressionAttributeValues: { ':pk': 'RESIDENT#resident-1' } });
    expect(page.items).toEqual([inquiry]);
    expect(page.nextCursor).not.toContain('RESIDENT');
    expect(second!.ExclusiveStartKey).toEqual({ pk: 'RESIDENT#resident-1', sk: `INQUIRY#${inquiry.reference}`, createdAt: inquiry.createdAt });
  });

  it.each([
    'not-base64-json',
    Buffer.from('{"pk":"RESIDENT#someone-else"}').toString('base64url'),
    Buffer.from('["IDEMPOTENCY#key-1","2026-11-22T06:00:00.000Z"]').toString('base64url'),
    Buffer.from('["INQUIRY#TW-0000-0000-0001","2026-11-22T06:00:00.000Z"]').toString('base64url'),
    Buffer.from('["INQUIRY#TW-0000-0000-0000","yesterday"]').toString('base64url'),
  ])('when the cursor is %j, it is refused before any query', async (cursor) => {
    await expect(repository.listForResident('resident-1', { limit: 10, cursor })).rejects.toBeInstanceOf(ValidationFailed);
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
      .rejectsOnce(cancelled('TransactionConflict', 'None', 'None'))
      .rejectsOnce(cancelled('ConditionalCheckFailed', 'None', 'None'));
    dynamodb.on(GetCommand, { Key: { pk: 'RESIDENT#resident-1', sk: 'IDEMPOTENCY#key-1' } }).resolves({ Item: { fingerprint: 'fingerprint-1', reference: winner.reference } });
    dynamodb.on(GetCommand, { Key: { pk: 'RESIDENT#resident-1', sk: `INQUIRY#${winner.reference}` } }).resolves({ Item: winner });
    // Act
    const result = await repository.create(anInquiry(), aClaim());
    // Assess
    expect(result.replayed).toBe(true);
    expect(dynamodb.commandCalls(TransactWriteCommand)).toHaveLength(2);
  });

  it('when conflicts persist, it gives up after a bounded number of attempts', async () => {
    dynamodb.on(TransactWriteCommand).rejects(cancelled('TransactionConflict', 'None', 'None'));
    await expect(repository.create(anInquiry(), aClaim())).rejects.toBeInstanceOf(TransactionCanceledException);
    expect(dynamodb.commandCalls(TransactWriteCommand)).toHaveLength(4);
  });
});
