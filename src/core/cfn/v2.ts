import { CfnResource, Token, Tokenization } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { attributeOf, cfnPropertiesOf, isCfnOfType, resourcesOfType } from './l1';
import { v2IntegrationFacts, v2IntegrationResponseFacts } from '../cfn-facts';
import { ApiKind, Fact, IntegrationFacts, Unknown } from '../facts';
import { booleanFact, mapFact, objectFact, referenceTarget, stringFact } from '../values';

/** `AWS::ApiGatewayV2::Integration` / `IntegrationResponse` -> facts. INTERNAL. */

/** The kind of an `AWS::ApiGatewayV2::Api` from its protocol; `undefined` when it is not one or the protocol is not known. */
export function protocolKindOf(api: unknown): 'HTTP' | 'WEBSOCKET' | undefined {
  if (!isCfnOfType(api, 'AWS::ApiGatewayV2::Api')) return undefined;
  const protocol = cfnPropertiesOf(api).ProtocolType;
  return protocol === 'HTTP' || protocol === 'WEBSOCKET' ? protocol : undefined;
}

/** The kind of the API an `ApiId` refers to; both v2 kinds when it cannot be resolved. */
function kindsOf(apiId: unknown): readonly ApiKind[] {
  const kind = protocolKindOf(referenceTarget(apiId));
  return kind ? [kind] : ['HTTP', 'WEBSOCKET'];
}

/**
 * The type of the state machine a Step Functions subtype integration calls, when its
 * `StateMachineArn` parameter refers to an `AWS::StepFunctions::StateMachine` in the app
 * (CloudFormation's default type is STANDARD).
 */
function stateMachineTypeOf(integration: CfnResource, props: Record<string, unknown>): Fact<string> {
  if (typeof props.IntegrationSubtype !== 'string' || !props.IntegrationSubtype.startsWith('StepFunctions-')) return undefined;
  const params = attributeOf(integration, 'requestParameters');
  if (params === null || typeof params !== 'object') return undefined;
  const target = referenceTarget((params as Record<string, unknown>).StateMachineArn);
  if (!isCfnOfType(target, 'AWS::StepFunctions::StateMachine')) return undefined;
  return stringFact(cfnPropertiesOf(target).StateMachineType ?? 'STANDARD');
}

const integrationCache = new WeakMap<CfnResource, IntegrationFacts>();
/** What refers to each v2 integration of an app: routes (by `Target`) and integration responses (by `IntegrationId`). */
interface V2Index {
  readonly routes: Map<unknown, CfnResource[]>;
  readonly responses: Map<unknown, CfnResource[]>;
  /** True when some integration response names its integration in a way that cannot be followed (a literal id). */
  readonly unlinkedResponses: boolean;
}

const v2Index = new WeakMap<IConstruct, V2Index>();

/** The constructs the tokens in `value` refer to. */
function referencedTargets(value: unknown): unknown[] {
  if (typeof value !== 'string' || !Token.isUnresolved(value)) return [];
  return Tokenization.reverseString(value).tokens.map(t => ('target' in t ? (t as unknown as { target: unknown }).target : undefined)).filter(t => t !== undefined);
}

function add(map: Map<unknown, CfnResource[]>, key: unknown, c: CfnResource): void {
  map.set(key, [...(map.get(key) ?? []), c]);
}

/** One index per app, built on first use (aspects run once the tree is complete). */
function indexOf(integration: CfnResource): V2Index {
  const root = integration.node.root;
  const hit = v2Index.get(root);
  if (hit) return hit;
  const routes = new Map<unknown, CfnResource[]>();
  const responses = new Map<unknown, CfnResource[]>();
  let unlinkedResponses = false;
  for (const c of resourcesOfType(root, 'AWS::ApiGatewayV2::Route')) {
    for (const t of referencedTargets(attributeOf(c, 'target'))) add(routes, t, c);
  }
  for (const c of resourcesOfType(root, 'AWS::ApiGatewayV2::IntegrationResponse')) {
    const targets = referencedTargets(attributeOf(c, 'integrationId')).filter(t => isCfnOfType(t, 'AWS::ApiGatewayV2::Integration'));
    if (targets.length === 0) unlinkedResponses = true;
    for (const t of targets) add(responses, t, c);
  }
  const index = { routes, responses, unlinkedResponses };
  v2Index.set(root, index);
  return index;
}

function routesOf(integration: CfnResource): CfnResource[] {
  return indexOf(integration).routes.get(integration) ?? [];
}

/** WebSocket: the integration's responses (their keys are what rules need), unknown when some response cannot be linked. */
function responsesFacts(integration: CfnResource): IntegrationFacts['integrationResponses'] {
  const index = indexOf(integration);
  if (index.unlinkedResponses) return new Unknown();
  return (index.responses.get(integration) ?? []).map(r => ({ responseKey: stringFact(cfnPropertiesOf(r).IntegrationResponseKey) }));
}

/** WebSocket: the keys of the routes serving the integration, and whether they are all two-way (C88, C96). */
function routeFacts(integration: CfnResource): Pick<IntegrationFacts, 'routeKeys' | 'returnsResponse' | 'routeRequestParameters'> {
  const routes = routesOf(integration);
  if (routes.length === 0) return {};
  const props = routes.map(r => cfnPropertiesOf(r));
  const selections: Fact<string>[] = props.map(p => stringFact(p.RouteResponseSelectionExpression));
  const returnsResponse = selections.some(s => s instanceof Unknown) ? new Unknown() : selections.every(s => s !== undefined);
  const required = (x: unknown): Fact<boolean> => {
    const o = objectFact(x);
    return o === undefined || o instanceof Unknown ? o : booleanFact(o.Required);
  };
  const declared = props.map(p => mapFact(p.RequestParameters, required));
  const routeRequestParameters = declared.some(d => d instanceof Unknown) ? new Unknown()
    : Object.assign({}, ...declared.map(d => d ?? {})) as Record<string, Fact<boolean>>;
  return { routeKeys: props.map(p => stringFact(p.RouteKey)), returnsResponse, routeRequestParameters };
}

export function factsOfCfnIntegration(integration: CfnResource): IntegrationFacts {
  const hit = integrationCache.get(integration);
  if (hit) return hit;
  const props = cfnPropertiesOf(integration);
  const kinds = kindsOf(attributeOf(integration, 'apiId'));
  const base = v2IntegrationFacts(props, { kinds, stateMachineType: stateMachineTypeOf(integration, props) });
  const facts = kinds.includes('WEBSOCKET') ? { ...base, ...routeFacts(integration), integrationResponses: responsesFacts(integration) } : base;
  integrationCache.set(integration, facts);
  return facts;
}

export function factsOfCfnIntegrationResponse(response: CfnResource): IntegrationFacts {
  const props = cfnPropertiesOf(response);
  const target = referenceTarget(attributeOf(response, 'integrationId'));
  const integration = isCfnOfType(target, 'AWS::ApiGatewayV2::Integration') ? factsOfCfnIntegration(target) : undefined;
  return v2IntegrationResponseFacts(props, integration, { kinds: integration?.kinds ?? kindsOf(attributeOf(response, 'apiId')) });
}
