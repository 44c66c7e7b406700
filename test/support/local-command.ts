import { execFile } from 'node:child_process';
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
