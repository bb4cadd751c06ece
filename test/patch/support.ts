import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { trackStack } from '../support/common';
import { expectSchemaValid, Json } from '../support/schema';

/** A fresh stack in a fresh app, with a fixed environment so ARNs are readable. */
export function newStack(): Stack {
  return trackStack(new Stack(new App(), 'Test', { env: { account: '123456789012', region: 'eu-west-1' } }));
}

/** The stack's template, checked against the CloudFormation resource schemas. */
export function synth(stack: Stack): Json {
  const template = Template.fromStack(stack).toJSON();
  expectSchemaValid(template);
  return template;
}

/** Every resource of a type in a template. */
export function resourcesOf(template: Json, type: string): Json[] {
  return Object.values(template.Resources as Record<string, Json>).filter(r => r.Type === type);
}

/** The SDK call (`Create`, `Update` or `Delete`) of the one custom resource of a type, parsed. */
export function sdkCall(template: Json, type: string, when: 'Create' | 'Update' | 'Delete'): Json {
  const found = resourcesOf(template, type);
  expect(found).toHaveLength(1);
  const raw = found[0].Properties[when];
  return raw === undefined ? undefined : JSON.parse(typeof raw === 'string' ? raw : joinLiteral(raw));
}

/** `Fn::Join` of literal parts and references, with references rendered as `${Ref}` so the JSON parses. */
function joinLiteral(x: Json): string {
  const [sep, parts] = x['Fn::Join'];
  return (parts as Json[]).map(p => (typeof p === 'string' ? p : `\${${JSON.stringify(p).replace(/"/g, '\'')}}`)).join(sep);
}

/** Every IAM policy statement in a template. */
export function statementsOf(template: Json): Json[] {
  return resourcesOf(template, 'AWS::IAM::Policy').flatMap(p => p.Properties.PolicyDocument.Statement as Json[]);
}

/** The template with asset hashes masked, for snapshots. */
export function masked(template: Json): Json {
  return JSON.parse(JSON.stringify(template, (k, v) => (k === 'S3Key' && typeof v === 'string' ? '<asset>.zip' : v)));
}
