import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { PROJECT_ROOT } from '../project-context.js';

/** lib/web/console-build.ts, which the build in a child process runs. */
const CONSOLE_BUILD_MODULE = fileURLToPath(new URL('../../web/console-build.ts', import.meta.url));

/**
 * Builds the console into `outDir` for CDK's local bundling, which waits for no promise: the build
 * (asynchronous, as Vite is) runs in a child Node with the project's TypeScript loader, and a failed
 * build fails the synth. On a Node that Vite does not run on it builds nothing and says so (false),
 * and CDK builds it in the node:24 container instead.
 */
export const buildConsoleInto = (outDir: string, nodeVersion: string = process.versions.node): boolean => {
  const [major = 0, minor = 0] = nodeVersion.split('.').map(Number);
  if (major < 22 || (major === 22 && minor < 12)) return false;
  execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--input-type=module',
      '--eval',
      'const [module, outDir] = process.argv.slice(-2); await (await import(module)).buildConsole(outDir);',
      CONSOLE_BUILD_MODULE,
      outDir,
    ],
    { cwd: PROJECT_ROOT, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  return true;
};
