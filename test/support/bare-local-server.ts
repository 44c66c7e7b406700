import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../lib/local/dynamodb-local.js';
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
  given: Partial<Pick<LocalServerOptions, 'apiDocument' | 'routes' | 'handlers' | 'issuer'>> &
    Partial<Pick<LocalServerOptions['local'], 'sms' | 'faults' | 'refreshProcessingTimes' | 'now' | 'advance'>> & {
      /** The console it serves, from its own origin. */
      console?: Omit<NonNullable<LocalServerOptions['console']>, 'origins'>;
    } = {},
): Promise<BareLocalServer> => {
  const dir = mkdtempSync(join(tmpdir(), 'tawasul-local-server-'));
  // Chosen first: the console's sign-in must know the origin it is served from.
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = createLocalServer({
    routes: given.routes ?? [],
    handlers: given.handlers ?? new Map(),
    issuer: given.issuer ?? (await TokenIssuer.load(join(dir, 'key.json'))),
    apiDocument: given.apiDocument ?? Buffer.from('{}'),
    allowedOrigins: [],
    local: {
      sms: given.sms ?? (() => []),
      smsReceipt: async () => ({}),
      now: given.now ?? (() => new Date('2026-11-25T06:00:00Z')),
      advance: given.advance ?? (async () => new Date('2026-11-25T06:00:00Z')),
      runReminders: async () => ({}),
      importRegisterFile: async () => ({}),
      refreshProcessingTimes: given.refreshProcessingTimes ?? (async () => ({})),
      faults: given.faults ?? new LocalFaults(),
      reconcileReviews: async () => ({}),
    },
    health: async () => ({}),
    console: given.console && { ...given.console, origins: [base] },
  });
  server.listen(port, '127.0.0.1');
  await once(server, 'listening');
  return {
    base,
    close: async () => {
      server.close();
      await once(server, 'close');
      rmSync(dir, { recursive: true, force: true });
    },
  };
};
