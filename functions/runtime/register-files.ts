import { S3RegisterFiles } from '../adapters/residents/s3-register-files.js';
import { once } from './once.js';
import { s3Client } from './s3-client.js';
import { settings } from './settings.js';

/** The files the authoritative register drops, and the reports written beside them. */
export const registerFiles = /* @__PURE__ */ once(() => new S3RegisterFiles(s3Client(), settings.registerBucket()));
