import { Duration, Stack, TimeZone, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import * as schedulerTargets from 'aws-cdk-lib/aws-scheduler-targets';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import type { ServiceFunction } from './service-function.js';

export interface DailyFunctionScheduleProps {
  /** Riyadh time of day, e.g. `{ hour: 3, minute: 0 }`. */
  at: { hour: number; minute: number };
  description: string;
  /** Where a run the scheduler cannot deliver goes, encrypted with `key`. */
  deadLetters: sqs.IQueue;
  key: kms.IKey;
}

/**
 * Invokes `fn` once a day at a Riyadh time with `{"scheduledTime": …}`, retried for six hours, an
 * undeliverable run dead-lettered. The scheduler's role may invoke only that function (any of its
 * versions) and encrypt into that queue.
 */
export const scheduleDaily = (
  scope: Construct,
  id: string,
  fn: ServiceFunction,
  props: DailyFunctionScheduleProps,
): scheduler.Schedule => {
  const role = new iam.Role(scope, 'ScheduleRole', {
    assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com', {
      conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(scope).account } },
    }),
  });
  // The scheduler writes an undelivered run into the encrypted dead-letter queue with its own role.
  props.key.grant(role, 'kms:Decrypt', 'kms:GenerateDataKey');
  const schedule = new scheduler.Schedule(scope, id, {
    description: props.description,
    schedule: scheduler.ScheduleExpression.cron({
      minute: String(props.at.minute),
      hour: String(props.at.hour),
      timeZone: TimeZone.ASIA_RIYADH,
    }),
    target: new schedulerTargets.LambdaInvoke(fn, {
      input: scheduler.ScheduleTargetInput.fromObject({ scheduledTime: scheduler.ContextAttribute.scheduledTime }),
      role,
      retryAttempts: 10,
      maxEventAge: Duration.hours(6),
      deadLetterQueue: props.deadLetters,
    }),
  });
  const functionLogicalId = Stack.of(scope).getLogicalId(fn.node.defaultChild as lambda.CfnFunction);
  Validations.of(role).acknowledge(
    {
      id: 'NIST.800.53.R5-IAMNoInlinePolicy',
      reason:
        'The scheduler’s role may only invoke this one function and write to its dead-letter queue with that queue’s key.',
    },
    {
      id: `AwsSolutions-IAM5[Resource::<${functionLogicalId}.Arn>:*]`,
      reason: 'The scheduler invokes this one function by any of its versions; the grant names that function.',
    },
  );
  return schedule;
};
