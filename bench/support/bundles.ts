import { statSync } from 'node:fs';
import { join } from 'node:path';
import { type BuildOptions, build } from 'esbuild';
import { FUNCTION_BUNDLING } from '../../lib/aws/constructs/bundling.js';
import { PROJECT_ROOT } from '../../lib/aws/project-context.js';
import { SDK_PACKAGES } from '../baselines/baseline-entry.js';

/** A bundle on disk: its size, and the SDK packages it carries (for its baseline to carry the same). */
export interface Bundle {
  file: string;
  bytes: number;
  sdkPackages: Set<string>;
}

/** The options every function is deployed with (FUNCTION_BUNDLING); a baseline is built with the same. */
const deployed = (outfile: string): BuildOptions => ({
  outfile,
  bundle: true,
  platform: 'node',
  format: FUNCTION_BUNDLING.format,
  minify: FUNCTION_BUNDLING.minify,
  target: FUNCTION_BUNDLING.target,
  mainFields: [...FUNCTION_BUNDLING.mainFields],
  external: FUNCTION_BUNDLING.externalModules,
  banner: { js: FUNCTION_BUNDLING.banner },
  logLevel: 'error',
  metafile: true,
});

const sdkPackagesOf = (inputs: Record<string, unknown>) =>
  new Set(SDK_PACKAGES.filter((pkg) => Object.keys(inputs).some((path) => path.includes(`node_modules/${pkg}/`))));

const built = async (options: BuildOptions): Promise<Bundle> => {
  const { metafile } = await build(options);
  const file = options.outfile!;
  return { file, bytes: statSync(file).size, sdkPackages: sdkPackagesOf(metafile!.inputs) };
};

export const bundleFunction = (entry: string, outfile: string) =>
  built({ ...deployed(outfile), entryPoints: [join(PROJECT_ROOT, entry)] });

/** A baseline from its generated source; it resolves the SDK from the project, as the functions do. */
export const bundleSource = (source: string, outfile: string) =>
  built({
    ...deployed(outfile),
    stdin: { contents: source, resolveDir: PROJECT_ROOT, sourcefile: 'baseline.ts', loader: 'ts' },
  });
