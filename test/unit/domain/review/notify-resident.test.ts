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

  it('when the inquiry has left the status the message was about (held over the night), nothing is sent', async () => {
    // Prepare
    const inquiries = new InMemoryInquiryRepository();
    const inquiry = anInquiry({ status: 'UNDER_REVIEW' });
    await inquiries.create(inquiry);
    const sms = new RecordingSmsSender();
    // Act
    const result = await createHandler({ inquiries, sms })({
      reference: inquiry.reference,
      message: 'NEEDS_INFO',
      awaiting: 'NEEDS_INFO',
    });
    const current = await createHandler({ inquiries, sms })({
      reference: inquiry.reference,
      message: 'RECEIVED',
      awaiting: 'UNDER_REVIEW',
    });
    // Assess
    expect(result).toEqual({ outcome: 'overtaken' });
    expect(current).toMatchObject({ outcome: 'sent' });
    expect(sms.sent.map((m) => m.message)).toEqual([expect.stringContaining(inquiry.reference)]);
  });

  it('when the awaited status in the task input is not a status, the task fails loudly', async () => {
    // Prepare
    const inquiries = new InMemoryInquiryRepository();
    const inquiry = anInquiry();
    await inquiries.create(inquiry);
    const sms = new RecordingSmsSender();
    // Act
    const notify = createHandler({ inquiries, sms })({
      reference: inquiry.reference,
      message: 'ACCEPTED',
      awaiting: '__proto__',
    });
    // Assess
    await expect(notify).rejects.toThrow(TypeError);
    expect(sms.sent).toEqual([]);
  });

  it('when an establishment filed the inquiry, the staff member who filed it gets a copy in their language after the employee', async () => {
    // Prepare
    const inquiries = new InMemoryInquiryRepository();
    const inquiry = anInquiry({
      contact: { phone: '+966500000031', locale: 'ar' },
      submittedBy: {
        establishmentId: '7001234567',
        iqamaNumber: '2000000006',
        staffId: 'staff-1',
        staffContact: { phone: '+966500000032', locale: 'en' },
      },
    });
    await inquiries.create(inquiry);
    const sms = new RecordingSmsSender();
    // Act
    const result = await notifyResident({ inquiries, sms }, inquiry.reference, 'ACCEPTED');
    // Assess
    expect(sms.sent.map((m) => m.phone)).toEqual(['+966500000031', '+966500000032']);
    expect(sms.sent[1]?.message).toContain(inquiry.reference);
    expect(sms.sent[1]?.message).not.toBe(sms.sent[0]?.message);
    expect(result).toEqual({ outcome: 'sent', messageId: 'sms-1', staffCopy: { outcome: 'sent', messageId: 'sms-2' } });
  });

  it("when the staff member's copy cannot be sent, the step still succeeds, so that a retry never texts the employee twice", async () => {
    // Prepare
    const inquiries = new InMemoryInquiryRepository();
    const inquiry = anInquiry({
      submittedBy: {
        establishmentId: '7001234567',
        iqamaNumber: '2000000006',
        staffId: 'staff-1',
        staffContact: { phone: '+966500000032', locale: 'ar' },
      },
    });
    await inquiries.create(inquiry);
    const recorder = new RecordingSmsSender();
    const sms = {
      send: async (phone: string, message: string) => {
        if (phone === '+966500000032') throw new Error('SNS timed out');
        return recorder.send(phone, message);
      },
    };
    // Act
    const result = await notifyResident({ inquiries, sms }, inquiry.reference, 'NEEDS_INFO');
    // Assess
    expect(result).toEqual({ outcome: 'sent', messageId: 'sms-1', staffCopy: { outcome: 'failed' } });
    expect(recorder.sent).toHaveLength(1);
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
