import { Field } from '../shared/forms/field.js';
import { useFormats } from '../shared/i18n/formats.js';
import { useTexts } from '../shared/i18n/language.js';
import { ACCEPTED_TYPES, fileRefusal, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS } from './attachment-rules.js';
import { FileSize } from './file-size.js';
import { UPLOAD_TEXTS } from './upload-texts.js';
import './attachments.css';

interface AttachmentPickerProps {
  id: string;
  files: readonly File[];
  onChange: (files: File[]) => void;
  /** What the API said about the attachments, shown beside the picker. */
  error?: string;
  disabled?: boolean;
}

/**
 * Choosing the files to attach, before any is sent: each one the API would refuse (its type, its
 * size) is named beside the picker at once, and the chosen ones can be taken off again.
 */
export const AttachmentPicker = ({ id, files, onChange, error, disabled }: AttachmentPickerProps) => {
  const texts = useTexts(UPLOAD_TEXTS);
  const formats = useFormats();
  const refused = files.map((file) => [file, fileRefusal(file)] as const).filter(([, refusal]) => refusal);
  const problems = [
    ...refused.map(([file, refusal]) => `${file.name}: ${refusal ? texts.refusal[refusal] : ''}`),
    ...(files.length > MAX_ATTACHMENTS ? [texts.tooMany(formats.number(MAX_ATTACHMENTS))] : []),
    ...(error ? [error] : []),
  ];
  const add = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    onChange([...files, ...Array.from(input.files ?? [])]);
    // Cleared so that the same file can be chosen again after being taken off.
    input.value = '';
  };
  return (
    <>
      <Field
        id={id}
        label={texts.choose}
        hint={texts.chooseHint(
          texts.megabytes(formats.number(MAX_ATTACHMENT_BYTES / 1024 / 1024)),
          formats.number(MAX_ATTACHMENTS),
        )}
        error={problems.length > 0 ? problems.join(' ') : undefined}
        control={(props) => (
          <input {...props} type="file" multiple accept={ACCEPTED_TYPES.join(',')} disabled={disabled} onChange={add} />
        )}
      />
      {files.length > 0 ? (
        <ul class="chosen-files">
          {files.map((file, index) => (
            <li key={`${file.name}-${index}`}>
              <span class="file-name">{file.name}</span> (<FileSize bytes={file.size} />)
              <button
                type="button"
                class="secondary"
                disabled={disabled}
                onClick={() => onChange(files.filter((_, other) => other !== index))}
              >
                {texts.remove(file.name)}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
};
