import type {
  BulkChunk,
  BulkRejection,
  BulkReport,
  BulkRequest,
} from '../../functions/domain/establishments/bulk-request.js';
import type { BulkFiles, BulkRequests } from '../../functions/domain/establishments/ports.js';
import type { IdempotencyClaim } from '../../functions/domain/shared/idempotency.js';
import { InMemoryIdempotencyClaims } from './in-memory-idempotency-claims.js';

/** Bulk requests in memory, with the conditions the DynamoDB adapter writes under. */
export class InMemoryBulkRequests implements BulkRequests {
  readonly requests = new Map<string, BulkRequest>();
  readonly chunks = new Map<string, BulkChunk[]>();
  readonly claims = new InMemoryIdempotencyClaims();
  /** Set to make recording this chunk fail once, as a store would. */
  failingChunk?: { index: number; error: Error };

  async create(request: BulkRequest, claim?: IdempotencyClaim) {
    if (this.requests.has(request.bulkRequestId)) throw new Error('Bulk request id taken');
    this.claims.check(claim);
    this.claims.keep(claim);
    this.requests.set(request.bulkRequestId, structuredClone(request));
    this.chunks.set(request.bulkRequestId, []);
  }

  async find(establishmentId: string, bulkRequestId: string) {
    const request = this.requests.get(bulkRequestId);
    return request?.establishmentId === establishmentId ? structuredClone(request) : undefined;
  }

  /** Files of inquiries by digest, and the request that holds each. */
  readonly files = new Map<string, string>();

  async start(request: BulkRequest, started: { fileVersion?: string; lines: number; at: string; fileDigest?: string }) {
    const stored = this.requests.get(request.bulkRequestId);
    if (stored?.status !== 'PENDING') return { started: false };
    const fileKey = started.fileDigest && `${request.establishmentId}#${started.fileDigest}`;
    const holder = fileKey ? this.files.get(fileKey) : undefined;
    if (holder) return { started: false, sameFileAs: holder };
    if (fileKey) this.files.set(fileKey, request.bulkRequestId);
    Object.assign(stored, {
      status: 'PROCESSING',
      lines: started.lines,
      startedAt: started.at,
      ...(started.fileVersion !== undefined && { fileVersion: started.fileVersion }),
    });
    return { started: true };
  }

  async recordChunk(request: BulkRequest, chunk: BulkChunk) {
    if (this.failingChunk?.index === chunk.index) {
      const { error } = this.failingChunk;
      this.failingChunk = undefined;
      throw error;
    }
    const stored = this.requests.get(request.bulkRequestId);
    const chunks = this.chunks.get(request.bulkRequestId) ?? [];
    if (stored?.status !== 'PROCESSING' || stored.chunksDone !== chunk.index) return false;
    chunks.push(structuredClone(chunk));
    stored.chunksDone = chunk.index + 1;
    stored.processed += chunk.errors.length + chunk.results.length;
    stored.succeeded += chunk.results.length;
    stored.failed += chunk.errors.length;
    stored.repeated += chunk.results.filter((result) => result.repeated).length;
    return true;
  }

  async finish(request: BulkRequest, at: string) {
    const stored = this.requests.get(request.bulkRequestId);
    if (stored?.status === 'PROCESSING') Object.assign(stored, { status: 'DONE', finishedAt: at });
  }

  async reject(request: BulkRequest, rejection: BulkRejection, at: string) {
    const stored = this.requests.get(request.bulkRequestId);
    if (stored && stored.status === request.status && (stored.status === 'PENDING' || stored.status === 'PROCESSING'))
      Object.assign(stored, { status: 'REJECTED', rejection, finishedAt: at });
  }

  async report(establishmentId: string, bulkRequestId: string): Promise<BulkReport | undefined> {
    const request = await this.find(establishmentId, bulkRequestId);
    if (!request) return undefined;
    const chunks = this.chunks.get(bulkRequestId) ?? [];
    return {
      request,
      errors: chunks.flatMap((chunk) => chunk.errors),
      results: chunks.flatMap((chunk) => chunk.results),
    };
  }
}

/** Stored bulk files by key and version, and what was removed. */
export class InMemoryBulkFiles implements BulkFiles {
  readonly files = new Map<string, Uint8Array>();
  readonly removed: { key: string; version?: string }[] = [];

  store(key: string, content: string | Uint8Array, version?: string) {
    this.files.set(`${key}@${version ?? ''}`, typeof content === 'string' ? Buffer.from(content) : content);
  }

  async read(key: string, version: string | undefined, maxBytes: number) {
    return this.files.get(`${key}@${version ?? ''}`)?.slice(0, maxBytes + 1);
  }

  async remove(key: string, version?: string) {
    this.removed.push({ key, ...(version !== undefined && { version }) });
    this.files.delete(`${key}@${version ?? ''}`);
  }
}
