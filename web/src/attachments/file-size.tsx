import { useFormats } from '../shared/i18n/formats.js';
import { useTexts } from '../shared/i18n/language.js';
import { UPLOAD_TEXTS } from './upload-texts.js';

const KIB = 1024;
const MIB = 1024 * KIB;

/** A file's size the way people read it: kilobytes below a megabyte, megabytes with one decimal above. */
export const FileSize = ({ bytes }: { bytes: number }) => {
  const texts = useTexts(UPLOAD_TEXTS);
  const formats = useFormats();
  return (
    <span>
      {bytes < MIB
        ? texts.kilobytes(formats.number(Math.max(1, Math.round(bytes / KIB))))
        : texts.megabytes(formats.number(Math.round((bytes / MIB) * 10) / 10))}
    </span>
  );
};
