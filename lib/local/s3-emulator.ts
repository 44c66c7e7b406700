import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import S3rver from 's3rver';
import type { CfnTemplate } from './synthesized-templates.js';

/** S3 bucket names are lower case; a local bucket is its logical ID in lower case. */
export const localBucketName = (logicalId: string) => logicalId.toLowerCase();

export const bucketsOf = (template: CfnTemplate): string[] =>
  Object.entries(template.Resources)
    .filter(([, resource]) => resource.Type === 'AWS::S3::Bucket')
    .map(([logicalId]) => logicalId);

/** An S3 record as the emulator emits it on every object created. */
export interface EmulatorS3Record {
  eventName: string;
  s3: { bucket: { name: string }; object: { key: string; size: number; eTag: string; versionId?: string } };
}

export interface S3Emulator {
  endpoint: string;
  onObjectCreated(listener: (record: EmulatorS3Record) => void): void;
  stop(): Promise<void>;
}

/**
 * Starts s3rver on a free loopback port with the template's buckets, its files kept under
 * `dataDir`. It checks request signatures but, unlike S3, not POST policies: uploads are verified.
 */
export const startS3Emulator = async (options: {
  dataDir: string;
  buckets: string[];
  /** By logical ID, a bucket's CORSConfiguration document (see corsConfigurationOf); a bucket without one answers no browser. */
  cors?: ReadonlyMap<string, string>;
}): Promise<S3Emulator> => {
  const directory = resolve(options.dataDir);
  mkdirSync(directory, { recursive: true });
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: options.buckets.map((logicalId) => {
      const cors = options.cors?.get(logicalId);
      return { name: localBucketName(logicalId), configs: cors ? [cors] : [] };
    }),
  });
  const { port } = (await server.run()) as { port: number };
  return {
    endpoint: `http://127.0.0.1:${port}`,
    onObjectCreated: (listener) =>
      // s3rver is a Koa application: its object events come through Koa's EventEmitter.
      (server as unknown as NodeJS.EventEmitter).on('event', (event: { Records: EmulatorS3Record[] }) => {
        for (const record of event.Records) if (record.eventName.startsWith('ObjectCreated:')) listener(record);
      }),
    stop: () => server.close(),
  };
};
