import {
  DeleteObjectCommand,
  GetObjectCommand,
  GetObjectTaggingCommand,
  HeadObjectCommand,
  NoSuchKey,
  NotFound,
  PutObjectTaggingCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { VERIFIED_TAG } from '../../contract/object-keys.js';
import type { StoredFiles } from '../../domain/attachments/ports.js';
import { required } from '../../domain/shared/required.js';

export class S3StoredFiles implements StoredFiles {
  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
  ) {}

  async inspect(key: string, version: string | undefined, leadingBytes: number) {
    try {
      const head = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key, VersionId: version }));
      const size = head.ContentLength ?? 0;
      if (size === 0) return { size, head: new Uint8Array() };
      const object = await this.client.send(
        new GetObjectCommand({
          Bucket: this.bucket,
          Key: key,
          VersionId: version,
          Range: `bytes=0-${leadingBytes - 1}`,
        }),
      );
      return { size, head: await required(object.Body, `The body of ${key}`).transformToByteArray() };
    } catch (error) {
      if (error instanceof NotFound || error instanceof NoSuchKey) return undefined;
      throw error;
    }
  }

  async remove(key: string, version: string | undefined): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key, VersionId: version }));
  }

  /** Sets the verified tag, keeping the others (GuardDuty's scan verdict among them): S3 replaces the whole set. */
  async markVerified(key: string, version: string | undefined): Promise<void> {
    const { TagSet = [] } = await this.client.send(
      new GetObjectTaggingCommand({ Bucket: this.bucket, Key: key, VersionId: version }),
    );
    await this.client.send(
      new PutObjectTaggingCommand({
        Bucket: this.bucket,
        Key: key,
        VersionId: version,
        Tagging: {
          TagSet: [
            ...TagSet.filter((tag) => tag.Key !== VERIFIED_TAG.key),
            { Key: VERIFIED_TAG.key, Value: VERIFIED_TAG.verified },
          ],
        },
      }),
    );
  }
}
