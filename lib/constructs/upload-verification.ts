import { Duration, Stack, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as logs from 'aws-cdk-lib/aws-logs';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { INQUIRY_TABLE_KEYS } from '../../functions/adapters/dynamodb-inquiry-repository.js';
import { ENVIRONMENT } from '../../functions/adapters/environment.js';
import { VERIFY_UPLOAD } from '../../functions/routes.js';
import type { StageConfig } from '../config.js';
import type { DataStack } from '../data-stack.js';
import { type ImportedBucket, ServiceFunction } from './service-function.js';

/**
 * Every object created in the attachments bucket reaches the verify function through EventBridge
 * (which keeps the data stack free of references to this one). Failed deliveries are retried and
 * then kept in an encrypted dead-letter queue — as are events the function itself fails on after Lambda's retries —, so no upload goes unjudged unnoticed.
 */
export class UploadVerification extends Construct {
  readonly function: ServiceFunction;

  constructor(scope: Construct, id: string, props: { data: DataStack; attachments: ImportedBucket; logKey: kms.IKey; logRetention: logs.RetentionDays; config: StageConfig }) {
    super(scope, id);
    const { bucket } = props.attachments;
    const deadLetters = new sqs.Queue(this, 'DeadLetters', {
      encryption: sqs.QueueEncryption.KMS,
      encryptionMasterKey: props.logKey,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    Validations.of(deadLetters).acknowledge(
      { id: 'AwsSolutions-SQS3', reason: 'This queue is itself the dead-letter queue of the verification rule.' },
      { id: 'Serverless-SQSRedrivePolicy', reason: 'This queue is itself the dead-letter queue of the verification rule.' },
    );
    // EventBridge writes failed deliveries into the queue with the queue's key.
    props.logKey.grant(new iam.ServicePrincipal('events.amazonaws.com', { conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } } }), 'kms:Decrypt', 'kms:GenerateDataKey');

    this.function = new ServiceFunction(this, VERIFY_UPLOAD.id, {
      entry: VERIFY_UPLOAD.entry,
      logKey: props.logKey,
      logRetention: props.logRetention,
      reservedConcurrency: props.config.reservedConcurrency,
      timeout: Duration.seconds(30),
      // EventBridge hands the event over asynchronously: a failure of the function itself lands here.
      asyncFailures: deadLetters,
    })
      .bindTable(props.data.inquiries.table, ENVIRONMENT.inquiriesTable, 'readWrite', [INQUIRY_TABLE_KEYS.byResidentIndex])
      .bindBucket(props.attachments, ENVIRONMENT.attachmentsBucket, 'verify', '');
    Validations.of(this.function).acknowledge(
      ...['kms:GenerateDataKey*', 'kms:ReEncrypt*'].map((action) => ({
        id: `AwsSolutions-IAM5[Action::${action}]`,
        reason: 'The on-failure destination grant lets Lambda write encrypted messages to the dead-letter queue; it is scoped to that one key.',
      })),
    );

    new events.Rule(this, 'ObjectCreated', {
      eventPattern: {
        source: ['aws.s3'],
        detailType: ['Object Created'],
        // The whole bucket, not just the attachments prefix: whatever lands anywhere is judged or removed.
        detail: { bucket: { name: [bucket.bucketName] } },
      },
      targets: [new targets.LambdaFunction(this.function, { deadLetterQueue: deadLetters, retryAttempts: 8, maxEventAge: Duration.hours(2) })],
    });
  }
}
