import { setTimeout } from 'node:timers/promises';
import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { reportKeyFor } from '../../functions/adapters/residents/s3-register-files.js';
import { REGISTER_IMPORT_PREFIX } from '../../functions/contract/object-keys.js';
import type { ImportReport } from '../../functions/domain/residents/import-report.js';
import { LOCAL_AWS } from './dynamodb-local.js';

/** How long a drop waits for its report: DynamoDB Local upserts a few thousand lines a second. */
const REPORT_TIMEOUT_MS = 10 * 60 * 1000;
const POLL_MS = 100;
const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,200}$/;

/**
 * What the register does in AWS, done locally: put a file under `imports/` of the register bucket
 * (the emulator's object event starts the same import function) and wait for its report.
 */
export class LocalRegisterDrop {
  readonly #client: S3Client;

  constructor(
    endpoint: string,
    private readonly bucket: string,
  ) {
    this.#client = new S3Client({ endpoint, forcePathStyle: true, ...LOCAL_AWS });
  }

  static isFileName(name: string): boolean {
    return FILE_NAME.test(name) && !name.includes('..');
  }

  async drop(name: string, body: Buffer): Promise<ImportReport & { file: string }> {
    const key = `${REGISTER_IMPORT_PREFIX}${name}`;
    const reportKey = reportKeyFor(key);
    // A report left by an earlier drop of the same name must not be taken for this one's.
    await this.#client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: reportKey }));
    await this.#client.send(
      new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: body, ContentType: 'application/x-ndjson' }),
    );
    const deadline = performance.now() + REPORT_TIMEOUT_MS;
    while (performance.now() < deadline) {
      try {
        const { Body } = await this.#client.send(new GetObjectCommand({ Bucket: this.bucket, Key: reportKey }));
        return JSON.parse((await Body?.transformToString()) ?? '') as ImportReport & { file: string };
      } catch (error) {
        // Not there yet, or still being written: the emulator serves a file while it is written,
        // so a read can catch the first half of the report.
        if (!(error instanceof NoSuchKey || error instanceof SyntaxError)) throw error;
        await setTimeout(POLL_MS);
      }
    }
    throw new Error(`No import report for ${key} after ${REPORT_TIMEOUT_MS / 1000} s`);
  }

  close(): void {
    this.#client.destroy();
  }
}
