import { describe, expect, it } from 'vitest';
import { inquiryChangesOf } from '../../../../functions/adapters/stats/inquiry-change-records.js';
import { startReview } from '../../../../functions/domain/review/transitions.js';
import { anInquiry } from '../../../support/inquiries.js';
import { changeRecord, storedInquiry } from '../../../support/inquiry-stream.js';

describe('changes of inquiries read from the stream', () => {
  it('when an inquiry is stored and then changed, each record gives the inquiry before and after, without the repository’s fields', () => {
    // Prepare
    const submitted = anInquiry();
    const started = startReview(submitted, new Date('2026-11-22T06:30:00Z')).after;
    const records = [
      changeRecord('INSERT', '100', { new: storedInquiry(submitted) }),
      changeRecord('MODIFY', '101', {
        old: storedInquiry(submitted),
        new: storedInquiry(started, { taskToken: 'secret-token', reviewSection: 'GENERAL' }),
      }),
    ];
    // Act
    const changes = inquiryChangesOf(records);
    // Assess
    expect(changes).toEqual([
      { position: '100', after: submitted },
      { position: '101', before: submitted, after: started },
    ]);
  });

  it('when the records are of attachments or claims, removals, or changes without the item before, they are left out', () => {
    // Prepare
    const inquiry = storedInquiry(anInquiry());
    const records = [
      changeRecord('INSERT', '1', { new: { pk: inquiry.pk, sk: 'ATTACHMENT#a', entity: 'ATTACHMENT' } }),
      changeRecord('INSERT', '2', { new: { pk: 'CLAIM#x', sk: 'CLAIM', expiresAt: 1 } }),
      changeRecord('REMOVE', '3', { old: inquiry }),
      // Without the item before, a change would be counted as a new inquiry.
      changeRecord('MODIFY', '4', { new: inquiry }),
    ];
    // Act & Assess
    expect(inquiryChangesOf(records)).toEqual([]);
  });
});
