import { usePageTitle } from '../console/page-title.js';
import { useResource } from '../shared/api/use-resource.js';
import { useConsole } from '../shared/console-context.js';
import { BothCalendarsDay, DaysLeftAndStatus, MaskedNumber } from '../shared/documents/document-cells.js';
import { DOCUMENT_TEXTS } from '../shared/documents/document-texts.js';
import { FailureNotice } from '../shared/forms/failure-notice.js';
import { useTexts } from '../shared/i18n/language.js';
import { ScrollingTable } from '../shared/scrolling-table.js';
import { SHARED_TEXTS } from '../shared/texts.js';
import { documentsByHolder, type HolderDocuments } from './document-holders.js';
import { RESIDENT_TEXTS } from './texts.js';
import './residents.css';

const HolderTable = ({ group, index }: { group: HolderDocuments; index: number }) => {
  const texts = useTexts(RESIDENT_TEXTS);
  const documentTexts = useTexts(DOCUMENT_TEXTS);
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
              <th scope="col">{documentTexts.type}</th>
              <th scope="col">{documentTexts.number}</th>
              <th scope="col">{documentTexts.expiresOn}</th>
              <th scope="col">{documentTexts.daysLeft}</th>
            </tr>
          </thead>
          <tbody>
            {group.documents.map((document) => (
              <tr key={document.documentId}>
                <th scope="row">{documentTexts.documentType[document.type]}</th>
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
