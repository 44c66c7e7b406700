import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The features: one vocabulary for the domain, its adapters, the handlers and their tests. */
const FEATURES = [
  'shared',
  'inquiries',
  'attachments',
  'review',
  'residents',
  'establishments',
  'reminders',
  'sms',
  'stats',
];

/** What two features' handlers share lives in the domain or in functions/http, so no handler is "shared". */
const HANDLER_FEATURES = FEATURES.filter((feature) => feature !== 'shared');

/**
 * The console's folders: its frame (router, navigation, configuration), what every page shares
 * (API client, session, language, formatting, forms), and one folder per feature with a page.
 */
const CONSOLE_FOLDERS = [
  'console',
  'shared',
  'inquiries',
  'attachments',
  'review',
  'residents',
  'establishments',
  'stats',
];

/**
 * The folders whose subfolders the design names, with those names; a file directly inside one of
 * them has no room of its own and is a stray too. '' is the top level.
 */
const NAMED_SUBFOLDERS: Record<string, readonly string[]> = {
  '': ['bin', 'lib', 'functions', 'web', 'test', 'bench', '.ci'],
  lib: ['aws', 'local', 'openapi', 'web'],
  web: ['src', 'screenshots'],
  'web/src': CONSOLE_FOLDERS,
  functions: ['contract', 'domain', 'adapters', 'http', 'handlers', 'runtime'],
  'functions/domain': FEATURES,
  'functions/adapters': FEATURES,
  'functions/handlers': HANDLER_FEATURES,
};

/** The files a named folder may hold beside its subfolders: the tools' configuration and the entries. */
const FOLDER_FILES: Record<string, readonly string[]> = {
  web: ['web/index.html', 'web/vite.config.ts', 'web/tsconfig.json'],
  'web/src': ['web/src/main.tsx'],
};

/** The files the top level may hold beside its folders: the README and the tools' configuration. */
const TOP_LEVEL_FILES = [
  'README.md',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'cdk.json',
  'biome.json',
  'vitest.config.ts',
  '.dependency-cruiser.mjs',
  '.gitignore',
  '.npmrc',
];

/**
 * The folders unit tests mirror: a test of functions/X, lib/X, bin/X or bench/X sits in
 * test/unit/X, one of the console's web/src/X in test/unit/web/X.
 */
const MIRRORED_ROOTS = ['functions/', 'lib/', ''];
const SOURCE_ROOTS = ['functions', 'lib', 'bin', 'bench', 'web'];

const foldersOf = (file: string): string[] =>
  file
    .split('/')
    .slice(0, -1)
    .map((_, index, parts) => parts.slice(0, index + 1).join('/'));

const allowedFiles = (folder: string): readonly string[] =>
  folder === '' ? TOP_LEVEL_FILES : (FOLDER_FILES[folder] ?? []);

/** A file or folder the map has no room for, named by its path (a folder with a trailing slash). */
const straysFromTheMap = (files: readonly string[]): string[] =>
  files.flatMap((file) => {
    const parts = file.split('/');
    for (const [depth, part] of parts.entries()) {
      const parent = parts.slice(0, depth).join('/');
      const named = NAMED_SUBFOLDERS[parent];
      if (named === undefined) return [];
      if (depth === parts.length - 1) return allowedFiles(parent).includes(file) ? [] : [file];
      if (!named.includes(part)) return [`${parts.slice(0, depth + 1).join('/')}/`];
    }
    return [];
  });

/** The outermost folder of test/unit that mirrors no folder of the source, named by its path. */
const unitTestsMirroringNothing = (files: readonly string[]): string[] => {
  const sourceFolders = new Set(
    files.filter((file) => SOURCE_ROOTS.some((root) => file.startsWith(`${root}/`))).flatMap((file) => foldersOf(file)),
  );
  const mirrorsSource = (folder: string) =>
    MIRRORED_ROOTS.some((root) => sourceFolders.has(`${root}${folder}`)) ||
    (folder.startsWith('web/') && sourceFolders.has(`web/src/${folder.slice('web/'.length)}`));
  return files
    .filter((file) => file.startsWith('test/unit/'))
    .flatMap((file) => foldersOf(file.slice('test/unit/'.length)).find((folder) => !mirrorsSource(folder)) ?? [])
    .map((folder) => `test/unit/${folder}/`);
};

/** Every path the layout has no room for, once each and sorted. */
const layoutStrays = (files: readonly string[]): string[] =>
  [...new Set([...straysFromTheMap(files), ...unitTestsMirroringNothing(files)])].sort();

/** The files git tracks: what is ignored (node_modules, cdk.out) or not yet added is not part of the tree. */
const trackedFiles = (): string[] =>
  execFileSync('git', ['ls-files', '-z'], { cwd: PROJECT_ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);

/** A tree laid out as the design says: every named folder, every feature, tests mirroring them. */
const WELL_PLACED = [
  ...TOP_LEVEL_FILES,
  '.ci/run',
  'bin/app.ts',
  'bench/run.ts',
  'bench/support/function-catalogue.ts',
  'lib/aws/service-stack.ts',
  'lib/aws/constructs/api.ts',
  'lib/local/local-runtime.ts',
  'functions/contract/routes.ts',
  'functions/http/middleware/json-body.ts',
  'functions/runtime/inquiries.ts',
  'lib/web/console-build.ts',
  'web/index.html',
  'web/vite.config.ts',
  'web/tsconfig.json',
  'web/src/main.tsx',
  ...CONSOLE_FOLDERS.map((folder) => `web/src/${folder}/page.tsx`),
  ...FEATURES.flatMap((feature) => [`functions/domain/${feature}/a.ts`, `functions/adapters/${feature}/b.ts`]),
  ...HANDLER_FEATURES.map((feature) => `functions/handlers/${feature}/c.ts`),
  'test/e2e/api.test.ts',
  'test/support/manual-clock.ts',
  'test/unit/domain/review/a.test.ts',
  'test/unit/http/middleware/json-body.test.ts',
  'test/unit/local/local-runtime.test.ts',
  'test/unit/aws/constructs/api.test.ts',
  'test/unit/bench/support/function-catalogue.test.ts',
  'test/unit/runtime/inquiries.test.ts',
  'test/unit/web/shared/page.test.ts',
];

describe('the layout of the project', () => {
  it('when the tracked files are read, it finds none outside the folders the design names', () => {
    // Prepare
    const files = trackedFiles();

    // Act
    const strays = layoutStrays(files);

    // Assess
    expect(files.length).toBeGreaterThan(200);
    expect(strays, `paths the layout has no room for:\n${strays.join('\n')}\n`).toEqual([]);
  });

  it('Compliance: when every named folder, every feature and mirroring tests are present, it finds no stray', () => {
    // Act
    const strays = layoutStrays(WELL_PLACED);

    // Assess
    expect(strays).toEqual([]);
  });

  const PLANTED_STRAYS: { breaks: string; files: string[]; strays: string[] }[] = [
    {
      breaks: 'the top level gains a folder and a file',
      files: ['scripts/deploy.sh', 'notes.txt'],
      strays: ['notes.txt', 'scripts/'],
    },
    {
      breaks: 'lib/ holds a file of its own and a third folder',
      files: ['lib/shim.ts', 'lib/cdk/app.ts'],
      strays: ['lib/cdk/', 'lib/shim.ts'],
    },
    {
      breaks: 'functions/ holds a folder the design does not name and a file of its own',
      files: ['functions/core/attachment.ts', 'functions/local/server.ts', 'functions/index.ts'],
      strays: ['functions/core/', 'functions/index.ts', 'functions/local/'],
    },
    {
      breaks: 'the domain and the adapters name a feature outside the list, or hold a file outside every feature',
      files: ['functions/domain/documents/profile.ts', 'functions/adapters/production.ts'],
      strays: ['functions/adapters/production.ts', 'functions/domain/documents/'],
    },
    {
      breaks: 'the console holds a file beside its entry and a folder outside its features',
      files: ['web/src/app.tsx', 'web/src/pages/home.tsx', 'web/dist/index.html'],
      strays: ['web/dist/', 'web/src/app.tsx', 'web/src/pages/'],
    },
    {
      breaks: 'the handlers have a shared folder',
      files: ['functions/handlers/shared/page-limits.ts'],
      strays: ['functions/handlers/shared/'],
    },
    {
      breaks: 'a unit test folder mirrors no source folder',
      files: [
        'functions/domain/review/decide.ts',
        'test/unit/core/review/decide.test.ts',
        'test/unit/domain/x/y.test.ts',
      ],
      strays: ['test/unit/core/', 'test/unit/domain/x/'],
    },
  ];

  for (const { breaks, files, strays } of PLANTED_STRAYS) {
    it(`Noncompliance: when ${breaks}, it names each stray path`, () => {
      // Act
      const found = layoutStrays([...WELL_PLACED, ...files]);

      // Assess
      expect(found).toEqual(strays);
    });
  }
});
