import type { DynamoDBRecord } from 'aws-lambda';
import { parseReference } from '../../domain/inquiries/reference.js';
import type { StoredInquiry } from '../../domain/review/start-stored-reviews.js';
import { isInquiryImage, itemOfImage, type StreamImage } from '../shared/stream-images.js';

/** A stream record that holds no readable inquiry although it is marked as one. Its message never quotes the image. */
export class UnreadableStreamRecord extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'UnreadableStreamRecord';
  }
}

const referenceIn = (image: StreamImage) => {
  let item: Record<string, unknown>;
  try {
    item = itemOfImage(image);
  } catch (error) {
    throw new UnreadableStreamRecord('The new image is not a DynamoDB item', { cause: error });
  }
  const reference = typeof item.reference === 'string' ? parseReference(item.reference) : undefined;
  if (!reference) throw new UnreadableStreamRecord('The new image holds no valid reference');
  return reference;
};

/**
 * The inquiries newly stored in a batch of the inquiries table's stream, in the stream's order.
 * Everything else the table streams (attachments, idempotency claims, changes and removals) is
 * passed over, even though the event source mapping filters it out already. A record that cannot
 * be read becomes an unreadable entry at its position: it fails there, and is retried, rather
 * than being dropped.
 * @throws UnreadableStreamRecord when a record has no sequence number, which Lambda always gives
 */
export const storedInquiriesOf = (records: readonly DynamoDBRecord[]): StoredInquiry[] =>
  records.flatMap((record): StoredInquiry[] => {
    const image = record.dynamodb?.NewImage;
    if (record.eventName !== 'INSERT' || !isInquiryImage(image)) return [];
    const position = record.dynamodb?.SequenceNumber;
    if (!position) throw new UnreadableStreamRecord('A stream record has no sequence number');
    try {
      return [{ position, reference: referenceIn(image) }];
    } catch (error) {
      return [{ position, unreadable: error }];
    }
  });
