import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as logs from 'aws-cdk-lib/aws-logs';
import type * as sns from 'aws-cdk-lib/aws-sns';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import { ENVIRONMENT } from '../../../functions/contract/environment.js';
import { REVIEW_START_METRICS } from '../../../functions/contract/metrics.js';
import { START_REVIEW } from '../../../functions/contract/triggers.js';
import { inquiryStreamFunction, mapInquiryStream } from './inquiry-stream-mapping.js';
import type { ServiceFunction } from './service-function.js';
import { operatorAlarm } from './workflow-defaults.js';

export interface ReviewStartProps {
  /** The inquiries table, whose stream carries each new inquiry. */
  table: dynamodb.ITable;
  stateMachine: sfn.IStateMachine;
  logKey: kms.IKey;
  logRetention: logs.RetentionDays;
  environment: Record<string, string>;
  alerts: sns.ITopic;
}

/**
 * Every stored inquiry reaches review: the inquiries table's stream delivers each new inquiry to a
 * function that starts its execution, named by its reference (a repeat delivery is refused by
 * Step Functions and counted). What the stream cannot start within its day of retries, the daily
 * reconciliation starts.
 */
export class ReviewStart extends Construct {
  readonly function: ServiceFunction;
  readonly deadLetters: sqs.Queue;

  constructor(scope: Construct, id: string, props: ReviewStartProps) {
    super(scope, id);
    const { logKey, logRetention, environment } = props;
    this.function = inquiryStreamFunction(this, START_REVIEW, { logKey, logRetention, environment }).bindStateMachine(
      props.stateMachine,
      ENVIRONMENT.reviewStateMachine,
      'start',
    );
    this.deadLetters = mapInquiryStream(this, this.function, {
      table: props.table,
      events: ['INSERT'],
      // A start fails only when Step Functions does: keep trying until it answers, rather than
      // leave the inquiries to the next reconciliation (unreadable records are passed over).
      retries: 'untilExpired',
      logKey: props.logKey,
      alerts: props.alerts,
      deadLetteredAlert:
        'Reviews could not be started from the table’s stream for a day: run the reconciliation (see the runbook)',
      behindAlert:
        'New inquiries wait more than five minutes for their review to start: the stream’s function is failing or throttled',
    });
    operatorAlarm(
      this,
      'UnreadableInquiryRecords',
      'Stream records marked as new inquiries held none and were passed over: the reconciliation starts any real inquiry among them; look for what wrote them',
      new cloudwatch.Metric({
        namespace: REVIEW_START_METRICS.namespace,
        metricName: REVIEW_START_METRICS.unreadable,
        dimensionsMap: { service: REVIEW_START_METRICS.service },
        statistic: 'Sum',
        period: Duration.minutes(5),
      }),
      props.alerts,
    );
  }
}
