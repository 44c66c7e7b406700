import { createHash } from 'node:crypto';
import { type DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { DynamoDbInquiryRepository } from '../../functions/adapters/inquiries/dynamodb-inquiry-repository.js';
import { DynamoDbIdempotencyClaims } from '../../functions/adapters/shared/dynamodb-idempotency-claims.js';
import { employeeOwnerId } from '../../functions/domain/inquiries/inquiry-owner.js';
import { generateReference } from '../../functions/domain/inquiries/reference.js';
import { submitInquiry } from '../../functions/domain/inquiries/submit-inquiry.js';
import { decide, startReview, timerFired } from '../../functions/domain/review/transitions.js';
import {
  ConcurrentChange,
  IdempotencyKeyReused,
  ReferenceTaken,
  ValidationFailed,
} from '../../functions/domain/shared/errors.js';
import { WorkingCalendar } from '../../functions/domain/shared/working-calendar.js';
import { anInquiry, anOwner } from '../support/inquiries.js';
import { freshInquiriesTable } from '../support/local-tables.js';

describe('DynamoDB inquiry repository against DynamoDB Local', () => {
  let repository: DynamoDbInquiryRepository;
  let documentClient: DynamoDBDocumentClient;
  let tableName: string;
  let submitDeps: Parameters<typeof submitInquiry>[0];
  const residentNamed = (id: string) => ({
    id,
    iqamaNumber: '2000000006',
    phone: '+966500000001',
    locale: 'ar' as const,
  });

  beforeAll(async () => {
    ({ documentClient, tableName } = await freshInquiriesTable());
    repository = new DynamoDbInquiryRepository(documentClient, tableName);
    submitDeps = {
      inquiries: repository,
      claims: new DynamoDbIdempotencyClaims(documentClient, tableName),
      calendar: new WorkingCalendar(),
      clock: () => new Date('2026-11-22T06:00:00Z'),
      newReference: () => generateReference(),
    };
  });

  it('when an inquiry with Arabic and emoji is stored, it reads back byte for byte', async () => {
    // Prepare
    const inquiry = anInquiry({ residentId: 'unicode', description: 'أرجو تجديد الإقامة 🇸🇦 — ‏نص RTL‏ 👨‍👩‍👧' });
    // Act
    await repository.create(inquiry);
    // Assess
    expect(await repository.findForResident(anOwner('unicode'), inquiry.reference)).toEqual(inquiry);
  });

  it('when another resident asks for it, nothing is found', async () => {
    const inquiry = anInquiry({ residentId: 'owner' });
    await repository.create(inquiry);
    expect(await repository.findForResident(anOwner('intruder'), inquiry.reference)).toBeUndefined();
  });

  it('when a resident has many inquiries, pages of any size return all of them once, newest first', async () => {
    // Prepare
    const created = Array.from({ length: 7 }, (_, i) =>
      anInquiry({ residentId: 'pager', createdAt: `2026-11-${String(10 + i).padStart(2, '0')}T06:00:00.000Z` }),
    );
    for (const inquiry of created) await repository.create(inquiry);
    await repository.create(anInquiry({ residentId: 'someone-else' }));
    // Act
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await repository.listForResident(anOwner('pager'), { limit: 3, cursor });
      seen.push(...page.items.map((i) => i.reference));
      cursor = page.nextCursor;
    } while (cursor);
    // Assess
    expect(seen).toEqual(created.map((i) => i.reference).reverse());
  });

  it('when a resident has inquiries of their own and others an establishment filed for them, pages of any size merge both once, newest first', async () => {
    // Prepare
    const iqamaNumber = '2000000014';
    const at = (day: number) => `2026-10-${String(day).padStart(2, '0')}T06:00:00.000Z`;
    const own = [1, 4, 5, 9].map((day) => anInquiry({ residentId: 'merger', createdAt: at(day) }));
    const filed = [2, 3, 6, 7, 8].map((day) =>
      anInquiry({
        residentId: employeeOwnerId(iqamaNumber),
        createdAt: at(day),
        submittedBy: { establishmentId: '7001234567', iqamaNumber, staffId: 'staff-1' },
      }),
    );
    for (const inquiry of [...own, ...filed]) await repository.create(inquiry);
    await repository.create(anInquiry({ residentId: employeeOwnerId('2000000022'), createdAt: at(10) }));
    const newestFirst = [...own, ...filed].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    for (const limit of [1, 2, 3, 4, 9, 10]) {
      // Act
      const seen: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = await repository.listForResident(anOwner('merger', iqamaNumber), { limit, cursor });
        seen.push(...page.items.map((i) => i.reference));
        cursor = page.nextCursor;
        pages++;
      } while (cursor && pages < 20);
      // Assess
      expect(seen, `pages of ${limit}`).toEqual(newestFirst.map((i) => i.reference));
    }
  });

  it('when an establishment lists what it filed, it gets its own filings only, newest first, across pages', async () => {
    // Prepare
    const filing = (establishmentId: string, day: number) =>
      anInquiry({
        residentId: employeeOwnerId('2000000030'),
        createdAt: `2026-09-${String(day).padStart(2, '0')}T06:00:00.000Z`,
        submittedBy: { establishmentId, iqamaNumber: '2000000030', staffId: 'staff-2' },
      });
    const ours = [1, 2, 3].map((day) => filing('7000000011', day));
    await repository.create(filing('7000000029', 4));
    await repository.create(anInquiry({ residentId: 'unrelated' }));
    for (const inquiry of ours) await repository.create(inquiry);
    // Act
    const first = await repository.listForEstablishment('7000000011', { limit: 2 });
    const second = await repository.listForEstablishment('7000000011', { limit: 2, cursor: first.nextCursor });
    const elsewhere = await repository
      .listForEstablishment('7000000029', { limit: 2, cursor: first.nextCursor })
      .catch((e: unknown) => e);
    // Assess
    expect([...first.items, ...second.items].map((i) => i.reference)).toEqual(ours.map((i) => i.reference).reverse());
    expect(second.nextCursor).toBeUndefined();
    expect(first.items[0]).toEqual(ours[2]);
    expect(elsewhere).toBeInstanceOf(ValidationFailed);
  });

  it('when a cursor issued to one resident is used by another, it is refused as invalid', async () => {
    // Prepare
    await repository.create(anInquiry({ residentId: 'alice' }));
    await repository.create(anInquiry({ residentId: 'alice', createdAt: '2026-11-23T06:00:00.000Z' }));
    const { nextCursor } = await repository.listForResident(anOwner('alice'), { limit: 1 });
    // Act
    const error = await repository
      .listForResident(anOwner('mallory'), { limit: 10, cursor: nextCursor })
      .catch((e: unknown) => e);
    // Assess
    expect(error).toBeInstanceOf(ValidationFailed);
    expect((error as ValidationFailed).issues).toEqual([{ pointer: '/query/cursor', code: 'invalid_cursor' }]);
  });

  it("when a cursor is forged to look like the caller's own while naming another resident's inquiry, it still only pages the caller's own partition", async () => {
    // Prepare
    const alices = anInquiry({ residentId: 'alice-2', createdAt: '2026-11-24T06:00:00.000Z' });
    await repository.create(alices);
    await repository.create(anInquiry({ residentId: 'alice-2', createdAt: '2026-11-23T06:00:00.000Z' }));
    const callersDigest = createHash('sha256').update('resident:mallory-2').digest('base64url').slice(0, 16);
    const forged = Buffer.from(JSON.stringify([[alices.reference, alices.createdAt], 'END', callersDigest])).toString(
      'base64url',
    );
    // Act
    const page = await repository.listForResident(anOwner('mallory-2'), { limit: 10, cursor: forged });
    // Assess
    expect(page.items).toEqual([]);
  });

  it('when the same request arrives five times at once with one key, one inquiry exists and every call answers with it', async () => {
    // Prepare
    const resident = residentNamed('retrier');
    const request = { category: 'GENERAL_INQUIRY' as const, description: 'Where is my iqama renewal?' };
    // Act
    const outcomes = await Promise.all(
      Array.from({ length: 5 }, () => submitInquiry(submitDeps, resident, request, 'same-key')),
    );
    const later = await submitInquiry(submitDeps, resident, request, 'same-key');
    // Assess
    const page = await repository.listForResident(anOwner('retrier'), { limit: 10 });
    expect(page.items).toHaveLength(1);
    expect(later).toEqual({ inquiry: page.items[0], replayed: true });
    expect(outcomes.map((o) => o.inquiry.reference)).toEqual(Array(5).fill(page.items[0]!.reference));
    expect(outcomes.filter((o) => !o.replayed)).toHaveLength(1);
  });

  it('when the key is reused with another body, it is refused and nothing new is stored', async () => {
    // Prepare
    const resident = residentNamed('reuser');
    await submitInquiry(
      submitDeps,
      resident,
      { category: 'GENERAL_INQUIRY', description: 'The first question I asked.' },
      'k',
    );
    // Act
    const error = await submitInquiry(
      submitDeps,
      resident,
      { category: 'GENERAL_INQUIRY', description: 'Another question entirely.' },
      'k',
    ).catch((e: unknown) => e);
    // Assess
    expect(error).toBeInstanceOf(IdempotencyKeyReused);
    expect((await repository.listForResident(anOwner('reuser'), { limit: 10 })).items).toHaveLength(1);
  });

  it('when two residents use the same key, they do not collide', async () => {
    const request = { category: 'GENERAL_INQUIRY' as const, description: 'Same words from two people.' };
    const first = await submitInquiry(submitDeps, residentNamed('one'), request, 'shared');
    const second = await submitInquiry(submitDeps, residentNamed('two'), request, 'shared');
    expect(second.replayed).toBe(false);
    expect(second.inquiry.reference).not.toBe(first.inquiry.reference);
  });

  it('when a claim has expired but TTL has not yet deleted it, the key is free again', async () => {
    // Prepare
    await documentClient.send(
      new PutCommand({
        TableName: tableName,
        Item: {
          pk: 'IDEMPOTENCY#SubmitInquiry#late#old',
          sk: 'IDEMPOTENCY',
          fingerprint: 'x',
          result: 'TW-0000-0000-0000',
          expiresAt: 1,
        },
      }),
    );
    // Act
    const result = await submitInquiry(
      submitDeps,
      residentNamed('late'),
      { category: 'GENERAL_INQUIRY', description: 'Asked again a year later.' },
      'old',
    );
    // Assess
    expect(result.replayed).toBe(false);
    expect(await repository.findForResident(anOwner('late'), result.inquiry.reference)).toEqual(result.inquiry);
  });

  it('when a reference already exists, the write is refused and the first inquiry is untouched', async () => {
    // Prepare
    const first = anInquiry({ residentId: 'first' });
    await repository.create(first);
    // Act & Assess
    await expect(
      repository.create(anInquiry({ residentId: 'second', reference: first.reference })),
    ).rejects.toBeInstanceOf(ReferenceTaken);
    expect(await repository.findForResident(anOwner('first'), first.reference)).toEqual(first);
    expect(await repository.findForResident(anOwner('second'), first.reference)).toBeUndefined();
  });

  it('when the cursor is garbage, it is a validation failure, not a server error', async () => {
    await expect(repository.listForResident(anOwner('pager'), { limit: 3, cursor: 'garbage' })).rejects.toBeInstanceOf(
      ValidationFailed,
    );
  });
});

describe('review queue against DynamoDB Local', () => {
  let repository: DynamoDbInquiryRepository;

  beforeAll(async () => {
    const { documentClient, tableName } = await freshInquiriesTable();
    repository = new DynamoDbInquiryRepository(documentClient, tableName);
  });

  it('when a section has open and closed inquiries, pages hold only its open ones, soonest due first', async () => {
    // Prepare
    const due = (day: number) => `2026-12-${String(day).padStart(2, '0')}T23:59:59.999+03:00`;
    const open = [5, 1, 9, 3].map((day) => anInquiry({ section: 'VISAS', expectedResponseBy: due(day) }));
    for (const inquiry of open) await repository.create(inquiry);
    await repository.create(anInquiry({ section: 'VISAS', status: 'ACCEPTED', expectedResponseBy: due(2) }));
    await repository.create(anInquiry({ section: 'PASSPORTS', expectedResponseBy: due(1) }));
    // Act
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await repository.listReviewQueue('VISAS', { limit: 3, cursor });
      seen.push(...page.items.map((i) => i.expectedResponseBy));
      cursor = page.nextCursor;
    } while (cursor);
    // Assess
    expect(seen).toEqual([due(1), due(3), due(5), due(9)]);
  });

  it('when bounded by a due time, the queue is read no further than it, that day’s inquiries included, page by page', async () => {
    // Prepare
    const due = (day: number) => `2026-12-${String(day).padStart(2, '0')}T23:59:59.999+03:00`;
    for (const day of [10, 11, 11, 12, 14])
      await repository.create(anInquiry({ section: 'VIOLATIONS', expectedResponseBy: due(day) }));
    // Act
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await repository.listReviewQueue('VIOLATIONS', {
        status: 'SUBMITTED',
        dueBy: due(11),
        limit: 2,
        cursor,
      });
      seen.push(...page.items.map((i) => i.expectedResponseBy));
      cursor = page.nextCursor;
    } while (cursor);
    // Assess
    expect(seen).toEqual([due(10), due(11), due(11)]);
  });

  it('when filtered by status, only that status comes back', async () => {
    await repository.create(anInquiry({ section: 'FAMILY', status: 'NEEDS_INFO' }));
    await repository.create(anInquiry({ section: 'FAMILY', status: 'SUBMITTED' }));
    const { items } = await repository.listReviewQueue('FAMILY', { status: 'NEEDS_INFO', limit: 10 });
    expect(items.map((i) => i.status)).toEqual(['NEEDS_INFO']);
  });

  it('when a queue cursor is replayed for another section or tampered with, it is refused as invalid', async () => {
    for (let i = 0; i < 2; i++) await repository.create(anInquiry({ section: 'GENERAL' }));
    const { nextCursor } = await repository.listReviewQueue('GENERAL', { limit: 1 });
    await expect(repository.listReviewQueue('TRANSFERS', { limit: 10, cursor: nextCursor })).rejects.toBeInstanceOf(
      ValidationFailed,
    );
    expect((await repository.listReviewQueue('GENERAL', { limit: 10, cursor: nextCursor })).items).toHaveLength(1);
    await expect(
      repository.listReviewQueue('GENERAL', {
        limit: 1,
        cursor: Buffer.from('["TW-0000-0000-0000","x"]').toString('base64url'),
      }),
    ).rejects.toBeInstanceOf(ValidationFailed);
  });

  it('when the workflow moves an inquiry, the change lands over its revision, the timeline grows, and the waiting token comes back', async () => {
    // Prepare
    const inquiry = anInquiry({ section: 'GENERAL' });
    await repository.create(inquiry);
    const started = startReview(inquiry, new Date('2026-11-22T06:01:00Z'));
    await repository.applyTransition(started);
    const waiting = await repository.recordTaskToken(inquiry.reference, 'UNDER_REVIEW', 'token-1');
    // Act
    const decided = decide(
      started.after,
      { id: 'reviewer-1', sections: ['GENERAL'] },
      { decision: 'ACCEPT', internalNote: 'ok' },
      new Date('2026-11-23T06:00:00Z'),
    );
    const { taskToken } = await repository.applyTransition(decided);
    // Assess
    expect(waiting).toBe(true);
    expect(taskToken).toBe('token-1');
    const stored = (await repository.findByReference(inquiry.reference))!;
    expect(stored).toMatchObject({
      status: 'ACCEPTED',
      revision: 2,
      closedAt: '2026-11-23T06:00:00.000Z',
      internalNotes: [expect.objectContaining({ note: 'ok' })],
    });
    expect(stored.timeline.map((entry) => entry.status)).toEqual(['SUBMITTED', 'UNDER_REVIEW', 'ACCEPTED']);
    expect(stored).not.toHaveProperty('taskToken');
    expect((await repository.listReviewQueue('GENERAL', { limit: 100 })).items.map((i) => i.reference)).not.toContain(
      inquiry.reference,
    );
  });

  it('when a change was made from an older revision, or a wait starts after the status moved on, neither is stored', async () => {
    // Prepare
    const inquiry = anInquiry();
    await repository.create(inquiry);
    const started = startReview(inquiry, new Date('2026-11-22T06:01:00Z'));
    await repository.applyTransition(started);
    // Act & Assess
    await expect(
      repository.applyTransition(startReview(inquiry, new Date('2026-11-22T06:02:00Z'))),
    ).rejects.toBeInstanceOf(ConcurrentChange);
    expect(await repository.recordTaskToken(inquiry.reference, 'NEEDS_INFO', 'token-late')).toBe(false);
  });

  it('when the resident opens an inquiry waiting for them, the opening is noted once per request, beside the revision, and survives the next transition', async () => {
    // Prepare
    const reviewer = { id: 'reviewer-1', sections: ['GENERAL' as const] };
    const inquiry = anInquiry({ section: 'GENERAL' });
    await repository.create(inquiry);
    await repository.markReplyRequestSeen(inquiry.reference, '2026-11-22T06:00:30.000Z');
    const started = startReview(inquiry, new Date('2026-11-22T06:01:00Z'));
    await repository.applyTransition(started);
    const asked = decide(
      started.after,
      reviewer,
      { decision: 'REQUEST_INFO', note: 'n' },
      new Date('2026-11-23T06:00:00Z'),
    );
    await repository.applyTransition(asked);
    // Act
    await repository.markReplyRequestSeen(inquiry.reference, '2026-11-24T06:00:00.000Z');
    await repository.markReplyRequestSeen(inquiry.reference, '2026-11-25T06:00:00.000Z');
    const seen = (await repository.findByReference(inquiry.reference))!;
    // Reached when first seen: the reminder is due 3 days before the 14 days from then.
    const reminded = timerFired(asked.after, 'NEEDS_INFO', new Date('2026-12-05T06:00:00Z'), seen.replyRequestSeenAt)!;
    await repository.applyTransition(reminded);
    // Assess
    expect(seen).toMatchObject({ revision: 2, replyRequestSeenAt: '2026-11-24T06:00:00.000Z' });
    expect(await repository.findByReference(inquiry.reference)).toMatchObject({
      revision: 3,
      replyReminderSent: true,
      replyRequestSeenAt: '2026-11-24T06:00:00.000Z',
    });
  });
});
