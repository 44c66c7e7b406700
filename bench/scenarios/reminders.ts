import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { documentItemOf, expiryShardOf } from '../../functions/adapters/residents/dynamodb-document-register.js';
import { contactShardPartition, establishmentContactKey } from '../../functions/adapters/shared/item-keys.js';
import { ENVIRONMENT } from '../../functions/contract/environment.js';
import { CLAIMS } from '../../functions/contract/identity.js';
import { RESIDENT_TABLE_KEYS } from '../../functions/contract/table-layouts.js';
import { REMINDER_TASKS } from '../../functions/contract/triggers.js';
import { CONTACT_SHARDS, contactShardOf } from '../../functions/domain/establishments/establishment-contact.js';
import { DIGEST_WINDOW_DAYS } from '../../functions/domain/reminders/digest-batch.js';
import { DIGEST_PAGE_SIZE } from '../../functions/domain/reminders/send-digest-batch.js';
import { NO_TOTALS } from '../../functions/domain/reminders/sweep-totals.js';
import { documentIdFor, type ResidentDocument } from '../../functions/domain/residents/resident-document.js';
import { addDays, riyadhToday } from '../../functions/domain/shared/calendar-date.js';
import { renderEstablishmentDigest } from '../../functions/domain/sms/digest-templates.js';
import { concurrently, dynamodb, type SdkCall, type Step, sns } from '../baselines/sdk-plan.js';
import { fieldAt } from '../support/function-answers.js';
import { benchEstablishmentStaff, benchResident } from '../support/residents.js';
import type { Scenario } from './scenario.js';
import { smsRecordCalls, spendRead } from './sms-records.js';

/** The reminder sweep's tasks: the day's plan, one batch of due documents, one of digests, the day's summary. */

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

/** Establishments of the digest's fixture, in one contact shard each side: each has employees' documents due. */
const DIGESTS_PER_SHARD = 5;
const DIGEST_SHARDS = { function: 10, baseline: 11 };
/** Bench establishments whose contacts fall in `shard`: their numbers are 7900000000 + n, a multiple of 16 plus n. */
const digestEstablishments = (shard: number) =>
  Array.from({ length: DIGESTS_PER_SHARD }, (_, k) => {
    const staff = benchEstablishmentStaff(6 * CONTACT_SHARDS + shard + CONTACT_SHARDS * k);
    if (contactShardOf(staff.establishmentId) !== shard)
      throw new Error(`The digest fixture's establishment ${k} is not in contact shard ${shard}`);
    return staff;
  }).map((staff, k) => ({
    establishmentId: staff.establishmentId,
    phone: staff.claims[CLAIMS.phone]!,
    locale: k % 2 ? ('en' as const) : ('ar' as const),
    // k + 1 documents expiring in 10 days, and one expired for every other establishment.
    expiring: k + 1,
    expired: k % 2,
  }));
type DigestFixture = ReturnType<typeof digestEstablishments>[number];

/** The employees' documents of a digest fixture, named by the employer index. */
const digestDocuments = (establishment: DigestFixture, firstResident: number) =>
  Array.from({ length: establishment.expiring + establishment.expired }, (_, i) => {
    const { iqamaNumber } = benchResident(firstResident + i);
    const holder = { kind: 'RESIDENT' } as const;
    const expiresOn = addDays(riyadhToday(new Date()), i < establishment.expiring ? 10 : -5);
    return {
      ...documentItemOf({
        iqamaNumber,
        documentId: documentIdFor(iqamaNumber, holder, 'IQAMA', iqamaNumber),
        type: 'IQAMA',
        number: iqamaNumber,
        expiresOn,
        holder,
        contact: { locale: 'ar', smsReminders: true },
        source: 'REGISTER',
      }),
      [RESIDENT_TABLE_KEYS.employer]: establishment.establishmentId,
    };
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
          spendRead(bench),
          sns('PublishCommand', {
            PhoneNumber: document.contact.phone,
            Message: messages[k],
            MessageAttributes: { 'AWS.SNS.SMS.SMSType': { DataType: 'String', StringValue: 'Transactional' } },
          }),
          ...smsRecordCalls(
            bench,
            {
              kind: 'EXPIRY_REMINDER',
              documentId: document.documentId,
              expiresOn: document.expiresOn,
              leadDays: LEAD_DAYS,
            },
            document.contact.locale,
            messages[k] ?? '',
          ),
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
    fn: REMINDER_TASKS.digest.id,
    // Deployed, the digests keep to the account's SMS rate; here they may send as fast as the stand-in answers.
    environment: { [ENVIRONMENT.smsPerSecond]: '1000000' },
    outcome: (result) => `${fieldAt(result, 'totals', 'sent')} sent`,
    expectedOutcome: `${DIGESTS_PER_SHARD} sent`,
    prepare: async (bench) => {
      const own = digestEstablishments(DIGEST_SHARDS.function);
      const theirs = digestEstablishments(DIGEST_SHARDS.baseline);
      const items = [...own, ...theirs].flatMap((establishment, e) => [
        {
          ...establishmentContactKey(contactShardOf(establishment.establishmentId), establishment.establishmentId),
          establishmentId: establishment.establishmentId,
          phone: establishment.phone,
          locale: establishment.locale,
          updatedAt: new Date().toISOString(),
        },
        ...digestDocuments(establishment, 8_000 + 10 * e),
      ]);
      for (let i = 0; i < items.length; i += 25) {
        await bench.db.send(
          new BatchWriteCommand({
            RequestItems: {
              [bench.tables.residents]: items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } })),
            },
          }),
        );
      }
      const today = riyadhToday(new Date());
      const digestKey = (establishment: DigestFixture) => ({
        reminder: `DIGEST#${establishment.establishmentId}#${today}`,
      });
      // Every request finds its shard's digests not yet sent: the log of the last one is cleared first.
      const forget = async (establishments: DigestFixture[]) => {
        await bench.db.send(
          new BatchWriteCommand({
            RequestItems: {
              [bench.tables.reminderLog]: establishments.map((e) => ({ DeleteRequest: { Key: digestKey(e) } })),
            },
          }),
        );
      };
      const batch = (shard: number) => ({ shard, totals: NO_TOTALS });
      const count = (establishment: DigestFixture, range: string, values: Record<string, string>) =>
        dynamodb('QueryCommand', {
          TableName: bench.tables.residents,
          IndexName: RESIDENT_TABLE_KEYS.byEmployerIndex,
          KeyConditionExpression: `#employer = :employer AND #expiresOn ${range}`,
          ExpressionAttributeNames: {
            '#employer': RESIDENT_TABLE_KEYS.employer,
            '#expiresOn': RESIDENT_TABLE_KEYS.expiresOn,
          },
          ExpressionAttributeValues: { ':employer': establishment.establishmentId, ...values },
          Select: 'COUNT',
        });
      const digestText = (establishment: DigestFixture) =>
        renderEstablishmentDigest(
          { expiring: establishment.expiring, expired: establishment.expired, withinDays: DIGEST_WINDOW_DAYS },
          establishment.locale,
        );
      const digest = (establishment: DigestFixture): Step[] => {
        const at = new Date().toISOString();
        const expiresAt = Math.floor(Date.now() / 1000) + YEAR_SECONDS;
        return [
          concurrently([
            [
              count(establishment, 'BETWEEN :today AND :lastDay', {
                ':today': today,
                ':lastDay': addDays(today, DIGEST_WINDOW_DAYS),
              }),
            ],
            [count(establishment, '< :today', { ':today': today })],
          ]),
          dynamodb('PutCommand', {
            TableName: bench.tables.reminderLog,
            Item: { ...digestKey(establishment), status: 'SENDING', claimedAt: at, expiresAt },
            ConditionExpression: 'attribute_not_exists(reminder) OR #status = :released',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':released': 'RELEASED' },
            ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
          }),
          spendRead(bench),
          sns('PublishCommand', {
            PhoneNumber: establishment.phone,
            Message: digestText(establishment),
            MessageAttributes: { 'AWS.SNS.SMS.SMSType': { DataType: 'String', StringValue: 'Transactional' } },
          }),
          ...smsRecordCalls(
            bench,
            { kind: 'ESTABLISHMENT_DIGEST', establishmentId: establishment.establishmentId, date: today },
            establishment.locale,
            digestText(establishment),
          ),
          dynamodb('UpdateCommand', {
            TableName: bench.tables.reminderLog,
            Key: digestKey(establishment),
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
          return batch(DIGEST_SHARDS.function);
        },
        calls: async () => {
          await forget(theirs);
          return [
            dynamodb('QueryCommand', {
              TableName: bench.tables.residents,
              KeyConditionExpression: 'pk = :pk',
              ExpressionAttributeValues: { ':pk': contactShardPartition(DIGEST_SHARDS.baseline) },
              Limit: DIGEST_PAGE_SIZE,
            }),
            concurrently(theirs.map((establishment) => digest(establishment))),
          ];
        },
      };
    },
  },
  {
    fn: REMINDER_TASKS.summarize.id,
    outcome: (result) => `${fieldAt(result, 'sent')} sent`,
    prepare: async () => {
      const totals = {
        due: 38,
        sent: 35,
        skipped: 2,
        alreadyHandled: 0,
        uncertain: 1,
        deferredForBudget: 0,
        itemsRead: 38,
      };
      const batches = Array.from({ length: 80 }, (_, i) => (i === 7 ? { totals, failed: true } : { totals }));
      const digestBatches = Array.from({ length: 16 }, () => ({ totals }));
      return {
        event: async () => ({ sweepDate: riyadhToday(new Date()), batches, digestBatches }),
        calls: async () => [],
      };
    },
  },
];
