import type { ComponentChildren, ComponentType } from 'preact';
import type { Schema } from '../shared/api/api-client.js';
import { useFormats } from '../shared/i18n/formats.js';
import { useTexts } from '../shared/i18n/language.js';
import { FiledBy } from './filed-by.js';
import { InquiryStatus } from './inquiry-status.js';
import { RESIDENT_INQUIRY_TEXTS } from './resident-texts.js';
import { latestReviewerNote } from './reviewer-note.js';
import './inquiries.css';

type Status = Schema<'InquiryDetail'>['status'];

/** An instant in both calendars, Gregorian first. */
export const BothCalendars = ({ instant }: { instant: string }) => {
  const formats = useFormats();
  return (
    <>
      <time dateTime={instant}>{formats.dateTime(instant)}</time>
      <span class="hint calendar-other">{formats.hijriDateTime(instant)}</span>
    </>
  );
};

interface DetailsProps {
  inquiry: Schema<'InquiryDetail'>;
  /** How the reader names a status: the resident's words unless the page gives its own. */
  Status?: ComponentType<{ status: Status }>;
  /** Rows the page adds first (an establishment's: the employee). */
  children?: ComponentChildren;
}

/** Where an inquiry stands, what it is, who filed it and when, when an answer is due, and its description. */
export const InquiryDetails = ({ inquiry, Status = InquiryStatus, children }: DetailsProps) => {
  const texts = useTexts(RESIDENT_INQUIRY_TEXTS);
  return (
    <section aria-labelledby="details-heading">
      <h2 id="details-heading">{texts.details}</h2>
      <dl class="details">
        {children}
        <div>
          <dt>{texts.status}</dt>
          <dd>
            <Status status={inquiry.status} />
          </dd>
        </div>
        <div>
          <dt>{texts.type}</dt>
          <dd>{inquiry.categoryName}</dd>
        </div>
        <div>
          <dt>{texts.sectionName}</dt>
          <dd>{inquiry.sectionName}</dd>
        </div>
        <div>
          <dt>{texts.filedOn}</dt>
          <dd>
            <BothCalendars instant={inquiry.createdAt} />
            <FiledBy submittedBy={inquiry.submittedBy} />
          </dd>
        </div>
        <div>
          <dt>{texts.dueBy}</dt>
          <dd>
            <BothCalendars instant={inquiry.expectedResponseBy} />
          </dd>
        </div>
        {inquiry.typicalResponseBy ? (
          <div>
            <dt>{texts.typicalBy}</dt>
            <dd>
              <BothCalendars instant={inquiry.typicalResponseBy} />
            </dd>
          </div>
        ) : null}
        {inquiry.closedAt ? (
          <div>
            <dt>{texts.closedOn}</dt>
            <dd>
              <BothCalendars instant={inquiry.closedAt} />
            </dd>
          </div>
        ) : null}
      </dl>
      <h3>{texts.yourDescription}</h3>
      <p class="description" dir="auto">
        {inquiry.description}
      </p>
    </section>
  );
};

/** The reviewer's latest note, and while information is awaited, what was asked for and until when. */
export const FromTheReviewer = ({ inquiry }: { inquiry: Schema<'InquiryDetail'> }) => {
  const texts = useTexts(RESIDENT_INQUIRY_TEXTS);
  const note = latestReviewerNote(inquiry.timeline);
  const documents = inquiry.status === 'NEEDS_INFO' ? (inquiry.requestedDocuments ?? []) : [];
  if (!note && documents.length === 0) return null;
  return (
    <section aria-labelledby="reviewer-heading" class="from-reviewer">
      <h2 id="reviewer-heading">{texts.reviewerNote}</h2>
      {note ? (
        <p class="description" dir="auto">
          {note}
        </p>
      ) : null}
      {documents.length > 0 ? (
        <>
          <h3>{texts.requestedDocuments}</h3>
          <ul>
            {documents.map((document) => (
              <li key={document} dir="auto">
                {document}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {inquiry.status === 'NEEDS_INFO' && inquiry.replyDueBy ? (
        <p>
          <strong>{texts.replyDueBy}: </strong>
          <BothCalendars instant={inquiry.replyDueBy} />
        </p>
      ) : null}
    </section>
  );
};
