import { Duration } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type * as logs from 'aws-cdk-lib/aws-logs';
import type * as sns from 'aws-cdk-lib/aws-sns';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { INQUIRY_ITEM_MARK } from '../../../functions/contract/table-layouts.js';
import { eventDeadLetters } from './event-dead-letters.js';
import { ServiceFunction } from './service-function.js';
import { operatorAlarm } from './workflow-defaults.js';

/** The stream events a function is given: new inquiries only, or every change of one. */
export type InquiryStreamEvents = readonly ('INSERT' | 'MODIFY')[];

export interface InquiryStreamMappingProps {
  /** The inquiries table, whose stream carries its items before and after each change. */
  table: dynamodb.ITable;
  events: InquiryStreamEvents;
  /**
   * How often a failing batch is delivered again: a number, or until its records are a day old
   * (the stream's retention) — right where every failure is the service's, not the record's.
   */
  retries: number | 'untilExpired';
  logKey: kms.IKey;
  alerts: sns.ITopic;
  /** What operators are told when a batch is dead-lettered: what is lost, and what to do. */
  deadLetteredAlert: string;
  /** What operators are told when records wait: what is late. */
  behindAlert: string;
}

/**
 * A function the inquiries table's stream invokes, with what every such function shares: one
 * invocation at a time per shard (the records stay in order) and a minute for a full batch of a
 * hundred calls made one after another.
 */
export const inquiryStreamFunction = (
  scope: Construct,
  trigger: { id: string; entry: string },
  props: { logKey: kms.IKey; logRetention: logs.RetentionDays; environment: Record<string, string> },
): ServiceFunction =>
  new ServiceFunction(scope, trigger.id, {
    entry: trigger.entry,
    ...props,
    concurrency: {
      limitedBy:
        'the event source mapping invokes it once at a time per shard of the inquiries table’s stream, to keep the records in order',
    },
    timeout: Duration.minutes(1),
    invokedByStream: true,
  });

/** How long the stream's records wait for their function before operators hear of it. */
const ITERATOR_AGE_ALARM = Duration.minutes(5);
/** The dead-letter queue keeps a batch's place 14 days; operators hear of it a week before it is gone. */
const DEAD_LETTER_AGE_ALARM = Duration.days(7);

/**
 * Gives `fn` the inquiries table's stream as Lambda's event source mapping does: from the oldest
 * record, in order, only inquiry items' `events`; a failing record is reported and delivered again,
 * halving the batch, `retries` times within the stream's 24 hours; what still fails is recorded in an encrypted
 * dead-letter queue (the batch's place in the stream, never its records). Operators are alerted
 * to a dead-lettered batch, to one left a week, and to records waiting five minutes.
 *
 * The mapping imports the table's stream ARN from the data stack: a new view type, or a stream
 * switched off and on, gives a new ARN, which CloudFormation cannot change under an export in
 * use — remove the mappings in one deployment and change the stream in the next.
 */
export const mapInquiryStream = (
  scope: Construct,
  fn: ServiceFunction,
  props: InquiryStreamMappingProps,
): sqs.Queue => {
  const deadLetters = eventDeadLetters(scope, props.logKey, `the stream mapping of ${fn.node.id}`);
  fn.addEventSource(
    new DynamoEventSource(props.table, {
      startingPosition: lambda.StartingPosition.TRIM_HORIZON,
      batchSize: 100,
      bisectBatchOnError: true,
      retryAttempts: props.retries === 'untilExpired' ? -1 : props.retries,
      maxRecordAge: Duration.hours(24),
      reportBatchItemFailures: true,
      onFailure: new SqsDlq(deadLetters),
      // Attachments, idempotency claims and removals never invoke the function.
      filters: [
        lambda.FilterCriteria.filter({
          eventName: lambda.FilterRule.or(...props.events),
          dynamodb: {
            NewImage: { [INQUIRY_ITEM_MARK.attribute]: { S: lambda.FilterRule.isEqual(INQUIRY_ITEM_MARK.value) } },
          },
        }),
      ],
    }),
  );
  operatorAlarm(
    scope,
    'DeadLettered',
    props.deadLetteredAlert,
    deadLetters.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: 'Maximum' }),
    props.alerts,
  );
  operatorAlarm(
    scope,
    'DeadLettersUnhandled',
    'A dead-lettered batch of the inquiries table’s stream has waited a week; the queue drops it after 14 days',
    deadLetters.metricApproximateAgeOfOldestMessage({ period: Duration.minutes(5), statistic: 'Maximum' }),
    props.alerts,
    DEAD_LETTER_AGE_ALARM.toSeconds(),
  );
  operatorAlarm(
    scope,
    'Behind',
    props.behindAlert,
    fn.metric('IteratorAge', { statistic: 'Maximum', period: Duration.minutes(5) }),
    props.alerts,
    ITERATOR_AGE_ALARM.toMilliseconds(),
  );
  return deadLetters;
};
