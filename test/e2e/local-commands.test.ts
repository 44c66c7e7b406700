import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../lib/local/dynamodb-local.js';
import { runLocalCommand } from '../support/local-command.js';

/** `npm run import` and `npm run upload` as a user runs them, here with no local runtime listening. */
describe('the local command-line helpers, when they cannot do their work', () => {
  let dir: string;
  let port: number;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tawasul-local-commands-'));
    port = await freePort();
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = (script: string, args: string[], env: Record<string, string> = {}) =>
    runLocalCommand(script, args, { PORT: String(port), ...env });

  it.each([
    {
      situation: 'a file that does not exist',
      script: 'bin/import.ts',
      args: (dir: string) => [join(dir, 'nowhere.jsonl')],
      expected: /^Cannot read .*nowhere\.jsonl: no such file$/,
    },
    {
      situation: 'a folder',
      script: 'bin/import.ts',
      args: (dir: string) => [dir],
      expected: /^Cannot read .*: it is a folder$/,
    },
    {
      situation: 'no runtime on PORT',
      script: 'bin/import.ts',
      args: (dir: string) => [join(dir, 'register.jsonl')],
      expected: /^Nothing answers at http:\/\/127\.0\.0\.1:\d+: start the local runtime with `npm start`/,
    },
    {
      situation: 'no file named',
      script: 'bin/import.ts',
      args: () => [],
      expected: /^Usage: npm run import -- FILE\.jsonl/,
    },
    {
      situation: 'an upload without TOKEN',
      script: 'bin/upload.ts',
      args: (dir: string) => ['TW-0000-0000-0000', join(dir, 'copy.pdf')],
      token: '',
      expected: /^Set TOKEN to the token of the inquiry’s owner/,
    },
    {
      situation: 'an upload of a kind that cannot be attached',
      script: 'bin/upload.ts',
      args: (dir: string) => ['TW-0000-0000-0000', join(dir, 'notes.txt')],
      expected: /notes\.txt: only \.pdf, \.jpg, \.jpeg and \.png files can be attached$/,
    },
    {
      situation: 'an upload with no runtime on PORT',
      script: 'bin/upload.ts',
      args: (dir: string) => ['TW-0000-0000-0000', join(dir, 'copy.pdf')],
      expected: /^Nothing answers at http:\/\/127\.0\.0\.1:\d+/,
    },
    {
      situation: 'a bulk file without a kind',
      script: 'bin/bulk.ts',
      args: (dir: string) => [join(dir, 'renewals.csv')],
      expected: /^Usage: TOKEN=… npm run bulk -- PASSPORT_UPDATES\|INQUIRIES FILE\.csv\|FILE\.jsonl/,
    },
    {
      situation: 'a bulk file without TOKEN',
      script: 'bin/bulk.ts',
      args: (dir: string) => ['PASSPORT_UPDATES', join(dir, 'renewals.csv')],
      token: '',
      expected: /^Set TOKEN to an establishment staff member’s token$/,
    },
    {
      situation: 'a bulk file of another kind of file',
      script: 'bin/bulk.ts',
      args: (dir: string) => ['INQUIRIES', join(dir, 'copy.pdf')],
      expected: /copy\.pdf: only \.csv and \.jsonl files are taken$/,
    },
    {
      situation: 'a bulk file with no runtime on PORT',
      script: 'bin/bulk.ts',
      args: (dir: string) => ['PASSPORT_UPDATES', join(dir, 'renewals.csv')],
      expected: /^Nothing answers at http:\/\/127\.0\.0\.1:\d+/,
    },
  ])(
    'when given $situation, it ends with one line on stderr and a failing exit code, never a stack trace',
    async ({ script, args, token = 'any-token', expected }) => {
      // Prepare
      writeFileSync(join(dir, 'register.jsonl'), '{}\n');
      writeFileSync(join(dir, 'copy.pdf'), '%PDF-1.4\n%%EOF\n');
      writeFileSync(join(dir, 'renewals.csv'), 'iqamaNumber,passportNumber,issueDate,expiryDate\n');
      // Act
      const { code, stdout, stderr } = await run(script, args(dir), { TOKEN: token });
      // Assess
      expect(code).toBeGreaterThan(0);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(expected)]);
    },
  );
});
