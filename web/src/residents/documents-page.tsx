import { usePageTitle } from '../console/page-title.js';
import type { Schema } from '../shared/api/api-client.js';
import { useResource } from '../shared/api/use-resource.js';
import { useConsole } from '../shared/console-context.js';
import { FailureNotice } from '../shared/forms/failure-notice.js';
import { useFormats } from '../shared/i18n/formats.js';
import { INTL_LOCALE, useLanguage, useTexts } from '../shared/i18n/language.js';
import { ScrollingTable } from '../shared/scrolling-table.js';
import { SHARED_TEXTS } from '../shared/texts.js';
import { daysLeftFormat } from './days-left.js';
import { documentsByHolder, type HolderDocuments } from './document-holders.js';
import { RESIDENT_TEXTS } from './texts.js';
import './residents.css';

const TONE: Record<Schema<'Document'>['status'], string> = {
  VALID: 'badge-ok',
  EXPIRING: 'badge-warning',
  EXPIRED: 'badge-danger',
};

const HolderTable = ({ group, index }: { group: HolderDocuments; index: number }) => {
  const texts = useTexts(RESIDENT_TEXTS);
  const formats = useFormats();
  const daysLeft = daysLeftFormat(INTL_LOCALE[useLanguage().language]);
  const headingId = `holder-${index}`;
  const heading = group.dependent
    ? texts.dependentDocuments(group.dependent.name, texts.relation[group.dependent.relation])
    : texts.myDocuments;
  return (
    <div class="card">
      <h2 id={headingId}>{heading}</h2>
      <ScrollingTable labelledBy={headingId}>
        <table>
          <thead>
            <tr>
              <th scope="col">{texts.type}</th>
              <th scope="col">{texts.number}</th>
              <th scope="col">{texts.expiresOn}</th>
              <th scope="col">{texts.daysLeft}</th>
            </tr>
          </thead>
          <tbody>
            {group.documents.map((document) => (
              <tr key={document.documentId}>
                <th scope="row">{texts.documentType[document.type]}</th>
                <td>
                  <span dir="ltr" class="masked-number">
                    {document.number}
                  </span>
                </td>
                <td>
                  <time dateTime={document.expiresOn}>{formats.day(document.expiresOn)}</time>
                  <span class="hint calendar-other">{formats.hijriDay(document.expiresOn)}</span>
                </td>
                <td>
                  <span class="days-left">{daysLeft(document.daysLeft)}</span>
                  <span class={`badge ${TONE[document.status]}`}>{texts.documentStatus[document.status]}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollingTable>
    </div>
  );
};

/** The resident's documents and their dependents', each with the time left before it expires. */
export const DocumentsPage = () => {
  const { api } = useConsole();
  const texts = useTexts(RESIDENT_TEXTS);
  const shared = useTexts(SHARED_TEXTS);
  usePageTitle(texts.documentsTitle);
  const documents = useResource(() => api.GET('/v1/me/documents'), [api]);
  const groups = documentsByHolder(documents.data?.items ?? []);
  return (
    <>
      <h1>{texts.documentsTitle}</h1>
      <p>{texts.documentsIntro}</p>
      <FailureNotice failure={documents.failure} />
      {documents.loading && !documents.data ? <p>{shared.loading}</p> : null}
      {documents.data && groups.length === 0 ? <p>{texts.noDocuments}</p> : null}
      {groups.map((group, index) => (
        <HolderTable key={group.dependent?.dependentId ?? 'own'} group={group} index={index} />
      ))}
    </>
  );
};
