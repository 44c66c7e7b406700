import { Duration, Stack, TimeZone, Validations } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as logs from 'aws-cdk-lib/aws-logs';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import * as schedulerTargets from 'aws-cdk-lib/aws-scheduler-targets';
import type * as sns from 'aws-cdk-lib/aws-sns';
import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import { SERVICE_CONSTRUCTS } from '../../../functions/contract/construct-ids.js';
import { ENVIRONMENT } from '../../../functions/contract/environment.js';
import { REVIEW_START_METRICS } from '../../../functions/contract/metrics.js';
import { INQUIRY_TABLE_KEYS } from '../../../functions/contract/table-layouts.js';
import { RECONCILE_REVIEWS } from '../../../functions/contract/triggers.js';
import { eventDeadLetters } from './event-dead-letters.js';
import { ServiceFunction } from './service-function.js';
import { operatorAlarm } from './workflow-defaults.js';

export interface ReviewReconciliationProps {
  table: dynamodb.ITable;
  stateMachine: sfn.IStateMachine;
  logKey: kms.IKey;
  logRetention: logs.RetentionDays;
  environment: Record<string, string>;
  alerts: sns.ITopic;
}

/**
 * Every day at 03:00 Riyadh time, starts the review of each inquiry still submitted ten minutes
 * after it was stored — those the table's stream lost. It reads each section's review queue (only
 * as far as such an inquiry can be due) and may start executions of the review state machine,
 * nothing else. A review started here is counted, and the count alarms: the stream should have
 * started it. Operators may invoke the function at any time with `{}`.
 */
export class ReviewReconciliation extends Construct {
  readonly function: ServiceFunction;

  constructor(scope: Construct, id: string, props: ReviewReconciliationProps) {
    super(scope, id);
    const deadLetters = eventDeadLetters(this, props.logKey, 'the daily review reconciliation');
    this.function = new ServiceFunction(this, RECONCILE_REVIEWS.id, {
      entry: RECONCILE_REVIEWS.entry,
      logKey: props.logKey,
      logRetention: props.logRetention,
      environment: props.environment,
      concurrency: { limitedBy: 'its schedule invokes it once a day, and operators on demand' },
      // Each section's whole open backlog, at worst, and a start for every inquiry found.
      timeout: Duration.minutes(5),
      // The scheduler hands the run over asynchronously: a run that still fails after Lambda's retries lands here.
      asyncFailures: deadLetters,
    })
      .bindIndex(props.table, ENVIRONMENT.inquiriesTable, INQUIRY_TABLE_KEYS.reviewQueueIndex)
      .bindStateMachine(props.stateMachine, ENVIRONMENT.reviewStateMachine, 'start');

    const scheduleRole = new iam.Role(this, 'ScheduleRole', {
      assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } },
      }),
    });
    // The scheduler writes an undelivered run into the encrypted dead-letter queue with its own role.
    props.logKey.grant(scheduleRole, 'kms:Decrypt', 'kms:GenerateDataKey');
    new scheduler.Schedule(this, SERVICE_CONSTRUCTS.reviewReconciliation.schedule, {
      description: 'Starts the reviews the inquiries table’s stream did not start, every day at 03:00 Riyadh time',
      schedule: scheduler.ScheduleExpression.cron({ minute: '0', hour: '3', timeZone: TimeZone.ASIA_RIYADH }),
      target: new schedulerTargets.LambdaInvoke(this.function, {
        input: scheduler.ScheduleTargetInput.fromObject({ scheduledTime: scheduler.ContextAttribute.scheduledTime }),
        role: scheduleRole,
        retryAttempts: 10,
        maxEventAge: Duration.hours(6),
        deadLetterQueue: deadLetters,
      }),
    });
    const functionLogicalId = Stack.of(this).getLogicalId(this.function.node.defaultChild as lambda.CfnFunction);
    Validations.of(scheduleRole).acknowledge(
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

    operatorAlarm(
      this,
      'ReviewsStartedByReconciliation',
      'The reconciliation started reviews the inquiries table’s stream had not started: the stream lost them (see the runbook)',
      new cloudwatch.Metric({
        namespace: REVIEW_START_METRICS.namespace,
        metricName: REVIEW_START_METRICS.startedByReconciliation,
        dimensionsMap: { service: REVIEW_START_METRICS.service },
        statistic: 'Sum',
        period: Duration.hours(1),
      }),
      props.alerts,
    );
    operatorAlarm(
      this,
      'RunsDeadLettered',
      'The daily review reconciliation failed or was not delivered: invoke it again with {} once the cause is fixed',
      deadLetters.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: 'Maximum' }),
      props.alerts,
    );
  }
}
