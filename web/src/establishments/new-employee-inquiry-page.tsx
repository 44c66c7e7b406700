import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { usePageTitle } from '../console/page-title.js';
import {
  CategoriesFailed,
  categoryOf,
  DescriptionField,
  NO_REQUEST_TYPE,
  RequestTypeFieldset,
} from '../inquiries/request-fields.js';
import { RESIDENT_INQUIRY_TEXTS } from '../inquiries/resident-texts.js';
import { fieldErrors } from '../shared/api/problem.js';
import { useMutation } from '../shared/api/use-mutation.js';
import { useResource } from '../shared/api/use-resource.js';
import { useConsole } from '../shared/console-context.js';
import { FailureNotice } from '../shared/forms/failure-notice.js';
import { Field } from '../shared/forms/field.js';
import { useTexts } from '../shared/i18n/language.js';
import { SHARED_TEXTS } from '../shared/texts.js';
import {
  EMPLOYEE_INQUIRIES_HREF,
  employeeInquiryHref,
  filingFailure,
  IQAMA_NUMBER_LENGTH,
  prefilledIqamaNumber,
} from './employee-inquiries.js';
import { ESTABLISHMENT_TEXTS } from './texts.js';
import '../inquiries/inquiries.css';
import './establishments.css';

const FORM_FIELDS = ['iqamaNumber', 'category', 'description'] as const;

/**
 * A request on an employee's behalf: the employee's iqama number (filled in when the form is
 * reached from the employee's page), the section, then a type of request, and a description
 * counted as the API counts it. Filed once, however often the button is pressed; then its page.
 */
export const NewEmployeeInquiryPage = () => {
  const { api } = useConsole();
  const texts = useTexts(ESTABLISHMENT_TEXTS);
  const inquiryTexts = useTexts(RESIDENT_INQUIRY_TEXTS);
  const shared = useTexts(SHARED_TEXTS);
  const { url, route } = useLocation();
  usePageTitle(texts.newInquiryTitle);
  const categories = useResource(() => api.GET('/v1/categories'), [api]);
  const [iqamaNumber, setIqamaNumber] = useState(() =>
    prefilledIqamaNumber(url.includes('?') ? url.slice(url.indexOf('?')) : ''),
  );
  const [requestType, setRequestType] = useState(NO_REQUEST_TYPE);
  const [description, setDescription] = useState('');
  const submit = useMutation((key) =>
    api.POST('/v1/establishment/inquiries', {
      params: { header: { 'Idempotency-Key': key } },
      body: { iqamaNumber: iqamaNumber.trim(), ...categoryOf(requestType), description },
    }),
  );
  const failure = filingFailure(submit.failure);
  const errors = fieldErrors(failure);
  const send = async (event: Event) => {
    event.preventDefault();
    const inquiry = await submit.run();
    if (inquiry) route(employeeInquiryHref(inquiry.reference));
  };
  return (
    <>
      <h1>{texts.newInquiryTitle}</h1>
      <p>{texts.newInquiryIntro}</p>
      <p>
        <a href={EMPLOYEE_INQUIRIES_HREF}>{texts.backToInquiries}</a>
      </p>
      <CategoriesFailed categories={categories} />
      <form class="card" onSubmit={send} noValidate>
        <FailureNotice failure={failure} fields={FORM_FIELDS} />
        <Field
          id="inquiry-iqama-number"
          label={texts.employeeIqama}
          required
          hint={texts.employeeIqamaHint}
          error={errors.get('iqamaNumber')}
          control={(props) => (
            <input
              {...props}
              type="text"
              inputMode="numeric"
              autocomplete="off"
              maxLength={IQAMA_NUMBER_LENGTH}
              dir="ltr"
              class="iqama-number"
              value={iqamaNumber}
              onInput={(event) => setIqamaNumber(event.currentTarget.value)}
            />
          )}
        />
        <RequestTypeFieldset
          categories={categories}
          value={requestType}
          onChange={setRequestType}
          error={errors.get('category')}
        />
        <DescriptionField value={description} onChange={setDescription} error={errors.get('description')} />
        <button type="submit" disabled={submit.pending} aria-disabled={submit.pending}>
          {submit.pending ? shared.sending : inquiryTexts.submit}
        </button>
      </form>
    </>
  );
};
