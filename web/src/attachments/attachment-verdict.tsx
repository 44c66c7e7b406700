import type { Schema } from '../shared/api/api-client.js';
import { useTexts } from '../shared/i18n/language.js';
import { UPLOAD_TEXTS } from './upload-texts.js';

/** What the checks found about one file, with the API's reason (in the caller's language) when it was refused. */
export const AttachmentVerdict = ({ attachment }: { attachment: Schema<'Attachment'> }) => {
  const texts = useTexts(UPLOAD_TEXTS);
  const tone = attachment.status === 'REJECTED' ? 'badge-danger' : attachment.status === 'VERIFIED' ? 'badge-ok' : '';
  return (
    <p aria-live="polite" class="verdict">
      <span class="file-name">{attachment.fileName}</span>{' '}
      <span class={`badge ${tone}`}>{texts.status[attachment.status]}</span>
      {attachment.reasonDetail ? <span class="verdict-reason"> {attachment.reasonDetail}</span> : null}
    </p>
  );
};
