import type { TableAccess } from './routes.js';

/**
 * The DynamoDB calls the adapters make, listed where the CDK grants read them: a function is
 * granted these and nothing more.
 */

/** The calls of each access level a route declares (transactions need those of their items). */
export const TABLE_ACCESS_ACTIONS: Record<Exclude<TableAccess, 'none'>, readonly string[]> = {
  read: ['dynamodb:GetItem', 'dynamodb:Query'],
  readWrite: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
};

/** Every call the reminder log and the page cursors make; its test runs each of its methods against this list. */
export const REMINDER_LOG_ACTIONS = ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'] as const;

/** Every call the statistics' store makes: one transaction of a marker Put and counter Updates per change. */
export const STATS_STORE_ACTIONS = ['dynamodb:PutItem', 'dynamodb:UpdateItem'] as const;

/** Every call the statistics' reader makes: day items and gauges are read by Query only. */
export const STATS_READER_ACTIONS = ['dynamodb:Query'] as const;

/** The call that reads the published processing times: one item, by its key. */
export const PROCESSING_TIMES_READ_ACTIONS = ['dynamodb:GetItem'] as const;

/** The call that publishes them: the one item, replaced whole. */
export const PROCESSING_TIMES_PUBLISH_ACTIONS = ['dynamodb:PutItem'] as const;

/** The calls that keep a staff member's sign-in as the establishment's contact: read it, replace it when changed. */
export const CONTACT_REMEMBER_ACTIONS = ['dynamodb:GetItem', 'dynamodb:PutItem'] as const;

/** The call the digest reads the contacts with: a shard's partition, by Query. */
export const CONTACT_SHARD_READ_ACTIONS = ['dynamodb:Query'] as const;

/** The calls that record a sent SMS: its record Put, its month's spend added to. */
export const MESSAGE_RECORD_ACTIONS = ['dynamodb:PutItem', 'dynamodb:UpdateItem'] as const;

/** The calls a receipt makes: the record read, then moved on and its month's spend corrected. */
export const MESSAGE_RECEIPT_ACTIONS = ['dynamodb:GetItem', 'dynamodb:UpdateItem'] as const;

/** The call that notes an inquiry opened while it waits for its reader's information: one attribute, by UpdateItem. */
export const REPLY_REQUEST_SEEN_ACTIONS = ['dynamodb:UpdateItem'] as const;

/** The call that reads the month's SMS spend (its partition only): the reminder sweep's budget. */
export const SMS_SPEND_READ_ACTIONS = ['dynamodb:GetItem'] as const;

/** The call that lists an inquiry's notices: the subject index, by Query. */
export const MESSAGE_SUBJECT_READ_ACTIONS = ['dynamodb:Query'] as const;

/** The call that reads a month's spend: one item, by its key. */
export const MESSAGE_SPEND_READ_ACTIONS = ['dynamodb:GetItem'] as const;
