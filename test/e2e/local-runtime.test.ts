import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, residentToken } from '../support/http-client.js';
import {
  interrupt,
  processesMentioning,
  type RunningRuntime,
  startRuntimeProcess,
} from '../support/local-runtime-process.js';

const VALID = { category: 'IQAMA_LATE_RENEWAL', description: 'تأخرت في تجديد الإقامة بسبب سفر طارئ — ما العمل؟ 🙏' };

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

  const inquiries = (path = '') => `${runtime.url}/v1/inquiries${path}`;
  const countOf = async (token: string) => (await call(inquiries('?limit=100'), { token })).body.items.length as number;

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
    const created = await call(inquiries(), { token: alice, body: VALID });
    const fetched = await call(`${runtime.url}${created.headers.get('location')}`, { token: alice });
    const listed = await call(inquiries(), { token: alice });
    // Assess
    expect(created.status).toBe(201);
    expect(created.body.description).toBe(VALID.description);
    expect(fetched.status).toBe(200);
    expect(fetched.body).toMatchObject({ reference: created.body.reference, description: VALID.description });
    // The review workflow may already have taken it UNDER_REVIEW: it starts beside the answer.
    expect(fetched.body.timeline[0]).toMatchObject({ status: 'SUBMITTED', actor: 'resident' });
    expect(listed.body.items.map((i: { reference: string }) => i.reference)).toContain(created.body.reference);
  });

  it('when another resident asks for the inquiry, it is 404 — and it is not in their list', async () => {
    // Prepare
    const { body } = await call(inquiries(), { token: alice, body: VALID });
    // Act
    const theirs = await call(inquiries(`/${body.reference}`), { token: bob });
    const list = await call(inquiries(), { token: bob });
    // Assess
    expect(theirs.status).toBe(404);
    expect(theirs.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(list.body.items.map((i: { reference: string }) => i.reference)).not.toContain(body.reference);
  });

  it('when a submission is retried with its Idempotency-Key, the same inquiry comes back; a different body is refused', async () => {
    // Prepare
    const before = await countOf(alice);
    const headers = { 'idempotency-key': `retry-${Date.now()}` };
    // Act
    const first = await call(inquiries(), { token: alice, body: VALID, headers });
    const replay = await call(inquiries(), { token: alice, body: VALID, headers });
    const changed = await call(inquiries(), {
      token: alice,
      body: { ...VALID, description: 'Something else entirely, please.' },
      headers,
    });
    // Assess
    expect(replay.status).toBe(201);
    // The same inquiry as it stands now: its review may have begun between the two calls.
    expect(replay.body).toMatchObject({
      reference: first.body.reference,
      description: VALID.description,
      createdAt: first.body.createdAt,
    });
    expect(changed.status).toBe(422);
    expect(await countOf(alice)).toBe(before + 1);
  });

  it.each([
    [
      'malformed JSON',
      { rawBody: '{"category": "GENERAL_INQUIRY",', headers: { 'content-type': 'application/json' } },
      400,
      'malformed-json',
    ],
    [
      'an unsupported media type',
      { rawBody: 'category=GENERAL_INQUIRY', headers: { 'content-type': 'application/x-www-form-urlencoded' } },
      415,
      'unsupported-media-type',
    ],
    ['an oversize body', { body: { ...VALID, description: 'x'.repeat(50_000) } }, 413, 'payload-too-large'],
    ['a short description', { body: { ...VALID, description: 'short' } }, 400, 'validation-failed'],
    [
      'a description over 4,000 characters',
      { body: { ...VALID, description: 'ع'.repeat(4001) } },
      400,
      'validation-failed',
    ],
    ['an unknown category', { body: { ...VALID, category: 'VISA' } }, 400, 'validation-failed'],
    ['an unknown field', { body: { ...VALID, iqamaNumber: '2000000014' } }, 400, 'validation-failed'],
    ['no body', { rawBody: '', headers: { 'content-type': 'application/json' } }, 400, 'malformed-json'],
  ])('when the submission has %s, it is refused with %i %s and nothing is stored', async (_, request, status, code) => {
    const before = await countOf(alice);
    const { status: actual, body, headers } = await call(inquiries(), { token: alice, ...request });
    expect(actual).toBe(status);
    expect(headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(body.type).toBe(`urn:tawasul:problem:${code}`);
    expect(await countOf(alice)).toBe(before);
  });

  it('when validation fails, each field is named, in Arabic when asked', async () => {
    const { body } = await call(inquiries(), {
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
    const { status, body } = await call(inquiries(), { token, body: VALID });
    expect(status).toBe(401);
    expect(body.type).toBe('urn:tawasul:problem:unauthenticated');
    expect(await countOf(alice)).toBe(before);
  });

  it('when the list is paged, an invalid cursor or one issued to another resident is a 400 and a valid one continues where the page ended', async () => {
    // Prepare
    const pager = await residentToken(runtime.url, 'pager');
    const stranger = await residentToken(runtime.url, 'stranger');
    for (let i = 0; i < 3; i++) await call(inquiries(), { token: pager, body: VALID });
    // Act
    const first = await call(inquiries('?limit=2'), { token: pager });
    const second = await call(inquiries(`?limit=2&cursor=${first.body.nextCursor}`), { token: pager });
    const invalid = await call(inquiries('?cursor=bm90LWEtY3Vyc29y'), { token: pager });
    const foreign = await call(inquiries(`?limit=2&cursor=${first.body.nextCursor}`), { token: stranger });
    // Assess
    expect(first.body.items).toHaveLength(2);
    expect(second.body.items).toHaveLength(1);
    for (const refused of [invalid, foreign]) {
      expect(refused.status).toBe(400);
      expect(refused.body.errors[0]).toMatchObject({ pointer: '/query/cursor', code: 'invalid_cursor' });
    }
  });

  it('when a browser on an allowed origin asks, the preflight and the response both name that origin', async () => {
    // Act
    const preflight = await fetch(inquiries(), {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST' },
    });
    const foreign = await fetch(inquiries(), {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    const response = await call(`${runtime.url}/v1/categories`, {
      token: alice,
      headers: { origin: 'http://localhost:5173' },
    });
    // Assess
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('Idempotency-Key');
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
  });

  it('when a reviewer opens their queue, they see open inquiries of their section only, soonest due first', async () => {
    // Prepare
    const reviewer = (
      await call(`${runtime.url}/local/tokens`, { body: { role: 'reviewer', sections: ['RESIDENCY'] } })
    ).body.token;
    const visasReviewer = (
      await call(`${runtime.url}/local/tokens`, { body: { role: 'reviewer', sections: ['VISAS'] } })
    ).body.token;
    const { body: created } = await call(inquiries(), { token: alice, body: VALID });
    // Act
    const queue = await call(`${runtime.url}/v1/review/inquiries?limit=100`, { token: reviewer });
    const read = await call(`${runtime.url}/v1/review/inquiries/${created.reference}`, { token: reviewer });
    const otherSection = await call(`${runtime.url}/v1/review/inquiries/${created.reference}`, {
      token: visasReviewer,
    });
    const asResident = await call(`${runtime.url}/v1/review/inquiries`, { token: alice });
    // Assess
    expect(queue.status).toBe(200);
    expect(queue.body.items.map((i: { reference: string }) => i.reference)).toContain(created.reference);
    expect(queue.body.items.every((i: { section: string }) => i.section === 'RESIDENCY')).toBe(true);
    const due = queue.body.items.map((i: { expectedResponseBy: string }) => i.expectedResponseBy);
    expect(due).toEqual([...due].sort());
    expect(read.body).toMatchObject({
      reference: created.reference,
      timeline: expect.arrayContaining([expect.objectContaining({ status: 'SUBMITTED' })]),
    });
    expect(otherSection.status).toBe(404);
    expect(asResident.status).toBe(403);
  });

  it('when categories are listed, each has Arabic and English names', async () => {
    const { status, body } = await call(`${runtime.url}/v1/categories`, { token: alice });
    expect(status).toBe(200);
    expect(body.items.every((c: { names: { ar: string; en: string } }) => c.names.ar && c.names.en)).toBe(true);
  });

  it('when the runtime is stopped with Ctrl-C and started again, inquiries and tokens survive and no process is left behind', async () => {
    // Prepare
    const { body: created } = await call(inquiries(), { token: alice, body: VALID });
    const runningBefore = processesMentioning(dataDir);
    // Act
    const exitCode = await interrupt(runtime);
    const leftBehind = processesMentioning(dataDir);
    runtime = await startRuntimeProcess(dataDir);
    const fetched = await call(inquiries(`/${created.reference}`), { token: alice });
    // Assess
    expect(runningBefore.length).toBeGreaterThan(0);
    expect(exitCode).toBe(0);
    expect(leftBehind).toEqual([]);
    expect(fetched.status).toBe(200);
    expect(fetched.body).toMatchObject({
      reference: created.reference,
      description: created.description,
      createdAt: created.createdAt,
    });
  });
});
