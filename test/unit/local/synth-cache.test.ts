import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cachedSynthesis, type SynthCacheOptions } from '../../../lib/local/synth-cache.js';
import type { SynthesizedSystem } from '../../../lib/local/synthesized-templates.js';

const systemFor = (stage: string): SynthesizedSystem => ({
  dataTemplate: { Resources: { Table: { Type: 'AWS::DynamoDB::Table', Properties: { stage } } } },
  serviceTemplate: { Resources: {} },
  serviceStackName: `Tawasul-${stage}-Service`,
});

describe('the synth cache', () => {
  let root: string;
  let directory: string;
  let stage: string;
  let options: SynthCacheOptions;
  let synthesize: ReturnType<typeof vi.fn<() => Promise<SynthesizedSystem>>>;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'tawasul-synth-cache-'));
    directory = join(root, 'cache');
    writeFileSync(join(root, 'app.ts'), "import { stage } from './config.js';\nexport const app = () => stage;\n");
    writeFileSync(join(root, 'config.ts'), "export const stage = 'dev';\n");
    writeFileSync(join(root, 'cdk.json'), '{"context":{"stage":"dev"}}\n');
    stage = 'dev';
    // A synth whose result follows its inputs, as the real one does.
    synthesize = vi.fn(async () => systemFor(stage));
    options = { directory, root, entry: 'app.ts', files: ['cdk.json'], synthesize };
  });

  afterEach(() => {
    vi.unstubAllEnvs();
    rmSync(root, { recursive: true, force: true });
  });

  it('when nothing has changed since the last start, the templates come from the cache without a synth', async () => {
    // Prepare
    const first = await cachedSynthesis(options);
    // Act
    const second = await cachedSynthesis(options);
    // Assess
    expect(first.cached).toBe(false);
    expect(second).toEqual({ value: systemFor('dev'), cached: true });
    expect(synthesize).toHaveBeenCalledTimes(1);
  });

  it('when a module the synth imports changes, it synthesizes again and serves the new templates', async () => {
    // Prepare
    await cachedSynthesis(options);
    // Act
    writeFileSync(join(root, 'config.ts'), "export const stage = 'prod';\n");
    stage = 'prod';
    const after = await cachedSynthesis(options);
    // Assess
    expect(after).toEqual({ value: systemFor('prod'), cached: false });
    expect(synthesize).toHaveBeenCalledTimes(2);
  });

  it('when cdk.json changes, it synthesizes again', async () => {
    // Prepare
    await cachedSynthesis(options);
    // Act
    writeFileSync(join(root, 'cdk.json'), '{"context":{"stage":"prod"}}\n');
    stage = 'prod';
    const after = await cachedSynthesis(options);
    // Assess
    expect(after).toEqual({ value: systemFor('prod'), cached: false });
  });

  it('when a CDK_ variable changes, it synthesizes again; another variable does not matter', async () => {
    // Prepare
    await cachedSynthesis(options);
    // Act
    vi.stubEnv('TAWASUL_UNRELATED', 'x');
    const unrelated = await cachedSynthesis(options);
    vi.stubEnv('CDK_DEFAULT_ACCOUNT', '123456789012');
    const account = await cachedSynthesis(options);
    // Assess
    expect(unrelated.cached).toBe(true);
    expect(account.cached).toBe(false);
  });

  it("when a digest of what the synth reads whole changes (the console's sources), it synthesizes again", async () => {
    // Prepare
    await cachedSynthesis({ ...options, digests: { console: 'a' } });
    // Act
    const same = await cachedSynthesis({ ...options, digests: { console: 'a' } });
    const changed = await cachedSynthesis({ ...options, digests: { console: 'b' } });
    // Assess
    expect(same.cached).toBe(true);
    expect(changed.cached).toBe(false);
    expect(synthesize).toHaveBeenCalledTimes(2);
  });

  it('when inputs change back and forth, only the latest entry is kept', async () => {
    // Prepare
    await cachedSynthesis(options);
    writeFileSync(join(root, 'config.ts'), "export const stage = 'prod';\n");
    // Act
    await cachedSynthesis(options);
    // Assess
    expect(readdirSync(directory)).toHaveLength(1);
  });

  it.each([
    ['not JSON', '{"key": "abc", "val'],
    ['JSON null', 'null'],
    ['an entry without templates', '{"key":"KEY","value":{"serviceStackName":"x"}}'],
    [
      'an entry filed under another key',
      '{"key":"other","value":{"dataTemplate":{"Resources":{}},"serviceTemplate":{"Resources":{}},"serviceStackName":"x"}}',
    ],
  ])('when the stored entry is %s, it synthesizes again and replaces it', async (_, content) => {
    // Prepare
    await cachedSynthesis(options);
    const [entry] = readdirSync(directory);
    const key = entry!.replace(/\.json$/, '');
    writeFileSync(join(directory, entry!), content.replace('KEY', key));
    // Act
    const after = await cachedSynthesis(options);
    const again = await cachedSynthesis(options);
    // Assess
    expect(after).toEqual({ value: systemFor('dev'), cached: false });
    expect(again.cached).toBe(true);
  });

  it('when the synth fails, nothing is stored and the failure is passed on', async () => {
    // Prepare
    synthesize.mockRejectedValueOnce(new Error('AwsSolutions-IAM5: a wildcard permission'));
    // Act
    const failing = cachedSynthesis(options);
    // Assess
    await expect(failing).rejects.toThrow('AwsSolutions-IAM5');
    expect((await cachedSynthesis(options)).cached).toBe(false);
  });

  it('when the cache folder cannot be written, the synthesized templates are still served', async () => {
    // Prepare: a file where the folder should be.
    rmSync(directory, { recursive: true, force: true });
    writeFileSync(directory, 'not a folder');
    // Act
    const result = await cachedSynthesis(options);
    // Assess
    expect(result).toEqual({ value: systemFor('dev'), cached: false });
  });

  it('when the inputs cannot be traced, it synthesizes uncached, so the synth reports what is wrong', async () => {
    // Prepare
    writeFileSync(join(root, 'app.ts'), "import { gone } from './gone.js';\nexport const app = gone;\n");
    mkdirSync(directory, { recursive: true });
    // Act
    const first = await cachedSynthesis(options);
    const second = await cachedSynthesis(options);
    // Assess
    expect([first.cached, second.cached]).toEqual([false, false]);
    expect(readdirSync(directory)).toEqual([]);
  });
});
