import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../aws/project-context.js';
import { consoleSourceDigest } from '../web/console-source-digest.js';
import { type SynthInputsOptions, synthInputs } from './synth-inputs.js';
import type { SynthesizedSystem } from './synthesized-templates.js';

/** Kept with the installed packages: `npm ci` starts it afresh, resetting local data does not. */
export const SYNTH_CACHE_DIR = join(PROJECT_ROOT, 'node_modules/.cache/tawasul-synth');

/**
 * Besides the source files the synth imports: cdk.json (its context, read by projectContext),
 * the TypeScript settings the loader applies, and the lock files for everything under node_modules.
 * A file that lib/ comes to read from disk belongs here too (a unit test keeps watch).
 */
export const SYNTH_INPUT_FILES = [
  'cdk.json',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
  'node_modules/.package-lock.json',
] as const;
export const SYNTH_ENTRY = 'lib/local/synthesized-templates.ts';

export interface CachedValue<T> {
  value: T;
  /** True when read from the cache, false when just made (and stored). */
  cached: boolean;
}

const store = async (directory: string, key: string, value: unknown) => {
  await mkdir(directory, { recursive: true });
  const file = join(directory, `${key}.json`);
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify({ key, value }));
  await rename(temporary, file);
  for (const entry of await readdir(directory)) {
    if (entry !== `${key}.json`) await rm(join(directory, entry), { force: true });
  }
};

/**
 * Returns the value stored under `key`, or makes it and stores it in place of any other: only the
 * latest key is kept, so the folder does not grow. Written to a temporary file and renamed, so a
 * start running at the same moment reads a whole entry or none; an unreadable entry is remade.
 */
const cached = async <T>(options: {
  directory: string;
  key: string;
  make: () => Promise<T>;
  isValid: (value: unknown) => value is T;
}): Promise<CachedValue<T>> => {
  const file = join(options.directory, `${options.key}.json`);
  const stored = await readFile(file, 'utf8')
    .then((text) => JSON.parse(text) as { key?: unknown; value?: unknown } | null)
    .catch(() => undefined);
  if (stored?.key === options.key && options.isValid(stored.value)) return { value: stored.value, cached: true };
  const value = await options.make();
  // Storing is a saving, not a need: a read-only folder only means making it again next time.
  await store(options.directory, options.key, value).catch(() => undefined);
  return { value, cached: false };
};

const isSystem = (value: unknown): value is SynthesizedSystem => {
  const system = value as Partial<SynthesizedSystem> | null;
  return (
    typeof system?.serviceStackName === 'string' &&
    typeof system.dataTemplate?.Resources === 'object' &&
    typeof system.serviceTemplate?.Resources === 'object'
  );
};

export interface SynthCacheOptions extends Omit<SynthInputsOptions, 'environment'> {
  directory: string;
  /**
   * Digests of what the synth reads whole from disk besides `files`, by name: the console's
   * sources, whose digest names the console's asset in the template.
   */
  digests?: Readonly<Record<string, string>>;
  synthesize: () => Promise<SynthesizedSystem>;
}

/**
 * The synthesized system, read from the cache when nothing the synth reads has changed since it
 * was stored (the Node version and CDK_* variables included), else synthesized and stored.
 */
export const cachedSynthesis = async (options: SynthCacheOptions): Promise<CachedValue<SynthesizedSystem>> => {
  const environment = Object.fromEntries([
    ['node', process.version],
    ...Object.entries(process.env).filter(([name]) => name.startsWith('CDK_')),
    ...Object.entries(options.digests ?? {}).map(([name, digest]) => [`digest:${name}`, digest]),
  ]);
  // If the inputs cannot be traced, the synth runs uncached and reports whatever is wrong itself.
  const inputs = await synthInputs({
    root: options.root,
    entry: options.entry,
    files: options.files,
    environment,
  }).catch(() => undefined);
  if (!inputs) return { value: await options.synthesize(), cached: false };
  return cached({ directory: options.directory, key: inputs.digest, make: options.synthesize, isValid: isSystem });
};

/**
 * The project's synthesized system (cdk-nag packs included when it is synthesized), cached. The
 * CDK is imported only for a synth: loading it is a good part of a synth's time.
 */
export const cachedSystem = () =>
  cachedSynthesis({
    directory: SYNTH_CACHE_DIR,
    root: PROJECT_ROOT,
    entry: SYNTH_ENTRY,
    files: SYNTH_INPUT_FILES,
    digests: { console: consoleSourceDigest() },
    synthesize: async () => (await import('./synthesized-templates.js')).synthesizeSystem(),
  });
