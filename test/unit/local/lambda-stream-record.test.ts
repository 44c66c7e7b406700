import { describe, expect, it } from 'vitest';
import { toLambdaStreamRecord } from '../../../lib/local/lambda-stream-record.js';

const STREAM_ARN = 'arn:aws:dynamodb:ddblocal:000000000000:table/InquiriesTable3CEF0F62/stream/2026-12-01T00:00:00.000';

describe('toLambdaStreamRecord', () => {
  it('when a record is read with the SDK, it comes out as Lambda hands it on: the stream ARN on it, epoch seconds, binary in base64', () => {
    // Prepare
    const bytes = new Uint8Array([0xde, 0xad, 0xbe, 0xef]);
    const record = {
      eventID: 'e-1',
      eventName: 'MODIFY' as const,
      eventVersion: '1.1',
      eventSource: 'aws:dynamodb',
      awsRegion: 'ddblocal',
      dynamodb: {
        ApproximateCreationDateTime: new Date('2026-12-01T10:15:00.000Z'),
        Keys: { pk: { S: 'INQUIRY#TW-1' } },
        NewImage: {
          pk: { S: 'INQUIRY#TW-1' },
          revision: { N: '2' },
          digest: { B: bytes },
          parts: { L: [{ BS: [bytes] }, { M: { open: { BOOL: true }, note: { NULL: true } } }] },
          tags: { SS: ['a'] },
          sizes: { NS: ['1'] },
        },
        OldImage: { pk: { S: 'INQUIRY#TW-1' } },
        SequenceNumber: '000000000000000000007',
        SizeBytes: 169,
        StreamViewType: 'NEW_AND_OLD_IMAGES' as const,
      },
    };
    // Act
    const converted = toLambdaStreamRecord(record, STREAM_ARN);
    // Assess
    expect(converted).toEqual({
      eventID: 'e-1',
      eventName: 'MODIFY',
      eventVersion: '1.1',
      eventSource: 'aws:dynamodb',
      awsRegion: 'ddblocal',
      eventSourceARN: STREAM_ARN,
      dynamodb: {
        ApproximateCreationDateTime: Date.parse('2026-12-01T10:15:00.000Z') / 1000,
        Keys: { pk: { S: 'INQUIRY#TW-1' } },
        NewImage: {
          pk: { S: 'INQUIRY#TW-1' },
          revision: { N: '2' },
          digest: { B: '3q2+7w==' },
          parts: { L: [{ BS: ['3q2+7w=='] }, { M: { open: { BOOL: true }, note: { NULL: true } } }] },
          tags: { SS: ['a'] },
          sizes: { NS: ['1'] },
        },
        OldImage: { pk: { S: 'INQUIRY#TW-1' } },
        SequenceNumber: '000000000000000000007',
        SizeBytes: 169,
        StreamViewType: 'NEW_AND_OLD_IMAGES',
      },
    });
  });

  it('when an attribute is of a type the SDK did not know, it fails loudly rather than pass it on changed', () => {
    // Prepare
    const record = { dynamodb: { NewImage: { odd: { $unknown: ['X', 'y'] } }, SequenceNumber: '1' } };
    // Act
    const converting = () => toLambdaStreamRecord(record as never, STREAM_ARN);
    // Assess
    expect(converting).toThrow(/type the local runtime cannot pass on/);
  });
});
