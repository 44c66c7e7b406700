import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../lib/aws/project-context.js';
import { SYNTH_ENTRY, SYNTH_INPUT_FILES } from '../../../lib/local/synth-cache.js';
import { type SynthInputsOptions, synthInputs } from '../../../lib/local/synth-inputs.js';

/** A project in miniature: an entry that imports a module, a type-only import, a file nobody imports. */
const PROJECT = {
  'app.ts':
    "import { stage } from './config.js';\nimport type { Shape } from './shape.js';\nexport const app = (shape?: Shape) => ({ stage, shape });\n",
  'config.ts': "export const stage = 'dev';\n",
  'shape.ts': 'export interface Shape { name: string }\n',
  'handler.ts': 'export const handler = () => 1;\n',
  'settings.json': '{"stage":"dev"}\n',
};

describe('the inputs of a synth', () => {
  let root: string;
  let options: SynthInputsOptions;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'tawasul-synth-inputs-'));
    for (const [name, content] of Object.entries(PROJECT)) writeFileSync(join(root, name), content);
    options = { root, entry: 'app.ts', files: ['settings.json', 'lock.json'], environment: { node: 'v24.0.0' } };
  });

  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const change = (name: string, content: string) => writeFileSync(join(root, name), content);

  it('when a module the entry imports changes, the digest changes', async () => {
    // Prepare
    const before = await synthInputs(options);
    // Act
    change('config.ts', "export const stage = 'prod';\n");
    const after = await synthInputs(options);
    // Assess
    expect(before.files).toContain('config.ts');
    expect(after.digest).not.toBe(before.digest);
  });

  it('when a module becomes imported, it becomes an input', async () => {
    // Prepare
    const before = await synthInputs(options);
    // Act
    change('app.ts', `${PROJECT['app.ts']}import { handler } from './handler.js';\nexport const h = handler;\n`);
    const after = await synthInputs(options);
    // Assess
    expect(before.files).not.toContain('handler.ts');
    expect(after.files).toContain('handler.ts');
    expect(after.digest).not.toBe(before.digest);
  });

  it('when a listed file changes, appears or disappears, the digest changes each time', async () => {
    // Prepare
    const digests = [(await synthInputs(options)).digest];
    // Act
    change('settings.json', '{"stage":"prod"}\n');
    digests.push((await synthInputs(options)).digest);
    change('lock.json', '{}\n');
    digests.push((await synthInputs(options)).digest);
    unlinkSync(join(root, 'settings.json'));
    digests.push((await synthInputs(options)).digest);
    // Assess
    expect(new Set(digests).size).toBe(4);
  });

  it('when an environment value changes or is added, the digest changes', async () => {
    // Prepare
    const before = await synthInputs(options);
    // Act
    const otherNode = await synthInputs({ ...options, environment: { node: 'v24.1.0' } });
    const withAccount = await synthInputs({
      ...options,
      environment: { ...options.environment, CDK_DEFAULT_ACCOUNT: '123456789012' },
    });
    // Assess
    expect(otherNode.digest).not.toBe(before.digest);
    expect(withAccount.digest).not.toBe(before.digest);
  });

  it('when only a file nobody imports or a type-only import changes, the digest stays: the synth runs neither', async () => {
    // Prepare
    const before = await synthInputs(options);
    // Act
    change('handler.ts', 'export const handler = () => 2;\n');
    change('shape.ts', 'export interface Shape { name: string; size: number }\n');
    const after = await synthInputs(options);
    // Assess
    expect(after.files).not.toContain('handler.ts');
    expect(after.files).not.toContain('shape.ts');
    expect(after.digest).toBe(before.digest);
  });

  it('when an imported module cannot be found, the inputs cannot be traced and that is an error', async () => {
    // Prepare
    change('app.ts', "import { gone } from './gone.js';\nexport const app = gone;\n");
    // Act
    const tracing = synthInputs(options);
    // Assess
    await expect(tracing).rejects.toThrow(/gone/);
  });
});

describe("the project's synth inputs", () => {
  it('when the project is traced, its stacks, constructs, routes and context are among the inputs', async () => {
    // Act
    const { files } = await synthInputs({
      root: PROJECT_ROOT,
      entry: SYNTH_ENTRY,
      files: SYNTH_INPUT_FILES,
      environment: {},
    });
    // Assess
    expect(files).toEqual(
      expect.arrayContaining([
        'lib/aws/app.ts',
        'lib/aws/service-stack.ts',
        'lib/aws/data-stack.ts',
        'lib/aws/constructs/resident-api.ts',
        'lib/aws/config.ts',
        'functions/contract/routes.ts',
        'cdk.json',
        'package-lock.json',
      ]),
    );
    expect(files.every((file) => !file.startsWith('node_modules/') || file === 'node_modules/.package-lock.json')).toBe(
      true,
    );
  });

  it('when a module the synth runs reads a file from disk, it is one whose files are listed inputs', async () => {
    // Prepare: lib/project-context.ts reads cdk.json, which SYNTH_INPUT_FILES lists, and the
    // console's source digest reads its sources, whose digest the synth cache takes (cachedSystem).
    // The nested-templates reader reads what the synth has just written, its output, never an input.
    // A module that comes to read another file makes the cache stale unless that file is listed too.
    const known = [
      'lib/aws/project-context.ts',
      'lib/local/nested-templates-reader.ts',
      'lib/web/console-source-digest.ts',
    ];
    const { files } = await synthInputs({ root: PROJECT_ROOT, entry: SYNTH_ENTRY, files: [], environment: {} });
    // Act
    const reading = files.filter((file) =>
      /\b(readFileSync|readFile|createReadStream|readdirSync|readdir|existsSync|statSync|opendir)\s*\(/.test(
        readFileSync(join(PROJECT_ROOT, file), 'utf8'),
      ),
    );
    // Assess
    expect(reading).toEqual(known);
    expect(SYNTH_INPUT_FILES).toContain('cdk.json');
    expect(readFileSync(join(PROJECT_ROOT, 'lib/local/synth-cache.ts'), 'utf8')).toContain(
      'digests: { console: consoleSourceDigest() }',
    );
  });
});
