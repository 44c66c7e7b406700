import { beforeEach, describe, expect, it } from 'vitest';
import { CLAIMS, REVIEWERS_GROUP } from '../../../../functions/contract/identity.js';
import { createHandler as createGet } from '../../../../functions/handlers/review/get-review-inquiry.js';
import { createHandler as createQueue } from '../../../../functions/handlers/review/list-review-queue.js';
import { apiEvent, bodyOf, lambdaContext, RESIDENT_CLAIMS } from '../../../support/api-events.js';
import { InMemoryInquiryRepository } from '../../../support/in-memory-inquiry-repository.js';
import { InMemoryMessageLog } from '../../../support/in-memory-message-log.js';
import { anInquiry } from '../../../support/inquiries.js';

const reviewerOf = (sections: string) => ({
  [CLAIMS.subject]: 'reviewer',
  [CLAIMS.groups]: REVIEWERS_GROUP,
  [CLAIMS.sections]: sections,
});

describe('reviewer handlers', () => {
  let inquiries: InMemoryInquiryRepository;
  const clock = () => new Date('2026-12-02T00:00:00Z');

  beforeEach(async () => {
    inquiries = new InMemoryInquiryRepository();
    await inquiries.create(
      anInquiry({ section: 'VISAS', category: 'VISA_EXTENSION', expectedResponseBy: '2026-12-03T23:59:59.999+03:00' }),
    );
    await inquiries.create(
      anInquiry({ section: 'VISAS', category: 'VISA_EXTENSION', expectedResponseBy: '2026-12-01T23:59:59.999+03:00' }),
    );
    await inquiries.create(anInquiry({ section: 'PASSPORTS', category: 'LOST_STOLEN_PASSPORT' }));
    await inquiries.create(anInquiry({ section: 'VISAS', category: 'VISA_EXTENSION', status: 'ACCEPTED' }));
  });

  const queue = (claims: Record<string, string>, query?: Record<string, string>) =>
    createQueue({ inquiries, clock })(apiEvent({ claims, query }), lambdaContext);

  it('when a reviewer of one section asks, they get its open inquiries, the soonest due first, the overdue marked', async () => {
    const result = bodyOf(await queue(reviewerOf('VISAS')));
    expect(result.section).toBe('VISAS');
    expect(result.items.map((i: { expectedResponseBy: string }) => i.expectedResponseBy)).toEqual([
      '2026-12-01T23:59:59.999+03:00',
      '2026-12-03T23:59:59.999+03:00',
    ]);
    expect(result.items.map((i: { overdue: boolean }) => i.overdue)).toEqual([true, false]);
  });

  it('when a reviewer of several sections does not name one, it is a 400 naming the parameter', async () => {
    const result = await queue(reviewerOf('VISAS,PASSPORTS'));
    expect(result.statusCode).toBe(400);
    expect(bodyOf(result).errors[0]).toMatchObject({ pointer: '/query/section', code: 'required' });
  });

  it('when a reviewer asks for a section that is not theirs, or a resident asks at all, it is 403', async () => {
    expect((await queue(reviewerOf('VISAS'), { section: 'PASSPORTS' })).statusCode).toBe(403);
    expect((await queue(RESIDENT_CLAIMS)).statusCode).toBe(403);
  });

  it('when a reviewer reads an inquiry of their section it is there; of another section, 404', async () => {
    const [visa] = bodyOf(await queue(reviewerOf('VISAS'))).items;
    const get = createGet({ inquiries, messages: new InMemoryMessageLog(), clock });
    expect(
      (
        await get(
          apiEvent({ claims: reviewerOf('VISAS'), pathParameters: { reference: visa.reference } }),
          lambdaContext,
        )
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await get(
          apiEvent({ claims: reviewerOf('PASSPORTS'), pathParameters: { reference: visa.reference } }),
          lambdaContext,
        )
      ).statusCode,
    ).toBe(404);
    expect(
      (await get(apiEvent({ claims: RESIDENT_CLAIMS, pathParameters: { reference: visa.reference } }), lambdaContext))
        .statusCode,
    ).toBe(403);
  });
});

describe('reviewer identity', () => {
  it.each(['reviewers', '[reviewers]', '[admins, reviewers]', 'admins,reviewers'])(
    'when cognito:groups reads %j, the caller is a reviewer',
    async (groups) => {
      const inquiries = new InMemoryInquiryRepository();
      const claims = { [CLAIMS.subject]: 'r', [CLAIMS.groups]: groups, [CLAIMS.sections]: 'VISAS' };
      const result = await createQueue({ inquiries, clock: () => new Date() })(apiEvent({ claims }), lambdaContext);
      expect(result.statusCode).toBe(200);
    },
  );

  it('when the groups do not include reviewers, a token without resident claims is refused', async () => {
    const inquiries = new InMemoryInquiryRepository();
    const claims = { [CLAIMS.subject]: 'r', [CLAIMS.groups]: '[reviewers-old]', [CLAIMS.sections]: 'VISAS' };
    expect(
      (await createQueue({ inquiries, clock: () => new Date() })(apiEvent({ claims }), lambdaContext)).statusCode,
    ).toBe(403);
  });
});
