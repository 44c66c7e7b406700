import { join } from 'node:path';
import { quietUntil } from '../functions/domain/sms/quiet-hours.js';
import { PROJECT_ROOT } from '../lib/aws/project-context.js';
import { launchDynamoDbLocal } from '../lib/local/dynamodb-local.js';

const port = Number(process.env.PORT ?? 3000);
const dataDir = process.env.TAWASUL_DATA_DIR ?? join(PROJECT_ROOT, '.local-data');
const quiet = process.env.TAWASUL_QUIET === '1';

/** The local carrier: `auto` answers every SMS (failing TAWASUL_SMS_FAILURE_SHARE of them), `manual` only when told. */
const smsReceipts = () => {
  const mode = process.env.TAWASUL_SMS_RECEIPTS ?? 'auto';
  const failureShare = Number(process.env.TAWASUL_SMS_FAILURE_SHARE ?? 0);
  if (mode !== 'auto' && mode !== 'manual') throw new Error(`TAWASUL_SMS_RECEIPTS must be auto or manual, not ${mode}`);
  if (!(failureShare >= 0 && failureShare <= 1))
    throw new Error(
      `TAWASUL_SMS_FAILURE_SHARE must be a share from 0 to 1, not ${process.env.TAWASUL_SMS_FAILURE_SHARE}`,
    );
  return { mode, failureShare } as const;
};

/** The month's SMS budget in place of the stage's (TAWASUL_SMS_MONTHLY_BUDGET_USD), when set. */
const smsMonthlyBudgetUsd = () => {
  const value = process.env.TAWASUL_SMS_MONTHLY_BUDGET_USD;
  if (value === undefined) return undefined;
  const usd = Number(value);
  if (!(usd > 0)) throw new Error(`TAWASUL_SMS_MONTHLY_BUDGET_USD must be a positive amount in USD, not ${value}`);
  return usd;
};

/** Where a new data folder's clock begins (TAWASUL_CLOCK_START, an ISO 8601 instant ahead of now), when set. */
const clockStartsAt = () => {
  const value = process.env.TAWASUL_CLOCK_START;
  if (value === undefined) return undefined;
  const at = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(at.getTime()))
    throw new Error(`TAWASUL_CLOCK_START must be an ISO 8601 instant such as 2026-12-06T09:00:00+03:00, not ${value}`);
  return at;
};

const started = performance.now();
const progress = (phase: string, ms: number) =>
  console.log(`  ${phase.padEnd(72)} ${(ms / 1000).toFixed(1).padStart(5)} s`);
console.log('Tawasul local runtime: starting…');
const start = async () => {
  // The JVM is the slowest part to come up: it boots while the rest of the runtime loads and starts.
  const dynamodb = await launchDynamoDbLocal({ dataDir: join(dataDir, 'dynamodb') });
  dynamodb.ready.then(
    () => progress('DynamoDB Local: answering', performance.now() - started),
    () => undefined,
  );
  try {
    const { startLocalRuntime } = await import('../lib/local/local-runtime.js');
    return await startLocalRuntime({
      port,
      dataDir,
      dynamodb,
      log: quiet ? undefined : (line) => console.log(line),
      progress,
      smsReceipts: smsReceipts(),
      smsMonthlyBudgetUsd: smsMonthlyBudgetUsd(),
      clockStartsAt: clockStartsAt(),
    });
  } catch (error) {
    // A runtime that failed to start has stopped it already; one that failed to load never had it.
    await dynamodb.stop();
    throw error;
  }
};
const runtime = await start().catch((error: Error) => {
  console.error(`Could not start: ${error.message}`);
  if (error.cause) console.error(error.cause);
  process.exit(1);
});

const heldUntil = quietUntil(runtime.now());
const quietNotice = heldUntil
  ? `
  Quiet hours: it is night in Riyadh, so SMS are held until ${heldUntil.toISOString()} (08:00 there).
              To see them now, move the clock to the morning:
              curl -X POST ${runtime.url}/local/clock -H 'content-type: application/json' -d '{"advanceHours":${Math.ceil((heldUntil.getTime() - runtime.now().getTime()) / 3_600_000)}}'
`
  : '';
console.log(`
  Tawasul is running at ${runtime.url}   (ready in ${((performance.now() - started) / 1000).toFixed(1)} s)
  Data is kept in ${dataDir}

  Console:    ${runtime.console.url}   (${runtime.console.cached ? 'from the cache' : `built in ${(runtime.console.buildMs / 1000).toFixed(1)} s`})
              sign in on its page, or straight from a link:
              ${runtime.url}/local/sign-in?role=resident&sub=resident-1&iqamaNumber=2000000006&phone=%2B966500000001&locale=en&next=/inquiries
  Health:     curl ${runtime.url}/health
  API docs:   ${runtime.url}/docs      (the OpenAPI 3.1 contract: ${runtime.url}/openapi.json)
  Get a resident token:
    curl -s -X POST ${runtime.url}/local/tokens -H 'content-type: application/json' \\
      -d '{"role":"resident","sub":"resident-1","iqamaNumber":"2000000006","phone":"+966500000001","locale":"en"}'
              (keep "sub": without it every token is a new person, who sees none of the earlier inquiries)
  Then:       curl ${runtime.url}/v1/categories -H "authorization: Bearer $TOKEN"
  Documents:  ${process.env.PORT ? `PORT=${port} ` : ''}npm run import -- FILE.jsonl      (the register's feed; see README)
  Reminders:  curl -X POST ${runtime.url}/local/reminders/run -H 'content-type: application/json' -d '{"date":"YYYY-MM-DD"}'
  SMS sent:   curl ${runtime.url}/local/sms      (each with its messageId and delivery)
  A receipt:  curl -X POST ${runtime.url}/local/sms/MESSAGE_ID/receipt -H 'content-type: application/json' -d '{"status":"FAILED"}'
              (with TAWASUL_SMS_RECEIPTS=manual; by default every SMS is delivered, TAWASUL_SMS_FAILURE_SHARE of them failed)

${quietNotice}
  Press Ctrl-C to stop.
`);

let stopping = false;
const stop = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping…`);
  await runtime.stop();
  console.log('Stopped; nothing left running.');
  process.exit(0);
};
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
