import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import { DATA_CONSTRUCTS } from '../../../functions/contract/construct-ids.js';
import { INQUIRY_TABLE_KEYS } from '../../../functions/contract/table-layouts.js';
import { protectedTableProps } from './protected-table.js';

/** Residents' inquiries, their attachments, and the idempotency claims of the changes made to them. */
export class InquiryTable extends Construct {
  readonly table: dynamodb.Table;

  constructor(scope: Construct, id: string, props: { encryptionKey: kms.IKey }) {
    super(scope, id);
    this.table = new dynamodb.Table(this, DATA_CONSTRUCTS.inquiries.table, {
      partitionKey: { name: INQUIRY_TABLE_KEYS.partitionKey, type: dynamodb.AttributeType.STRING },
      sortKey: { name: INQUIRY_TABLE_KEYS.sortKey, type: dynamodb.AttributeType.STRING },
      ...protectedTableProps(props.encryptionKey),
      timeToLiveAttribute: INQUIRY_TABLE_KEYS.timeToLive,
      // Every change, with the item before and after it: what follows from a write (the start of its
      // review, the directorate's statistics) is read from here rather than done beside the write.
      stream: dynamodb.StreamViewType.NEW_AND_OLD_IMAGES,
    });
    // "My inquiries, newest first". Only inquiries carry residentId and createdAt together, so the
    // index holds nothing else.
    this.table.addGlobalSecondaryIndex({
      indexName: INQUIRY_TABLE_KEYS.byResidentIndex,
      partitionKey: { name: INQUIRY_TABLE_KEYS.residentId, type: dynamodb.AttributeType.STRING },
      sortKey: { name: INQUIRY_TABLE_KEYS.createdAt, type: dynamodb.AttributeType.STRING },
      projectionType: dynamodb.ProjectionType.ALL,
    });
    this.table.addGlobalSecondaryIndex({
      indexName: INQUIRY_TABLE_KEYS.byEstablishmentIndex,
      partitionKey: { name: INQUIRY_TABLE_KEYS.submittingEstablishment, type: dynamodb.AttributeType.STRING },
      sortKey: { name: INQUIRY_TABLE_KEYS.createdAt, type: dynamodb.AttributeType.STRING },
      projectionType: dynamodb.ProjectionType.ALL,
    });
    this.table.addGlobalSecondaryIndex({
      indexName: INQUIRY_TABLE_KEYS.reviewQueueIndex,
      partitionKey: { name: INQUIRY_TABLE_KEYS.reviewSection, type: dynamodb.AttributeType.STRING },
      sortKey: { name: INQUIRY_TABLE_KEYS.queueKey, type: dynamodb.AttributeType.STRING },
      projectionType: dynamodb.ProjectionType.ALL,
    });
  }
}
