import { SNSClient } from '@aws-sdk/client-sns';
import { tracer } from './observability.js';
import { once } from './once.js';

/**
 * The SNS client SMS go out through, its calls traced. No SDK retries (see SnsSmsSender), and a
 * publish never hangs until the function times out.
 */
export const snsClient = /* @__PURE__ */ once(() =>
  tracer.captureAWSv3Client(
    new SNSClient({ maxAttempts: 1, requestHandler: { connectionTimeout: 1_000, requestTimeout: 5_000 } }),
  ),
);
