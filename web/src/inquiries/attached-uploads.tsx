import { useState } from 'preact/hooks';
import { AttachmentPicker } from '../attachments/attachment-picker.js';
import { fileRefusal } from '../attachments/attachment-rules.js';
import { AttachmentUpload } from '../attachments/attachment-upload.js';
import type { Schema } from '../shared/api/api-client.js';

type Attachment = Schema<'Attachment'>;

export interface AttachedUploads {
  /** The files chosen, each uploaded to the inquiry as soon as it is chosen. */
  files: File[];
  setFiles: (files: File[]) => void;
  /** The uploaded files a reply or an appeal may name: those stored and not refused by the checks. */
  attachmentIds: string[];
  record: (file: File, attachment: Attachment) => void;
  /** Some chosen file is not stored yet: sending now would leave it out. */
  inFlight: boolean;
}

/** The documents a reply or an appeal carries: uploaded before it is sent, since it names them by id. */
export const useAttachedUploads = (): AttachedUploads => {
  const [files, setFiles] = useState<File[]>([]);
  const [uploaded, setUploaded] = useState<ReadonlyMap<File, Attachment>>(new Map());
  return {
    files,
    setFiles,
    // A file taken off again is not named, though the inquiry keeps what was uploaded.
    attachmentIds: files.flatMap((file) => {
      const attachment = uploaded.get(file);
      return attachment && attachment.status !== 'REJECTED' ? [attachment.attachmentId] : [];
    }),
    record: (file, attachment) => setUploaded((known) => new Map(known).set(file, attachment)),
    inFlight: files.some((file) => fileRefusal(file) === undefined && !uploaded.has(file)),
  };
};

/** The picker, and below it each acceptable chosen file on its way to the inquiry. */
export const AttachedUploadsField = ({
  id,
  reference,
  uploads,
  error,
  disabled,
}: {
  id: string;
  reference: string;
  uploads: AttachedUploads;
  error?: string;
  disabled?: boolean;
}) => (
  <>
    <AttachmentPicker id={id} files={uploads.files} onChange={uploads.setFiles} error={error} disabled={disabled} />
    <ul class="uploads">
      {uploads.files
        .filter((file) => fileRefusal(file) === undefined)
        .map((file) => (
          <AttachmentUpload
            key={`${file.name}-${file.lastModified}-${file.size}`}
            reference={reference}
            file={file}
            onChange={(attachment) => uploads.record(file, attachment)}
          />
        ))}
    </ul>
  </>
);
