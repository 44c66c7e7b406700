import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as logs from 'aws-cdk-lib/aws-logs';
import type * as sns from 'aws-cdk-lib/aws-sns';
import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import { SERVICE_CONSTRUCTS } from '../../../functions/contract/construct-ids.js';
import { ENVIRONMENT } from '../../../functions/contract/environment.js';
import { REVIEW_START_METRICS } from '../../../functions/contract/metrics.js';
import { INQUIRY_TABLE_KEYS } from '../../../functions/contract/table-layouts.js';
import { RECONCILE_REVIEWS } from '../../../functions/contract/triggers.js';
import { scheduleDaily } from './daily-function-schedule.js';
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

    scheduleDaily(this, SERVICE_CONSTRUCTS.reviewReconciliation.schedule, this.function, {
      at: { hour: 3, minute: 0 },
      description: 'Starts the reviews the inquiries table’s stream did not start, every day at 03:00 Riyadh time',
      deadLetters,
      key: props.logKey,
    });

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
      'ReviewsStuckAfterStart',
      'Submitted inquiries ten minutes old already have a review execution: it ended without moving them on (see the runbook)',
      new cloudwatch.Metric({
        namespace: REVIEW_START_METRICS.namespace,
        metricName: REVIEW_START_METRICS.stuck,
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
