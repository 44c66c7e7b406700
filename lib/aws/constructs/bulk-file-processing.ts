import { Duration } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { SERVICE_CONSTRUCTS } from '../../../functions/contract/construct-ids.js';
import { ENVIRONMENT } from '../../../functions/contract/environment.js';
import { BULK_FILE_PREFIX } from '../../../functions/contract/object-keys.js';
import { PROCESS_BULK_FILE } from '../../../functions/contract/triggers.js';
import { eventDeadLetters } from './event-dead-letters.js';
import { type ImportedBucket, ServiceFunction } from './service-function.js';

export interface BulkFileProcessingProps {
  attachments: ImportedBucket;
  inquiries: dynamodb.ITable;
  residents: dynamodb.ITable;
  stats: dynamodb.ITable;
  logKey: kms.IKey;
  logRetention: logs.RetentionDays;
  environment: Record<string, string>;
}

/**
 * A bulk file an establishment uploads under `bulk-requests/` reaches the bulk function through
 * EventBridge; it applies every line as the single request would (inquiries and passport updates),
 * so it is granted what those routes are granted, and reads and deletes only the bulk files.
 */
export class BulkFileProcessing extends Construct {
  readonly function: ServiceFunction;

  constructor(scope: Construct, id: string, props: BulkFileProcessingProps) {
    super(scope, id);
    const deadLetters = eventDeadLetters(this, props.logKey, 'the bulk file rule');
    this.function = new ServiceFunction(this, PROCESS_BULK_FILE.id, {
      entry: PROCESS_BULK_FILE.entry,
      logKey: props.logKey,
      logRetention: props.logRetention,
      environment: props.environment,
      // Ten files of 10,000 lines at once file 100,000 inquiries: enough for the busiest hour, and a
      // bound on the review starts and the SMS that follow them.
      concurrency: { reserved: 10 },
      // A 10,000-line file takes a few minutes; a retry goes on from its last recorded chunk.
      timeout: Duration.minutes(15),
      memorySize: 1024,
      asyncFailures: deadLetters,
    })
      .bindTable(props.residents, ENVIRONMENT.residentsTable, 'readWrite')
      .bindTable(props.inquiries, ENVIRONMENT.inquiriesTable, 'readWrite')
      .bindTable(props.stats, ENVIRONMENT.statsTable, 'read')
      .bindBucket(props.attachments, ENVIRONMENT.attachmentsBucket, 'process', BULK_FILE_PREFIX);

    new events.Rule(this, SERVICE_CONSTRUCTS.bulkFileProcessing.rule, {
      eventPattern: {
        source: ['aws.s3'],
        detailType: ['Object Created'],
        detail: {
          bucket: { name: [props.attachments.bucket.bucketName] },
          object: { key: [{ prefix: BULK_FILE_PREFIX }] },
        },
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
