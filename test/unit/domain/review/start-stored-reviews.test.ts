import { describe, expect, it } from 'vitest';
import { generateReference, type Reference } from '../../../../functions/domain/inquiries/reference.js';
import type { ReviewStart, ReviewStarter } from '../../../../functions/domain/review/ports.js';
import { type StoredInquiry, startStoredReviews } from '../../../../functions/domain/review/start-stored-reviews.js';
import { ReviewStartFailed } from '../../../../functions/domain/shared/errors.js';

/** A starter that answers each reference as scripted (started by default) and records what it was asked. */
const scriptedStarter = (script: Map<Reference, ReviewStart | Error> = new Map()) => {
  const asked: Reference[] = [];
  const starter: ReviewStarter = {
    start: async (reference) => {
      asked.push(reference);
      const answer = script.get(reference) ?? 'started';
      if (answer instanceof Error) throw answer;
      return answer;
    },
  };
  return { starter, asked };
};

const stored = (count: number): StoredInquiry[] =>
  Array.from({ length: count }, (_, i) => ({ position: String(100 + i), reference: generateReference() }));

describe('starting the reviews of stored inquiries', () => {
  it('when every start succeeds, each inquiry is started once, in order, and repeats are counted apart', async () => {
    // Prepare
    const inquiries = stored(4) as { position: string; reference: Reference }[];
    const { starter, asked } = scriptedStarter(new Map([[inquiries[2]!.reference, 'alreadyStarted' as const]]));
    // Act
    const starts = await startStoredReviews(starter, inquiries);
    // Assess
    expect(asked).toEqual(inquiries.map((inquiry) => inquiry.reference));
    expect(starts).toEqual({ started: 3, alreadyStarted: 1 });
  });

  it('when a start fails, the batch stops there: its position is reported, nothing after it is started', async () => {
    // Prepare
    const inquiries = stored(5) as { position: string; reference: Reference }[];
    const error = new ReviewStartFailed('throttled');
    const { starter, asked } = scriptedStarter(new Map([[inquiries[2]!.reference, error]]));
    // Act
    const starts = await startStoredReviews(starter, inquiries);
    // Assess
    expect(asked).toEqual(inquiries.slice(0, 3).map((inquiry) => inquiry.reference));
    expect(starts).toEqual({ started: 2, alreadyStarted: 0, failure: { position: '102', error } });
  });

  it('when a record cannot be read, the batch stops at it as at a failed start', async () => {
    // Prepare
    const [first, , third] = stored(3) as { position: string; reference: Reference }[];
    const unreadable = new Error('no reference');
    const { starter, asked } = scriptedStarter();
    // Act
    const starts = await startStoredReviews(starter, [first!, { position: '101', unreadable }, third!]);
    // Assess
    expect(asked).toEqual([first!.reference]);
    expect(starts).toEqual({ started: 1, alreadyStarted: 0, failure: { position: '101', error: unreadable } });
  });

  it('when the batch holds no new inquiry, nothing is started and nothing fails', async () => {
    const { starter, asked } = scriptedStarter();
    expect(await startStoredReviews(starter, [])).toEqual({ started: 0, alreadyStarted: 0 });
    expect(asked).toEqual([]);
  });
});
