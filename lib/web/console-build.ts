import { join } from 'node:path';
import { PROJECT_ROOT } from '../aws/project-context.js';

/** The console's source: what `vite build` reads, beside the packages and the API contract's types. */
export const CONSOLE_ROOT = join(PROJECT_ROOT, 'web');

/** One chunk of Vite's manifest, as far as the console's tooling reads it. */
export interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

export type ConsoleManifest = Record<string, ManifestChunk>;

export interface ConsoleBuild {
  /** The folder holding index.html, config-free, and the hashed files under assets/. */
  outDir: string;
  manifest: ConsoleManifest;
}

/**
 * Builds the console from source into `outDir` (emptied first). Vite is imported here, not at the
 * top, so that loading the CDK app or the local runtime costs nothing when no build is needed.
 */
export const buildConsole = async (outDir: string): Promise<ConsoleBuild> => {
  const { build } = await import('vite');
  await build({ configFile: join(CONSOLE_ROOT, 'vite.config.ts'), build: { outDir } });
  const { readFile } = await import('node:fs/promises');
  const manifest = JSON.parse(await readFile(join(outDir, '.vite/manifest.json'), 'utf8')) as ConsoleManifest;
  return { outDir, manifest };
};

/**
 * The files a first visit loads before any page can be shown: the entry and what it imports
 * statically, with their style sheets. Pages loaded on demand (`lazy`) are not among them.
 */
export const firstLoadFiles = (manifest: ConsoleManifest): string[] => {
  const seen = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(chunk.file)) return;
    seen.add(chunk.file);
    for (const sheet of chunk.css ?? []) seen.add(sheet);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  return [...seen].sort();
};
