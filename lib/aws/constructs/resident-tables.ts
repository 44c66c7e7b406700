import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import { DATA_CONSTRUCTS } from '../../../functions/contract/construct-ids.js';
import {
  EMPLOYER_INDEX_ATTRIBUTES,
  EXPIRY_INDEX_ATTRIBUTES,
  REMINDER_LOG_KEYS,
  RESIDENT_TABLE_KEYS,
} from '../../../functions/contract/table-layouts.js';
import { protectedTableProps } from './protected-table.js';

/** Residents' profiles and documents (with the idempotency claims of their updates), and the log of the reminders sent about them. */
export class ResidentTables extends Construct {
  readonly residents: dynamodb.Table;
  readonly reminderLog: dynamodb.Table;

  constructor(scope: Construct, id: string, props: { encryptionKey: kms.IKey }) {
    super(scope, id);
    const common = protectedTableProps(props.encryptionKey);
    this.residents = new dynamodb.Table(this, DATA_CONSTRUCTS.residentTables.residents, {
      ...common,
      partitionKey: { name: RESIDENT_TABLE_KEYS.partitionKey, type: dynamodb.AttributeType.STRING },
      sortKey: { name: RESIDENT_TABLE_KEYS.sortKey, type: dynamodb.AttributeType.STRING },
      timeToLiveAttribute: RESIDENT_TABLE_KEYS.timeToLive,
    });
    // The sweep's only read path: one partition per expiry date and shard, holding just what an SMS needs.
    this.residents.addGlobalSecondaryIndex({
      indexName: RESIDENT_TABLE_KEYS.byExpiryIndex,
      partitionKey: { name: RESIDENT_TABLE_KEYS.expiryShard, type: dynamodb.AttributeType.STRING },
      projectionType: dynamodb.ProjectionType.INCLUDE,
      nonKeyAttributes: [...EXPIRY_INDEX_ATTRIBUTES],
    });
    // An establishment's list reads one partition, the soonest expiry first, whatever its size.
    this.residents.addGlobalSecondaryIndex({
      indexName: RESIDENT_TABLE_KEYS.byEmployerIndex,
      partitionKey: { name: RESIDENT_TABLE_KEYS.employer, type: dynamodb.AttributeType.STRING },
      sortKey: { name: RESIDENT_TABLE_KEYS.expiresOn, type: dynamodb.AttributeType.STRING },
      projectionType: dynamodb.ProjectionType.INCLUDE,
      nonKeyAttributes: [...EMPLOYER_INDEX_ATTRIBUTES],
    });
    this.reminderLog = new dynamodb.Table(this, DATA_CONSTRUCTS.residentTables.reminderLog, {
      ...common,
      partitionKey: { name: REMINDER_LOG_KEYS.partitionKey, type: dynamodb.AttributeType.STRING },
      timeToLiveAttribute: REMINDER_LOG_KEYS.timeToLive,
    });
  }
}
