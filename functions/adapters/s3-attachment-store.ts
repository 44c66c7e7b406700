import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, NotFound, NoSuchKey, PutObjectTaggingCommand, type S3Client } from '@aws-sdk/client-s3';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { AttachmentType } from '../core/attachment.js';
import type { AttachmentStore, UploadForm } from '../core/ports.js';

/** The tag the bucket's lifecycle rule looks for: uploads still tagged `false` expire. */
export const VERIFIED_TAG = { key: 'verified', unverified: 'false', verified: 'true' } as const;

const tagging = (value: string) => `<Tagging><TagSet><Tag><Key>${VERIFIED_TAG.key}</Key><Value>${value}</Value></Tag></TagSet></Tagging>`;

/** RFC 6266/8187: a download keeps its (sanitized) Arabic or English name. */
const contentDisposition = (fileName: string) =>
  `attachment; filename="${fileName.replace(/[^\x20-\x7E]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;

export class S3AttachmentStore implements AttachmentStore {
  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
  ) {}

  /**
   * A presigned POST whose policy pins the exact key, the content type and the exact size. S3
   * enforces it; emulators may not, which is why every upload is verified after it lands.
   */
  async uploadForm(key: string, contentType: AttachmentType, size: number, expiresInSeconds: number): Promise<UploadForm> {
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
    return { url, fields, expiresAt: new Date(Date.now() + expiresInSeconds * 1000).toISOString() };
  }

  downloadUrl(key: string, options: { version?: string; fileName: string; contentType: string; expiresInSeconds: number }): Promise<string> {
    return getSignedUrl(
      this.client,
      new GetObjectCommand({
        Bucket: this.bucket,
        Key: key,
        VersionId: options.version,
        ResponseContentDisposition: contentDisposition(options.fileName),
        ResponseContentType: options.contentType,
      }),
      { expiresIn: options.expiresInSeconds },
    );
  }

  async inspect(key: string, version: string | undefined, leadingBytes: number) {
    try {
      const head = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key, VersionId: version }));
      const size = head.ContentLength ?? 0;
      if (size === 0) return { size, head: new Uint8Array() };
      const object = await this.client.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: key, VersionId: version, Range: `bytes=0-${leadingBytes - 1}` }),
      );
      return { size, head: await object.Body!.transformToByteArray() };
    } catch (error) {
      if (error instanceof NotFound || error instanceof NoSuchKey) return undefined;
      throw error;
    }
  }

  async remove(key: string, version: string | undefined): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key, VersionId: version }));
  }

  async markVerified(key: string, version: string | undefined): Promise<void> {
    await this.client.send(
      new PutObjectTaggingCommand({
        Bucket: this.bucket,
        Key: key,
        VersionId: version,
        Tagging: { TagSet: [{ Key: VERIFIED_TAG.key, Value: VERIFIED_TAG.verified }] },
      }),
    );
  }
}
