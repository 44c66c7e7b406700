import { basename } from 'node:path';
import { fail, localRuntimeUrl, readInputFile, requestLocalRuntime } from './local-command.js';

/**
 * `npm run import -- FILE.jsonl`: hands a register file to the running local runtime (`npm start`,
 * on the same PORT), which drops it under `imports/` of the register bucket — starting the same
 * import as in AWS — and prints the report.
 */
const file = process.argv[2];
if (!file) fail('Usage: npm run import -- FILE.jsonl   (with `npm start` running, on the same PORT)', 2);
const body = readInputFile(file);
const response = await requestLocalRuntime(
  `${localRuntimeUrl()}/local/imports?file=${encodeURIComponent(basename(file))}`,
  {
    method: 'POST',
    headers: { 'content-type': 'application/x-ndjson' },
    body,
  },
);
const report = response.body as {
  lines: number;
  created: number;
  updated: number;
  unchanged: number;
  keptNewer: number;
  employersChanged: number;
  rejected: { line: number; errors: { field: string; code: string }[] }[];
};
if (response.status !== 200) fail(`${basename(file)}: not imported — ${response.problem}`);
console.log(
  `${basename(file)}: ${report.lines} lines — ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged, ${report.rejected.length} rejected${report.keptNewer ? `, ${report.keptNewer} older than a passport recorded since (kept that one)` : ''}${report.employersChanged ? `, employer changed for ${report.employersChanged}` : ''}`,
);
for (const rejected of report.rejected) {
  console.log(
    `  line ${rejected.line}: ${rejected.errors.map((error) => `${error.field || '(line)'} ${error.code}`).join('; ')}`,
  );
}
