import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../lib/aws/project-context.js';
import { importGraph } from '../../../lib/local/import-graph.js';

const CONTRACT_DIR = join(PROJECT_ROOT, 'functions/contract');
const CONTRACT_MODULES = readdirSync(CONTRACT_DIR)
  // The generated client types (a .d.ts) hold no values to check.
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
  .sort();

const PLAIN_PROTOTYPES: readonly unknown[] = [Object.prototype, Array.prototype];

/** A function written as a function (arrow or declaration), not a class, nor a constructor holding state. */
const isPlainFunction = (value: object) =>
  Object.getPrototypeOf(value) === Function.prototype && !/^class\b/.test(Function.prototype.toString.call(value));

/**
 * Where `value` holds something that is neither plain data (primitives, plain objects, arrays) nor
 * a plain function: a client, a Metrics, a Map, a RegExp… — each named by its path and its kind.
 */
const notPlainData = (value: unknown, path: string, seen = new Set<unknown>()): string[] => {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return [];
  if (seen.has(value)) return [];
  seen.add(value);
  if (typeof value === 'function')
    return isPlainFunction(value) ? [] : [`${path}: ${value.name || 'anonymous'} is a class`];
  const prototype = Object.getPrototypeOf(value);
  if (!PLAIN_PROTOTYPES.includes(prototype))
    return [`${path}: an instance of ${prototype?.constructor?.name ?? 'a null prototype'}`];
  return Object.entries(value).flatMap(([key, member]) => notPlainData(member, `${path}.${key}`, seen));
};

describe('the contract modules', () => {
  it('when the contract folder is listed, the modules the CDK app reads are among those checked', () => {
    // Prepare, Act: CONTRACT_MODULES, listed above
    // Assess: were the list empty, the checks below would pass whatever the contract held
    expect(CONTRACT_MODULES).toEqual(
      expect.arrayContaining([
        'routes.ts',
        'triggers.ts',
        'environment.ts',
        'table-layouts.ts',
        'metrics.ts',
        'construct-ids.ts',
      ]),
    );
  });

  it('when every contract module is bundled, it imports no package and no module outside the contract', async () => {
    // Prepare
    const entryPoints = CONTRACT_MODULES.map((file) => join('functions/contract', file));
    // Act
    const inputs = await importGraph(PROJECT_ROOT, entryPoints);
    // Assess
    const imports = Object.entries(inputs).flatMap(([file, input]) =>
      input.imports.map((imported) => `${file} -> ${imported.path}`),
    );
    expect(imports.filter((line) => !/ -> functions\/contract\/[a-z-]+\.ts$/.test(line))).toEqual([]);
    expect(Object.keys(inputs).filter((file) => !file.startsWith('functions/contract/'))).toEqual([]);
  });

  it.each(CONTRACT_MODULES)(
    'when %s is loaded, it creates nothing: every export is plain data or a plain function',
    async (file) => {
      // Prepare
      const url = pathToFileURL(join(CONTRACT_DIR, file)).href;
      // Act
      const exports = (await import(url)) as Record<string, unknown>;
      // Assess
      expect(Object.keys(exports).length).toBeGreaterThan(0);
      expect(Object.entries(exports).flatMap(([name, value]) => notPlainData(value, name))).toEqual([]);
    },
  );
});

describe('the plain-data check', () => {
  class Client {
    readonly region = 'me-central-1';
  }

  it('when an export holds a class instance deep inside plain data, it names where', () => {
    // Prepare
    const exported = { METRICS: { names: ['Sent'], publisher: { metrics: new Client() } } };
    // Act
    const found = Object.entries(exported).flatMap(([name, value]) => notPlainData(value, name));
    // Assess
    expect(found).toEqual(['METRICS.publisher.metrics: an instance of Client']);
  });

  it('when an export is a class, a Map, a RegExp or a null-prototype object, each is refused', () => {
    // Prepare
    const exported = { Client, cache: new Map(), PATTERN: /x/, bare: Object.create(null) as object };
    // Act
    const found = Object.entries(exported).flatMap(([name, value]) => notPlainData(value, name));
    // Assess
    expect(found).toEqual([
      'Client: Client is a class',
      'cache: an instance of Map',
      'PATTERN: an instance of RegExp',
      'bare: an instance of a null prototype',
    ]);
  });

  it('when exports are strings, numbers, nested objects, arrays and arrow functions, nothing is refused', () => {
    // Prepare
    const exported = {
      NAME: 'x',
      LIMITS: { min: 1, max: [2, 3] },
      EMPTY: undefined,
      allow: (methods: string[]) => methods.join(', '),
    };
    // Act
    const found = Object.entries(exported).flatMap(([name, value]) => notPlainData(value, name));
    // Assess
    expect(found).toEqual([]);
  });
});
