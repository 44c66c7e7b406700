import { useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { usePageTitle } from '../console/page-title.js';
import type { Schema } from '../shared/api/api-client.js';
import { fieldErrors } from '../shared/api/problem.js';
import { useMutation } from '../shared/api/use-mutation.js';
import { useResource } from '../shared/api/use-resource.js';
import { useConsole } from '../shared/console-context.js';
import { BothCalendarsDay, DaysLeftAndStatus, MaskedNumber } from '../shared/documents/document-cells.js';
import { DOCUMENT_TEXTS } from '../shared/documents/document-texts.js';
import { NO_PASSPORT, PASSPORT_FIELDS, PassportFields } from '../shared/documents/passport-fields.js';
import { FailureNotice } from '../shared/forms/failure-notice.js';
import { useFormats } from '../shared/i18n/formats.js';
import { useTexts } from '../shared/i18n/language.js';
import { ScrollingTable } from '../shared/scrolling-table.js';
import { SHARED_TEXTS } from '../shared/texts.js';
import { newEmployeeInquiryHref } from './employee-inquiries.js';
import { isNotYourEmployee } from './employees-query.js';
import { ESTABLISHMENT_TEXTS } from './texts.js';
import './establishments.css';

const DocumentsTable = ({ documents }: { documents: readonly Schema<'EmployeeDocument'>[] }) => {
  const texts = useTexts(ESTABLISHMENT_TEXTS);
  const documentTexts = useTexts(DOCUMENT_TEXTS);
  if (documents.length === 0) return <p>{texts.noDocuments}</p>;
  return (
    <ScrollingTable labelledBy="employee-documents-heading">
      <table>
        <thead>
          <tr>
            <th scope="col">{documentTexts.type}</th>
            <th scope="col">{documentTexts.number}</th>
            <th scope="col">{texts.issuedOn}</th>
            <th scope="col">{documentTexts.expiresOn}</th>
            <th scope="col">{documentTexts.daysLeft}</th>
          </tr>
        </thead>
        <tbody>
          {documents.map((document) => (
            <tr
              key={document.documentId}
              class={document.status === 'VALID' ? undefined : `document-${document.status.toLowerCase()}`}
            >
              <th scope="row">{documentTexts.documentType[document.type]}</th>
              <td>
                <MaskedNumber number={document.number} />
              </td>
              <td>{document.issuedOn ? <BothCalendarsDay date={document.issuedOn} /> : '—'}</td>
              <td>
                <BothCalendarsDay date={document.expiresOn} />
              </td>
              <td>
                <DaysLeftAndStatus daysLeft={document.daysLeft} status={document.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollingTable>
  );
};

/** The renewed passport of the employee: each field the API refuses is told beside it, in the user's language. */
const EmployeePassportForm = ({ iqamaNumber, onSaved }: { iqamaNumber: string; onSaved: () => void }) => {
  const { api } = useConsole();
  const texts = useTexts(ESTABLISHMENT_TEXTS);
  const shared = useTexts(SHARED_TEXTS);
  const formats = useFormats();
  const [passport, setPassport] = useState(NO_PASSPORT);
  const [saved, setSaved] = useState<Schema<'EmployeeDocument'>>();
  const update = useMutation((key) =>
    api.PUT('/v1/establishment/employees/{iqamaNumber}/passport', {
      params: { path: { iqamaNumber }, header: { 'Idempotency-Key': key } },
      body: passport,
    }),
  );
  const send = async (event: Event) => {
    event.preventDefault();
    setSaved(undefined);
    const document = await update.run();
    if (document) {
      setSaved(document);
      onSaved();
    }
  };
  return (
    <section aria-labelledby="employee-passport-heading">
      <h2 id="employee-passport-heading">{texts.passportTitle}</h2>
      <p>{texts.passportIntro}</p>
      {saved ? (
        <p class="notice" role="status">
          {texts.passportSaved(`${formats.day(saved.expiresOn)} (${formats.hijriDay(saved.expiresOn)})`)}
        </p>
      ) : null}
      <form class="card" onSubmit={send} noValidate>
        <FailureNotice failure={update.failure} fields={PASSPORT_FIELDS} />
        <PassportFields values={passport} onChange={setPassport} errors={fieldErrors(update.failure)} />
        <button type="submit" disabled={update.pending}>
          {update.pending ? shared.sending : texts.savePassport}
        </button>
      </form>
    </section>
  );
};

/**
 * One employee of the establishment: their own documents, and their renewed passport. Anyone who is
 * not the establishment's employee reads as a number nobody has.
 */
export const EmployeePage = () => {
  const { api } = useConsole();
  const texts = useTexts(ESTABLISHMENT_TEXTS);
  const shared = useTexts(SHARED_TEXTS);
  const iqamaNumber = useRoute().params.iqamaNumber ?? '';
  const employee = useResource(
    () => api.GET('/v1/establishment/employees/{iqamaNumber}', { params: { path: { iqamaNumber } } }),
    [api, iqamaNumber],
  );
  const notFound = isNotYourEmployee(employee.failure);
  usePageTitle(notFound ? texts.notFound : `${texts.employeeTitle} ${iqamaNumber}`);
  if (notFound)
    return (
      <>
        <h1>{texts.notFound}</h1>
        <p>{texts.notFoundDetail}</p>
        <p>
          <a href="/establishment/employees">{texts.backToList}</a>
        </p>
      </>
    );
  return (
    <>
      <h1>
        {texts.employeeTitle}{' '}
        <span dir="ltr" class="iqama-number">
          {iqamaNumber}
        </span>
      </h1>
      <p>
        <a href="/establishment/employees">{texts.backToList}</a>
      </p>
      <FailureNotice failure={employee.failure} onReload={employee.reload} />
      {employee.data ? (
        <p>
          <a class="button" href={newEmployeeInquiryHref(employee.data.iqamaNumber)}>
            {texts.fileForEmployee}
          </a>
        </p>
      ) : null}
      {employee.loading && !employee.data ? <p aria-live="polite">{shared.loading}</p> : null}
      {employee.data ? (
        <>
          <section aria-labelledby="employee-documents-heading" class="card">
            <h2 id="employee-documents-heading">{texts.employeeDocuments}</h2>
            <DocumentsTable documents={employee.data.documents} />
          </section>
          <EmployeePassportForm iqamaNumber={employee.data.iqamaNumber} onSaved={employee.reload} />
        </>
      ) : null}
    </>
  );
};
