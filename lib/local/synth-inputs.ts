import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { importGraph } from './import-graph.js';

export interface SynthInputsOptions {
  root: string;
  /** The module whose import graph is the code a synth runs (paths relative to `root`). */
  entry: string;
  /** Files read other than by import: configuration, and the lock files that stand for node_modules. */
  files: readonly string[];
  /** Anything else a synth's result depends on: the Node version, the CDK_* variables. */
  environment: Readonly<Record<string, string | undefined>>;
}

export interface SynthInputs {
  /** A SHA-256 of every input's path and content: the same digest, the same synthesized templates. */
  digest: string;
  files: string[];
}

/**
 * What a synth reads, hashed. The source files are those `entry` imports, found by esbuild as the
 * loader finds them (`./x.js` is `./x.ts`; type-only imports, erased at run time, do not count);
 * packages are not followed, because the lock files stand for them. A file that does not exist is
 * an input too (its absence), so creating it changes the digest.
 */
export const synthInputs = async (options: SynthInputsOptions): Promise<SynthInputs> => {
  const sources = Object.keys(await importGraph(options.root, [options.entry]));
  const files = [...new Set([...sources, ...options.files])].sort();
  const hash = createHash('sha256');
  for (const file of files) {
    const content = await readFile(join(options.root, file)).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    hash.update(`${file}\0${content === null ? 'absent' : createHash('sha256').update(content).digest('hex')}\0`);
  }
  for (const name of Object.keys(options.environment).sort())
    hash.update(`${name}=${options.environment[name] ?? ''}\0`);
  return { digest: hash.digest('hex'), files };
};
