import { Duration } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as logs from 'aws-cdk-lib/aws-logs';
import type * as sns from 'aws-cdk-lib/aws-sns';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import { ENVIRONMENT } from '../../../functions/contract/environment.js';
import { START_REVIEW } from '../../../functions/contract/triggers.js';
import { mapInquiryStream } from './inquiry-stream-mapping.js';
import { ServiceFunction } from './service-function.js';

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
    this.deadLetters = mapInquiryStream(this, this.function, {
      table: props.table,
      events: ['INSERT'],
      logKey: props.logKey,
      alerts: props.alerts,
      deadLetteredAlert:
        'Reviews could not be started from the table’s stream after a day of retries: run the reconciliation (see the runbook)',
      behindAlert:
        'New inquiries wait more than five minutes for their review to start: the stream’s function is failing or throttled',
    });
  }
}
