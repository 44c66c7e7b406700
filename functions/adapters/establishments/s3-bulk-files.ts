import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, NotFound, type S3Client } from '@aws-sdk/client-s3';
import type { BulkFiles } from '../../domain/establishments/ports.js';
import { required } from '../../domain/shared/required.js';

/** Bulk files in the attachments bucket, under BULK_FILE_PREFIX: read whole, then deleted. */
export class S3BulkFiles implements BulkFiles {
  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
  ) {}

  async read(key: string, version: string | undefined, maxBytes: number): Promise<Uint8Array | undefined> {
    try {
      const object = await this.client.send(
        // One byte past the limit is enough to tell a file that is too large.
        new GetObjectCommand({ Bucket: this.bucket, Key: key, VersionId: version, Range: `bytes=0-${maxBytes}` }),
      );
      return await required(object.Body, `The body of ${key}`).transformToByteArray();
    } catch (error) {
      if (error instanceof NotFound || error instanceof NoSuchKey) return undefined;
      throw error;
    }
  }

  async remove(key: string, version?: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key, VersionId: version }));
  }
}
