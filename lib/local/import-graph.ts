import { build, type Metafile } from 'esbuild';

/**
 * The source files `entryPoints` load, each with the imports it makes, as esbuild resolves them
 * when bundling: `./x.js` is `./x.ts`, and type-only imports, erased at run time, do not count.
 * Packages are not followed (an import of one is listed, its files are not). Paths are relative
 * to `root`; nothing is written.
 */
export const importGraph = async (root: string, entryPoints: readonly string[]): Promise<Metafile['inputs']> => {
  const { metafile } = await build({
    absWorkingDir: root,
    entryPoints: [...entryPoints],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    // More than one entry point needs an output folder, even one that is never written.
    outdir: 'out',
    logLevel: 'silent',
  });
  return metafile.inputs;
};
