import { randomUUID } from 'node:crypto';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { attachmentItemKey, SORT_KEYS } from '../../functions/adapters/shared/item-keys.js';
import { ATTACHMENT_PREFIX } from '../../functions/contract/object-keys.js';
import { VERIFY_UPLOAD } from '../../functions/contract/triggers.js';
import { apiEvent, jsonEvent } from '../../test/support/api-events.js';
import { postForm, samplePdf } from '../../test/support/files.js';
import { dynamodb, presignedPost, s3, signedUrl } from '../baselines/sdk-plan.js';
import { rekeyed } from '../support/bench-fixtures.js';
import { fieldAt, textAt } from '../support/function-answers.js';
import { type BenchResident, benchResident } from '../support/residents.js';
import { claimPut, idempotencyKey, inquiryKey, readInquiry, submitted } from './inquiry-states.js';
import type { Bench, Scenario } from './scenario.js';

const objectKey = (reference: string, attachmentId: string) => `${ATTACHMENT_PREFIX}${reference}/${attachmentId}`;

/** Attachments: the upload form, the list, one attachment with its download link, and the verification of an upload. */

const FILE = samplePdf(2000);
const FILE_NAME = 'passport-scan.pdf';

/** An upload request of the caller whose claims these are: the resident's own, or an establishment staff member's. */
export const uploadRequestOf = (claims: Record<string, string>, reference: string) =>
  jsonEvent(
    { fileName: FILE_NAME, contentType: 'application/pdf', size: FILE.length },
    { claims, pathParameters: { reference }, headers: idempotencyKey() },
  );
const uploadRequest = (resident: BenchResident, reference: string) => uploadRequestOf(resident.claims, reference);

/** A pending attachment on `reference`, as RequestUpload stores it, and its upload form. */
const requested = async (bench: Bench, resident: BenchResident, reference: string) => {
  const answer = await bench.invokeApi('RequestUpload', uploadRequest(resident, reference));
  return {
    attachmentId: textAt(answer, 'attachmentId'),
    upload: fieldAt(answer, 'upload') as { url: string; fields: Record<string, string> },
  };
};

/** S3's `Object Created` event, as EventBridge delivers it. */
const objectCreated = (bucket: string, key: string, etag: string) => ({
  id: randomUUID(),
  'detail-type': 'Object Created',
  source: 'aws.s3',
  detail: { bucket: { name: bucket }, object: { key, size: FILE.length, etag } },
});

/** A copy of a pending attachment's inquiry whose file has just landed, and the event announcing it. */
const landedUpload = async (bench: Bench, template: { reference: string; attachmentId: string }) => {
  const reference = await bench.copyInquiry(template.reference);
  const key = objectKey(reference, template.attachmentId);
  const { ETag } = await bench.s3.send(
    new PutObjectCommand({
      Bucket: bench.buckets.attachments,
      Key: key,
      Body: FILE,
      ContentType: 'application/pdf',
      Tagging: 'verified=false',
    }),
  );
  return { reference, key, event: objectCreated(bench.buckets.attachments, key, ETag!.replaceAll('"', '')) };
};

const uploader = benchResident(4);
const owner = benchResident(5);

/** An inquiry with a verified attachment and a pending one, for the reads. */
const withAttachments = async (bench: Bench) => {
  const reference = await submitted(bench, owner);
  const verified = await requested(bench, owner, reference);
  const posted = await postForm(verified.upload, FILE);
  if (posted.status >= 300) throw new Error(`Upload failed: ${posted.status}`);
  await bench.invoke(
    VERIFY_UPLOAD.id,
    objectCreated(bench.buckets.attachments, verified.upload.fields.key!, randomUUID()),
  );
  await requested(bench, owner, reference);
  return { reference, attachmentId: verified.attachmentId };
};

/**
 * What a baseline calls to reserve a place for a file on a copy of `template.sample` and sign its
 * form: the inquiry's partition read, one transaction (the inquiry's version, the attachment, the
 * claim of the uploader's key), the presigned POST.
 */
export const pendingUploadCalls = (
  bench: Bench,
  reference: string,
  template: { sample: string; attachmentId: string; stored: Record<string, unknown> },
  uploaderId: string,
  residentId: string,
) => {
  const id = randomUUID();
  return [
    dynamodb('QueryCommand', {
      TableName: bench.tables.inquiries,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': inquiryKey(reference).pk },
      ProjectionExpression: 'sk, residentId, attachmentsVersion, #status, uploadExpiresAt',
      ExpressionAttributeNames: { '#status': 'status' },
      ConsistentRead: true,
    }),
    dynamodb('TransactWriteCommand', {
      TransactItems: [
        {
          Update: {
            TableName: bench.tables.inquiries,
            Key: inquiryKey(reference),
            UpdateExpression: 'SET attachmentsVersion = :next',
            ConditionExpression: 'residentId = :resident AND attribute_not_exists(attachmentsVersion)',
            ExpressionAttributeValues: { ':next': 1, ':resident': residentId },
          },
        },
        {
          Put: {
            TableName: bench.tables.inquiries,
            Item: rekeyed(rekeyed(template.stored, template.sample, reference), template.attachmentId, id),
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        claimPut(bench.tables.inquiries, 'RequestUpload', uploaderId, id),
      ],
    }),
    presignedPost({
      Bucket: bench.buckets.attachments,
      Key: objectKey(reference, id),
      Conditions: [
        ['eq', '$Content-Type', 'application/pdf'],
        ['content-length-range', FILE.length, FILE.length],
      ],
      Fields: {
        'Content-Type': 'application/pdf',
        tagging: '<Tagging><TagSet><Tag><Key>verified</Key><Value>false</Value></Tag></TagSet></Tagging>',
      },
      Expires: 600,
    }),
  ];
};

export const ATTACHMENT_SCENARIOS: Scenario[] = [
  {
    fn: 'RequestUpload',
    resident: uploader,
    prepare: async (bench) => {
      const template = await submitted(bench, uploader);
      const sample = await bench.copyInquiry(template);
      const { attachmentId } = await requested(bench, uploader, sample);
      const stored = await bench.item(bench.tables.inquiries, attachmentItemKey(sample, attachmentId));
      return {
        event: async () => uploadRequest(uploader, await bench.copyInquiry(template)),
        calls: async () =>
          pendingUploadCalls(
            bench,
            await bench.copyInquiry(template),
            { sample, attachmentId, stored },
            uploader.id,
            uploader.id,
          ),
      };
    },
  },
  {
    fn: 'ListAttachments',
    resident: owner,
    prepare: async (bench) => {
      const { reference } = await withAttachments(bench);
      return {
        event: async () => apiEvent({ claims: owner.claims, pathParameters: { reference } }),
        calls: async () => [
          readInquiry(bench, reference),
          dynamodb('QueryCommand', {
            TableName: bench.tables.inquiries,
            KeyConditionExpression: 'pk = :pk AND begins_with(sk, :attachments)',
            ExpressionAttributeValues: { ':pk': inquiryKey(reference).pk, ':attachments': SORT_KEYS.attachmentPrefix },
            ConsistentRead: true,
          }),
        ],
      };
    },
  },
  {
    fn: 'GetAttachment',
    resident: owner,
    prepare: async (bench) => {
      const { reference, attachmentId } = await withAttachments(bench);
      return {
        event: async () => apiEvent({ claims: owner.claims, pathParameters: { reference, attachmentId } }),
        calls: async () => [
          readInquiry(bench, reference),
          dynamodb('GetCommand', {
            TableName: bench.tables.inquiries,
            Key: attachmentItemKey(reference, attachmentId),
            ConsistentRead: true,
          }),
          signedUrl(
            {
              Bucket: bench.buckets.attachments,
              Key: objectKey(reference, attachmentId),
              ResponseContentDisposition: `attachment; filename="${FILE_NAME}"; filename*=UTF-8''${FILE_NAME}`,
              ResponseContentType: 'application/pdf',
            },
            300,
          ),
        ],
      };
    },
  },
  {
    fn: VERIFY_UPLOAD.id,
    outcome: (result) => String(fieldAt(result, 'outcome')),
    expectedOutcome: 'VERIFIED',
    prepare: async (bench) => {
      const reference = await submitted(bench, uploader);
      const template = { reference, ...(await requested(bench, uploader, reference)) };
      return {
        event: async () => (await landedUpload(bench, template)).event,
        calls: async () => {
          const { reference: copy, key } = await landedUpload(bench, template);
          const object = { Bucket: bench.buckets.attachments, Key: key };
          const at = new Date().toISOString();
          return [
            dynamodb('GetCommand', {
              TableName: bench.tables.inquiries,
              Key: attachmentItemKey(copy, template.attachmentId),
              ConsistentRead: true,
            }),
            s3('HeadObjectCommand', object),
            s3('GetObjectCommand', { ...object, Range: 'bytes=0-4099' }),
            s3('GetObjectTaggingCommand', object),
            s3('PutObjectTaggingCommand', { ...object, Tagging: { TagSet: [{ Key: 'verified', Value: 'true' }] } }),
            dynamodb('TransactWriteCommand', {
              TransactItems: [
                {
                  Update: {
                    TableName: bench.tables.inquiries,
                    Key: attachmentItemKey(copy, template.attachmentId),
                    UpdateExpression: 'SET #status = :verified, decidedAt = :at, #object = :object',
                    ConditionExpression: '#status = :pending',
                    ExpressionAttributeNames: { '#status': 'status', '#object': 'object' },
                    ExpressionAttributeValues: {
                      ':verified': 'VERIFIED',
                      ':pending': 'PENDING',
                      ':at': at,
                      ':object': { etag: randomUUID().replaceAll('-', '') },
                    },
                  },
                },
                {
                  Update: {
                    TableName: bench.tables.inquiries,
                    Key: inquiryKey(copy),
                    UpdateExpression: 'SET timeline = list_append(timeline, :entry), updatedAt = :at',
                    ConditionExpression: 'attribute_exists(pk)',
                    ExpressionAttributeValues: {
                      ':entry': [
                        { at, actor: 'system', event: 'ATTACHMENT_VERIFIED', attachmentId: template.attachmentId },
                      ],
                      ':at': at,
                    },
                  },
                },
              ],
            }),
          ];
        },
      };
    },
  },
];
