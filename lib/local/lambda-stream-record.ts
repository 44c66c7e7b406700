import type { _Record, AttributeValue as StreamsAttributeValue } from '@aws-sdk/client-dynamodb-streams';
import type { AttributeValue, DynamoDBRecord } from 'aws-lambda';

const toBase64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/** An attribute value as Lambda's JSON event carries it: binary as base64, the rest as the SDK read it. */
const toLambdaAttribute = (value: StreamsAttributeValue): AttributeValue => {
  if (value.B !== undefined) return { B: toBase64(value.B) };
  if (value.BS !== undefined) return { BS: value.BS.map(toBase64) };
  if (value.L !== undefined) return { L: value.L.map(toLambdaAttribute) };
  if (value.M !== undefined) return { M: toLambdaImage(value.M) };
  if (value.S !== undefined) return { S: value.S };
  if (value.N !== undefined) return { N: value.N };
  if (value.BOOL !== undefined) return { BOOL: value.BOOL };
  if (value.NULL !== undefined) return { NULL: value.NULL };
  if (value.SS !== undefined) return { SS: value.SS };
  if (value.NS !== undefined) return { NS: value.NS };
  throw new Error(
    `A stream record holds an attribute of a type the local runtime cannot pass on: ${Object.keys(value)}`,
  );
};

const toLambdaImage = (image: Record<string, StreamsAttributeValue>): Record<string, AttributeValue> =>
  Object.fromEntries(Object.entries(image).map(([name, value]) => [name, toLambdaAttribute(value)]));

/**
 * A record read from a stream with the SDK, in the shape Lambda's event source mapping hands a
 * function: the stream's ARN on it, the creation time in epoch seconds, binary values in base64.
 */
export const toLambdaStreamRecord = (record: _Record, streamArn: string): DynamoDBRecord => {
  const { ApproximateCreationDateTime, Keys, NewImage, OldImage, SequenceNumber, SizeBytes, StreamViewType } =
    record.dynamodb ?? {};
  return {
    eventID: record.eventID,
    eventName: record.eventName,
    eventVersion: record.eventVersion,
    eventSource: record.eventSource,
    awsRegion: record.awsRegion,
    eventSourceARN: streamArn,
    ...(record.userIdentity && { userIdentity: record.userIdentity }),
    dynamodb: {
      ...(ApproximateCreationDateTime && {
        ApproximateCreationDateTime: Math.floor(ApproximateCreationDateTime.getTime() / 1000),
      }),
      ...(Keys && { Keys: toLambdaImage(Keys) }),
      ...(NewImage && { NewImage: toLambdaImage(NewImage) }),
      ...(OldImage && { OldImage: toLambdaImage(OldImage) }),
      SequenceNumber,
      SizeBytes,
      StreamViewType,
    },
  };
};
