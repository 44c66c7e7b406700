// Run in a fresh Node process: imports one bundle, serves one request, and prints how long that
// took since the process started (performance.now() counts from the process's time origin).
import { readFileSync } from 'node:fs';

const [bundle, eventFile] = process.argv.slice(2);
const event = JSON.parse(readFileSync(eventFile, 'utf8'));
const { handler } = await import(bundle);
const result = await handler(event, { awsRequestId: 'bench', getRemainingTimeInMillis: () => 10_000 });
process.stdout.write(JSON.stringify({ ms: performance.now(), statusCode: result?.statusCode }));
