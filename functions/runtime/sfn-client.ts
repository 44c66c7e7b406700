import { SFNClient } from '@aws-sdk/client-sfn';
import { tracer } from './observability.js';
import { once } from './once.js';

/** The Step Functions client of the review workflow adapter, its calls traced. */
export const sfnClient = /* @__PURE__ */ once(() => tracer.captureAWSv3Client(new SFNClient({})));
