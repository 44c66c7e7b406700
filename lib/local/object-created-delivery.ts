import { randomUUID } from 'node:crypto';
import { setTimeout } from 'node:timers/promises';
import type { ObjectCreatedEvent } from '../../functions/adapters/shared/s3-object-created.js';
import { systemClock } from '../../functions/adapters/shared/system-clock.js';
import { resolveValue } from './function-environment.js';
import type { EmulatorS3Record } from './s3-emulator.js';
import type { SynthesizedSystem } from './synthesized-templates.js';

interface ObjectCreatedRule {
  bucketName: string;
  /** Only keys under this prefix match, when the rule names one. */
  keyPrefix?: string;
}

/** The `Object Created` rule at construct path `path` of the synthesized service stack, its bucket resolved locally. */
export const objectCreatedRule = (system: SynthesizedSystem, path: string): ObjectCreatedRule => {
  const fullPath = `${system.serviceStackName}/${path}/Resource`;
  const rule = Object.values(system.serviceTemplate.Resources).find(
    (r) => r.Type === 'AWS::Events::Rule' && r.Metadata?.['aws:cdk:path'] === fullPath,
  );
  if (!rule) throw new Error(`The synthesized service stack has no event rule at ${fullPath}`);
  const detail = (
    rule.Properties!.EventPattern as {
      detail: { bucket: { name: unknown[] }; object?: { key?: { prefix: string }[] } };
    }
  ).detail;
  return { bucketName: resolveValue(detail.bucket.name[0], system, path), keyPrefix: detail.object?.key?.[0]?.prefix };
};

/** What S3 would send through EventBridge for an object the emulator stored. */
export const toObjectCreatedEvent = (record: EmulatorS3Record): ObjectCreatedEvent => ({
  version: '0',
  id: randomUUID(),
  'detail-type': 'Object Created',
  source: 'aws.s3',
  account: '000000000000',
  time: systemClock().toISOString(),
  region: 'local',
  resources: [],
  detail: {
    bucket: { name: record.s3.bucket.name },
    object: {
      key: record.s3.object.key,
      size: record.s3.object.size,
      etag: record.s3.object.eTag,
      'version-id': record.s3.object.versionId,
    },
  },
});

/**
 * Delivers matching emulator events to the handler as EventBridge would: asynchronously, retried
 * with back-off on failure, and reported when retries run out (the deployed rule's dead-letter queue).
 */
export const deliverObjectCreated =
  (
    rule: ObjectCreatedRule,
    handler: (event: ObjectCreatedEvent) => Promise<unknown>,
    log: (line: string) => void,
    attempts = 4,
  ) =>
  (record: EmulatorS3Record) => {
    if (record.s3.bucket.name !== rule.bucketName) return;
    if (rule.keyPrefix !== undefined && !record.s3.object.key.startsWith(rule.keyPrefix)) return;
    const event = toObjectCreatedEvent(record);
    void (async () => {
      for (let attempt = 1; attempt <= attempts; attempt++) {
        try {
          await handler(event);
          return;
        } catch (error) {
          log(`delivery of event ${event.id} failed (attempt ${attempt}): ${(error as Error).message}`);
          await setTimeout(200 * 2 ** attempt);
        }
      }
      log(`event ${event.id} dead-lettered after ${attempts} attempts`);
    })();
  };
