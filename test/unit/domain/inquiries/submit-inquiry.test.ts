import { describe, expect, it } from 'vitest';
import { generateReference, type Reference } from '../../../../functions/domain/inquiries/reference.js';
import { submitInquiry } from '../../../../functions/domain/inquiries/submit-inquiry.js';
import { ReferenceTaken } from '../../../../functions/domain/shared/errors.js';
import { submissionDeps } from '../../../support/submission-deps.js';

const resident = { id: 'resident-1', iqamaNumber: '2000000006', phone: '+966500000001', locale: 'ur' as const };
const request = { category: 'VISA_EXTENSION' as const, description: 'Please extend my visit visa.' };

const depsDrawing = (references: Reference[]) => ({
  ...submissionDeps(() => new Date('2026-11-22T06:00:00Z')),
  newReference: () => references.shift()!,
});

describe('submitting an inquiry', () => {
  it('when the drawn reference is taken, it draws another and stores the inquiry under it', async () => {
    // Prepare
    const [taken, fresh] = [generateReference(), generateReference()];
    const deps = depsDrawing([taken, fresh]);
    await deps.inquiries.create({ ...(await submitInquiry(depsDrawing([taken]), resident, request)).inquiry });
    // Act
    const { inquiry } = await submitInquiry(deps, resident, request);
    // Assess
    expect(inquiry.reference).toBe(fresh);
  });

  it('when every draw is taken, it gives up after three with the last ReferenceTaken', async () => {
    // Prepare
    const taken = generateReference();
    const deps = depsDrawing([taken, taken, taken, taken]);
    await deps.inquiries.create((await submitInquiry(depsDrawing([taken]), resident, request)).inquiry);
    // Act & Assess
    await expect(submitInquiry(deps, resident, request)).rejects.toBeInstanceOf(ReferenceTaken);
  });

  it('when submitted, it routes to the section of its category and keeps the contact from the token', async () => {
    const { inquiry } = await submitInquiry(depsDrawing([generateReference()]), resident, request);
    expect(inquiry).toMatchObject({
      section: 'VISAS',
      contact: { phone: '+966500000001', locale: 'ur' },
      residentId: 'resident-1',
    });
  });

  it('when submitted, its review starts under its reference — again on a replay, so that a failed start is repaired', async () => {
    // Prepare
    const reference = generateReference();
    const deps = depsDrawing([reference, generateReference()]);
    // Act
    await submitInquiry(deps, resident, request, 'key-1');
    await submitInquiry(deps, resident, request, 'key-1');
    // Assess
    expect(deps.workflow.started).toEqual([reference, reference]);
  });

  it('when the review cannot be started, the submission fails so that the client retries it', async () => {
    // Prepare
    const deps = {
      ...depsDrawing([generateReference()]),
      workflow: { start: async () => Promise.reject(new Error('throttled')) },
    };
    // Act & Assess
    await expect(submitInquiry(deps, resident, request, 'key-1')).rejects.toThrow('throttled');
  });
});
