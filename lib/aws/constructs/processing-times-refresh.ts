import { Duration } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as logs from 'aws-cdk-lib/aws-logs';
import type * as sns from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { SERVICE_CONSTRUCTS } from '../../../functions/contract/construct-ids.js';
import { ENVIRONMENT } from '../../../functions/contract/environment.js';
import { PROCESSING_TIMES_PUBLISH_ACTIONS, STATS_READER_ACTIONS } from '../../../functions/contract/table-actions.js';
import { REFRESH_PROCESSING_TIMES } from '../../../functions/contract/triggers.js';
import { scheduleDaily } from './daily-function-schedule.js';
import { eventDeadLetters } from './event-dead-letters.js';
import { ServiceFunction } from './service-function.js';
import { operatorAlarm } from './workflow-defaults.js';

export interface ProcessingTimesRefreshProps {
  stats: dynamodb.ITable;
  logKey: kms.IKey;
  logRetention: logs.RetentionDays;
  environment: Record<string, string>;
  alerts: sns.ITopic;
}

/**
 * The published processing times, computed afresh every night at 02:30 Riyadh time (after the
 * day's last decisions, before residents' mornings) from the statistics' day items of the last 180
 * days: a few Queries per section whatever the number of inquiries, and one item written.
 */
export class ProcessingTimesRefresh extends Construct {
  readonly function: ServiceFunction;

  constructor(scope: Construct, id: string, props: ProcessingTimesRefreshProps) {
    super(scope, id);
    // The schedule's undeliverable invocations and the function's own failures after Lambda's retries.
    const deadLetters = eventDeadLetters(this, props.logKey, 'daily processing-times schedule');
    this.function = new ServiceFunction(this, REFRESH_PROCESSING_TIMES.id, {
      entry: REFRESH_PROCESSING_TIMES.entry,
      logKey: props.logKey,
      logRetention: props.logRetention,
      environment: props.environment,
      timeout: Duration.minutes(1),
      concurrency: { limitedBy: 'its schedule invokes it once a day' },
      asyncFailures: deadLetters,
    }).bindTable(props.stats, ENVIRONMENT.statsTable, [...STATS_READER_ACTIONS, ...PROCESSING_TIMES_PUBLISH_ACTIONS]);

    scheduleDaily(this, SERVICE_CONSTRUCTS.processingTimesRefresh.schedule, this.function, {
      at: { hour: 2, minute: 30 },
      description: 'Published processing times, refreshed every day at 02:30 Riyadh time',
      deadLetters,
      key: props.logKey,
    });

    operatorAlarm(
      this,
      'RefreshFailed',
      'The published processing times were not refreshed (the schedule could not invoke the function, or it failed after its retries): the figures are a day older; invoke it again',
      deadLetters.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: 'Maximum' }),
      props.alerts,
    );
  }
}
