import { S3DownloadLinks } from '../adapters/attachments/s3-download-links.js';
import { S3MalwareScanTags } from '../adapters/attachments/s3-malware-scan-tags.js';
import { once } from './once.js';
import { s3Client } from './s3-client.js';
import { settings } from './settings.js';

export const downloadLinks = /* @__PURE__ */ once(() => new S3DownloadLinks(s3Client(), settings.attachmentsBucket()));

/** Decided at deployment: with GuardDuty malware protection on, downloads wait for a clean scan; without it there are none. */
export const malwareScans = /* @__PURE__ */ once(() =>
  settings.requireCleanScan() ? new S3MalwareScanTags(s3Client(), settings.attachmentsBucket()) : undefined,
);
