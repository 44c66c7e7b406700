import { Duration } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type * as logs from 'aws-cdk-lib/aws-logs';
import type * as sns from 'aws-cdk-lib/aws-sns';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import { ENVIRONMENT } from '../../../functions/contract/environment.js';
import { INQUIRY_ITEM_MARK } from '../../../functions/contract/table-layouts.js';
import { START_REVIEW } from '../../../functions/contract/triggers.js';
import { eventDeadLetters } from './event-dead-letters.js';
import { ServiceFunction } from './service-function.js';
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

/** How long the stream's records wait for their function before operators hear of it. */
const ITERATOR_AGE_ALARM = Duration.minutes(5);
/** The dead-letter queue keeps a batch's record for 14 days; operators hear of it a week before it is gone. */
const DEAD_LETTER_AGE_ALARM = Duration.days(7);

/**
 * Every stored inquiry reaches review: the inquiries table's stream delivers each new inquiry to a
 * function that starts its execution, named by its reference (a repeat delivery is refused by
 * Step Functions and counted). A failing start is retried from its record, halving the batch, for
 * up to a day (the stream keeps records 24 h); what still fails is recorded in an encrypted
 * dead-letter queue, which holds where the batch was in the stream, never the records themselves
 * — the daily reconciliation starts those inquiries.
 *
 * The mapping imports the table's stream ARN from the data stack: a new view type, or a stream
 * switched off and on, gives a new ARN, which CloudFormation cannot change under an export in
 * use — remove the mapping in one deployment and change the stream in the next.
 */
export class ReviewStart extends Construct {
  readonly function: ServiceFunction;
  readonly deadLetters: sqs.Queue;

  constructor(scope: Construct, id: string, props: ReviewStartProps) {
    super(scope, id);
    this.deadLetters = eventDeadLetters(this, props.logKey, 'the review-start stream mapping');
    this.function = new ServiceFunction(this, START_REVIEW.id, {
      entry: START_REVIEW.entry,
      logKey: props.logKey,
      logRetention: props.logRetention,
      environment: props.environment,
      concurrency: {
        limitedBy:
          'the event source mapping invokes it once at a time per shard of the inquiries table’s stream, to keep the records in order',
      },
      // A full batch is a hundred StartExecution calls made one after another.
      timeout: Duration.minutes(1),
      invokedByStream: true,
    }).bindStateMachine(props.stateMachine, ENVIRONMENT.reviewStateMachine, 'start');

    this.function.addEventSource(
      new DynamoEventSource(props.table, {
        startingPosition: lambda.StartingPosition.TRIM_HORIZON,
        batchSize: 100,
        bisectBatchOnError: true,
        retryAttempts: 10,
        maxRecordAge: Duration.hours(24),
        reportBatchItemFailures: true,
        onFailure: new SqsDlq(this.deadLetters),
        // Only new inquiries: no attachment, idempotency claim, change or removal invokes the function.
        filters: [
          lambda.FilterCriteria.filter({
            eventName: lambda.FilterRule.isEqual('INSERT'),
            dynamodb: {
              NewImage: { [INQUIRY_ITEM_MARK.attribute]: { S: lambda.FilterRule.isEqual(INQUIRY_ITEM_MARK.value) } },
            },
          }),
        ],
      }),
    );

    operatorAlarm(
      this,
      'StartsDeadLettered',
      'Reviews could not be started from the table’s stream after a day of retries: run the reconciliation (see the runbook)',
      this.deadLetters.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: 'Maximum' }),
      props.alerts,
    );
    operatorAlarm(
      this,
      'DeadLettersUnhandled',
      'A dead-lettered review-start batch has waited a week; the queue drops it after 14 days',
      this.deadLetters.metricApproximateAgeOfOldestMessage({ period: Duration.minutes(5), statistic: 'Maximum' }),
      props.alerts,
      DEAD_LETTER_AGE_ALARM.toSeconds(),
    );
    operatorAlarm(
      this,
      'StartsBehind',
      'New inquiries wait more than five minutes for their review to start: the stream’s function is failing or throttled',
      this.function.metric('IteratorAge', { statistic: 'Maximum', period: Duration.minutes(5) }),
      props.alerts,
      ITERATOR_AGE_ALARM.toMilliseconds(),
    );
  }
}
