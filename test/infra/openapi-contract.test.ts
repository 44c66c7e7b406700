import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { ROUTES } from '../../functions/contract/routes.js';
import { PROJECT_ROOT } from '../../lib/aws/project-context.js';
import { CONTRACT_FILES } from '../../lib/openapi/contract-file-paths.js';
import { contractFiles } from '../../lib/openapi/contract-files.js';

const committed = (path: string) => readFileSync(join(PROJECT_ROOT, path), 'utf8');
const run = promisify(execFile);

describe('the API contract', () => {
  it('when the contract is generated again, it is byte for byte the one committed (else: npm run openapi)', async () => {
    // Prepare, Act
    const fresh = await contractFiles();

    // Assess: a change of a schema or a route shows in the diff of the change that caused it
    expect(fresh.document, 'functions/contract/openapi.json is stale: run npm run openapi').toBe(
      committed(CONTRACT_FILES.document),
    );
    expect(fresh.types, 'functions/contract/openapi-types.d.ts is stale: run npm run openapi').toBe(
      committed(CONTRACT_FILES.types),
    );
  });

  it('when an independent validator reads the committed document, it is valid OpenAPI 3.1', async () => {
    // Prepare
    const validator = new Validator();

    // Act
    const result = await validator.validate(JSON.parse(committed(CONTRACT_FILES.document)));

    // Assess
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('when Redocly lints the committed document with its recommended rules, strict, it finds no error and no warning', async () => {
    // Prepare: the rules and each one turned off, with its reason, in lib/openapi/redocly.yaml
    const redocly = join(PROJECT_ROOT, 'node_modules/.bin/redocly');

    // Act
    const { stdout } = await run(
      redocly,
      ['lint', '--config', 'lib/openapi/redocly.yaml', '--format', 'json', CONTRACT_FILES.document],
      {
        cwd: PROJECT_ROOT,
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      },
    );
    const report = JSON.parse(stdout) as { totals: Record<string, number>; problems: unknown[] };

    // Assess
    expect(report.problems).toEqual([]);
    expect(report.totals).toEqual({ errors: 0, warnings: 0, ignored: 0 });
  }, 30_000);

  it('when the document is read, every route of the route table is one operation with its success and its problems', () => {
    // Prepare
    const document = JSON.parse(committed(CONTRACT_FILES.document)) as {
      paths: Record<string, Record<string, { operationId: string; responses: Record<string, unknown> }>>;
    };

    // Act
    const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({ path, method: method.toUpperCase(), operation })),
    );

    // Assess
    expect(operations.map(({ operation }) => operation.operationId).sort()).toEqual(
      ROUTES.map((route) => route.id).sort(),
    );
    for (const route of ROUTES) {
      const found = operations.find(({ operation }) => operation.operationId === route.id);
      expect(found, route.id).toMatchObject({ path: route.path, method: route.method });
      // A route open to anyone has no authorizer to answer 401; the firewall's 403 holds for every route.
      const signIn = route.caller === 'anyone' ? [] : ['401'];
      expect(Object.keys(found?.operation.responses ?? {}), route.id).toEqual(
        expect.arrayContaining([...signIn, '403', '429', '4XX', '500', '5XX']),
      );
    }
  });
});
