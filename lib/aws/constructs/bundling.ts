/**
 * How every function is bundled. The CDK function construct and the benchmarks both read this,
 * so the sizes and start-up times measured are those of what is deployed.
 */
export const FUNCTION_BUNDLING = {
  format: 'esm',
  minify: true,
  sourceMap: true,
  target: 'node24',
  mainFields: ['module', 'main'],
  // The SDK is bundled rather than taken from the runtime: the version we test is the one we run.
  externalModules: [] as string[],
  // Some dependencies still call require(); ESM output needs it defined.
  banner: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);",
} as const;
