import { describe, expect, it } from 'vitest';
import { latestReviewerNote } from '../../../../web/src/inquiries/reviewer-note.js';

describe('the reviewer’s note a resident reads', () => {
  it('when reviewers wrote several notes, the newest is shown, not the resident’s or the system’s', () => {
    const note = latestReviewerNote([
      { at: '2026-12-01T08:00:00Z', actor: 'reviewer', status: 'NEEDS_INFO', note: 'Send the passport copy.' },
      { at: '2026-12-01T09:00:00Z', actor: 'resident', status: 'UNDER_REVIEW', note: 'Here it is.' },
      { at: '2026-12-01T10:00:00Z', actor: 'reviewer', status: 'NEEDS_INFO', note: 'The copy is unreadable.' },
      { at: '2026-12-01T11:00:00Z', actor: 'system', event: 'ATTACHMENT_REJECTED', note: 'type-mismatch' },
    ]);
    expect(note).toBe('The copy is unreadable.');
  });

  it('when no reviewer wrote a note, there is none', () => {
    expect(
      latestReviewerNote([
        { at: '2026-12-01T08:00:00Z', actor: 'resident', status: 'SUBMITTED' },
        { at: '2026-12-01T09:00:00Z', actor: 'reviewer', status: 'ACCEPTED' },
      ]),
    ).toBeUndefined();
  });
});
