import type { AttributeValue as SdkAttributeValue } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue, DynamoDBRecord } from 'aws-lambda';
import type { Inquiry } from '../../functions/domain/inquiries/inquiry.js';

/** An inquiry as the repository stores it: keys, its kind, and the workflow's task token beside its fields. */
export const storedInquiry = (inquiry: Inquiry, extra: Record<string, unknown> = {}) => ({
  ...inquiry,
  pk: `INQUIRY#${inquiry.reference}`,
  sk: 'INQUIRY',
  entity: 'INQUIRY',
  ...extra,
});

const image = (item: Record<string, unknown>) =>
  marshall(item, { removeUndefinedValues: true }) as Record<string, SdkAttributeValue> as Record<
    string,
    AttributeValue
  >;

/** A record as Lambda delivers it from a table's stream with new and old images. */
export const streamRecord = (
  eventName: 'INSERT' | 'MODIFY' | 'REMOVE',
  sequenceNumber: string,
  images: { old?: Record<string, unknown>; new?: Record<string, unknown> },
): DynamoDBRecord => ({
  eventID: `event-${sequenceNumber}`,
  eventName,
  eventVersion: '1.1',
  eventSource: 'aws:dynamodb',
  awsRegion: 'me-central-1',
  eventSourceARN: 'arn:aws:dynamodb:me-central-1:111111111111:table/Inquiries/stream/2026-12-01T00:00:00.000',
  dynamodb: {
    ApproximateCreationDateTime: 1764547200,
    SequenceNumber: sequenceNumber,
    SizeBytes: 100,
    StreamViewType: 'NEW_AND_OLD_IMAGES',
    Keys: image({ pk: (images.new ?? images.old)?.pk, sk: (images.new ?? images.old)?.sk }),
    ...(images.new && { NewImage: image(images.new) }),
    ...(images.old && { OldImage: image(images.old) }),
  },
});
