import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, type RequestBody, succeeded } from '../support/api-client.js';
import { call } from '../support/http-client.js';
import { interrupt, type RunningRuntime, startRuntimeProcess } from '../support/local-runtime-process.js';

const PHONE = '+966500000079';
const SUBMISSIONS = 500;
const CONCURRENCY = 10;
const QUESTION = {
  category: 'GENERAL_INQUIRY',
  description: 'Has my exit and re-entry visa been issued?',
} satisfies RequestBody<'SubmitInquiry'>;

/** Runs `work` for each of `count` items, at most `concurrency` at a time, and keeps the results in order. */
const pooled = async <T>(count: number, concurrency: number, work: (index: number) => Promise<T>): Promise<T[]> => {
  const results: T[] = new Array(count);
  let next = 0;
  const lane = async () => {
    for (let index = next++; index < count; index = next++) results[index] = await work(index);
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  return results;
};

describe('every stored inquiry reaches review, end to end over HTTP with the local runtime', () => {
  let dataDir: string;
  let runtime: RunningRuntime;
  let resident: string;
  let reviewer: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'tawasul-review-start-e2e-'));
    runtime = await startRuntimeProcess(dataDir);
    const token = async (claims: Record<string, unknown>) =>
      (await call(`${runtime.url}/local/tokens`, { body: claims })).body.token as string;
    resident = await token({
      role: 'resident',
      sub: 'resident-start',
      iqamaNumber: '2000000022',
      phone: PHONE,
      locale: 'en',
    });
    reviewer = await token({ role: 'reviewer', sub: 'reviewer-start', sections: ['GENERAL'] });
  }, 120_000);

  afterAll(async () => {
    if (runtime) await interrupt(runtime);
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** Every reference in the general section's queue with `status`, page after page. */
  const queued = async (status: 'SUBMITTED' | 'UNDER_REVIEW') => {
    const references: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await succeeded(
        apiClient(runtime.url, reviewer).GET('/v1/review/inquiries', {
          params: { query: { status, limit: 100, ...(cursor && { cursor }) } },
        }),
      );
      references.push(...page.items.map((item) => item.reference));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return references.sort();
  };
  const clock = (advanceDays: number) => call(`${runtime.url}/local/clock`, { body: { advanceDays } });

  it('when Step Functions refuses every start while 500 inquiries are submitted, each is stored and answered 201, and once it answers again none is left unreviewed, each reviewed once', async () => {
    // Prepare
    expect((await call(`${runtime.url}/local/faults`, { body: { startExecution: 'refuse' } })).body).toEqual({
      startExecution: 'refuse',
    });
    // Act: submissions while no review can start
    const answers = await pooled(SUBMISSIONS, CONCURRENCY, async () => {
      const created = await apiClient(runtime.url, resident).POST('/v1/inquiries', { body: QUESTION });
      return { status: created.response.status, reference: created.data?.reference ?? '' };
    });
    // The clock answers once the stream is delivered, or held up at a batch whose start fails.
    await clock(0);
    // Assess: stored, answered, and still waiting for a start
    expect(answers.filter((answer) => answer.status !== 201)).toEqual([]);
    const references = answers.map((answer) => answer.reference).sort();
    expect(new Set(references).size).toBe(SUBMISSIONS);
    expect(await queued('SUBMITTED')).toEqual(references);

    // Act: the service is back; the stream's retries go through, and ten minutes on the reconciliation looks
    await call(`${runtime.url}/local/faults`, { body: { startExecution: 'accept' } });
    await clock(0);
    await clock(15 / (24 * 60));
    const reconciled = await call(`${runtime.url}/local/reviews/reconcile`, { body: {} });
    await clock(0);
    // Assess: none left unreviewed, each review started once (one SMS each), nothing left for the reconciliation
    expect(reconciled.body).toEqual({ found: 0, started: 0, alreadyStarted: 0, failed: 0 });
    expect(await queued('SUBMITTED')).toEqual([]);
    expect(await queued('UNDER_REVIEW')).toEqual(references);
    const received = (
      (await call(`${runtime.url}/local/sms?phone=${encodeURIComponent(PHONE)}`)).body.items as { message: string }[]
    ).map((sms) => /request (\S+)\./.exec(sms.message)?.[1]);
    expect(received.sort()).toEqual(references);
  }, 600_000);
});
