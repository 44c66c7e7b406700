import { useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { AttachmentList } from '../attachments/attachment-list.js';
import { UPLOAD_TEXTS } from '../attachments/upload-texts.js';
import { usePageTitle } from '../console/page-title.js';
import { useResource } from '../shared/api/use-resource.js';
import { useConsole } from '../shared/console-context.js';
import { FailureNotice } from '../shared/forms/failure-notice.js';
import { useFormats } from '../shared/i18n/formats.js';
import { useTexts } from '../shared/i18n/language.js';
import { SHARED_TEXTS } from '../shared/texts.js';
import { FromTheReviewer, InquiryDetails } from './inquiry-details.js';
import { InquiryNotifications } from './inquiry-notifications.js';
import { InquiryTimeline } from './inquiry-timeline.js';
import { RatingForm } from './rating-form.js';
import { residentActions } from './resident-actions.js';
import { ResidentAnswerForm } from './resident-answer-form.js';
import { RESIDENT_INQUIRY_TEXTS } from './resident-texts.js';
import './inquiries.css';

/** Answers that mean "no request of yours has this number": another resident's is told the same as a missing one. */
const NOT_FOUND = [400, 403, 404];

/**
 * One of the resident's requests: where it stands, its history, the reviewer's note, and the one
 * thing it asks of the resident now (a reply, an appeal, a rating), then its attachments.
 */
export const InquiryPage = () => {
  const reference = useRoute().params.reference ?? '';
  const { api } = useConsole();
  const texts = useTexts(RESIDENT_INQUIRY_TEXTS);
  const shared = useTexts(SHARED_TEXTS);
  const uploadTexts = useTexts(UPLOAD_TEXTS);
  const formats = useFormats();
  const [done, setDone] = useState<string>();
  const inquiry = useResource(
    () => api.GET('/v1/inquiries/{reference}', { params: { path: { reference } } }),
    [api, reference],
  );
  const attachments = useResource(
    () => api.GET('/v1/inquiries/{reference}/attachments', { params: { path: { reference } } }),
    [api, reference],
  );
  const notFound = inquiry.failure && NOT_FOUND.includes(inquiry.failure.status);
  usePageTitle(notFound ? texts.notFound : `${texts.requestTitle} ${reference}`);
  if (notFound)
    return (
      <>
        <h1>{texts.notFound}</h1>
        <p>{texts.notFoundDetail}</p>
        <p>
          <a href="/inquiries">{texts.backToList}</a>
        </p>
      </>
    );
  const detail = inquiry.data;
  const reload = () => {
    inquiry.reload();
    attachments.reload();
  };
  const sent = (message: string) => () => {
    setDone(message);
    reload();
  };
  const actions = detail ? residentActions(detail, new Date()) : undefined;
  return (
    <>
      <h1>
        {texts.requestTitle}{' '}
        <span dir="ltr" class="reference">
          {reference}
        </span>
      </h1>
      {done ? (
        <p class="notice" role="status">
          {done}
        </p>
      ) : null}
      {inquiry.failure ? <FailureNotice failure={inquiry.failure} /> : null}
      {!detail && inquiry.loading ? <p>{shared.loading}</p> : null}
      {detail ? (
        <>
          <InquiryDetails inquiry={detail} />
          <FromTheReviewer inquiry={detail} />
          {actions?.reply ? (
            <ResidentAnswerForm kind="reply" reference={reference} onSent={sent(texts.replied)} onReload={reload} />
          ) : null}
          {actions?.appeal && detail.appealDueBy ? (
            <>
              <p>{texts.appealWithin(formats.dateTime(detail.appealDueBy))}</p>
              <ResidentAnswerForm kind="appeal" reference={reference} onSent={sent(texts.appealed)} onReload={reload} />
            </>
          ) : null}
          {actions?.rate ? <RatingForm reference={reference} onSent={sent(texts.rated)} /> : null}
          {detail.rating ? <p class="notice">{texts.yourRating(formats.number(detail.rating.score))}</p> : null}
          {detail.closeReason === 'NO_RESPONSE' ? <p class="notice">{texts.closedNoResponse}</p> : null}
          <InquiryTimeline entries={detail.timeline} />
          <InquiryNotifications notifications={detail.notifications ?? []} />
          <section aria-labelledby="attachments-heading">
            <h2 id="attachments-heading">{uploadTexts.attachments}</h2>
            {attachments.failure ? <FailureNotice failure={attachments.failure} /> : null}
            {attachments.data ? <AttachmentList items={attachments.data.items} /> : null}
          </section>
        </>
      ) : null}
    </>
  );
};
