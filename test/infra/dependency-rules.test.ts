import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise, type ICruiseResult, type IViolation } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The folders `npm run deps` cruises too: all the code there is, Lambda code, infrastructure and tooling. */
const CRUISED_FOLDERS = ['bin', 'lib', 'functions', 'web', 'test', 'bench'];

/** Cruises the five folders under `baseDir` with the project's rules, resolving as its tsconfig.json says. */
const cruiseTree = async (baseDir: string): Promise<ICruiseResult> => {
  const options = await extractDepcruiseOptions(join(PROJECT_ROOT, '.dependency-cruiser.mjs'));
  const tsConfigFile = join(baseDir, 'tsconfig.json');
  const { output } = await cruise(
    CRUISED_FOLDERS,
    { ...options, baseDir, tsConfig: { fileName: tsConfigFile } },
    undefined,
    { tsConfig: extractTSConfig(tsConfigFile) },
  );
  if (typeof output === 'string') throw new Error(`dependency-cruiser reported text, not a result: ${output}`);
  return output;
};

/** "from → to (rule)": a cycle named through all its modules, an orphan by itself. */
const describeViolation = (violation: IViolation): string => {
  const modules =
    violation.type === 'module'
      ? [violation.from]
      : [violation.from, ...(violation.cycle?.map((step) => step.name) ?? [violation.to])];
  return `${modules.join(' → ')} (${violation.rule.name})`;
};

const violationsOf = (result: ICruiseResult): string[] => result.summary.violations.map(describeViolation).sort();

describe('the dependency rules on the project', () => {
  let result: ICruiseResult;
  beforeAll(async () => {
    result = await cruiseTree(PROJECT_ROOT);
  });

  it('when the tree is cruised, it reads every source file of bin, lib, functions, test and bench', () => {
    // Prepare
    const sources = CRUISED_FOLDERS.flatMap((folder) =>
      readdirSync(join(PROJECT_ROOT, folder), { recursive: true, encoding: 'utf8' })
        // Dot-folders are scratch space (bench/.work): generated, gitignored, not source.
        .filter((file) => /\.(tsx?|mjs)$/.test(file) && !file.split('/').some((part) => part.startsWith('.')))
        .map((file) => `${folder}/${file}`),
    );

    // Act
    const cruised = result.modules.map((module) => module.source);

    // Assess
    expect(sources.length).toBeGreaterThan(200);
    expect(cruised).toEqual(expect.arrayContaining(sources));
  });

  it('when the tree is cruised, no import breaks a dependency rule', () => {
    // Act
    const violations = violationsOf(result);

    // Assess
    expect(
      violations.length,
      `imports that break the dependency rules (why: \`npm run deps\`):\n${violations.join('\n')}\n`,
    ).toBe(0);
  });
});

/**
 * A small tree laid out as the project is, where each rule has imports that keep it and imports
 * that break it. Packages are stand-ins (a package.json and a declaration) so the tree resolves on
 * its own; the project's tsconfig.json makes `./x.js` resolve to `./x.ts` as in the project.
 */
const PLANTED_TREE: Record<string, string[]> = {
  'functions/contract/environment.ts': [`export const TABLE_NAME = 'TABLE_NAME';`],
  'functions/contract/routes.ts': [
    `import { TABLE_NAME } from './environment.js';`,
    `export const ROUTES = [TABLE_NAME];`,
  ],
  'functions/contract/metrics.ts': [
    `import { Metrics } from '@aws-lambda-powertools/metrics';`,
    `import { join } from 'node:path';`,
    `export const METRICS = new Metrics(join('a', 'b'));`,
  ],

  'functions/domain/inquiries/reference.ts': [`export const isReference = (value: string) => value.length > 0;`],
  'functions/domain/inquiries/inquiry.ts': [
    `import { randomUUID } from 'node:crypto';`,
    `import { TABLE_NAME } from '../../contract/environment.js';`,
    `import { isReference } from './reference.js';`,
    `export const newInquiry = () => ({ id: randomUUID(), ok: isReference(TABLE_NAME) });`,
  ],
  'functions/domain/inquiries/ports.ts': [
    `import type { newInquiry } from './inquiry.js';`,
    `export interface InquiryRepository { save(inquiry: ReturnType<typeof newInquiry>): Promise<void> }`,
  ],
  'functions/domain/attachments/attachment.ts': [
    `import type { S3Client } from '@aws-sdk/client-s3';`,
    `import type { APIGatewayProxyEvent } from 'aws-lambda';`,
    `import { Logger } from '@aws-lambda-powertools/logger';`,
    `import { s3Files } from '../../adapters/attachments/s3-files.js';`,
    `export type Upload = { client: S3Client; event: APIGatewayProxyEvent; logger: Logger; files: typeof s3Files };`,
  ],
  'functions/domain/residents/passport.ts': [
    `import type { DocumentType } from '@smithy/types';`,
    `import { captureAsyncFunc } from 'aws-xray-sdk-core';`,
    `import { readFileSync } from 'node:fs';`,
    `export const passport = { captureAsyncFunc, read: () => readFileSync('p') as unknown as DocumentType };`,
  ],
  'functions/domain/reminders/reminder-sweep.ts': [
    `import type { ReminderBatch } from './send-due-reminders.js';`,
    `export const sweep = (batch: ReminderBatch) => batch;`,
  ],
  'functions/domain/reminders/send-due-reminders.ts': [
    `import { sweep } from './reminder-sweep.js';`,
    `export type ReminderBatch = string[];`,
    `export const send = () => sweep([]);`,
  ],
  'functions/domain/sms/part-count.ts': [`export const partCount = (text: string) => Math.ceil(text.length / 160);`],
  'functions/domain/sms/template.ts': [
    `import { partCount } from './part-count.js';`,
    `export const parts = partCount('x');`,
  ],
  'functions/domain/shared/forgotten.ts': [`export const FORGOTTEN = 1;`],

  'functions/adapters/inquiries/dynamodb-inquiry-repository.ts': [
    `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';`,
    `import type { InquiryRepository } from '../../domain/inquiries/ports.js';`,
    `export const INQUIRY_KEYS = { partitionKey: 'pk' };`,
    `export const repository = (client: DynamoDBClient): InquiryRepository | undefined => undefined;`,
  ],
  'functions/adapters/attachments/s3-files.ts': [
    `import { S3Client } from '@aws-sdk/client-s3';`,
    `import { problem } from '../../http/problem.js';`,
    `export const s3Files = { client: new S3Client(), problem };`,
  ],

  'functions/http/problem.ts': [
    `import middy from '@middy/core';`,
    `import { isReference } from '../domain/inquiries/reference.js';`,
    `export const problem = { middy, isReference };`,
  ],
  'functions/http/identity.ts': [
    `import { production } from '../runtime/production.js';`,
    `import { PAGE_LIMITS } from '../handlers/inquiries/page-limits.js';`,
    `export const identity = { production, PAGE_LIMITS };`,
  ],

  'functions/runtime/production.ts': [
    `import { repository } from '../adapters/inquiries/dynamodb-inquiry-repository.js';`,
    `import { virtualClock } from '../../lib/local/virtual-clock.js';`,
    `export const production = { repository, virtualClock };`,
  ],
  'functions/runtime/settings.ts': [
    `import { Duration } from 'aws-cdk-lib';`,
    `export const TIMEOUT = Duration.seconds(3);`,
  ],
  'functions/runtime/pages.ts': [`export { PAGE_LIMITS } from '../handlers/inquiries/page-limits.js';`],

  'functions/handlers/inquiries/page-limits.ts': [`export const PAGE_LIMITS = { default: 20 };`],
  'functions/handlers/inquiries/list-inquiries.ts': [
    `import type { APIGatewayProxyEvent } from 'aws-lambda';`,
    `import { problem } from '../../http/problem.js';`,
    `import { production } from '../../runtime/production.js';`,
    `import { PAGE_LIMITS } from './page-limits.js';`,
    `export const handler = (event: APIGatewayProxyEvent) => ({ event, problem, production, PAGE_LIMITS });`,
  ],
  'functions/handlers/attachments/get-attachment.ts': [
    `import { S3Client } from '@aws-sdk/client-s3';`,
    `import { expect } from 'vitest';`,
    `import { TIMEOUT } from '../../runtime/settings.js';`,
    `export const handler = () => ({ client: new S3Client(), expect, TIMEOUT });`,
  ],
  'functions/handlers/review/review-representation.ts': [
    `export const representation = (reference: string) => ({ reference });`,
  ],
  'functions/handlers/review/list-review-queue.ts': [
    `import { PAGE_LIMITS } from '../inquiries/page-limits.js';`,
    `import { problem } from '../../http/problem.js';`,
    `import { representation } from './review-representation.js';`,
    `export const handler = () => ({ PAGE_LIMITS, problem, representation });`,
  ],
  'functions/handlers/review/list-appeals.ts': [
    `import { PAGE_LIMITS } from '../../runtime/pages.js';`,
    `export const handler = () => PAGE_LIMITS;`,
  ],

  'lib/aws/service-stack.ts': [
    `import { Stack } from 'aws-cdk-lib';`,
    `import { ROUTES } from '../../functions/contract/routes.js';`,
    `export class ServiceStack extends Stack { routes = ROUTES; }`,
  ],
  'lib/aws/constructs/inquiry-table.ts': [
    `import { INQUIRY_KEYS } from '../../../functions/adapters/inquiries/dynamodb-inquiry-repository.js';`,
    `export const keys = INQUIRY_KEYS;`,
  ],
  'lib/aws/constructs/identity.ts': [
    `import { issuer } from '../../local/token-issuer.js';`,
    `export const identity = issuer;`,
  ],
  'lib/shim.ts': [`export { production } from '../functions/runtime/production.js';`],
  'lib/local/virtual-clock.ts': [`export const virtualClock = () => 0;`],
  'lib/local/token-issuer.ts': [
    `import { virtualClock } from './virtual-clock.js';`,
    `import { sign } from './signing.js';`,
    `export const issuer = { virtualClock, sign };`,
  ],
  'lib/local/local-runtime.ts': [
    `import { ServiceStack } from '../aws/service-stack.js';`,
    `import { handler } from '../../functions/handlers/inquiries/list-inquiries.js';`,
    `import { manualClock } from '../../test/support/manual-clock.js';`,
    `export const start = () => ({ ServiceStack, handler, manualClock });`,
  ],

  'lib/openapi/openapi-document.ts': [
    `import { problem } from '../../functions/http/problem.js';`,
    `import { production } from '../../functions/runtime/production.js';`,
    `export const document = { problem, production };`,
  ],
  'bin/openapi.ts': [`import { document } from '../lib/openapi/openapi-document.js';`, `console.log(document);`],

  'bin/app.ts': [
    `import { ServiceStack } from '../lib/aws/service-stack.js';`,
    `import { ROUTES } from '../functions/contract/routes.js';`,
    `import { identity } from '../functions/http/identity.js';`,
    `console.log(new ServiceStack(), ROUTES, identity);`,
  ],
  'bin/local.ts': [
    `import { start } from '../lib/local/local-runtime.js';`,
    `import { handler } from '../functions/handlers/review/list-review-queue.js';`,
    `console.log(start(), handler());`,
  ],

  'test/support/manual-clock.ts': [`export const manualClock = () => 0;`],
  'test/unit/list-inquiries.test.ts': [
    `import { manualClock } from '../support/manual-clock.js';`,
    `import { handler } from '../../functions/handlers/inquiries/list-inquiries.js';`,
    `console.log(handler(), manualClock());`,
  ],
  'web/src/console/pages.ts': [`export const PAGES = ['/'];`],
  'web/src/main.tsx': [
    `import { render } from 'preact';`,
    `import { PAGES } from './console/pages.js';`,
    `import type { paths } from '../../functions/contract/openapi-types.js';`,
    `import { ROUTES } from '../../functions/contract/routes.js';`,
    `import { partCount } from '../../functions/domain/sms/part-count.js';`,
    `import { readFileSync } from 'node:fs';`,
    `import type { Context } from 'aws-lambda';`,
    `export const app = (p: paths, c: Context) => render(PAGES, ROUTES, partCount, readFileSync, p, c);`,
  ],
  'functions/contract/openapi-types.d.ts': [`export interface paths { '/': object }`],
  'functions/handlers/inquiries/console-link.ts': [
    `import { PAGES } from '../../../web/src/console/pages.js';`,
    `export const link = PAGES;`,
  ],
  'lib/local/console-pages.ts': [
    `import { PAGES } from '../../web/src/console/pages.js';`,
    `export const pages = PAGES;`,
  ],
  'bench/run.ts': [`import { manualClock } from '../test/support/manual-clock.js';`, `console.log(manualClock());`],
};

/**
 * Stand-ins for the packages the planted tree imports, and where its package.json lists them: only
 * their place in node_modules and that list matter to the rules.
 */
const PLANTED_PACKAGES: Record<string, 'dependencies' | 'devDependencies'> = {
  '@aws-sdk/client-s3': 'dependencies',
  '@aws-sdk/client-dynamodb': 'dependencies',
  '@aws-lambda-powertools/logger': 'dependencies',
  '@aws-lambda-powertools/metrics': 'dependencies',
  '@middy/core': 'dependencies',
  '@smithy/types': 'dependencies',
  'aws-xray-sdk-core': 'dependencies',
  '@types/aws-lambda': 'devDependencies',
  'aws-cdk-lib': 'devDependencies',
  vitest: 'devDependencies',
  preact: 'devDependencies',
};

const plantTree = (): string => {
  const root = mkdtempSync(join(tmpdir(), 'tawasul-dependency-rules-'));
  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  };
  for (const [file, text] of Object.entries(PLANTED_TREE)) write(file, `${text.join('\n')}\n`);
  const manifest: Record<'dependencies' | 'devDependencies', Record<string, string>> = {
    dependencies: {},
    devDependencies: {},
  };
  for (const [name, kind] of Object.entries(PLANTED_PACKAGES)) {
    manifest[kind][name] = '1.0.0';
    write(
      `node_modules/${name}/package.json`,
      JSON.stringify({ name, types: 'index.d.ts', exports: { '.': { types: './index.d.ts' } } }),
    );
    write(`node_modules/${name}/index.d.ts`, 'export {};\n');
  }
  write('package.json', JSON.stringify({ name: 'planted', private: true, ...manifest }));
  copyFileSync(join(PROJECT_ROOT, 'tsconfig.json'), join(root, 'tsconfig.json'));
  return root;
};

/** An import the rule must let pass (`from` alone: a module the rule must not flag). */
type Kept = { from: string; to?: string };

interface RuleCase {
  rule: string;
  /** What the compliant imports do, and what the planted violations do, for the tests' names. */
  keeps: string;
  breaks: string;
  kept: Kept[];
  /** Every violation of the rule in the planted tree, as the failure message names them. */
  broken: string[];
}

const RULE_CASES: RuleCase[] = [
  {
    rule: 'no-circular',
    keeps: 'modules import each other one way only',
    breaks: 'two modules import each other (one of them for a type only)',
    kept: [
      { from: 'functions/domain/sms/template.ts', to: 'functions/domain/sms/part-count.ts' },
      { from: 'functions/domain/inquiries/ports.ts', to: 'functions/domain/inquiries/inquiry.ts' },
    ],
    broken: [
      'functions/domain/reminders/reminder-sweep.ts → functions/domain/reminders/send-due-reminders.ts → ' +
        'functions/domain/reminders/reminder-sweep.ts (no-circular)',
    ],
  },
  {
    rule: 'domain-is-pure',
    keeps: 'the domain imports itself, the contract and node:crypto',
    breaks:
      'the domain imports an AWS SDK type, Lambda types, Powertools, an adapter, a Smithy type, X-Ray and node:fs',
    kept: [
      { from: 'functions/domain/inquiries/inquiry.ts', to: 'functions/domain/inquiries/reference.ts' },
      { from: 'functions/domain/inquiries/inquiry.ts', to: 'functions/contract/environment.ts' },
      { from: 'functions/domain/inquiries/inquiry.ts', to: 'crypto' },
    ],
    broken: [
      'functions/domain/attachments/attachment.ts → functions/adapters/attachments/s3-files.ts (domain-is-pure)',
      'functions/domain/attachments/attachment.ts → node_modules/@aws-lambda-powertools/logger/index.d.ts (domain-is-pure)',
      'functions/domain/attachments/attachment.ts → node_modules/@aws-sdk/client-s3/index.d.ts (domain-is-pure)',
      'functions/domain/attachments/attachment.ts → node_modules/@types/aws-lambda/index.d.ts (domain-is-pure)',
      'functions/domain/residents/passport.ts → fs (domain-is-pure)',
      'functions/domain/residents/passport.ts → node_modules/@smithy/types/index.d.ts (domain-is-pure)',
      'functions/domain/residents/passport.ts → node_modules/aws-xray-sdk-core/index.d.ts (domain-is-pure)',
    ],
  },
  {
    rule: 'contract-is-plain',
    keeps: 'the contract imports the contract',
    breaks: 'the contract imports a package and a Node built-in',
    kept: [{ from: 'functions/contract/routes.ts', to: 'functions/contract/environment.ts' }],
    broken: [
      'functions/contract/metrics.ts → node_modules/@aws-lambda-powertools/metrics/index.d.ts (contract-is-plain)',
      'functions/contract/metrics.ts → path (contract-is-plain)',
    ],
  },
  {
    rule: 'infrastructure-sees-only-the-contract',
    keeps: 'the CDK app imports the contract, and the local runtime a handler',
    breaks: 'a construct imports an adapter, bin/app.ts the HTTP layer, and a file at the top of lib/ the wiring',
    kept: [
      { from: 'lib/aws/service-stack.ts', to: 'functions/contract/routes.ts' },
      { from: 'bin/app.ts', to: 'functions/contract/routes.ts' },
      { from: 'lib/local/local-runtime.ts', to: 'functions/handlers/inquiries/list-inquiries.ts' },
      { from: 'bin/local.ts', to: 'functions/handlers/review/list-review-queue.ts' },
    ],
    broken: [
      'bin/app.ts → functions/http/identity.ts (infrastructure-sees-only-the-contract)',
      'lib/aws/constructs/inquiry-table.ts → functions/adapters/inquiries/dynamodb-inquiry-repository.ts ' +
        '(infrastructure-sees-only-the-contract)',
      'lib/shim.ts → functions/runtime/production.ts (infrastructure-sees-only-the-contract)',
    ],
  },
  {
    rule: 'contract-generator-reads-no-wiring',
    keeps: "the contract's generator imports the HTTP layer",
    breaks: "the contract's generator imports the wiring",
    kept: [{ from: 'lib/openapi/openapi-document.ts', to: 'functions/http/problem.ts' }],
    broken: ['lib/openapi/openapi-document.ts → functions/runtime/production.ts (contract-generator-reads-no-wiring)'],
  },
  {
    rule: 'functions-ship-production-dependencies',
    keeps: 'Lambda code imports production packages, and types only from a devDependency',
    breaks: 'the wiring imports the CDK, and a handler the test runner',
    kept: [
      { from: 'functions/handlers/inquiries/list-inquiries.ts', to: 'node_modules/@types/aws-lambda/index.d.ts' },
      { from: 'functions/domain/attachments/attachment.ts', to: 'node_modules/@types/aws-lambda/index.d.ts' },
      {
        from: 'functions/adapters/inquiries/dynamodb-inquiry-repository.ts',
        to: 'node_modules/@aws-sdk/client-dynamodb/index.d.ts',
      },
    ],
    broken: [
      'functions/handlers/attachments/get-attachment.ts → node_modules/vitest/index.d.ts (functions-ship-production-dependencies)',
      'functions/runtime/settings.ts → node_modules/aws-cdk-lib/index.d.ts (functions-ship-production-dependencies)',
    ],
  },
  {
    rule: 'handlers-take-clients-from-the-runtime',
    keeps: 'a handler imports the wiring and Lambda types',
    breaks: 'a handler imports the S3 client',
    kept: [
      { from: 'functions/handlers/attachments/get-attachment.ts', to: 'functions/runtime/settings.ts' },
      { from: 'functions/handlers/inquiries/list-inquiries.ts', to: 'node_modules/@types/aws-lambda/index.d.ts' },
    ],
    broken: [
      'functions/handlers/attachments/get-attachment.ts → node_modules/@aws-sdk/client-s3/index.d.ts ' +
        '(handlers-take-clients-from-the-runtime)',
    ],
  },
  {
    rule: 'runtime-wires-below-the-handlers',
    keeps: 'a handler imports the wiring, and the wiring an adapter',
    breaks: 'the wiring re-exports a handler module',
    kept: [
      { from: 'functions/handlers/review/list-appeals.ts', to: 'functions/runtime/pages.ts' },
      { from: 'functions/runtime/production.ts', to: 'functions/adapters/inquiries/dynamodb-inquiry-repository.ts' },
    ],
    broken: [
      'functions/runtime/pages.ts → functions/handlers/inquiries/page-limits.ts (runtime-wires-below-the-handlers)',
    ],
  },
  {
    rule: 'functions-stay-out-of-tooling',
    keeps: 'functions import functions',
    breaks: 'the Lambda wiring imports the local runtime',
    kept: [
      { from: 'functions/runtime/production.ts', to: 'functions/adapters/inquiries/dynamodb-inquiry-repository.ts' },
      { from: 'functions/handlers/inquiries/list-inquiries.ts', to: 'functions/http/problem.ts' },
    ],
    broken: ['functions/runtime/production.ts → lib/local/virtual-clock.ts (functions-stay-out-of-tooling)'],
  },
  {
    rule: 'handlers-keep-to-their-feature',
    keeps: "a handler imports its own feature's handlers and the HTTP layer",
    breaks: "a review handler imports an inquiries handler's module",
    kept: [
      {
        from: 'functions/handlers/review/list-review-queue.ts',
        to: 'functions/handlers/review/review-representation.ts',
      },
      { from: 'functions/handlers/inquiries/list-inquiries.ts', to: 'functions/handlers/inquiries/page-limits.ts' },
      { from: 'functions/handlers/review/list-review-queue.ts', to: 'functions/http/problem.ts' },
    ],
    broken: [
      'functions/handlers/review/list-review-queue.ts → functions/handlers/inquiries/page-limits.ts (handlers-keep-to-their-feature)',
    ],
  },
  {
    rule: 'adapters-serve-the-domain',
    keeps: 'an adapter imports the domain and the AWS SDK',
    breaks: 'an adapter imports the HTTP layer',
    kept: [
      {
        from: 'functions/adapters/inquiries/dynamodb-inquiry-repository.ts',
        to: 'functions/domain/inquiries/ports.ts',
      },
      {
        from: 'functions/adapters/inquiries/dynamodb-inquiry-repository.ts',
        to: 'node_modules/@aws-sdk/client-dynamodb/index.d.ts',
      },
    ],
    broken: ['functions/adapters/attachments/s3-files.ts → functions/http/problem.ts (adapters-serve-the-domain)'],
  },
  {
    rule: 'http-is-shared-by-handlers',
    keeps: 'the HTTP layer imports the domain and Middy',
    breaks: 'the HTTP layer imports the wiring and a handler',
    kept: [
      { from: 'functions/http/problem.ts', to: 'functions/domain/inquiries/reference.ts' },
      { from: 'functions/http/problem.ts', to: 'node_modules/@middy/core/index.d.ts' },
    ],
    broken: [
      'functions/http/identity.ts → functions/handlers/inquiries/page-limits.ts (http-is-shared-by-handlers)',
      'functions/http/identity.ts → functions/runtime/production.ts (http-is-shared-by-handlers)',
    ],
  },
  {
    rule: 'aws-app-ignores-local',
    keeps: 'the local runtime imports the AWS app',
    breaks: 'a construct imports the local runtime',
    kept: [{ from: 'lib/local/local-runtime.ts', to: 'lib/aws/service-stack.ts' }],
    broken: ['lib/aws/constructs/identity.ts → lib/local/token-issuer.ts (aws-app-ignores-local)'],
  },
  {
    rule: 'production-code-not-from-tests',
    keeps: 'tests and benchmarks import test helpers',
    breaks: 'the local runtime imports a test helper',
    kept: [
      { from: 'bench/run.ts', to: 'test/support/manual-clock.ts' },
      { from: 'test/unit/list-inquiries.test.ts', to: 'test/support/manual-clock.ts' },
    ],
    broken: ['lib/local/local-runtime.ts → test/support/manual-clock.ts (production-code-not-from-tests)'],
  },
  {
    rule: 'not-to-unresolvable',
    keeps: 'an import names ./x.js and finds ./x.ts',
    breaks: 'an import names a file that does not exist',
    kept: [{ from: 'lib/local/token-issuer.ts', to: 'lib/local/virtual-clock.ts' }],
    broken: ['lib/local/token-issuer.ts → ./signing.js (not-to-unresolvable)'],
  },
  {
    rule: 'console-runs-in-the-browser',
    keeps: 'the console imports itself and Preact',
    breaks: 'the console imports the domain and a Node built-in',
    kept: [
      { from: 'web/src/main.tsx', to: 'web/src/console/pages.ts' },
      { from: 'web/src/main.tsx', to: 'node_modules/preact/index.d.ts' },
      { from: 'web/src/main.tsx', to: 'functions/contract/routes.ts' },
    ],
    broken: [
      'web/src/main.tsx → functions/domain/sms/part-count.ts (console-runs-in-the-browser)',
      'web/src/main.tsx → fs (console-runs-in-the-browser)',
    ],
  },
  {
    rule: 'console-types-from-the-contract',
    keeps: "the console imports the API's types from the contract",
    breaks: "the console imports a type from Lambda's packages",
    kept: [{ from: 'web/src/main.tsx', to: 'functions/contract/openapi-types.d.ts' }],
    broken: ['web/src/main.tsx → node_modules/@types/aws-lambda/index.d.ts (console-types-from-the-contract)'],
  },
  {
    rule: 'console-is-built-not-imported',
    keeps: "the local runtime reads the console's pages",
    breaks: "a handler imports the console's pages",
    kept: [{ from: 'lib/local/console-pages.ts', to: 'web/src/console/pages.ts' }],
    broken: ['functions/handlers/inquiries/console-link.ts → web/src/console/pages.ts (console-is-built-not-imported)'],
  },
  {
    rule: 'no-orphans',
    keeps: 'a module that imports nothing is imported',
    breaks: 'a module imports nothing and nothing imports it',
    kept: [
      { from: 'functions/domain/inquiries/reference.ts' },
      { from: 'functions/handlers/inquiries/page-limits.ts' },
    ],
    broken: ['functions/domain/shared/forgotten.ts (no-orphans)'],
  },
];

describe('the dependency rules on a planted tree', () => {
  let root: string;
  let result: ICruiseResult;
  beforeAll(async () => {
    root = plantTree();
    result = await cruiseTree(root);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const violationsOfRule = (rule: string) =>
    result.summary.violations.filter((violation) => violation.rule.name === rule);

  it('when the configuration is read, every rule in it has a planted case here', async () => {
    // Prepare
    const { ruleSet } = await extractDepcruiseOptions(join(PROJECT_ROOT, '.dependency-cruiser.mjs'));

    // Act
    const configured = (ruleSet?.forbidden ?? []).map((rule) => rule.name);

    // Assess
    expect(RULE_CASES.map((ruleCase) => ruleCase.rule).sort()).toEqual([...configured].sort());
  });

  for (const { rule, keeps, breaks, kept, broken } of RULE_CASES) {
    describe(rule, () => {
      it(`Compliance: when ${keeps}, it does not fire`, () => {
        // Prepare
        const modules = new Map(result.modules.map((module) => [module.source, module]));

        // Act
        const flagged = violationsOfRule(rule);

        // Assess: each kept import was really resolved, so the rule had it to judge.
        for (const { from, to } of kept) {
          const dependencies = modules.get(from)?.dependencies.map((dependency) => dependency.resolved) ?? [];
          if (to === undefined) expect(modules.has(from), from).toBe(true);
          else expect(dependencies, from).toContain(to);
          expect(
            flagged.filter((violation) => violation.from === from && (to === undefined || violation.to === to)),
          ).toEqual([]);
        }
      });

      it(`Noncompliance: when ${breaks}, it fires, naming each offending import`, () => {
        // Act
        const flagged = violationsOfRule(rule).map(describeViolation).sort();

        // Assess
        expect(flagged).toEqual([...broken].sort());
        for (const violation of violationsOfRule(rule)) expect(violation.rule.severity).toBe('error');
      });
    });
  }
});
