import type { AttributeValue as SdkAttributeValue } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { inquiryKey } from '../../functions/adapters/shared/item-keys.js';
import type { Inquiry } from '../../functions/domain/inquiries/inquiry.js';

let sequence = 1_000;

/** A record of the inquiries table's stream as Lambda delivers it, at the next sequence number. */
export const streamRecord = (
  eventName: 'INSERT' | 'MODIFY' | 'REMOVE',
  newImage: Record<string, AttributeValue> | undefined,
  sequenceNumber = String(++sequence).padStart(21, '0'),
  oldImage?: Record<string, AttributeValue>,
): DynamoDBRecord => ({
  eventID: `event-${sequenceNumber}`,
  eventName,
  eventVersion: '1.1',
  eventSource: 'aws:dynamodb',
  awsRegion: 'me-central-1',
  eventSourceARN: 'arn:aws:dynamodb:me-central-1:111111111111:table/Inquiries/stream/2026-12-01T00:00:00.000',
  dynamodb: {
    ApproximateCreationDateTime: 1_796_083_200,
    Keys: (newImage ?? oldImage) && {
      pk: (newImage ?? oldImage)!.pk as AttributeValue,
      sk: (newImage ?? oldImage)!.sk as AttributeValue,
    },
    ...(newImage && { NewImage: newImage }),
    ...(oldImage && { OldImage: oldImage }),
    SequenceNumber: sequenceNumber,
    SizeBytes: 400,
    StreamViewType: 'NEW_AND_OLD_IMAGES',
  },
});

/** An item as the stream's images hold it: DynamoDB's attribute values (the SDK's and Lambda's types spell them apart). */
export const imageOf = (item: Record<string, unknown>) =>
  marshall(item, { removeUndefinedValues: true }) as Record<string, SdkAttributeValue> as Record<
    string,
    AttributeValue
  >;

/** The image of an inquiry's item as the repository stores it. */
export const inquiryImage = (inquiry: Inquiry) =>
  imageOf({ ...inquiry, ...inquiryKey(inquiry.reference), entity: 'INQUIRY' });

/** The record of a newly stored inquiry. */
export const newInquiryRecord = (inquiry: Inquiry, sequenceNumber?: string) =>
  streamRecord('INSERT', inquiryImage(inquiry), sequenceNumber);

export const streamEvent = (...records: DynamoDBRecord[]): DynamoDBStreamEvent => ({ Records: records });

/** An inquiry as the repository stores it: keys, its kind, and whatever else (the task token) beside its fields. */
export const storedInquiry = (inquiry: Inquiry, extra: Record<string, unknown> = {}) => ({
  ...inquiry,
  ...inquiryKey(inquiry.reference),
  entity: 'INQUIRY',
  ...extra,
});

/** A record of a change with the items before and after it, at `sequenceNumber`. */
export const changeRecord = (
  eventName: 'INSERT' | 'MODIFY' | 'REMOVE',
  sequenceNumber: string,
  items: { old?: Record<string, unknown>; new?: Record<string, unknown> },
): DynamoDBRecord =>
  streamRecord(eventName, items.new && imageOf(items.new), sequenceNumber, items.old && imageOf(items.old));
