import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The context `cdk synth` reads from cdk.json. Code that builds the app itself (tests, the local
 * runtime, benchmarks) passes it in, so all of them see the same settings as a deployment.
 */
export const projectContext = (overrides: Record<string, unknown> = {}): Record<string, unknown> => {
  const cdkJson = JSON.parse(readFileSync(`${PROJECT_ROOT}cdk.json`, 'utf8')) as { context?: Record<string, unknown> };
  return { ...cdkJson.context, ...overrides };
};
