import { fork } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../lib/aws/project-context.js';
import type { HostReply, HostRequest } from '../warm-host.js';

/** The project's Node 24, which every measured process runs on. */
export const NODE = join(PROJECT_ROOT, 'node_modules/.bin/node');

/** Starts a warm host (bench/warm-host.ts) with a function's environment; requests go one at a time. */
export const startWarmHost = async (
  environment: Record<string, string>,
  bundles: { own: string; baseline: string },
) => {
  const child = fork(join(PROJECT_ROOT, 'bench/warm-host.ts'), [], {
    execPath: NODE,
    execArgv: ['--import', 'tsx'],
    cwd: PROJECT_ROOT,
    env: { PATH: process.env.PATH ?? '', ...environment },
    // The functions' logs and metrics go where a Lambda's go, out of the way; errors stay visible.
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  let exited: Error | undefined;
  child.once('exit', (code) => {
    exited = new Error(`The warm host exited (code ${code})`);
  });
  const ask = (request: HostRequest) =>
    new Promise<HostReply>((resolve, reject) => {
      if (exited) return reject(exited);
      const onExit = () => reject(exited);
      child.once('exit', onExit);
      child.once('message', (reply: HostReply) => {
        child.off('exit', onExit);
        resolve(reply);
      });
      child.send(request);
    });
  await ask({ type: 'load', ...bundles });
  return {
    call: async (side: 'own' | 'baseline', event: unknown, record = false) => {
      const reply = await ask({ type: 'call', side, event, record });
      if (reply.error) throw new Error(`${side === 'own' ? 'The function' : 'Its baseline'} failed: ${reply.error}`);
      return reply as Required<Pick<HostReply, 'ms'>> & HostReply;
    },
    stop: () => {
      child.kill();
    },
  };
};
