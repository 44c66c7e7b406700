import { createHash } from 'node:crypto';
import type { Clock } from '../shared/clock.js';
import { IDEMPOTENCY_WINDOW_MS } from '../shared/idempotency.js';
import { inParallel } from '../shared/in-parallel.js';
import { applyBulkLine, type BulkLineDeps } from './apply-bulk-line.js';
import type { BulkFileReader, ReadLine } from './bulk-line.js';
import {
  BULK_LIMITS,
  type BulkChunk,
  type BulkRejection,
  type BulkRequest,
  isSettled,
  parseBulkFileKey,
} from './bulk-request.js';
import type { EstablishmentStaff } from './establishment-staff.js';
import type { BulkFiles, BulkRequests } from './ports.js';

/** Employees whose lines are applied at once; one employee's lines always in file order. */
const LINE_CONCURRENCY = 16;

export interface BulkProcessingDeps extends BulkLineDeps {
  bulkRequests: BulkRequests;
  files: BulkFiles;
  readFile: BulkFileReader;
  clock: Clock;
}

export type BulkFileOutcome =
  | 'DONE'
  | 'REJECTED'
  | 'UNKNOWN_OBJECT_REMOVED'
  | 'LATE_UPLOAD_REMOVED'
  | 'ALREADY_SETTLED'
  | 'OBJECT_GONE';

const staffOf = (request: BulkRequest): EstablishmentStaff => ({
  id: request.requestedBy.staffId,
  establishmentId: request.establishmentId,
  ...(request.requestedBy.phone && { phone: request.requestedBy.phone }),
  locale: request.requestedBy.locale as EstablishmentStaff['locale'],
});

/** One chunk's lines applied: different employees' lines in parallel, one employee's in file order. */
const applyChunk = async (
  deps: BulkProcessingDeps,
  request: BulkRequest,
  index: number,
  lines: readonly ReadLine[],
): Promise<BulkChunk> => {
  const chunk: BulkChunk = { index, errors: [], results: [] };
  const byEmployee = new Map<string, { line: number; record: Extract<ReadLine, { record: unknown }>['record'] }[]>();
  for (const entry of lines) {
    if ('issues' in entry) chunk.errors.push(entry);
    else {
      const theirs = byEmployee.get(entry.record.iqamaNumber);
      if (theirs) theirs.push(entry);
      else byEmployee.set(entry.record.iqamaNumber, [entry]);
    }
  }
  const staff = staffOf(request);
  await inParallel([...byEmployee.values()], LINE_CONCURRENCY, async (employeeLines) => {
    for (const { line, record } of employeeLines) {
      const applied = await applyBulkLine(deps, staff, line, record);
      if ('result' in applied) chunk.results.push(applied.result);
      else chunk.errors.push({ line, issues: applied.issues });
    }
  });
  chunk.errors.sort((a, b) => a.line - b.line);
  chunk.results.sort((a, b) => a.line - b.line);
  return chunk;
};

/**
 * Applies the bulk file stored under `key`: the whole file is refused for what makes it unreadable
 * (not UTF-8, a bad header, too many lines), otherwise every line is applied or refused on its own
 * and the request's progress recorded chunk by chunk. Safe to repeat and to run twice at once: a
 * retried delivery goes on from the last recorded chunk, and lines applied again find their claims.
 * The file is deleted once settled; nothing uploaded after that is read.
 */
export const processBulkFile = async (
  deps: BulkProcessingDeps,
  key: string,
  object: { version?: string },
): Promise<BulkFileOutcome> => {
  const target = parseBulkFileKey(key);
  let request = target && (await deps.bulkRequests.find(target.establishmentId, target.bulkRequestId));
  if (!request) {
    await deps.files.remove(key, object.version);
    return 'UNKNOWN_OBJECT_REMOVED';
  }
  const sameFile = request.status === 'PENDING' || request.fileVersion === object.version;
  if (isSettled(request) || !sameFile) {
    await deps.files.remove(key, object.version);
    return sameFile ? 'ALREADY_SETTLED' : 'LATE_UPLOAD_REMOVED';
  }
  const refuse = async (rejection: BulkRejection) => {
    await deps.bulkRequests.reject(request as BulkRequest, rejection, deps.clock().toISOString());
    await deps.files.remove(key, object.version);
    return 'REJECTED' as const;
  };
  // Lines applied before are known by their claims for 24 hours only: past that, going on could
  // apply them twice, so what was applied stays reported and the rest is refused.
  if (request.startedAt && deps.clock().getTime() - Date.parse(request.startedAt) > IDEMPOTENCY_WINDOW_MS)
    return refuse({ code: 'too_late_to_resume' });
  const bytes = await deps.files.read(key, object.version, BULK_LIMITS.maxBytes);
  // A file that expired before a late redrive can never be read: the request must not wait forever.
  if (!bytes) return request.status === 'PROCESSING' ? refuse({ code: 'file_gone' }) : 'OBJECT_GONE';
  // The signed form pins the size on S3; an emulator may not, so it is checked here too.
  if (bytes.byteLength !== request.size) return refuse({ code: 'size_mismatch' });
  const file = deps.readFile(request.kind, request.contentType, bytes);
  if ('rejection' in file) return refuse(file.rejection);

  if (request.status === 'PENDING') {
    // The same inquiries filed again a day later would be reviewed twice: a file of inquiries is
    // taken once in the time requests are kept. Passport renewals repeat harmlessly.
    const fileDigest =
      request.kind === 'INQUIRIES' ? createHash('sha256').update(bytes).digest('base64url') : undefined;
    const started = {
      fileVersion: object.version,
      lines: file.lines.length,
      at: deps.clock().toISOString(),
      fileDigest,
    };
    const { sameFileAs } = await deps.bulkRequests.start(request, started);
    if (sameFileAs && sameFileAs !== request.bulkRequestId) return refuse({ code: 'same_file', sameAs: sameFileAs });
    // Started here or by a concurrent delivery: either way it is read again and followed.
    request = await deps.bulkRequests.find(request.establishmentId, request.bulkRequestId);
    if (!request || isSettled(request) || request.fileVersion !== object.version) {
      // Another version was started first: this one is never read again.
      await deps.files.remove(key, object.version);
      return 'ALREADY_SETTLED';
    }
  }
  const chunks = Math.ceil(file.lines.length / BULK_LIMITS.linesPerChunk);
  while (request.chunksDone < chunks) {
    const index: number = request.chunksDone;
    const lines = file.lines.slice(index * BULK_LIMITS.linesPerChunk, (index + 1) * BULK_LIMITS.linesPerChunk);
    const chunk = await applyChunk(deps, request, index, lines);
    const recorded = await deps.bulkRequests.recordChunk(request, chunk);
    const current: BulkRequest | undefined = recorded
      ? {
          ...request,
          chunksDone: index + 1,
          processed: request.processed + lines.length,
          succeeded: request.succeeded + chunk.results.length,
          failed: request.failed + chunk.errors.length,
          repeated: request.repeated + chunk.results.filter((result) => result.repeated).length,
        }
      : await deps.bulkRequests.find(request.establishmentId, request.bulkRequestId);
    if (!current || isSettled(current)) return 'ALREADY_SETTLED';
    request = current;
  }
  await deps.bulkRequests.finish(request, deps.clock().toISOString());
  await deps.files.remove(key, object.version);
  return 'DONE';
};
