import { CfnResource } from 'aws-cdk-lib';
import { attributeOf, cfnPropertiesOf, isCfnOfType } from './l1';
import { restMethodFacts } from '../cfn-facts';
import { Fact, IntegrationFacts, Unknown } from '../facts';
import { listFact, referenceTarget, stringFact } from '../values';

/** `AWS::ApiGateway::Method` -> facts, following references to its RestApi and Resource. INTERNAL. */

/**
 * True when a RestApi's methods come from an OpenAPI definition or another API (`Body`,
 * `BodyS3Location`, `CloneFrom`): the app's own resources do not show them all.
 */
export function definedOutsideTheApp(props: Record<string, unknown>): boolean {
  return props.Body !== undefined || props.BodyS3Location !== undefined || props.CloneFrom !== undefined;
}

const endpointCache = new WeakMap<CfnResource, Fact<Fact<string>[]>>();

/** The endpoint types of the RestApi a `RestApiId` refers to; CloudFormation's default is EDGE. */
function endpointTypesOf(restApiId: unknown): Fact<Fact<string>[]> {
  const api = referenceTarget(restApiId);
  if (!isCfnOfType(api, 'AWS::ApiGateway::RestApi')) return new Unknown();
  const hit = endpointCache.get(api);
  if (hit !== undefined) return hit;
  const props = cfnPropertiesOf(api);
  let types: Fact<Fact<string>[]>;
  if (props.EndpointConfiguration !== undefined) {
    const ec = props.EndpointConfiguration as Record<string, unknown>;
    types = typeof ec === 'object' && ec !== null && 'Types' in ec ? listFact(ec.Types, stringFact) : new Unknown();
  } else if (definedOutsideTheApp(props) || props.Parameters !== undefined) {
    types = new Unknown(); // an OpenAPI definition (or its import parameters) or a clone may set the endpoint type itself
  } else {
    types = ['EDGE'];
  }
  endpointCache.set(api, types);
  return types;
}

const pathCache = new WeakMap<CfnResource, Fact<string>>();

/** The path of the `AWS::ApiGateway::Resource` a `ResourceId` refers to: `/pets/{id}`; `/` for the root. */
function resourcePathOf(resourceId: unknown, depth = 0): Fact<string> {
  const target = referenceTarget(resourceId);
  if (isCfnOfType(target, 'AWS::ApiGateway::RestApi')) return '/'; // RestApi.attrRootResourceId
  if (!isCfnOfType(target, 'AWS::ApiGateway::Resource') || depth > 64) return new Unknown();
  const hit = pathCache.get(target);
  if (hit !== undefined) return hit;
  const parent = resourcePathOf(attributeOf(target, 'parentId'), depth + 1);
  const part = stringFact(cfnPropertiesOf(target).PathPart);
  const path = typeof parent === 'string' && typeof part === 'string' ? `${parent === '/' ? '' : parent}/${part}` : new Unknown();
  pathCache.set(target, path);
  return path;
}

/** `V1`/`V2` when the integration's `ConnectionId` refers to a VPC link resource in the app (C18). */
function vpcLinkVersionOf(method: CfnResource): 'V1' | 'V2' | undefined {
  const integration = attributeOf(method, 'integration') as { connectionId?: unknown } | undefined;
  const target = referenceTarget(integration && typeof integration === 'object' ? integration.connectionId : undefined);
  if (isCfnOfType(target, 'AWS::ApiGatewayV2::VpcLink')) return 'V2';
  if (isCfnOfType(target, 'AWS::ApiGateway::VpcLink')) return 'V1';
  return undefined;
}

/** Facts of a CfnMethod, or `undefined` when it has no integration to judge. */
export function factsOfCfnMethod(method: CfnResource): IntegrationFacts | undefined {
  return restMethodFacts(cfnPropertiesOf(method), {
    endpointTypes: endpointTypesOf(attributeOf(method, 'restApiId')),
    resourcePath: resourcePathOf(attributeOf(method, 'resourceId')),
    vpcLinkVersion: vpcLinkVersionOf(method),
  });
}
