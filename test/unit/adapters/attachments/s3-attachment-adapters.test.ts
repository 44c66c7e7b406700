import {
  GetObjectCommand,
  GetObjectTaggingCommand,
  HeadObjectCommand,
  NotFound,
  PutObjectTaggingCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { S3DownloadLinks } from '../../../../functions/adapters/attachments/s3-download-links.js';
import { S3MalwareScanTags } from '../../../../functions/adapters/attachments/s3-malware-scan-tags.js';
import { S3StoredFiles } from '../../../../functions/adapters/attachments/s3-stored-files.js';
import { S3UploadForms } from '../../../../functions/adapters/attachments/s3-upload-forms.js';

const client = new S3Client({
  region: 'me-central-1',
  credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
});
const forms = new S3UploadForms(client, 'attachments-bucket');
const links = new S3DownloadLinks(client, 'attachments-bucket');
const files = new S3StoredFiles(client, 'attachments-bucket');

describe('S3 upload forms and download links', () => {
  it('when an upload form is issued, its signed policy pins the key, the type, the exact size and the unverified tag', async () => {
    // Act
    const form = await forms.uploadForm('attachments/TW-0000-0000-0000/id', 'application/pdf', 2048, 600);
    // Assess
    const policy = JSON.parse(Buffer.from(form.fields.Policy!, 'base64').toString()) as {
      expiration: string;
      conditions: unknown[];
    };
    expect(policy.conditions).toEqual(
      expect.arrayContaining([
        { key: 'attachments/TW-0000-0000-0000/id' },
        { bucket: 'attachments-bucket' },
        ['eq', '$Content-Type', 'application/pdf'],
        ['content-length-range', 2048, 2048],
        { tagging: expect.stringContaining('<Value>false</Value>') },
      ]),
    );
    expect(Date.parse(policy.expiration) - Date.now()).toBeLessThanOrEqual(600_000);
    expect(form.fields['X-Amz-Signature']).toMatch(/^[0-9a-f]{64}$/);
  });

  it('when a download link is made, it names the version, the type, display in the browser and the file name in both encodings', async () => {
    const url = new URL(
      await links.downloadUrl('attachments/x/y', {
        version: 'v1',
        fileName: 'جواز.pdf',
        contentType: 'application/pdf',
        expiresInSeconds: 300,
      }),
    );
    expect(url.searchParams.get('versionId')).toBe('v1');
    expect(url.searchParams.get('X-Amz-Expires')).toBe('300');
    expect(url.searchParams.get('response-content-type')).toBe('application/pdf');
    expect(url.searchParams.get('response-content-disposition')).toBe(
      `inline; filename="____.pdf"; filename*=UTF-8''${encodeURIComponent('جواز.pdf')}`,
    );
  });
});

describe('S3 stored files (SDK mocked)', () => {
  const s3 = mockClient(client);
  beforeEach(() => s3.reset());

  it('when the object is gone, inspect says so instead of failing', async () => {
    s3.on(HeadObjectCommand).rejects(new NotFound({ message: 'gone', $metadata: {} }));
    expect(await files.inspect('k', undefined, 10)).toBeUndefined();
  });

  it('when the object is empty, inspect reads nothing more than its size', async () => {
    s3.on(HeadObjectCommand).resolves({ ContentLength: 0 });
    expect(await files.inspect('k', 'v1', 10)).toEqual({ size: 0, head: new Uint8Array() });
    expect(s3.commandCalls(GetObjectCommand)).toHaveLength(0);
    expect(s3.commandCalls(HeadObjectCommand)[0]!.args[0].input.VersionId).toBe('v1');
  });

  it('when S3 fails otherwise, the error reaches the caller, so the event is retried', async () => {
    s3.on(HeadObjectCommand).rejects(new Error('SlowDown'));
    await expect(files.inspect('k', undefined, 10)).rejects.toThrow('SlowDown');
  });
});

describe('S3 tags (SDK mocked)', () => {
  const s3 = mockClient(client);
  beforeEach(() => s3.reset());

  it('when marking a file verified, the other tags — GuardDuty’s verdict among them — are kept', async () => {
    // Prepare
    s3.on(GetObjectTaggingCommand).resolves({
      TagSet: [
        { Key: 'verified', Value: 'false' },
        { Key: 'GuardDutyMalwareScanStatus', Value: 'NO_THREATS_FOUND' },
      ],
    });
    s3.on(PutObjectTaggingCommand).resolves({});
    // Act
    await files.markVerified('k', 'v1');
    // Assess
    expect(s3.commandCalls(PutObjectTaggingCommand)[0]!.args[0].input).toMatchObject({
      VersionId: 'v1',
      Tagging: {
        TagSet: [
          { Key: 'GuardDutyMalwareScanStatus', Value: 'NO_THREATS_FOUND' },
          { Key: 'verified', Value: 'true' },
        ],
      },
    });
  });

  it.each([
    [[{ Key: 'GuardDutyMalwareScanStatus', Value: 'NO_THREATS_FOUND' }], 'NO_THREATS_FOUND'],
    [[{ Key: 'GuardDutyMalwareScanStatus', Value: 'THREATS_FOUND' }], 'THREATS_FOUND'],
    [[{ Key: 'GuardDutyMalwareScanStatus', Value: 'SOMETHING_NEW' }], 'PENDING'],
    [[{ Key: 'verified', Value: 'true' }], 'PENDING'],
  ])('when the tags are %j, the scan status is %s', async (TagSet, expected) => {
    s3.on(GetObjectTaggingCommand).resolves({ TagSet });
    expect(await new S3MalwareScanTags(client, 'attachments-bucket').statusOf('k', undefined)).toBe(expected);
  });
});
