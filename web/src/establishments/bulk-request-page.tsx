import { useEffect, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { usePageTitle } from '../console/page-title.js';
import type { Schema } from '../shared/api/api-client.js';
import { useResource } from '../shared/api/use-resource.js';
import { useConsole } from '../shared/console-context.js';
import { FailureNotice } from '../shared/forms/failure-notice.js';
import { useFormats } from '../shared/i18n/formats.js';
import { useTexts } from '../shared/i18n/language.js';
import { ScrollingTable } from '../shared/scrolling-table.js';
import { SHARED_TEXTS } from '../shared/texts.js';
import { BULK_HREF, isNotYourBulkRequest, isPassingFailure, isSettled, POLL_MS } from './bulk-files.js';
import { BULK_TEXTS } from './bulk-texts.js';
import { employeeInquiryHref } from './employee-inquiries.js';
import { employeeHref } from './employees-query.js';
import { ESTABLISHMENT_TEXTS } from './texts.js';
import './establishments.css';

type Report = Schema<'BulkReport'>;

/** The applied lines shown before "show all": a long file's list waits to be asked for. */
const RESULTS_SHOWN = 100;

/** How far the lines are: a bar for the eye, its value for assistive technology in the user's digits. */
const ProgressBar = ({ progress }: { progress: number }) => {
  const texts = useTexts(BULK_TEXTS);
  const formats = useFormats();
  return (
    <div class="bulk-progress">
      <span id="bulk-progress-label">{texts.progress}</span>
      <div
        class="bulk-progress-track"
        role="progressbar"
        aria-labelledby="bulk-progress-label"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={progress}
        aria-valuetext={formats.percent(progress / 100)}
      >
        {/* Set through the CSSOM, which the page's policy allows; a style attribute it would refuse. */}
        <div class="bulk-progress-bar" style={{ inlineSize: `${progress}%` }} />
      </div>
      <span aria-hidden="true">{formats.percent(progress / 100)}</span>
    </div>
  );
};

const Counts = ({ report }: { report: Report }) => {
  const texts = useTexts(BULK_TEXTS);
  const formats = useFormats();
  const counts = [
    ['lines', report.lines],
    ['succeeded', report.succeeded],
    ['repeated', report.repeated],
    ['failed', report.failed],
  ] as const;
  return (
    <dl class="bulk-counts">
      {counts.map(([name, value]) => (
        <div key={name} class={name === 'failed' && value ? `bulk-count-${name} bulk-count-bad` : `bulk-count-${name}`}>
          <dt>{texts[name]}</dt>
          <dd>{value === undefined ? '—' : formats.number(value)}</dd>
        </div>
      ))}
    </dl>
  );
};

const Rejection = ({ rejection }: { rejection: NonNullable<Report['rejection']> }) => {
  const texts = useTexts(BULK_TEXTS);
  const formats = useFormats();
  return (
    <div class="notice notice-error bulk-rejection" role="alert">
      <p class="notice-title">{texts.rejected}</p>
      <p>{rejection.detail}</p>
      {rejection.line !== undefined || rejection.column ? (
        <p>
          {rejection.line !== undefined ? texts.rejectedAt(formats.number(rejection.line)) : null}
          {rejection.line !== undefined && rejection.column ? texts.listSeparator : null}
          {rejection.column ? (
            <>
              {texts.rejectedColumn} <code dir="ltr">{rejection.column}</code>
            </>
          ) : null}
        </p>
      ) : null}
    </div>
  );
};

const ErrorsTable = ({ errors, notListed = 0 }: { errors: Report['errors']; notListed?: number }) => {
  const texts = useTexts(BULK_TEXTS);
  const formats = useFormats();
  return (
    <section aria-labelledby="bulk-errors-heading">
      <h2 id="bulk-errors-heading">{texts.errorsTitle}</h2>
      {errors.length === 0 ? (
        <p>{texts.noErrors}</p>
      ) : (
        <ScrollingTable labelledBy="bulk-errors-heading">
          <table class="bulk-errors">
            <thead>
              <tr>
                <th scope="col">{texts.line}</th>
                <th scope="col">{texts.field}</th>
                <th scope="col">{texts.reason}</th>
              </tr>
            </thead>
            <tbody>
              {errors.map((error, index) => (
                <tr key={`${error.line}-${error.field}-${index}`}>
                  <th scope="row">{formats.number(error.line)}</th>
                  <td>{error.field ? <code dir="ltr">{error.field}</code> : texts.wholeLine}</td>
                  <td>{error.detail}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollingTable>
      )}
      {/* The API lists the first 1,000 refused fields only, so that no answer outgrows its limit. */}
      {notListed > 0 ? <p class="notice">{texts.errorsNotListed(formats.number(notListed))}</p> : null}
    </section>
  );
};

const ResultsTable = ({ report }: { report: Report }) => {
  const texts = useTexts(BULK_TEXTS);
  const establishmentTexts = useTexts(ESTABLISHMENT_TEXTS);
  const formats = useFormats();
  const [all, setAll] = useState(false);
  const inquiries = report.kind === 'INQUIRIES';
  const shown = all ? report.results : report.results.slice(0, RESULTS_SHOWN);
  return (
    <section aria-labelledby="bulk-results-heading">
      <h2 id="bulk-results-heading">{texts.resultsTitle}</h2>
      {report.results.length === 0 ? (
        <p>{texts.noResults}</p>
      ) : (
        <ScrollingTable labelledBy="bulk-results-heading">
          <table class="bulk-results">
            <thead>
              <tr>
                <th scope="col">{texts.line}</th>
                <th scope="col">{establishmentTexts.iqamaNumber}</th>
                {inquiries ? <th scope="col">{texts.inquiry}</th> : null}
                <th scope="col">{texts.outcome}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((result) => (
                <tr key={result.line}>
                  <th scope="row">{formats.number(result.line)}</th>
                  <td>
                    <a href={employeeHref(result.iqamaNumber)} dir="ltr" class="iqama-number">
                      {result.iqamaNumber}
                    </a>
                  </td>
                  {inquiries ? (
                    <td>
                      {result.reference ? (
                        <a href={employeeInquiryHref(result.reference)} dir="ltr" class="reference">
                          {result.reference}
                        </a>
                      ) : (
                        '—'
                      )}
                    </td>
                  ) : null}
                  <td>{result.repeated ? texts.appliedBefore : texts.appliedNow}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollingTable>
      )}
      {shown.length < report.results.length ? (
        <button type="button" class="secondary" onClick={() => setAll(true)}>
          {texts.showAll(formats.number(report.results.length))}
        </button>
      ) : null}
    </section>
  );
};

/**
 * One bulk request, followed: asked for again every second while its lines are applied, its
 * progress shown, then its report — the counts, each refused line with the API's reason, or why
 * the whole file was refused, and each line applied. Another establishment's reads as a missing one.
 */
export const BulkRequestPage = () => {
  const bulkRequestId = useRoute().params.bulkRequestId ?? '';
  const { api } = useConsole();
  const texts = useTexts(BULK_TEXTS);
  const shared = useTexts(SHARED_TEXTS);
  const formats = useFormats();
  const report = useResource(
    () => api.GET('/v1/establishment/bulk-requests/{bulkRequestId}', { params: { path: { bulkRequestId } } }),
    [api, bulkRequestId],
  );
  const notFound = isNotYourBulkRequest(report.failure);
  const detail = report.data;
  const following = detail ? !isSettled(detail.status) : report.failure ? isPassingFailure(report.failure) : false;
  const { loading, reload } = report;
  useEffect(() => {
    if (!following || loading) return;
    const timer = setTimeout(reload, POLL_MS);
    return () => clearTimeout(timer);
  }, [following, loading, detail, report.failure]);
  usePageTitle(notFound ? texts.notFound : detail ? `${texts.requestTitle} ${detail.fileName}` : texts.requestTitle);
  const back = (
    <p>
      <a href={BULK_HREF}>{texts.uploadAnother}</a>
    </p>
  );
  if (notFound)
    return (
      <>
        <h1>{texts.notFound}</h1>
        <p>{texts.notFoundDetail}</p>
        {back}
      </>
    );
  return (
    <>
      <h1>
        {texts.requestTitle}
        {detail ? (
          <>
            {' '}
            <span class="file-name">{detail.fileName}</span>
          </>
        ) : null}
      </h1>
      {back}
      <FailureNotice failure={report.failure} />
      {!detail && report.loading ? <p aria-live="polite">{shared.loading}</p> : null}
      {detail ? (
        <>
          <section aria-labelledby="bulk-report-heading">
            <h2 id="bulk-report-heading">{texts.report}</h2>
            <dl class="bulk-facts">
              <div>
                <dt>{texts.kind}</dt>
                <dd>{texts.kinds[detail.kind]}</dd>
              </div>
              <div>
                <dt>{texts.uploadedOn}</dt>
                <dd>
                  <time dateTime={detail.createdAt}>{formats.dateTime(detail.createdAt)}</time>
                </dd>
              </div>
            </dl>
            <p aria-live="polite" class="bulk-status">
              {texts.status[detail.status]}
            </p>
            {detail.status === 'REJECTED' ? null : <ProgressBar progress={detail.progress} />}
            {detail.rejection ? <Rejection rejection={detail.rejection} /> : null}
            <Counts report={detail} />
          </section>
          {detail.status === 'DONE' ? (
            <>
              <ErrorsTable errors={detail.errors} notListed={detail.errorsNotListed} />
              <ResultsTable report={detail} />
            </>
          ) : null}
        </>
      ) : null}
    </>
  );
};
