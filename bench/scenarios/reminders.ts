import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { documentItemOf, expiryShardOf } from '../../functions/adapters/residents/dynamodb-document-register.js';
import { ENVIRONMENT } from '../../functions/contract/environment.js';
import { REMINDER_TASKS } from '../../functions/contract/triggers.js';
import { NO_TOTALS } from '../../functions/domain/reminders/sweep-totals.js';
import { documentIdFor, type ResidentDocument } from '../../functions/domain/residents/resident-document.js';
import { addDays, riyadhToday } from '../../functions/domain/shared/calendar-date.js';
import { concurrently, dynamodb, type SdkCall, sns } from '../baselines/sdk-plan.js';
import { fieldAt } from '../support/function-answers.js';
import { benchResident } from '../support/residents.js';
import type { Scenario } from './scenario.js';

/** The reminder sweep's tasks: the day's plan, one batch of due documents, the day's summary. */

const LEAD_DAYS = 7;
const DUE_PER_BATCH = 20;
/** Documents whose holders turned SMS reminders off: read, and their skip recorded. */
const OPTED_OUT = new Set([3, 11]);
/** SMS sent at once from one batch, as the function's worker pool sends them. */
const SENDERS = 10;
const YEAR_SECONDS = 366 * 24 * 3600;

/**
 * DUE_PER_BATCH documents expiring on `expiresOn` that fall in one shard of the expiry index; the
 * k-th document of every set has the same phone, type and language, so two sets read and send alike.
 */
const dueDocuments = (expiresOn: string, shard: number, firstResident: number): ResidentDocument[] => {
  const documents: ResidentDocument[] = [];
  for (let n = firstResident; documents.length < DUE_PER_BATCH; n++) {
    const { iqamaNumber } = benchResident(n);
    const holder = { kind: 'RESIDENT' } as const;
    const documentId = documentIdFor(iqamaNumber, holder, 'IQAMA', iqamaNumber);
    if (expiryShardOf(documentId, expiresOn) !== `${expiresOn}#${shard}`) continue;
    const k = documents.length;
    documents.push({
      iqamaNumber,
      documentId,
      type: 'IQAMA',
      number: iqamaNumber,
      expiresOn,
      holder,
      contact: { phone: benchResident(5_000 + k).phone, locale: k % 2 ? 'en' : 'ar', smsReminders: !OPTED_OUT.has(k) },
      source: 'REGISTER',
    });
  }
  return documents;
};

const logKey = (document: ResidentDocument) => ({
  reminder: `${document.documentId}#${document.expiresOn}#${LEAD_DAYS}`,
});

export const REMINDER_SCENARIOS: Scenario[] = [
  {
    fn: REMINDER_TASKS.plan.id,
    outcome: (result) => `${fieldAt(result, 'batches', 'length')} batches`,
    prepare: async () => ({ event: async () => ({ scheduledTime: new Date().toISOString() }), calls: async () => [] }),
  },
  {
    fn: REMINDER_TASKS.send.id,
    // About 60 calls per batch.
    warmRuns: 100,
    // Deployed, the batch keeps to the account's SMS rate (REMINDER_SMS_PER_SECOND); here it may
    // send as fast as the stand-in answers, so that the figure is the work and not the pacing.
    environment: { [ENVIRONMENT.smsPerSecond]: '1000000' },
    outcome: (result) => `${fieldAt(result, 'totals', 'sent')} sent, ${fieldAt(result, 'totals', 'skipped')} skipped`,
    expectedOutcome: `${DUE_PER_BATCH - OPTED_OUT.size} sent, ${OPTED_OUT.size} skipped`,
    prepare: async (bench) => {
      const expiresOn = addDays(riyadhToday(new Date()), LEAD_DAYS);
      const own = dueDocuments(expiresOn, 0, 2_000);
      const theirs = dueDocuments(expiresOn, 1, 2_000);
      const items = [...own, ...theirs].map(documentItemOf);
      for (let i = 0; i < items.length; i += 25) {
        await bench.db.send(
          new BatchWriteCommand({
            RequestItems: {
              [bench.tables.residents]: items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } })),
            },
          }),
        );
      }
      // Every request finds its batch's reminders not yet sent: the log of the last one is cleared first.
      const forget = async (documents: ResidentDocument[]) => {
        await bench.db.send(
          new BatchWriteCommand({
            RequestItems: {
              [bench.tables.reminderLog]: documents.map((document) => ({ DeleteRequest: { Key: logKey(document) } })),
            },
          }),
        );
      };
      const batch = (shard: number) => ({ expiresOn, leadDays: LEAD_DAYS, shard, totals: NO_TOTALS });
      await bench.invoke(REMINDER_TASKS.send.id, batch(0));
      const messages = own.map((document) =>
        document.contact.smsReminders ? bench.lastSms(document.contact.phone!) : '',
      );
      const log = (Item: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
        dynamodb('PutCommand', {
          TableName: bench.tables.reminderLog,
          Item,
          ConditionExpression: 'attribute_not_exists(reminder) OR #status = :released',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':released': 'RELEASED' },
          ...extra,
        });
      const remind = (document: ResidentDocument, k: number): SdkCall[] => {
        const at = new Date().toISOString();
        const expiresAt = Math.floor(Date.now() / 1000) + YEAR_SECONDS;
        if (!document.contact.smsReminders)
          return [log({ ...logKey(document), status: 'SKIPPED', reason: 'OPTED_OUT', at, expiresAt })];
        return [
          log(
            { ...logKey(document), status: 'SENDING', claimedAt: at, expiresAt },
            { ReturnValuesOnConditionCheckFailure: 'ALL_OLD' },
          ),
          sns('PublishCommand', {
            PhoneNumber: document.contact.phone,
            Message: messages[k],
            MessageAttributes: { 'AWS.SNS.SMS.SMSType': { DataType: 'String', StringValue: 'Transactional' } },
          }),
          dynamodb('UpdateCommand', {
            TableName: bench.tables.reminderLog,
            Key: logKey(document),
            UpdateExpression: 'SET #status = :to, updatedAt = :at',
            ConditionExpression: '#status = :from',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':from': 'SENDING', ':to': 'SENT', ':at': at },
          }),
        ];
      };
      return {
        event: async () => {
          await forget(own);
          return batch(0);
        },
        calls: async () => {
          await forget(theirs);
          const lanes = Array.from({ length: SENDERS }, (_, lane) =>
            theirs.flatMap((document, k) => (k % SENDERS === lane ? remind(document, k) : [])),
          );
          return [
            dynamodb('QueryCommand', {
              TableName: bench.tables.residents,
              IndexName: 'byExpiry',
              KeyConditionExpression: 'expiryShard = :shard',
              ExpressionAttributeValues: { ':shard': `${expiresOn}#1` },
              Limit: 200,
            }),
            concurrently(lanes),
          ];
        },
      };
    },
  },
  {
    fn: REMINDER_TASKS.summarize.id,
    outcome: (result) => `${fieldAt(result, 'sent')} sent`,
    prepare: async () => {
      const totals = { due: 38, sent: 35, skipped: 2, alreadyHandled: 0, uncertain: 1, itemsRead: 38 };
      const batches = Array.from({ length: 80 }, (_, i) => (i === 7 ? { totals, failed: true } : { totals }));
      return { event: async () => ({ sweepDate: riyadhToday(new Date()), batches }), calls: async () => [] };
    },
  },
];
