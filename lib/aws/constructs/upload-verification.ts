import { Duration } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { SERVICE_CONSTRUCTS } from '../../../functions/contract/construct-ids.js';
import { ENVIRONMENT } from '../../../functions/contract/environment.js';
import { INQUIRY_TABLE_KEYS } from '../../../functions/contract/table-layouts.js';
import { VERIFY_UPLOAD } from '../../../functions/contract/triggers.js';
import type { StageConfig } from '../config.js';
import type { DataStack } from '../data-stack.js';
import { eventDeadLetters } from './event-dead-letters.js';
import { type ImportedBucket, ServiceFunction } from './service-function.js';

/**
 * Every object created in the attachments bucket reaches the verify function through EventBridge
 * (which keeps the data stack free of references to this one). Failed deliveries are retried and
 * then kept in an encrypted dead-letter queue — as are events the function itself fails on after Lambda's retries —, so no upload goes unjudged unnoticed.
 */
export class UploadVerification extends Construct {
  readonly function: ServiceFunction;

  constructor(
    scope: Construct,
    id: string,
    props: {
      data: DataStack;
      attachments: ImportedBucket;
      logKey: kms.IKey;
      logRetention: logs.RetentionDays;
      config: StageConfig;
    },
  ) {
    super(scope, id);
    const { bucket } = props.attachments;
    const deadLetters = eventDeadLetters(this, props.logKey, 'the verification rule');

    this.function = new ServiceFunction(this, VERIFY_UPLOAD.id, {
      entry: VERIFY_UPLOAD.entry,
      logKey: props.logKey,
      logRetention: props.logRetention,
      concurrency: {
        limitedBy:
          'it is called once per uploaded object, and upload forms come only from the throttled API; EventBridge retries a throttled delivery',
      },
      timeout: Duration.seconds(30),
      // EventBridge hands the event over asynchronously: a failure of the function itself lands here.
      asyncFailures: deadLetters,
    })
      .bindTable(props.data.inquiries.table, ENVIRONMENT.inquiriesTable, 'readWrite', [
        INQUIRY_TABLE_KEYS.byResidentIndex,
      ])
      .bindBucket(props.attachments, ENVIRONMENT.attachmentsBucket, 'verify', '');

    new events.Rule(this, SERVICE_CONSTRUCTS.uploadVerification.rule, {
      eventPattern: {
        source: ['aws.s3'],
        detailType: ['Object Created'],
        // The whole bucket, not just the attachments prefix: whatever lands anywhere is judged or removed
        // (bulk files by the bulk processing, which the function leaves them to).
        detail: { bucket: { name: [bucket.bucketName] } },
      },
      targets: [
        new targets.LambdaFunction(this.function, {
          deadLetterQueue: deadLetters,
          retryAttempts: 8,
          maxEventAge: Duration.hours(2),
        }),
      ],
    });
  }
}
