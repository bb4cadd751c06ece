import { CfnResource } from 'aws-cdk-lib';
import { CfnGraph, isOfType, l1Graph } from './graph';
import { isSqsUri, isStatesUri, queueFifoIn, stateMachineTypeIn } from './targets';
import { V2Context, v2IntegrationFacts, v2IntegrationResponseFacts } from '../cfn-facts';
import { ApiKind, Fact, IntegrationFacts, Unknown } from '../facts';
import { booleanFact, mapFact, objectFact, stringFact } from '../values';

/** `AWS::ApiGatewayV2::Integration` / `IntegrationResponse` -> facts, for any graph. INTERNAL. */

/** The kind of an `AWS::ApiGatewayV2::Api` from its protocol; `undefined` when it is not one or the protocol is not known. */
export function protocolKindIn(graph: CfnGraph, api: unknown): 'HTTP' | 'WEBSOCKET' | undefined {
  if (!isOfType(graph, api, 'AWS::ApiGatewayV2::Api')) return undefined;
  const protocol = graph.propertiesOf(api).ProtocolType;
  return protocol === 'HTTP' || protocol === 'WEBSOCKET' ? protocol : undefined;
}

/** The kind of an L1 `AWS::ApiGatewayV2::Api`. */
export function protocolKindOf(api: CfnResource): 'HTTP' | 'WEBSOCKET' | undefined {
  return protocolKindIn(l1Graph(api), api);
}

/** The kind of the API an `ApiId` refers to; both v2 kinds when it cannot be resolved. */
function kindsOf(graph: CfnGraph, apiId: unknown): readonly ApiKind[] {
  const kind = protocolKindIn(graph, graph.targetOf(apiId));
  return kind ? [kind] : ['HTTP', 'WEBSOCKET'];
}

/**
 * The targets of a service integration (the service rules): the queue's FIFO-ness of an SQS
 * subtype (its `QueueUrl`) or `AWS` integration (its URI); the type of the state machine of a
 * Step Functions subtype (its `StateMachineArn`) or `AWS` integration (its request templates).
 */
function serviceTargets(graph: CfnGraph, integration: object, props: Record<string, unknown>): Pick<V2Context, 'queueFifo' | 'stateMachineType'> {
  const subtype = props.IntegrationSubtype;
  const params = graph.referenceValue(integration, 'RequestParameters');
  const param = (name: string) => (params !== null && typeof params === 'object' ? (params as Record<string, unknown>)[name] : undefined);
  if (typeof subtype === 'string') {
    if (subtype.startsWith('SQS-')) return { queueFifo: queueFifoIn(graph, param('QueueUrl')) };
    if (subtype.startsWith('StepFunctions-')) return { stateMachineType: stateMachineTypeIn(graph, param('StateMachineArn')) };
    return {};
  }
  if (props.IntegrationType !== 'AWS') return {};
  const uri = graph.referenceValue(integration, 'IntegrationUri');
  if (isSqsUri(uri)) return { queueFifo: queueFifoIn(graph, uri) };
  if (isStatesUri(uri)) return { stateMachineType: stateMachineTypeIn(graph, graph.referenceValue(integration, 'RequestTemplates')) };
  return {};
}

/** What refers to each v2 integration of a graph: routes (by `Target`) and integration responses (by `IntegrationId`). */
interface V2Index {
  readonly routes: Map<object, object[]>;
  readonly responses: Map<object, object[]>;
  /** True when some integration response names its integration in a way that cannot be followed (a literal id). */
  readonly unlinkedResponses: boolean;
}

const v2Index = new WeakMap<CfnGraph, V2Index>();
const integrationCache = new WeakMap<object, IntegrationFacts>();

function add(map: Map<object, object[]>, key: object, c: object): void {
  const list = map.get(key);
  if (list) list.push(c);
  else map.set(key, [c]);
}

/** One index per graph, built on first use (aspects run once the tree is complete). */
function indexOf(graph: CfnGraph): V2Index {
  const hit = v2Index.get(graph);
  if (hit) return hit;
  const routes = new Map<object, object[]>();
  const responses = new Map<object, object[]>();
  let unlinkedResponses = false;
  for (const c of graph.resourcesOfType('AWS::ApiGatewayV2::Route')) {
    for (const t of graph.targetsIn(graph.referenceValue(c, 'Target'))) add(routes, t, c);
  }
  for (const c of graph.resourcesOfType('AWS::ApiGatewayV2::IntegrationResponse')) {
    const targets = graph.targetsIn(graph.referenceValue(c, 'IntegrationId')).filter(t => isOfType(graph, t, 'AWS::ApiGatewayV2::Integration'));
    if (targets.length === 0) unlinkedResponses = true;
    for (const t of targets) add(responses, t, c);
  }
  const index = { routes, responses, unlinkedResponses };
  v2Index.set(graph, index);
  return index;
}

/** WebSocket: the integration's responses (their keys are what rules need), unknown when some response cannot be linked. */
function responsesFacts(graph: CfnGraph, integration: object): IntegrationFacts['integrationResponses'] {
  const index = indexOf(graph);
  if (index.unlinkedResponses) return new Unknown();
  return (index.responses.get(integration) ?? []).map(r => ({ responseKey: stringFact(graph.propertiesOf(r).IntegrationResponseKey) }));
}

/** WebSocket: the keys of the routes serving the integration, and whether they are all two-way (C88, C96). */
function routeFacts(graph: CfnGraph, integration: object): Pick<IntegrationFacts, 'routeKeys' | 'returnsResponse' | 'routeRequestParameters'> {
  const routes = indexOf(graph).routes.get(integration) ?? [];
  if (routes.length === 0) return {};
  const props = routes.map(r => graph.propertiesOf(r));
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

/** C63: the literal names of the stages of the API `apiId` refers to, other than `$default`. */
function namedStagesOf(graph: CfnGraph, apiId: unknown): string[] | undefined {
  const api = graph.targetOf(apiId);
  if (api === undefined) return undefined;
  const names = graph.resourcesOfType('AWS::ApiGatewayV2::Stage')
    .filter(s => graph.targetOf(graph.referenceValue(s, 'ApiId')) === api)
    .map(s => graph.propertiesOf(s).StageName)
    .filter((n): n is string => typeof n === 'string' && n !== '$default' && !n.includes('${Token['));
  return names.length > 0 ? names : undefined;
}

/** Facts of an `AWS::ApiGatewayV2::Integration` of a graph. */
export function integrationFacts(graph: CfnGraph, integration: object): IntegrationFacts {
  const hit = integrationCache.get(integration);
  if (hit) return hit;
  const props = graph.propertiesOf(integration);
  const kinds = kindsOf(graph, graph.referenceValue(integration, 'ApiId'));
  const base = v2IntegrationFacts(props, { kinds, ...serviceTargets(graph, integration, props) });
  const facts = kinds.includes('WEBSOCKET')
    ? { ...base, ...routeFacts(graph, integration), integrationResponses: responsesFacts(graph, integration) }
    : kinds.length === 1 && base.connectionType === 'VPC_LINK' ? { ...base, namedStages: namedStagesOf(graph, graph.referenceValue(integration, 'ApiId')) } : base;
  integrationCache.set(integration, facts);
  return facts;
}

/** Facts of an `AWS::ApiGatewayV2::IntegrationResponse` of a graph, seen with its integration when it can be followed. */
export function integrationResponseFacts(graph: CfnGraph, response: object): IntegrationFacts {
  const props = graph.propertiesOf(response);
  const target = graph.targetOf(graph.referenceValue(response, 'IntegrationId'));
  const integration = isOfType(graph, target, 'AWS::ApiGatewayV2::Integration') ? integrationFacts(graph, target) : undefined;
  return v2IntegrationResponseFacts(props, integration, { kinds: integration?.kinds ?? kindsOf(graph, graph.referenceValue(response, 'ApiId')) });
}

export function factsOfCfnIntegration(integration: CfnResource): IntegrationFacts {
  return integrationFacts(l1Graph(integration), integration);
}

export function factsOfCfnIntegrationResponse(response: CfnResource): IntegrationFacts {
  return integrationResponseFacts(l1Graph(response), response);
}
