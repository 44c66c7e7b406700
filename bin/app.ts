import { buildApp } from '../lib/aws/app.js';

// aws-cdk-lib announces every function it bundles on stderr ("Bundling asset …/Code/Stage..."), and
// the CDK CLI relays an app's stderr as errors: 26 lines a synth that report no problem. Only those
// are dropped; anything else on stderr (esbuild's warnings and errors among it) passes unchanged.
const writeStderr = process.stderr.write.bind(process.stderr);
process.stderr.write = ((chunk: string | Uint8Array, ...rest: never[]) =>
  typeof chunk === 'string' && /^Bundling asset \S+\.\.\.\n$/.test(chunk)
    ? true
    : writeStderr(chunk, ...rest)) as typeof process.stderr.write;

buildApp();
