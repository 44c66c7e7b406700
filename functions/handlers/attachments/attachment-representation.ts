import type { Attachment } from '../../domain/attachments/attachment.js';
import type { TextLocale } from '../../domain/shared/locale.js';
import { REJECTION_TEXTS } from '../../http/messages.js';

export const attachmentView = (attachment: Attachment, locale: TextLocale) => ({
  attachmentId: attachment.attachmentId,
  fileName: attachment.fileName,
  contentType: attachment.contentType,
  size: attachment.size,
  status: attachment.status,
  createdAt: attachment.createdAt,
  ...(attachment.reason && { reason: attachment.reason, reasonDetail: REJECTION_TEXTS[attachment.reason][locale] }),
});
