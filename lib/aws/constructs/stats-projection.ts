import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as logs from 'aws-cdk-lib/aws-logs';
import type * as sns from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { ENVIRONMENT } from '../../../functions/contract/environment.js';
import { STATS_STORE_ACTIONS } from '../../../functions/contract/table-actions.js';
import { PROJECT_INQUIRY_STATS } from '../../../functions/contract/triggers.js';
import { inquiryStreamFunction, mapInquiryStream } from './inquiry-stream-mapping.js';
import type { ServiceFunction } from './service-function.js';

export interface StatsProjectionProps {
  /** The inquiries table, whose stream carries every change of an inquiry. */
  inquiries: dynamodb.ITable;
  /** Where the counts are kept: it holds no personal data, and is all this function may write. */
  stats: dynamodb.ITable;
  logKey: kms.IKey;
  logRetention: logs.RetentionDays;
  environment: Record<string, string>;
  alerts: sns.ITopic;
}

/**
 * The directorate's statistics follow the inquiries as they move: the inquiries table's stream
 * delivers every new inquiry and every change to a function that adds what the change counts to
 * the day items and gauges of the statistics table, once per change (reference and revision).
 * It may read the stream and write the statistics, nothing else.
 */
export class StatsProjection extends Construct {
  readonly function: ServiceFunction;

  constructor(scope: Construct, id: string, props: StatsProjectionProps) {
    super(scope, id);
    const { logKey, logRetention, environment } = props;
    this.function = inquiryStreamFunction(this, PROJECT_INQUIRY_STATS, { logKey, logRetention, environment }).bindTable(
      props.stats,
      ENVIRONMENT.statsTable,
      STATS_STORE_ACTIONS,
    );
    mapInquiryStream(this, this.function, {
      table: props.inquiries,
      events: ['INSERT', 'MODIFY'],
      // A change that keeps failing (bisection finds it) must not hold up the counting of every later one.
      retries: 10,
      logKey: props.logKey,
      alerts: props.alerts,
      deadLetteredAlert:
        'Changes of inquiries could not be counted in the statistics after their retries: the counts are short (see the runbook)',
      behindAlert: 'The statistics lag the inquiries by more than five minutes: the projector is failing or throttled',
    });
  }
}
