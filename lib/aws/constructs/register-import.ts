import { Duration, Validations } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { SERVICE_CONSTRUCTS } from '../../../functions/contract/construct-ids.js';
import { ENVIRONMENT } from '../../../functions/contract/environment.js';
import { REGISTER_IMPORT_PREFIX, REGISTER_REPORT_PREFIX } from '../../../functions/contract/object-keys.js';
import { IMPORT_REGISTER } from '../../../functions/contract/triggers.js';
import { eventDeadLetters } from './event-dead-letters.js';
import { type ImportedBucket, ServiceFunction } from './service-function.js';

export interface RegisterImportProps {
  register: ImportedBucket;
  residents: dynamodb.ITable;
  logKey: kms.IKey;
  logRetention: logs.RetentionDays;
}

/**
 * A file the register drops under `imports/` reaches the import function through EventBridge;
 * deliveries and runs that still fail are kept in an encrypted dead-letter queue.
 */
export class RegisterImport extends Construct {
  readonly function: ServiceFunction;

  constructor(scope: Construct, id: string, props: RegisterImportProps) {
    super(scope, id);
    const deadLetters = eventDeadLetters(this, props.logKey, 'the import rule');
    this.function = new ServiceFunction(this, IMPORT_REGISTER.id, {
      entry: IMPORT_REGISTER.entry,
      logKey: props.logKey,
      logRetention: props.logRetention,
      concurrency: { limitedBy: 'it is called once per file the register drops under imports/, a few a day' },
      // A day's file of some 36,000 lines takes about a minute; the limit leaves room for initial loads.
      timeout: Duration.minutes(15),
      memorySize: 1024,
      asyncFailures: deadLetters,
    })
      .bindTable(props.residents, ENVIRONMENT.residentsTable, 'readWrite')
      .bindBucket(props.register, ENVIRONMENT.registerBucket, 'read', REGISTER_IMPORT_PREFIX);
    const { bucket, key } = props.register;
    this.function.addToRolePolicy(
      new iam.PolicyStatement({
        actions: ['s3:PutObject'],
        resources: [bucket.arnForObjects(`${REGISTER_REPORT_PREFIX}*`)],
      }),
    );
    this.function.addToRolePolicy(
      new iam.PolicyStatement({ actions: ['kms:GenerateDataKey'], resources: [key.keyArn] }),
    );
    Validations.of(this.function).acknowledge({
      id: `AwsSolutions-IAM5[Resource::${props.register.arnExport}/${REGISTER_REPORT_PREFIX}*]`,
      reason: 'Reports are named after the imported file; the grant covers only the reports prefix of one bucket.',
    });

    new events.Rule(this, SERVICE_CONSTRUCTS.registerImport.rule, {
      eventPattern: {
        source: ['aws.s3'],
        detailType: ['Object Created'],
        detail: { bucket: { name: [bucket.bucketName] }, object: { key: [{ prefix: REGISTER_IMPORT_PREFIX }] } },
      },
      targets: [
        new targets.LambdaFunction(this.function, {
          deadLetterQueue: deadLetters,
          retryAttempts: 8,
          maxEventAge: Duration.hours(6),
        }),
      ],
    });
  }
}
