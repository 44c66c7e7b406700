import { join } from 'node:path';
import { ENVIRONMENT } from '../../functions/contract/environment.js';
import { PROJECT_ROOT } from '../../lib/aws/project-context.js';
import { type Answer, type ClientName, callsOf, type SdkCall, type Step } from './sdk-plan.js';

/**
 * Writes the source of one function's baseline: the SDK clients its function bundles (read from the
 * function's own bundle, so a client added to a function is added to its baseline), created once per
 * cold start as the function creates them, and the command classes its plans use.
 */

/** The SDK packages that bring a client or a presigner, as they appear in a bundle's inputs. */
export const SDK_PACKAGES = [
  '@aws-sdk/client-dynamodb',
  '@aws-sdk/lib-dynamodb',
  '@aws-sdk/client-s3',
  '@aws-sdk/client-sfn',
  '@aws-sdk/client-sns',
  '@aws-sdk/s3-presigned-post',
  '@aws-sdk/s3-request-presigner',
] as const;
export type SdkPackage = (typeof SDK_PACKAGES)[number];

const CLIENTS: Record<Exclude<ClientName, 'dynamodb'>, { pkg: SdkPackage; className: string; options: string }> = {
  s3: {
    pkg: '@aws-sdk/client-s3',
    className: 'S3Client',
    options: `{ forcePathStyle: process.env.${ENVIRONMENT.s3PathStyle} === 'true' }`,
  },
  sfn: { pkg: '@aws-sdk/client-sfn', className: 'SFNClient', options: '{}' },
  sns: { pkg: '@aws-sdk/client-sns', className: 'SNSClient', options: '{}' },
};

const HANDLER_MODULE = join(PROJECT_ROOT, 'bench/baselines/baseline-handler.ts');

export const baselineEntry = (options: {
  packages: ReadonlySet<string>;
  plans: Step[][];
  bundledAnswer?: Answer;
  name: string;
}): string => {
  const { packages } = options;
  const has = (pkg: SdkPackage) => packages.has(pkg);
  const documentClient = has('@aws-sdk/lib-dynamodb');
  const calls: SdkCall[] = options.plans.flatMap(callsOf);
  const imports = new Map<string, Set<string>>();
  const use = (pkg: SdkPackage, name: string) => imports.set(pkg, (imports.get(pkg) ?? new Set()).add(name));
  const clients: string[] = [];

  if (has('@aws-sdk/client-dynamodb')) {
    use('@aws-sdk/client-dynamodb', 'DynamoDBClient');
    if (documentClient) use('@aws-sdk/lib-dynamodb', 'DynamoDBDocumentClient');
    clients.push(
      `dynamodb: ${documentClient ? 'DynamoDBDocumentClient.from(new DynamoDBClient({}))' : 'new DynamoDBClient({})'}`,
    );
  }
  for (const [name, client] of Object.entries(CLIENTS)) {
    if (!has(client.pkg)) continue;
    use(client.pkg, client.className);
    clients.push(`${name}: new ${client.className}(${client.options})`);
  }
  const commands = new Set<string>();
  for (const call of calls) {
    const clientPackage = call.client === 'dynamodb' ? '@aws-sdk/client-dynamodb' : CLIENTS[call.client].pkg;
    if (!has(clientPackage))
      throw new Error(
        `${options.name}: its baseline calls ${call.command} on ${call.client}, a client the function does not bundle`,
      );
    const pkg = call.client === 'dynamodb' && documentClient ? '@aws-sdk/lib-dynamodb' : clientPackage;
    const presigner =
      call.presign && (call.presign.kind === 'url' ? '@aws-sdk/s3-request-presigner' : '@aws-sdk/s3-presigned-post');
    if (presigner && !has(presigner))
      throw new Error(`${options.name}: its baseline signs with ${presigner}, which the function does not bundle`);
    if (call.presign?.kind === 'post') continue;
    use(pkg, call.command);
    commands.add(call.command);
  }
  const parts = [`clients: { ${clients.join(', ')} }`, `commands: { ${[...commands].join(', ')} }`];
  if (calls.some((call) => call.presign?.kind === 'url')) {
    use('@aws-sdk/s3-request-presigner', 'getSignedUrl');
    parts.push('signUrl: getSignedUrl');
  }
  if (calls.some((call) => call.presign?.kind === 'post')) {
    use('@aws-sdk/s3-presigned-post', 'createPresignedPost');
    parts.push('presignPost: createPresignedPost');
  }
  if (options.bundledAnswer) parts.push(`answer: ${JSON.stringify(options.bundledAnswer)}`);
  return [
    `import { baselineHandler } from ${JSON.stringify(HANDLER_MODULE)};`,
    ...[...imports].map(([pkg, names]) => `import { ${[...names].join(', ')} } from '${pkg}';`),
    `export const handler = baselineHandler({ ${parts.join(', ')} });`,
    '',
  ].join('\n');
};
