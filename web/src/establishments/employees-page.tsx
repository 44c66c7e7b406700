import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { usePageTitle } from '../console/page-title.js';
import type { Schema } from '../shared/api/api-client.js';
import { useResource } from '../shared/api/use-resource.js';
import { useConsole } from '../shared/console-context.js';
import { BothCalendarsDay, DaysLeftAndStatus, MaskedNumber } from '../shared/documents/document-cells.js';
import { DOCUMENT_TEXTS } from '../shared/documents/document-texts.js';
import { FailureNotice } from '../shared/forms/failure-notice.js';
import { Field } from '../shared/forms/field.js';
import { useTexts } from '../shared/i18n/language.js';
import { ScrollingTable } from '../shared/scrolling-table.js';
import { SHARED_TEXTS } from '../shared/texts.js';
import {
  DOCUMENT_TYPES,
  type DocumentType,
  type EmployeesFilter,
  employeeHref,
  employeesApiQuery,
  employeesFilterOf,
  employeesHref,
  MAX_WITHIN_DAYS,
  withinDaysOf,
} from './employees-query.js';
import { ESTABLISHMENT_TEXTS } from './texts.js';
import '../shared/visually-hidden.css';
import './establishments.css';

type Row = Schema<'EmployeeDocumentRow'>;
const COLUMNS = 5;

/** The filter, kept in the address: a new one starts the list again from its first page. */
const EmployeesFilterForm = ({ filter }: { filter: EmployeesFilter }) => {
  const texts = useTexts(ESTABLISHMENT_TEXTS);
  const documentTexts = useTexts(DOCUMENT_TEXTS);
  const { route } = useLocation();
  const [within, setWithin] = useState(
    filter.expiringWithinDays === undefined ? '' : String(filter.expiringWithinDays),
  );
  const [type, setType] = useState<string>(filter.documentType ?? '');
  const [invalid, setInvalid] = useState(false);
  const submit = (event: Event) => {
    event.preventDefault();
    const days = withinDaysOf(within);
    setInvalid(days === 'invalid');
    if (days === 'invalid') return;
    route(
      employeesHref({
        ...(days !== undefined ? { expiringWithinDays: days } : {}),
        ...(type ? { documentType: type as DocumentType } : {}),
      }),
    );
  };
  return (
    <form class="card employees-filter" onSubmit={submit} noValidate aria-labelledby="employees-filter-heading">
      <h2 id="employees-filter-heading" class="visually-hidden">
        {texts.filters}
      </h2>
      <Field
        id="employees-within"
        label={texts.expiringWithin}
        hint={texts.expiringWithinHint}
        error={invalid ? texts.expiringWithinInvalid : undefined}
        control={(props) => (
          <input
            {...props}
            type="number"
            inputMode="numeric"
            min={0}
            max={MAX_WITHIN_DAYS}
            step={1}
            dir="ltr"
            value={within}
            onInput={(event) => setWithin(event.currentTarget.value)}
          />
        )}
      />
      <Field
        id="employees-type"
        label={texts.documentType}
        control={(props) => (
          <select {...props} value={type} onChange={(event) => setType(event.currentTarget.value)}>
            <option value="">{texts.anyType}</option>
            {DOCUMENT_TYPES.map((code) => (
              <option key={code} value={code}>
                {documentTexts.documentType[code]}
              </option>
            ))}
          </select>
        )}
      />
      <button type="submit">{texts.applyFilters}</button>
    </form>
  );
};

const RowOf = ({ row }: { row: Row }) => {
  const documentTexts = useTexts(DOCUMENT_TEXTS);
  const { document } = row;
  return (
    <tr class={document.status === 'VALID' ? undefined : `document-${document.status.toLowerCase()}`}>
      <th scope="row">
        <a href={employeeHref(row.iqamaNumber)} dir="ltr" class="iqama-number">
          {row.iqamaNumber}
        </a>
      </th>
      <td>{documentTexts.documentType[document.type]}</td>
      <td>
        <MaskedNumber number={document.number} />
      </td>
      <td>
        <BothCalendarsDay date={document.expiresOn} />
      </td>
      <td>
        <DaysLeftAndStatus daysLeft={document.daysLeft} status={document.status} />
      </td>
    </tr>
  );
};

/**
 * One page of the list, read at its cursor (the first page has none); the last one offers the next.
 * A page filtered by type may come back empty with more to read: the next is then read at once, so
 * that an empty page never stands between the user and the rows after it — a few times in a row at
 * most, then the user decides (a rare type among tens of thousands of employees is many pages).
 */
const EmployeeRows = ({
  filter,
  cursor,
  last,
  nothingBefore,
  mayReadOn,
  onMore,
  onCount,
}: {
  filter: EmployeesFilter;
  cursor?: string;
  last: boolean;
  /** Whether every page before this one was empty. */
  nothingBefore: boolean;
  /** Whether an empty page may read the next at once, unasked. */
  mayReadOn: boolean;
  onMore: (next: string) => void;
  onCount: (count: number) => void;
}) => {
  const { api } = useConsole();
  const texts = useTexts(ESTABLISHMENT_TEXTS);
  const shared = useTexts(SHARED_TEXTS);
  const page = useResource(
    () => api.GET('/v1/establishment/employees', { params: { query: employeesApiQuery(filter, cursor) } }),
    [api, filter.expiringWithinDays, filter.documentType, cursor],
  );
  const items = page.data?.items ?? [];
  const next = page.data?.nextCursor;
  const skipEmpty = Boolean(page.data && items.length === 0 && next && last && mayReadOn);
  useEffect(() => {
    if (page.data) onCount(page.data.items.length);
  }, [page.data]);
  useEffect(() => {
    if (skipEmpty && next) onMore(next);
  }, [skipEmpty, next]);
  const note = (content: ComponentChildren) => (
    <tr>
      <td colSpan={COLUMNS}>{content}</td>
    </tr>
  );
  if ((page.loading && !page.data) || skipEmpty) return note(<span aria-live="polite">{shared.loading}</span>);
  if (page.failure) return note(<FailureNotice failure={page.failure} onReload={page.reload} />);
  return (
    <>
      {items.length === 0 && !next ? note(nothingBefore ? texts.noEmployees : texts.emptyPage) : null}
      {items.map((row) => (
        <RowOf key={row.document.documentId} row={row} />
      ))}
      {last && next && !skipEmpty
        ? note(
            <button type="button" class="secondary" onClick={() => onMore(next)}>
              {texts.more}
            </button>,
          )
        : null}
    </>
  );
};

/** Empty pages read on in a row before the list waits for "more". */
const EMPTY_PAGES_READ_ON = 5;

/** How many pages right before `index` came back empty. */
const emptyPagesBefore = (counts: number[], index: number): number => {
  let run = 0;
  while (run < index && counts[index - 1 - run] === 0) run++;
  return run;
};

/** The pages of the list shown so far: the first, then one more at each "more". */
const EmployeesTable = ({ filter }: { filter: EmployeesFilter }) => {
  const texts = useTexts(ESTABLISHMENT_TEXTS);
  const documentTexts = useTexts(DOCUMENT_TEXTS);
  const [cursors, setCursors] = useState<string[]>([]);
  // How many rows each page shown holds, once read.
  const [counts, setCounts] = useState<number[]>([]);
  return (
    <ScrollingTable labelledBy="employees-caption">
      <table class="employees-table">
        <caption id="employees-caption">{texts.listCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{texts.iqamaNumber}</th>
            <th scope="col">{documentTexts.type}</th>
            <th scope="col">{documentTexts.number}</th>
            <th scope="col">{documentTexts.expiresOn}</th>
            <th scope="col">{documentTexts.daysLeft}</th>
          </tr>
        </thead>
        <tbody>
          {[undefined, ...cursors].map((cursor, index) => (
            <EmployeeRows
              key={cursor ?? 'first'}
              filter={filter}
              cursor={cursor}
              last={index === cursors.length}
              nothingBefore={counts.slice(0, index).every((count) => count === 0)}
              mayReadOn={emptyPagesBefore(counts, index) < EMPTY_PAGES_READ_ON}
              onMore={(next) => setCursors((known) => (index === known.length ? [...known, next] : known))}
              onCount={(count) =>
                setCounts((known) => {
                  const updated = [...known];
                  updated[index] = count;
                  return updated;
                })
              }
            />
          ))}
        </tbody>
      </table>
    </ScrollingTable>
  );
};

/** The establishment's employees' documents, the soonest to expire first, filtered and paged. */
export const EmployeesPage = () => {
  const texts = useTexts(ESTABLISHMENT_TEXTS);
  usePageTitle(texts.employeesTitle);
  const { url } = useLocation();
  const search = url.includes('?') ? url.slice(url.indexOf('?')) : '';
  const filter = employeesFilterOf(search);
  const href = employeesHref(filter);
  return (
    <>
      <h1>{texts.employeesTitle}</h1>
      <p>{texts.employeesIntro}</p>
      <EmployeesFilterForm key={href} filter={filter} />
      <EmployeesTable key={href} filter={filter} />
    </>
  );
};
