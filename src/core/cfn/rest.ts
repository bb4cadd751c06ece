import { CfnResource, Stack, Token } from 'aws-cdk-lib';
import { CfnGraph, isOfType, l1Graph } from './graph';
import { cfnPropertiesOf } from './l1';
import { isSqsUri, isStatesUri, queueFifoIn, stateMachineTypeIn } from './targets';
import { restMethodFacts } from '../cfn-facts';
import { Fact, HOLE, IntegrationFacts, Unknown } from '../facts';
import { listFact, stringFact } from '../values';

/** `AWS::ApiGateway::Method` -> facts, following references to its RestApi and Resource. INTERNAL. */

/**
 * True when a RestApi's methods come from an OpenAPI definition or another API (`Body`,
 * `BodyS3Location`, `CloneFrom`): the app's own resources do not show them all.
 */
export function definedOutsideTheApp(props: Record<string, unknown>): boolean {
  return props.Body !== undefined || props.BodyS3Location !== undefined || props.CloneFrom !== undefined;
}

const endpointCache = new WeakMap<object, Fact<Fact<string>[]>>();

/** The endpoint types of a RestApi resource; CloudFormation's default is EDGE. */
function endpointTypesOfApi(graph: CfnGraph, api: object): Fact<Fact<string>[]> {
  const hit = endpointCache.get(api);
  if (hit !== undefined) return hit;
  const props = graph.propertiesOf(api);
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

/** The endpoint types of the RestApi a `RestApiId` refers to. */
function endpointTypesOf(graph: CfnGraph, restApiId: unknown): Fact<Fact<string>[]> {
  const api = graph.targetOf(restApiId);
  return isOfType(graph, api, 'AWS::ApiGateway::RestApi') ? endpointTypesOfApi(graph, api) : new Unknown();
}

const pathCache = new WeakMap<object, Fact<string>>();

/** The path of the `AWS::ApiGateway::Resource` a `ResourceId` refers to: `/pets/{id}`; `/` for the root. */
function resourcePathOf(graph: CfnGraph, resourceId: unknown, depth = 0): Fact<string> {
  const target = graph.targetOf(resourceId);
  if (isOfType(graph, target, 'AWS::ApiGateway::RestApi')) return '/'; // the RestApi's RootResourceId
  if (!isOfType(graph, target, 'AWS::ApiGateway::Resource') || depth > 64) return new Unknown();
  const hit = pathCache.get(target);
  if (hit !== undefined) return hit;
  const parent = resourcePathOf(graph, graph.referenceValue(target, 'ParentId'), depth + 1);
  const part = stringFact(graph.propertiesOf(target).PathPart);
  const path = typeof parent === 'string' && typeof part === 'string' ? `${parent === '/' ? '' : parent}/${part}` : new Unknown();
  pathCache.set(target, path);
  return path;
}

/** `V1`/`V2` when the integration's `ConnectionId` refers to a VPC link resource of the graph (C18). */
function vpcLinkVersionOf(graph: CfnGraph, method: object): 'V1' | 'V2' | undefined {
  const integration = graph.referenceValue(method, 'Integration') as Record<string, unknown> | undefined;
  if (!integration || typeof integration !== 'object') return undefined;
  const target = graph.targetOf(integration.connectionId ?? integration.ConnectionId);
  if (isOfType(graph, target, 'AWS::ApiGatewayV2::VpcLink')) return 'V2';
  if (isOfType(graph, target, 'AWS::ApiGateway::VpcLink')) return 'V1';
  return undefined;
}

/** C16: load balancers of the graph a VPC link v1 targets that are not Network Load Balancers (an ALB is the default type). */
function vpcLinkV1NonNlbTargets(graph: CfnGraph, method: object): string[] | undefined {
  const integration = graph.referenceValue(method, 'Integration') as Record<string, unknown> | undefined;
  if (!integration || typeof integration !== 'object') return undefined;
  const link = graph.targetOf(integration.connectionId ?? integration.ConnectionId);
  if (!isOfType(graph, link, 'AWS::ApiGateway::VpcLink')) return undefined;
  const targets = graph.referenceValue(link, 'TargetArns');
  const items = Array.isArray(targets) ? targets : [];
  const bad = items.map(t => graph.targetOf(t)).filter((lb): lb is object => isOfType(graph, lb, 'AWS::ElasticLoadBalancingV2::LoadBalancer'))
    .filter(lb => {
      const type = graph.propertiesOf(lb).Type;
      return type === undefined || type === 'application' || type === 'gateway';
    });
  return bad.length > 0 ? bad.map(lb => graph.nameOf(lb)) : undefined;
}

const LAMBDA_TYPES = ['AWS::Lambda::Function', 'AWS::Lambda::Alias', 'AWS::Lambda::Version', 'AWS::Serverless::Function'];

/**
 * C11: whether the Lambda function a credential-less Lambda integration invokes has a permission
 * in the graph. Any `AWS::Lambda::Permission` naming the function counts (its principal and
 * source ARN may be tokens): only a function with none at all is reported.
 */
function lambdaPermissionFound(graph: CfnGraph, method: object): boolean | undefined {
  const integration = graph.referenceValue(method, 'Integration') as Record<string, unknown> | undefined;
  if (!integration || typeof integration !== 'object') return undefined;
  const type = integration.type ?? integration.Type;
  if (type !== 'AWS_PROXY' && type !== 'AWS') return undefined;
  if ((integration.credentials ?? integration.Credentials) !== undefined) return undefined;
  const uri = integration.uri ?? integration.Uri;
  const functions = graph.targetsIn(uri).filter(t => LAMBDA_TYPES.includes(graph.typeOf(t) ?? ''));
  if (functions.length === 0) return undefined;
  return graph.resourcesOfType('AWS::Lambda::Permission').some(p => {
    const named = graph.targetsIn(graph.referenceValue(p, 'FunctionName'));
    const whole = graph.targetOf(graph.referenceValue(p, 'FunctionName'));
    return [...named, ...(whole ? [whole] : [])].some(t => functions.includes(t));
  });
}

/** The targets of an `AWS` service integration: its SQS queue's FIFO-ness, its state machine's type (the service rules). */
function serviceTargets(graph: CfnGraph, method: object): Pick<IntegrationFacts, 'queueFifo' | 'stateMachineType'> {
  const integration = graph.referenceValue(method, 'Integration') as Record<string, unknown> | undefined;
  if (!integration || typeof integration !== 'object' || (integration.type ?? integration.Type) !== 'AWS') return {};
  const uri = integration.uri ?? integration.Uri;
  if (isSqsUri(uri)) return { queueFifo: queueFifoIn(graph, uri) };
  if (isStatesUri(uri)) return { stateMachineType: stateMachineTypeIn(graph, integration.requestTemplates ?? integration.RequestTemplates) };
  return {};
}

/** Facts of an `AWS::ApiGateway::Method` of a graph, or `undefined` when it has no integration to judge. */
export function methodFacts(graph: CfnGraph, method: object): IntegrationFacts | undefined {
  const facts = restMethodFacts(graph.propertiesOf(method), {
    endpointTypes: endpointTypesOf(graph, graph.referenceValue(method, 'RestApiId')),
    resourcePath: resourcePathOf(graph, graph.referenceValue(method, 'ResourceId')),
    vpcLinkVersion: vpcLinkVersionOf(graph, method),
  });
  if (!facts || facts.subject !== 'integration') return facts;
  const permission = lambdaPermissionFound(graph, method);
  const nonNlb = vpcLinkV1NonNlbTargets(graph, method);
  const targets = serviceTargets(graph, method);
  return permission === undefined && nonNlb === undefined && Object.keys(targets).length === 0 ? facts
    : { ...facts, lambdaPermissionFound: permission, vpcLinkV1NonNlbTargets: nonNlb, ...targets };
}

/** Facts of a CfnMethod, or `undefined` when it has no integration to judge. */
export function factsOfCfnMethod(method: CfnResource): IntegrationFacts | undefined {
  const facts = methodFacts(l1Graph(method), method);
  return facts?.uri instanceof Unknown && facts.uri.skeleton === HOLE ? { ...facts, uri: uriText(method) ?? facts.uri } : facts;
}

/**
 * The integration URI of an L1 method whose whole URI is one token (aws-cdk-lib builds service and
 * Lambda URIs as `Fn::Join`s of the partition, region and names), read as the template will have it:
 * the literal parts known, the references unknown (`arn:<?>:apigateway:<?>:dynamodb:action/GetItem`),
 * as the template reader sees the same method in cdk.out.
 */
function uriText(method: CfnResource): Unknown | undefined {
  const integration = cfnPropertiesOf(method).Integration;
  const uri: unknown = typeof integration === 'object' && integration !== null ? Reflect.get(integration, 'Uri') : undefined;
  if (typeof uri !== 'string' || !Token.isUnresolved(uri)) return undefined;
  try {
    const fact = stringFact(Stack.of(method).resolve(uri));
    return fact instanceof Unknown && fact.skeleton !== undefined && fact.skeleton !== HOLE ? fact : undefined;
  } catch {
    return undefined; // a token that cannot be resolved before synthesis stays unknown
  }
}
