import { useEffect, useRef, useState } from 'preact/hooks';
import type { Schema } from '../shared/api/api-client.js';
import { type CallFailure, failureOf } from '../shared/api/problem.js';
import { useConsole } from '../shared/console-context.js';
import { FailureNotice } from '../shared/forms/failure-notice.js';
import { useTexts } from '../shared/i18n/language.js';
import { isSettled, POLL_ATTEMPTS, pollDelay } from './attachment-rules.js';
import { AttachmentVerdict } from './attachment-verdict.js';
import { UploadFailed, uploadToPresignedPost } from './presigned-upload.js';
import { UPLOAD_TEXTS } from './upload-texts.js';
import './attachments.css';

type Attachment = Schema<'Attachment'>;

type Stage =
  | { step: 'asking' }
  | { step: 'uploading'; sent: number; total: number }
  | { step: 'checking'; attachment: Attachment }
  | { step: 'settled'; attachment: Attachment }
  | { step: 'still-checking'; attachment: Attachment }
  | { step: 'failed'; failure?: CallFailure };

interface AttachmentUploadProps {
  reference: string;
  file: File;
  /** Told once the store holds the file (its checks may still run), then again once they are over. */
  onChange?: (attachment: Attachment) => void;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One file's way onto an inquiry, shown as it goes: the API hands out a presigned form, the file
 * goes straight to the store with its progress, then the checks' verdict is awaited (asked again
 * less and less often) and shown with the API's reason when the file is refused.
 */
export const AttachmentUpload = ({ reference, file, onChange }: AttachmentUploadProps) => {
  const { api } = useConsole();
  const texts = useTexts(UPLOAD_TEXTS);
  const [stage, setStage] = useState<Stage>({ step: 'asking' });
  const [round, setRound] = useState(0);
  // One key per file: a retry asks for the same attachment, not a second one.
  const key = useRef(crypto.randomUUID());
  const notify = useRef(onChange);
  notify.current = onChange;
  useEffect(() => {
    let current = true;
    const run = async () => {
      setStage({ step: 'asking' });
      const asked = await api.POST('/v1/inquiries/{reference}/attachments', {
        params: { path: { reference }, header: { 'Idempotency-Key': key.current } },
        body: { fileName: file.name, contentType: file.type as Attachment['contentType'], size: file.size },
      });
      if (!current) return;
      if (!asked.data?.upload) {
        setStage({ step: 'failed', failure: failureOf(asked.response.status, asked.error) });
        return;
      }
      const { upload, ...attachment } = asked.data;
      await uploadToPresignedPost(upload, file, (sent, total) => {
        if (current) setStage({ step: 'uploading', sent, total });
      });
      if (!current) return;
      notify.current?.(attachment);
      setStage({ step: 'checking', attachment });
      for (let attempt = 0; attempt < POLL_ATTEMPTS; attempt++) {
        await wait(pollDelay(attempt));
        if (!current) return;
        const listed = await api.GET('/v1/inquiries/{reference}/attachments', { params: { path: { reference } } });
        if (!current) return;
        const latest = listed.data?.items.find((item) => item.attachmentId === attachment.attachmentId);
        if (latest && isSettled(latest.status)) {
          notify.current?.(latest);
          setStage({ step: 'settled', attachment: latest });
          return;
        }
      }
      setStage({ step: 'still-checking', attachment });
    };
    run().catch((cause: unknown) => {
      if (current)
        setStage({ step: 'failed', failure: { status: cause instanceof UploadFailed ? cause.status : 0, cause } });
    });
    return () => {
      current = false;
    };
  }, [api, reference, file, round]);
  const progressId = `upload-${key.current}`;
  return (
    <li class="upload">
      {stage.step === 'asking' ? <p aria-live="polite">{texts.asking}</p> : null}
      {stage.step === 'uploading' ? (
        <>
          <label for={progressId}>{texts.uploading(file.name)}</label>
          <progress id={progressId} max={stage.total} value={stage.sent} />
        </>
      ) : null}
      {stage.step === 'checking' ? (
        <p aria-live="polite">
          <span class="file-name">{file.name}</span>: {texts.checking}
        </p>
      ) : null}
      {stage.step === 'settled' ? <AttachmentVerdict attachment={stage.attachment} /> : null}
      {stage.step === 'still-checking' ? (
        <p aria-live="polite">
          <span class="file-name">{file.name}</span>: {texts.stillChecking}
        </p>
      ) : null}
      {stage.step === 'failed' ? (
        <div>
          <p role="alert">
            <span class="file-name">{file.name}</span>: {texts.uploadFailed}
          </p>
          <FailureNotice failure={stage.failure?.problem ? stage.failure : undefined} />
          <button type="button" class="secondary" onClick={() => setRound((value) => value + 1)}>
            {texts.retry}
          </button>
        </div>
      ) : null}
    </li>
  );
};
