import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { usePageTitle } from '../console/page-title.js';
import { INQUIRY_TEXTS } from '../inquiries/inquiry-texts.js';
import type { Schema } from '../shared/api/api-client.js';
import { useResource } from '../shared/api/use-resource.js';
import { useConsole } from '../shared/console-context.js';
import { FailureNotice } from '../shared/forms/failure-notice.js';
import { Field } from '../shared/forms/field.js';
import { useFormats } from '../shared/i18n/formats.js';
import { useTexts } from '../shared/i18n/language.js';
import { SHARED_TEXTS } from '../shared/texts.js';
import {
  filtered,
  nextPage,
  pageNumber,
  previousPage,
  QUEUE_STATUSES,
  type QueueQuery,
  type QueueStatus,
  queueHref,
  queueQueryOf,
  type Section,
} from './queue-query.js';
import { ReviewStatus } from './review-status.js';
import { useSectionNames } from './section-names.js';
import { REVIEW_TEXTS } from './texts.js';
import '../shared/visually-hidden.css';
import './review.css';

interface QueueFilterProps {
  query: QueueQuery;
  sections: readonly string[];
  names: ReadonlyMap<string, string>;
}

const QueueFilter = ({ query, sections, names }: QueueFilterProps) => {
  const texts = useTexts(REVIEW_TEXTS);
  const statusTexts = useTexts(INQUIRY_TEXTS).status;
  const { route } = useLocation();
  const [section, setSection] = useState<string>(query.section ?? sections[0] ?? '');
  const [status, setStatus] = useState<string>(query.status ?? '');
  const submit = (event: Event) => {
    event.preventDefault();
    route(
      queueHref(
        filtered({
          ...(section ? { section: section as Section } : {}),
          ...(status ? { status: status as QueueStatus } : {}),
        }),
      ),
    );
  };
  return (
    <form class="queue-filter" onSubmit={submit} aria-labelledby="queue-filter-heading">
      <h2 id="queue-filter-heading" class="visually-hidden">
        {texts.filters}
      </h2>
      {sections.length > 1 ? (
        <Field
          id="queue-section"
          label={texts.section}
          control={(props) => (
            <select {...props} value={section} onChange={(event) => setSection(event.currentTarget.value)}>
              {sections.map((code) => (
                <option key={code} value={code}>
                  {names.get(code) ?? code}
                </option>
              ))}
            </select>
          )}
        />
      ) : null}
      <Field
        id="queue-status"
        label={texts.status}
        hint={texts.statusFilterHint}
        control={(props) => (
          <select {...props} value={status} onChange={(event) => setStatus(event.currentTarget.value)}>
            <option value="">{texts.anyStatus}</option>
            {QUEUE_STATUSES.map((code) => (
              <option key={code} value={code}>
                {code === 'NEEDS_INFO' ? texts.waitingForResident : statusTexts[code]}
              </option>
            ))}
          </select>
        )}
      />
      <button type="submit">{texts.applyFilters}</button>
    </form>
  );
};

/** How far an inquiry is from its deadline, in words (not colour alone): overdue, escalated, or on time. */
const Urgency = ({ item }: { item: Schema<'QueueItem'> }) => {
  const texts = useTexts(REVIEW_TEXTS);
  if (!item.overdue && !item.escalated) return <span class="hint">{texts.onTime}</span>;
  return (
    <span class="urgency">
      {item.overdue ? <span class="badge badge-danger">{texts.overdue}</span> : null}
      {item.escalated ? <span class="badge badge-warning">{texts.escalated}</span> : null}
    </span>
  );
};

const QueueTable = ({ page, names }: { page: Schema<'ReviewQueuePage'>; names: ReadonlyMap<string, string> }) => {
  const texts = useTexts(REVIEW_TEXTS);
  const formats = useFormats();
  const sectionName = page.items[0]?.sectionName ?? names.get(page.section) ?? page.section;
  return (
    <table class="queue">
      <caption>{texts.queueCaption(sectionName)}</caption>
      <thead>
        <tr>
          <th scope="col">{texts.reference}</th>
          <th scope="col">{texts.requestType}</th>
          <th scope="col">{texts.state}</th>
          <th scope="col">{texts.dueBy}</th>
          <th scope="col">{texts.submitted}</th>
        </tr>
      </thead>
      <tbody>
        {page.items.map((item) => (
          <tr key={item.reference} class={item.overdue || item.escalated ? 'queue-late' : undefined}>
            <th scope="row">
              <a class="reference" href={`/review/inquiries/${item.reference}`} dir="ltr">
                {item.reference}
              </a>
            </th>
            <td data-label={texts.requestType}>{item.categoryName}</td>
            <td data-label={texts.state}>
              <ReviewStatus status={item.status} />
            </td>
            <td data-label={texts.dueBy}>
              <time dateTime={item.expectedResponseBy}>{formats.dateTime(item.expectedResponseBy)}</time>{' '}
              <Urgency item={item} />
            </td>
            <td data-label={texts.submitted}>
              <time dateTime={item.createdAt}>{formats.dateTime(item.createdAt)}</time>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
};

const Paging = ({ query, nextCursor }: { query: QueueQuery; nextCursor: string | undefined }) => {
  const texts = useTexts(REVIEW_TEXTS);
  const formats = useFormats();
  const previous = previousPage(query);
  if (!previous && !nextCursor) return null;
  return (
    <nav class="paging" aria-label={texts.paging}>
      {previous ? (
        <a class="button secondary" href={queueHref(previous)}>
          {texts.previousPage}
        </a>
      ) : null}
      <span aria-current="page">{texts.pageNumber(formats.number(pageNumber(query)))}</span>
      {nextCursor ? (
        <a class="button secondary" href={queueHref(nextPage(query, nextCursor))}>
          {texts.nextPage}
        </a>
      ) : null}
    </nav>
  );
};

/** The reviewer's section queue, soonest due first as the API orders it, its filter and page kept in the address. */
export const ReviewQueuePage = () => {
  const texts = useTexts(REVIEW_TEXTS);
  const shared = useTexts(SHARED_TEXTS);
  const { api, user } = useConsole();
  const { url } = useLocation();
  const search = url.includes('?') ? url.slice(url.indexOf('?')) : '';
  const query = queueQueryOf(search, user.sections);
  const section = query.section ?? (user.sections.length > 1 ? (user.sections[0] as Section) : undefined);
  usePageTitle(texts.queueTitle);
  const names = useSectionNames();
  const queue = useResource(
    () =>
      api.GET('/v1/review/inquiries', {
        params: {
          query: {
            ...(section ? { section } : {}),
            ...(query.status ? { status: query.status } : {}),
            ...(query.cursor ? { cursor: query.cursor } : {}),
          },
        },
      }),
    [section, query.status, query.cursor],
  );
  const page = queue.data;
  return (
    <>
      <h1>{texts.queueTitle}</h1>
      <p>{texts.queueIntro}</p>
      <QueueFilter
        key={search}
        query={{ ...query, ...(section ? { section } : {}) }}
        sections={user.sections}
        names={names}
      />
      <FailureNotice failure={queue.failure} />
      {queue.loading && !page ? <p aria-live="polite">{shared.loading}</p> : null}
      {page ? (
        <section aria-labelledby="queue-heading" aria-busy={queue.loading}>
          <h2 id="queue-heading" class="visually-hidden">
            {texts.queueTitle}
          </h2>
          {page.items.length > 0 ? (
            <QueueTable page={page} names={names} />
          ) : (
            <p>{query.cursor ? texts.emptyPage : texts.emptyQueue}</p>
          )}
          <Paging query={query} nextCursor={page.nextCursor} />
        </section>
      ) : null}
    </>
  );
};
