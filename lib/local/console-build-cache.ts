import { readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../aws/project-context.js';
import { buildConsole, type ConsoleBuild, type ConsoleManifest } from '../web/console-build.js';
import { consoleSourceDigest } from '../web/console-source-digest.js';
import type { CachedValue } from './synth-cache.js';

/** Kept with the installed packages, as the synth cache is: `npm ci` starts it afresh. */
export const CONSOLE_CACHE_DIR = join(PROJECT_ROOT, 'node_modules/.cache/tawasul-console');

export interface ConsoleCacheOptions {
  directory: string;
  /** What the build reads, digested: the same digest, the same build. */
  digest: string;
  build: (outDir: string) => Promise<ConsoleBuild>;
}

/** A build left whole in `outDir`, or undefined: a folder is only ever renamed into place once complete. */
const storedBuild = async (outDir: string): Promise<ConsoleBuild | undefined> => {
  try {
    const manifest = JSON.parse(await readFile(join(outDir, '.vite/manifest.json'), 'utf8')) as ConsoleManifest;
    await readFile(join(outDir, 'index.html'));
    return { outDir, manifest };
  } catch {
    return undefined;
  }
};

/**
 * The console built from its sources, from the cache when they have not changed since. A build is
 * made in a folder of its own and renamed to its digest once complete, so a start running at the
 * same moment sees a whole build or none; only the latest digest is kept. Another start's folder
 * under way is left alone (both may build the same sources at once, and the first to finish wins).
 */
export const cachedConsoleBuildIn = async (options: ConsoleCacheOptions): Promise<CachedValue<ConsoleBuild>> => {
  const outDir = join(options.directory, options.digest);
  const stored = await storedBuild(outDir);
  if (stored) return { value: stored, cached: true };
  const temporary = `${outDir}.${process.pid}.tmp`;
  let built: ConsoleBuild;
  try {
    built = await options.build(temporary);
  } catch (error) {
    await rm(temporary, { recursive: true, force: true });
    throw new Error(`The console could not be built: ${(error as Error).message}`, { cause: error });
  }
  const renamed = await rename(temporary, outDir).then(
    () => true,
    () => false,
  );
  if (!renamed) {
    // Another start stored the same build first; a folder that cannot be renamed is served where it is.
    const theirs = await storedBuild(outDir);
    if (!theirs) return { value: built, cached: false };
    await rm(temporary, { recursive: true, force: true });
    return { value: theirs, cached: false };
  }
  for (const entry of await readdir(options.directory)) {
    if (entry !== options.digest && !entry.endsWith('.tmp'))
      await rm(join(options.directory, entry), { recursive: true, force: true });
  }
  return { value: { ...built, outDir }, cached: false };
};

/** The project's console, built by Vite or read from the cache. */
export const cachedConsoleBuild = () =>
  cachedConsoleBuildIn({ directory: CONSOLE_CACHE_DIR, digest: consoleSourceDigest(), build: buildConsole });
