import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import type { InquiryChange } from '../../domain/stats/project-inquiry-changes.js';
import { inquiryFromItem } from '../inquiries/dynamodb-inquiry-repository.js';

type Image = NonNullable<NonNullable<DynamoDBRecord['dynamodb']>['NewImage']>;

/** Lambda's images use its own attribute type, the same data as the SDK's. */
const inquiryOf = (image: Image) => inquiryFromItem(unmarshall(image as Record<string, AttributeValue>));

/**
 * The stored changes of inquiries among a stream's records, in the stream's order, each with the
 * inquiry before (none for a new one) and after. Everything else the table holds (attachments,
 * idempotency claims) and removals (claims expiring) are left out; the repository's own fields,
 * the task token among them, never leave this function.
 */
export const inquiryChangesOf = (records: readonly DynamoDBRecord[]): InquiryChange[] =>
  records.flatMap((record) => {
    const { NewImage, OldImage, SequenceNumber } = record.dynamodb ?? {};
    if (record.eventName === 'REMOVE' || !NewImage || !SequenceNumber || NewImage.entity?.S !== 'INQUIRY') return [];
    return [
      {
        position: SequenceNumber,
        ...(record.eventName === 'MODIFY' && OldImage && { before: inquiryOf(OldImage) }),
        after: inquiryOf(NewImage),
      },
    ];
  });
