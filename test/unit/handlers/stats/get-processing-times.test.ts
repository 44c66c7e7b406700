import { describe, expect, it } from 'vitest';
import { CATEGORY_CODES, sectionOf } from '../../../../functions/domain/inquiries/categories.js';
import type { ProcessingTimes } from '../../../../functions/domain/stats/processing-times.js';
import { createHandler } from '../../../../functions/handlers/stats/get-processing-times.js';
import { apiEvent, bodyOf, lambdaContext } from '../../../support/api-events.js';
import { InMemoryProcessingTimes } from '../../../support/in-memory-processing-times.js';

const PUBLISHED: ProcessingTimes = {
  computedAt: '2026-11-30T23:30:00.000Z',
  window: { from: '2026-06-04', to: '2026-11-30' },
  requestTypes: CATEGORY_CODES.map((category) =>
    category === 'VISA_EXTENSION'
      ? { category, section: 'VISAS', basedOn: 120, withinWorkingDays: { atMost: 3 } }
      : { category, section: sectionOf(category), basedOn: 4, insufficientData: true },
  ),
};

/** A request with no token at all, as anyone may send it. */
const anonymous = (language = 'en') => apiEvent({ claims: null, headers: { 'Accept-Language': language } });

describe('reading the published processing times', () => {
  it('when anyone asks without a token, it answers every request type with its figure, shareable by caches for an hour', async () => {
    // Prepare
    const handler = createHandler({ processingTimes: new InMemoryProcessingTimes(PUBLISHED) });
    // Act
    const result = await handler(anonymous(), lambdaContext);
    // Assess
    expect(result.statusCode).toBe(200);
    expect(result.headers?.['cache-control']).toBe('public, max-age=3600');
    const body = bodyOf(result);
    expect(body).toMatchObject({
      computedAt: PUBLISHED.computedAt,
      window: PUBLISHED.window,
      percent: 80,
      minimumDecisions: 30,
    });
    expect(body.requestTypes).toHaveLength(CATEGORY_CODES.length);
    expect(body.requestTypes).toContainEqual({
      category: 'VISA_EXTENSION',
      categoryName: 'Visa extension',
      section: 'VISAS',
      sectionName: 'Visas',
      basedOn: 120,
      withinWorkingDays: { atMost: 3 },
    });
  });

  it('when a type had too few decisions, it says so with the count, and no number', async () => {
    // Prepare
    const handler = createHandler({ processingTimes: new InMemoryProcessingTimes(PUBLISHED) });
    // Act
    const body = bodyOf(await handler(anonymous(), lambdaContext));
    // Assess
    const general = body.requestTypes.find((type: { category: string }) => type.category === 'GENERAL_INQUIRY');
    expect(general).toEqual({
      category: 'GENERAL_INQUIRY',
      categoryName: 'General inquiry',
      section: 'GENERAL',
      sectionName: 'General inquiries',
      basedOn: 4,
      insufficientData: true,
    });
  });

  it('when asked in Arabic, the names are in Arabic', async () => {
    // Prepare
    const handler = createHandler({ processingTimes: new InMemoryProcessingTimes(PUBLISHED) });
    // Act
    const result = await handler(anonymous('ar'), lambdaContext);
    // Assess
    expect(result.headers?.['content-language']).toBe('ar');
    expect(bodyOf(result).requestTypes).toContainEqual(
      expect.objectContaining({ category: 'VISA_EXTENSION', categoryName: 'تمديد التأشيرة', sectionName: 'التأشيرات' }),
    );
  });

  it('when nothing was published yet, it answers 200 saying there are no figures yet, not a failure', async () => {
    // Prepare
    const handler = createHandler({ processingTimes: new InMemoryProcessingTimes() });
    // Act
    const result = await handler(anonymous(), lambdaContext);
    // Assess
    expect(result.statusCode).toBe(200);
    expect(bodyOf(result)).toEqual({
      computedAt: null,
      window: null,
      percent: 80,
      minimumDecisions: 30,
      requestTypes: [],
    });
  });

  it('when the snapshot cannot be read, it answers a problem that no cache keeps', async () => {
    // Prepare
    const handler = createHandler({
      processingTimes: { latest: () => Promise.reject(new Error('table unavailable')) },
    });
    // Act
    const result = await handler(anonymous(), lambdaContext);
    // Assess
    expect(result.statusCode).toBe(500);
    expect(result.headers?.['cache-control']).toBe('no-store');
  });
});
