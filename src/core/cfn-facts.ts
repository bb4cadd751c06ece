import {
  ApiKind, Fact, IntegrationFacts, IntegrationResponseFacts, MethodFacts, MethodResponseFacts, ResponseMappingFacts, Unknown,
} from './facts';
import { booleanFact, isUnresolvedValue, listFact, mapFact, numberFact, objectFact, stringFact } from './values';

/**
 * Facts from CloudFormation-shaped properties (PascalCase, as in the template), whether they hold
 * plain values, CDK tokens or intrinsic functions. The `IntegrationChecks` aspect reads L1
 * resources through these; typed constructs may render to the same shape and reuse them.
 */

type Json = Record<string, unknown>;

function obj(x: unknown): Json | undefined {
  const o = objectFact(x);
  return o instanceof Unknown ? undefined : o;
}

function integrationResponse(x: unknown): Fact<IntegrationResponseFacts> {
  const o = objectFact(x);
  if (o === undefined || o instanceof Unknown) return o;
  return {
    statusCode: stringFact(o.StatusCode),
    selectionPattern: stringFact(o.SelectionPattern),
    responseParameters: mapFact(o.ResponseParameters, stringFact),
    responseTemplates: mapFact(o.ResponseTemplates, stringFact),
    contentHandling: stringFact(o.ContentHandling),
  };
}

function methodResponse(x: unknown): Fact<MethodResponseFacts> {
  const o = objectFact(x);
  if (o === undefined || o instanceof Unknown) return o;
  return { statusCode: stringFact(o.StatusCode), responseParameters: mapFact(o.ResponseParameters, booleanFact) };
}

/** Context a REST method's facts need from outside the method resource. */
export interface RestContext {
  /** The REST API's endpoint types, when resolvable. */
  readonly endpointTypes?: Fact<Fact<string>[]>;
  /** The resource path (`/pets/{id}`), when known. */
  readonly resourcePath?: Fact<string>;
  /** Which VPC link the integration's connection id refers to, when it refers to one in the app. */
  readonly vpcLinkVersion?: 'V1' | 'V2';
}

/**
 * Facts of an `AWS::ApiGateway::Method`. Returns `undefined` when the method has no `Integration`
 * (nothing to judge) or when the whole integration is an unresolved token.
 */
export function restMethodFacts(props: Json, ctx: RestContext = {}): IntegrationFacts | undefined {
  const method: MethodFacts = {
    httpMethod: stringFact(props.HttpMethod),
    resourcePath: ctx.resourcePath,
    requestParameters: mapFact(props.RequestParameters, booleanFact),
    methodResponses: listFact(props.MethodResponses, methodResponse),
  };
  // a method without an integration is still judged on its own declarations (PutMethod refuses those too)
  if (props.Integration === undefined || props.Integration === null) return { kinds: ['REST'], subject: 'method', method };
  const i = obj(props.Integration);
  if (!i) return undefined;
  return {
    kinds: ['REST'],
    subject: 'integration',
    type: stringFact(i.Type),
    integrationMethod: stringFact(i.IntegrationHttpMethod),
    uri: stringFact(i.Uri),
    connectionType: stringFact(i.ConnectionType),
    connectionId: stringFact(i.ConnectionId),
    credentials: stringFact(i.Credentials),
    timeoutMs: numberFact(i.TimeoutInMillis),
    requestParameters: mapFact(i.RequestParameters, stringFact),
    requestTemplates: mapFact(i.RequestTemplates, stringFact),
    passthroughBehavior: stringFact(i.PassthroughBehavior),
    contentHandling: stringFact(i.ContentHandling),
    integrationResponses: listFact(i.IntegrationResponses, integrationResponse),
    endpointTypes: ctx.endpointTypes,
    responseTransferMode: stringFact(i.ResponseTransferMode),
    integrationTarget: stringFact(i.IntegrationTarget),
    vpcLinkVersion: ctx.vpcLinkVersion,
    cacheNamespace: stringFact(i.CacheNamespace),
    cacheKeyParameters: listFact(i.CacheKeyParameters, stringFact),
    method,
  };
}

/** Context a v2 integration's facts need from outside the integration resource. */
export interface V2Context {
  /** The API kind when the API can be resolved; otherwise both v2 kinds are candidates. */
  readonly kinds?: readonly ApiKind[];
  readonly routeKey?: Fact<string>;
  readonly routeRequestParameters?: IntegrationFacts['routeRequestParameters'];
  /** Step Functions integrations: the type of the state machine called, when known. */
  readonly stateMachineType?: Fact<string>;
  /** SQS integrations: whether the queue called is a FIFO queue, when known. */
  readonly queueFifo?: Fact<boolean>;
}

function responseMapping(x: unknown): Fact<ResponseMappingFacts> {
  const o = objectFact(x);
  if (o === undefined || o instanceof Unknown) return o;
  return { destination: stringFact(o.Destination), source: stringFact(o.Source) };
}

/** HTTP API response parameters in the CloudFormation shape: `{ "404": { ResponseParameters: [{ Destination, Source }] } }` (C79). */
function responseParameters(x: unknown): IntegrationFacts['responseParameters'] {
  return mapFact(x, entry => {
    const o = objectFact(entry);
    if (o === undefined || o instanceof Unknown) return o;
    return listFact(o.ResponseParameters, responseMapping);
  });
}

const isLiteralObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x) && !isUnresolvedValue(x);
const describe = (x: unknown): string => (Array.isArray(x) ? 'a list' : x === null ? 'null' : typeof x === 'object' ? 'an object' : `the ${typeof x} ${JSON.stringify(x)}`);

/**
 * Where literal HTTP API response parameters leave CloudFormation's shape (the API's own shape,
 * `{ "404": { "overwrite:header.x": "v" } }`, is the usual mistake), or undefined when they do not.
 */
function responseParametersMalformed(x: unknown): string[] | undefined {
  if (x === undefined || x === null || isUnresolvedValue(x)) return undefined;
  if (!isLiteralObject(x)) return [`ResponseParameters is ${describe(x)}`];
  const out: string[] = [];
  for (const [code, entry] of Object.entries(x)) {
    if (entry === undefined || isUnresolvedValue(entry)) continue;
    if (!isLiteralObject(entry)) {
      out.push(`ResponseParameters.${code} is ${describe(entry)}`);
      continue;
    }
    const extra = Object.keys(entry).filter(k => k !== 'ResponseParameters');
    if (extra.length > 0) out.push(`ResponseParameters.${code} has ${extra.map(k => JSON.stringify(k)).join(', ')}`);
    const list = entry.ResponseParameters;
    if (list === undefined || isUnresolvedValue(list)) continue;
    if (!Array.isArray(list)) {
      out.push(`ResponseParameters.${code}.ResponseParameters is ${describe(list)}`);
      continue;
    }
    list.forEach((m, i) => {
      if (isUnresolvedValue(m)) return;
      if (!isLiteralObject(m) || m.Destination === undefined || m.Source === undefined) {
        out.push(`ResponseParameters.${code}.ResponseParameters[${i}] is not { Destination, Source }`);
      }
    });
  }
  return out.length > 0 ? out : undefined;
}

/** Facts of an `AWS::ApiGatewayV2::Integration`. */
export function v2IntegrationFacts(props: Json, ctx: V2Context = {}): IntegrationFacts {
  const tls = obj(props.TlsConfig);
  return {
    kinds: ctx.kinds ?? ['HTTP', 'WEBSOCKET'],
    subject: 'integration',
    type: stringFact(props.IntegrationType),
    integrationMethod: stringFact(props.IntegrationMethod),
    uri: stringFact(props.IntegrationUri),
    connectionType: stringFact(props.ConnectionType),
    connectionId: stringFact(props.ConnectionId),
    credentials: stringFact(props.CredentialsArn),
    timeoutMs: numberFact(props.TimeoutInMillis),
    requestParameters: mapFact(props.RequestParameters, stringFact),
    requestTemplates: mapFact(props.RequestTemplates, stringFact),
    passthroughBehavior: stringFact(props.PassthroughBehavior),
    contentHandling: stringFact(props.ContentHandlingStrategy),
    description: stringFact(props.Description),
    subtype: stringFact(props.IntegrationSubtype),
    payloadFormatVersion: stringFact(props.PayloadFormatVersion),
    serverNameToVerify: tls ? stringFact(tls.ServerNameToVerify) : props.TlsConfig === undefined ? undefined : new Unknown(),
    responseParameters: responseParameters(props.ResponseParameters),
    responseParametersMalformed: responseParametersMalformed(props.ResponseParameters),
    templateSelectionExpression: stringFact(props.TemplateSelectionExpression),
    routeKey: ctx.routeKey,
    routeRequestParameters: ctx.routeRequestParameters,
    stateMachineType: ctx.stateMachineType,
    queueFifo: ctx.queueFifo,
  };
}

/** The JSON-or-object values CloudFormation accepts for IntegrationResponse maps (a JSON string is parsed). */
function jsonMap(x: unknown): Fact<Record<string, Fact<string>>> {
  if (typeof x === 'string' && !x.includes('${Token')) {
    try {
      return mapFact(JSON.parse(x), stringFact);
    } catch {
      return new Unknown(x);
    }
  }
  return mapFact(x, stringFact);
}

/**
 * Facts of an `AWS::ApiGatewayV2::IntegrationResponse`, seen with the facts of its integration
 * when that integration is in the app (for the integration type).
 */
export function v2IntegrationResponseFacts(props: Json, integration?: IntegrationFacts, ctx: V2Context = {}): IntegrationFacts {
  const response: IntegrationResponseFacts = {
    responseKey: stringFact(props.IntegrationResponseKey),
    responseParameters: jsonMap(props.ResponseParameters),
    responseTemplates: jsonMap(props.ResponseTemplates),
    templateSelectionExpression: stringFact(props.TemplateSelectionExpression),
    contentHandling: stringFact(props.ContentHandlingStrategy),
  };
  return {
    ...(integration ?? {}),
    kinds: ctx.kinds ?? integration?.kinds ?? ['HTTP', 'WEBSOCKET'],
    subject: 'integrationResponse',
    type: integration ? integration.type : new Unknown(),
    integrationResponses: [response],
  };
}
