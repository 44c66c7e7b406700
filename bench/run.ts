import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ENVIRONMENT } from '../functions/contract/environment.js';
import { PROJECT_ROOT } from '../lib/aws/project-context.js';
import { LOCAL_AWS, startDynamoDbLocal } from '../lib/local/dynamodb-local.js';
import { functionEnvironment } from '../lib/local/function-environment.js';
import { bucketsOf, startS3Emulator } from '../lib/local/s3-emulator.js';
import { synthesizeSystem } from '../lib/local/synthesized-templates.js';
import { ensureTables, tablesOf } from '../lib/local/template-tables.js';
import { baselineEntry } from './baselines/baseline-entry.js';
import { type Answer, type BaselineEvent, callsOf, type Step } from './baselines/sdk-plan.js';
import { SCENARIOS } from './scenarios/all-scenarios.js';
import { besideStaffSignIn } from './scenarios/establishments.js';
import { besideSignIn } from './scenarios/resident-records.js';
import type { Invocations, Scenario } from './scenarios/scenario.js';
import { createBench } from './support/bench-fixtures.js';
import { type Bundle, bundleFunction, bundleSource } from './support/bundles.js';
import { callDifferences, callSummary } from './support/call-comparison.js';
import { isApiAnswer } from './support/function-answers.js';
import { coverageGaps, deployedFunctions } from './support/function-catalogue.js';
import { type ColdFigures, resultsTable, TARGETS, type WarmFigures } from './support/report.js';
import { startStandIns } from './support/stand-ins.js';
import { median, percentile, round } from './support/statistics.js';
import { NODE, startWarmHost } from './support/warm-host-client.js';
import type { WireCall } from './support/wire-recorder.js';

/**
 * Measures every deployed function against a baseline that makes the same AWS SDK calls for the same
 * request — same clients bundled, same operations on the same tables, buckets and services, payloads
 * of the same size, checked on the wire in this run — but runs none of our code. Per function: bundle
 * size, cold start (median over fresh processes), warm p50 and p99 (interleaved with the baseline's,
 * in a process holding only the two), as ratios: these machines are noisy, the ratios less so.
 */
const WORK = join(PROJECT_ROOT, 'bench/.work');
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 15);
const WARM_RUNS = Number(process.env.BENCH_WARM_RUNS ?? 300);
const WARM_UP = Number(process.env.BENCH_WARM_UP ?? 20);
/** A comma-separated list of functions to measure alone, while working on them: nothing is written then. */
const ONLY = process.env.BENCH_ONLY?.split(',').filter(Boolean);

const startedAt = Date.now();
const loadBefore = loadavg()[0]!;
const elapsed = () => `${Math.round((Date.now() - startedAt) / 1000)} s`;
rmSync(WORK, { recursive: true, force: true });
mkdirSync(WORK, { recursive: true });

// ---------------------------------------------------------------------------------------------
// What is deployed, and what measures it

const system = synthesizeSystem();
const functions = deployedFunctions(system.serviceTemplate, system.serviceStackName);
const gaps = coverageGaps(functions, SCENARIOS);
if (gaps.unmeasured.length > 0 || gaps.unknown.length > 0) {
  throw new Error(
    [
      gaps.unmeasured.length > 0 &&
        `No benchmark scenario for ${gaps.unmeasured.join(', ')}: add one under bench/scenarios/ (see bench/scenarios/scenario.ts).`,
      gaps.unknown.length > 0 && `Scenarios for functions that are not deployed: ${gaps.unknown.join(', ')}.`,
    ]
      .filter(Boolean)
      .join('\n'),
  );
}
const scenarios = SCENARIOS.filter((scenario) => !ONLY || ONLY.includes(scenario.fn));
const measured = functions.filter((fn) => scenarios.some((scenario) => scenario.fn === fn.id));

// ---------------------------------------------------------------------------------------------
// DynamoDB Local, the S3 emulator and the stand-ins, with the template's tables and buckets

console.log(
  `Starting DynamoDB Local, the S3 emulator and the Step Functions and SNS stand-ins… (load average ${loadBefore.toFixed(1)} on this machine)`,
);
const deployedEnvironment = functionEnvironment(system, functions);
const dynamodb = await startDynamoDbLocal();
const s3 = await startS3Emulator({ dataDir: join(WORK, 's3'), buckets: bucketsOf(system.dataTemplate) });
const standIns = await startStandIns(deployedEnvironment[ENVIRONMENT.reviewStateMachine]!);
const stopAll = () => Promise.allSettled([dynamodb.stop(), s3.stop(), standIns.close()]);
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const) {
  process.once(signal, () => {
    process.stderr.write(`\n${signal}: stopping DynamoDB Local and the S3 emulator…\n`);
    void stopAll().finally(() => process.exit(code));
  });
}
const lowLevel = new DynamoDBClient({ endpoint: dynamodb.endpoint, ...LOCAL_AWS });
await ensureTables(lowLevel, tablesOf(system.dataTemplate));

const services = {
  AWS_REGION: LOCAL_AWS.region,
  AWS_ACCESS_KEY_ID: LOCAL_AWS.credentials.accessKeyId,
  AWS_SECRET_ACCESS_KEY: LOCAL_AWS.credentials.secretAccessKey,
  AWS_ENDPOINT_URL_DYNAMODB: dynamodb.endpoint,
  AWS_ENDPOINT_URL_S3: s3.endpoint,
  AWS_ENDPOINT_URL_SFN: standIns.sfnEndpoint,
  AWS_ENDPOINT_URL_SNS: standIns.snsEndpoint,
  [ENVIRONMENT.s3PathStyle]: 'true',
};
const overridesOf = (fn: string) =>
  Object.assign(
    {},
    ...SCENARIOS.filter((scenario) => scenario.fn === fn).map((scenario) => scenario.environment ?? {}),
  ) as Record<string, string>;
/** A function's deployed environment (from the template), pointed at the local services. */
const environmentOf = (fn: string) => ({
  ...functionEnvironment(system, [functions.find((candidate) => candidate.id === fn)!]),
  ...services,
  ...overridesOf(fn),
});
// The fixtures' functions run in this process, with every function's environment at once (as `npm start`
// does), their logs and metrics kept quiet; the measured processes get the deployed environment only.
Object.assign(process.env, deployedEnvironment, services, ...functions.map((fn) => overridesOf(fn.id)), {
  POWERTOOLS_LOG_LEVEL: 'WARN',
  POWERTOOLS_METRICS_DISABLED: 'true',
});

// ---------------------------------------------------------------------------------------------
// Bundles, fixtures, baselines

console.log(`Bundling ${functions.length} functions as deployed… (${elapsed()})`);
const bundles = new Map<string, Bundle>(
  await Promise.all(
    functions.map(async (fn) => [fn.id, await bundleFunction(fn.entry, join(WORK, `${fn.id}.mjs`))] as const),
  ),
);
const bench = createBench({
  tables: {
    inquiries: deployedEnvironment[ENVIRONMENT.inquiriesTable]!,
    residents: deployedEnvironment[ENVIRONMENT.residentsTable]!,
    reminderLog: deployedEnvironment[ENVIRONMENT.reminderLogTable]!,
    stats: deployedEnvironment[ENVIRONMENT.statsTable]!,
    messages: deployedEnvironment[ENVIRONMENT.messagesTable]!,
  },
  buckets: {
    attachments: deployedEnvironment[ENVIRONMENT.attachmentsBucket]!,
    register: deployedEnvironment[ENVIRONMENT.registerBucket]!,
  },
  reviewStateMachine: deployedEnvironment[ENVIRONMENT.reviewStateMachine]!,
  db: DynamoDBDocumentClient.from(lowLevel),
  s3: new S3Client({ endpoint: s3.endpoint, forcePathStyle: true, ...LOCAL_AWS }),
  bundleOf: (fn) => bundles.get(fn)!.file,
  lastSms: standIns.lastSms,
});

const label = (scenario: Scenario) => (scenario.variant ? `${scenario.fn} (${scenario.variant})` : scenario.fn);
/** What an answer comes to: the status of an API answer, the scenario's reading of a task's. */
const outcomeOf = (scenario: Scenario, result: unknown) =>
  isApiAnswer(result) ? String(result.statusCode) : (scenario.outcome?.(result) ?? 'answered');

interface Prepared {
  scenario: Scenario;
  invocations: Invocations;
  answer: Answer;
  outcome: string;
  /** The baseline's calls as a cold start makes them (a resident's first request reads their profile too, a staff member's their establishment's contact, some functions what they keep). */
  coldCalls: () => Promise<Step[]>;
  samples: Step[][];
}

console.log(`Building fixtures and each function's reference answer… (${elapsed()})`);
const prepared: Prepared[] = [];
for (const scenario of scenarios) {
  const invocations = await scenario.prepare(bench);
  const result = await bench.invoke(scenario.fn, await invocations.event());
  const outcome = outcomeOf(scenario, result);
  if (scenario.expectedOutcome && outcome !== scenario.expectedOutcome)
    throw new Error(`${label(scenario)} answered "${outcome}", not "${scenario.expectedOutcome}", on its fixture`);
  const answer: Answer = isApiAnswer(result)
    ? { statusCode: result.statusCode, headers: result.headers, json: JSON.parse(result.body) }
    : { result };
  const coldCalls = async () => {
    const steps = [...(scenario.firstRequestReads?.(bench) ?? []), ...(await invocations.calls())];
    if (scenario.resident) return besideSignIn(bench, scenario.resident, steps);
    return scenario.staff ? besideStaffSignIn(bench, scenario.staff, steps) : steps;
  };
  prepared.push({
    scenario,
    invocations,
    answer,
    outcome,
    coldCalls,
    samples: [await invocations.calls(), await coldCalls()],
  });
}

console.log(`Generating and bundling the baselines… (${elapsed()})`);
const baselines = new Map<string, Bundle>();
for (const fn of measured) {
  const own = prepared.filter((entry) => entry.scenario.fn === fn.id);
  const bundledAnswer = own[0]!.scenario.bundledAnswer ? own[0]!.answer : undefined;
  const source = baselineEntry({
    name: fn.id,
    packages: bundles.get(fn.id)!.sdkPackages,
    plans: own.flatMap((entry) => entry.samples),
    bundledAnswer,
  });
  writeFileSync(join(WORK, `${fn.id}.baseline.ts`), source);
  baselines.set(fn.id, await bundleSource(source, join(WORK, `${fn.id}.baseline.mjs`)));
}
const baselineEvent = async (entry: Prepared, cold: boolean): Promise<BaselineEvent> => ({
  steps: cold ? await entry.coldCalls() : await entry.invocations.calls(),
  ...(!entry.scenario.bundledAnswer && { answer: entry.answer }),
});

// ---------------------------------------------------------------------------------------------
// Same calls? Each function's first request and a warm one, against its baseline's, on the wire

const hostFor = (entry: Prepared) =>
  startWarmHost(environmentOf(entry.scenario.fn), {
    own: bundles.get(entry.scenario.fn)!.file,
    baseline: baselines.get(entry.scenario.fn)!.file,
  });
const checked = (entry: Prepared, side: 'function' | 'baseline', result: unknown) => {
  const outcome = outcomeOf(entry.scenario, result);
  if (outcome !== entry.outcome)
    throw new Error(
      `${label(entry.scenario)}: the ${side} answered "${outcome}" where its reference answered "${entry.outcome}"`,
    );
};
interface Round {
  own: number;
  baseline: number;
  ownCalls?: WireCall[];
  baselineCalls?: WireCall[];
  /** The calls the baseline was given. */
  plan: Step[];
}

/** One request each way, ABBA from one round to the next so that neither side always goes first. */
const exchange = async (
  host: Awaited<ReturnType<typeof hostFor>>,
  entry: Prepared,
  index: number,
  options: { record?: boolean; cold?: boolean } = {},
) => {
  const round = {} as Round;
  for (const side of index % 2 === 0 ? (['own', 'baseline'] as const) : (['baseline', 'own'] as const)) {
    const event = side === 'own' ? await entry.invocations.event() : await baselineEvent(entry, options.cold === true);
    const reply = await host.call(side, event, options.record);
    checked(entry, side === 'own' ? 'function' : 'baseline', reply.result);
    round[side] = reply.ms;
    if (side === 'own') round.ownCalls = reply.calls;
    else [round.baselineCalls, round.plan] = [reply.calls, (event as BaselineEvent).steps];
  }
  return round;
};

/** Presigning happens in the process, off the wire: named beside the calls. */
const signingOf = (steps: Step[]) =>
  callsOf(steps)
    .filter((call) => call.presign)
    .map((call) => (call.presign!.kind === 'post' ? ' + presigned POST' : ' + signed URL'))
    .join('');

console.log(`Checking that every baseline makes its function's calls… (${elapsed()})`);
const differences: string[] = [];
const callLists: Record<string, { cold: string; warm: string }> = {};
for (const entry of prepared) {
  const host = await hostFor(entry);
  try {
    const cold = await exchange(host, entry, 0, { record: true, cold: true });
    for (let i = 0; i < 3; i++) await exchange(host, entry, i);
    const warm = await exchange(host, entry, 0, { record: true });
    for (const [when, round] of [
      ['first request', cold],
      ['warm request', warm],
    ] as const) {
      // The recorder itself is checked: it must have seen every call the baseline was given to send.
      const sent = callsOf(round.plan).filter((call) => !call.presign).length;
      if (round.baselineCalls!.length !== sent)
        differences.push(
          `${label(entry.scenario)}, ${when}: the recorder saw ${round.baselineCalls!.length} of the baseline's ${sent} calls`,
        );
      for (const difference of callDifferences(round.ownCalls!, round.baselineCalls!))
        differences.push(`${label(entry.scenario)}, ${when}: ${difference}`);
    }
    const signing = signingOf(entry.samples[0]!);
    callLists[label(entry.scenario)] = {
      cold: callSummary(cold.ownCalls!) + signing,
      warm: callSummary(warm.ownCalls!) + signing,
    };
  } finally {
    host.stop();
  }
}
if (differences.length > 0) {
  await stopAll();
  throw new Error(
    `Baselines that no longer make their function's calls (adjust bench/scenarios/):\n  ${differences.join('\n  ')}`,
  );
}

// ---------------------------------------------------------------------------------------------
// Warm requests

console.log(
  `Warm requests: ${WARM_UP} to warm up, then ${WARM_RUNS} each, interleaved with the baseline's… (${elapsed()})`,
);
const warm: WarmFigures[] = [];
for (const entry of prepared) {
  const host = await hostFor(entry);
  const own: number[] = [];
  const bare: number[] = [];
  const runs = Math.min(WARM_RUNS, entry.scenario.warmRuns ?? WARM_RUNS);
  try {
    for (let i = 0; i < WARM_UP + runs; i++) {
      const times = await exchange(host, entry, i);
      if (i < WARM_UP) continue;
      own.push(times.own);
      bare.push(times.baseline);
    }
  } finally {
    host.stop();
  }
  const figures = {
    fn: entry.scenario.fn,
    ...(entry.scenario.variant && { variant: entry.scenario.variant }),
    calls: callLists[label(entry.scenario)]!.warm,
    runs,
    p50Ms: round(median(own), 3),
    baselineP50Ms: round(median(bare), 3),
    p50Ratio: round(median(own) / median(bare)),
    p99Ms: round(percentile(own, 99), 3),
    baselineP99Ms: round(percentile(bare, 99), 3),
    p99Ratio: round(percentile(own, 99) / percentile(bare, 99)),
  };
  warm.push(figures);
  console.log(`  ${label(entry.scenario)}: p50 ${figures.p50Ratio}×, p99 ${figures.p99Ratio}× (${elapsed()})`);
}

// ---------------------------------------------------------------------------------------------
// Cold starts: a fresh Node process per request, the function's and the baseline's alternating

const probe = async (entry: Prepared, file: string, event: unknown, side: 'function' | 'baseline') => {
  const eventFile = join(WORK, 'event.json');
  writeFileSync(eventFile, JSON.stringify(event));
  const { stdout } = await promisify(execFile)(NODE, [join(PROJECT_ROOT, 'bench/init-probe.mjs'), file, eventFile], {
    env: { PATH: process.env.PATH ?? '', ...environmentOf(entry.scenario.fn) },
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 16 * 1024 * 1024,
  });
  const line = stdout.split('\n').findLast((text) => text.startsWith('INIT-PROBE '));
  if (!line) throw new Error(`${label(entry.scenario)}: the ${side}'s cold start printed no result`);
  const { ms, loadedMs, result } = JSON.parse(line.slice('INIT-PROBE '.length)) as {
    ms: number;
    loadedMs: number;
    result: unknown;
  };
  checked(entry, side, result);
  return { ms, loadedMs };
};

console.log(
  `Cold starts: ${COLD_RUNS} fresh processes per function and per baseline, alternating (ABBA)… (${elapsed()})`,
);
const cold: Record<string, ColdFigures> = {};
for (const fn of measured) {
  const entry = prepared.find((candidate) => candidate.scenario.fn === fn.id)!;
  const own: { ms: number; loadedMs: number }[] = [];
  const bare: { ms: number; loadedMs: number }[] = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    for (const side of i % 2 === 0 ? (['function', 'baseline'] as const) : (['baseline', 'function'] as const)) {
      if (side === 'function')
        own.push(await probe(entry, bundles.get(fn.id)!.file, await entry.invocations.event(), side));
      else bare.push(await probe(entry, baselines.get(fn.id)!.file, await baselineEvent(entry, true), side));
    }
  }
  const initOf = (runs: typeof own) => median(runs.map((run) => run.ms));
  cold[fn.id] = {
    bundleBytes: bundles.get(fn.id)!.bytes,
    baselineBundleBytes: baselines.get(fn.id)!.bytes,
    bundleRatio: round(bundles.get(fn.id)!.bytes / baselines.get(fn.id)!.bytes),
    initMs: round(initOf(own), 1),
    baselineInitMs: round(initOf(bare), 1),
    // Runs i of both sides came one after the other: the ratio of each pair leaves out a change of the machine's load between pairs.
    initRatio: round(median(own.map((run, i) => run.ms / bare[i]!.ms))),
    loadedMs: round(median(own.map((run) => run.loadedMs)), 1),
    baselineLoadedMs: round(median(bare.map((run) => run.loadedMs)), 1),
    runs: { own: own.map((run) => round(run.ms, 1)), baseline: bare.map((run) => round(run.ms, 1)) },
    calls: callLists[label(entry.scenario)]!.cold,
  };
  console.log(`  ${fn.id}: bundle ${cold[fn.id]!.bundleRatio}×, init ${cold[fn.id]!.initRatio}× (${elapsed()})`);
}

await stopAll();
lowLevel.destroy();
rmSync(WORK, { recursive: true, force: true });

// ---------------------------------------------------------------------------------------------
// Results

const loadAfter = loadavg()[0]!;
const results = {
  measuredAt: new Date().toISOString(),
  node: process.version,
  durationSeconds: Math.round((Date.now() - startedAt) / 1000),
  machineLoad: { cores: 2, loadAverageBefore: round(loadBefore, 1), loadAverageAfter: round(loadAfter, 1) },
  targets: TARGETS,
  method: {
    coldRuns: COLD_RUNS,
    warmRuns: WARM_RUNS,
    warmUp: WARM_UP,
    baseline:
      'a bare handler bundling the SDK packages its function bundles and making, for the same request, the same calls (operations, tables, buckets, services; request and answer sizes within 10% or 128 bytes), checked on the wire in the same run; it answers what the function answered',
    bundle: 'esbuild with the deployed options (minified ESM, AWS SDK bundled)',
    init: 'median time from process start to the first answer, fresh Node process each run (function and baseline alternating, ABBA), the deployed environment pointed at the local services; the ratio is the median of the ratios of the runs made one after the other; loadedMs: median time to the end of the import, before the first request',
    warm: 'p50/p99 of the handler alone, in a process holding only the function and its baseline, requests alternating, against DynamoDB Local, s3rver and loopback stand-ins for Step Functions and SNS',
  },
  functions: cold,
  warm,
};
const table = resultsTable(cold, warm);
console.log(`\n${table}\n`);
if (ONLY) {
  console.log(`BENCH_ONLY was set: results not written (${elapsed()}).`);
} else {
  writeFileSync(join(PROJECT_ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  const readme = join(PROJECT_ROOT, 'README.md');
  const text = readFileSync(readme, 'utf8');
  const note = `Measured ${results.measuredAt.slice(0, 10)} on Node ${results.node}: ${COLD_RUNS} cold starts and ${WARM_RUNS} warm requests (after ${WARM_UP}) per function and per baseline, in ${Math.round(results.durationSeconds / 60)} minutes on 2 cores shared with other work (load average ${results.machineLoad.loadAverageBefore} before, ${results.machineLoad.loadAverageAfter} after). In parentheses: the baseline; in bold: a ratio over its target.`;
  const updated = text.replace(
    /<!-- bench:start -->[\s\S]*<!-- bench:end -->/,
    `<!-- bench:start -->\n${table}\n\n${note}\n<!-- bench:end -->`,
  );
  if (updated !== text) writeFileSync(readme, updated);
  console.log(`Written to bench/results.json and README.md (${elapsed()}).`);
}
