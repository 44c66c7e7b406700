import { beforeEach } from 'vitest';
import { sniffContentType } from '../../functions/adapters/attachments/file-type-sniffer.js';
import { attachmentObjectKey } from '../../functions/domain/attachments/attachment.js';
import { requestUpload } from '../../functions/domain/attachments/request-upload.js';
import type { Reference } from '../../functions/domain/inquiries/reference.js';
import { InMemoryAttachmentRepository, RecordingStore } from './in-memory-attachments.js';
import { InMemoryInquiryRepository } from './in-memory-inquiry-repository.js';
import { anInquiry } from './inquiries.js';

/** The resident who owns the fixture's inquiry. */
export const owner = { id: 'resident-1', iqamaNumber: '2000000006', phone: '+966500000001', locale: 'ar' as const };

export interface AttachmentFixture {
  inquiries: InMemoryInquiryRepository;
  attachments: InMemoryAttachmentRepository;
  store: RecordingStore;
  /** The owner's inquiry, in the PASSPORTS section. */
  reference: Reference;
  /** Everything any attachment use case takes, on a fixed clock. */
  deps: () => ReturnType<typeof depsOf>;
  /** Requests an upload of `file` as the owner and lands it in the store under its key. */
  upload: (
    file: Buffer,
    declared?: Partial<{ contentType: 'application/pdf' | 'image/png'; size: number }>,
  ) => ReturnType<typeof uploadIn>;
}

const depsOf = (fixture: AttachmentFixture) => ({
  inquiries: fixture.inquiries,
  attachments: fixture.attachments,
  claims: fixture.inquiries.claims,
  forms: fixture.store,
  links: fixture.store,
  files: fixture.store,
  clock: () => new Date('2026-11-22T06:00:00Z'),
  sniff: sniffContentType,
});

const uploadIn = async (
  fixture: AttachmentFixture,
  file: Buffer,
  declared: Partial<{ contentType: 'application/pdf' | 'image/png'; size: number }> = {},
) => {
  const { attachment } = await requestUpload(fixture.deps(), owner, fixture.reference, {
    fileName: 'passport.pdf',
    contentType: 'application/pdf',
    size: file.length,
    ...declared,
  });
  const key = attachmentObjectKey(fixture.reference, attachment.attachmentId);
  fixture.store.objects.set(key, file);
  return { attachment, key };
};

/** The owner's inquiry with no attachment yet and an empty store, made afresh before each test of the calling file. */
export const useAttachmentFixture = (): AttachmentFixture => {
  const fixture = {
    deps: () => depsOf(fixture),
    upload: (file, declared) => uploadIn(fixture, file, declared),
  } as AttachmentFixture;
  beforeEach(async () => {
    fixture.inquiries = new InMemoryInquiryRepository();
    fixture.attachments = new InMemoryAttachmentRepository(fixture.inquiries);
    fixture.store = new RecordingStore();
    const inquiry = anInquiry({ residentId: owner.id, section: 'PASSPORTS' });
    fixture.reference = inquiry.reference;
    await fixture.inquiries.create(inquiry);
  });
  return fixture;
};
