import { awscdk, DependencyType, javascript, JsonFile, release } from 'projen';

// The oldest aws-cdk-lib the library supports (peer dependency `^AWS_CDK_LIB_FLOOR`): .ci/run type-checks src/ and
// runs the unit tests against it (README "Compatibility" says why this release and not an older one).
const AWS_CDK_LIB_FLOOR = '2.172.0';
// The aws-cdk-lib the build, the snapshots and the example synth use: the newest release.
const AWS_CDK_LIB_LATEST = '2.276.0';
// The 1.0 API pass (issue 13, docs/MIGRATION.md "Renamed for 1.0") is done: stability `stable`, releases on the
// 1.x line, the first one 1.0.0 (README "Releasing").
const API_STABLE = true;
// jsii-diff (`npx projen compat`, spawned by every compile) compares the API with the latest 1.x on npm. Until
// 1.0.0 is published there is nothing to compare with (the task would fail), so it is turned on after that release.
const PUBLISHED_1X = false;

const project = new awscdk.AwsCdkConstructLibrary({
  name: 'cdk-apigateway-integrations',
  description:
    'Type-safe Amazon API Gateway integrations (REST, HTTP and WebSocket APIs) for the AWS CDK, with every service constraint checked at synth time.',
  author: 'cdk-apigateway-integrations maintainers',
  authorAddress: 'maintainers@users.noreply.github.com',
  repositoryUrl: 'https://github.com/cdk-apigateway-integrations/cdk-apigateway-integrations.git',
  license: 'Apache-2.0',
  keywords: ['awscdk', 'aws-cdk', 'cdk', 'apigateway', 'api-gateway'],
  defaultReleaseBranch: 'main',
  projenrcTs: true,
  packageManager: javascript.NodePackageManager.NPM,

  cdkVersion: AWS_CDK_LIB_FLOOR, // peer dependency ^floor
  // the dev dependency is the latest, not the floor (added below): snapshots and the example synth use it
  peerDependencyOptions: { pinnedDevDependency: false },
  minNodeVersion: '20.0.0', // package.json engines
  stability: API_STABLE ? 'stable' : 'experimental',
  majorVersion: API_STABLE ? 1 : 0, // 0.x: a breaking change bumps the minor version
  compat: API_STABLE && PUBLISHED_1X, // jsii-diff against the published package: only once there is one to guard
  // `npx projen release` bumps from the conventional commits, builds and unbumps; `npx projen publish:git` then
  // prepends the release notes to CHANGELOG.md, commits and tags (no push: there is no remote here)
  releaseTrigger: release.ReleaseTrigger.manual({ changelogPath: 'CHANGELOG.md', gitPushCommand: '' }),
  // the first release (no tag yet) is 1.0.0 (0.1.0 on the 0.x line), not the placeholder 0.0.0; later ones follow the commits
  nextVersionCommand: `git rev-parse --verify --quiet "refs/tags/$LATEST_TAG" >/dev/null || echo ${API_STABLE ? '1.0.0' : '0.1.0'}`,
  jsiiVersion: '~6.0.0',
  // jsii 6.0 compiles with TypeScript 6.0; TS 7 (the registry's latest) breaks ts-jest, ts-node and typescript-eslint.
  typescriptVersion: '~6.0.0',
  // Bundled parsers: VTL for mapping templates (src/templates: checked at synth, rendered offline), and YAML for the
  // CLI's templates and OpenAPI files (CloudFormation's short-form tags).
  bundledDeps: ['velocityjs@^2', 'yaml@^2.9.1'],
  devDeps: [
    `aws-cdk-lib@${AWS_CDK_LIB_LATEST}`,
    'aws-cdk@^2', // the CLI for `cdk synth`; the registry's aws-cdk@latest (3.0.0) is an old, incompatible build
    '@types/node@^20', // typescriptVersion would otherwise ask for the missing @types/node@ts6.0 dist-tag
    'ajv@^8', // test/schema.test.ts: templates against the CloudFormation resource schemas
    'fast-check@^4', // property-based tests of the rule table, renderers and constructs
    '@aws-cdk/integ-runner@^2', // integ tests: committed snapshots diffed without deploying
    '@aws-cdk/integ-tests-alpha@2.245.0-alpha.0', // IntegTest + assertions in test/integ (the registry's newest)
  ],

  // IntegrationChecksNagPack extends cdk-nag's NagPack: a peer, as cdk-nag's rule packs declare it
  // (npm installs peers; projen adds the floor as a devDependency for the tests and the AwsSolutions run).
  peerDeps: ['cdk-nag@^3.0.2'],
  // `npx cdk-apigateway-integrations check …`: the template checker (src/cli; bin/ is a JS file without extension).
  bin: { 'cdk-apigateway-integrations': 'bin/cdk-apigateway-integrations' },

  // Declared targets -> package.json jsii.targets -> .jsii -> Construct Hub language tabs.
  // Packaging them needs PyPI / Maven Central / dotnet / go, which the offline build does not have.
  publishToPypi: { distName: 'cdk-apigateway-integrations', module: 'cdk_apigateway_integrations' },
  publishToMaven: {
    javaPackage: 'io.github.cdkapigatewayintegrations',
    mavenGroupId: 'io.github.cdk-apigateway-integrations',
    mavenArtifactId: 'cdk-apigateway-integrations',
  },
  publishToNuget: { dotNetNamespace: 'CdkApigatewayIntegrations', packageId: 'CdkApigatewayIntegrations' },
  publishToGo: { moduleName: 'github.com/cdk-apigateway-integrations/cdk-apigateway-integrations-go' },

  github: false, // CI is .ci/run
  depsUpgrade: false, // lockfile changes stay deliberate (TOOLCHAIN.md pitfall 2)
  typecheckTests: true, // ts-jest runs with isolatedModules here: `test` starts with tsc --noEmit
  jestOptions: {
    updateSnapshot: javascript.UpdateSnapshot.NEVER, // `test` = jest --ci; `test:update` rewrites snapshots
    passWithNoTests: false,
    jestConfig: {
      collectCoverage: false, // with 2 workers: `npx projen test` 278 -> 146 CPU s, 12.6 -> 2.8 min; coverage in CI only (below)
      maxWorkers: '100%', // jest's default is cores - 1: one worker on a 2-core machine
    },
  },
  gitignore: ['.jsii.tabl.json', '/cdk.out/', '/.bindings/', '/bench/results/', '/.floor/'],
});

// constructs: the peer's minimum, exactly, as a dev dependency (projen's cdk deps drop a devDeps entry for it).
project.deps.addDependency('constructs@10.5.1', DependencyType.BUILD);

// The registry mirror lacks unrs-resolver 1.13.0's non-linux optional bindings -> `npm ci` rejects the lockfile.
project.package.addPackageResolutions('unrs-resolver@1.12.2');

// Keep CI, the example output, the bench and the bindings smoke out of the npm tarball.
project.npmignore?.exclude('/.ci/', '/.floor/', '/docs/', '/.bindings/', '/cdk.out/', '/cdk.json', '/.cdk.staging/', '/bench/', '/build-tools/', '/test-reports/');

// The example app: `npx cdk synth` (read-only cdk.json; test/** is type-checked by `test`).
const cdkConfig = new awscdk.CdkConfig(project, {
  app: 'npx ts-node --transpile-only --prefer-ts-exts test/example.app.ts',
  // the flags `cdk init` writes for this aws-cdk-lib (aws-cdk-lib/recommended-feature-flags.json): a new app's setup,
  // and no "N feature flags are not configured" notice on every synth
  featureFlags: awscdk.CdkFeatureFlags.V2.fromLocalAwsCdkLib(),
  context: { 'cli-telemetry': false },
});
cdkConfig.json.addOverride('notices', false);

// aws-cdk-lib >= 2.262 runs a WASM CloudFormation validator per synth (~5 s per jest file). Off in unit tests;
// test/schema.test.ts validates every template against the CloudFormation schemas instead.
for (const name of ['test', 'test:update', 'test:watch']) {
  project.tasks.tryFind(name)?.env('CDK_VALIDATION', 'false');
}
project.tasks.addEnvironment('JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION', '20');

// Coverage in CI only (it is not needed to see whether a change breaks a test): `.ci/run` sets CI=true.
{
  const i = project.testTask.steps.findIndex(st => st.execArgs?.[0] === 'jest');
  const jest = project.testTask.steps[i];
  project.testTask.updateStep(i, { ...jest, condition: '[ -z "$CI" ]' });
  project.testTask.insertStep(i + 1, { ...jest, name: 'jest with coverage (CI)', execArgs: [...jest.execArgs!, '--coverage'], condition: '[ -n "$CI" ]' });
}

// bench/ and build-tools/ are type-checked with the tests and linted with the sources.
project.tsconfigDev.addInclude('../bench/**/*.ts');
project.tsconfigDev.addInclude('../build-tools/**/*.ts');
// docs/migration/*.ts: the migration guide's examples, type-checked with the tests (test/docs.test.ts keeps the guide in step)
project.tsconfigDev.addInclude('../docs/**/*.ts');
project.eslint?.addLintPattern('bench');
// eslint's typed linting finds the nearest tsconfig.json: give bench/ and build-tools/ their own.
for (const dir of ['bench', 'build-tools']) {
  new JsonFile(project, `${dir}/tsconfig.json`, {
    obj: { extends: '../tsconfig.json', compilerOptions: { rootDir: '..', noEmit: true }, include: ['**/*.ts'], exclude: ['node_modules'] },
  });
}

// Errors go through src/core/errors.ts only: they carry the construct path and the rule code.
project.eslint?.addRules({
  'no-restricted-syntax': [
    'error',
    {
      selector: "ThrowStatement > NewExpression[callee.name='Error']",
      message: 'Throw through src/core/errors.ts so the error names the construct path and a rule code.',
    },
  ],
});
project.eslint?.addOverride({
  files: ['src/core/errors.ts', 'test/**/*.ts', 'bench/**/*.ts', 'build-tools/**/*.ts'],
  rules: { 'no-restricted-syntax': 'off' },
});

// README / @example snippets must compile (what Construct Hub transliterates).
const rosetta = project.addTask('rosetta:extract', {
  description: 'Compile and translate README/@example snippets (strict)',
  exec: 'jsii-rosetta extract --compile --fail --strict .jsii',
});
project.postCompileTask.spawn(rosetta);

// Offline smoke check of the other languages: generate binding sources only.
const bindings = project.addTask('package:bindings-smoke', {
  description: 'Generate python/java/dotnet/go binding sources (code only, offline)',
  exec: 'jsii-pacmak --code-only --no-npmignore --targets python java dotnet go -o .bindings',
});
bindings.exec('python3 -m compileall -q .bindings/python');
// Every public type and member is in every language's sources; our assembly runs in the jsii kernel driven from Python
// (the Python `jsii` runtime itself is on PyPI only: see test/bindings/README.md).
bindings.exec('bash test/bindings/run.sh');

// `package` = js tarball + bindings smoke, in and out of CI (stock: package-all outside CI, which fails offline).
project.packageTask.reset();
project.packageTask.spawn(project.tasks.tryFind('package:js')!);
project.packageTask.spawn(bindings);

// The README's rule and limits tables are generated from src/core (test/readme.test.ts keeps them in step).
project.addTask('readme:tables', {
  description: 'Regenerate the README rule and limits tables from src/core',
  exec: 'ts-node --transpile-only --prefer-ts-exts build-tools/readme-tables.ts',
});

// Integ tests: snapshots in integ-runner's layout, written here and diffed by test/integ/integ-snapshots.test.ts
// (integ-runner itself cannot read aws-cdk-lib 2.276's cloud assemblies yet: see test/integ/README.md).
project.addTask('integ:update', {
  description: 'Re-synthesize test/integ/integ.*.ts and rewrite their committed snapshots',
  exec: 'ts-node --transpile-only --prefer-ts-exts test/integ/snapshot.ts',
  receiveArgs: true,
});

// Benchmark: our constructs vs aws-cdk-lib's vs hand-written L1, each synth in a fresh process.
project.addTask('bench', {
  description: 'Synth-time benchmark: this library vs aws-cdk-lib vs hand-written L1 (N = 10, 100, 300)',
  exec: 'ts-node --transpile-only --prefer-ts-exts bench/run.ts',
});
// The template checker on 10,000 integrations (20 templates of 500), beside the same resources through the aspect.
project.addTask('bench:cli', {
  description: 'CLI benchmark: `check` on 20 templates of 500 integrations (whole process), beside IntegrationChecks',
  exec: 'ts-node --transpile-only --prefer-ts-exts bench/cli.ts',
  env: { CDK_VALIDATION: 'false' },
});

project.synth();
