import { S3Client } from '@aws-sdk/client-s3';
import { tracer } from './observability.js';
import { once } from './once.js';
import { settings } from './settings.js';

/** The S3 client of a function's attachment or register adapters, its calls traced. */
export const s3Client = /* @__PURE__ */ once(() =>
  tracer.captureAWSv3Client(new S3Client({ forcePathStyle: settings.s3PathStyle() })),
);
