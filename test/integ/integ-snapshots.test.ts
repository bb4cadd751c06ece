// The integ apps' committed snapshots (test/integ/integ.<name>.ts.snapshot/) match a fresh synthesis:
// what integ-runner's snapshot check does, without deploying (see README.md here).
import * as fs from 'node:fs';
import { comparableFiles, integApps, snapshotDir, snapshotFiles, synthesizeSnapshot } from './snapshot';
import { validateTemplate } from '../support/schema';

const UPDATE = 'npx ts-node --transpile-only --prefer-ts-exts test/integ/snapshot.ts';

test('there is one integ app per API kind, each with a committed snapshot', () => {
  expect(integApps()).toEqual(['integ.http-api.ts', 'integ.rest-api.ts', 'integ.websocket-api.ts']);
  for (const app of integApps()) expect(fs.existsSync(snapshotDir(app))).toBe(true);
});

describe.each(integApps())('%s', (app) => {
  const committed = () => snapshotFiles(snapshotDir(app));

  test('a fresh synthesis matches the committed snapshot (integ.json and the templates; asset hashes and assertion salts masked)', () => {
    const actual = comparableFiles(synthesizeSnapshot(app));
    const expected = comparableFiles(committed());
    expect(Object.keys(actual)).toEqual(Object.keys(expected));
    for (const name of Object.keys(expected)) {
      // a readable failure: which file differs, and how to accept the change
      expect({ file: name, text: actual[name], update: UPDATE }).toEqual({ file: name, text: expected[name], update: UPDATE });
    }
  }, 120_000);

  test('every template of the snapshot is schema-valid', () => {
    const templates = Object.entries(committed()).filter(([name]) => name.endsWith('.template.json'));
    expect(templates.length).toBeGreaterThanOrEqual(2); // the test stack and the assertion stack
    for (const [name, text] of templates) expect(validateTemplate(JSON.parse(text)).map((p) => `${name}: ${p}`)).toEqual([]);
  });

  test('integ.json names the test case, its stack and its assertion stack (what integ-runner reads)', () => {
    const integ = JSON.parse(committed()['integ.json']);
    const cases = Object.values(integ.testCases) as Array<{ stacks: string[]; assertionStackName: string }>;
    expect(cases).toHaveLength(1);
    const manifest = JSON.parse(committed()['manifest.json']);
    for (const stack of [...cases[0].stacks, cases[0].assertionStackName]) {
      expect(manifest.artifacts[stack]?.type).toBe('aws:cloudformation:stack');
      expect(committed()[manifest.artifacts[stack].properties.templateFile]).toBeDefined();
    }
  });

  test('the assertions call the back end: an HTTP call or a function invocation, and an SQS receive', () => {
    const integ = JSON.parse(committed()['integ.json']);
    const assertionStack = (Object.values(integ.testCases)[0] as { assertionStackName: string }).assertionStackName;
    const template = JSON.parse(committed()[`${assertionStack}.template.json`]);
    const types = Object.values(template.Resources as Record<string, { Type: string; Properties?: any }>).map((r) => r.Type);
    expect(types.some((t) => t === 'Custom::DeployAssert@HttpCall' || t === 'Custom::DeployAssert@SdkCallLambdainvoke')).toBe(true);
    expect(types).toContain('Custom::DeployAssert@SdkCallSQSreceiveMessage');
  });
});
