// Run in a fresh Node process: imports one bundle, serves one request, and prints how long that
// took since the process started (performance.now() counts from the process's time origin), and
// when the import was done, on a marked last line: the function's own logs and metrics may come
// before it on the same output.
import { readFileSync } from 'node:fs';

const [bundle, eventFile] = process.argv.slice(2);
const event = JSON.parse(readFileSync(eventFile, 'utf8'));
const { handler } = await import(bundle);
const loadedMs = performance.now();
const result = await handler(event, { awsRequestId: 'bench', getRemainingTimeInMillis: () => 120_000 });
const ms = performance.now();
process.stdout.write(`\nINIT-PROBE ${JSON.stringify({ ms, loadedMs, result })}\n`);
