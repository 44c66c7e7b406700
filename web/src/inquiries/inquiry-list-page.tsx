import { useState } from 'preact/hooks';
import { usePageTitle } from '../console/page-title.js';
import type { Schema } from '../shared/api/api-client.js';
import { useResource } from '../shared/api/use-resource.js';
import { useConsole } from '../shared/console-context.js';
import { FailureNotice } from '../shared/forms/failure-notice.js';
import { useFormats } from '../shared/i18n/formats.js';
import { useTexts } from '../shared/i18n/language.js';
import { ScrollingTable } from '../shared/scrolling-table.js';
import { SHARED_TEXTS } from '../shared/texts.js';
import { FiledBy } from './filed-by.js';
import { InquiryStatus } from './inquiry-status.js';
import { RESIDENT_INQUIRY_TEXTS } from './resident-texts.js';
import '../shared/visually-hidden.css';
import './inquiries.css';

type Summary = Schema<'InquirySummary'>;

/** One page of the list, read at its cursor (the first page has none). */
const InquiryRows = ({ cursor, last, onMore }: { cursor?: string; last: boolean; onMore: (next: string) => void }) => {
  const { api } = useConsole();
  const texts = useTexts(RESIDENT_INQUIRY_TEXTS);
  const shared = useTexts(SHARED_TEXTS);
  const formats = useFormats();
  const page = useResource(
    () => api.GET('/v1/inquiries', { params: { query: cursor ? { cursor } : {} } }),
    [api, cursor],
  );
  if (page.loading && !page.data)
    return (
      <tr>
        <td colSpan={5}>{shared.loading}</td>
      </tr>
    );
  if (page.failure)
    return (
      <tr>
        <td colSpan={5}>
          <FailureNotice failure={page.failure} />
        </td>
      </tr>
    );
  const items: readonly Summary[] = page.data?.items ?? [];
  if (!cursor && items.length === 0)
    return (
      <tr>
        <td colSpan={5}>{texts.listEmpty}</td>
      </tr>
    );
  return (
    <>
      {items.map((inquiry) => (
        <tr key={inquiry.reference}>
          <th scope="row">
            <a href={`/inquiries/${inquiry.reference}`} class="reference" dir="ltr">
              {inquiry.reference}
            </a>
          </th>
          <td>
            <InquiryStatus status={inquiry.status} />
          </td>
          <td>
            <time dateTime={inquiry.expectedResponseBy}>{formats.dateTime(inquiry.expectedResponseBy)}</time>
            <span class="hint calendar-other">{formats.hijriDateTime(inquiry.expectedResponseBy)}</span>
          </td>
          <td>
            {inquiry.categoryName}
            <FiledBy submittedBy={inquiry.submittedBy} />
          </td>
          <td>
            <time dateTime={inquiry.createdAt}>{formats.dateTime(inquiry.createdAt)}</time>
          </td>
        </tr>
      ))}
      {last && page.data?.nextCursor ? (
        <MoreRow next={page.data.nextCursor} label={texts.more} onMore={onMore} />
      ) : null}
    </>
  );
};

/** The "more" row is replaced by the next page's rows once asked for. */
const MoreRow = ({ next, label, onMore }: { next: string; label: string; onMore: (next: string) => void }) => (
  <tr>
    <td colSpan={5}>
      <button type="button" class="secondary" onClick={() => onMore(next)}>
        {label}
      </button>
    </td>
  </tr>
);

/**
 * The resident's requests as the API lists them, a page at a time: what a phone shows first (the
 * number, where it stands, when an answer is due) comes first, the rest scrolls.
 */
export const InquiryListPage = () => {
  const texts = useTexts(RESIDENT_INQUIRY_TEXTS);
  usePageTitle(texts.listTitle);
  // The cursors of the pages shown after the first: each "more" adds the next.
  const [cursors, setCursors] = useState<string[]>([]);
  return (
    <>
      <h1>{texts.listTitle}</h1>
      <p>
        <a class="button" href="/inquiries/new">
          {texts.fileOne}
        </a>
      </p>
      <ScrollingTable label={texts.listTitle}>
        <table class="inquiry-table">
          <caption class="visually-hidden">{texts.listTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{texts.reference}</th>
              <th scope="col">{texts.status}</th>
              <th scope="col">{texts.dueBy}</th>
              <th scope="col">{texts.type}</th>
              <th scope="col">{texts.filedOn}</th>
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
