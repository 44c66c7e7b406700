import { describe, expect, it } from 'vitest';
import { notifyResident } from '../../../../functions/domain/review/notify-resident.js';
import { createHandler } from '../../../../functions/handlers/review/notify-resident.js';
import { InMemoryInquiryRepository } from '../../../support/in-memory-inquiry-repository.js';
import { RecordingSmsSender } from '../../../support/in-memory-reminders.js';
import { anInquiry } from '../../../support/inquiries.js';

describe('notifying the resident of a workflow step', () => {
  it('when a step names a message, it goes to the phone the inquiry was submitted with, in the resident’s language', async () => {
    // Prepare
    const inquiries = new InMemoryInquiryRepository();
    const inquiry = anInquiry({ contact: { phone: '+966500000031', locale: 'ar' } });
    await inquiries.create(inquiry);
    const sms = new RecordingSmsSender();
    // Act
    const result = await createHandler({ inquiries, sms })({ reference: inquiry.reference, message: 'ACCEPTED' });
    // Assess
    expect(result).toEqual({ outcome: 'sent', messageId: 'sms-1' });
    expect(sms.sent).toEqual([{ phone: '+966500000031', message: `تواصل: تم قبول طلبك ${inquiry.reference}` }]);
  });

  it('when the input names no known message or no inquiry, the task fails loudly (a defect, not a resident’s mistake)', async () => {
    const deps = { inquiries: new InMemoryInquiryRepository(), sms: new RecordingSmsSender() };
    await expect(createHandler(deps)({ reference: anInquiry().reference, message: 'HELLO' })).rejects.toThrow(
      TypeError,
    );
    await expect(notifyResident(deps, anInquiry().reference, 'ACCEPTED')).rejects.toMatchObject({
      code: 'inquiry-not-found',
    });
    expect(deps.sms.sent).toEqual([]);
  });
});
