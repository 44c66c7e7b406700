import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { DownloadLinks } from '../../domain/attachments/ports.js';

/**
 * RFC 6266/8187: shown in the browser where it can be (only PDF, JPEG and PNG, verified by their
 * bytes, are ever linked: a reviewer opens a PDF in a tab of its own), and saved under its
 * (sanitized) Arabic or English name.
 */
const contentDisposition = (fileName: string) =>
  `inline; filename="${fileName.replace(/[^\x20-\x7E]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;

export class S3DownloadLinks implements DownloadLinks {
  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
  ) {}

  downloadUrl(
    key: string,
    options: { version?: string; fileName: string; contentType: string; expiresInSeconds: number },
  ): Promise<string> {
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
}
