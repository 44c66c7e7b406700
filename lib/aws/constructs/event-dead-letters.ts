import { Duration, Validations } from 'aws-cdk-lib';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';

/**
 * An encrypted queue where an event rule's failed deliveries, and its function's own failures, are
 * kept for two weeks with their error — or a stream's batches that its function still fails on.
 * (The key lets EventBridge encrypt into it: see the service stack.) `deliveries` names what the
 * queue is the dead-letter queue of, e.g. `the verification rule`.
 */
export const eventDeadLetters = (scope: Construct, key: kms.IKey, deliveries: string): sqs.Queue => {
  const queue = new sqs.Queue(scope, 'DeadLetters', {
    encryption: sqs.QueueEncryption.KMS,
    encryptionMasterKey: key,
    enforceSSL: true,
    retentionPeriod: Duration.days(14),
  });
  Validations.of(queue).acknowledge(
    { id: 'AwsSolutions-SQS3', reason: `This queue is itself the dead-letter queue of ${deliveries}.` },
    { id: 'Serverless-SQSRedrivePolicy', reason: `This queue is itself the dead-letter queue of ${deliveries}.` },
  );
  return queue;
};
