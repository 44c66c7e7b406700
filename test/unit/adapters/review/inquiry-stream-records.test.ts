import { describe, expect, it } from 'vitest';
import {
  storedInquiriesOf,
  UnreadableStreamRecord,
} from '../../../../functions/adapters/review/inquiry-stream-records.js';
import { anInquiry } from '../../../support/inquiries.js';
import { imageOf, inquiryImage, newInquiryRecord, streamRecord } from '../../../support/inquiry-stream.js';

describe('the new inquiries of a stream batch', () => {
  it('when a batch holds new inquiries among other records, it gives the new inquiries only, in the stream’s order, at their positions', () => {
    // Prepare
    const first = anInquiry();
    const second = anInquiry();
    const records = [
      newInquiryRecord(first, '000000000000000000011'),
      streamRecord('INSERT', imageOf({ pk: `INQUIRY#${first.reference}`, sk: 'ATTACHMENT#a1', entity: 'ATTACHMENT' })),
      streamRecord('INSERT', imageOf({ pk: 'CLAIM#resident-1#SubmitInquiry#key', sk: 'CLAIM' })),
      streamRecord('MODIFY', inquiryImage({ ...first, status: 'UNDER_REVIEW' })),
      streamRecord('REMOVE', undefined),
      newInquiryRecord(second, '000000000000000000016'),
    ];
    // Act
    const inquiries = storedInquiriesOf(records);
    // Assess
    expect(inquiries).toEqual([
      { position: '000000000000000000011', reference: first.reference },
      { position: '000000000000000000016', reference: second.reference },
    ]);
  });

  it('when a new inquiry’s image holds no valid reference, it is an unreadable entry at its position, its message quoting nothing of the image', () => {
    // Prepare
    const inquiry = anInquiry();
    const broken = streamRecord(
      'INSERT',
      imageOf({ ...inquiry, reference: 'not a reference', entity: 'INQUIRY' }),
      '000000000000000000021',
    );
    // Act
    const [entry] = storedInquiriesOf([broken]);
    // Assess
    expect(entry).toMatchObject({ position: '000000000000000000021', unreadable: expect.any(UnreadableStreamRecord) });
    const { message } = (entry as { unreadable: Error }).unreadable;
    expect(message).not.toContain(inquiry.contact.phone);
    expect(message).not.toContain('not a reference');
  });

  it('when a new inquiry’s image is not a DynamoDB item at all, it is an unreadable entry, not a crash', () => {
    // Prepare
    const record = streamRecord('INSERT', { entity: { S: 'INQUIRY' }, reference: { Q: 'x' } as never });
    // Act
    const [entry] = storedInquiriesOf([record]);
    // Assess
    expect(entry).toMatchObject({ unreadable: expect.any(UnreadableStreamRecord) });
  });
});
