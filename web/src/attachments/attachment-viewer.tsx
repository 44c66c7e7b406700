import { useState } from 'preact/hooks';
import type { Schema } from '../shared/api/api-client.js';
import { type CallFailure, failureOf } from '../shared/api/problem.js';
import { useResource } from '../shared/api/use-resource.js';
import { useConsole } from '../shared/console-context.js';
import { FailureNotice } from '../shared/forms/failure-notice.js';
import { useTexts } from '../shared/i18n/language.js';
import { SHARED_TEXTS } from '../shared/texts.js';
import { FileSize } from './file-size.js';
import { VIEWER_TEXTS } from './viewer-texts.js';
import './attachment-viewer.css';

type Attachment = Schema<'Attachment'>;

interface Opened {
  downloadUrl?: string;
  failure?: CallFailure;
}

/**
 * One file, opened on request: the link the API hands out lasts five minutes, so it is asked for
 * when the reviewer wants the file, not when the page opens. Images show in the page (the CSP's
 * img-src names the storage origin); a PDF opens in a new tab, a top-level page our CSP does not
 * govern (the page's own `default-src 'none'` allows no frame or object to embed it).
 */
const AttachmentItem = ({ reference, attachment }: { reference: string; attachment: Attachment }) => {
  const texts = useTexts(VIEWER_TEXTS);
  const shared = useTexts(SHARED_TEXTS);
  const { api } = useConsole();
  const [opened, setOpened] = useState<Opened>();
  const [loading, setLoading] = useState(false);
  const open = async () => {
    if (opened?.downloadUrl && attachment.contentType !== 'application/pdf') return setOpened(undefined);
    setLoading(true);
    try {
      const { data, error, response } = await api.GET('/v1/inquiries/{reference}/attachments/{attachmentId}', {
        params: { path: { reference, attachmentId: attachment.attachmentId } },
      });
      setOpened(
        response.ok
          ? { ...(data?.downloadUrl ? { downloadUrl: data.downloadUrl } : {}) }
          : { failure: failureOf(response.status, error) },
      );
    } catch (cause) {
      setOpened({ failure: { status: 0, cause } });
    } finally {
      setLoading(false);
    }
  };
  const isImage = attachment.contentType !== 'application/pdf';
  const shown = Boolean(opened?.downloadUrl) && isImage;
  const viewId = `attachment-${attachment.attachmentId}`;
  return (
    <li class="attachment">
      <p class="attachment-name">
        <bdi>{attachment.fileName}</bdi>
      </p>
      <p class="hint">
        {texts.kinds[attachment.contentType]} · <FileSize bytes={attachment.size} /> ·{' '}
        <span class={attachment.status === 'REJECTED' ? 'badge badge-danger' : 'badge'}>
          {texts.status[attachment.status]}
        </span>
      </p>
      {attachment.reasonDetail ? <p>{attachment.reasonDetail}</p> : null}
      {attachment.status === 'VERIFIED' ? (
        <>
          <button
            type="button"
            class="secondary"
            onClick={open}
            disabled={loading}
            {...(isImage ? { 'aria-expanded': shown, 'aria-controls': viewId } : {})}
          >
            {loading ? shared.loading : shown ? texts.hide(attachment.fileName) : texts.show(attachment.fileName)}
          </button>
          <div id={viewId} class="attachment-view">
            {opened?.failure ? <FailureNotice failure={opened.failure} /> : null}
            {opened && !opened.failure && !opened.downloadUrl ? <p>{texts.notYetClean}</p> : null}
            {opened?.downloadUrl && isImage ? (
              <figure>
                <img src={opened.downloadUrl} alt={texts.imageOf(attachment.fileName)} />
                <figcaption>
                  <bdi>{attachment.fileName}</bdi>
                </figcaption>
              </figure>
            ) : null}
            {opened?.downloadUrl && !isImage ? (
              <p>
                <a href={opened.downloadUrl} target="_blank" rel="noopener noreferrer">
                  {texts.openPdf(attachment.fileName)}
                </a>
                <br />
                <span class="hint">{texts.pdfHint}</span>
              </p>
            ) : null}
          </div>
        </>
      ) : null}
    </li>
  );
};

/** An inquiry's files with their verification, each opened in the browser: images in the page, PDFs in a new tab. */
export const AttachmentViewer = ({ reference }: { reference: string }) => {
  const texts = useTexts(VIEWER_TEXTS);
  const shared = useTexts(SHARED_TEXTS);
  const { api } = useConsole();
  const list = useResource(
    () => api.GET('/v1/inquiries/{reference}/attachments', { params: { path: { reference } } }),
    [reference],
  );
  return (
    <section aria-labelledby="attachments-heading">
      <h2 id="attachments-heading">{texts.heading}</h2>
      <FailureNotice failure={list.failure} />
      {list.loading && !list.data ? <p>{shared.loading}</p> : null}
      {list.data && list.data.items.length === 0 ? <p>{texts.none}</p> : null}
      {list.data && list.data.items.length > 0 ? (
        <ul class="attachments">
          {list.data.items.map((attachment) => (
            <AttachmentItem key={attachment.attachmentId} reference={reference} attachment={attachment} />
          ))}
        </ul>
      ) : null}
    </section>
  );
};
