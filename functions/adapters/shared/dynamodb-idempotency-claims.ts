import { type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { CLAIM_TIME_TO_LIVE } from '../../contract/table-layouts.js';
import type {
  IdempotencyClaim,
  IdempotencyClaims,
  IdempotencyScope,
  StoredClaim,
} from '../../domain/shared/idempotency.js';

const CLAIM_SORT_KEY = 'IDEMPOTENCY';
const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

/**
 * Operation and key cannot hold `#` (routes name the one, the key syntax refuses it in the other),
 * so whatever the owner's identifier holds, two scopes never share an item.
 */
const claimKey = (scope: IdempotencyScope) => ({
  pk: `IDEMPOTENCY#${scope.operation}#${scope.owner}#${scope.key}`,
  sk: CLAIM_SORT_KEY,
});

/**
 * The transaction item that stores a claim unless a live one holds its key. A repository puts it
 * beside its own change, so that claim and change are written together or not at all. TTL deletion
 * lags by up to days, so an expired claim counts as absent. Claims carry none of the attributes the
 * tables' indexes are keyed on, so no index ever holds one.
 */
export const claimPut = (tableName: string, claim: IdempotencyClaim) => ({
  Put: {
    TableName: tableName,
    Item: {
      ...claimKey(claim),
      entity: 'IDEMPOTENCY',
      fingerprint: claim.fingerprint,
      result: claim.result,
      [CLAIM_TIME_TO_LIVE]: seconds(claim.expiresAt),
    },
    ConditionExpression: 'attribute_not_exists(pk) OR #ttl <= :now',
    ExpressionAttributeNames: { '#ttl': CLAIM_TIME_TO_LIVE },
    ExpressionAttributeValues: { ':now': seconds(claim.claimedAt) },
  },
});

export class DynamoDbIdempotencyClaims implements IdempotencyClaims {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async find(scope: IdempotencyScope, now: Date): Promise<StoredClaim | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: claimKey(scope), ConsistentRead: true }),
    );
    if (!Item || Number(Item[CLAIM_TIME_TO_LIVE]) <= seconds(now)) return undefined;
    return { fingerprint: String(Item.fingerprint), result: String(Item.result) };
  }
}
