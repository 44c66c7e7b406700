import { describe, expect, it } from 'vitest';
import { CATEGORY_CODES, sectionOf } from '../../../../functions/domain/inquiries/categories.js';
import type { ProcessingTimes } from '../../../../functions/domain/stats/processing-times.js';
import { createHandler } from '../../../../functions/handlers/inquiries/submit-inquiry.js';
import { bodyOf, jsonEvent, lambdaContext } from '../../../support/api-events.js';
import { InMemoryProcessingTimes } from '../../../support/in-memory-processing-times.js';
import { submissionDeps } from '../../../support/submission-deps.js';

const PUBLISHED: ProcessingTimes = {
  computedAt: '2026-11-21T23:30:00.000Z',
  window: { from: '2026-05-25', to: '2026-11-21' },
  requestTypes: CATEGORY_CODES.map((category) =>
    category === 'GENERAL_INQUIRY'
      ? { category, section: 'GENERAL', basedOn: 45, withinWorkingDays: { atMost: 2 } }
      : { category, section: sectionOf(category), basedOn: 0, insufficientData: true },
  ),
};

const submitting = (times: ProcessingTimes | undefined, category = 'GENERAL_INQUIRY') =>
  createHandler({
    ...submissionDeps(() => new Date('2026-11-22T06:00:00Z')),
    processingTimes: new InMemoryProcessingTimes(times),
  })(jsonEvent({ category, description: 'When will my exit and re-entry visa be issued?' }), lambdaContext);

describe('submitting an inquiry, with the published processing times', () => {
  it('when its type has a figure, the answer shows typicalResponseBy beside expectedResponseBy', async () => {
    // Act
    const result = await submitting(PUBLISHED);
    // Assess
    expect(result.statusCode).toBe(201);
    expect(bodyOf(result)).toMatchObject({
      expectedResponseBy: '2026-12-01T23:59:59.999+03:00',
      typicalResponseBy: '2026-11-24T23:59:59.999+03:00',
    });
  });

  it('when its type has too few decisions, the answer has no typicalResponseBy', async () => {
    // Act
    const result = await submitting(PUBLISHED, 'VISA_EXTENSION');
    // Assess
    expect(result.statusCode).toBe(201);
    expect(bodyOf(result)).not.toHaveProperty('typicalResponseBy');
  });

  it('when nothing was published yet, the inquiry is filed as before, without typicalResponseBy', async () => {
    // Act
    const result = await submitting(undefined);
    // Assess
    expect(result.statusCode).toBe(201);
    expect(bodyOf(result)).not.toHaveProperty('typicalResponseBy');
    expect(bodyOf(result).expectedResponseBy).toBe('2026-12-01T23:59:59.999+03:00');
  });
});
