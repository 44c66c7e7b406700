import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The code the dependency rules hold to what it imports: the Lambda code, the CDK app and its entry. */
const GUARDED_FOLDERS = ['functions', 'lib/aws'];
const GUARDED_FILES = ['bin/app.ts'];

/** Calls that load a module by a name they compute: `import(x)`, `require(x)`, `process.getBuiltinModule(x)`. */
const isModuleLoad = (call: ts.CallExpression): boolean => {
  const callee = call.expression;
  if (callee.kind === ts.SyntaxKind.ImportKeyword) return true;
  if (ts.isIdentifier(callee)) return callee.text === 'require';
  return ts.isPropertyAccessExpression(callee) && callee.name.text === 'getBuiltinModule';
};

const namesItsModule = (call: ts.CallExpression): boolean => {
  const [specifier] = call.arguments;
  return specifier !== undefined && (ts.isStringLiteral(specifier) || ts.isNoSubstitutionTemplateLiteral(specifier));
};

/**
 * Every module load in `source` whose module is not a string written in the code, as "file:line":
 * dependency-cruiser reads module names from the code, so such a load is an import no rule can see.
 */
const hiddenModuleLoads = (file: string, source: string): string[] => {
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && isModuleLoad(node) && !namesItsModule(node)) {
      found.push(`${file}:${tree.getLineAndCharacterOfPosition(node.getStart()).line + 1}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return found;
};

const guardedSources = (): string[] => [
  ...GUARDED_FOLDERS.flatMap((folder) =>
    readdirSync(join(PROJECT_ROOT, folder), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts'))
      .map((file) => `${folder}/${file}`),
  ),
  ...GUARDED_FILES,
];

describe('module loads the dependency rules cannot see', () => {
  it('when the Lambda code, the CDK app and bin/app.ts are read, no module is loaded by a computed name', () => {
    // Prepare
    const files = guardedSources();

    // Act
    const hidden = files.flatMap((file) => hiddenModuleLoads(file, readFileSync(join(PROJECT_ROOT, file), 'utf8')));

    // Assess
    expect(files).toEqual(expect.arrayContaining(['bin/app.ts', 'lib/aws/constructs/bundling.ts']));
    expect(files.length).toBeGreaterThan(100);
    expect(hidden, `modules loaded by a computed name:\n${hidden.join('\n')}\n`).toEqual([]);
  });

  it('Compliance: when modules are imported by a written name, or createRequire is named in a string, it finds none', () => {
    // Prepare
    const source = [
      `import { clock } from './clock.js';`,
      `export const load = () => import('./settings.js');`,
      'export const later = () => import(`./routes.js`);',
      `export const fs = process.getBuiltinModule('node:fs');`,
      `export const banner = "import { createRequire } from 'module'; const require = createRequire(import.meta.url);";`,
      `export const text = 'import(name)';`,
    ].join('\n');

    // Act
    const hidden = hiddenModuleLoads('functions/runtime/planted.ts', source);

    // Assess
    expect(hidden).toEqual([]);
  });

  it('Noncompliance: when import(), require() or getBuiltinModule() is given a computed name, it names each line', () => {
    // Prepare
    const source = [
      `const name = './handlers/review/decide-inquiry.js';`,
      `export const load = () => import(name);`,
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the planted source holds a template literal
      'export const pick = (feature: string) => import(`./handlers/${feature}.js`);',
      `export const loaded = require(name);`,
      `export const builtin = process.getBuiltinModule(name);`,
      `export const nothing = () => import();`,
    ].join('\n');

    // Act
    const hidden = hiddenModuleLoads('functions/runtime/planted.ts', source);

    // Assess
    expect(hidden).toEqual([
      'functions/runtime/planted.ts:2',
      'functions/runtime/planted.ts:3',
      'functions/runtime/planted.ts:4',
      'functions/runtime/planted.ts:5',
      'functions/runtime/planted.ts:6',
    ]);
  });
});
