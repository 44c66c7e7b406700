/**
 * The project's dependency rules: what each folder may import, so that the folder names keep
 * meaning what they say. `npm test` checks them (test/infra/dependency-rules.test.ts), `npm run deps`
 * prints what breaks them. Paths are relative to the project root.
 */

/** Development tooling: the CDK app, the local runtime, the command line, the tests and the benchmarks. */
const TOOLING = '^(lib|bin|test|bench)/';

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-circular',
      comment:
        'Modules that import each other, even for types only, cannot be understood, tested or moved ' +
        'one at a time; at run time their load order decides which sees the other half-initialised.',
      severity: 'error',
      from: { path: '^(bin|lib|functions|test|bench)/' },
      to: { circular: true },
    },
    {
      name: 'domain-is-pure',
      comment:
        "The domain states the service's rules and talks to the world through its ports only, so it " +
        'runs in a unit test and survives a change of cloud. What it may import is listed, not what it ' +
        'may not, so that a package nobody thought of (an SDK helper, a tracer, the file system) is ' +
        'refused too: itself, the contract, and node:crypto for the ids it makes.',
      severity: 'error',
      from: { path: '^functions/domain/' },
      to: { pathNot: ['^functions/(domain|contract)/', '^(node:)?crypto$'] },
    },
    {
      name: 'contract-is-plain',
      comment:
        'The contract is what the infrastructure and the functions agree on, read by the CDK app at ' +
        'synth and by every function at load: plain data, so it imports nothing but itself (no ' +
        'package, no Node built-in) and so cannot make a client or a metrics object while the app synthesizes.',
      severity: 'error',
      from: { path: '^functions/contract/' },
      to: { pathNot: '^functions/contract/' },
    },
    {
      name: 'infrastructure-sees-only-the-contract',
      comment:
        'The CDK app builds the functions from their entry files and needs from their code only what ' +
        'both sides agree on; importing anything else would load Lambda code (SDK clients, metrics) ' +
        'during synth and tie the infrastructure to how the functions are written. Every file of lib/ ' +
        'is held to it, wherever it sits, but the local runtime, which runs the functions themselves, ' +
        "and the API contract's generator, which reads the handlers' schemas.",
      severity: 'error',
      from: { path: ['^lib/', '^bin/app\\.ts$'], pathNot: '^lib/(local|openapi)/' },
      to: { path: '^functions/', pathNot: '^functions/contract/' },
    },
    {
      name: 'contract-generator-reads-no-wiring',
      comment:
        "The API contract's generator reads the handlers' route contracts and representations; the " +
        'composition root and the adapters create clients and read the environment when loaded.',
      severity: 'error',
      from: { path: '^lib/openapi/' },
      to: { path: '^functions/(runtime|adapters)/' },
    },
    {
      name: 'functions-stay-out-of-tooling',
      comment:
        'Lambda code is bundled and deployed on its own: anything it imported from the CDK app, the ' +
        'local runtime, the command line, the tests or the benchmarks would ship with it.',
      severity: 'error',
      from: { path: '^functions/' },
      to: { path: TOOLING },
    },
    {
      name: 'functions-ship-production-dependencies',
      comment:
        'A Lambda bundle holds what package.json lists under dependencies; a devDependency (the CDK, ' +
        'the test runner, the local stand-ins) imported by Lambda code would be bundled from a ' +
        'development install, or be missing where it is installed for production. Types are erased ' +
        "at build, so a type-only import of a devDependency (Lambda's event types) ships nothing.",
      severity: 'error',
      from: { path: '^functions/' },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'handlers-take-clients-from-the-runtime',
      comment:
        'Clients are made once per cold start in the composition root, which hands them to the ' +
        'handlers; a handler that imported the AWS SDK could build its own, configured apart from ' +
        'the rest and out of reach of the tests that give it fakes.',
      severity: 'error',
      from: { path: '^functions/handlers/' },
      to: { path: '(^|/)node_modules/@aws-sdk/' },
    },
    {
      name: 'runtime-wires-below-the-handlers',
      comment:
        'The composition root builds what the handlers are given, so the handlers import it and not ' +
        "the other way round; a handler re-exported through it would also let one feature's " +
        "handlers reach another's without naming it.",
      severity: 'error',
      from: { path: '^functions/runtime/' },
      to: { path: '^functions/handlers/' },
    },
    {
      name: 'handlers-keep-to-their-feature',
      comment:
        "A feature's handlers are found, changed and removed by the feature's name only if they " +
        "lean on no other feature's handlers; what two features share belongs in the domain or " +
        'in functions/http.',
      severity: 'error',
      from: { path: '^functions/handlers/([^/]+)/' },
      to: { path: '^functions/handlers/', pathNot: '^functions/handlers/$1/' },
    },
    {
      name: 'adapters-serve-the-domain',
      comment:
        "Adapters implement the domain's ports and know nothing of who calls them: no handler, no " +
        'HTTP layer, no wiring (the composition root imports them, not the other way round).',
      severity: 'error',
      from: { path: '^functions/adapters/' },
      to: { path: '^functions/(handlers|http|runtime)/' },
    },
    {
      name: 'http-is-shared-by-handlers',
      comment:
        'The HTTP layer is what every handler shares, so it cannot depend on any one of them, nor on ' +
        'the production wiring that the handlers are tested without.',
      severity: 'error',
      from: { path: '^functions/http/' },
      to: { path: '^functions/(handlers|runtime)/' },
    },
    {
      name: 'console-runs-in-the-browser',
      comment:
        'The console is a browser bundle, downloaded by every visitor: it may run itself, Preact, its ' +
        'router, the API client and the contract (plain data that imports nothing), and nothing else ' +
        '(no Node built-in, no Lambda code, no SDK, no package nobody weighed against the first-load budget).',
      severity: 'error',
      from: { path: '^web/src/' },
      to: {
        dependencyTypesNot: ['type-only'],
        pathNot: ['^web/src/', '^functions/contract/', '(^|/)node_modules/(preact|preact-iso|openapi-fetch)/'],
      },
    },
    {
      name: 'console-types-from-the-contract',
      comment:
        "The console is typed by the API's contract (the generated OpenAPI types), which it imports " +
        'for types only: they are erased at build, so the bundle holds none of the functions.',
      severity: 'error',
      from: { path: '^web/src/' },
      to: {
        dependencyTypes: ['type-only'],
        pathNot: ['^web/src/', '^functions/contract/', '(^|/)node_modules/(preact|preact-iso|openapi-fetch)/'],
      },
    },
    {
      name: 'console-is-built-not-imported',
      comment:
        'The console is built into files and served; only the tooling that builds and serves it (lib/) ' +
        'may read its list of pages. Lambda code that imported it would ship browser code.',
      severity: 'error',
      from: { path: '^functions/' },
      to: { path: '^web/' },
    },
    {
      name: 'aws-app-ignores-local',
      comment:
        'The local runtime is the stand-in for the AWS app and builds on it; the deployed app must ' +
        'not depend on its stand-in.',
      severity: 'error',
      from: { path: '^lib/aws/' },
      to: { path: '^lib/local/' },
    },
    {
      name: 'production-code-not-from-tests',
      comment:
        'Test and benchmark helpers are not shipped, not reviewed as production code and free to ' +
        'change with the tests; code outside test/ and bench/ that used them would break with them.',
      severity: 'error',
      from: { pathNot: '^(test|bench)/' },
      to: { path: '^(test|bench)/' },
    },
    {
      name: 'not-to-unresolvable',
      comment:
        'An import that resolves to no file fails at run time (or names a package missing from ' +
        'package.json); it also hides a dependency from every other rule.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'no-orphans',
      comment:
        'A module that imports nothing and that nothing imports is dead code. Entry files (the ' +
        'handlers routes.ts names, bin, the tests) need no exemption: each imports something.',
      severity: 'error',
      from: { orphan: true, pathNot: '(^|/)[^/]+\\.d\\.ts$' },
      to: {},
    },
  ],
  options: {
    // Lambda code, infrastructure and tooling alike, but not the packages they use: those count
    // as dependencies, and are not cruised themselves.
    doNotFollow: { path: '(^|/)node_modules/' },
    // The benchmark's scratch folder (bundles, generated baselines) while it runs: output, not source.
    exclude: { path: '^bench/\\.work/' },
    tsConfig: { fileName: 'tsconfig.json' },
    // Type-only imports count: a domain that imports a type from the SDK depends on the SDK.
    tsPreCompilationDeps: true,
    // Packages resolve as Node resolves them for this ESM project.
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'types', 'node', 'default'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    cache: false,
  },
};
