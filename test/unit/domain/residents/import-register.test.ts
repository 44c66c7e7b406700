import { describe, expect, it } from 'vitest';
import { importRegister } from '../../../../functions/domain/residents/import-register.js';
import type { RegisterLine } from '../../../../functions/domain/residents/register-record.js';
import { InMemoryDocumentRegister } from '../../../support/in-memory-reminders.js';

async function* entries(count: number, invalidEvery = 0): AsyncIterable<RegisterLine> {
  for (let line = 1; line <= count; line++) {
    yield invalidEvery && line % invalidEvery === 0
      ? { line, issues: [{ pointer: '/expiresOn', code: 'invalid_date' }] }
      : {
          line,
          record: {
            iqamaNumber: '2000000006',
            holder: { kind: 'RESIDENT' },
            type: 'WORK_VISA',
            number: `W${line}`,
            expiresOn: '2027-01-01',
          },
        };
  }
}

describe('importing the register', () => {
  it('when lines are written in parallel, every line is counted once and rejections are reported in line order', async () => {
    // Prepare
    const register = new InMemoryDocumentRegister();
    // Act
    const report = await importRegister(register, entries(100, 7));
    // Assess
    expect(report).toMatchObject({ lines: 100, created: 86, updated: 0, unchanged: 0 });
    expect(report.rejected.map((rejected) => rejected.line)).toEqual([
      7, 14, 21, 28, 35, 42, 49, 56, 63, 70, 77, 84, 91, 98,
    ]);
    expect(new Set(register.upserted.map((document) => document.number)).size).toBe(86);
  });

  it('when a file is longer than allowed, it is imported up to the limit and the rest is reported, not silently dropped', async () => {
    // Prepare
    const register = new InMemoryDocumentRegister();
    // Act
    const report = await importRegister(register, entries(60), { maxLines: 50 });
    // Assess
    expect(report).toMatchObject({ lines: 50, created: 50 });
    expect(report.rejected).toEqual([{ line: 51, errors: [{ field: '', code: 'file_too_long' }] }]);
  });

  it('when a file holds exactly the limit, nothing is reported missing', async () => {
    const report = await importRegister(new InMemoryDocumentRegister(), entries(50), { maxLines: 50 });
    expect(report).toMatchObject({ lines: 50, created: 50, rejected: [] });
  });
});
