import type { Schema } from '../shared/api/api-client.js';
import { useTexts } from '../shared/i18n/language.js';
import { INQUIRY_TEXTS } from './inquiry-texts.js';
import './inquiries.css';

/** "Filed by establishment 700…", when an employer filed the inquiry for the resident; nothing when they filed it themselves. */
export const FiledBy = ({ submittedBy }: { submittedBy: Schema<'SubmittedBy'> | undefined }) => {
  const texts = useTexts(INQUIRY_TEXTS);
  if (!submittedBy) return null;
  return (
    <span class="filed-by">
      {texts.filedBy}{' '}
      <bdi dir="ltr" class="establishment-id">
        {submittedBy.establishmentId}
      </bdi>
    </span>
  );
};
