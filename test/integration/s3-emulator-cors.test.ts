import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { S3Client } from '@aws-sdk/client-s3';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corsConfigurationOf } from '../../lib/local/bucket-cors.js';
import { LOCAL_AWS } from '../../lib/local/dynamodb-local.js';
import { localBucketName, type S3Emulator, startS3Emulator } from '../../lib/local/s3-emulator.js';
import { synthesizeSystem } from '../../lib/local/synthesized-templates.js';

const CONSOLE_ORIGIN = 'http://127.0.0.1:3000';

describe('the S3 emulator’s CORS, from the template’s bucket and the console’s origins', () => {
  let emulator: S3Emulator;
  let dataDir: string;
  let bucket: string;
  let stageOrigins: string[];

  beforeAll(async () => {
    const { dataTemplate } = synthesizeSystem();
    const [logicalId] = Object.entries(dataTemplate.Resources).flatMap(([id, resource]) =>
      (resource.Properties as { CorsConfiguration?: unknown } | undefined)?.CorsConfiguration ? [id] : [],
    );
    bucket = localBucketName(logicalId!);
    stageOrigins = (
      dataTemplate.Resources[logicalId!]!.Properties as {
        CorsConfiguration: { CorsRules: Array<{ AllowedOrigins: string[] }> };
      }
    ).CorsConfiguration.CorsRules.flatMap((rule) => rule.AllowedOrigins);
    dataDir = mkdtempSync(join(tmpdir(), 'tawasul-s3-cors-'));
    emulator = await startS3Emulator({
      dataDir,
      buckets: [logicalId!],
      cors: new Map([[logicalId!, corsConfigurationOf(dataTemplate, logicalId!, [CONSOLE_ORIGIN])!]]),
    });
  });

  afterAll(async () => {
    await emulator.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const preflight = (origin: string, method = 'POST') =>
    fetch(`${emulator.endpoint}/${bucket}`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': method, 'access-control-request-headers': 'content-type' },
    });

  it.each([
    ['the console’s', CONSOLE_ORIGIN],
    ['the stage’s', 'STAGE'],
  ])('when %s origin asks before an upload, it is allowed to POST', async (_, given) => {
    // Prepare
    const origin = given === 'STAGE' ? stageOrigins[0]! : given;
    // Act
    const response = await preflight(origin);
    // Assess
    // s3rver answers an allowed origin's preflight with `*` where S3 names the origin: both let it through.
    expect(response.status).toBe(200);
    expect([origin, '*']).toContain(response.headers.get('access-control-allow-origin'));
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
  });

  it.each([
    ['another origin', 'http://evil.example', 'POST'],
    ['a method the bucket does not take from browsers', CONSOLE_ORIGIN, 'DELETE'],
  ])('when %s asks, it is refused', async (_, origin, method) => {
    // Act
    const response = await preflight(origin, method);
    // Assess
    expect(response.status).toBe(403);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('when the console posts a file with an upload form, the answer lets the console read it', async () => {
    // Prepare
    const client = new S3Client({ endpoint: emulator.endpoint, forcePathStyle: true, ...LOCAL_AWS });
    const { url, fields } = await createPresignedPost(client, { Bucket: bucket, Key: 'uploads/a.txt', Expires: 60 });
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    form.append('file', new Blob(['hello']));
    // Act
    const response = await fetch(url, { method: 'POST', body: form, headers: { origin: CONSOLE_ORIGIN } });
    // Assess
    expect(response.status).toBeLessThan(300);
    expect(response.headers.get('access-control-allow-origin')).toBe(CONSOLE_ORIGIN);
  });
});
