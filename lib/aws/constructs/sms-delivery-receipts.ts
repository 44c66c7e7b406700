import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as logsDestinations from 'aws-cdk-lib/aws-logs-destinations';
import type * as sns from 'aws-cdk-lib/aws-sns';
import * as cr from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';
import { SERVICE_CONSTRUCTS } from '../../../functions/contract/construct-ids.js';
import { ENVIRONMENT } from '../../../functions/contract/environment.js';
import { SMS_METRICS } from '../../../functions/contract/metrics.js';
import { MESSAGE_RECEIPT_ACTIONS } from '../../../functions/contract/table-actions.js';
import { RECORD_SMS_DELIVERY } from '../../../functions/contract/triggers.js';
import { eventDeadLetters } from './event-dead-letters.js';
import { ServiceFunction } from './service-function.js';
import { INLINE_POLICY_REASON, operatorAlarm } from './workflow-defaults.js';

export interface SmsDeliveryReceiptsProps {
  messages: dynamodb.ITable;
  logKey: kms.IKey;
  logRetention: logs.RetentionDays;
  environment: Record<string, string>;
  alerts: sns.ITopic;
  /** The stage's SMS budget for a month, in USD: the account's SNS spend limit. */
  monthlyBudgetUsd: number;
}

/** Receipts are read within minutes of arriving; their lines hold phone numbers, so they go soon after. */
const RECEIPT_LOG_RETENTION = logs.RetentionDays.ONE_WEEK;

/** Below this share delivered in an hour (of at least MIN_RECEIPTS receipts), operators are told. */
const DELIVERY_RATE_FLOOR_PERCENT = 90;
const MIN_RECEIPTS = 20;

/**
 * Every SMS followed to its end. The account's SMS attributes turn on SNS's delivery status logging
 * (every success and every failure, through a role that may write only these two log groups) and set
 * the stage's monthly budget as SNS's spend limit; each log group's subscription filter hands the
 * receipts to a function that records them. SNS chooses the groups' names, so they are created here
 * under those names, encrypted and kept a week, before SNS would create them without either.
 */
export class SmsDeliveryReceipts extends Construct {
  readonly function: ServiceFunction;

  constructor(scope: Construct, id: string, props: SmsDeliveryReceiptsProps) {
    super(scope, id);
    const { region, account } = Stack.of(this);
    const ids = SERVICE_CONSTRUCTS.smsDeliveryReceipts;
    const deliveryLogs = (logId: string, name: string) =>
      new logs.LogGroup(this, `${logId}Logs`, {
        logGroupName: name,
        retention: RECEIPT_LOG_RETENTION,
        encryptionKey: props.logKey,
        removalPolicy: RemovalPolicy.DESTROY,
      });
    const delivered = deliveryLogs(ids.delivered, `sns/${region}/${account}/DirectPublishToPhoneNumber`);
    const failed = deliveryLogs(ids.failed, `sns/${region}/${account}/DirectPublishToPhoneNumber/Failure`);

    const deadLetters = eventDeadLetters(this, props.logKey, 'SMS delivery receipts');
    this.function = new ServiceFunction(this, RECORD_SMS_DELIVERY.id, {
      entry: RECORD_SMS_DELIVERY.entry,
      logKey: props.logKey,
      logRetention: props.logRetention,
      environment: props.environment,
      timeout: Duration.seconds(30),
      concurrency: {
        limitedBy: "CloudWatch Logs delivers each log group's events in batches, at most as fast as SNS sends SMS",
      },
      asyncFailures: deadLetters,
    }).bindTable(props.messages, ENVIRONMENT.messagesTable, MESSAGE_RECEIPT_ACTIONS);
    for (const [filterId, logGroup] of [
      [ids.delivered, delivered],
      [ids.failed, failed],
    ] as const) {
      new logs.SubscriptionFilter(this, filterId, {
        logGroup,
        destination: new logsDestinations.LambdaDestination(this.function),
        filterPattern: logs.FilterPattern.allEvents(),
      });
    }

    const deliveryStatusRole = new iam.Role(this, 'DeliveryStatusRole', {
      assumedBy: new iam.ServicePrincipal('sns.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': account } },
      }),
      description: 'SNS writes SMS delivery receipts into the two delivery log groups, and nothing else',
    });
    deliveryStatusRole.addToPolicy(
      new iam.PolicyStatement({
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents', 'logs:DescribeLogStreams'],
        resources: [delivered.logGroupArn, failed.logGroupArn].flatMap((arn) => [arn, `${arn}:log-stream:*`]),
      }),
    );
    const smsAttributes = {
      service: 'SNS',
      action: 'setSMSAttributes',
      parameters: {
        attributes: {
          DeliveryStatusIAMRole: deliveryStatusRole.roleArn,
          DeliveryStatusSuccessSamplingRate: '100',
          DefaultSMSType: 'Transactional',
          MonthlySpendLimit: String(props.monthlyBudgetUsd),
        },
      },
      physicalResourceId: cr.PhysicalResourceId.of('sms-attributes'),
    };
    const attributes = new cr.AwsCustomResource(this, 'SmsAttributes', {
      onCreate: smsAttributes,
      onUpdate: smsAttributes,
      policy: cr.AwsCustomResourcePolicy.fromStatements([
        new iam.PolicyStatement({ actions: ['sns:SetSMSAttributes'], resources: ['*'] }),
        new iam.PolicyStatement({ actions: ['iam:PassRole'], resources: [deliveryStatusRole.roleArn] }),
      ]),
      installLatestAwsSdk: false,
      logGroup: new logs.LogGroup(this, 'SmsAttributesLogs', {
        retention: props.logRetention,
        encryptionKey: props.logKey,
      }),
    });
    Validations.of(attributes).acknowledge(
      {
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason: 'SetSMSAttributes sets account-wide SMS settings and accepts no resource narrower than *.',
      },
      { id: 'NIST.800.53.R5-IAMNoInlinePolicy', reason: INLINE_POLICY_REASON },
    );
    attributes.node.addDependency(delivered, failed);

    const receipts = (metricName: string) =>
      new cloudwatch.Metric({
        namespace: SMS_METRICS.namespace,
        metricName,
        dimensionsMap: { service: SMS_METRICS.service },
        statistic: 'Sum',
        period: Duration.hours(1),
      });
    operatorAlarm(
      this,
      'DeliveryRateLow',
      `Fewer than ${DELIVERY_RATE_FLOOR_PERCENT}% of the SMS receipted in an hour were delivered`,
      new cloudwatch.MathExpression({
        expression: `IF((d + f) >= ${MIN_RECEIPTS}, 100 * d / (d + f), 100)`,
        usingMetrics: { d: receipts(SMS_METRICS.delivered), f: receipts(SMS_METRICS.failed) },
        period: Duration.hours(1),
        label: 'SMS delivered (%)',
      }),
      props.alerts,
      DELIVERY_RATE_FLOOR_PERCENT,
      cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD,
    );
    operatorAlarm(
      this,
      'SpendNearBudget',
      `The month's SMS spend passed 80% of the stage's budget (${props.monthlyBudgetUsd} USD)`,
      new cloudwatch.Metric({
        namespace: 'AWS/SNS',
        metricName: 'SMSMonthToDateSpentUSD',
        statistic: 'Maximum',
        period: Duration.hours(1),
      }),
      props.alerts,
      0.8 * props.monthlyBudgetUsd,
    );
    operatorAlarm(
      this,
      'ReceiptsFailed',
      'SMS receipts could not be recorded after their retries: they wait in the dead-letter queue',
      deadLetters.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: 'Maximum' }),
      props.alerts,
    );
    acknowledgeSmsAttributesFunction(this);
    const stack = Stack.of(this);
    Validations.of(deliveryStatusRole).acknowledge(
      ...[delivered, failed].map((logGroup) => ({
        id: `AwsSolutions-IAM5[Resource::<${stack.getLogicalId(logGroup.node.defaultChild as logs.CfnLogGroup)}.Arn>:log-stream:*]`,
        reason: 'SNS names the log streams it writes receipts in; the grant stays within the two delivery log groups.',
      })),
      { id: 'NIST.800.53.R5-IAMNoInlinePolicy', reason: INLINE_POLICY_REASON },
    );
  }
}

/** CDK's one function per stack that makes AWS calls for custom resources: here, SetSMSAttributes at deployment. */
const acknowledgeSmsAttributesFunction = (scope: Construct) => {
  const stack = Stack.of(scope);
  const singleton = stack.node.tryFindChild(`AWS${cr.AwsCustomResource.PROVIDER_FUNCTION_UUID.replace(/-/g, '')}`);
  if (!singleton) return;
  const reason = (why: string) =>
    `CDK's AWS-call function for custom resources, run by CloudFormation at deployment only: ${why}`;
  Validations.of(singleton).acknowledge(
    {
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      reason: reason('the AWS managed basic execution role lets it write only its own logs.'),
    },
    { id: 'AwsSolutions-L1', reason: reason('CDK pins its runtime with the version of aws-cdk-lib.') },
    { id: 'NIST.800.53.R5-LambdaConcurrency', reason: reason('it runs once per deployment, never on a request.') },
    {
      id: 'NIST.800.53.R5-LambdaDLQ',
      reason: reason('CloudFormation invokes it synchronously and fails the deployment with its error.'),
    },
    {
      id: 'Serverless-LambdaDLQ',
      reason: reason('CloudFormation invokes it synchronously and fails the deployment with its error.'),
    },
    {
      id: 'NIST.800.53.R5-LambdaInsideVPC',
      reason: reason('it calls SNS through its public endpoint; the project has no VPC.'),
    },
    { id: 'Serverless-LambdaLatestVersion', reason: reason('CDK pins its runtime with the version of aws-cdk-lib.') },
    { id: 'Serverless-LambdaTracing', reason: reason('a deployment step, not part of any request to trace.') },
    { id: 'Serverless-LambdaDefaultMemorySize', reason: reason('CDK sizes its own function.') },
    { id: 'Serverless-LambdaLogGroupRetention', reason: reason('CDK creates its own log group.') },
  );
};
