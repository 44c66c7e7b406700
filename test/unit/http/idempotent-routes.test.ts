import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { beforeEach, describe, expect, it } from 'vitest';
import { CLAIMS } from '../../../functions/contract/identity.js';
import type { Inquiry } from '../../../functions/domain/inquiries/inquiry.js';
import { createHandler as createRequestUpload } from '../../../functions/handlers/attachments/request-upload.js';
import { createHandler as createSubmit } from '../../../functions/handlers/inquiries/submit-inquiry.js';
import { createPutHandler as createPreferences } from '../../../functions/handlers/residents/preferences-handlers.js';
import { createHandler as createPassport } from '../../../functions/handlers/residents/update-passport.js';
import { createHandler as createAppeal } from '../../../functions/handlers/review/appeal-inquiry.js';
import { createHandler as createDecide } from '../../../functions/handlers/review/decide-inquiry.js';
import { createHandler as createRate } from '../../../functions/handlers/review/rate-inquiry.js';
import { createHandler as createReply } from '../../../functions/handlers/review/reply-to-inquiry.js';
import {
  bodyOf,
  jsonEvent,
  lambdaContext,
  OTHER_RESIDENT_CLAIMS,
  RESIDENT_CLAIMS,
  REVIEWER_CLAIMS,
} from '../../support/api-events.js';
import { InMemoryAttachmentRepository, RecordingStore } from '../../support/in-memory-attachments.js';
import { InMemoryDocumentRegister } from '../../support/in-memory-reminders.js';
import { anInquiry } from '../../support/inquiries.js';
import { submissionDeps } from '../../support/submission-deps.js';

/** 09:00 in Riyadh on 2026-11-25. */
const now = new Date('2026-11-25T06:00:00Z');
const clock = () => now;
const OTHER_REVIEWER_CLAIMS = { ...REVIEWER_CLAIMS, [CLAIMS.subject]: 'reviewer-2' };

type Caller = 'first' | 'second';
type Handler = (event: APIGatewayProxyEvent, context: typeof lambdaContext) => Promise<APIGatewayProxyResult>;

/** One route as the tests drive it: a fresh world, the call, and how many changes it has stored so far. */
interface RouteWorld {
  call: (body: unknown, options?: { key?: string; caller?: Caller }) => Promise<APIGatewayProxyResult>;
  changes: () => number;
}

interface RouteCase {
  route: string;
  status: number;
  body: unknown;
  /** Valid on its own, but not the request the key was first used for. */
  otherBody: unknown;
  world: () => Promise<RouteWorld>;
}

const residentCallers = { first: RESIDENT_CLAIMS, second: OTHER_RESIDENT_CLAIMS };
const reviewerCallers = { first: REVIEWER_CLAIMS, second: OTHER_REVIEWER_CLAIMS };

const eventFor = (body: unknown, claims: Record<string, string>, key: string | undefined, reference?: string) =>
  jsonEvent(body, {
    claims,
    ...(reference && { pathParameters: { reference } }),
    ...(key !== undefined && { headers: { 'Idempotency-Key': key } }),
  });

/** A world of inquiries: each caller has one of their own in the state the route acts on. */
const inquiryWorld = async (
  create: (deps: ReturnType<typeof inquiryDeps>) => Handler,
  stateOf: (owner: Caller) => Partial<Inquiry>,
  callers: Record<Caller, Record<string, string>>,
): Promise<RouteWorld & { deps: ReturnType<typeof inquiryDeps> }> => {
  const deps = inquiryDeps();
  const references = {} as Record<Caller, string>;
  for (const caller of ['first', 'second'] as const) {
    const inquiry = anInquiry({
      residentId: caller === 'first' ? 'resident-1' : 'resident-2',
      section: 'GENERAL',
      ...stateOf(caller),
    });
    await deps.inquiries.create(inquiry);
    deps.inquiries.taskTokens.set(inquiry.reference, `token-${caller}`);
    references[caller] = inquiry.reference;
  }
  const handler = create(deps);
  // Every stored transition bumps its inquiry's revision: the sum above the starting one counts them.
  const revisions = () =>
    [...deps.inquiries.inquiries.values()].reduce((sum, inquiry) => sum + (inquiry.revision ?? 0), 0);
  const start = revisions();
  return {
    deps,
    call: (body, { key, caller = 'first' } = {}) =>
      handler(eventFor(body, callers[caller], key, references[caller]), lambdaContext),
    changes: () => revisions() - start,
  };
};

const inquiryDeps = () => {
  const deps = submissionDeps(clock);
  return { ...deps, attachments: new InMemoryAttachmentRepository(deps.inquiries) };
};

const ROUTES: RouteCase[] = [
  {
    route: 'POST /v1/inquiries',
    status: 201,
    body: { category: 'GENERAL_INQUIRY', description: 'When will my exit and re-entry visa be issued?' },
    otherBody: { category: 'GENERAL_INQUIRY', description: 'A different question about my iqama renewal.' },
    world: async () => {
      const deps = inquiryDeps();
      const handler = createSubmit(deps);
      return {
        call: (body, { key, caller = 'first' } = {}) =>
          handler(eventFor(body, residentCallers[caller], key), lambdaContext),
        changes: () => deps.inquiries.inquiries.size,
      };
    },
  },
  {
    route: 'POST /v1/inquiries/{reference}/attachments',
    status: 201,
    body: { fileName: 'passport.pdf', contentType: 'application/pdf', size: 48213 },
    otherBody: { fileName: 'passport.pdf', contentType: 'application/pdf', size: 48214 },
    world: async () => {
      const deps = inquiryDeps();
      const attachments = deps.attachments;
      const references = {} as Record<Caller, string>;
      for (const caller of ['first', 'second'] as const) {
        const inquiry = anInquiry({ residentId: caller === 'first' ? 'resident-1' : 'resident-2' });
        await deps.inquiries.create(inquiry);
        references[caller] = inquiry.reference;
      }
      const handler = createRequestUpload({ ...deps, forms: new RecordingStore() });
      return {
        call: (body, { key, caller = 'first' } = {}) =>
          handler(eventFor(body, residentCallers[caller], key, references[caller]), lambdaContext),
        changes: () => attachments.attachments.size,
      };
    },
  },
  {
    route: 'POST /v1/inquiries/{reference}/replies',
    status: 200,
    body: { message: 'Here is my passport copy.' },
    otherBody: { message: 'Here is my passport copy, and my visa.' },
    world: () =>
      inquiryWorld(
        createReply,
        () => ({
          status: 'NEEDS_INFO',
          pausedAt: '2026-11-24T06:00:00.000Z',
          replyDueBy: '2026-12-08T06:00:00.000Z',
          revision: 2,
        }),
        residentCallers,
      ),
  },
  {
    route: 'POST /v1/inquiries/{reference}/appeal',
    status: 200,
    body: { reason: 'Here is a readable copy of my passport.' },
    otherBody: { reason: 'Here is a readable copy, and my contract.' },
    world: () =>
      inquiryWorld(
        createAppeal,
        () => ({ status: 'REJECTED', rejectedBy: 'reviewer-1', appealDueBy: '2026-12-20T06:00:00.000Z', revision: 2 }),
        residentCallers,
      ),
  },
  {
    route: 'POST /v1/inquiries/{reference}/rating',
    status: 200,
    body: { score: 5, comment: 'Quick' },
    otherBody: { score: 4, comment: 'Quick' },
    world: () =>
      inquiryWorld(
        createRate,
        () => ({ status: 'ACCEPTED', closedAt: '2026-11-24T06:00:00.000Z', revision: 2 }),
        residentCallers,
      ),
  },
  {
    route: 'POST /v1/review/inquiries/{reference}/decision',
    status: 200,
    body: { decision: 'REQUEST_INFO', note: 'Please send a copy of your passport.' },
    otherBody: { decision: 'ACCEPT' },
    world: () => inquiryWorld(createDecide, () => ({ status: 'UNDER_REVIEW', revision: 2 }), reviewerCallers),
  },
  {
    route: 'PUT /v1/me/passport',
    status: 200,
    body: { passportNumber: 'A1234567', issueDate: '2026-11-01', expiryDate: '2036-10-31' },
    otherBody: { passportNumber: 'A7654321', issueDate: '2026-11-01', expiryDate: '2036-10-31' },
    world: async () => {
      const register = new InMemoryDocumentRegister();
      const handler = createPassport({ register, claims: register.claims, clock });
      return {
        call: (body, { key, caller = 'first' } = {}) =>
          handler(eventFor(body, residentCallers[caller], key), lambdaContext),
        changes: () => register.upserted.length,
      };
    },
  },
  {
    route: 'PUT /v1/me/preferences',
    status: 200,
    body: { locale: 'ur', smsReminders: false },
    otherBody: { locale: 'ur', smsReminders: true },
    world: async () => {
      const register = new InMemoryDocumentRegister();
      let changes = 0;
      const updateProfile = register.updateProfile.bind(register);
      register.updateProfile = async (iqamaNumber, profileChanges, options) => {
        const updated = await updateProfile(iqamaNumber, profileChanges, options);
        if (profileChanges.preferredLocale) changes++;
        return updated;
      };
      const handler = createPreferences({ register, claims: register.claims, clock });
      return {
        call: (body, { key, caller = 'first' } = {}) =>
          handler(eventFor(body, residentCallers[caller], key), lambdaContext),
        changes: () => changes,
      };
    },
  },
];

describe.each(ROUTES)('Idempotency-Key on $route', ({ status, body, otherBody, world: makeWorld }) => {
  let world: RouteWorld;

  beforeEach(async () => {
    world = await makeWorld();
  });

  it('when the same key and body come again, it answers the same body with idempotent-replayed and changes nothing more', async () => {
    // Act
    const first = await world.call(body, { key: 'retry-1' });
    const replay = await world.call(body, { key: 'retry-1' });
    // Assess
    expect(first.statusCode).toBe(status);
    expect(first.headers?.['idempotent-replayed']).toBeUndefined();
    expect(replay.statusCode).toBe(status);
    expect(replay.headers?.['idempotent-replayed']).toBe('true');
    expect(bodyOf(replay)).toEqual(bodyOf(first));
    expect(world.changes()).toBe(1);
  });

  it('when the same key comes with another body, it answers 422 idempotency-key-reused and changes nothing', async () => {
    // Prepare
    await world.call(body, { key: 'retry-1' });
    // Act
    const reused = await world.call(otherBody, { key: 'retry-1' });
    // Assess
    expect(reused.statusCode).toBe(422);
    expect(bodyOf(reused).type).toBe('urn:tawasul:problem:idempotency-key-reused');
    expect(world.changes()).toBe(1);
  });

  it.each(['', ' ', 'a'.repeat(129), 'key#1', 'clé', 'a/b', 'key\u0000', '<script>'])(
    'when the key is %j, it answers 400 naming the header and changes nothing',
    async (key) => {
      // Act
      const result = await world.call(body, { key });
      // Assess
      expect(result.statusCode).toBe(400);
      expect(bodyOf(result).errors).toEqual([
        expect.objectContaining({ pointer: '/headers/idempotency-key', code: 'invalid_idempotency_key' }),
      ]);
      expect(world.changes()).toBe(0);
    },
  );

  it('when another caller sends the same key and body, it is their own request, not a replay of the first', async () => {
    // Act
    await world.call(body, { key: 'shared-key' });
    const theirs = await world.call(body, { key: 'shared-key', caller: 'second' });
    // Assess
    expect(theirs.statusCode).toBe(status);
    expect(theirs.headers?.['idempotent-replayed']).toBeUndefined();
    expect(world.changes()).toBe(2);
  });

  it('when keys are named __proto__, constructor, toString or hasOwnProperty, each is an ordinary key of its own', async () => {
    // Act
    const first = await world.call(body, { key: '__proto__' });
    const replay = await world.call(body, { key: '__proto__' });
    const others = await Promise.all(
      ['constructor', 'toString', 'hasOwnProperty'].map((key) => world.call(otherBody, { key })),
    );
    // Assess
    expect(first.statusCode).toBe(status);
    expect(replay.headers?.['idempotent-replayed']).toBe('true');
    for (const other of others) {
      expect(other.headers?.['idempotent-replayed']).toBeUndefined();
      expect(other.statusCode).not.toBe(422);
    }
  });
});

describe('Idempotency-Key across routes', () => {
  it('when one key is used on two routes, it names two requests: neither is a replay of the other', async () => {
    // Prepare
    const deps = inquiryDeps();
    const submit = createSubmit(deps);
    const requestUpload = createRequestUpload({ ...deps, forms: new RecordingStore() });
    // Act
    const submitted = await submit(
      eventFor(
        { category: 'GENERAL_INQUIRY', description: 'When will my exit and re-entry visa be issued?' },
        RESIDENT_CLAIMS,
        'one-key',
      ),
      lambdaContext,
    );
    const upload = await requestUpload(
      eventFor(
        { fileName: 'passport.pdf', contentType: 'application/pdf', size: 48213 },
        RESIDENT_CLAIMS,
        'one-key',
        bodyOf(submitted).reference,
      ),
      lambdaContext,
    );
    // Assess
    expect(upload.statusCode).toBe(201);
    expect(upload.headers?.['idempotent-replayed']).toBeUndefined();
    expect(deps.attachments.attachments.size).toBe(1);
  });

  it('when a body comes again with its fields in another order, it is the same request and is replayed', async () => {
    // Prepare
    const register = new InMemoryDocumentRegister();
    const put = createPreferences({ register, claims: register.claims, clock });
    // Act
    await put(eventFor({ locale: 'ur', smsReminders: false }, RESIDENT_CLAIMS, 'ordered'), lambdaContext);
    const reordered = await put(
      eventFor({ smsReminders: false, locale: 'ur' }, RESIDENT_CLAIMS, 'ordered'),
      lambdaContext,
    );
    // Assess
    expect(reordered.statusCode).toBe(200);
    expect(reordered.headers?.['idempotent-replayed']).toBe('true');
  });

  it('when a decision is replayed, the waiting workflow was resumed once, by the first request only', async () => {
    // Prepare
    const world = await inquiryWorld(createDecide, () => ({ status: 'UNDER_REVIEW', revision: 2 }), reviewerCallers);
    const decision = { decision: 'ACCEPT' };
    // Act
    await world.call(decision, { key: 'decide-1' });
    const replay = await world.call(decision, { key: 'decide-1' });
    // Assess
    expect(replay.headers?.['idempotent-replayed']).toBe('true');
    expect(world.deps.workflow.resumed.map((resumed) => resumed.taskToken)).toEqual(['token-first']);
  });

  it("when a reviewer replays a decision after losing the inquiry's section, it is 404 and shows nothing of the inquiry", async () => {
    // Prepare
    const deps = inquiryDeps();
    const inquiry = anInquiry({
      section: 'GENERAL',
      status: 'UNDER_REVIEW',
      revision: 2,
      internalNotes: [{ at: now.toISOString(), reviewerId: 'reviewer-9', note: 'Check the sponsor first.' }],
    });
    await deps.inquiries.create(inquiry);
    const handler = createDecide(deps);
    const decide = (sections: string) =>
      handler(
        eventFor(
          { decision: 'ACCEPT' },
          { ...REVIEWER_CLAIMS, [CLAIMS.sections]: sections },
          'decide-then-moved',
          inquiry.reference,
        ),
        lambdaContext,
      );
    await decide('GENERAL');
    // Act
    const replay = await decide('RESIDENCY');
    // Assess
    expect(replay.statusCode).toBe(404);
    expect(bodyOf(replay).type).toBe('urn:tawasul:problem:inquiry-not-found');
    expect(replay.body).not.toContain(inquiry.reference);
    expect(replay.body).not.toContain('sponsor');
  });

  it('when an upload request is replayed after its form expired, it names the same attachment and carries no form', async () => {
    // Prepare
    const deps = inquiryDeps();
    const inquiry = anInquiry();
    await deps.inquiries.create(inquiry);
    const forms = new RecordingStore();
    let at = now;
    const handler = createRequestUpload({ ...deps, clock: () => at, forms });
    const request = () =>
      handler(
        eventFor(
          { fileName: 'passport.pdf', contentType: 'application/pdf', size: 48213 },
          RESIDENT_CLAIMS,
          'late-retry',
          inquiry.reference,
        ),
        lambdaContext,
      );
    const { upload, ...attachment } = bodyOf(await request());
    // Act
    at = new Date(now.getTime() + 11 * 60 * 1000);
    const replay = await request();
    // Assess
    expect(upload).toBeDefined();
    expect(replay.statusCode).toBe(201);
    expect(replay.headers?.['idempotent-replayed']).toBe('true');
    expect(bodyOf(replay)).toStrictEqual(attachment);
    expect(forms.calls).toHaveLength(1);
  });
});
