import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { PROJECT_ROOT } from '../../lib/project-context.js';
import { ROUTES } from '../routes.js';
import { LOCAL_AWS, startDynamoDbLocal } from './dynamodb-local.js';
import { functionEnvironment } from './function-environment.js';
import { type LambdaHandler, createLocalServer } from './local-server.js';
import { synthesizeSystem } from './synthesized-templates.js';
import { ensureTables, tablesOf } from './template-tables.js';
import { TokenIssuer } from './token-issuer.js';

export interface LocalRuntimeOptions {
  port: number;
  host?: string;
  /** Where DynamoDB Local's files and the token signing key are kept between runs. */
  dataDir: string;
  log?: (line: string) => void;
}

export interface LocalRuntime {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts the whole system on one machine: DynamoDB Local with the tables of the synthesized
 * template, the functions' environment from the same template, and the handlers behind a local
 * API Gateway.
 */
export const startLocalRuntime = async (options: LocalRuntimeOptions): Promise<LocalRuntime> => {
  const log = options.log ?? (() => undefined);
  const dataDir = resolve(options.dataDir);
  const system = synthesizeSystem();
  const dynamodb = await startDynamoDbLocal({ dataDir: join(dataDir, 'dynamodb') });
  const client = new DynamoDBClient({ endpoint: dynamodb.endpoint, ...LOCAL_AWS });
  try {
    await ensureTables(client, tablesOf(system.dataTemplate));
    Object.assign(process.env, {
      AWS_REGION: LOCAL_AWS.region,
      AWS_ACCESS_KEY_ID: LOCAL_AWS.credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: LOCAL_AWS.credentials.secretAccessKey,
      AWS_ENDPOINT_URL_DYNAMODB: dynamodb.endpoint,
      ...functionEnvironment(system, ROUTES),
    });
    // Imported only now, so that their clients are created with the environment set above.
    const handlers = new Map<string, LambdaHandler>();
    for (const route of ROUTES) {
      const module = (await import(pathToFileURL(join(PROJECT_ROOT, route.entry)).href)) as { handler: LambdaHandler };
      handlers.set(route.id, module.handler);
    }
    const server = createLocalServer({
      routes: ROUTES,
      handlers,
      issuer: await TokenIssuer.load(join(dataDir, 'keys', 'token-signing-key.json')),
      health: async () => {
        await client.send(new ListTablesCommand({ Limit: 1 }));
        return { api: 'ok', dynamodb: 'ok' };
      },
      log,
    });
    server.listen(options.port, options.host ?? '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    return {
      url: `http://${options.host ?? '127.0.0.1'}:${port}`,
      stop: async () => {
        server.close();
        server.closeAllConnections();
        client.destroy();
        await dynamodb.stop();
      },
    };
  } catch (error) {
    client.destroy();
    await dynamodb.stop();
    throw error;
  }
};
