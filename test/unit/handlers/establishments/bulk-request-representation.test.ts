import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { BulkReport, BulkRequest } from '../../../../functions/domain/establishments/bulk-request.js';
import {
  BulkReportSchema,
  bulkReportView,
  MAX_ERRORS_LISTED,
} from '../../../../functions/handlers/establishments/bulk-request-representation.js';

const request: BulkRequest = {
  bulkRequestId: '00000000-0000-4000-8000-000000000001',
  establishmentId: '7001234567',
  kind: 'INQUIRIES',
  fileName: 'employees.csv',
  contentType: 'text/csv',
  size: 100,
  status: 'PROCESSING',
  requestedBy: { staffId: 'staff-1', locale: 'ar' },
  createdAt: '2026-11-25T06:00:00.000Z',
  uploadExpiresAt: '2026-11-25T06:15:00.000Z',
  lines: 3000,
  chunksDone: 12,
  processed: 2999,
  succeeded: 2249,
  failed: 750,
  repeated: 0,
};
const report = (errors: number, status: BulkRequest['status'] = 'PROCESSING'): BulkReport => ({
  request: { ...request, status },
  errors: Array.from({ length: errors }, (_, n) => ({
    line: n + 2,
    issues: [
      { pointer: '/iqamaNumber', code: 'not_an_employee' },
      { pointer: '/description', code: 'too_short', params: { minimum: 10 } },
    ],
  })),
  results: [],
});

describe('a bulk report as answered', () => {
  it('when lines are refused several ways each, every field is listed with its reason in the caller’s language, up to the limit, and the rest counted', () => {
    // Act
    const view = bulkReportView(report(750), 'ar');
    // Assess
    expect(view.errors).toHaveLength(MAX_ERRORS_LISTED);
    expect(view.errorsNotListed).toBe(1500 - MAX_ERRORS_LISTED);
    expect(view.errors[0]).toEqual({
      line: 2,
      field: 'iqamaNumber',
      code: 'not_an_employee',
      detail: 'لا يوجد موظف لدى منشأتك بهذا الرقم.',
    });
    expect(view.errors[1]).toMatchObject({ line: 2, field: 'description', code: 'too_short' });
    expect(v.is(BulkReportSchema, view)).toBe(true);
  });

  it('when few fields are refused, all are listed and nothing is said of more', () => {
    // Act
    const view = bulkReportView(report(3), 'en');
    // Assess
    expect(view.errors).toHaveLength(6);
    expect(view).not.toHaveProperty('errorsNotListed');
  });

  it('when a request runs, its progress never reads 100 before it is DONE, and reads 0 before its lines are known', () => {
    // Act
    const running = bulkReportView(report(0), 'en');
    const done = bulkReportView(report(0, 'DONE'), 'en');
    const pending = bulkReportView(
      { ...report(0, 'PENDING'), request: { ...request, status: 'PENDING', lines: undefined, processed: 0 } },
      'en',
    );
    // Assess
    expect([running.progress, done.progress, pending.progress]).toEqual([99, 100, 0]);
  });
});
