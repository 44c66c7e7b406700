import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

/**
 * `npm run import -- FILE.jsonl`: hands a register file to the running local runtime (`npm start`),
 * which drops it under `imports/` of the register bucket — starting the same import as in AWS — and
 * prints the report.
 */
const file = process.argv[2];
if (!file) {
  console.error('Usage: npm run import -- FILE.jsonl   (with `npm start` running)');
  process.exit(2);
}
const url = `http://127.0.0.1:${process.env.PORT ?? 3000}/local/imports?file=${encodeURIComponent(basename(file))}`;
const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body: readFileSync(file) }).catch((error: Error) => {
  console.error(`Could not reach the local runtime at ${url} (${error.message}); start it with \`npm start\`.`);
  process.exit(1);
});
const report = (await response.json()) as { lines: number; created: number; updated: number; unchanged: number; keptNewer: number; rejected: { line: number; errors: { field: string; code: string }[] }[] };
if (!response.ok) {
  console.error(JSON.stringify(report, null, 2));
  process.exit(1);
}
console.log(`${basename(file)}: ${report.lines} lines — ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged, ${report.rejected.length} rejected${report.keptNewer ? `, ${report.keptNewer} older than the resident's own record (kept theirs)` : ''}`);
for (const rejected of report.rejected) {
  console.log(`  line ${rejected.line}: ${rejected.errors.map((error) => `${error.field || '(line)'} ${error.code}`).join('; ')}`);
}
