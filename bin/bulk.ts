import { basename, extname } from 'node:path';
import { setTimeout } from 'node:timers/promises';
import type { BulkFileType, BulkKind } from '../functions/domain/establishments/bulk-request.js';
import { fail, localRuntimeUrl, postToUploadForm, readInputFile, requestLocalRuntime } from './local-command.js';

/**
 * `npm run bulk -- KIND FILE` (with TOKEN set to an establishment staff member's token and
 * `npm start` running on the same PORT): opens a bulk request, posts the file with the form's
 * fields exactly as given — what the establishment's console does — and follows it with a progress
 * bar to the end. The bulk request's id goes to stdout; the progress and the report go to stderr.
 */
const KINDS: readonly BulkKind[] = ['PASSPORT_UPDATES', 'INQUIRIES'];
const TYPES: Record<string, BulkFileType> = { '.csv': 'text/csv', '.jsonl': 'application/x-ndjson' };
/** A 10,000-line file takes a minute or two locally; a stuck one is given up on after this. */
const FOLLOW_MS = 15 * 60_000;
const BAR_WIDTH = 30;
const ERRORS_SHOWN = 20;

const [kind, file] = process.argv.slice(2) as [BulkKind | undefined, string | undefined];
if (!kind || !file || !KINDS.includes(kind))
  fail(`Usage: TOKEN=… npm run bulk -- ${KINDS.join('|')} FILE.csv|FILE.jsonl   (with \`npm start\` running)`, 2);
const token = process.env.TOKEN || fail('Set TOKEN to an establishment staff member’s token', 2);
const contentType = TYPES[extname(file).toLowerCase()] ?? fail(`${file}: only .csv and .jsonl files are taken`, 2);
const content = readInputFile(file);

const bulkRequests = `${localRuntimeUrl()}/v1/establishment/bulk-requests`;
const authorization = { authorization: `Bearer ${token}`, 'accept-language': 'en' };
const requested = await requestLocalRuntime(bulkRequests, {
  method: 'POST',
  headers: { ...authorization, 'content-type': 'application/json' },
  body: JSON.stringify({ kind, fileName: basename(file), contentType, size: content.length }),
});
if (requested.status !== 201) fail(`No upload form for ${basename(file)}: ${requested.problem}`);
const { bulkRequestId, upload } = requested.body as {
  bulkRequestId: string;
  upload: { url: string; fields: Record<string, string> };
};

await postToUploadForm(upload, { name: basename(file), content, contentType });

interface Report {
  status: string;
  lines?: number;
  processed: number;
  progress: number;
  succeeded: number;
  failed: number;
  repeated: number;
  rejection?: { code: string; detail: string };
  errors: { line: number; field: string; code: string; detail: string }[];
}
const started = performance.now();
const deadline = started + FOLLOW_MS;
let report: Report;
for (;;) {
  const read = await requestLocalRuntime(`${bulkRequests}/${bulkRequestId}`, { headers: authorization });
  if (read.status !== 200) fail(`Could not read bulk request ${bulkRequestId}: ${read.problem}`);
  report = read.body as Report;
  if (process.stderr.isTTY) {
    const filled = Math.round((report.progress / 100) * BAR_WIDTH);
    process.stderr.write(
      `\r[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${String(report.progress).padStart(3)}%  ${report.processed}/${report.lines ?? '?'} lines  ${report.status}   `,
    );
  }
  if (report.status === 'DONE' || report.status === 'REJECTED' || performance.now() > deadline) break;
  await setTimeout(500);
}
if (process.stderr.isTTY) process.stderr.write('\n');
const seconds = (performance.now() - started) / 1000;
if (report.status === 'REJECTED') {
  console.error(`${basename(file)}: REJECTED (${report.rejection?.code}): ${report.rejection?.detail}`);
} else {
  console.error(
    `${basename(file)}: ${report.status} — ${report.lines ?? 0} lines, ${report.succeeded} succeeded (${report.repeated} repeated), ${report.failed} failed, in ${seconds.toFixed(1)} s`,
  );
  for (const error of report.errors.slice(0, ERRORS_SHOWN))
    console.error(`  line ${error.line}: ${error.field || '(line)'} ${error.code} — ${error.detail}`);
  if (report.errors.length > ERRORS_SHOWN) console.error(`  … and ${report.errors.length - ERRORS_SHOWN} more`);
}
console.log(bulkRequestId);
if (report.status !== 'DONE') process.exit(1);
