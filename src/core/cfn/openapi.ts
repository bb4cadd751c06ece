import { Token } from 'aws-cdk-lib';
import { documentQueueFifo } from './targets';
import { restMethodFacts, v2IntegrationFacts } from '../cfn-facts';
import { ApiKind, HOLE, IntegrationFacts, isKnown, Unknown } from '../facts';
import { booleanFact, isUnresolvedValue } from '../values';
import { HTTP_METHODS } from '../verbs';

/**
 * OpenAPI definitions -> the CloudFormation shape of a REST method or a v2 integration -> facts.
 * The one place that maps the `x-amazon-apigateway-integration` extension's lower-case field
 * names and values (`type: aws_proxy`, `httpMethod`, `responses` keyed by selection pattern, …)
 * to CloudFormation's, as the API Gateway import does.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration-responses.html
 * INTERNAL.
 */

type Json = Record<string, unknown>;

/** One operation's integration, judged as facts; `path` names it in the definition (`paths./items/{id}.get`). */
export interface OperationFacts {
  readonly path: string;
  readonly facts: IntegrationFacts;
}

const EXTENSION = 'x-amazon-apigateway-integration';
const ANY_METHOD = 'x-amazon-apigateway-any-method';
/** The operation fields of an OpenAPI path item: the verbs API Gateway knows (lower case), OpenAPI's `trace`, and the extension's any-method. */
const VERBS = [...HTTP_METHODS.filter(v => v !== 'ANY').map(v => v.toLowerCase()), 'trace', ANY_METHOD];

function isObject(x: unknown): x is Json {
  return x !== null && typeof x === 'object' && !Array.isArray(x) && !isUnresolvedValue(x);
}

/** Follows local `$ref`s (`#/components/x-amazon-apigateway-integrations/name`); anything else is returned as is. */
function deref(doc: Json, x: unknown, depth = 0): unknown {
  if (!isObject(x) || typeof x.$ref !== 'string' || !x.$ref.startsWith('#/') || depth > 16) return x;
  let at: unknown = doc;
  for (const raw of x.$ref.slice(2).split('/')) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    at = isObject(at) ? at[key] : undefined;
  }
  return at === undefined ? undefined : deref(doc, at, depth + 1);
}

/** Upper-cases a literal string (`aws_proxy` -> `AWS_PROXY`); tokens and other values are kept. */
function upper(x: unknown): unknown {
  return typeof x === 'string' && !Token.isUnresolved(x) ? x.toUpperCase() : x;
}

/** `responses` keyed by selection pattern (`default` = no pattern) -> CloudFormation's `IntegrationResponses`. */
function integrationResponses(doc: Json, responses: unknown): unknown {
  if (!isObject(responses)) return responses;
  return Object.entries(responses).map(([pattern, raw]) => {
    const r = deref(doc, raw);
    if (!isObject(r)) return r;
    return {
      StatusCode: r.statusCode,
      SelectionPattern: pattern === 'default' ? undefined : pattern,
      ResponseParameters: r.responseParameters,
      ResponseTemplates: r.responseTemplates,
      ContentHandling: r.contentHandling,
    };
  });
}

/** The extension -> an `AWS::ApiGateway::Method`'s `Integration`. */
function restIntegration(doc: Json, i: Json): Json {
  return {
    Type: upper(i.type),
    IntegrationHttpMethod: upper(i.httpMethod),
    Uri: i.uri,
    ConnectionType: upper(i.connectionType),
    ConnectionId: i.connectionId,
    Credentials: i.credentials,
    TimeoutInMillis: i.timeoutInMillis,
    RequestParameters: i.requestParameters,
    RequestTemplates: i.requestTemplates,
    PassthroughBehavior: upper(i.passthroughBehavior),
    ContentHandling: i.contentHandling,
    IntegrationResponses: integrationResponses(doc, i.responses),
    CacheNamespace: i.cacheNamespace,
    CacheKeyParameters: i.cacheKeyParameters,
    ResponseTransferMode: upper(i.responseTransferMode),
    IntegrationTarget: i.integrationTarget,
  };
}

/** HTTP API `responseParameters` (`{ "404": { "overwrite:statuscode": "200" } }`) -> CloudFormation's mapping lists. */
function v2ResponseParameters(x: unknown): unknown {
  if (!isObject(x)) return x;
  const out: Json = {};
  for (const [status, map] of Object.entries(x)) {
    out[status] = isObject(map)
      ? { ResponseParameters: Object.entries(map).map(([Destination, Source]) => ({ Destination, Source })) }
      : map;
  }
  return out;
}

/**
 * `payloadFormatVersion` as the import reads it: an unquoted YAML `1.0` (or a JSON `1.0`) parses as
 * the number 1, and AWS imports it as "1.0" (hashicorp/terraform-provider-aws
 * internal/service/apigatewayv2/api_test.go, config testAccAPIConfig_UpdatedOpenAPIYAML).
 */
function versionText(v: unknown): unknown {
  return typeof v === 'number' && Number.isInteger(v) ? v.toFixed(1) : v;
}

/** The extension -> an `AWS::ApiGatewayV2::Integration`'s properties. */
function v2Integration(i: Json): Json {
  const tls = isObject(i.tlsConfig) ? { ServerNameToVerify: i.tlsConfig.serverNameToVerify } : i.tlsConfig;
  return {
    IntegrationType: upper(i.type),
    IntegrationMethod: upper(i.httpMethod),
    IntegrationUri: i.uri,
    IntegrationSubtype: i.integrationSubtype,
    ConnectionType: upper(i.connectionType),
    ConnectionId: i.connectionId,
    CredentialsArn: i.credentials,
    TimeoutInMillis: i.timeoutInMillis,
    RequestParameters: i.requestParameters,
    RequestTemplates: i.requestTemplates,
    // passthroughBehavior is not read: HTTP API imports accept it on Lambda proxy integrations (the AWS
    // example of x-amazon-apigateway-integrations, api-gateway-extensions-integrations.html, sets it)
    PayloadFormatVersion: versionText(i.payloadFormatVersion),
    ResponseParameters: v2ResponseParameters(i.responseParameters),
    TlsConfig: tls,
  };
}

const LOCATIONS: Record<string, string> = { path: 'path', query: 'querystring', header: 'header' };

/** OpenAPI `parameters` (path item's and operation's) -> the method's `RequestParameters` (`method.request.path.id: true`). */
function methodRequestParameters(doc: Json, lists: unknown[]): Json | undefined {
  const out: Json = {};
  for (const list of lists) {
    if (list === undefined) continue;
    if (!Array.isArray(list)) return undefined; // a token: not known
    for (const raw of list) {
      const p = deref(doc, raw);
      if (!isObject(p) || typeof p.name !== 'string' || typeof p.in !== 'string') return undefined;
      const location = LOCATIONS[p.in];
      if (location) out[`method.request.${location}.${p.name}`] = p.in === 'path' ? true : booleanFact(p.required) === true;
    }
  }
  return out;
}

/**
 * OpenAPI `responses` -> the method responses the import creates (status codes, headers). Unknown
 * (`undefined`) without a `responses` object or with a `default` response, so that no rule
 * reports a method response missing on a guess.
 */
function methodResponses(doc: Json, responses: unknown): unknown[] | undefined {
  if (!isObject(responses) || 'default' in responses) return undefined;
  return Object.entries(responses).map(([status, raw]) => {
    const r = deref(doc, raw);
    const headers = isObject(r) && isObject(r.headers) ? Object.keys(r.headers) : [];
    return { StatusCode: status, ResponseParameters: Object.fromEntries(headers.map(h => [`method.response.header.${h}`, false])) };
  });
}

/** Top-level extensions only REST APIs import, and only HTTP APIs import. */
const REST_ONLY = ['x-amazon-apigateway-api-key-source', 'x-amazon-apigateway-binary-media-types', 'x-amazon-apigateway-gateway-responses',
  'x-amazon-apigateway-request-validators', 'x-amazon-apigateway-minimum-compression-size', 'x-amazon-apigateway-policy', 'x-amazon-apigateway-documentation'];
const HTTP_ONLY = ['x-amazon-apigateway-cors', 'x-amazon-apigateway-importexport-version'];

/**
 * The kind a definition is for when nothing else says (a file on its own): HTTP when an integration
 * uses a field only HTTP APIs have, REST when one uses a field or type only REST APIs have; then the
 * same by top-level extensions; both otherwise (rules then report only what is wrong for both).
 * Integrations decide before extensions: REST imports ignore the HTTP-only extensions (a REST API
 * deployed from a file with x-amazon-apigateway-cors: aws-samples/serverless-patterns apigw-kinesis-lambda-ddb).
 */
function kindsFromDefinition(doc: Json, integrations: Json[]): readonly ApiKind[] {
  const has = (f: (i: Json) => boolean): boolean => integrations.some(f);
  if (has(i => i.payloadFormatVersion !== undefined || i.integrationSubtype !== undefined)) return ['HTTP'];
  if (has(i => i.responses !== undefined || i.requestTemplates !== undefined || i.cacheKeyParameters !== undefined
    || (typeof i.type === 'string' && ['aws', 'http', 'mock'].includes(i.type.toLowerCase())))) return ['REST'];
  if (HTTP_ONLY.some(k => k in doc)) return ['HTTP'];
  if (REST_ONLY.some(k => k in doc)) return ['REST'];
  return ['REST', 'HTTP'];
}

interface Operation {
  readonly route: string;
  readonly verb: string;
  readonly path: string;
  readonly op: Json;
  readonly item: Json;
  readonly integration: Json;
}

function operationsOf(doc: Json): Operation[] {
  const out: Operation[] = [];
  if (!isObject(doc.paths)) return out;
  for (const [route, rawItem] of Object.entries(doc.paths)) {
    const item = deref(doc, rawItem);
    if (!isObject(item)) continue;
    for (const verb of VERBS) {
      const op = deref(doc, item[verb]);
      if (!isObject(op)) continue;
      const integration = deref(doc, op[EXTENSION]);
      if (!isObject(integration)) continue; // absent, or a token: never judged
      out.push({ route, verb, path: `paths.${route}.${verb}`, op, item, integration });
    }
  }
  return out;
}

/**
 * An HTTP API definition may complete its credentials ARN with a stage variable
 * (`arn:aws:iam::{account}:${stageVariables.x}`, documented in http-api-stages.stage-variables-reference.html).
 * CloudFormation's pattern on AWS::ApiGatewayV2::Integration does not apply to an imported definition, so
 * the stage variable is read as the unknown it is until a stage resolves it.
 */
function perStageCredentials(f: IntegrationFacts): IntegrationFacts {
  const ref = /\$\{stageVariables\.[A-Za-z0-9_]+\}/g;
  if (!isKnown(f.credentials) || !f.credentials.match(ref)) return f;
  return { ...f, credentials: new Unknown(f.credentials.replace(ref, HOLE)) };
}

/**
 * Every `x-amazon-apigateway-integration` of an OpenAPI 3 or Swagger 2 definition, as facts of
 * the API kind given (`undefined`: guessed from the definition, see {@link kindsFromDefinition}).
 */
export function openApiFacts(definition: unknown, kind?: 'REST' | 'HTTP'): OperationFacts[] {
  if (!isObject(definition)) return [];
  const ops = operationsOf(definition);
  const kinds = kind ? [kind] : kindsFromDefinition(definition, ops.map(o => o.integration));
  return ops.map(o => {
    const httpMethod = o.verb === ANY_METHOD ? 'ANY' : o.verb.toUpperCase();
    const rest = kinds.includes('REST') ? restMethodFacts({
      HttpMethod: httpMethod,
      RequestParameters: methodRequestParameters(definition, [o.item.parameters, o.op.parameters]),
      MethodResponses: methodResponses(definition, o.op.responses),
      Integration: restIntegration(definition, o.integration),
    }, { resourcePath: o.route }) : undefined;
    const tls = isObject(o.integration.tlsConfig) ? o.integration.tlsConfig : undefined;
    const restFacts = rest && tls?.insecureSkipVerification !== undefined
      ? { ...rest, insecureSkipVerification: booleanFact(tls.insecureSkipVerification) } : rest;
    const http = kinds.includes('HTTP')
      ? perStageCredentials(v2IntegrationFacts(v2Integration(o.integration), { kinds: ['HTTP'], routeKey: `${httpMethod} ${o.route}` })) : undefined;
    const both: IntegrationFacts = restFacts && http ? { ...http, ...restFacts, kinds } : (restFacts ?? http)!;
    const queueFifo = documentQueueFifo(o.integration);
    const facts = queueFifo === undefined ? both : { ...both, queueFifo };
    return { path: o.path, facts };
  });
}

/** True when a document looks like an OpenAPI 3 or Swagger 2 definition. */
export function isOpenApiDocument(x: unknown): boolean {
  return isObject(x) && (typeof x.openapi === 'string' || x.swagger !== undefined) && x.paths !== undefined;
}
