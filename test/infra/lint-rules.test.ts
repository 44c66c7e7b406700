import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIOME = join(PROJECT_ROOT, 'node_modules/.bin/biome');

/**
 * Files laid out as the project is, for the Biome rules that say where a thing may be used: the
 * environment, the timers and globals at load, and createRequire.
 */
const PLANTED_TREE: Record<string, string[]> = {
  'functions/contract/routes.ts': [`export const ROUTES = ['GET /inquiries'];`],
  'functions/contract/schedule.ts': [
    `export const STARTED = setInterval(() => undefined, 1000);`,
    `export const LATER = setTimeout(() => undefined, 1000);`,
    `export const SOON = setImmediate(() => undefined);`,
    `export const REGION = process.argv[2];`,
    `export const ROOT = globalThis;`,
  ],
  'functions/adapters/shared/pause.ts': [
    `export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));`,
  ],
  'functions/domain/shared/clock.ts': [`export const offset = () => Number(process.env.CLOCK_OFFSET);`],
  'functions/handlers/inquiries/get-region.ts': [`export const handler = () => process.env.AWS_REGION;`],
  'functions/runtime/settings.ts': [`export const TABLE = process.env.TABLE_NAME;`],
  'functions/runtime/loader.ts': [
    `import { createRequire } from 'node:module';`,
    ``,
    `export const load = (path: string) => createRequire(import.meta.url)(path);`,
  ],
  'lib/aws/service-stack.ts': [`export const ACCOUNT = process.env.CDK_DEFAULT_ACCOUNT;`],
  'lib/aws/constructs/loader.ts': [
    `import { createRequire } from 'module';`,
    ``,
    `export const load = (path: string) => createRequire(import.meta.url)(path);`,
  ],
  'lib/aws/constructs/bundling.ts': [
    `export const BANNER = "import { createRequire } from 'module'; const require = createRequire(import.meta.url);";`,
  ],
  'lib/local/handler-loader.ts': [
    `import { createRequire } from 'node:module';`,
    ``,
    `export const load = (path: string) => createRequire(import.meta.url)(path);`,
  ],
  'functions/handlers/inquiries/own-schema.ts': [
    `import { json } from '../../http/api-event.js';`,
    `import { parseInput } from '../../http/validation.js';`,
    `export const handler = (body: unknown) => json(200, parseInput({} as never, body));`,
  ],
  'functions/handlers/inquiries/by-contract.ts': [
    `import { localeOf } from '../../http/api-event.js';`,
    `import { contractBody, success } from '../../http/route-contract.js';`,
    `export const handler = { localeOf, contractBody, success };`,
  ],
  'functions/handlers/residents/register-line.ts': [
    `import { parseInput } from '../../http/validation.js';`,
    `export const line = (text: string) => parseInput({} as never, JSON.parse(text));`,
  ],
  'bin/app.ts': [`import { createRequire } from 'node:module';`, ``, `console.log(createRequire);`],
  'bin/local.ts': [`import { createRequire } from 'node:module';`, ``, `console.log(createRequire);`],
};

/** The rules these cases are about; the planted code may break others (unused imports, say), which do not count. */
const RULES = ['noProcessEnv', 'noRestrictedGlobals', 'noRestrictedImports'] as const;

interface RuleCase {
  rule: (typeof RULES)[number];
  keeps: string;
  breaks: string;
  /** Planted files the rule must not flag. */
  kept: string[];
  /** Every finding of the rule in the planted tree, as "file:line (rule)". */
  broken: string[];
}

const RULE_CASES: RuleCase[] = [
  {
    rule: 'noProcessEnv',
    keeps: 'the Lambda wiring and the CDK app read the environment',
    breaks: 'a handler and the domain read the environment',
    kept: ['functions/runtime/settings.ts', 'lib/aws/service-stack.ts'],
    broken: [
      'functions/domain/shared/clock.ts:1 (noProcessEnv)',
      'functions/handlers/inquiries/get-region.ts:1 (noProcessEnv)',
    ],
  },
  {
    rule: 'noRestrictedGlobals',
    keeps: 'the contract holds plain data, and an adapter starts a timer',
    breaks: 'the contract starts timers, reads the process and reaches for globalThis',
    kept: ['functions/contract/routes.ts', 'functions/adapters/shared/pause.ts'],
    broken: [
      'functions/contract/schedule.ts:1 (noRestrictedGlobals)',
      'functions/contract/schedule.ts:2 (noRestrictedGlobals)',
      'functions/contract/schedule.ts:3 (noRestrictedGlobals)',
      'functions/contract/schedule.ts:4 (noRestrictedGlobals)',
      'functions/contract/schedule.ts:5 (noRestrictedGlobals)',
    ],
  },
  {
    rule: 'noRestrictedImports',
    keeps:
      'the local runtime and its command use createRequire, the bundling names it in a string, a handler reads and answers through its contract, and the register import parses its lines',
    breaks:
      'the Lambda wiring, a construct and bin/app.ts import createRequire, and a handler parses and answers past its contract',
    kept: [
      'lib/local/handler-loader.ts',
      'bin/local.ts',
      'lib/aws/constructs/bundling.ts',
      'functions/handlers/inquiries/by-contract.ts',
      'functions/handlers/residents/register-line.ts',
    ],
    broken: [
      'bin/app.ts:1 (noRestrictedImports)',
      'functions/handlers/inquiries/own-schema.ts:1 (noRestrictedImports)',
      'functions/handlers/inquiries/own-schema.ts:2 (noRestrictedImports)',
      'functions/runtime/loader.ts:1 (noRestrictedImports)',
      'lib/aws/constructs/loader.ts:1 (noRestrictedImports)',
    ],
  },
];

const plantTree = (): string => {
  const root = mkdtempSync(join(tmpdir(), 'tawasul-lint-rules-'));
  for (const [file, lines] of Object.entries(PLANTED_TREE)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), `${lines.join('\n')}\n`);
  }
  copyFileSync(join(PROJECT_ROOT, 'biome.json'), join(root, 'biome.json'));
  return root;
};

/** Biome's findings in the tree as "file:line (rule)", read from its GitHub annotations (one a line). */
const lint = (root: string): string[] => {
  // The planted tree is no git repository, so Biome cannot read .gitignore there.
  const { stdout, error } = spawnSync(BIOME, ['lint', '--vcs-enabled=false', '--reporter=github', '.'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (error) throw new Error('Biome did not run', { cause: error });
  return [...stdout.matchAll(/^::\w+ title=lint\/\w+\/(\w+),file=([^,]+),line=(\d+),/gm)].map(
    ([, rule, file, line]) => `${relative(root, file ?? '')}:${line} (${rule})`,
  );
};

describe('the Biome rules on a planted tree', () => {
  let root: string;
  let findings: string[];
  beforeAll(() => {
    root = plantTree();
    findings = lint(root);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const findingsOf = (rule: string) => findings.filter((finding) => finding.endsWith(` (${rule})`)).sort();

  for (const { rule, keeps, breaks, kept, broken } of RULE_CASES) {
    describe(rule, () => {
      it(`Compliance: when ${keeps}, it does not fire`, () => {
        // Act
        const flagged = findingsOf(rule);

        // Assess
        for (const file of kept) {
          expect(Object.keys(PLANTED_TREE), file).toContain(file);
          expect(flagged.filter((finding) => finding.startsWith(`${file}:`))).toEqual([]);
        }
      });

      it(`Noncompliance: when ${breaks}, it fires, naming each offending file`, () => {
        // Act
        const flagged = findingsOf(rule);

        // Assess
        expect(flagged).toEqual([...broken].sort());
      });
    });
  }
});
