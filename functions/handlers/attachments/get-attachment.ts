import { ATTACHMENT_ID } from '../../domain/attachments/attachment.js';
import { openAttachment } from '../../domain/attachments/open-attachment.js';
import { AttachmentNotFound } from '../../domain/shared/errors.js';
import { productionAttachmentRecords } from '../../runtime/production-attachments.js';
import { attachmentsBucket, s3Client } from '../../runtime/s3-client.js';
import { S3DownloadLinks } from '../../adapters/attachments/s3-download-links.js';
import { ENVIRONMENT } from '../../contract/environment.js';
import { S3MalwareScanTags } from '../../adapters/attachments/s3-malware-scan-tags.js';
import { json, localeOf } from '../../http/api-event.js';
import { type SignInDeps, apiHandler } from '../../http/api-handler.js';
import { callerOf } from '../../http/identity.js';
import { referenceFrom } from '../../http/path-parameters.js';
import { attachmentView } from './attachment-representation.js';

export const createHandler = (deps: Parameters<typeof openAttachment>[0] & SignInDeps) =>
  apiHandler(async (event) => {
    const caller = callerOf(event);
    const reference = referenceFrom(event);
    const attachmentId = event.pathParameters?.attachmentId ?? '';
    if (!ATTACHMENT_ID.test(attachmentId)) throw new AttachmentNotFound('Not an attachment identifier');
    const { attachment, scan, downloadUrl } = await openAttachment(deps, caller, reference, attachmentId);
    return json(200, { ...attachmentView(attachment, localeOf(event)), ...(scan && { malwareScan: scan }), ...(downloadUrl && { downloadUrl }) });
  }, { signIns: deps.signIns });

export const handler = createHandler({
  ...productionAttachmentRecords,
  links: new S3DownloadLinks(s3Client, attachmentsBucket),
  // Decided at deployment: with GuardDuty malware protection on, downloads wait for a clean scan.
  ...(process.env[ENVIRONMENT.requireCleanScan] === 'true' && { scans: new S3MalwareScanTags(s3Client, attachmentsBucket) }),
});
