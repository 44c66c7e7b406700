import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../../lib/aws/project-context.js';

export interface CommandOutcome {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs one of bin/'s command-line helpers as its npm script does (tsx, from the project root),
 * with `env` over this process's environment. A command that fails is an outcome too: its exit
 * code and what it wrote are what the tests read.
 */
export const runLocalCommand = (
  script: string,
  args: readonly string[],
  env: Record<string, string>,
): Promise<CommandOutcome> =>
  promisify(execFile)(join(PROJECT_ROOT, 'node_modules/.bin/tsx'), [script, ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...env },
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: CommandOutcome) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );

/**
 * Imports register records into the local runtime at `runtimeUrl` as the register would deliver
 * them — a JSON Lines file in `dir`, through `npm run import` — and answers its report line.
 * @throws when the import fails
 */
export const importRegisterRecords = async (
  runtimeUrl: string,
  dir: string,
  records: readonly Record<string, unknown>[],
): Promise<string> => {
  const file = join(dir, `register-${randomUUID()}.jsonl`);
  writeFileSync(file, records.map((record) => JSON.stringify(record)).join('\n'));
  const outcome = await runLocalCommand('bin/import.ts', [file], { PORT: new URL(runtimeUrl).port });
  if (outcome.code !== 0) throw new Error(`The import of ${file} failed: ${outcome.stderr}`);
  return outcome.stdout;
};
