import { Logger } from '@aws-lambda-powertools/logger';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CLAIMS, ESTABLISHMENTS_GROUP } from '../../../../functions/contract/identity.js';
import { CATEGORY_CODES } from '../../../../functions/domain/inquiries/categories.js';
import type { Reference } from '../../../../functions/domain/inquiries/reference.js';
import { generateReference } from '../../../../functions/domain/inquiries/reference.js';
import { createHandler as createGet } from '../../../../functions/handlers/inquiries/get-inquiry.js';
import { createHandler as createCategories } from '../../../../functions/handlers/inquiries/list-categories.js';
import { createHandler as createList } from '../../../../functions/handlers/inquiries/list-inquiries.js';
import { createHandler as createSubmit } from '../../../../functions/handlers/inquiries/submit-inquiry.js';
import {
  apiEvent,
  bodyOf,
  jsonEvent,
  lambdaContext,
  OTHER_RESIDENT_CLAIMS,
  REVIEWER_CLAIMS,
} from '../../../support/api-events.js';

const ESTABLISHMENT_CLAIMS = {
  [CLAIMS.subject]: 'staff-1',
  [CLAIMS.groups]: ESTABLISHMENTS_GROUP,
  [CLAIMS.establishmentId]: '7001234567',
  [CLAIMS.locale]: 'en',
};

import type { InMemoryInquiryRepository } from '../../../support/in-memory-inquiry-repository.js';
import { InMemoryMessageLog } from '../../../support/in-memory-message-log.js';
import { submissionDeps } from '../../../support/submission-deps.js';

const VALID = { category: 'GENERAL_INQUIRY', description: 'When will my exit and re-entry visa be issued?' };

describe('inquiry handlers', () => {
  let inquiries: InMemoryInquiryRepository;
  let deps: ReturnType<typeof submissionDeps>;
  let messages: InMemoryMessageLog;
  const readAt = () => new Date('2026-11-23T06:00:00Z');

  beforeEach(() => {
    deps = submissionDeps(() => new Date('2026-11-22T06:00:00Z'));
    inquiries = deps.inquiries;
    messages = new InMemoryMessageLog();
  });

  const getDeps = () => ({ inquiries, messages, clock: readAt });

  const submit = (event = jsonEvent(VALID)) => createSubmit(deps)(event, lambdaContext);

  it('when a resident submits a valid inquiry, it answers 201 with its location, deadline and first timeline entry', async () => {
    // Act
    const result = await submit();
    // Assess
    const body = bodyOf(result);
    expect(result.statusCode).toBe(201);
    expect(result.headers?.location).toBe(`/v1/inquiries/${body.reference}`);
    expect(body).toMatchObject({
      status: 'SUBMITTED',
      category: 'GENERAL_INQUIRY',
      section: 'GENERAL',
      description: VALID.description,
      createdAt: '2026-11-22T06:00:00.000Z',
      expectedResponseBy: '2026-12-01T23:59:59.999+03:00',
      timeline: [{ at: '2026-11-22T06:00:00.000Z', status: 'SUBMITTED', actor: 'resident' }],
    });
    expect(inquiries.inquiries.get(body.reference as Reference)?.contact).toEqual({
      phone: '+966500000001',
      locale: 'en',
    });
  });

  it('when the body tries to name the resident, the unknown field is refused and nothing is stored', async () => {
    // Act
    const result = await submit(jsonEvent({ ...VALID, residentId: 'someone-else' }));
    // Assess
    expect(result.statusCode).toBe(400);
    expect(bodyOf(result).errors).toEqual([expect.objectContaining({ pointer: '/residentId', code: 'unknown_field' })]);
    expect(inquiries.inquiries.size).toBe(0);
  });

  it.each([
    [{ category: 'GENERAL_INQUIRY' }, '/description', 'required'],
    [{ ...VALID, description: 'too short' }, '/description', 'too_short'],
    [{ ...VALID, description: 'x'.repeat(4001) }, '/description', 'too_long'],
    [{ ...VALID, description: '          a         ' }, '/description', 'too_short'],
    [{ ...VALID, description: 42 }, '/description', 'invalid_type'],
    [{ ...VALID, description: 'bad \u0000 control character' }, '/description', 'malformed_text'],
    [{ ...VALID, description: 'lone surrogate \ud800 here' }, '/description', 'malformed_text'],
    [{ ...VALID, category: 'PIZZA' }, '/category', 'not_allowed_value'],
  ])('when the body is %j, it names %s with %s and stores nothing', async (body, pointer, code) => {
    const result = await submit(jsonEvent(body));
    expect(result.statusCode).toBe(400);
    expect(result.headers?.['content-type']).toMatch(/^application\/problem\+json/);
    expect(bodyOf(result).errors).toContainEqual(expect.objectContaining({ pointer, code }));
    expect(inquiries.inquiries.size).toBe(0);
  });

  it('when the description is 4,000 emoji, it counts characters rather than UTF-16 units and keeps them exactly', async () => {
    // Prepare
    const description = '😀'.repeat(4000);
    // Act
    const result = await submit(jsonEvent({ ...VALID, description }));
    // Assess
    expect(result.statusCode).toBe(201);
    expect(bodyOf(result).description).toBe(description);
  });

  it('when the caller asks for Arabic, the problem is in Arabic; for English, in English', async () => {
    const arabic = bodyOf(await submit(jsonEvent({}, { headers: { 'Accept-Language': 'ar' } })));
    const english = bodyOf(await submit(jsonEvent({}, { headers: { 'Accept-Language': 'en-US' } })));
    expect(arabic.title).toBe('بيانات الطلب غير صالحة');
    expect(arabic.errors[0].detail).toBe('هذا الحقل مطلوب.');
    expect(english.title).toBe('The request is not valid');
    expect(english.errors[0].detail).toBe('This field is required.');
  });

  it.each([
    ['not JSON at all', 'application/json', 400, 'malformed-json'],
    ['{"category": ', 'application/json', 400, 'malformed-json'],
    [JSON.stringify(VALID), 'text/plain', 415, 'unsupported-media-type'],
    [JSON.stringify(VALID), 'application/json; charset=latin1', 415, 'unsupported-media-type'],
    [JSON.stringify({ ...VALID, description: 'x'.repeat(40_000) }), 'application/json', 413, 'payload-too-large'],
  ])('when the body is %j as %s, it answers %i %s', async (body, contentType, status, code) => {
    const result = await submit(apiEvent({ method: 'POST', body, headers: { 'Content-Type': contentType } }));
    expect(result.statusCode).toBe(status);
    expect(bodyOf(result).type).toBe(`urn:tawasul:problem:${code}`);
    expect(inquiries.inquiries.size).toBe(0);
  });

  it("when there is no verified identity, it answers 401; when the token is not a resident's, 403", async () => {
    expect((await submit(jsonEvent(VALID, { claims: null }))).statusCode).toBe(401);
    expect((await submit(jsonEvent(VALID, { claims: REVIEWER_CLAIMS }))).statusCode).toBe(403);
    expect(inquiries.inquiries.size).toBe(0);
  });

  it('when the same Idempotency-Key is replayed, it returns the same inquiry; with another body, 422', async () => {
    // Prepare
    const withKey = (body: unknown) => jsonEvent(body, { headers: { 'Idempotency-Key': 'key-1' } });
    // Act
    const first = await submit(withKey(VALID));
    const replay = await submit(withKey(VALID));
    const conflict = await submit(withKey({ ...VALID, description: 'A different question about my iqama' }));
    // Assess
    expect(replay.statusCode).toBe(201);
    expect(replay.headers?.['idempotent-replayed']).toBe('true');
    expect(bodyOf(replay).reference).toBe(bodyOf(first).reference);
    expect(conflict.statusCode).toBe(422);
    expect(inquiries.inquiries.size).toBe(1);
  });

  it('when the Idempotency-Key is malformed, it is refused by name', async () => {
    const result = await submit(jsonEvent(VALID, { headers: { 'Idempotency-Key': 'spaces are not allowed' } }));
    expect(result.statusCode).toBe(400);
    expect(bodyOf(result).errors[0]).toMatchObject({
      pointer: '/headers/idempotency-key',
      code: 'invalid_idempotency_key',
    });
  });

  it("when the storage fails, the client gets a bare 500 and the error's text stays in the log", async () => {
    // Prepare
    const logger = new Logger({ serviceName: 'test' });
    const logged = vi.spyOn(logger, 'error').mockImplementation(() => undefined);
    inquiries.create = async () => {
      throw new Error('connection to 10.0.0.7 refused for resident 2000000006');
    };
    const { apiFunction } = await import('../../../../functions/runtime/api-function.js');
    const failing = apiFunction(
      async () => {
        await inquiries.create({} as never);
        return { statusCode: 200, body: '' };
      },
      { logger },
    );
    // Act
    const result = await failing(jsonEvent(VALID), lambdaContext);
    // Assess
    expect(result.statusCode).toBe(500);
    expect(result.body).not.toContain('10.0.0.7');
    expect(result.body).not.toContain('2000000006');
    expect(logged).toHaveBeenCalledOnce();
  });

  it("when another resident asks for an inquiry, it is not found — the same answer as for one that doesn't exist", async () => {
    // Prepare
    const { reference } = bodyOf(await submit());
    const get = createGet(getDeps());
    // Act
    const theirs = await get(apiEvent({ claims: OTHER_RESIDENT_CLAIMS, pathParameters: { reference } }), lambdaContext);
    const missing = await get(apiEvent({ pathParameters: { reference: generateReference() } }), lambdaContext);
    // Assess
    expect(theirs.statusCode).toBe(404);
    expect(missing.statusCode).toBe(404);
    expect(bodyOf(theirs).title).toBe(bodyOf(missing).title);
  });

  it('when the owner asks with the reference typed loosely, it finds it with its timeline', async () => {
    // Prepare
    const { reference } = bodyOf(await submit());
    // Act
    const result = await createGet(getDeps())(
      apiEvent({ pathParameters: { reference: reference.toLowerCase().replaceAll('-', ' ') } }),
      lambdaContext,
    );
    // Assess
    expect(result.statusCode).toBe(200);
    expect(bodyOf(result)).toMatchObject({ reference, timeline: [{ status: 'SUBMITTED' }] });
  });

  it("when SMS were sent about the inquiry, it lists the resident's own with their delivery, not the staff copies", async () => {
    // Prepare
    const { reference } = bodyOf(await submit());
    const notice = (
      messageId: string,
      message: 'RECEIVED' | 'NEEDS_INFO',
      recipient: 'RESIDENT' | 'STAFF',
      sentAt: string,
    ) =>
      messages.record({
        messageId,
        purpose: { kind: 'INQUIRY_NOTICE', reference, message, recipient },
        locale: 'en',
        encoding: 'GSM-7',
        parts: 1,
        sentAt,
        delivery: 'PENDING',
        estimatedUsd: 0.0247,
      });
    await notice('m-2', 'NEEDS_INFO', 'RESIDENT', '2026-11-22T09:00:00.000Z');
    await notice('m-1', 'RECEIVED', 'RESIDENT', '2026-11-19T06:00:00.000Z');
    await notice('m-3', 'RECEIVED', 'STAFF', '2026-11-22T06:00:01.000Z');
    await messages.applyReceipt({
      messageId: 'm-2',
      status: 'FAILED',
      providerResponse: 'Phone is currently unreachable/unavailable',
      priceUsd: 0,
      at: '2026-11-22T09:00:05.000Z',
    });
    // Act
    const result = await createGet(getDeps())(apiEvent({ pathParameters: { reference } }), lambdaContext);
    // Assess
    expect(bodyOf(result).notifications).toEqual([
      { message: 'RECEIVED', recipient: 'RESIDENT', sentAt: '2026-11-19T06:00:00.000Z', delivery: 'UNKNOWN' },
      {
        message: 'NEEDS_INFO',
        recipient: 'RESIDENT',
        sentAt: '2026-11-22T09:00:00.000Z',
        delivery: 'FAILED',
        failureReason: 'Phone is currently unreachable/unavailable',
      },
    ]);
  });

  it('when the reference has a typo, it says so instead of "not found"', async () => {
    // Prepare
    const { reference } = bodyOf(await submit());
    const typo = reference.slice(0, -1) + (reference.endsWith('0') ? '1' : '0');
    // Act
    const result = await createGet(getDeps())(apiEvent({ pathParameters: { reference: typo } }), lambdaContext);
    // Assess
    expect(result.statusCode).toBe(400);
    expect(bodyOf(result).errors[0]).toMatchObject({ pointer: '/path/reference', code: 'invalid_reference' });
  });

  it.each([
    [{ limit: '0' }, '/query/limit'],
    [{ limit: '101' }, '/query/limit'],
    [{ limit: 'ten' }, '/query/limit'],
    [{ cursor: '-1' }, '/query/cursor'],
    [{ sort: 'asc' }, '/query/sort'],
  ])('when listing with %j, it names %s', async (query, pointer) => {
    const result = await createList({ inquiries })(apiEvent({ query }), lambdaContext);
    expect(result.statusCode).toBe(400);
    expect(bodyOf(result).errors[0].pointer).toBe(pointer);
  });

  it('when listing, a resident sees only their own inquiries, newest first', async () => {
    // Prepare
    await submit();
    deps.clock = () => new Date('2026-11-23T06:00:00Z');
    const newer = bodyOf(await submit());
    await createSubmit(deps)(jsonEvent(VALID, { claims: OTHER_RESIDENT_CLAIMS }), lambdaContext);
    // Act
    const result = bodyOf(await createList({ inquiries })(apiEvent({}), lambdaContext));
    // Assess
    expect(result.items).toHaveLength(2);
    expect(result.items[0].reference).toBe(newer.reference);
    expect(result.items[0]).not.toHaveProperty('timeline');
  });

  it('when categories are asked for in Arabic, every one has its section and both names', async () => {
    const result = bodyOf(await createCategories()(apiEvent({ headers: { 'Accept-Language': 'ar' } }), lambdaContext));
    expect(result.items.length).toBeGreaterThanOrEqual(13);
    for (const item of result.items) {
      expect(item.name).toBe(item.names.ar);
      expect(item.names.en).toMatch(/\w/);
      expect(item.sectionName).toBe(item.sectionNames.ar);
    }
  });

  it('when categories are asked for by a reviewer, a token of neither kind, or no identity, only the reviewer is answered', async () => {
    // Prepare
    const neither = { sub: 'someone-else' };

    // Act
    const reviewer = await createCategories()(apiEvent({ claims: REVIEWER_CLAIMS }), lambdaContext);
    const stranger = await createCategories()(apiEvent({ claims: neither }), lambdaContext);
    const anonymous = await createCategories()(apiEvent({ claims: null }), lambdaContext);

    // Assess: what the contract says of the route (residents or reviewers)
    expect(reviewer.statusCode).toBe(200);
    expect([stranger.statusCode, bodyOf(stranger).type]).toEqual([403, 'urn:tawasul:problem:forbidden']);
    expect([anonymous.statusCode, bodyOf(anonymous).type]).toEqual([401, 'urn:tawasul:problem:unauthenticated']);
  });

  it('when categories are asked for by an establishment’s staff member, who files for employees, it answers 200 with every request type', async () => {
    // Act
    const result = await createCategories()(apiEvent({ claims: ESTABLISHMENT_CLAIMS }), lambdaContext);

    // Assess
    expect(result.statusCode).toBe(200);
    expect(bodyOf(result).items.map((item: { code: string }) => item.code)).toEqual(CATEGORY_CODES);
    expect(CATEGORY_CODES).toHaveLength(13);
  });

  it('when categories are asked for by a token in an unknown group, or one in the establishments group naming no establishment, it is refused with 403', async () => {
    // Prepare
    const unknownGroup = { [CLAIMS.subject]: 'someone-else', [CLAIMS.groups]: 'contractors' };
    const noEstablishment = { [CLAIMS.subject]: 'staff-1', [CLAIMS.groups]: ESTABLISHMENTS_GROUP };

    // Act
    const results = await Promise.all(
      [unknownGroup, noEstablishment].map((claims) => createCategories()(apiEvent({ claims }), lambdaContext)),
    );

    // Assess
    expect(results.map((result) => [result.statusCode, bodyOf(result).type])).toEqual([
      [403, 'urn:tawasul:problem:forbidden'],
      [403, 'urn:tawasul:problem:forbidden'],
    ]);
  });
});

describe('API responses to browsers', () => {
  it('when the Origin is one of the deployment’s, the response names it; any other origin is not named', async () => {
    // Prepare
    const { apiFunction } = await import('../../../../functions/runtime/api-function.js');
    const handler = apiFunction(async () => ({ statusCode: 200, body: '{}' }), {
      allowedOrigins: ['https://tawasul.example.sa'],
    });
    // Act
    const allowed = await handler(apiEvent({ headers: { Origin: 'https://tawasul.example.sa' } }), lambdaContext);
    const other = await handler(apiEvent({ headers: { Origin: 'https://evil.example' } }), lambdaContext);
    // Assess
    expect(allowed.headers?.['Access-Control-Allow-Origin']).toBe('https://tawasul.example.sa');
    expect(allowed.headers?.Vary).toContain('Origin');
    expect(allowed.headers?.Vary).toContain('Accept-Language');
    expect(other.headers?.['Access-Control-Allow-Origin']).toBeUndefined();
  });
});
