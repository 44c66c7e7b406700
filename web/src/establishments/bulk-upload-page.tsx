import { useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { FileSize } from '../attachments/file-size.js';
import { UploadFailed, uploadToPresignedPost } from '../attachments/presigned-upload.js';
import { UPLOAD_TEXTS } from '../attachments/upload-texts.js';
import { usePageTitle } from '../console/page-title.js';
import type { Schema } from '../shared/api/api-client.js';
import { fieldErrors } from '../shared/api/problem.js';
import { useMutation } from '../shared/api/use-mutation.js';
import { useResource } from '../shared/api/use-resource.js';
import { useConsole } from '../shared/console-context.js';
import { FailureNotice } from '../shared/forms/failure-notice.js';
import { Field } from '../shared/forms/field.js';
import { useFormats } from '../shared/i18n/formats.js';
import { useLanguage, useTexts } from '../shared/i18n/language.js';
import { ScrollingTable } from '../shared/scrolling-table.js';
import { SHARED_TEXTS } from '../shared/texts.js';
import {
  BULK_ACCEPT,
  BULK_COLUMNS,
  BULK_KINDS,
  type BulkKind,
  bulkContentTypeOf,
  bulkFileRefusal,
  bulkRequestHref,
  MAX_BULK_BYTES,
  MAX_BULK_LINES,
  templateFileName,
  templateHref,
} from './bulk-files.js';
import { BULK_TEXTS } from './bulk-texts.js';
import '../attachments/attachments.css';
import './establishments.css';

/** The fields of the API's body that are about the file, whose errors show beside the picker. */
const FILE_FIELDS = ['fileName', 'contentType', 'size'] as const;

type Stage = { step: 'choosing' } | { step: 'uploading'; sent: number; total: number } | { step: 'upload-failed' };

/** The request types' codes a file of inquiries names in its `category` column, with their names. */
const CategoryCodes = () => {
  const { api } = useConsole();
  const texts = useTexts(BULK_TEXTS);
  const { language } = useLanguage();
  const categories = useResource(() => api.GET('/v1/categories'), [api]);
  return (
    <details class="bulk-codes">
      <summary>{texts.categoryCodes}</summary>
      <FailureNotice failure={categories.failure} />
      <ScrollingTable label={texts.categoryCodes}>
        <table>
          <thead>
            <tr>
              <th scope="col">{texts.code}</th>
              <th scope="col">{texts.requestType}</th>
            </tr>
          </thead>
          <tbody>
            {(categories.data?.items ?? []).map((category) => (
              <tr key={category.code}>
                <th scope="row">
                  <code dir="ltr">{category.code}</code>
                </th>
                <td>
                  {category.names[language]} ({category.sectionNames[language]})
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollingTable>
    </details>
  );
};

/** The header row a kind of file has, each column with what it holds, and a template to start from. */
const ExpectedColumns = ({ kind }: { kind: BulkKind }) => {
  const texts = useTexts(BULK_TEXTS);
  const uploadTexts = useTexts(UPLOAD_TEXTS);
  const formats = useFormats();
  return (
    <section aria-labelledby="bulk-columns-heading">
      <h2 id="bulk-columns-heading">{texts.columnsTitle}</h2>
      <p>
        {texts.columnsIntro(
          formats.number(MAX_BULK_LINES),
          uploadTexts.megabytes(formats.number(MAX_BULK_BYTES / 1024 / 1024)),
        )}
      </p>
      <p class="bulk-header-row" dir="ltr">
        <code>{BULK_COLUMNS[kind].join(',')}</code>
      </p>
      <ScrollingTable labelledBy="bulk-columns-heading">
        <table class="bulk-columns">
          <thead>
            <tr>
              <th scope="col">{texts.column}</th>
              <th scope="col">{texts.columnHolds}</th>
            </tr>
          </thead>
          <tbody>
            {BULK_COLUMNS[kind].map((column) => (
              <tr key={column}>
                <th scope="row">
                  <code dir="ltr">{column}</code>
                </th>
                <td>{texts.columns[column]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollingTable>
      <p>
        <a class="button secondary" href={templateHref(kind)} download={templateFileName(kind)}>
          {texts.template}
        </a>
      </p>
      {kind === 'INQUIRIES' ? <CategoryCodes /> : null}
    </section>
  );
};

/**
 * Uploading a bulk file: its kind, the file, then one bulk request opened (however often the button
 * is pressed) and the file posted to the form it came with, its progress shown; then the request's
 * page. A failed post is tried again with the same request, not a second one.
 */
export const BulkUploadPage = () => {
  const { api } = useConsole();
  const texts = useTexts(BULK_TEXTS);
  const uploadTexts = useTexts(UPLOAD_TEXTS);
  const shared = useTexts(SHARED_TEXTS);
  const formats = useFormats();
  const { route } = useLocation();
  usePageTitle(texts.uploadTitle);
  const [kind, setKind] = useState<BulkKind>('PASSPORT_UPDATES');
  const [file, setFile] = useState<File>();
  const [missing, setMissing] = useState(false);
  const [stage, setStage] = useState<Stage>({ step: 'choosing' });
  // Held across both steps, not only the API's call: a second click while the file goes up is ignored too.
  const busy = useRef(false);
  // The request opened for this kind and file: a retry after a failed post posts to it again.
  const opened = useRef<Schema<'NewBulkRequest'> | undefined>(undefined);
  const open = useMutation((key) => {
    const chosen = file as File;
    return api.POST('/v1/establishment/bulk-requests', {
      params: { header: { 'Idempotency-Key': key } },
      body: {
        kind,
        fileName: chosen.name,
        contentType: bulkContentTypeOf(chosen.name) ?? 'text/csv',
        size: chosen.size,
      },
    });
  });
  const maxSize = uploadTexts.megabytes(formats.number(MAX_BULK_BYTES / 1024 / 1024));
  const refusal = file ? bulkFileRefusal(file) : undefined;
  const apiErrors = fieldErrors(open.failure);
  const fileError = missing
    ? texts.noFile
    : refusal
      ? texts.refusal[refusal](maxSize)
      : FILE_FIELDS.map((field) => apiErrors.get(field)).find(Boolean);
  const working = open.pending || stage.step === 'uploading';
  const choose = (next: { kind?: BulkKind; file?: File }) => {
    opened.current = undefined;
    setStage({ step: 'choosing' });
    setMissing(false);
    if (next.kind) setKind(next.kind);
    if ('file' in next) setFile(next.file);
  };
  const send = async (event: Event) => {
    event.preventDefault();
    if (busy.current) return;
    if (!file) {
      setMissing(true);
      return;
    }
    if (refusal) return;
    busy.current = true;
    try {
      const request = opened.current ?? (await open.run());
      if (!request?.upload) return;
      opened.current = request;
      setStage({ step: 'uploading', sent: 0, total: file.size });
      await uploadToPresignedPost(request.upload, file, (sent, total) => setStage({ step: 'uploading', sent, total }));
      route(bulkRequestHref(request.bulkRequestId));
    } catch (cause) {
      if (!(cause instanceof UploadFailed)) throw cause;
      setStage({ step: 'upload-failed' });
    } finally {
      busy.current = false;
    }
  };
  return (
    <>
      <h1>{texts.uploadTitle}</h1>
      <p>{texts.uploadIntro}</p>
      <form class="card" onSubmit={send} noValidate>
        <FailureNotice failure={open.failure} fields={FILE_FIELDS} />
        <fieldset>
          <legend>{texts.kind}</legend>
          {BULK_KINDS.map((choice) => (
            <label key={choice} class="bulk-choice">
              <input
                type="radio"
                name="bulk-kind"
                value={choice}
                checked={kind === choice}
                disabled={working}
                onChange={() => choose({ kind: choice })}
              />
              {texts.kinds[choice]}
            </label>
          ))}
        </fieldset>
        <ExpectedColumns kind={kind} />
        <Field
          id="bulk-file"
          label={texts.file}
          required
          hint={texts.fileHint(maxSize)}
          error={fileError}
          control={(props) => (
            <input
              {...props}
              type="file"
              accept={BULK_ACCEPT}
              disabled={working}
              onChange={(event) => choose({ file: event.currentTarget.files?.[0] })}
            />
          )}
        />
        {file ? (
          <p>
            <span class="file-name">{file.name}</span> (<FileSize bytes={file.size} />)
          </p>
        ) : null}
        {open.pending ? <p aria-live="polite">{texts.asking}</p> : null}
        {stage.step === 'uploading' ? (
          <div class="upload">
            <label for="bulk-upload-progress">{texts.uploading(file?.name ?? '')}</label>
            <progress id="bulk-upload-progress" max={stage.total} value={stage.sent} />
          </div>
        ) : null}
        {stage.step === 'upload-failed' ? (
          <p class="notice notice-error" role="alert">
            {texts.uploadFailed}
          </p>
        ) : null}
        <button type="submit" disabled={working} aria-disabled={working}>
          {working ? shared.sending : texts.upload}
        </button>
      </form>
    </>
  );
};
