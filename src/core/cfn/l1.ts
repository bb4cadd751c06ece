import { CfnResource, Stack, Token } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { isIntrinsic } from '../values';

/** Reading L1 resources the way CloudFormation will see them. INTERNAL. */

type Json = Record<string, unknown>;

function isJson(x: unknown): x is Json {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** The L1's raw `Properties` overrides (`addPropertyOverride`), read through its protected `rawOverrides`. */
function rawPropertyOverrides(resource: CfnResource): Json | undefined {
  const raw: unknown = Reflect.get(resource, 'rawOverrides');
  const props: unknown = isJson(raw) ? raw.Properties : undefined;
  return isJson(props) ? props : undefined;
}

/** The L1's rendered template fragment, through its `@internal` `_toCloudFormation`. */
function renderedFragment(resource: CfnResource): unknown {
  const render: unknown = Reflect.get(resource, '_toCloudFormation');
  return typeof render === 'function' ? Reflect.apply(render, resource, []) : {};
}

/** L1 properties whose keys are data (header names, content types, status codes), not property names: kept as given. */
const MAP_PROPERTIES = new Set([
  'requestParameters', 'requestTemplates', 'responseParameters', 'responseTemplates', 'responseModels', 'requestModels',
]);

function pascal(key: string): string {
  return key.charAt(0).toUpperCase() + key.slice(1);
}

/**
 * camelCase L1 values -> CloudFormation's PascalCase, with lazy values (IResolvable objects,
 * which a construct may keep a property in until synthesis) resolved and string tokens kept.
 */
function toCfnShape(x: unknown, stack: Stack): unknown {
  if (x === null || typeof x !== 'object') return x;
  if (Token.isUnresolved(x)) return toCfnShape(stack.resolve(x), stack);
  if (Array.isArray(x)) return x.map(v => toCfnShape(v, stack));
  if (isIntrinsic(x)) return x;
  const out: Json = {};
  for (const [k, v] of Object.entries(x as Json)) {
    if (v === undefined) continue;
    out[pascal(k)] = MAP_PROPERTIES.has(k) ? mapShape(v, stack) : toCfnShape(v, stack);
  }
  return out;
}

/** Map properties are passed through as given (L1 types them as JSON or string maps): keys and values stay. */
function mapShape(x: unknown, stack: Stack): unknown {
  return x !== null && typeof x === 'object' && Token.isUnresolved(x) ? stack.resolve(x) : x;
}

const cache = new WeakMap<CfnResource, Json>();

/**
 * The resource's `Properties` as they will be in the template: CloudFormation's shape
 * (PascalCase), `addPropertyOverride` values merged in, lazy values resolved. References may be
 * CDK tokens or intrinsic functions (`{ Ref: … }`): facts treat both as unknown. Cached per
 * resource: call it once the tree is complete (aspects run then). To follow a reference to
 * another resource, read the L1 attribute instead (`cfnMethod.restApiId`), which holds the token.
 */
export function cfnPropertiesOf(resource: CfnResource): Json {
  const hit = cache.get(resource);
  if (hit) return hit;
  const stack = Stack.of(resource);
  let props: Json;
  if (rawPropertyOverrides(resource) !== undefined) {
    // Overrides are in CloudFormation's shape already: render the resource as the template will have it.
    const rendered: unknown = stack.resolve(renderedFragment(resource));
    const resources: unknown = isJson(rendered) ? rendered.Resources : undefined;
    const first: unknown = isJson(resources) ? Object.values(resources)[0] : undefined;
    const properties: unknown = isJson(first) ? first.Properties : undefined;
    props = isJson(properties) ? properties : {};
  } else {
    // The fast path (most resources): no full render, string tokens kept.
    const shaped = toCfnShape(Reflect.get(resource, 'cfnProperties'), stack);
    props = isJson(shaped) ? shaped : {};
  }
  cache.set(resource, props);
  return props;
}

/** True when `x` is an L1 resource of the given CloudFormation type (works across copies of aws-cdk-lib). */
export function isCfnOfType(x: unknown, type: string): x is CfnResource {
  return x !== null && typeof x === 'object' && CfnResource.isCfnResource(x as IConstruct) && (x as CfnResource).cfnResourceType === type;
}

/**
 * One property of an L1 resource, read cheaply: the typed L1's attribute (camelCase, tokens kept)
 * when it has one and no raw override replaces it, the rendered property otherwise (a generic
 * `CfnResource` has only its properties).
 */
export function propertyOf(resource: CfnResource, attribute: string, property: string): unknown {
  if (attribute in resource && rawPropertyOverrides(resource)?.[property] === undefined) return Reflect.get(resource, attribute);
  return cfnPropertiesOf(resource)[property];
}

const byType = new WeakMap<IConstruct, Map<string, CfnResource[]>>();

/**
 * The app's L1 resources of one CloudFormation type. The app is walked once, on first use (aspects
 * run once the tree is complete), for every index built from it (v2 routes and responses, API counts).
 */
export function resourcesOfType(scope: IConstruct, type: string): readonly CfnResource[] {
  const root = scope.node.root;
  let index = byType.get(root);
  if (!index) {
    index = new Map();
    for (const c of root.node.findAll()) {
      if (!CfnResource.isCfnResource(c)) continue;
      const list = index.get(c.cfnResourceType);
      if (list) list.push(c);
      else index.set(c.cfnResourceType, [c]);
    }
    byType.set(root, index);
  }
  return index.get(type) ?? [];
}
