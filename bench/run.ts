import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { build } from 'esbuild';
import { generateReference } from '../functions/core/reference.js';
import { LOCAL_AWS, startDynamoDbLocal } from '../functions/local/dynamodb-local.js';
import { synthesizeSystem } from '../functions/local/synthesized-templates.js';
import { ensureTables, tablesOf } from '../functions/local/template-tables.js';
import { ROUTES } from '../functions/routes.js';
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
console.log('Starting DynamoDB Local and creating the synthesized table…');
const dynamodb = await startDynamoDbLocal();
const client = new DynamoDBClient({ endpoint: dynamodb.endpoint, ...LOCAL_AWS });
const [table] = tablesOf(synthesizeSystem().dataTemplate);
await ensureTables(client, [table!]);
const environment = {
  AWS_REGION: LOCAL_AWS.region,
  AWS_ACCESS_KEY_ID: 'local',
  AWS_SECRET_ACCESS_KEY: 'local',
  AWS_ENDPOINT_URL_DYNAMODB: dynamodb.endpoint,
  INQUIRIES_TABLE_NAME: table!.logicalId,
  POWERTOOLS_LOG_LEVEL: 'ERROR',
};
Object.assign(process.env, environment);

// A resident with one inquiry, so that reads have something to find.
const description = 'Bench inquiry: when will my exit and re-entry visa be issued? متى تصدر التأشيرة؟';
const submitBody = { category: 'GENERAL_INQUIRY', description };
const seeded = new Map<string, { handler: (e: unknown, c: unknown) => Promise<{ statusCode: number; body: string }> }>();

console.log('Bundling each function and the bare handlers…');
const bundles = Object.fromEntries(
  await Promise.all([
    ...ROUTES.map(async (route) => [route.id, await bundle(route.entry, route.id)] as const),
    (async () => ['BareDynamoDb', await bundle('bench/baselines/bare-dynamodb-handler.ts', 'BareDynamoDb')] as const)(),
    (async () => ['BareEmpty', await bundle('bench/baselines/bare-empty-handler.ts', 'BareEmpty')] as const)(),
  ]),
);
for (const [name, { outfile }] of Object.entries(bundles)) seeded.set(name, await import(outfile));

const submitted = JSON.parse((await seeded.get('SubmitInquiry')!.handler(jsonEvent(submitBody), {})).body) as { reference: string };
const bareItem = { pk: 'RESIDENT#bench', sk: `INQUIRY#${generateReference()}`, description, createdAt: new Date().toISOString() };

const routeEvents: Record<string, () => unknown> = {
  ListCategories: () => apiEvent({}),
  SubmitInquiry: () => jsonEvent(submitBody),
  ListInquiries: () => apiEvent({ query: { limit: '20' } }),
  GetInquiry: () => apiEvent({ pathParameters: { reference: submitted.reference } }),
};
const bareEvents = {
  put: () => ({ operation: 'put', item: { ...bareItem, sk: `INQUIRY#${generateReference()}` } }),
  get: () => ({ operation: 'get', item: bareItem }),
};
await seeded.get('BareDynamoDb')!.handler(bareEvents.put(), {});
await seeded.get('BareDynamoDb')!.handler({ operation: 'put', item: bareItem }, {});

const baselineOf = (routeId: string) => {
  const route = ROUTES.find((r) => r.id === routeId)!;
  if (route.inquiriesTable === 'none') return { name: 'BareEmpty', event: () => ({}) };
  return { name: 'BareDynamoDb', event: route.method === 'POST' ? bareEvents.put : bareEvents.get };
};

const coldStart = (bundleName: string, event: unknown) => {
  const eventFile = join(WORK, `event-${bundleName}.json`);
  writeFileSync(eventFile, JSON.stringify(event));
  const output = execFileSync(NODE, [join(PROJECT_ROOT, 'bench/init-probe.mjs'), bundles[bundleName]!.outfile, eventFile], {
    env: { ...process.env, ...environment },
    encoding: 'utf8',
  });
  const { ms, statusCode } = JSON.parse(output) as { ms: number; statusCode: number };
  if (statusCode >= 300) throw new Error(`${bundleName} answered ${statusCode} on its first request`);
  return ms;
};

console.log(`Cold starts: ${COLD_RUNS} fresh processes per function and per bare handler, alternating…`);
const functions: Record<string, Record<string, number | string>> = {};
for (const route of ROUTES) {
  const baseline = baselineOf(route.id);
  const own: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    own.push(coldStart(route.id, routeEvents[route.id]!()));
    bare.push(coldStart(baseline.name, baseline.event()));
  }
  functions[route.id] = {
    baseline: baseline.name,
    bundleBytes: bundles[route.id]!.bytes,
    bareBundleBytes: bundles[baseline.name]!.bytes,
    bundleRatio: round(bundles[route.id]!.bytes / bundles[baseline.name]!.bytes),
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
const invoke = (name: string, event: () => unknown) => () => seeded.get(name)!.handler(event(), {});
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

client.destroy();
await dynamodb.stop();
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
].join('\n');
console.log(`\n${markdown}\n\nWritten to bench/results.json (${results.measuredAt}, Node ${results.node}).`);

const readme = join(PROJECT_ROOT, 'README.md');
const text = readFileSync(readme, 'utf8');
const updated = text.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, `<!-- bench:start -->\n${markdown}\n\nMeasured ${results.measuredAt.slice(0, 10)} on Node ${results.node}, ${COLD_RUNS} cold starts and ${WARM_RUNS} warm requests each.\n<!-- bench:end -->`);
if (updated !== text) writeFileSync(readme, updated);
