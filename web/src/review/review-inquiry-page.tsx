import { useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { AttachmentViewer } from '../attachments/attachment-viewer.js';
import { usePageTitle } from '../console/page-title.js';
import { FiledBy } from '../inquiries/filed-by.js';
import { InquiryNotifications } from '../inquiries/inquiry-notifications.js';
import { InquiryTimeline } from '../inquiries/inquiry-timeline.js';
import type { Schema } from '../shared/api/api-client.js';
import { useResource } from '../shared/api/use-resource.js';
import { useConsole } from '../shared/console-context.js';
import { FailureNotice } from '../shared/forms/failure-notice.js';
import { useFormats } from '../shared/i18n/formats.js';
import { useTexts } from '../shared/i18n/language.js';
import { SHARED_TEXTS } from '../shared/texts.js';
import { DecisionForm } from './decision-form.js';
import { decisionsOpenTo } from './decision-request.js';
import { ReviewStatus } from './review-status.js';
import { useReviewerId } from './signed-in-reviewer.js';
import { REVIEW_TEXTS } from './texts.js';
import '../shared/visually-hidden.css';
import './review.css';

type Inquiry = Schema<'ReviewerInquiry'>;

/** A moment in Riyadh in both calendars. */
const When = ({ at }: { at: string }) => {
  const formats = useFormats();
  return (
    <>
      <time dateTime={at}>{formats.dateTime(at)}</time> <span class="hint">({formats.hijriDateTime(at)})</span>
    </>
  );
};

/**
 * While the resident is asked for information, when their reply is due — or, when the request has
 * not reached them, that it has not, since no date runs until it does.
 */
const ReplyDue = ({ inquiry }: { inquiry: Inquiry }) => {
  const texts = useTexts(REVIEW_TEXTS);
  const request = inquiry.replyRequest;
  if (request && !request.reached) {
    return (
      <>
        <dt>{texts.replyDueBy}</dt>
        <dd>
          <p class="notice notice-warning">{texts.replyRequestUnreached}</p>
        </dd>
      </>
    );
  }
  const dueBy = request?.replyDueBy ?? inquiry.replyDueBy;
  if (!dueBy) return null;
  return (
    <>
      <dt>{texts.replyDueBy}</dt>
      <dd>
        <When at={dueBy} />
      </dd>
      {request?.reachedAt ? (
        <>
          <dt>{texts.replyRequestReachedAt}</dt>
          <dd>
            <When at={request.reachedAt} />
          </dd>
        </>
      ) : null}
    </>
  );
};

const Details = ({ inquiry }: { inquiry: Inquiry }) => {
  const texts = useTexts(REVIEW_TEXTS);
  const formats = useFormats();
  return (
    <section aria-labelledby="details-heading">
      <h2 id="details-heading">{texts.details}</h2>
      <dl class="details">
        <dt>{texts.state}</dt>
        <dd>
          <ReviewStatus status={inquiry.status} />{' '}
          {inquiry.escalated ? <span class="badge badge-warning">{texts.escalated}</span> : null}
        </dd>
        <dt>{texts.section}</dt>
        <dd>{inquiry.sectionName}</dd>
        <dt>{texts.requestType}</dt>
        <dd>{inquiry.categoryName}</dd>
        <dt>{texts.submitted}</dt>
        <dd>
          <When at={inquiry.createdAt} />
          <FiledBy submittedBy={inquiry.submittedBy} />
        </dd>
        <dt>{texts.dueBy}</dt>
        <dd>
          <When at={inquiry.expectedResponseBy} />{' '}
          {inquiry.escalated ? <span class="badge badge-danger">{texts.overdue}</span> : null}
        </dd>
        {inquiry.typicalResponseBy ? (
          <>
            <dt>{texts.typicalBy}</dt>
            <dd>
              <When at={inquiry.typicalResponseBy} />
            </dd>
          </>
        ) : null}
        <ReplyDue inquiry={inquiry} />
        {inquiry.appealDueBy ? (
          <>
            <dt>{texts.appealDueBy}</dt>
            <dd>
              <When at={inquiry.appealDueBy} />
            </dd>
          </>
        ) : null}
        {inquiry.closedAt ? (
          <>
            <dt>{texts.closedAt}</dt>
            <dd>
              <When at={inquiry.closedAt} />
            </dd>
          </>
        ) : null}
      </dl>
      <h3>{texts.description}</h3>
      <p class="description" dir="auto">
        {inquiry.description}
      </p>
      {inquiry.requestedDocuments?.length ? (
        <>
          <h3>{texts.requestedDocuments}</h3>
          <ul>
            {inquiry.requestedDocuments.map((document) => (
              <li key={document}>{document}</li>
            ))}
          </ul>
        </>
      ) : null}
      {inquiry.rating ? <p>{texts.rating(formats.number(inquiry.rating.score))}</p> : null}
    </section>
  );
};

const InternalNotes = ({ inquiry, reviewerId }: { inquiry: Inquiry; reviewerId: string | undefined }) => {
  const texts = useTexts(REVIEW_TEXTS);
  return (
    <section aria-labelledby="internal-notes-heading">
      <h2 id="internal-notes-heading">{texts.internalNotes}</h2>
      {inquiry.internalNotes.length === 0 ? (
        <p>{texts.noInternalNotes}</p>
      ) : (
        <ol class="internal-notes">
          {inquiry.internalNotes.map((note, index) => (
            <li key={`${note.at}-${index}`}>
              <p class="hint">
                <When at={note.at} /> ·{' '}
                {note.reviewerId === reviewerId ? texts.byYou : <bdi>{texts.byReviewer(note.reviewerId)}</bdi>}
              </p>
              <p class="description" dir="auto">
                {note.note}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
};

/**
 * The second-reviewer rule, said where it applies: an appeal is decided by a reviewer other than
 * the one who rejected, and the one who did is told why the decision is not theirs.
 */
const AppealNotice = ({ inquiry, reviewerId }: { inquiry: Inquiry; reviewerId: string | undefined }) => {
  const texts = useTexts(REVIEW_TEXTS);
  if (inquiry.status !== 'APPEALED') return null;
  const yours = reviewerId !== undefined && reviewerId === inquiry.rejectedBy;
  return (
    <div class={yours ? 'notice notice-warning' : 'notice'} role={yours ? 'status' : undefined} id="appeal-rule">
      <p class="notice-title">{texts.appealHeading}</p>
      <p>{texts.appealExplained}</p>
      {yours ? <p>{texts.appealYouRejected}</p> : <p>{texts.appealNoRequestInfo}</p>}
    </div>
  );
};

/** One inquiry of the reviewer's section: its details, history, files, internal notes and the decision on it. */
export const ReviewInquiryPage = () => {
  const texts = useTexts(REVIEW_TEXTS);
  const shared = useTexts(SHARED_TEXTS);
  const { api } = useConsole();
  const reference = useRoute().params.reference ?? '';
  const reviewerId = useReviewerId();
  const [decided, setDecided] = useState(false);
  usePageTitle(texts.inquiryTitle(reference));
  const inquiry = useResource(
    () => api.GET('/v1/review/inquiries/{reference}', { params: { path: { reference } } }),
    [reference],
  );
  const data = inquiry.data;
  const choices = data ? decisionsOpenTo(data, reviewerId) : [];
  return (
    <>
      <p>
        <a href="/review">{texts.backToQueue}</a>
      </p>
      <h1>
        {texts.inquiry}{' '}
        <bdi class="reference" dir="ltr">
          {reference}
        </bdi>
      </h1>
      <FailureNotice failure={inquiry.failure} />
      {inquiry.loading && !data ? <p aria-live="polite">{shared.loading}</p> : null}
      {decided ? (
        <p class="notice" role="status">
          {texts.decided}
        </p>
      ) : null}
      {data ? (
        <div class="review-inquiry">
          <div class="review-main">
            <Details inquiry={data} />
            <AttachmentViewer reference={reference} />
            <InquiryTimeline entries={data.timeline} Status={ReviewStatus} />
            <InquiryNotifications notifications={data.notifications ?? []} />
          </div>
          <div class="review-side">
            <InternalNotes inquiry={data} reviewerId={reviewerId} />
            <AppealNotice inquiry={data} reviewerId={reviewerId} />
            {choices.length > 0 ? (
              <DecisionForm
                key={`${data.status}-${data.updatedAt}`}
                reference={reference}
                choices={choices}
                onDecided={() => {
                  setDecided(true);
                  inquiry.reload();
                }}
                onReload={inquiry.reload}
              />
            ) : data.status !== 'APPEALED' && reviewerId !== undefined ? (
              <p class="notice">{texts.notDecidable}</p>
            ) : null}
          </div>
        </div>
      ) : null}
    </>
  );
};
