import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { INQUIRY_ITEM_MARK } from '../../contract/table-layouts.js';

/** An item as a DynamoDB stream record carries it, before or after the change. */
export type StreamImage = NonNullable<NonNullable<DynamoDBRecord['dynamodb']>['NewImage']>;

/** The item an image holds. Lambda's event types and the SDK's describe the same attribute values apart. */
export const itemOfImage = (image: StreamImage): Record<string, unknown> =>
  unmarshall(image as Record<string, AttributeValue>);

/** The image is of an inquiry item, as the event source mappings' filters also tell. */
export const isInquiryImage = (image: StreamImage | undefined): image is StreamImage =>
  image?.[INQUIRY_ITEM_MARK.attribute]?.S === INQUIRY_ITEM_MARK.value;
