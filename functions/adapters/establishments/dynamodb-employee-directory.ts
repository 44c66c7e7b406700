import { createHash } from 'node:crypto';
import { type DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { RESIDENT_TABLE_KEYS } from '../../contract/table-layouts.js';
import type { EmployeeDirectory, EmployeeDocument, EmployeeDocumentPage } from '../../domain/establishments/ports.js';
import { isIqamaNumber } from '../../domain/residents/resident.js';
import type { DocumentType } from '../../domain/residents/resident-document.js';
import { type CalendarDate, isCalendarDate } from '../../domain/shared/calendar-date.js';
import { ValidationFailed } from '../../domain/shared/errors.js';
import type { DocumentItem } from '../residents/dynamodb-document-register.js';
import { documentIdOfSortKey, documentItemKey, residentPartition } from '../shared/item-keys.js';

/** What the employer index holds of a document (EMPLOYER_INDEX_ATTRIBUTES and the keys). */
type EmployerIndexItem = Pick<
  DocumentItem,
  'iqamaNumber' | 'documentId' | 'documentType' | 'number' | 'expiresOn' | 'issuedOn'
> & { pk: string; sk: string };

const DOCUMENT_ID = /^[A-Za-z0-9_-]{22}$/;

/**
 * Which list a cursor belongs to (the establishment and the filters), as a digest naming no one: a
 * cursor of another list is refused, and the start key is rebuilt with the caller's own
 * establishment whatever a cursor says, so a forged one can page only the caller's own list.
 */
const listDigest = (list: string) => createHash('sha256').update(list).digest('base64url').slice(0, 16);

const invalidCursor = (cause?: unknown) =>
  new ValidationFailed([{ pointer: '/query/cursor', code: 'invalid_cursor' }], { cause });

const encodeCursor = (last: EmployerIndexItem, list: string) =>
  Buffer.from(
    JSON.stringify([last.iqamaNumber, documentIdOfSortKey(last.sk), last.expiresOn, listDigest(list)]),
  ).toString('base64url');

const decodeCursor = (cursor: string, list: string) => {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch (cause) {
    throw invalidCursor(cause);
  }
  if (!Array.isArray(decoded) || decoded.length !== 4) throw invalidCursor();
  const [iqamaNumber, documentId, expiresOn, digest] = decoded as unknown[];
  if (digest !== listDigest(list)) throw invalidCursor();
  if (typeof iqamaNumber !== 'string' || !isIqamaNumber(iqamaNumber)) throw invalidCursor();
  if (typeof documentId !== 'string' || !DOCUMENT_ID.test(documentId)) throw invalidCursor();
  if (typeof expiresOn !== 'string' || !isCalendarDate(expiresOn)) throw invalidCursor();
  return { iqamaNumber, documentId, expiresOn };
};

/** Establishments' employees' documents, read from the residents table's employer index only. */
export class DynamoDbEmployeeDirectory implements EmployeeDirectory {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async documentsByExpiry(
    establishmentId: string,
    query: { expiresBy?: CalendarDate; documentType?: DocumentType; limit: number; cursor?: string },
  ): Promise<EmployeeDocumentPage> {
    // Whether a window applies, not its last day: a list paged across midnight in Riyadh goes on.
    const list = JSON.stringify([establishmentId, query.expiresBy !== undefined, query.documentType ?? null]);
    const start = query.cursor === undefined ? undefined : decodeCursor(query.cursor, list);
    // A start beyond the window is no position in this list (DynamoDB would refuse it).
    if (start && query.expiresBy && start.expiresOn > query.expiresBy) throw invalidCursor();
    const { Items = [], LastEvaluatedKey } = await this.client
      .send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: RESIDENT_TABLE_KEYS.byEmployerIndex,
          KeyConditionExpression: `#employer = :employer${query.expiresBy ? ' AND #expiresOn <= :expiresBy' : ''}`,
          // A filter reads the page's items all the same: the cost of a page stays that of `limit` items.
          ...(query.documentType && { FilterExpression: 'documentType = :documentType' }),
          ExpressionAttributeNames: {
            '#employer': RESIDENT_TABLE_KEYS.employer,
            ...(query.expiresBy && { '#expiresOn': RESIDENT_TABLE_KEYS.expiresOn }),
          },
          ExpressionAttributeValues: {
            ':employer': establishmentId,
            ...(query.expiresBy && { ':expiresBy': query.expiresBy }),
            ...(query.documentType && { ':documentType': query.documentType }),
          },
          Limit: query.limit,
          ExclusiveStartKey: start && {
            ...documentItemKey(start.iqamaNumber, start.documentId),
            [RESIDENT_TABLE_KEYS.employer]: establishmentId,
            [RESIDENT_TABLE_KEYS.expiresOn]: start.expiresOn,
          },
        }),
      )
      .catch((error: unknown) => {
        // A start key DynamoDB refuses came from the caller's cursor, whatever else it held.
        if (start && error instanceof Error && error.name === 'ValidationException') throw invalidCursor(error);
        throw error;
      });
    const items = Items as EmployerIndexItem[];
    const last = LastEvaluatedKey as EmployerIndexItem | undefined;
    return {
      items: items.map(toEmployeeDocument),
      ...(last && { nextCursor: encodeCursor({ ...last, iqamaNumber: iqamaOfPartition(last.pk) }, list) }),
    };
  }
}

const iqamaOfPartition = (partition: string) => partition.slice(residentPartition('').length);

const toEmployeeDocument = (item: EmployerIndexItem): EmployeeDocument => ({
  iqamaNumber: item.iqamaNumber,
  documentId: item.documentId,
  type: item.documentType,
  number: item.number,
  expiresOn: item.expiresOn,
  ...(item.issuedOn && { issuedOn: item.issuedOn }),
});
