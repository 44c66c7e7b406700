import type { DynamoDBRecord } from 'aws-lambda';
import type { InquiryChange } from '../../domain/stats/project-inquiry-changes.js';
import { inquiryFromItem } from '../inquiries/dynamodb-inquiry-repository.js';
import { isInquiryImage, itemOfImage, type StreamImage } from '../shared/stream-images.js';

const inquiryOf = (image: StreamImage) => inquiryFromItem(itemOfImage(image));

/**
 * The stored changes of inquiries among a stream's records, in the stream's order, each with the
 * inquiry before (none for a new one) and after. Everything else the table holds (attachments,
 * idempotency claims), removals (claims expiring) and changes delivered without their old image
 * (a stream not set to NEW_AND_OLD_IMAGES) are left out; the repository's own fields,
 * the task token among them, never leave this function.
 */
export const inquiryChangesOf = (records: readonly DynamoDBRecord[]): InquiryChange[] =>
  records.flatMap((record) => {
    const { NewImage, OldImage, SequenceNumber } = record.dynamodb ?? {};
    if (!isInquiryImage(NewImage) || !SequenceNumber) return [];
    if (record.eventName === 'INSERT') return [{ position: SequenceNumber, after: inquiryOf(NewImage) }];
    // A change without the item before it could not be told from a new inquiry: it is not counted.
    if (record.eventName !== 'MODIFY' || !OldImage) return [];
    return [{ position: SequenceNumber, before: inquiryOf(OldImage), after: inquiryOf(NewImage) }];
  });
