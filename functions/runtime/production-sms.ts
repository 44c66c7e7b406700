import { SNSClient } from '@aws-sdk/client-sns';
import { SnsSmsSender } from '../adapters/sms/sns-sms-sender.js';

/**
 * SMS through SNS, one client per cold start. No SDK retries (see SnsSmsSender), and a publish never
 * hangs until the function times out.
 */
export const smsSender = new SnsSmsSender(new SNSClient({ maxAttempts: 1, requestHandler: { connectionTimeout: 1_000, requestTimeout: 5_000 } }));
