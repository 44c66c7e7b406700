import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import { DATA_CONSTRUCTS } from '../../../functions/contract/construct-ids.js';
import { MESSAGE_TABLE_KEYS } from '../../../functions/contract/table-layouts.js';
import { protectedTableProps } from './protected-table.js';

/**
 * A record of every SMS sent — what for, in which language, how many parts, and what its receipt
 * said — and each month's SMS spend. Kept apart from the inquiries so that receipts, which arrive
 * by the hundred a second, stream into no review or statistics consumer. Records expire after
 * 400 days.
 */
export class MessageTable extends Construct {
  readonly table: dynamodb.Table;

  constructor(scope: Construct, id: string, props: { encryptionKey: kms.IKey }) {
    super(scope, id);
    this.table = new dynamodb.Table(this, DATA_CONSTRUCTS.messages.table, {
      partitionKey: { name: MESSAGE_TABLE_KEYS.partitionKey, type: dynamodb.AttributeType.STRING },
      ...protectedTableProps(props.encryptionKey),
      timeToLiveAttribute: MESSAGE_TABLE_KEYS.timeToLive,
    });
    // An inquiry's notices, oldest first, for its views; only inquiry notices carry a subject.
    this.table.addGlobalSecondaryIndex({
      indexName: MESSAGE_TABLE_KEYS.bySubjectIndex,
      partitionKey: { name: MESSAGE_TABLE_KEYS.subject, type: dynamodb.AttributeType.STRING },
      sortKey: { name: MESSAGE_TABLE_KEYS.sentAt, type: dynamodb.AttributeType.STRING },
      projectionType: dynamodb.ProjectionType.ALL,
    });
  }
}
