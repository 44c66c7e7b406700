import { sniffContentType } from '../adapters/attachments/file-type-sniffer.js';
import { S3StoredFiles } from '../adapters/attachments/s3-stored-files.js';
import { once } from './once.js';
import { s3Client } from './s3-client.js';
import { settings } from './settings.js';

/** The uploaded files as stored, which verification reads, tags and removes. */
export const storedFiles = /* @__PURE__ */ once(() => new S3StoredFiles(s3Client(), settings.attachmentsBucket()));

/** What a file is, by its first bytes rather than by what the uploader said. */
export const contentSniffer = sniffContentType;
