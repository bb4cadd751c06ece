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

/** A JSON property of the handler (`Apply`, `Restore`, `Deploy`), parsed; references rendered as `${Ref}`. */
export function jsonProperty(raw: Json): Json {
  return raw === undefined ? undefined : JSON.parse(typeof raw === 'string' ? raw : joinLiteral(raw));
}

/**
 * The call the patch handler makes (`Create` and `Update`: the change; `Delete`: the restore) for
 * the one custom resource of a type, parsed, in the SDK's shape: `{ parameters }` with the target
 * ids and the REST `patchOperations` or the v2 fields (`CreateDeployment` parameters for a
 * redeployment). `undefined` when the handler makes no call.
 */
export function sdkCall(template: Json, type: string, when: 'Create' | 'Update' | 'Delete'): Json {
  const found = resourcesOf(template, type);
  expect(found).toHaveLength(1);
  const p = found[0].Properties;
  if (p.Deploy !== undefined) return when === 'Delete' ? undefined : { parameters: jsonProperty(p.Deploy) };
  const body = jsonProperty(when === 'Delete' ? p.Restore : p.Apply);
  if (body === undefined) return undefined;
  return { parameters: p.Api === 'rest' ? { ...p.Target, patchOperations: body } : { ...p.Target, ...body } };
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
