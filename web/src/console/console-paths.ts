/**
 * The console's pages, as the address bar shows them: each one survives a reload and can be shared.
 * The local server and CloudFront answer these with the console's page; the console's router reads
 * the same list. `:name` stands for one path segment.
 */
export const CONSOLE_PATHS = [
  '/',
  '/callback',
  '/inquiries',
  '/inquiries/new',
  '/inquiries/:reference',
  '/documents',
  '/passport',
  '/preferences',
  '/review',
  '/review/inquiries/:reference',
  '/statistics',
  '/establishment/employees',
  '/establishment/employees/:iqamaNumber',
  '/establishment/inquiries',
  '/establishment/inquiries/new',
  '/establishment/inquiries/:reference',
  '/establishment/bulk',
  '/establishment/bulk/:bulkRequestId',
] as const;

export type ConsolePath = (typeof CONSOLE_PATHS)[number];

const SEGMENT = /^[A-Za-z0-9_-]{1,64}$/;

/** Whether `path` (without query) is one of the console's pages. */
export const isConsolePath = (path: string): boolean => {
  const parts = path.split('/');
  return CONSOLE_PATHS.some((pattern) => {
    const expected = pattern.split('/');
    return (
      expected.length === parts.length &&
      expected.every((part, index) => (part.startsWith(':') ? SEGMENT.test(parts[index] ?? '') : part === parts[index]))
    );
  });
};
