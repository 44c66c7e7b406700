import { join } from 'node:path';
import { PROJECT_ROOT } from '../lib/project-context.js';
import { startLocalRuntime } from '../functions/local/local-runtime.js';

const port = Number(process.env.PORT ?? 3000);
const dataDir = process.env.TAWASUL_DATA_DIR ?? join(PROJECT_ROOT, '.local-data');
const quiet = process.env.TAWASUL_QUIET === '1';

const started = performance.now();
console.log('Tawasul local runtime: synthesizing the CDK app and starting DynamoDB Local…');
const runtime = await startLocalRuntime({ port, dataDir, log: quiet ? undefined : (line) => console.log(line) }).catch((error: Error) => {
  console.error(`Could not start: ${error.message}`);
  if (error.cause) console.error(error.cause);
  process.exit(1);
});

console.log(`
  Tawasul is running at ${runtime.url}   (ready in ${((performance.now() - started) / 1000).toFixed(1)} s)
  Data is kept in ${dataDir}

  Health:     curl ${runtime.url}/health
  Get a resident token:
    curl -s -X POST ${runtime.url}/local/tokens -H 'content-type: application/json' \\
      -d '{"role":"resident","iqamaNumber":"2000000006","phone":"+966500000001","locale":"en"}'
  Then:       curl ${runtime.url}/v1/categories -H "authorization: Bearer $TOKEN"
  Documents:  npm run import -- FILE.jsonl      (the register's feed; see README)
  Reminders:  curl -X POST ${runtime.url}/local/reminders/run -H 'content-type: application/json' -d '{"date":"YYYY-MM-DD"}'
  SMS sent:   curl ${runtime.url}/local/sms

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
