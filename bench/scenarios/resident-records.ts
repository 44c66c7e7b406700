import { randomBytes, randomUUID } from 'node:crypto';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import {
  documentIdOfSortKey,
  profileKey,
  residentPartition,
  SORT_KEYS,
} from '../../functions/adapters/shared/item-keys.js';
import { RESIDENT_TABLE_KEYS } from '../../functions/contract/table-layouts.js';
import { IMPORT_REGISTER } from '../../functions/contract/triggers.js';
import { PAGE_LIMITS } from '../../functions/http/page-query.js';
import { concurrently, dynamodb, type Step } from '../baselines/sdk-plan.js';
import type { BenchResident } from '../support/residents.js';
import { claimPut } from './inquiry-states.js';
import type { Bench } from './scenario.js';

/**
 * Residents' documents and profiles: register files that put them in place through ImportRegister,
 * and the residents-table calls of the baselines (profile read and write, the documents' query,
 * a document's write, the copy of a contact onto a document).
 */

/** The date `days` from now, as the register and residents write dates. */
export const inDays = (days: number) => new Date(Date.now() + days * 24 * 3600 * 1000).toISOString().slice(0, 10);

/**
 * A resident's four documents as the register lists them: iqama, passport, visa, a dependent's iqama;
 * with `establishmentId`, the resident's own lines name that establishment as their employer.
 */
const registerRecords = (resident: BenchResident, establishmentId?: string) => {
  const contact = { phone: resident.phone, locale: 'ar' };
  const own = {
    iqamaNumber: resident.iqamaNumber,
    holder: { kind: 'RESIDENT' },
    ...(establishmentId && { establishmentId }),
  };
  return [
    { ...own, type: 'IQAMA', number: resident.iqamaNumber, expiresOn: inDays(200), issuedOn: inDays(-165), ...contact },
    {
      ...own,
      type: 'PASSPORT',
      number: `P${resident.iqamaNumber.slice(2)}`,
      expiresOn: inDays(900),
      issuedOn: inDays(-900),
      ...contact,
    },
    {
      ...own,
      type: 'EXIT_REENTRY_VISA',
      number: `7${resident.iqamaNumber.slice(1)}`,
      expiresOn: inDays(40),
      issuedOn: inDays(-50),
      ...contact,
    },
    {
      iqamaNumber: resident.iqamaNumber,
      holder: {
        kind: 'DEPENDENT',
        dependentId: `dep-${resident.iqamaNumber}`,
        name: 'Bench Dependent',
        relation: 'SON',
      },
      type: 'IQAMA',
      number: `2${resident.iqamaNumber.slice(2)}9`,
      expiresOn: inDays(200),
      ...contact,
    },
  ];
};

/** What a register file says of its residents besides their documents: the establishment that employs them all. */
export interface RegisterFileOptions {
  establishmentId?: string;
}

/** Drops a register file of these residents' documents in the register bucket, under `imports/`. */
export const dropRegisterFile = async (bench: Bench, residents: BenchResident[], options: RegisterFileOptions = {}) => {
  const key = `imports/bench/${randomUUID()}.jsonl`;
  const body = residents
    .flatMap((resident) => registerRecords(resident, options.establishmentId))
    .map((record) => JSON.stringify(record))
    .join('\n');
  await bench.s3.send(
    new PutObjectCommand({ Bucket: bench.buckets.register, Key: key, Body: body, ContentType: 'application/x-ndjson' }),
  );
  return { key, bytes: Buffer.byteLength(body) };
};

/** S3's `Object Created` event for a register file, as EventBridge delivers it. */
export const registerFileCreated = (bench: Bench, file: { key: string; bytes: number }) => ({
  id: randomUUID(),
  'detail-type': 'Object Created',
  source: 'aws.s3',
  detail: {
    bucket: { name: bench.buckets.register },
    object: { key: file.key, size: file.bytes, etag: randomBytes(16).toString('hex') },
  },
});

/** Puts these residents and their documents in place the way the register does (as employees of an establishment, with `establishmentId`). */
export const imported = async (bench: Bench, residents: BenchResident[], options: RegisterFileOptions = {}) => {
  await bench.invoke(IMPORT_REGISTER.id, registerFileCreated(bench, await dropRegisterFile(bench, residents, options)));
};

/** A resident's stored documents, as the function left them. */
export const storedDocuments = async (bench: Bench, iqamaNumber: string) => {
  const { Items = [] } = await bench.db.send(
    new QueryCommand({
      TableName: bench.tables.residents,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :documents)',
      ExpressionAttributeValues: { ':pk': residentPartition(iqamaNumber), ':documents': SORT_KEYS.documentPrefix },
      ConsistentRead: true,
    }),
  );
  return Items;
};

export const profileRead = (bench: Bench, iqamaNumber: string) =>
  dynamodb('GetCommand', { TableName: bench.tables.residents, Key: profileKey(iqamaNumber), ConsistentRead: true });

export const documentsQuery = (bench: Bench, iqamaNumber: string) =>
  dynamodb('QueryCommand', {
    TableName: bench.tables.residents,
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :documents)',
    ExpressionAttributeValues: { ':pk': residentPartition(iqamaNumber), ':documents': SORT_KEYS.documentPrefix },
    ConsistentRead: true,
  });

/** A page of an establishment's employees' documents, soonest expiry first, from the employer index, unfiltered. */
export const employerQuery = (bench: Bench, establishmentId: string, limit: number = PAGE_LIMITS.default) =>
  dynamodb('QueryCommand', {
    TableName: bench.tables.residents,
    IndexName: RESIDENT_TABLE_KEYS.byEmployerIndex,
    KeyConditionExpression: '#employer = :employer',
    ExpressionAttributeNames: { '#employer': RESIDENT_TABLE_KEYS.employer },
    ExpressionAttributeValues: { ':employer': establishmentId },
    Limit: limit,
  });

const assignments = (fields: Record<string, unknown>) => ({
  expression: Object.keys(fields).map((name) => `#${name} = :${name}`),
  names: Object.fromEntries(Object.keys(fields).map((name) => [`#${name}`, name])),
  values: Object.fromEntries(Object.entries(fields).map(([name, value]) => [`:${name}`, value])),
});

/**
 * A profile change, its contact version counted up, reminders on unless the change says otherwise;
 * `unlessSignedIn` leaves a sign-in's contact alone.
 */
export const profileWrite = (
  bench: Bench,
  iqamaNumber: string,
  fields: Record<string, unknown>,
  options: { unlessSignedIn?: boolean } = {},
) => {
  const set = assignments(fields);
  const remindersOn = !('smsReminders' in fields);
  return dynamodb('UpdateCommand', {
    TableName: bench.tables.residents,
    Key: profileKey(iqamaNumber),
    UpdateExpression: `SET ${[...set.expression, 'contactVersion = if_not_exists(contactVersion, :zero) + :one', ...(remindersOn ? ['smsReminders = if_not_exists(smsReminders, :on)'] : [])].join(', ')}`,
    ...(options.unlessSignedIn && {
      ConditionExpression: 'attribute_not_exists(contactSource) OR contactSource <> :token',
    }),
    ExpressionAttributeNames: set.names,
    ExpressionAttributeValues: {
      ...set.values,
      ':zero': 0,
      ':one': 1,
      ...(remindersOn && { ':on': true }),
      ...(options.unlessSignedIn && { ':token': 'TOKEN' }),
    },
    ReturnValues: 'ALL_NEW',
  });
};

/**
 * A document written unless it is already stored as it is; `keepingNewer` (the register's lines) also
 * leaves alone a passport the resident recorded that expires later.
 */
export const documentWrite = (
  bench: Bench,
  item: Record<string, unknown>,
  options: { keepingNewer?: boolean } = {},
) => {
  const { pk, sk, ...fields } = item;
  const set = assignments(fields);
  return dynamodb('UpdateCommand', {
    TableName: bench.tables.residents,
    Key: { pk, sk },
    UpdateExpression: `SET ${set.expression.join(', ')}`,
    ConditionExpression: `attribute_not_exists(pk) OR (#contentHash <> :contentHash${options.keepingNewer ? ' AND ((#source <> :resident AND #source <> :establishment) OR #expiresOn <= :expiresOn)' : ''})`,
    ExpressionAttributeNames: set.names,
    ExpressionAttributeValues: {
      ...set.values,
      ...(options.keepingNewer && { ':resident': 'RESIDENT', ':establishment': 'ESTABLISHMENT' }),
    },
    ReturnValues: 'ALL_OLD',
    ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
  });
};

/**
 * A keyed profile change: the same write beside its claim, in one transaction, then the profile read
 * back (a transaction returns no values) for the copies onto the documents.
 */
export const claimedProfileWrite = (
  bench: Bench,
  resident: BenchResident,
  fields: Record<string, unknown>,
  result: string,
): Step[] => {
  const { ReturnValues: _values, ...update } = profileWrite(bench, resident.iqamaNumber, fields).input;
  return [
    dynamodb('TransactWriteCommand', {
      TransactItems: [{ Update: update }, claimPut(bench.tables.residents, 'UpdatePreferences', resident.id, result)],
    }),
    profileRead(bench, resident.iqamaNumber),
  ];
};

/**
 * A keyed change to a stored document: whether it exists is read first (a transaction cannot tell),
 * then the write, made only while it still exists, beside its claim in one transaction. The claim is
 * the resident's own passport update's unless `claimant` names another (an establishment's staff member).
 */
export const claimedDocumentWrite = (
  bench: Bench,
  resident: BenchResident,
  item: Record<string, unknown>,
  claimant: { operation: string; owner: string } = { operation: 'UpdatePassport', owner: resident.id },
): Step[] => {
  const { ReturnValues: _values, ConditionExpression, ...update } = documentWrite(bench, item).input;
  const key = { pk: item.pk, sk: item.sk };
  return [
    dynamodb('GetCommand', {
      TableName: bench.tables.residents,
      Key: key,
      ProjectionExpression: 'pk',
      ConsistentRead: true,
    }),
    dynamodb('TransactWriteCommand', {
      TransactItems: [
        {
          Update: {
            ...update,
            ConditionExpression: String(ConditionExpression).replace(
              'attribute_not_exists(pk) OR',
              'attribute_exists(pk) AND',
            ),
          },
        },
        claimPut(bench.tables.residents, claimant.operation, claimant.owner, documentIdOfSortKey(String(item.sk))),
      ],
    }),
  ];
};

/**
 * The profile's contact copied onto one document, unless it holds a newer one; and the employer, by
 * which an establishment's list finds the document (removed when `employer` is not given).
 */
export const contactCopy = (
  bench: Bench,
  key: { pk: unknown; sk: unknown },
  contact: { phone: string; locale: string; smsReminders: boolean },
  version: number,
  employer?: string,
) =>
  dynamodb('UpdateCommand', {
    TableName: bench.tables.residents,
    Key: key,
    ConditionExpression: 'attribute_exists(pk) AND (attribute_not_exists(contactVersion) OR contactVersion < :version)',
    UpdateExpression: `SET locale = :locale, smsReminders = :sms, contactVersion = :version, phone = :phone${employer ? ', #employer = :employer' : ' REMOVE #employer'}`,
    ExpressionAttributeNames: { '#employer': RESIDENT_TABLE_KEYS.employer },
    ExpressionAttributeValues: {
      ':locale': contact.locale,
      ':sms': contact.smsReminders,
      ':version': version,
      ':phone': contact.phone,
      ...(employer && { ':employer': employer }),
    },
  });

/**
 * A resident's first request in a container also reads their profile, beside the route's own calls
 * (the sign-in middleware; later requests of the same sign-in skip it): the cold start's baseline does too.
 */
export const besideSignIn = (bench: Bench, resident: BenchResident, steps: Step[]): Step[] => [
  concurrently([[profileRead(bench, resident.iqamaNumber)], steps]),
];
