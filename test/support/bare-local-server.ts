import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalFaults } from '../../lib/local/local-faults.js';
import { createLocalServer, type LocalServerOptions } from '../../lib/local/local-server.js';
import { TokenIssuer } from '../../lib/local/token-issuer.js';

/** A local server with no local service behind it, and the routes a test gives it, listening on a free loopback port. */
export interface BareLocalServer {
  base: string;
  close(): Promise<void>;
}

/**
 * The local runtime's HTTP server alone — no DynamoDB Local — with what a test of one of its own
 * endpoints gives it: the API document it serves, the SMS outbox it lists, routes and their handlers.
 */
export const bareLocalServer = async (
  given: Partial<Pick<LocalServerOptions, 'apiDocument' | 'routes' | 'handlers'>> &
    Partial<Pick<LocalServerOptions['local'], 'sms' | 'faults' | 'refreshProcessingTimes'>> = {},
): Promise<BareLocalServer> => {
  const dir = mkdtempSync(join(tmpdir(), 'tawasul-local-server-'));
  const server = createLocalServer({
    routes: given.routes ?? [],
    handlers: given.handlers ?? new Map(),
    issuer: await TokenIssuer.load(join(dir, 'key.json')),
    apiDocument: given.apiDocument ?? Buffer.from('{}'),
    allowedOrigins: [],
    local: {
      sms: given.sms ?? (() => []),
      now: () => new Date('2026-11-25T06:00:00Z'),
      advance: async () => new Date('2026-11-25T06:00:00Z'),
      runReminders: async () => ({}),
      importRegisterFile: async () => ({}),
      refreshProcessingTimes: given.refreshProcessingTimes ?? (async () => ({})),
      faults: given.faults ?? new LocalFaults(),
      reconcileReviews: async () => ({}),
    },
    health: async () => ({}),
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      server.close();
      await once(server, 'close');
      rmSync(dir, { recursive: true, force: true });
    },
  };
};
