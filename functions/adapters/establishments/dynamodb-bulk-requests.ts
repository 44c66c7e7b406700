import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  type QueryCommandOutput,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { CLAIM_TIME_TO_LIVE } from '../../contract/table-layouts.js';
import {
  BULK_LIMITS,
  type BulkChunk,
  type BulkRejection,
  type BulkReport,
  type BulkRequest,
} from '../../domain/establishments/bulk-request.js';
import type { BulkRequests } from '../../domain/establishments/ports.js';
import { IdempotencyClaimTaken } from '../../domain/shared/errors.js';
import type { IdempotencyClaim } from '../../domain/shared/idempotency.js';
import { claimPut } from '../shared/dynamodb-idempotency-claims.js';
import { conditionFailedAt, transactWrite } from '../shared/dynamodb-transactions.js';
import { bulkChunkKey, bulkRequestKey } from '../shared/item-keys.js';

const REQUEST_ENTITY = 'BULK_REQUEST';
const CHUNK_ENTITY = 'BULK_CHUNK';
/** The claim of a file of inquiries, keyed by its digest, for as long as requests are kept. */
const FILE_ENTITY = 'BULK_FILE';
const DAY_SECONDS = 24 * 60 * 60;

/** Request and chunks expire together, BULK_LIMITS.keptDays after the request was made. */
const expiresAtOf = (request: BulkRequest) =>
  Math.floor(Date.parse(request.createdAt) / 1000) + BULK_LIMITS.keptDays * DAY_SECONDS;

const KEY_ATTRIBUTES = ['pk', 'sk', 'entity', CLAIM_TIME_TO_LIVE] as const;

const toRequest = (item: Record<string, unknown>): BulkRequest => {
  const request = { ...item };
  for (const attribute of KEY_ATTRIBUTES) delete request[attribute];
  return request as unknown as BulkRequest;
};

const conditionFailed = (error: unknown) => error instanceof ConditionalCheckFailedException;

/**
 * Bulk requests in the residents table, one partition per establishment: the request item, and a
 * chunk item per BULK_LIMITS.linesPerChunk lines applied, which sort after it. Only GetItem,
 * Query, PutItem and UpdateItem, as the residents table's readWrite grant allows.
 */
export class DynamoDbBulkRequests implements BulkRequests {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async create(request: BulkRequest, claim?: IdempotencyClaim): Promise<void> {
    const put = {
      TableName: this.tableName,
      Item: {
        ...request,
        ...bulkRequestKey(request.establishmentId, request.bulkRequestId),
        entity: REQUEST_ENTITY,
        [CLAIM_TIME_TO_LIVE]: expiresAtOf(request),
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    };
    if (!claim) {
      await this.client.send(new PutCommand(put));
      return;
    }
    try {
      await transactWrite(this.client, [{ Put: put }, claimPut(this.tableName, claim)]);
    } catch (error) {
      if (error instanceof TransactionCanceledException && conditionFailedAt(error, 1))
        throw new IdempotencyClaimTaken('The idempotency key is claimed', { cause: error });
      throw error;
    }
  }

  async find(establishmentId: string, bulkRequestId: string): Promise<BulkRequest | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({
        TableName: this.tableName,
        Key: bulkRequestKey(establishmentId, bulkRequestId),
        ConsistentRead: true,
      }),
    );
    return Item && Item.entity === REQUEST_ENTITY ? toRequest(Item) : undefined;
  }

  async start(
    request: BulkRequest,
    started: { fileVersion?: string; lines: number; at: string; fileDigest?: string },
  ): Promise<{ started: boolean; sameFileAs?: string }> {
    const key = bulkRequestKey(request.establishmentId, request.bulkRequestId);
    const update = {
      TableName: this.tableName,
      Key: key,
      UpdateExpression: `SET #status = :processing, #lines = :lines, startedAt = :at${started.fileVersion === undefined ? '' : ', fileVersion = :version'}`,
      ConditionExpression: '#status = :pending',
      ExpressionAttributeNames: { '#status': 'status', '#lines': 'lines' },
      ExpressionAttributeValues: {
        ':processing': 'PROCESSING',
        ':pending': 'PENDING',
        ':lines': started.lines,
        ':at': started.at,
        ...(started.fileVersion !== undefined && { ':version': started.fileVersion }),
      },
    };
    if (started.fileDigest === undefined) {
      try {
        await this.client.send(new UpdateCommand(update));
        return { started: true };
      } catch (error) {
        if (conditionFailed(error)) return { started: false };
        throw error;
      }
    }
    const fileKey = { pk: key.pk, sk: `FILE#${started.fileDigest}` };
    const now = Math.floor(Date.parse(started.at) / 1000);
    try {
      await transactWrite(this.client, [
        { Update: update },
        {
          Put: {
            TableName: this.tableName,
            Item: {
              ...fileKey,
              entity: FILE_ENTITY,
              bulkRequestId: request.bulkRequestId,
              [CLAIM_TIME_TO_LIVE]: now + BULK_LIMITS.keptDays * DAY_SECONDS,
            },
            ConditionExpression: 'attribute_not_exists(pk) OR #ttl <= :now',
            ExpressionAttributeNames: { '#ttl': CLAIM_TIME_TO_LIVE },
            ExpressionAttributeValues: { ':now': now },
          },
        },
      ]);
      return { started: true };
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      if (conditionFailedAt(error, 0)) return { started: false };
      if (!conditionFailedAt(error, 1)) throw error;
      const { Item } = await this.client.send(
        new GetCommand({ TableName: this.tableName, Key: fileKey, ConsistentRead: true }),
      );
      return { started: false, ...(Item && { sameFileAs: String(Item.bulkRequestId) }) };
    }
  }

  async recordChunk(request: BulkRequest, chunk: BulkChunk): Promise<boolean> {
    const { establishmentId, bulkRequestId } = request;
    try {
      await transactWrite(this.client, [
        {
          Put: {
            TableName: this.tableName,
            Item: {
              ...bulkChunkKey(establishmentId, bulkRequestId, chunk.index),
              entity: CHUNK_ENTITY,
              errors: chunk.errors,
              results: chunk.results,
              [CLAIM_TIME_TO_LIVE]: expiresAtOf(request),
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        {
          Update: {
            TableName: this.tableName,
            Key: bulkRequestKey(establishmentId, bulkRequestId),
            UpdateExpression:
              'SET chunksDone = :next ADD #processed :processed, succeeded :succeeded, #failed :failed, #repeated :repeated',
            ConditionExpression: 'chunksDone = :index AND #status = :processing',
            ExpressionAttributeNames: {
              '#status': 'status',
              '#processed': 'processed',
              '#failed': 'failed',
              '#repeated': 'repeated',
            },
            ExpressionAttributeValues: {
              ':index': chunk.index,
              ':next': chunk.index + 1,
              ':processing': 'PROCESSING',
              ':processed': chunk.errors.length + chunk.results.length,
              ':succeeded': chunk.results.length,
              ':failed': chunk.errors.length,
              ':repeated': chunk.results.filter((result) => result.repeated).length,
            },
          },
        },
      ]);
      return true;
    } catch (error) {
      if (error instanceof TransactionCanceledException && (conditionFailedAt(error, 0) || conditionFailedAt(error, 1)))
        return false;
      throw error;
    }
  }

  async finish(request: BulkRequest, at: string): Promise<void> {
    await this.settle(request, 'SET #status = :done, finishedAt = :at', '#status = :processing', {
      ':done': 'DONE',
      ':processing': 'PROCESSING',
      ':at': at,
    });
  }

  async reject(request: BulkRequest, rejection: BulkRejection, at: string): Promise<void> {
    await this.settle(request, 'SET #status = :rejected, rejection = :rejection, finishedAt = :at', '#status = :read', {
      ':rejected': 'REJECTED',
      ':rejection': rejection,
      ':read': request.status,
      ':at': at,
    });
  }

  /** A settled request stays as it was settled: a second delivery's verdict is not written. */
  private async settle(
    request: BulkRequest,
    update: string,
    condition: string,
    values: Record<string, unknown>,
  ): Promise<void> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: bulkRequestKey(request.establishmentId, request.bulkRequestId),
          UpdateExpression: update,
          ConditionExpression: condition,
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: values,
        }),
      );
    } catch (error) {
      if (!conditionFailed(error)) throw error;
    }
  }

  async report(establishmentId: string, bulkRequestId: string): Promise<BulkReport | undefined> {
    const { pk, sk } = bulkRequestKey(establishmentId, bulkRequestId);
    const items: Record<string, unknown>[] = [];
    let from: QueryCommandOutput['LastEvaluatedKey'];
    do {
      const page: QueryCommandOutput = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :sk)',
          ExpressionAttributeValues: { ':pk': pk, ':sk': sk },
          ConsistentRead: true,
          ExclusiveStartKey: from,
        }),
      );
      items.push(...(page.Items ?? []));
      from = page.LastEvaluatedKey;
    } while (from);
    const [first, ...chunks] = items;
    if (first?.entity !== REQUEST_ENTITY) return undefined;
    const report: BulkReport = { request: toRequest(first), errors: [], results: [] };
    for (const chunk of chunks) {
      if (chunk.entity !== CHUNK_ENTITY) continue;
      report.errors.push(...(chunk.errors as BulkReport['errors']));
      report.results.push(...(chunk.results as BulkReport['results']));
    }
    return report;
  }
}
