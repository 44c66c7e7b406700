import { describe, expect, it } from 'vitest';
import { isConsolePath } from '../../../../web/src/console/console-paths.js';

describe("the console's paths", () => {
  it.each([
    '/',
    '/callback',
    '/inquiries',
    '/inquiries/new',
    '/inquiries/TW-0000-0000-0000',
    '/documents',
    '/passport',
    '/preferences',
    '/review',
    '/review/inquiries/TW-0000-0000-0000',
    '/statistics',
    '/establishment/employees',
    '/establishment/employees/2000000006',
    '/establishment/inquiries',
    '/establishment/inquiries/new',
    '/establishment/inquiries/TW-0000-0000-0000',
    '/establishment/bulk',
    '/establishment/bulk/6f1d2c3b-0000-4000-8000-000000000000',
  ])('when %s is asked for, it is a page of the console', (path) => {
    // Act & Assess
    expect(isConsolePath(path)).toBe(true);
  });

  it.each([
    '/v1/inquiries',
    '/local/tokens',
    '/docs',
    '/health',
    '/openapi.json',
    '/inquiries/',
    '/inquiries/a/b',
    '/inquiries/..',
    '/inquiries/%2e%2e',
    '/review/inquiries',
    `/inquiries/${'A'.repeat(65)}`,
    '/__proto__',
    '/establishment',
    '/establishment/employees/',
    '/establishment/employees/2000000006/passport',
    '/v1/establishment/employees',
    '/establishment/inquiries/',
    '/establishment/inquiries/TW-0000-0000-0000/reply',
    '/v1/establishment/inquiries',
    '/establishment/bulk/',
    '/establishment/bulk/6f1d2c3b-0000-4000-8000-000000000000/report',
    '/v1/establishment/bulk-requests',
  ])('when %s is asked for, it is not', (path) => {
    // Act & Assess
    expect(isConsolePath(path)).toBe(false);
  });
});
