import type { S3Client } from '@aws-sdk/client-s3';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import { VERIFIED_TAG } from '../../contract/object-keys.js';
import type { UploadForm, UploadForms } from '../../domain/attachments/ports.js';
import type { Clock } from '../../domain/shared/clock.js';
import { systemClock } from '../shared/system-clock.js';

const tagging = (value: string) =>
  `<Tagging><TagSet><Tag><Key>${VERIFIED_TAG.key}</Key><Value>${value}</Value></Tag></TagSet></Tagging>`;

export class S3UploadForms implements UploadForms {
  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
    private readonly clock: Clock = systemClock,
  ) {}

  /**
   * A presigned POST whose policy pins the exact key, the content type and the exact size. S3
   * enforces it; emulators may not, which is why every upload is verified after it lands.
   */
  async uploadForm(key: string, contentType: string, size: number, expiresInSeconds: number): Promise<UploadForm> {
    const { url, fields } = await createPresignedPost(this.client, {
      Bucket: this.bucket,
      Key: key,
      Conditions: [
        ['eq', '$Content-Type', contentType],
        ['content-length-range', size, size],
      ],
      Fields: { 'Content-Type': contentType, tagging: tagging(VERIFIED_TAG.unverified) },
      Expires: expiresInSeconds,
    });
    return { url, fields, expiresAt: new Date(this.clock().getTime() + expiresInSeconds * 1000).toISOString() };
  }
}
