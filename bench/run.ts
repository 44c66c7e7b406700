import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { build } from 'esbuild';
import { generateReference } from '../functions/core/reference.js';
import { LOCAL_AWS, startDynamoDbLocal } from '../functions/local/dynamodb-local.js';
import { synthesizeSystem } from '../functions/local/synthesized-templates.js';
import { ensureTables, tablesOf } from '../functions/local/template-tables.js';
import { ROUTES, VERIFY_UPLOAD } from '../functions/routes.js';
import { bucketsOf, localBucketName, startS3Emulator } from '../functions/local/s3-emulator.js';
import { postForm, samplePdf } from '../test/support/files.js';
import { FUNCTION_BUNDLING } from '../lib/constructs/bundling.js';
import { PROJECT_ROOT } from '../lib/project-context.js';
import { apiEvent, jsonEvent } from '../test/support/api-events.js';

/**
 * Measures each function against a bare handler built the same way in the same run: bundle size,
 * cold start (import + first request in a fresh Node process) and warm latency against DynamoDB
 * Local. Ratios, not absolute times, are the figures to compare: these machines are noisy.
 */
const WORK = join(PROJECT_ROOT, 'bench/.work');
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 15);
const WARM_RUNS = Number(process.env.BENCH_WARM_RUNS ?? 400);
const NODE = join(PROJECT_ROOT, 'node_modules/.bin/node');

const bundle = async (entry: string, name: string) => {
  const outfile = join(WORK, `${name}.mjs`);
  await build({
    entryPoints: [join(PROJECT_ROOT, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: FUNCTION_BUNDLING.format,
    minify: FUNCTION_BUNDLING.minify,
    target: FUNCTION_BUNDLING.target,
    mainFields: [...FUNCTION_BUNDLING.mainFields],
    external: FUNCTION_BUNDLING.externalModules,
    banner: { js: FUNCTION_BUNDLING.banner },
    logLevel: 'error',
  });
  return { outfile, bytes: readFileSync(outfile).byteLength };
};

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};
const median = (values: number[]) => percentile(values, 50);
const round = (value: number, digits = 2) => Number(value.toFixed(digits));

mkdirSync(WORK, { recursive: true });
console.log('Starting DynamoDB Local and the S3 emulator with the synthesized table and buckets…');
const system = synthesizeSystem();
const dynamodb = await startDynamoDbLocal();
const s3 = await startS3Emulator({ dataDir: join(WORK, 's3'), buckets: bucketsOf(system.dataTemplate) });
// Ctrl-C must not leave DynamoDB Local (Java) or the emulator running.
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  process.once(signal, () => {
    process.stderr.write(`\n${signal}: stopping DynamoDB Local and the S3 emulator…\n`);
    void Promise.allSettled([dynamodb.stop(), s3.stop()]).finally(() => process.exit(code));
  });
}
// Submission starts a review execution: a loopback stand-in answers StartExecution as Step Functions
// would, so the figure includes that call's round trip but no workflow work.
const stepFunctions = createServer((request, response) => {
  request.resume().on('end', () => {
    response.writeHead(200, { 'content-type': 'application/x-amz-json-1.0' });
    response.end(JSON.stringify({ executionArn: 'arn:aws:states:us-east-1:000000000000:execution:Review:bench', startDate: Date.now() / 1000 }));
  });
});
stepFunctions.listen(0, '127.0.0.1');
await once(stepFunctions, 'listening');
const client = new DynamoDBClient({ endpoint: dynamodb.endpoint, ...LOCAL_AWS });
const [table] = tablesOf(system.dataTemplate);
await ensureTables(client, [table!]);
const attachmentsBucket = bucketsOf(system.dataTemplate).find((id) => id.startsWith('AttachmentsBucket'))!;
const environment = {
  AWS_REGION: LOCAL_AWS.region,
  AWS_ACCESS_KEY_ID: LOCAL_AWS.credentials.accessKeyId,
  AWS_SECRET_ACCESS_KEY: LOCAL_AWS.credentials.secretAccessKey,
  AWS_ENDPOINT_URL_DYNAMODB: dynamodb.endpoint,
  AWS_ENDPOINT_URL_S3: s3.endpoint,
  S3_FORCE_PATH_STYLE: 'true',
  AWS_ENDPOINT_URL_SFN: `http://127.0.0.1:${(stepFunctions.address() as AddressInfo).port}`,
  REVIEW_STATE_MACHINE_ARN: 'arn:aws:states:us-east-1:000000000000:stateMachine:Review',
  INQUIRIES_TABLE_NAME: table!.logicalId,
  ATTACHMENTS_BUCKET_NAME: localBucketName(attachmentsBucket),
  POWERTOOLS_LOG_LEVEL: 'ERROR',
};
Object.assign(process.env, environment);

// A resident with one inquiry, so that reads have something to find.
const description = 'Bench inquiry: when will my exit and re-entry visa be issued? متى تصدر التأشيرة؟';
const submitBody = { category: 'GENERAL_INQUIRY', description };
type Handler = (e: unknown, c: unknown) => Promise<{ statusCode: number; body: string }>;
const seeded = new Map<string, { handler: Handler }>();
/** The functions measured so far; the reviewer, follow-up and /v1/me routes and the workflows' tasks are not benchmarked here. */
const BENCHED = new Set(['ListCategories', 'SubmitInquiry', 'ListInquiries', 'GetInquiry', 'RequestUpload', 'ListAttachments', 'GetAttachment', VERIFY_UPLOAD.id]);
const FUNCTIONS = [...ROUTES, { ...VERIFY_UPLOAD, method: 'EVENT', inquiriesTable: 'readWrite', attachmentsBucket: 'verify' }].filter((fn) => BENCHED.has(fn.id));
console.log(`Not benchmarked yet: ${ROUTES.map((route) => route.id).filter((id) => !BENCHED.has(id)).join(', ')}`);

console.log('Bundling each function and the bare handlers…');
const bundles = Object.fromEntries(
  await Promise.all([
    ...FUNCTIONS.map(async (fn) => [fn.id, await bundle(fn.entry, fn.id)] as const),
    (async () => ['BareDynamoDb', await bundle('bench/baselines/bare-dynamodb-handler.ts', 'BareDynamoDb')] as const)(),
    (async () => ['BareDynamoDbS3', await bundle('bench/baselines/bare-dynamodb-s3-handler.ts', 'BareDynamoDbS3')] as const)(),
    (async () => ['BareUploadForm', await bundle('bench/baselines/bare-upload-form-handler.ts', 'BareUploadForm')] as const)(),
    (async () => ['BareDownloadLink', await bundle('bench/baselines/bare-download-link-handler.ts', 'BareDownloadLink')] as const)(),
    (async () => ['BareEmpty', await bundle('bench/baselines/bare-empty-handler.ts', 'BareEmpty')] as const)(),
  ]),
);
for (const [name, { outfile }] of Object.entries(bundles)) seeded.set(name, await import(outfile));
const run = async (name: string, event: unknown) => {
  const result = await seeded.get(name)!.handler(event, {});
  if (result && result.statusCode >= 300) throw new Error(`${name} answered ${result.statusCode}: ${result.body}`);
  return result && result.body ? JSON.parse(result.body) : result;
};

const newInquiry = async () => (await run('SubmitInquiry', jsonEvent(submitBody))) as { reference: string };
/** A pending attachment whose file (of `bytes`) has been posted with its form, ready to verify. */
const uploadedFile = async (bytes: number) => {
  const { reference } = await newInquiry();
  const file = samplePdf(bytes);
  const { attachmentId, upload } = await run('RequestUpload', jsonEvent({ fileName: 'bench.pdf', contentType: 'application/pdf', size: file.length }, { pathParameters: { reference } }));
  const posted = await postForm(upload, file);
  if (posted.status >= 300) throw new Error(`upload failed: ${posted.status}`);
  return { reference, attachmentId, key: upload.fields.key as string };
};
const objectCreated = (key: string) => ({ id: generateReference(), detail: { bucket: { name: environment.ATTACHMENTS_BUCKET_NAME }, object: { key, etag: generateReference() } } });

const submitted = await newInquiry();
const verifiedFile = await uploadedFile(2000);
await run(VERIFY_UPLOAD.id, objectCreated(verifiedFile.key));
const bareItem = { pk: 'RESIDENT#bench', sk: `INQUIRY#${generateReference()}`, description, createdAt: new Date().toISOString() };

const routeEvents: Record<string, () => Promise<unknown> | unknown> = {
  ListCategories: () => apiEvent({}),
  SubmitInquiry: () => jsonEvent(submitBody),
  ListInquiries: () => apiEvent({ query: { limit: '20' } }),
  GetInquiry: () => apiEvent({ pathParameters: { reference: submitted.reference } }),
  RequestUpload: async () => jsonEvent({ fileName: 'bench.pdf', contentType: 'application/pdf', size: 1000 }, { pathParameters: { reference: (await newInquiry()).reference } }),
  ListAttachments: () => apiEvent({ pathParameters: { reference: verifiedFile.reference } }),
  GetAttachment: () => apiEvent({ pathParameters: { reference: verifiedFile.reference, attachmentId: verifiedFile.attachmentId } }),
  VerifyUpload: async () => objectCreated((await uploadedFile(2000)).key),
};
const bareEvents = {
  put: () => ({ operation: 'put', item: { ...bareItem, sk: `INQUIRY#${generateReference()}` } }),
  get: () => ({ operation: 'get', item: bareItem }),
  head: () => ({ operation: 'head', item: bareItem, key: verifiedFile.key }),
};
await run('BareDynamoDb', bareEvents.put());
await run('BareDynamoDb', { operation: 'put', item: bareItem });

const baselineOf = (fnId: string) => {
  const fn = FUNCTIONS.find((f) => f.id === fnId)!;
  if (fn.inquiriesTable === 'none') return { name: 'BareEmpty', event: () => ({}) };
  if (fn.attachmentsBucket === 'upload') return { name: 'BareUploadForm', event: bareEvents.head };
  if (fn.attachmentsBucket === 'read') return { name: 'BareDownloadLink', event: bareEvents.head };
  if (fn.attachmentsBucket === 'verify') return { name: 'BareDynamoDbS3', event: bareEvents.head };
  return { name: 'BareDynamoDb', event: fn.method === 'POST' ? bareEvents.put : bareEvents.get };
};

// Asynchronous on purpose: the S3 emulator runs in this process and must keep answering.
const coldStart = async (bundleName: string, event: unknown) => {
  const eventFile = join(WORK, `event-${bundleName}.json`);
  writeFileSync(eventFile, JSON.stringify(event));
  const { stdout: output } = await promisify(execFile)(NODE, [join(PROJECT_ROOT, 'bench/init-probe.mjs'), bundles[bundleName]!.outfile, eventFile], {
    env: { ...process.env, ...environment },
    encoding: 'utf8',
    timeout: 60_000,
  });
  const { ms, statusCode } = JSON.parse(output) as { ms: number; statusCode: number };
  if (statusCode >= 300) throw new Error(`${bundleName} answered ${statusCode} on its first request`);
  return ms;
};

console.log(`Cold starts: ${COLD_RUNS} fresh processes per function and per bare handler, alternating…`);
const functions: Record<string, Record<string, number | string>> = {};
for (const fn of FUNCTIONS) {
  const baseline = baselineOf(fn.id);
  const own: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    own.push(await coldStart(fn.id, await routeEvents[fn.id]!()));
    bare.push(await coldStart(baseline.name, baseline.event()));
  }
  functions[fn.id] = {
    baseline: baseline.name,
    bundleBytes: bundles[fn.id]!.bytes,
    bareBundleBytes: bundles[baseline.name]!.bytes,
    bundleRatio: round(bundles[fn.id]!.bytes / bundles[baseline.name]!.bytes),
    initMs: round(median(own), 1),
    bareInitMs: round(median(bare), 1),
    initRatio: round(median(own) / median(bare)),
  };
}

console.log(`Warm requests: ${WARM_RUNS} per operation against DynamoDB Local, interleaved with the bare calls…`);
const timed = async (call: () => Promise<unknown>) => {
  const started = performance.now();
  await call();
  return performance.now() - started;
};
const warm = async (own: () => Promise<unknown>, bare: () => Promise<unknown>) => {
  for (let i = 0; i < 50; i++) await Promise.all([own(), bare()]);
  const ownTimes: number[] = [];
  const bareTimes: number[] = [];
  for (let i = 0; i < WARM_RUNS; i++) {
    if (i % 2 === 0) {
      ownTimes.push(await timed(own));
      bareTimes.push(await timed(bare));
    } else {
      bareTimes.push(await timed(bare));
      ownTimes.push(await timed(own));
    }
  }
  return {
    p50Ms: round(median(ownTimes)),
    p99Ms: round(percentile(ownTimes, 99)),
    bareP50Ms: round(median(bareTimes)),
    bareP99Ms: round(percentile(bareTimes, 99)),
    warmP50Ratio: round(median(ownTimes) / median(bareTimes)),
    warmP99Ratio: round(percentile(ownTimes, 99) / percentile(bareTimes, 99)),
  };
};
const invoke = (name: string, event: () => unknown) => async () => seeded.get(name)!.handler(await event(), {});
const operations = {
  submit: { baseline: 'PutItem', ...(await warm(invoke('SubmitInquiry', routeEvents.SubmitInquiry!), invoke('BareDynamoDb', bareEvents.put))) },
  'submit with Idempotency-Key': {
    baseline: 'PutItem',
    ...(await warm(
      invoke('SubmitInquiry', () => jsonEvent(submitBody, { headers: { 'Idempotency-Key': randomUUID() } })),
      invoke('BareDynamoDb', bareEvents.put),
    )),
  },
  get: { baseline: 'GetItem', ...(await warm(invoke('GetInquiry', routeEvents.GetInquiry!), invoke('BareDynamoDb', bareEvents.get))) },
};

console.log('Verification: files of 1, 5 and 10 MB, each uploaded fresh, then judged…');
const VERIFY_RUNS = Number(process.env.BENCH_VERIFY_RUNS ?? 10);
const verification: Record<string, number> = {};
for (const megabytes of [1, 5, 10]) {
  const times: number[] = [];
  for (let i = 0; i < VERIFY_RUNS; i++) {
    const { key } = await uploadedFile(megabytes * 1024 * 1024 - 64);
    times.push(await timed(() => run(VERIFY_UPLOAD.id, objectCreated(key))));
  }
  verification[`${megabytes}MB`] = round(median(times));
  verification[`${megabytes}MBPerMB`] = round(median(times) / megabytes);
}

client.destroy();
stepFunctions.close();
await Promise.all([dynamodb.stop(), s3.stop()]);
rmSync(WORK, { recursive: true, force: true });

const results = {
  measuredAt: new Date().toISOString(),
  node: process.version,
  method: {
    coldRuns: COLD_RUNS,
    warmRuns: WARM_RUNS,
    bundle: 'esbuild with the deployed options (minified ESM, AWS SDK bundled)',
    init: 'median time from process start to the first response, fresh Node process each run',
    warm: 'in-process p50/p99 of the bundled handler against DynamoDB Local, interleaved with the bare call',
  },
  functions,
  operations,
  verification,
};
writeFileSync(join(PROJECT_ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);

const kb = (bytes: unknown) => `${(Number(bytes) / 1024).toFixed(1)} kB`;
const markdown = [
  '| Function | Bundle | Bare bundle | Bundle ratio | Init (ms) | Bare init (ms) | Init ratio |',
  '|---|---:|---:|---:|---:|---:|---:|',
  ...Object.entries(functions).map(([id, f]) => `| ${id} | ${kb(f.bundleBytes)} | ${kb(f.bareBundleBytes)} (${f.baseline}) | ${f.bundleRatio}× | ${f.initMs} | ${f.bareInitMs} | ${f.initRatio}× |`),
  '',
  '| Warm operation | p50 (ms) | bare p50 (ms) | p50 ratio | p99 (ms) | bare p99 (ms) | p99 ratio |',
  '|---|---:|---:|---:|---:|---:|---:|',
  ...Object.entries(operations).map(([name, o]) => `| ${name} (vs bare ${o.baseline}) | ${o.p50Ms} | ${o.bareP50Ms} | ${o.warmP50Ratio}× | ${o.p99Ms} | ${o.bareP99Ms} | ${o.warmP99Ratio}× |`),
  '',
  '| Verification of an upload | 1 MB | 5 MB | 10 MB |',
  '|---|---:|---:|---:|',
  `| median time (ms) | ${verification['1MB']} | ${verification['5MB']} | ${verification['10MB']} |`,
  `| time per MB (ms) | ${verification['1MBPerMB']} | ${verification['5MBPerMB']} | ${verification['10MBPerMB']} |`,
].join('\n');
console.log(`\n${markdown}\n\nWritten to bench/results.json (${results.measuredAt}, Node ${results.node}).`);

const readme = join(PROJECT_ROOT, 'README.md');
const text = readFileSync(readme, 'utf8');
const updated = text.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, `<!-- bench:start -->\n${markdown}\n\nMeasured ${results.measuredAt.slice(0, 10)} on Node ${results.node}, ${COLD_RUNS} cold starts and ${WARM_RUNS} warm requests each.\n<!-- bench:end -->`);
if (updated !== text) writeFileSync(readme, updated);
