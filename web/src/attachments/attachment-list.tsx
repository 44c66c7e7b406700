import type { Schema } from '../shared/api/api-client.js';
import { useFormats } from '../shared/i18n/formats.js';
import { useTexts } from '../shared/i18n/language.js';
import { ScrollingTable } from '../shared/scrolling-table.js';
import { FileSize } from './file-size.js';
import { UPLOAD_TEXTS } from './upload-texts.js';
import './attachments.css';

const TYPE_NAME: Record<Schema<'Attachment'>['contentType'], string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
};

const TONE: Record<Schema<'Attachment'>['status'], string> = {
  PENDING: '',
  VERIFIED: 'badge-ok',
  REJECTED: 'badge-danger',
};

/** A resident's attachments on one inquiry: each file, what it is, when it came, and what its checks found. */
export const AttachmentList = ({ items }: { items: readonly Schema<'Attachment'>[] }) => {
  const texts = useTexts(UPLOAD_TEXTS);
  const formats = useFormats();
  if (items.length === 0) return <p>{texts.noAttachments}</p>;
  return (
    <ScrollingTable label={texts.attachments}>
      <table>
        <thead>
          <tr>
            <th scope="col">{texts.fileName}</th>
            <th scope="col">{texts.fileType}</th>
            <th scope="col">{texts.fileSize}</th>
            <th scope="col">{texts.addedOn}</th>
            <th scope="col">{texts.fileStatus}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.attachmentId}>
              <th scope="row" class="file-name">
                {item.fileName}
              </th>
              <td>{TYPE_NAME[item.contentType]}</td>
              <td>
                <FileSize bytes={item.size} />
              </td>
              <td>
                <time dateTime={item.createdAt}>{formats.dateTime(item.createdAt)}</time>
              </td>
              <td>
                <span class={`badge ${TONE[item.status]}`}>{texts.status[item.status]}</span>
                {item.reasonDetail ? <p class="verdict-reason">{item.reasonDetail}</p> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollingTable>
  );
};
