import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PROJECT_ROOT } from '../aws/project-context.js';

/**
 * What a build of the console reads besides web/: the API contract it is typed and written against,
 * and the lock files that stand for the packages Vite bundles.
 */
const CONSOLE_INPUT_FOLDERS = ['web', 'functions/contract'] as const;
const CONSOLE_INPUT_FILES = ['package.json', 'package-lock.json', 'node_modules/.package-lock.json'] as const;

const filesUnder = (root: string, folder: string): string[] =>
  readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));

const readIfPresent = (file: string): Buffer | null => {
  try {
    return readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
};

/**
 * A SHA-256 of every file a console build reads, with its path, and of the Node version: the same
 * digest, the same build. The local runtime keys its cached build by it, and the CDK app names the
 * console's asset by it, so both agree on when the console changed. Synchronous, because a CDK
 * construct names its asset while it is built.
 */
export const consoleSourceDigest = (root: string = PROJECT_ROOT): string => {
  const folders = CONSOLE_INPUT_FOLDERS.map((folder) => filesUnder(root, folder));
  const files = [...new Set([...folders.flat(), ...CONSOLE_INPUT_FILES])].sort();
  const hash = createHash('sha256').update(`node=${process.version}\0`);
  for (const file of files) {
    const content = readIfPresent(join(root, file));
    hash.update(`${file}\0${content === null ? 'absent' : createHash('sha256').update(content).digest('hex')}\0`);
  }
  return hash.digest('hex');
};
