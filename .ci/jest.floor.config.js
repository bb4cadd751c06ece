// Jest config for the peer-floor run (`.ci/run`, "unit tests against the aws-cdk-lib floor"): the suite as
// `npx projen test` runs it (package.json "jest"), with every import of aws-cdk-lib and constructs - from src/,
// test/ and from other packages - resolved to the floor that `.ci/run` installs in .floor/.
//
// Snapshots: a template snapshot records the exact output of one aws-cdk-lib release (asset hashes, the
// runtimes of aws-cdk-lib's own provider functions, defaults that changed between releases), so the committed
// snapshots are enforced against the pinned latest only. Here `toMatchSnapshot` writes into .floor/snapshots
// (emptied before each run) and passes; every other assertion - hasResourceProperties, resourceCountIs, the
// error messages, the rule findings, the property runs - runs as it does on the latest.
const path = require('path');

const root = path.resolve(__dirname, '..');
const floor = path.join(root, '.floor', 'node_modules');
const base = require('../package.json').jest;

// Tests of aws-cdk-lib features newer than the floor: they cannot run on it, and say so in the report.
const LATEST_ONLY_FILES = [
  'test/nag.test.ts', // cdk-nag 3 needs aws-cdk-lib >= 2.257 (its peer range) and aws-cdk-lib's Validations
  'test/nag/nag-pack.test.ts', // IntegrationChecksNagPack extends cdk-nag 3's NagPack: the same peer range
  // the policy-validation report of older releases neither prints nor fails the same way (the plugin runs there too,
  // but this test asserts the report text of the latest)
  'test/validation/validation-plugin.test.ts',
  // synthesizes the integ apps in child processes, outside this mapping (so with the latest), against committed
  // snapshots of the latest; @aws-cdk/integ-tests-alpha needs aws-cdk-lib >= 2.245 anyway
  'test/integ/integ-snapshots.test.ts',
];
const LATEST_ONLY_TESTS = [
  // aws-cdk-lib's HttpSqsIntegration and HttpEventBridgeIntegration are newer than the floor
  'every kind of aws-cdk-lib HTTP integration with valid settings gets no annotation',
  'ported from aws-cdk integ.sqs', // HttpSqsIntegration again
  // test/realworld/cdk: deployed aws-cdk integ apps built with classes newer than the floor
  'integ.eventbridge:', // HttpEventBridgeIntegration
  'integ.restapi-stream:', 'integ.lambda-api-stream:', // apigateway.ResponseTransferMode
];
const escape = s => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

module.exports = {
  ...base,
  rootDir: root,
  roots: ['<rootDir>/src', '<rootDir>/test'],
  collectCoverage: false,
  testPathIgnorePatterns: [...base.testPathIgnorePatterns, ...LATEST_ONLY_FILES.map(f => `<rootDir>/${f}`)],
  testNamePattern: `^(?!.*(${LATEST_ONLY_TESTS.map(escape).join('|')})).*$`,
  moduleNameMapper: {
    '^aws-cdk-lib$': path.join(floor, 'aws-cdk-lib'),
    '^aws-cdk-lib/(.*)$': path.join(floor, 'aws-cdk-lib', '$1'),
    '^constructs$': path.join(floor, 'constructs'),
  },
  snapshotResolver: path.join(__dirname, 'floor-snapshot-resolver.js'),
  reporters: ['default', ['jest-junit', { outputDirectory: 'test-reports/floor' }]],
};
