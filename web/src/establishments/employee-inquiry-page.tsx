import { useRoute } from 'preact-iso';
import { usePageTitle } from '../console/page-title.js';
import { FromTheReviewer, InquiryDetails } from '../inquiries/inquiry-details.js';
import { InquiryNotifications } from '../inquiries/inquiry-notifications.js';
import { InquiryTimeline } from '../inquiries/inquiry-timeline.js';
import { useResource } from '../shared/api/use-resource.js';
import { useConsole } from '../shared/console-context.js';
import { FailureNotice } from '../shared/forms/failure-notice.js';
import { useTexts } from '../shared/i18n/language.js';
import { SHARED_TEXTS } from '../shared/texts.js';
import { EMPLOYEE_INQUIRIES_HREF, isNotYourInquiry } from './employee-inquiries.js';
import { EmployeeInquiryStatus } from './employee-inquiry-status.js';
import { employeeHref } from './employees-query.js';
import { ESTABLISHMENT_TEXTS } from './texts.js';
import '../inquiries/inquiries.css';
import './establishments.css';

/**
 * One request the establishment filed for an employee, read-only: where it stands, when an answer
 * is due, the reviewer's note and the documents asked for, and its history. One the employee filed
 * themselves, another establishment's, or one of a former employee reads as a missing one.
 */
export const EmployeeInquiryPage = () => {
  const reference = useRoute().params.reference ?? '';
  const { api } = useConsole();
  const texts = useTexts(ESTABLISHMENT_TEXTS);
  const shared = useTexts(SHARED_TEXTS);
  const inquiry = useResource(
    () => api.GET('/v1/establishment/inquiries/{reference}', { params: { path: { reference } } }),
    [api, reference],
  );
  const notFound = isNotYourInquiry(inquiry.failure);
  usePageTitle(notFound ? texts.inquiryNotFound : `${texts.inquiryTitle} ${reference}`);
  const back = (
    <p>
      <a href={EMPLOYEE_INQUIRIES_HREF}>{texts.backToInquiries}</a>
    </p>
  );
  if (notFound)
    return (
      <>
        <h1>{texts.inquiryNotFound}</h1>
        <p>{texts.inquiryNotFoundDetail}</p>
        {back}
      </>
    );
  const detail = inquiry.data;
  return (
    <>
      <h1>
        {texts.inquiryTitle}{' '}
        <span dir="ltr" class="reference">
          {reference}
        </span>
      </h1>
      {back}
      <FailureNotice failure={inquiry.failure} onReload={inquiry.reload} />
      {!detail && inquiry.loading ? <p aria-live="polite">{shared.loading}</p> : null}
      {detail ? (
        <>
          <InquiryDetails inquiry={detail} Status={EmployeeInquiryStatus}>
            <div>
              <dt>{texts.employee}</dt>
              <dd>
                <a href={employeeHref(detail.iqamaNumber)} dir="ltr" class="iqama-number">
                  {detail.iqamaNumber}
                </a>
              </dd>
            </div>
          </InquiryDetails>
          <FromTheReviewer inquiry={detail} />
          <InquiryTimeline entries={detail.timeline} Status={EmployeeInquiryStatus} />
          <InquiryNotifications notifications={detail.notifications ?? []} />
        </>
      ) : null}
    </>
  );
};
