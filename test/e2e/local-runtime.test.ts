import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATEGORY_CODES } from '../../functions/domain/inquiries/categories.js';
import { apiClient, type RequestBody, succeeded } from '../support/api-client.js';
import { call, residentToken } from '../support/http-client.js';
import {
  interrupt,
  processesMentioning,
  type RunningRuntime,
  startRuntimeProcess,
} from '../support/local-runtime-process.js';

const VALID = {
  category: 'IQAMA_LATE_RENEWAL',
  description: 'تأخرت في تجديد الإقامة بسبب سفر طارئ — ما العمل؟ 🙏',
} satisfies RequestBody<'SubmitInquiry'>;

describe('local runtime, end to end over HTTP', () => {
  let dataDir: string;
  let runtime: RunningRuntime;
  let alice: string;
  let bob: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'tawasul-e2e-'));
    runtime = await startRuntimeProcess(dataDir);
    alice = await residentToken(runtime.url, 'alice');
    bob = await residentToken(runtime.url, 'bob', '2000000014');
  });

  afterAll(async () => {
    if (runtime) await interrupt(runtime);
    rmSync(dataDir, { recursive: true, force: true });
  });

  const api = (token?: string) => apiClient(runtime.url, token);
  const countOf = async (token: string) =>
    (await succeeded(api(token).GET('/v1/inquiries', { params: { query: { limit: 100 } } }))).items.length;

  it('when it starts, it names each phase with its time before it says where it runs, and nothing personal', async () => {
    // Act
    const output = runtime.output();
    const beforeReady = output.slice(0, output.indexOf('is running at'));
    // Assess
    for (const phase of ['Templates', 'DynamoDB Local', 'S3 emulator', 'Signing key', 'Handlers', 'Tables']) {
      expect(beforeReady).toMatch(new RegExp(`^  ${phase}: .+ \\d+\\.\\d s$`, 'm'));
    }
    expect(output).toMatch(/ready in \d+\.\d s/);
    expect(beforeReady).not.toMatch(/\+?966\d{9}|[12]\d{9}|eyJ/);
  });

  it('when its port is taken, it says why it could not start and leaves no DynamoDB Local running', async () => {
    // Prepare
    const otherData = mkdtempSync(join(tmpdir(), 'tawasul-e2e-taken-'));
    // Act
    const starting = startRuntimeProcess(otherData, Number(new URL(runtime.url).port));
    // Assess
    await expect(starting).rejects.toThrow(/Could not start: listen EADDRINUSE/);
    expect(processesMentioning(otherData)).toEqual([]);
    rmSync(otherData, { recursive: true, force: true });
  });

  it('when every component is up, /health says so', async () => {
    const { status, body } = await call(`${runtime.url}/health`);
    expect(status).toBe(200);
    expect(body).toEqual({ status: 'ok', components: { api: 'ok', dynamodb: 'ok', s3: 'ok' } });
  });

  it('when a token is asked for with bad claims, each bad field is named', async () => {
    const { status, body } = await call(`${runtime.url}/local/tokens`, {
      body: { role: 'resident', iqamaNumber: '1234567890', phone: '0500000000' },
    });
    expect(status).toBe(400);
    expect(body.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual(['/iqamaNumber', '/phone']);
  });

  it('when a resident submits, tracks and lists an inquiry, Arabic and emoji come back exactly', async () => {
    // Act
    const created = await api(alice).POST('/v1/inquiries', { body: VALID });
    const reference = created.data?.reference ?? '';
    const fetched = await api(alice).GET('/v1/inquiries/{reference}', { params: { path: { reference } } });
    const listed = await api(alice).GET('/v1/inquiries');
    // Assess
    expect(created.response.status).toBe(201);
    expect(created.data?.description).toBe(VALID.description);
    expect(created.response.headers.get('location')).toBe(`/v1/inquiries/${reference}`);
    expect(fetched.response.status).toBe(200);
    expect(fetched.data).toMatchObject({ reference, description: VALID.description });
    // The review workflow may already have taken it UNDER_REVIEW: it starts beside the answer.
    expect(fetched.data?.timeline[0]).toMatchObject({ status: 'SUBMITTED', actor: 'resident' });
    expect(listed.data?.items.map((i) => i.reference)).toContain(reference);
  });

  it('when another resident asks for the inquiry, it is 404 — and it is not in their list', async () => {
    // Prepare
    const { reference } = await succeeded(api(alice).POST('/v1/inquiries', { body: VALID }));
    // Act
    const theirs = await api(bob).GET('/v1/inquiries/{reference}', { params: { path: { reference } } });
    const list = await api(bob).GET('/v1/inquiries');
    // Assess
    expect(theirs.response.status).toBe(404);
    expect(theirs.response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(list.data?.items.map((i) => i.reference)).not.toContain(reference);
  });

  it('when a submission is retried with its Idempotency-Key, the same inquiry comes back; a different body is refused', async () => {
    // Prepare
    const before = await countOf(alice);
    const params = { header: { 'Idempotency-Key': `retry-${Date.now()}` } };
    // Act
    const first = await api(alice).POST('/v1/inquiries', { params, body: VALID });
    const replay = await api(alice).POST('/v1/inquiries', { params, body: VALID });
    const changed = await api(alice).POST('/v1/inquiries', {
      params,
      body: { ...VALID, description: 'Something else entirely, please.' },
    });
    // Assess
    expect(replay.response.status).toBe(201);
    // The same inquiry as it stands now: its review may have begun between the two calls.
    expect(replay.data).toMatchObject({
      reference: first.data?.reference,
      description: VALID.description,
      createdAt: first.data?.createdAt,
    });
    expect(changed.response.status).toBe(422);
    expect(await countOf(alice)).toBe(before + 1);
  });

  it.each([
    { what: 'an oversize body', description: 'x'.repeat(50_000), status: 413, code: 'payload-too-large' },
    { what: 'a short description', description: 'short', status: 400, code: 'validation-failed' },
    {
      what: 'a description over 4,000 characters',
      description: 'ع'.repeat(4001),
      status: 400,
      code: 'validation-failed',
    },
  ])(
    'when the submission has $what, it is refused with $status $code and nothing is stored',
    async ({ description, status, code }) => {
      const before = await countOf(alice);
      const { response, error } = await api(alice).POST('/v1/inquiries', { body: { ...VALID, description } });
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(error?.type).toBe(`urn:tawasul:problem:${code}`);
      expect(await countOf(alice)).toBe(before);
    },
  );

  // What the contract's types do not allow is sent untyped, as a client that ignores the contract would.
  it.each([
    [
      'malformed JSON',
      400,
      'malformed-json',
      { rawBody: '{"category": "GENERAL_INQUIRY",', headers: { 'content-type': 'application/json' } },
    ],
    [
      'an unsupported media type',
      415,
      'unsupported-media-type',
      { rawBody: 'category=GENERAL_INQUIRY', headers: { 'content-type': 'application/x-www-form-urlencoded' } },
    ],
    ['an unknown category', 400, 'validation-failed', { body: { ...VALID, category: 'VISA' } }],
    ['an unknown field', 400, 'validation-failed', { body: { ...VALID, iqamaNumber: '2000000014' } }],
    ['no body', 400, 'malformed-json', { rawBody: '', headers: { 'content-type': 'application/json' } }],
  ] as const)(
    'when the submission has %s, it is refused with %i %s and nothing is stored',
    async (_, status, code, request) => {
      const before = await countOf(alice);
      const { status: actual, body, headers } = await call(`${runtime.url}/v1/inquiries`, { token: alice, ...request });
      expect(actual).toBe(status);
      expect(headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(body.type).toBe(`urn:tawasul:problem:${code}`);
      expect(await countOf(alice)).toBe(before);
    },
  );

  it('when validation fails, each field is named, in Arabic when asked', async () => {
    const { body } = await call(`${runtime.url}/v1/inquiries`, {
      token: alice,
      body: { category: 'NOPE' },
      headers: { 'accept-language': 'ar' },
    });
    expect(body.title).toBe('بيانات الطلب غير صالحة');
    expect(body.errors).toEqual([
      expect.objectContaining({ pointer: '/category', field: 'category', code: 'not_allowed_value' }),
      expect.objectContaining({
        pointer: '/description',
        field: 'description',
        code: 'required',
        detail: 'هذا الحقل مطلوب.',
      }),
    ]);
  });

  it.each([
    ['no token', undefined],
    ['a forged token', 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJtYWxsb3J5In0.c2lnbmF0dXJl'],
  ])('when a request comes with %s, it is 401 and nothing is stored', async (_, token) => {
    const before = await countOf(alice);
    const { response, error } = await api(token).POST('/v1/inquiries', { body: VALID });
    expect(response.status).toBe(401);
    expect(error?.type).toBe('urn:tawasul:problem:unauthenticated');
    expect(await countOf(alice)).toBe(before);
  });

  it('when the list is paged, an invalid cursor or one issued to another resident is a 400 and a valid one continues where the page ended', async () => {
    // Prepare
    const pager = await residentToken(runtime.url, 'pager');
    const stranger = await residentToken(runtime.url, 'stranger');
    for (let i = 0; i < 3; i++) await succeeded(api(pager).POST('/v1/inquiries', { body: VALID }));
    // Act
    const first = await api(pager).GET('/v1/inquiries', { params: { query: { limit: 2 } } });
    const next = { limit: 2, cursor: first.data?.nextCursor };
    const second = await api(pager).GET('/v1/inquiries', { params: { query: next } });
    const invalid = await api(pager).GET('/v1/inquiries', { params: { query: { cursor: 'bm90LWEtY3Vyc29y' } } });
    const foreign = await api(stranger).GET('/v1/inquiries', { params: { query: next } });
    // Assess
    expect(first.data?.items).toHaveLength(2);
    expect(second.data?.items).toHaveLength(1);
    for (const refused of [invalid, foreign]) {
      expect(refused.response.status).toBe(400);
      expect(refused.error?.errors?.[0]).toMatchObject({ pointer: '/query/cursor', code: 'invalid_cursor' });
    }
  });

  it('when a browser on an allowed origin asks, the preflight and the response both name that origin', async () => {
    // Act
    const preflight = await fetch(`${runtime.url}/v1/inquiries`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:3000', 'access-control-request-method': 'POST' },
    });
    const foreign = await fetch(`${runtime.url}/v1/inquiries`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    // A browser adds Origin to every request it sends: it is no parameter of the API.
    const { response } = await api(alice).GET('/v1/categories', { headers: { origin: 'http://localhost:3000' } });
    // Assess
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('Idempotency-Key');
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
  });

  it('when a reviewer opens their queue, they see open inquiries of their section only, soonest due first', async () => {
    // Prepare
    const reviewer = (
      await call(`${runtime.url}/local/tokens`, { body: { role: 'reviewer', sections: ['RESIDENCY'] } })
    ).body.token;
    const visasReviewer = (
      await call(`${runtime.url}/local/tokens`, { body: { role: 'reviewer', sections: ['VISAS'] } })
    ).body.token;
    const { reference } = await succeeded(api(alice).POST('/v1/inquiries', { body: VALID }));
    const path = { reference };
    // Act
    const queue = await api(reviewer).GET('/v1/review/inquiries', { params: { query: { limit: 100 } } });
    const read = await api(reviewer).GET('/v1/review/inquiries/{reference}', { params: { path } });
    const otherSection = await api(visasReviewer).GET('/v1/review/inquiries/{reference}', { params: { path } });
    const asResident = await api(alice).GET('/v1/review/inquiries');
    // Assess
    expect(queue.response.status).toBe(200);
    const items = queue.data?.items ?? [];
    expect(items.map((i) => i.reference)).toContain(reference);
    expect(items.every((i) => i.section === 'RESIDENCY')).toBe(true);
    const due = items.map((i) => i.expectedResponseBy);
    expect(due).toEqual([...due].sort());
    expect(read.data).toMatchObject({
      reference,
      timeline: expect.arrayContaining([expect.objectContaining({ status: 'SUBMITTED' })]),
    });
    expect(otherSection.response.status).toBe(404);
    expect(asResident.response.status).toBe(403);
  });

  it('when categories are listed, each has Arabic and English names', async () => {
    const { response, data } = await api(alice).GET('/v1/categories');
    expect(response.status).toBe(200);
    expect(data?.items.every((c) => c.names.ar && c.names.en)).toBe(true);
  });

  it('when anyone asks for the processing times without a token, they are answered: no figures before a refresh, every request type after one', async () => {
    // Act: before any refresh
    const before = await call(`${runtime.url}/v1/processing-times`);
    // Assess
    expect(before.status).toBe(200);
    expect(before.headers.get('cache-control')).toBe('public, max-age=3600');
    expect(before.body).toMatchObject({ computedAt: null, window: null, requestTypes: [] });

    // Act: the refresh on demand, then again without a token (and with an invalid one, which is not read)
    const refreshed = await call(`${runtime.url}/local/processing-times/refresh`, { method: 'POST' });
    const after = await call(`${runtime.url}/v1/processing-times`, {
      token: 'not-a-token',
      headers: { 'accept-language': 'ar' },
    });
    // Assess: nothing decided yet, so every type says it has too little data
    expect(refreshed.status).toBe(200);
    expect(after.status).toBe(200);
    expect(after.body.computedAt).toBe(refreshed.body.computedAt);
    expect(after.body.requestTypes).toHaveLength(CATEGORY_CODES.length);
    expect(after.body.requestTypes.every((type: { insufficientData?: true }) => type.insufficientData)).toBe(true);
    expect(after.body.requestTypes[0].categoryName).toMatch(/[\u0600-\u06FF]/);

    // Act: a submission of a type with too little data
    const { data } = await api(alice).POST('/v1/inquiries', { body: VALID });
    // Assess
    expect(data).not.toHaveProperty('typicalResponseBy');
  });

  it('when the runtime is stopped with Ctrl-C and started again, inquiries and tokens survive and no process is left behind', async () => {
    // Prepare
    const created = await succeeded(api(alice).POST('/v1/inquiries', { body: VALID }));
    const runningBefore = processesMentioning(dataDir);
    // Act
    const exitCode = await interrupt(runtime);
    const leftBehind = processesMentioning(dataDir);
    runtime = await startRuntimeProcess(dataDir);
    const fetched = await api(alice).GET('/v1/inquiries/{reference}', {
      params: { path: { reference: created.reference } },
    });
    // Assess
    expect(runningBefore.length).toBeGreaterThan(0);
    expect(exitCode).toBe(0);
    expect(leftBehind).toEqual([]);
    expect(fetched.response.status).toBe(200);
    expect(fetched.data).toMatchObject({
      reference: created.reference,
      description: created.description,
      createdAt: created.createdAt,
    });
  });
});
