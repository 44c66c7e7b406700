import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import { DATA_CONSTRUCTS } from '../../../functions/contract/construct-ids.js';
import { STATS_TABLE_KEYS } from '../../../functions/contract/table-layouts.js';
import { protectedTableProps } from './protected-table.js';

/**
 * The directorate's statistics: counters per section, day and request type, the open gauges, and a
 * short-lived marker per counted change. Kept apart from the inquiries so that the functions
 * reading statistics reach no resident's data, and the projector's writes stream nowhere. Counts
 * only, but protected like the other tables: they cannot be rebuilt without replaying every inquiry.
 */
export class StatsTable extends Construct {
  readonly table: dynamodb.Table;

  constructor(scope: Construct, id: string, props: { encryptionKey: kms.IKey }) {
    super(scope, id);
    this.table = new dynamodb.Table(this, DATA_CONSTRUCTS.stats.table, {
      partitionKey: { name: STATS_TABLE_KEYS.partitionKey, type: dynamodb.AttributeType.STRING },
      sortKey: { name: STATS_TABLE_KEYS.sortKey, type: dynamodb.AttributeType.STRING },
      ...protectedTableProps(props.encryptionKey),
      // Only the markers of counted changes expire.
      timeToLiveAttribute: STATS_TABLE_KEYS.timeToLive,
    });
  }
}
