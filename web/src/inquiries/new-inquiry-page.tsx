import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { AttachmentPicker } from '../attachments/attachment-picker.js';
import { filesAcceptable } from '../attachments/attachment-rules.js';
import { AttachmentUpload } from '../attachments/attachment-upload.js';
import { usePageTitle } from '../console/page-title.js';
import type { Schema } from '../shared/api/api-client.js';
import { fieldErrors } from '../shared/api/problem.js';
import { useMutation } from '../shared/api/use-mutation.js';
import { useResource } from '../shared/api/use-resource.js';
import { useConsole } from '../shared/console-context.js';
import { FailureNotice } from '../shared/forms/failure-notice.js';
import { useTexts } from '../shared/i18n/language.js';
import { SHARED_TEXTS } from '../shared/texts.js';
import {
  CategoriesFailed,
  categoryOf,
  DescriptionField,
  NO_REQUEST_TYPE,
  RequestTypeFieldset,
} from './request-fields.js';
import { RESIDENT_INQUIRY_TEXTS } from './resident-texts.js';
import './inquiries.css';

const FORM_FIELDS = ['category', 'description'] as const;

/** After filing: each chosen file goes up with its progress and its verdict, then on to the request. */
const Uploads = ({ inquiry, files }: { inquiry: Schema<'InquiryDetail'>; files: readonly File[] }) => {
  const texts = useTexts(RESIDENT_INQUIRY_TEXTS);
  return (
    <section aria-labelledby="uploads-heading">
      <p class="notice" role="status">
        {texts.filed(inquiry.reference)}
      </p>
      <h2 id="uploads-heading">{texts.uploadsHeading}</h2>
      <ul class="uploads">
        {files.map((file, index) => (
          <AttachmentUpload key={`${file.name}-${index}`} reference={inquiry.reference} file={file} />
        ))}
      </ul>
      <a class="button" href={`/inquiries/${inquiry.reference}`}>
        {texts.goToRequest}
      </a>
    </section>
  );
};

/**
 * A new request: the section, then a type of request of that section, a description counted as the
 * API counts it, and documents. Filed once, however often the button is pressed; the chosen files
 * are uploaded to the new request once it exists.
 */
export const NewInquiryPage = () => {
  const { api } = useConsole();
  const texts = useTexts(RESIDENT_INQUIRY_TEXTS);
  const shared = useTexts(SHARED_TEXTS);
  const { route } = useLocation();
  usePageTitle(texts.newTitle);
  const categories = useResource(() => api.GET('/v1/categories'), [api]);
  const [requestType, setRequestType] = useState(NO_REQUEST_TYPE);
  const [description, setDescription] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [filed, setFiled] = useState<{ inquiry: Schema<'InquiryDetail'>; files: File[] }>();
  const submit = useMutation((key) =>
    api.POST('/v1/inquiries', {
      params: { header: { 'Idempotency-Key': key } },
      body: { ...categoryOf(requestType), description },
    }),
  );
  const errors = fieldErrors(submit.failure);
  const send = async (event: Event) => {
    event.preventDefault();
    if (!filesAcceptable(files)) return;
    const inquiry = await submit.run();
    if (!inquiry) return;
    if (files.length === 0) route(`/inquiries/${inquiry.reference}`);
    else setFiled({ inquiry, files });
  };
  if (filed) {
    return (
      <>
        <h1>{texts.newTitle}</h1>
        <Uploads inquiry={filed.inquiry} files={filed.files} />
      </>
    );
  }
  return (
    <>
      <h1>{texts.newTitle}</h1>
      <p>{texts.newIntro}</p>
      <CategoriesFailed categories={categories} />
      <form class="card" onSubmit={send} noValidate>
        <FailureNotice failure={submit.failure} fields={FORM_FIELDS} />
        <RequestTypeFieldset
          categories={categories}
          value={requestType}
          onChange={setRequestType}
          error={errors.get('category')}
        />
        <DescriptionField value={description} onChange={setDescription} error={errors.get('description')} />
        <AttachmentPicker id="inquiry-attachments" files={files} onChange={setFiles} disabled={submit.pending} />
        <button type="submit" disabled={submit.pending} aria-disabled={submit.pending}>
          {submit.pending ? shared.sending : texts.submit}
        </button>
      </form>
    </>
  );
};
