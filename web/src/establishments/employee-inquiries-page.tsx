import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { usePageTitle } from '../console/page-title.js';
import { RESIDENT_INQUIRY_TEXTS } from '../inquiries/resident-texts.js';
import { useResource } from '../shared/api/use-resource.js';
import { useConsole } from '../shared/console-context.js';
import { FailureNotice } from '../shared/forms/failure-notice.js';
import { useFormats } from '../shared/i18n/formats.js';
import { useTexts } from '../shared/i18n/language.js';
import { ScrollingTable } from '../shared/scrolling-table.js';
import { SHARED_TEXTS } from '../shared/texts.js';
import { employeeInquiryHref, newEmployeeInquiryHref } from './employee-inquiries.js';
import { EmployeeInquiryStatus } from './employee-inquiry-status.js';
import { employeeHref } from './employees-query.js';
import { ESTABLISHMENT_TEXTS } from './texts.js';
import '../inquiries/inquiries.css';
import './establishments.css';

const COLUMNS = 6;

/**
 * One page of the list, read at its cursor (the first page has none); the last one offers the next.
 * A page may hold fewer rows than asked (inquiries of former employees are left out), even none.
 */
const InquiryRows = ({ cursor, last, onMore }: { cursor?: string; last: boolean; onMore: (next: string) => void }) => {
  const { api } = useConsole();
  const texts = useTexts(ESTABLISHMENT_TEXTS);
  const inquiryTexts = useTexts(RESIDENT_INQUIRY_TEXTS);
  const shared = useTexts(SHARED_TEXTS);
  const formats = useFormats();
  const page = useResource(
    () => api.GET('/v1/establishment/inquiries', { params: { query: cursor ? { cursor } : {} } }),
    [api, cursor],
  );
  const note = (content: ComponentChildren) => (
    <tr>
      <td colSpan={COLUMNS}>{content}</td>
    </tr>
  );
  if (page.loading && !page.data) return note(<span aria-live="polite">{shared.loading}</span>);
  if (page.failure) return note(<FailureNotice failure={page.failure} onReload={page.reload} />);
  const items = page.data?.items ?? [];
  const next = page.data?.nextCursor;
  return (
    <>
      {!cursor && items.length === 0 && !next ? note(texts.noInquiries) : null}
      {items.map((inquiry) => (
        <tr key={inquiry.reference}>
          <th scope="row">
            <a href={employeeInquiryHref(inquiry.reference)} class="reference" dir="ltr">
              {inquiry.reference}
            </a>
          </th>
          <td>
            <a href={employeeHref(inquiry.iqamaNumber)} dir="ltr" class="iqama-number">
              {inquiry.iqamaNumber}
            </a>
          </td>
          <td>
            <EmployeeInquiryStatus status={inquiry.status} />
          </td>
          <td>{inquiry.categoryName}</td>
          <td>
            <time dateTime={inquiry.expectedResponseBy}>{formats.dateTime(inquiry.expectedResponseBy)}</time>
            <span class="hint calendar-other">{formats.hijriDateTime(inquiry.expectedResponseBy)}</span>
          </td>
          <td>
            <time dateTime={inquiry.createdAt}>{formats.dateTime(inquiry.createdAt)}</time>
            <span class="hint calendar-other">{formats.hijriDateTime(inquiry.createdAt)}</span>
          </td>
        </tr>
      ))}
      {last && next
        ? note(
            <button type="button" class="secondary" onClick={() => onMore(next)}>
              {inquiryTexts.more}
            </button>,
          )
        : null}
    </>
  );
};

/** The requests the establishment filed for its employees, the newest first, a page at a time. */
export const EmployeeInquiriesPage = () => {
  const texts = useTexts(ESTABLISHMENT_TEXTS);
  const inquiryTexts = useTexts(RESIDENT_INQUIRY_TEXTS);
  usePageTitle(texts.inquiriesTitle);
  // The cursors of the pages shown after the first: each "more" adds the next.
  const [cursors, setCursors] = useState<string[]>([]);
  return (
    <>
      <h1>{texts.inquiriesTitle}</h1>
      <p>{texts.inquiriesIntro}</p>
      <p>
        <a class="button" href={newEmployeeInquiryHref()}>
          {texts.fileInquiry}
        </a>
      </p>
      <ScrollingTable labelledBy="employee-inquiries-caption">
        <table class="inquiry-table employee-inquiries-table">
          <caption id="employee-inquiries-caption">{texts.inquiriesCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{inquiryTexts.reference}</th>
              <th scope="col">{texts.employeeIqama}</th>
              <th scope="col">{inquiryTexts.status}</th>
              <th scope="col">{inquiryTexts.type}</th>
              <th scope="col">{inquiryTexts.dueBy}</th>
              <th scope="col">{inquiryTexts.filedOn}</th>
            </tr>
          </thead>
          <tbody>
            {[undefined, ...cursors].map((cursor, index) => (
              <InquiryRows
                key={cursor ?? 'first'}
                cursor={cursor}
                last={index === cursors.length}
                onMore={(next) => setCursors((known) => (index === known.length ? [...known, next] : known))}
              />
            ))}
          </tbody>
        </table>
      </ScrollingTable>
    </>
  );
};
