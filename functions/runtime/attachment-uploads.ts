import { S3UploadForms } from '../adapters/attachments/s3-upload-forms.js';
import { once } from './once.js';
import { s3Client } from './s3-client.js';
import { settings } from './settings.js';

/** Presigned forms that let a resident upload a file straight into the attachments bucket. */
export const uploadForms = /* @__PURE__ */ once(() => new S3UploadForms(s3Client(), settings.attachmentsBucket()));
