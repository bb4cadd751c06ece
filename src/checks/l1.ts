import { CfnResource, Stack } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';

/** Reading L1 resources the way CloudFormation will see them. INTERNAL. */

type Json = Record<string, unknown>;

interface L1Internals {
  _toCloudFormation(): Json;
}

const cache = new WeakMap<CfnResource, Json>();

/**
 * The resource's `Properties` exactly as they will be in the template: CloudFormation's shape
 * (PascalCase), `addPropertyOverride` values merged in, lazy values resolved and references as
 * intrinsic functions (`{ Ref: … }`). Cached per resource: call it once the tree is complete
 * (aspects run then). To follow a reference to another resource, read the L1 attribute instead
 * (`cfnMethod.restApiId`), which still holds the token.
 */
export function cfnPropertiesOf(resource: CfnResource): Json {
  const hit = cache.get(resource);
  if (hit) return hit;
  const stack = Stack.of(resource);
  const rendered = stack.resolve((resource as unknown as L1Internals)._toCloudFormation()) as { Resources?: Record<string, { Properties?: Json }> };
  const entry = Object.values(rendered.Resources ?? {})[0];
  const props = entry?.Properties ?? {};
  cache.set(resource, props);
  return props;
}

/** True when `x` is an L1 resource of the given CloudFormation type (works across copies of aws-cdk-lib). */
export function isCfnOfType(x: unknown, type: string): x is CfnResource {
  return x !== null && typeof x === 'object' && CfnResource.isCfnResource(x as IConstruct) && (x as CfnResource).cfnResourceType === type;
}

/** An L1 attribute (camelCase) that may hold a token referring to another resource. */
export function attributeOf(resource: CfnResource, name: string): unknown {
  return (resource as unknown as Record<string, unknown>)[name];
}
