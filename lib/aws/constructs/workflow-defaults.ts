import { Duration, Stack, Validations } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as cloudwatchActions from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as sns from 'aws-cdk-lib/aws-sns';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { ENVIRONMENT } from '../../../functions/contract/environment.js';
import { MESSAGE_RECORD_ACTIONS, SMS_SPEND_READ_ACTIONS } from '../../../functions/contract/table-actions.js';
import { SMS_SPEND_PARTITION_PREFIX } from '../../../functions/contract/table-layouts.js';
import type { ServiceFunction } from './service-function.js';

/** Lambda and SDK faults and throttles; a task's own errors are retried too, since every task is safe to repeat. */
export const TASK_RETRY: sfn.RetryProps = {
  errors: ['States.TaskFailed'],
  interval: Duration.seconds(2),
  backoffRate: 2,
  maxAttempts: 4,
  maxDelay: Duration.seconds(30),
  jitterStrategy: sfn.JitterType.FULL,
};

/** An alarm that tells operators (through `alerts`) as soon as `metric` reaches `threshold`: by default, counts one. */
export const operatorAlarm = (
  scope: Construct,
  id: string,
  description: string,
  metric: cloudwatch.IMetric,
  alerts: sns.ITopic,
  threshold = 1,
  comparisonOperator = cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
) =>
  new cloudwatch.Alarm(scope, id, {
    alarmDescription: description,
    metric,
    threshold,
    evaluationPeriods: 1,
    comparisonOperator,
    treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
  }).addAlarmAction(new cloudwatchActions.SnsAction(alerts));

export const INLINE_POLICY_REASON =
  'The role carries only this workflow’s own least-privilege statements; an inline policy keeps them from being attached to anything else.';

/** What the nag packs find in every workflow's role, with the reasons: its inline policy, its `*` resource, its functions' versions. */
export const acknowledgeWorkflowRole = (
  stateMachine: sfn.StateMachine,
  functions: lambda.IFunction[],
  starReason: string,
) =>
  Validations.of(stateMachine).acknowledge(
    { id: 'NIST.800.53.R5-IAMNoInlinePolicy', reason: INLINE_POLICY_REASON },
    { id: 'AwsSolutions-IAM5[Resource::*]', reason: starReason },
    ...functions.map((fn) => ({
      id: `AwsSolutions-IAM5[Resource::<${Stack.of(stateMachine).getLogicalId(fn.node.defaultChild as lambda.CfnFunction)}.Arn>:*]`,
      reason:
        'Step Functions invokes the workflow’s own function by any of its versions; the grant names that one function.',
    })),
  );

/**
 * SMS to phone numbers and nothing else: a phone number has no resource ARN, so the grant names `*`,
 * and every topic (which has one) is denied.
 */
export const grantSmsOnly = (fn: lambda.Function) => {
  fn.addToRolePolicy(new iam.PolicyStatement({ actions: ['sns:Publish'], resources: ['*'] }));
  fn.addToRolePolicy(
    new iam.PolicyStatement({ effect: iam.Effect.DENY, actions: ['sns:Publish'], resources: ['arn:aws:sns:*:*:*'] }),
  );
  Validations.of(fn).acknowledge({
    id: 'AwsSolutions-IAM5[Resource::*]',
    reason:
      'SNS Publish to a phone number (SMS) has no resource ARN (topics are denied); X-Ray accepts no other resource either.',
  });
};

/** Where a function that texts residents records what it sent, and what it expects a part to cost. */
export interface SmsRecording {
  messages: dynamodb.ITable;
  pricePerPartUsd: number;
  /** The stage's SMS budget for a calendar month, which the reminder sweep keeps to. */
  monthlyBudgetUsd: number;
}

/** SMS to phone numbers (see grantSmsOnly), each recorded in the messages table. */
export const grantSmsSending = (fn: ServiceFunction, recording: SmsRecording) => {
  grantSmsOnly(fn);
  fn.bindTable(recording.messages, ENVIRONMENT.messagesTable, MESSAGE_RECORD_ACTIONS);
  fn.addEnvironment(ENVIRONMENT.smsPricePerPartUsd, String(recording.pricePerPartUsd));
};

/** The month's SMS spend (its partition only) and budget, for a function that keeps to the budget. */
export const grantSmsBudget = (fn: ServiceFunction, recording: SmsRecording) => {
  fn.bindTablePartitions(
    recording.messages,
    ENVIRONMENT.messagesTable,
    SMS_SPEND_READ_ACTIONS,
    SMS_SPEND_PARTITION_PREFIX,
  );
  fn.addEnvironment(ENVIRONMENT.smsMonthlyBudgetUsd, String(recording.monthlyBudgetUsd));
};
