import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { PROJECT_ROOT } from '../../lib/aws/project-context.js';
import { freePort } from '../../lib/local/dynamodb-local.js';
import { daytimeStart } from './riyadh-time-of-day.js';

export interface RunningRuntime {
  url: string;
  process: ChildProcess;
  output: () => string;
}

/**
 * Starts `npm start`'s command as a user would, on a free port unless given, with its data in
 * `dataDir`, its clock (if the folder is new) in the Riyadh day unless `environment` says otherwise.
 */
export const startRuntimeProcess = async (
  dataDir: string,
  port?: number,
  environment: Record<string, string> = {},
): Promise<RunningRuntime> => {
  port ??= await freePort();
  // Node itself with tsx as its loader, not the tsx command: that relays a signal to its child and,
  // if the child has not answered within 60 ms (a busy machine), kills it and exits 130, so that
  // the runtime's own orderly stop on Ctrl-C would be untested.
  const child = spawn(process.execPath, ['--import', 'tsx', 'bin/local.ts'], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      TAWASUL_DATA_DIR: dataDir,
      TAWASUL_QUIET: '1',
      TAWASUL_CLOCK_START: daytimeStart(new Date()).toISOString(),
      ...environment,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 90_000;
  while (!output.includes('is running at')) {
    if (child.exitCode !== null) throw new Error(`The local runtime exited early:\n${output}`);
    if (Date.now() > deadline) throw new Error(`The local runtime did not start in time:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url: `http://127.0.0.1:${port}`, process: child, output: () => output };
};

/** Processes whose command line mentions `text` (e.g. DynamoDB Local's data folder). */
export const processesMentioning = (text: string): string[] => {
  try {
    return execFileSync('pgrep', ['-f', text], { encoding: 'utf8' }).trim().split('\n').filter(Boolean);
  } catch {
    return [];
  }
};

/** Presses Ctrl-C and waits for the runtime to exit. */
export const interrupt = async (runtime: RunningRuntime): Promise<number | null> => {
  if (runtime.process.exitCode !== null) return runtime.process.exitCode;
  const exited = once(runtime.process, 'exit');
  runtime.process.kill('SIGINT');
  const [code] = (await exited) as [number | null];
  return code;
};
