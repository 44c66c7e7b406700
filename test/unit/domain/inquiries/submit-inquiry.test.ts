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

  it('when submitted, with the review workflow down, the inquiry is stored and answered: the submission starts nothing, the stream does', async () => {
    // Prepare
    const reference = generateReference();
    const deps = depsDrawing([reference]);
    // Act
    const { inquiry, replayed } = await submitInquiry(deps, resident, request, 'key-1');
    // Assess
    expect({ reference: inquiry.reference, status: inquiry.status, replayed }).toEqual({
      reference,
      status: 'SUBMITTED',
      replayed: false,
    });
    expect(await deps.inquiries.findForResident(resident, reference)).toMatchObject({ status: 'SUBMITTED' });
    expect(deps.workflow.started).toEqual([]);
  });
});
