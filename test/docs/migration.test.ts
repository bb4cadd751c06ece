// docs/MIGRATION.md shows the examples in docs/migration/*.ts, which `npx projen test` type-checks with the tests
// (test/tsconfig.json includes ../docs). A guide that drifts from the checked files fails here.
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';

const root = join(__dirname, '..', '..');
const guide = readFileSync(join(root, 'docs', 'MIGRATION.md'), 'utf8');
const blocks = [...guide.matchAll(/```ts\n([\s\S]*?)```/g)].map(m => m[1]);
const files = readdirSync(join(root, 'docs', 'migration')).filter(f => f.endsWith('.ts')).sort();

/** The guide imports the package by name; the checked files import ../../src. */
function asInGuide(file: string): string {
  return readFileSync(join(root, 'docs', 'migration', file), 'utf8').replace("} from '../../src';", "} from 'cdk-apigateway-integrations';");
}

test('the guide shows one example per API kind, each a checked file', () => {
  expect(files).toEqual(['http.ts', 'rest.ts', 'websocket.ts']);
  expect(blocks).toHaveLength(files.length);
});

test.each(files)('the guide shows docs/migration/%s as it is', file => {
  expect(blocks).toContain(asInGuide(file));
});

test('every aws-cdk-lib integration class has a row in the class table', () => {
  const classes = [
    'apigateway.LambdaIntegration', 'apigateway.HttpIntegration', 'apigateway.AwsIntegration', 'apigateway.MockIntegration',
    'apigateway.StepFunctionsIntegration', 'integrations.HttpLambdaIntegration', 'integrations.HttpUrlIntegration',
    'integrations.HttpAlbIntegration', 'integrations.HttpNlbIntegration', 'integrations.HttpServiceDiscoveryIntegration',
    'integrations.HttpSqsIntegration', 'integrations.HttpStepFunctionsIntegration', 'integrations.HttpEventBridgeIntegration',
    'integrations.WebSocketLambdaIntegration', 'integrations.WebSocketMockIntegration', 'integrations.WebSocketAwsIntegration',
  ];
  const rows = guide.split('\n').filter(l => l.startsWith('| `'));
  for (const c of classes) expect(rows.some(r => r.startsWith(`| \`${c}`))).toBe(true);
});
