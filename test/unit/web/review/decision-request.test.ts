import { describe, expect, it } from 'vitest';
import { decisionBody, decisionsOpenTo, documentErrorsByRow } from '../../../../web/src/review/decision-request.js';

describe('the decision as the API takes it', () => {
  it('when information is asked for, the filled document rows are sent in order and blank rows dropped', () => {
    // Act
    const body = decisionBody({
      decision: 'REQUEST_INFO',
      note: 'Please send both copies.',
      internalNote: '  ',
      documents: ['Passport copy', '', '  ', 'Visa copy'],
    });
    // Assess
    expect(body).toEqual({
      decision: 'REQUEST_INFO',
      note: 'Please send both copies.',
      requestedDocuments: ['Passport copy', 'Visa copy'],
    });
  });

  it('when a request is accepted without a note, no empty note is sent, and documents never go with it', () => {
    // Act
    const body = decisionBody({ decision: 'ACCEPT', note: ' ', internalNote: 'checked', documents: ['Passport'] });
    // Assess
    expect(body).toEqual({ decision: 'ACCEPT', internalNote: 'checked' });
  });

  it('when a rejection has no note yet, the blank note is still sent, for the API to say beside the field what is missing', () => {
    // Act
    const body = decisionBody({ decision: 'REJECT', note: '', internalNote: '', documents: [''] });
    // Assess
    expect(body).toEqual({ decision: 'REJECT', note: '' });
  });

  it('when the API refuses a document, its error lands on the row the reviewer filled, counting only filled rows', () => {
    // Prepare
    const errors = new Map([['requestedDocuments.1', 'Too long']]);
    // Act
    const byRow = documentErrorsByRow(['Passport', '', 'x'.repeat(201)], errors);
    // Assess
    expect([...byRow]).toEqual([[2, 'Too long']]);
  });
});

describe('the second-reviewer rule', () => {
  it('when an inquiry is under review, any reviewer has all three decisions', () => {
    expect(decisionsOpenTo({ status: 'UNDER_REVIEW' }, 'reviewer-1')).toEqual(['ACCEPT', 'REJECT', 'REQUEST_INFO']);
  });

  it('when an appeal is open, another reviewer may only accept or reject, and the one who rejected may not decide at all', () => {
    // Prepare
    const appeal = { status: 'APPEALED' as const, rejectedBy: 'reviewer-1' };
    // Assess
    expect(decisionsOpenTo(appeal, 'reviewer-2')).toEqual(['ACCEPT', 'REJECT']);
    expect(decisionsOpenTo(appeal, 'reviewer-1')).toEqual([]);
    expect(decisionsOpenTo(appeal, undefined)).toEqual([]);
  });

  it('when an inquiry waits for the resident or is decided, nobody decides it', () => {
    for (const status of ['SUBMITTED', 'NEEDS_INFO', 'ACCEPTED', 'REJECTED', 'CLOSED'] as const)
      expect(decisionsOpenTo({ status }, 'reviewer-2')).toEqual([]);
  });
});
