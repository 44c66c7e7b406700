import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type ConsoleCacheOptions, cachedConsoleBuildIn } from '../../../lib/local/console-build-cache.js';
import type { ConsoleBuild } from '../../../lib/web/console-build.js';

/** A build that writes what Vite writes, in the folder it is given. */
const fakeBuild = async (outDir: string): Promise<ConsoleBuild> => {
  mkdirSync(join(outDir, '.vite'), { recursive: true });
  mkdirSync(join(outDir, 'assets'));
  writeFileSync(join(outDir, 'index.html'), '<!doctype html>');
  writeFileSync(join(outDir, 'assets', 'index-Ab12.js'), '');
  const manifest = { 'index.html': { file: 'assets/index-Ab12.js', isEntry: true } };
  writeFileSync(join(outDir, '.vite', 'manifest.json'), JSON.stringify(manifest));
  return { outDir, manifest };
};

describe('the console build cache', () => {
  let directory: string;
  let build: ReturnType<typeof vi.fn<(outDir: string) => Promise<ConsoleBuild>>>;
  let options: (digest: string) => ConsoleCacheOptions;

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'tawasul-console-cache-'));
    build = vi.fn(fakeBuild);
    options = (digest) => ({ directory, digest, build });
  });

  afterEach(() => {
    rmSync(directory, { recursive: true, force: true });
  });

  it('when the sources have not changed since the last start, the build comes from the cache without Vite', async () => {
    // Prepare
    const first = await cachedConsoleBuildIn(options('aaa'));
    // Act
    const second = await cachedConsoleBuildIn(options('aaa'));
    // Assess
    expect(first.cached).toBe(false);
    expect(second).toEqual({ cached: true, value: first.value });
    expect(second.value.outDir).toBe(join(directory, 'aaa'));
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('when the sources changed, it builds again and keeps only the latest build, leaving another start’s build under way', async () => {
    // Prepare
    await cachedConsoleBuildIn(options('aaa'));
    mkdirSync(join(directory, 'ccc.999999.tmp'));
    // Act
    const rebuilt = await cachedConsoleBuildIn(options('bbb'));
    // Assess
    expect(rebuilt.cached).toBe(false);
    expect(build).toHaveBeenCalledTimes(2);
    expect(readdirSync(directory).sort()).toEqual(['bbb', 'ccc.999999.tmp']);
  });

  it('when a build was left half-written, it is not taken for a build', async () => {
    // Prepare
    mkdirSync(join(directory, 'aaa', '.vite'), { recursive: true });
    writeFileSync(join(directory, 'aaa', '.vite', 'manifest.json'), '{"index.html"');
    // Act
    const result = await cachedConsoleBuildIn(options('aaa'));
    // Assess
    expect(result.cached).toBe(false);
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('when Vite fails, it fails with Vite’s message and its error as the cause, and leaves nothing behind', async () => {
    // Prepare
    const failure = new Error('[plugin:vite:oxc] web/src/main.tsx:3:1: Unexpected token');
    build.mockImplementation(async (outDir) => {
      mkdirSync(outDir, { recursive: true });
      throw failure;
    });
    // Act
    const outcome = cachedConsoleBuildIn(options('aaa'));
    // Assess
    await expect(outcome).rejects.toThrow('The console could not be built: [plugin:vite:oxc] web/src/main.tsx:3:1');
    await expect(outcome).rejects.toHaveProperty('cause', failure);
    expect(readdirSync(directory)).toEqual([]);
    expect(existsSync(join(directory, 'aaa'))).toBe(false);
  });
});
