import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { GetObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { REGISTER_IMPORT_PREFIX, REGISTER_REPORT_PREFIX } from '../../contract/object-keys.js';
import type { ImportReport } from '../../domain/residents/import-report.js';
import type { RegisterFiles } from '../../domain/residents/ports.js';

/** Where the report of `imports/2026/11/25.jsonl` goes: `import-reports/2026/11/25.jsonl.report.json`. */
export const reportKeyFor = (key: string) =>
  `${REGISTER_REPORT_PREFIX}${key.slice(REGISTER_IMPORT_PREFIX.length)}.report.json`;

/** The register's files in S3, read line by line as they stream, so a file's size never meets the function's memory. */
export class S3RegisterFiles implements RegisterFiles {
  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
  ) {}

  async *lines(key: string, version?: string): AsyncIterable<string> {
    const { Body } = await this.client.send(
      new GetObjectCommand({ Bucket: this.bucket, Key: key, VersionId: version }),
    );
    yield* createInterface({ input: Body as Readable, crlfDelay: Number.POSITIVE_INFINITY });
  }

  async writeReport(key: string, report: ImportReport): Promise<string> {
    const reportKey = reportKeyFor(key);
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: reportKey,
        Body: JSON.stringify({ file: key, ...report }, null, 1),
        ContentType: 'application/json',
      }),
    );
    return reportKey;
  }
}
