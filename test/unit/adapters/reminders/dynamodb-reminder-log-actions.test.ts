import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { DynamoDbReminderLog } from '../../../../functions/adapters/reminders/dynamodb-reminder-log.js';
import { REMINDER_LOG_ACTIONS } from '../../../../functions/contract/table-actions.js';

/** The IAM action each document-client command needs. */
const ACTION_OF: Record<string, string> = {
  GetCommand: 'dynamodb:GetItem',
  PutCommand: 'dynamodb:PutItem',
  UpdateCommand: 'dynamodb:UpdateItem',
  DeleteCommand: 'dynamodb:DeleteItem',
  QueryCommand: 'dynamodb:Query',
  ScanCommand: 'dynamodb:Scan',
  BatchGetCommand: 'dynamodb:BatchGetItem',
  BatchWriteCommand: 'dynamodb:BatchWriteItem',
  TransactGetCommand: 'dynamodb:TransactGetItems',
  TransactWriteCommand: 'dynamodb:TransactWriteItems',
};

const key = { documentId: 'doc-1', expiresOn: '2026-12-25', leadDays: 30 };
const now = new Date('2026-11-24T21:30:00.000Z');

describe('the reminder log’s calls and its grant', () => {
  it('when every method of the reminder log runs, it makes exactly the calls its grant lists, no more and no fewer', async () => {
    // Prepare
    const documentClient = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'me-central-1' }));
    const dynamodb = mockClient(documentClient);
    dynamodb.onAnyCommand().resolves({ Item: { position: { page: 1 } } });
    const log = new DynamoDbReminderLog(documentClient, 'ReminderLog');
    const calls: Record<keyof DynamoDbReminderLog, () => Promise<unknown>> = {
      claim: () => log.claim(key, now),
      markSent: () => log.markSent(key, now),
      release: () => log.release(key, now),
      recordSkip: () => log.recordSkip(key, 'OPTED_OUT', now),
      save: () => log.save({ page: 1 }, now),
      load: () => log.load('cursor-1'),
    };
    // Act
    for (const call of Object.values(calls)) await call();
    // Assess
    const methods = Object.getOwnPropertyNames(DynamoDbReminderLog.prototype).filter((name) => name !== 'constructor');
    expect(Object.keys(calls).sort()).toEqual(methods.sort());
    const actions = new Set(
      dynamodb
        .calls()
        .map((call) => ACTION_OF[call.args[0].constructor.name] ?? `unmapped ${call.args[0].constructor.name}`),
    );
    expect([...actions].sort()).toEqual([...REMINDER_LOG_ACTIONS].sort());
  });
});
