import { S3Client } from '@aws-sdk/client-s3';
import { ENVIRONMENT } from '../contract/environment.js';

/** One S3 client per cold start, shared by the attachment adapters of a function. */
export const s3Client = new S3Client({ forcePathStyle: process.env[ENVIRONMENT.s3PathStyle] === 'true' });
export const attachmentsBucket = process.env[ENVIRONMENT.attachmentsBucket] ?? '';
