import { describe, expect, it } from 'vitest';
import { residentActions } from '../../../../web/src/inquiries/resident-actions.js';

const now = new Date('2026-12-01T09:00:00Z');
const none = { reply: false, appeal: false, rate: false };

describe('what a resident may do with their inquiry', () => {
  it('when the reviewer asked for information, the resident may reply and nothing else', () => {
    expect(residentActions({ status: 'NEEDS_INFO' }, now)).toEqual({ ...none, reply: true });
  });

  it('when it was rejected and the appeal window is open, the resident may appeal', () => {
    expect(residentActions({ status: 'REJECTED', appealDueBy: '2026-12-15T09:00:00Z' }, now)).toEqual({
      ...none,
      appeal: true,
    });
  });

  it('when the appeal window has passed, or the rejection was closed, no appeal is offered', () => {
    expect(residentActions({ status: 'REJECTED', appealDueBy: '2026-12-01T08:59:59Z' }, now).appeal).toBe(false);
    expect(
      residentActions(
        { status: 'REJECTED', appealDueBy: '2026-12-15T09:00:00Z', closedAt: '2026-11-30T00:00:00Z' },
        now,
      ).appeal,
    ).toBe(false);
  });

  it('when it is closed and not rated, the resident may rate it; once rated, not again', () => {
    const closed = { status: 'ACCEPTED', closedAt: '2026-11-30T00:00:00Z' } as const;
    expect(residentActions(closed, now)).toEqual({ ...none, rate: true });
    expect(residentActions({ ...closed, rating: { score: 4, at: '2026-11-30T01:00:00Z' } }, now)).toEqual(none);
  });

  it('when it is being reviewed, nothing is asked of the resident', () => {
    expect(residentActions({ status: 'UNDER_REVIEW' }, now)).toEqual(none);
    expect(residentActions({ status: 'APPEALED' }, now)).toEqual(none);
  });
});
