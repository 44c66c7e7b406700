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
import { CharacterCount, Field } from '../shared/forms/field.js';
import { useFormats } from '../shared/i18n/formats.js';
import { useLanguage, useTexts } from '../shared/i18n/language.js';
import { SHARED_TEXTS } from '../shared/texts.js';
import { sectionsOf } from './category-sections.js';
import { RESIDENT_INQUIRY_TEXTS } from './resident-texts.js';
import { TEXT_LIMITS } from './text-limits.js';
import './inquiries.css';

type Category = Schema<'InquiryDetail'>['category'];
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
  const { language } = useLanguage();
  const texts = useTexts(RESIDENT_INQUIRY_TEXTS);
  const shared = useTexts(SHARED_TEXTS);
  const formats = useFormats();
  const { route } = useLocation();
  usePageTitle(texts.newTitle);
  const categories = useResource(() => api.GET('/v1/categories'), [api]);
  const [section, setSection] = useState('');
  const [category, setCategory] = useState('');
  const [description, setDescription] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [filed, setFiled] = useState<{ inquiry: Schema<'InquiryDetail'>; files: File[] }>();
  const submit = useMutation((key) =>
    api.POST('/v1/inquiries', {
      params: { header: { 'Idempotency-Key': key } },
      // An unchosen type is left out, so that the API names it as missing rather than as a wrong value.
      body: { ...(category ? { category: category as Category } : {}), description } as {
        category: Category;
        description: string;
      },
    }),
  );
  const sections = sectionsOf(categories.data?.items ?? [], language);
  const chosenSection = sections.find((choice) => choice.section === section);
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
      {categories.failure ? (
        <div class="notice notice-error" role="alert">
          <p>{texts.categoriesFailed}</p>
          <FailureNotice failure={categories.failure} />
          <button type="button" onClick={categories.reload}>
            {shared.reload}
          </button>
        </div>
      ) : null}
      <form class="card" onSubmit={send} noValidate>
        <FailureNotice failure={submit.failure} fields={FORM_FIELDS} />
        <fieldset>
          <legend>{texts.requestFieldset}</legend>
          <Field
            id="inquiry-section"
            label={texts.section}
            required
            control={(props) => (
              <select
                {...props}
                value={section}
                onChange={(event) => {
                  setSection(event.currentTarget.value);
                  setCategory('');
                }}
              >
                <option value="">{categories.loading ? shared.loading : texts.chooseSection}</option>
                {sections.map((choice) => (
                  <option key={choice.section} value={choice.section}>
                    {choice.name}
                  </option>
                ))}
              </select>
            )}
          />
          <Field
            id="inquiry-category"
            label={texts.category}
            required
            error={errors.get('category')}
            hint={chosenSection ? undefined : texts.categoryAfterSection}
            control={(props) => (
              <select
                {...props}
                value={category}
                disabled={!chosenSection}
                onChange={(event) => setCategory(event.currentTarget.value)}
              >
                <option value="">{texts.chooseCategory}</option>
                {chosenSection?.categories.map((choice) => (
                  <option key={choice.code} value={choice.code}>
                    {choice.name}
                  </option>
                ))}
              </select>
            )}
          />
        </fieldset>
        <Field
          id="inquiry-description"
          label={texts.description}
          required
          error={errors.get('description')}
          hint={
            <>
              {texts.descriptionHint(formats.number(TEXT_LIMITS.description.min))}{' '}
              <CharacterCount value={description} limit={TEXT_LIMITS.description.max} />
            </>
          }
          control={(props) => (
            <textarea
              {...props}
              rows={8}
              value={description}
              onInput={(event) => setDescription(event.currentTarget.value)}
            />
          )}
        />
        <AttachmentPicker id="inquiry-attachments" files={files} onChange={setFiles} disabled={submit.pending} />
        <button type="submit" disabled={submit.pending} aria-disabled={submit.pending}>
          {submit.pending ? shared.sending : texts.submit}
        </button>
      </form>
    </>
  );
};
