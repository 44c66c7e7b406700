import { Duration, Validations } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as destinations from 'aws-cdk-lib/aws-lambda-destinations';
import { LogLevel, NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import type { BucketAccess, TableAccess, WorkflowAccess } from '../../../functions/contract/routes.js';
import { SERVICE_NAME } from '../../../functions/contract/service-name.js';
import { TABLE_ACCESS_ACTIONS } from '../../../functions/contract/table-actions.js';
import { FUNCTION_BUNDLING } from './bundling.js';

const KEY_ACTIONS: Record<Exclude<TableAccess, 'none'>, string[]> = {
  read: ['kms:Decrypt', 'kms:DescribeKey'],
  readWrite: ['kms:Decrypt', 'kms:DescribeKey', 'kms:Encrypt', 'kms:GenerateDataKey'],
};

/** What each kind of attachment function may do to objects, and with the bucket's key. */
/** A bucket of the data stack as the service stack sees it: imported by export name, with its key. */
export interface ImportedBucket {
  bucket: s3.IBucket;
  key: kms.IKey;
  arnExport: string;
}

export type ObjectAccess = Exclude<BucketAccess, 'none'> | 'verify' | 'process';
const OBJECT_ACTIONS: Record<ObjectAccess, { objects: string[]; key: string[] }> = {
  // A presigned POST carries the signer's permissions: storing the object and its tag, encrypted.
  upload: { objects: ['s3:PutObject', 's3:PutObjectTagging'], key: ['kms:GenerateDataKey'] },
  read: { objects: ['s3:GetObject', 's3:GetObjectVersion'], key: ['kms:Decrypt'] },
  // Bulk files are read whole, once, and deleted when settled.
  process: {
    objects: ['s3:GetObject', 's3:GetObjectVersion', 's3:DeleteObject', 's3:DeleteObjectVersion'],
    key: ['kms:Decrypt'],
  },
  verify: {
    objects: [
      's3:GetObject',
      's3:GetObjectVersion',
      's3:DeleteObject',
      's3:DeleteObjectVersion',
      's3:GetObjectTagging',
      's3:GetObjectVersionTagging',
      's3:PutObjectTagging',
      's3:PutObjectVersionTagging',
    ],
    key: ['kms:Decrypt'],
  },
};

/**
 * What keeps a function's concurrency in bounds: a reservation, where a cap protects something
 * downstream (an SMS rate), or else what already limits its callers. Reservations come out of the
 * account's quota, so they are made only where they protect something.
 */
export type ConcurrencyLimit = { reserved: number } | { limitedBy: string };

export interface ServiceFunctionProps {
  /** Handler source, relative to the project root. */
  entry: string;
  environment?: Record<string, string>;
  logRetention: logs.RetentionDays;
  logKey: kms.IKey;
  concurrency: ConcurrencyLimit;
  timeout?: Duration;
  memorySize?: number;
  /** Where asynchronous invocations that still fail after Lambda's own retries are kept, with their error. */
  asyncFailures?: sqs.IQueue;
  /**
   * Set for a function that a stream's event source mapping invokes (its caller adds the mapping
   * and the mapping's on-failure queue): it is then neither invoked synchronously nor
   * asynchronously, and its acknowledgements say so.
   */
  invokedByStream?: true;
}

const LAMBDA_DLQ_REASONS = {
  sync: 'The function is invoked synchronously (API Gateway, Step Functions): failures return to the caller, and a DLQ only receives asynchronous events.',
  async:
    'Asynchronous failures go to an on-failure destination, which keeps the error with the event — more than a DLQ would.',
  stream:
    'A stream’s event source mapping invokes the function: batches that still fail after its retries go to the mapping’s on-failure queue, and a function’s DLQ would receive nothing.',
} as const;

const STAR_RESOURCE_REASONS = {
  sync: 'X-Ray PutTraceSegments and PutTelemetryRecords accept no resource other than *; every data grant is scoped to one ARN.',
  stream:
    'X-Ray PutTraceSegments and PutTelemetryRecords, and DynamoDB ListStreams (which the event source mapping needs), accept no resource other than *; every data grant is scoped to one ARN.',
} as const;

/**
 * Every Lambda function of the service: Node.js 24 on arm64, X-Ray tracing, JSON logs in an
 * encrypted log group with a fixed retention, minified ESM bundles with source maps (FUNCTION_BUNDLING).
 */
export class ServiceFunction extends NodejsFunction {
  constructor(scope: Construct, id: string, props: ServiceFunctionProps) {
    const invocation = props.invokedByStream ? 'stream' : props.asyncFailures ? 'async' : 'sync';
    const logGroup = new logs.LogGroup(scope, `${id}Logs`, {
      retention: props.logRetention,
      encryptionKey: props.logKey,
    });
    super(scope, id, {
      entry: props.entry,
      handler: 'handler',
      runtime: lambda.Runtime.NODEJS_24_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(10),
      tracing: lambda.Tracing.ACTIVE,
      logGroup,
      loggingFormat: lambda.LoggingFormat.JSON,
      reservedConcurrentExecutions: 'reserved' in props.concurrency ? props.concurrency.reserved : undefined,
      ...(props.asyncFailures && { onFailure: new destinations.SqsDestination(props.asyncFailures), retryAttempts: 2 }),
      environment: {
        NODE_OPTIONS: '--enable-source-maps',
        POWERTOOLS_SERVICE_NAME: SERVICE_NAME,
        ...props.environment,
      },
      bundling: {
        ...FUNCTION_BUNDLING,
        format: OutputFormat.ESM,
        mainFields: [...FUNCTION_BUNDLING.mainFields],
        // Said explicitly: left out, esbuild prints every bundle's file sizes (some 130 lines a synth).
        logLevel: LogLevel.WARNING,
      },
    });
    Validations.of(this).acknowledge(
      {
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        reason:
          'The AWS managed basic execution role only lets the function write its own logs; CDK attaches it to every function role.',
      },
      {
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason: invocation === 'stream' ? STAR_RESOURCE_REASONS.stream : STAR_RESOURCE_REASONS.sync,
      },
      {
        id: 'NIST.800.53.R5-IAMNoInlinePolicy',
        reason:
          "Each function's role carries only its own least-privilege statements; an inline policy keeps them from being attached to anything else.",
      },
      ...['NIST.800.53.R5-LambdaDLQ', 'Serverless-LambdaDLQ'].map((ruleId) => ({
        id: ruleId,
        reason: LAMBDA_DLQ_REASONS[invocation],
      })),
      ...(invocation === 'sync'
        ? []
        : ['kms:GenerateDataKey*', 'kms:ReEncrypt*'].map((action) => ({
            id: `AwsSolutions-IAM5[Action::${action}]`,
            reason:
              'The on-failure destination grant lets Lambda write encrypted messages to the dead-letter queue; it is scoped to that one key.',
          }))),
      ...('limitedBy' in props.concurrency
        ? [
            {
              id: 'NIST.800.53.R5-LambdaConcurrency',
              reason: `No reservation: ${props.concurrency.limitedBy}. A reservation comes out of the account's concurrency quota and would protect nothing here.`,
            },
          ]
        : []),
      {
        id: 'NIST.800.53.R5-LambdaInsideVPC',
        reason:
          'The function reaches only AWS service endpoints over TLS with IAM authorization and has no private network resource to reach; a VPC adds NAT or endpoints and cold-start latency with no control gained.',
      },
    );
  }

  /**
   * Gives the function the table's name under `variable` and exactly the calls it makes on the table
   * and its indexes: those of an access level, or the adapter's own list of actions.
   */
  bindTable(
    table: dynamodb.ITable,
    variable: string,
    access: Exclude<TableAccess, 'none'> | readonly string[],
    indexNames: string[] = [],
  ): this {
    this.addEnvironment(variable, table.tableName);
    const resources = [table.tableArn, ...indexNames.map((name) => `${table.tableArn}/index/${name}`)];
    const actions = [...(typeof access === 'string' ? TABLE_ACCESS_ACTIONS[access] : access)];
    const writes = actions.some((action) => /Put|Update|Delete|Write/.test(action));
    this.addToRolePolicy(new iam.PolicyStatement({ actions, resources }));
    if (table.encryptionKey)
      this.addToRolePolicy(
        new iam.PolicyStatement({
          actions: KEY_ACTIONS[writes ? 'readWrite' : 'read'],
          resources: [table.encryptionKey.keyArn],
        }),
      );
    return this;
  }

  /**
   * Gives the function the table's name under `variable` and the adapter's calls on the table's
   * items only in partitions whose key starts with `partitionPrefix` (IAM's `dynamodb:LeadingKeys`):
   * a function that keeps establishments' contacts reads and writes nothing else of the table.
   */
  bindTablePartitions(
    table: dynamodb.ITable,
    variable: string,
    actions: readonly string[],
    partitionPrefix: string,
  ): this {
    this.addEnvironment(variable, table.tableName);
    this.addToRolePolicy(
      new iam.PolicyStatement({
        actions: [...actions],
        resources: [table.tableArn],
        conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [`${partitionPrefix}*`] } },
      }),
    );
    const writes = actions.some((action) => /Put|Update|Delete|Write/.test(action));
    if (table.encryptionKey)
      this.addToRolePolicy(
        new iam.PolicyStatement({
          actions: KEY_ACTIONS[writes ? 'readWrite' : 'read'],
          resources: [table.encryptionKey.keyArn],
        }),
      );
    return this;
  }

  /** Gives the function the table's name under `variable` and Query on one of its indexes — nothing on the table's items. */
  bindIndex(table: dynamodb.ITable, variable: string, indexName: string): this {
    this.addEnvironment(variable, table.tableName);
    this.addToRolePolicy(
      new iam.PolicyStatement({ actions: ['dynamodb:Query'], resources: [`${table.tableArn}/index/${indexName}`] }),
    );
    if (table.encryptionKey)
      this.addToRolePolicy(
        new iam.PolicyStatement({ actions: KEY_ACTIONS.read, resources: [table.encryptionKey.keyArn] }),
      );
    return this;
  }

  /**
   * Gives the function the bucket's name under `variable` and exactly the object calls it makes
   * under `prefix`, for a bucket imported from the data stack's `arnExport`.
   */
  bindBucket(bucket: ImportedBucket, variable: string, access: ObjectAccess, prefix: string): this {
    this.addEnvironment(variable, bucket.bucket.bucketName);
    this.addToRolePolicy(
      new iam.PolicyStatement({
        actions: OBJECT_ACTIONS[access].objects,
        resources: [bucket.bucket.arnForObjects(`${prefix}*`)],
      }),
    );
    this.addToRolePolicy(
      new iam.PolicyStatement({ actions: OBJECT_ACTIONS[access].key, resources: [bucket.key.keyArn] }),
    );
    Validations.of(this).acknowledge({
      id: `AwsSolutions-IAM5[Resource::${bucket.arnExport}/${prefix}*]`,
      reason: 'Object keys are generated per file; the grant covers only one prefix of one bucket.',
    });
    return this;
  }

  /** Gives the function the state machine's ARN under `variable`, and either starting executions or resuming waiting ones. */
  bindStateMachine(stateMachine: sfn.IStateMachine, variable: string, access: Exclude<WorkflowAccess, 'none'>): this {
    this.addEnvironment(variable, stateMachine.stateMachineArn);
    const actions = access === 'start' ? ['states:StartExecution'] : ['states:SendTaskSuccess'];
    this.addToRolePolicy(new iam.PolicyStatement({ actions, resources: [stateMachine.stateMachineArn] }));
    return this;
  }
}
