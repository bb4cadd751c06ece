import { ApiKind, IntegrationFacts, isKnown, knownItems, textOf, Unknown } from '../facts';
import { formatMs, kindName, oneOf, q } from '../format';
import { LIMITS } from '../limits';
import {
  checkHttpUrl, httpUrlPort, isCloudMapServiceArn, isCredentialsArn, isLambdaFunctionArn, isListenerArn, isLoadBalancerArn,
  looksLikeLambdaUri, matchesV2CredentialsSchema, parseServiceArn, serviceOf, skeletonCannotBeHttpUrl,
} from '../uris';
import { Finding, one, Rule } from './types';

/** The integration types each API kind accepts (C01, C49, C82). */
export const INTEGRATION_TYPES: Record<ApiKind, readonly string[]> = {
  REST: ['AWS', 'AWS_PROXY', 'HTTP', 'HTTP_PROXY', 'MOCK'],
  HTTP: ['AWS_PROXY', 'HTTP_PROXY'],
  WEBSOCKET: ['AWS', 'AWS_PROXY', 'HTTP', 'HTTP_PROXY', 'MOCK'],
};

/** Integration types that may go through a VPC link, per kind (C15, C61, C86). */
const PRIVATE_TYPES: Record<ApiKind, readonly string[]> = {
  REST: ['HTTP', 'HTTP_PROXY'],
  HTTP: ['HTTP_PROXY'],
  WEBSOCKET: ['HTTP', 'HTTP_PROXY'],
};

const CONNECTION_TYPES = ['INTERNET', 'VPC_LINK'];

/** The verbs an integration method may name. */
export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS', 'ANY'];


function knownType(f: IntegrationFacts): string | undefined {
  return isKnown(f.type) ? f.type : undefined;
}

function isVpcLink(f: IntegrationFacts): boolean {
  return f.connectionType === 'VPC_LINK';
}

const integrationType: Rule = {
  code: 'IntegrationTypeNotSupported',
  catalogue: ['C01', 'C49', 'C82', 'C99'],
  appliesTo: ['REST', 'HTTP', 'WEBSOCKET'],
  severity: 'error',
  summary: 'the integration type is given and is one the API kind accepts (HTTP APIs: AWS_PROXY and HTTP_PROXY only)',
  check(f, kind) {
    const allowed = INTEGRATION_TYPES[kind];
    if (f.type === undefined) return one('an integration type is required', 'nothing', `set it to ${oneOf(allowed)}`);
    const t = knownType(f);
    if (t === undefined || allowed.includes(t)) return [];
    const fix = kind === 'HTTP'
      ? 'HTTP APIs take only proxy integrations: use AWS_PROXY or HTTP_PROXY, or a REST or WebSocket API for AWS, HTTP and MOCK integrations'
      : `use ${oneOf(allowed)}`;
    return one(`the integration type must be ${oneOf(allowed)} for ${kindName(kind)}`, q(t), fix);
  },
};

/** REST endpoint types, when known. */
function endpointTypes(f: IntegrationFacts): string[] | undefined {
  if (!isKnown(f.endpointTypes)) return undefined;
  const items = knownItems(f.endpointTypes);
  return items.length === f.endpointTypes.length ? items : undefined;
}

function isStream(f: IntegrationFacts): boolean {
  return f.responseTransferMode === 'STREAM';
}

const timeoutRange: Rule = {
  code: 'TimeoutOutOfRange',
  catalogue: ['C21', 'C22', 'C65', 'C84'],
  appliesTo: ['REST', 'HTTP', 'WEBSOCKET'],
  severity: 'error',
  onlyWhen: ['timeoutMs'],
  summary: 'the integration timeout is within the service range: REST 50 ms–29 s on edge-optimized APIs (Regional and private: above 29 s with a raised quota), 15 min when streaming on any endpoint; HTTP 50 ms–30 s; WebSocket 50 ms–29 s',
  check(f, kind) {
    if (!isKnown(f.timeoutMs)) return [];
    const t = f.timeoutMs;
    const limits = LIMITS[kind];
    const min = limits.timeoutMinMs.value;
    if (t < min) return one(`the integration timeout must be at least ${formatMs(min)}`, formatMs(t), `raise it to ${formatMs(min)} or more`);
    if (kind !== 'REST') {
      const max = limits.timeoutMaxMs.value;
      if (t > max) return one(`the integration timeout must be between ${formatMs(min)} and ${formatMs(max)} for ${kindName(kind)}`, formatMs(t), `lower it to ${formatMs(max)} or less (this limit cannot be raised)`);
      return [];
    }
    // Streamed responses may run up to 15 minutes on every endpoint type (edge only adds an idle timeout).
    if (isStream(f)) {
      const streamMax = limits.timeoutStreamMaxMs.value;
      return t > streamMax ? one(`the integration timeout must be at most ${formatMs(streamMax)} for streamed REST responses`, formatMs(t), `lower it to ${formatMs(streamMax)} or less`) : [];
    }
    const edgeMax = limits.timeoutMaxMs.value;
    if (endpointTypes(f)?.includes('EDGE') && t > edgeMax) {
      return one(
        `edge-optimized REST APIs allow at most ${formatMs(edgeMax)} for buffered responses (the quota can be raised for Regional and private APIs only)`,
        formatMs(t),
        `lower it to ${formatMs(edgeMax)}, stream the response (responseTransferMode STREAM allows up to ${formatMs(limits.timeoutStreamMaxMs.value)}), or make the API Regional`,
      );
    }
    return []; // above 29 s on Regional and private APIs: TimeoutAboveDefaultQuota
  },
};

const timeoutQuota: Rule = {
  code: 'TimeoutAboveDefaultQuota',
  catalogue: ['C21'],
  appliesTo: ['REST'],
  severity: 'warning',
  onlyWhen: ['timeoutMs'],
  summary: 'a buffered REST timeout above 29 s needs the account\'s "Maximum integration timeout in milliseconds" quota raised (Regional and private APIs only)',
  check(f) {
    if (!isKnown(f.timeoutMs) || isStream(f) || endpointTypes(f)?.includes('EDGE')) return [];
    const max = LIMITS.REST.timeoutMaxMs.value;
    if (f.timeoutMs <= max) return [];
    return one(
      `timeouts above ${formatMs(max)} deploy only where the Service Quotas quota "Maximum integration timeout in milliseconds" for API Gateway has been raised (Regional and private APIs)`,
      formatMs(f.timeoutMs),
      'request the increase in Service Quotas before deploying, then acknowledge this warning; or lower the timeout',
    );
  },
};

const connectionType: Rule = {
  code: 'ConnectionTypeNotSupported',
  catalogue: ['C12'],
  appliesTo: ['REST', 'HTTP', 'WEBSOCKET'],
  severity: 'error',
  onlyWhen: ['connectionType'],
  summary: 'the connection type is INTERNET or VPC_LINK',
  check(f) {
    if (!isKnown(f.connectionType) || CONNECTION_TYPES.includes(f.connectionType)) return [];
    return one(`the connection type must be ${oneOf(CONNECTION_TYPES)}`, q(f.connectionType), 'use INTERNET for public back ends, VPC_LINK for private ones');
  },
};

const vpcLinkWithoutId: Rule = {
  code: 'VpcLinkWithoutConnectionId',
  catalogue: ['C13', 'C60', 'C86'],
  appliesTo: ['REST', 'HTTP', 'WEBSOCKET'],
  severity: 'error',
  onlyWhen: ['connectionType'],
  summary: 'a VPC_LINK connection names its VPC link (connection id, or a ${stageVariables.x} reference)',
  check(f, kind) {
    if (!isVpcLink(f) || f.connectionId !== undefined) return [];
    const what = kind === 'HTTP' ? 'a VPC_LINK connection needs the id of an AWS::ApiGatewayV2::VpcLink as its connection id'
      : 'a VPC_LINK connection needs a VPC link id or a ${stageVariables.name} reference as its connection id';
    return one(what, 'no connection id', 'pass the VPC link, or use an INTERNET connection');
  },
};

const idWithoutVpcLink: Rule = {
  code: 'ConnectionIdWithoutVpcLink',
  catalogue: ['C14'],
  appliesTo: ['REST'],
  severity: 'warning',
  onlyWhen: ['connectionId'],
  summary: 'a connection id is given only with a VPC_LINK connection',
  check(f) {
    if (f.connectionId === undefined || f.connectionType === 'VPC_LINK' || f.connectionType instanceof Unknown) return [];
    return one('a connection id is used only with connection type VPC_LINK: requests go to the public URI and the link is ignored', `connection type ${q(f.connectionType ?? 'INTERNET')} with a connection id`, 'set the connection type to VPC_LINK, or remove the connection id');
  },
};

const privateType: Rule = {
  code: 'PrivateIntegrationTypeNotSupported',
  catalogue: ['C15', 'C61', 'C86'],
  appliesTo: ['REST', 'HTTP', 'WEBSOCKET'],
  severity: 'warning',
  onlyWhen: ['connectionType'],
  summary: 'private (VPC_LINK) integrations are of an HTTP type (HTTP APIs: HTTP_PROXY)',
  check(f, kind) {
    const t = knownType(f);
    if (!isVpcLink(f) || t === undefined || PRIVATE_TYPES[kind].includes(t)) return [];
    return one(`private integrations of ${kindName(kind)} are ${oneOf(PRIVATE_TYPES[kind])}: other types do not call through the VPC link, so requests do not reach the private back end`, q(t), `use ${oneOf(PRIVATE_TYPES[kind])}, or an INTERNET connection`);
  },
};

/** Types that need an integration method, per kind (C02, C52, C83). */
function needsMethod(f: IntegrationFacts, kind: ApiKind): boolean {
  const t = knownType(f);
  if (t === undefined) return false;
  if (kind === 'HTTP') return t === 'HTTP_PROXY';
  // WebSocket Lambda proxies deploy without one (the service calls Lambda with POST); aws-cdk-lib's
  // WebSocketLambdaIntegration relies on that.
  if (kind === 'WEBSOCKET' && t === 'AWS_PROXY') return false;
  return t !== 'MOCK';
}

const methodRequired: Rule = {
  code: 'IntegrationMethodRequired',
  catalogue: ['C02', 'C52', 'C83'],
  appliesTo: ['REST', 'HTTP', 'WEBSOCKET'],
  severity: 'error',
  summary: 'the integration HTTP method is given where the type needs one (REST: every type but MOCK; HTTP APIs: HTTP_PROXY; WebSocket: AWS, HTTP, HTTP_PROXY)',
  check(f, kind) {
    if (f.integrationMethod !== undefined && f.integrationMethod !== '' || !needsMethod(f, kind)) return [];
    return one(`${q(knownType(f))} integrations need the HTTP method to call the back end with`, 'nothing', 'set the integration method (POST for Lambda and most AWS services, ANY to pass the client\'s verb through on HTTP APIs)');
  },
};

const methodVerb: Rule = {
  code: 'IntegrationMethodNotSupported',
  catalogue: ['C02', 'C52'],
  appliesTo: ['REST', 'HTTP', 'WEBSOCKET'],
  severity: 'error',
  onlyWhen: ['integrationMethod'],
  summary: 'the integration HTTP method is a verb the service knows',
  check(f) {
    if (!isKnown(f.integrationMethod) || f.integrationMethod === '' || HTTP_METHODS.includes(f.integrationMethod.toUpperCase())) return [];
    return one(`the integration method must be ${oneOf(HTTP_METHODS)}`, q(f.integrationMethod), 'use one of these verbs');
  },
};

const lambdaPost: Rule = {
  code: 'LambdaRequiresPost',
  catalogue: ['C03', 'C51', 'C83'],
  appliesTo: ['REST', 'HTTP', 'WEBSOCKET'],
  severity: 'warning',
  onlyWhen: ['integrationMethod'],
  summary: 'Lambda back ends are called with POST, whatever the method\'s own verb',
  check(f) {
    const text = textOf(f.uri);
    if (text === undefined || !looksLikeLambdaUri(text) || !isKnown(f.integrationMethod) || f.integrationMethod === '') return [];
    if (f.integrationMethod.toUpperCase() === 'POST') return [];
    return one('Lambda functions are invoked with POST (any other verb fails every request with "Unable to determine service/operation name to be authorized")', q(f.integrationMethod), 'set the integration method to POST; the route or method keeps its own verb');
  },
};

/** Types whose URI is an http(s) URL: HTTP and HTTP_PROXY, except HTTP API private integrations (listener ARNs). */
function uriIsUrl(f: IntegrationFacts, kind: ApiKind): boolean {
  const t = knownType(f);
  if (t !== 'HTTP' && t !== 'HTTP_PROXY') return false;
  return !(kind === 'HTTP' && isVpcLink(f));
}

function uriRequired(f: IntegrationFacts, kind: ApiKind): boolean {
  const t = knownType(f);
  if (t === undefined || t === 'MOCK') return false;
  if (kind === 'HTTP' && t === 'AWS_PROXY') return false; // a subtype instead of a URI is judged by the HTTP rules (C55)
  return true;
}

const uriMissing: Rule = {
  code: 'IntegrationUriRequired',
  catalogue: ['C04', 'C06', 'C17', 'C83'],
  appliesTo: ['REST', 'HTTP', 'WEBSOCKET'],
  severity: 'error',
  summary: 'every integration but MOCK has a URI (private integrations too)',
  check(f, kind) {
    if (f.uri !== undefined && f.uri !== '' || !uriRequired(f, kind)) return [];
    return one(`${q(knownType(f))} integrations need a URI`, 'nothing', uriIsUrl(f, kind) ? 'give the back end\'s http(s) URL' : 'give the back end\'s ARN');
  },
};

const uriNotUrl: Rule = {
  code: 'IntegrationUriNotHttpUrl',
  catalogue: ['C04', 'C05', 'C17', 'C53', 'C83'],
  appliesTo: ['REST', 'HTTP', 'WEBSOCKET'],
  severity: 'error',
  onlyWhen: ['uri'],
  summary: 'HTTP and HTTP_PROXY URIs are absolute, encoded http(s) URLs',
  check(f, kind) {
    if (!uriIsUrl(f, kind) || f.uri === undefined || f.uri === '') return [];
    if (f.uri instanceof Unknown) {
      const sk = f.uri.skeleton;
      return sk !== undefined && skeletonCannotBeHttpUrl(sk) ? one('the URI must be an absolute http:// or https:// URL', q(f.uri.toString()), 'give the full URL') : [];
    }
    const p = checkHttpUrl(f.uri);
    return p ? one(p.what, q(f.uri), p.fix) : [];
  },
};

const uriPort: Rule = {
  code: 'IntegrationPortNotSupported',
  catalogue: ['C05'],
  appliesTo: ['REST'],
  severity: 'warning',
  onlyWhen: ['uri'],
  summary: 'HTTP endpoints of REST APIs listen on port 80, 443 or a port above 1024 (the ports API Gateway supports)',
  check(f) {
    if (!uriIsUrl(f, 'REST') || !isKnown(f.uri)) return [];
    const port = httpUrlPort(f.uri);
    const reserved = LIMITS.REST.httpPortReservedMax.value;
    if (port === undefined || port === 80 || port === 443 || port > reserved) return [];
    return one(`API Gateway supports back-end ports 80, 443 and ${reserved + 1}–65535 only: requests to other ports may fail`, `port ${port}`, 'move the back end to a supported port');
  },
};

const uriNotServiceArn: Rule = {
  code: 'IntegrationUriNotServiceArn',
  catalogue: ['C06', 'C83'],
  appliesTo: ['REST', 'WEBSOCKET'],
  severity: 'error',
  onlyWhen: ['uri'],
  summary: 'AWS and AWS_PROXY URIs are API Gateway service ARNs with a path or an action (a bare Lambda function ARN is refused)',
  check(f) {
    const t = knownType(f);
    if (t !== 'AWS' && t !== 'AWS_PROXY' || !isKnown(f.uri) || f.uri === '') return [];
    if (parseServiceArn(f.uri)) return [];
    const fix = isLambdaFunctionArn(f.uri)
      ? 'use the invocation ARN "arn:{partition}:apigateway:{region}:lambda:path/2015-03-31/functions/{functionArn}/invocations"'
      : 'use "arn:{partition}:apigateway:{region}:{service}:path/{path}" or "…:{service}:action/{Action}"';
    return one('AWS integration URIs must be API Gateway service ARNs that contain a path or an action', q(f.uri), fix);
  },
};

/** The service a service ARN calls, also when only the literal part of the URI is known (the service itself must be literal). */
function knownServiceOf(uri: IntegrationFacts['uri']): string | undefined {
  if (isKnown(uri)) {
    const arn = parseServiceArn(uri);
    return arn ? serviceOf(arn) : undefined;
  }
  const m = /:apigateway:[^:]*:([a-z0-9.-]+):(path|action)\//.exec(textOf(uri) ?? '');
  return m ? m[1].split('.').pop() : undefined;
}

const awsProxyLambda: Rule = {
  code: 'AwsProxyNotLambda',
  catalogue: ['C07'],
  appliesTo: ['REST'],
  severity: 'error',
  onlyWhen: ['uri'],
  summary: 'REST AWS_PROXY integrations call Lambda functions (or Firehose streams) only',
  check(f) {
    if (knownType(f) !== 'AWS_PROXY') return [];
    const service = knownServiceOf(f.uri);
    if (service === 'lambda' && isKnown(f.uri) && !LAMBDA_INVOCATION_PATH.test(f.uri)) {
      return one(
        'AWS_PROXY integrations only support Lambda function and Firehose stream invocations: a Lambda URI is the invocation path '
          + '(lambda:path/2015-03-31/functions/{function ARN}/invocations, or 2021-11-15/…/response-streaming-invocations to stream)',
        q(f.uri),
        'use the function\'s invocation path',
      );
    }
    if (service === undefined || ['lambda', 'firehose'].includes(service)) return [];
    return one('AWS_PROXY integrations only support Lambda function and Firehose stream invocations', `service ${q(service)}`, 'use an AWS (non-proxy) integration with request templates for other services');
  },
};

/** A Lambda invocation URI: buffered (2015-03-31 …/invocations) or streamed (2021-11-15 …/response-streaming-invocations). */
const LAMBDA_INVOCATION_PATH = /:lambda:path\/(2015-03-31\/functions\/.+\/invocations|2021-11-15\/functions\/.+\/response-streaming-invocations)$/;

const privateUri: Rule = {
  code: 'PrivateUriNotListenerArn',
  catalogue: ['C61'],
  appliesTo: ['HTTP'],
  severity: 'error',
  onlyWhen: ['connectionType'],
  summary: 'HTTP API private integrations point at an ALB or NLB listener ARN or a Cloud Map service ARN, not a load balancer',
  check(f) {
    if (!isVpcLink(f) || !isKnown(f.uri) || f.uri === '') return [];
    if (isListenerArn(f.uri) || isCloudMapServiceArn(f.uri)) return [];
    const fix = isLoadBalancerArn(f.uri) ? 'use one of the load balancer\'s listener ARNs instead' : 'give an ELB listener ARN or a Cloud Map service ARN';
    return one('private integrations of HTTP APIs need a valid ELB listener ARN or Cloud Map service ARN as their URI', q(f.uri), fix);
  },
};

/** True when the integration calls an AWS service other than Lambda (C09). */
function callsNonLambdaService(f: IntegrationFacts): boolean {
  if (knownType(f) !== 'AWS') return false;
  const text = textOf(f.uri);
  if (text === undefined) return false;
  if (isKnown(f.uri)) {
    const arn = parseServiceArn(f.uri);
    return arn !== undefined && serviceOf(arn) !== 'lambda';
  }
  // Partly known: judge only when the literal text shows the service.
  const m = /:apigateway:[^:]*:([a-z0-9.-]+):(path|action)\//.exec(text);
  return m !== null && !m[1].split('.').includes('lambda') && !looksLikeLambdaUri(text);
}

const credentialsRequired: Rule = {
  code: 'CredentialsRequired',
  catalogue: ['C09', 'C57'],
  appliesTo: ['REST', 'HTTP', 'WEBSOCKET'],
  severity: 'error',
  summary: 'AWS-service integrations (other than Lambda) and HTTP API subtype integrations have credentials',
  check(f, kind) {
    if (f.credentials !== undefined) return [];
    if (kind === 'HTTP') {
      if (f.subtype === undefined) return [];
      return one(`AWS service integrations (subtype ${q(textOf(f.subtype))}) need a role API Gateway assumes`, 'no credentials', 'give a role that apigateway.amazonaws.com can assume and that allows the action');
    }
    if (!callsNonLambdaService(f)) return [];
    return one('AWS integrations of services other than Lambda need credentials ("Role ARN must be specified for AWS integrations")', 'no credentials', 'give a role that apigateway.amazonaws.com can assume and that allows the action, or pass the caller\'s credentials through');
  },
};

const credentialsArn: Rule = {
  code: 'CredentialsNotArn',
  catalogue: ['C10', 'C57', 'C101'],
  appliesTo: ['REST', 'HTTP', 'WEBSOCKET'],
  severity: 'error',
  onlyWhen: ['credentials'],
  summary: 'credentials are an IAM role ARN or, on REST APIs, the caller pass-through arn:aws:iam::*:user/* (CloudFormation refuses it for HTTP and WebSocket APIs)',
  check(f, kind) {
    // "" is how templates say "no credentials" (CloudFormation and the service accept it)
    if (!isKnown(f.credentials) || f.credentials === '') return [];
    if (kind === 'REST') {
      if (isCredentialsArn(f.credentials)) return [];
      return one('credentials must be an IAM role ARN or "arn:aws:iam::*:user/*" (the caller\'s own credentials)', q(f.credentials), 'pass a role, or choose caller pass-through');
    }
    if (matchesV2CredentialsSchema(f.credentials)) return [];
    const caller = /:iam::\*:user\/\*$/.test(f.credentials);
    return one(
      caller
        ? 'CloudFormation\'s AWS::ApiGatewayV2::Integration schema refuses the caller pass-through ARN (its CredentialsArn pattern needs a numeric account), and only a role works at run time'
        : 'credentials must be an IAM role ARN (CloudFormation pattern arn:(aws|aws-cn|aws-us-gov):iam::<account>:role/…)',
      q(f.credentials),
      'give a role that apigateway.amazonaws.com can assume',
    );
  },
};

/** C24, C91 */
const PASSTHROUGH_BEHAVIORS = ['WHEN_NO_MATCH', 'WHEN_NO_TEMPLATES', 'NEVER'];
/** C25, C91, C95 */
const CONTENT_HANDLINGS = ['CONVERT_TO_BINARY', 'CONVERT_TO_TEXT'];

const passthrough: Rule = {
  code: 'PassthroughBehaviorNotSupported',
  catalogue: ['C24', 'C91'],
  appliesTo: ['REST', 'WEBSOCKET'],
  severity: 'error',
  onlyWhen: ['passthroughBehavior'],
  summary: 'the passthrough behavior is WHEN_NO_MATCH, WHEN_NO_TEMPLATES or NEVER',
  check(f) {
    if (!isKnown(f.passthroughBehavior) || PASSTHROUGH_BEHAVIORS.includes(f.passthroughBehavior)) return [];
    return one(`the passthrough behavior must be ${oneOf(PASSTHROUGH_BEHAVIORS)}`, q(f.passthroughBehavior), 'use one of these values');
  },
};

const contentHandling: Rule = {
  code: 'ContentHandlingNotSupported',
  catalogue: ['C25', 'C91', 'C95'],
  appliesTo: ['REST', 'WEBSOCKET'],
  subjects: ['integration', 'integrationResponse'],
  severity: 'error',
  onlyWhen: ['contentHandling', 'integrationResponses'],
  summary: 'the content handling of an integration and of its integration responses is CONVERT_TO_BINARY or CONVERT_TO_TEXT',
  check(f) {
    // REST integration responses come with their integration; a WebSocket integration response is its own subject.
    const responses = knownItems(f.integrationResponses).map(r => r.contentHandling);
    const values = f.subject === 'integration' ? [f.contentHandling, ...responses] : responses;
    return values.filter((v): v is string => isKnown(v) && !CONTENT_HANDLINGS.includes(v)).map(v => ({
      what: `content handling must be ${oneOf(CONTENT_HANDLINGS)}`, got: q(v), fix: 'use one of these values, or leave it out to pass payloads through',
    }));
  },
};

/** v2 string fields with a length limit (C54, C64), and the limits-table row of each. */
const V2_LENGTHS: ReadonlyArray<[keyof IntegrationFacts, string, string]> = [
  ['uri', 'integration URI', 'uriMaxLength'],
  ['integrationMethod', 'integration method', 'integrationMethodMaxLength'],
  ['subtype', 'integration subtype', 'subtypeMaxLength'],
  ['description', 'description', 'descriptionMaxLength'],
  ['connectionId', 'connection id', 'connectionIdMaxLength'],
  ['serverNameToVerify', 'TLS server name to verify', 'serverNameMaxLength'],
];

const valueTooLong: Rule = {
  code: 'ValueTooLong',
  catalogue: ['C54', 'C64'],
  appliesTo: ['HTTP', 'WEBSOCKET'],
  severity: 'error',
  onlyWhen: ['uri', 'integrationMethod', 'subtype', 'description', 'connectionId', 'serverNameToVerify'],
  summary: 'v2 integration strings fit the service\'s lengths: URI 2048, method 64, subtype 128, description 1024, connection id 1024, TLS server name 512 characters',
  check(f, kind) {
    const out: Finding[] = [];
    for (const [field, name, limitName] of V2_LENGTHS) {
      const v = f[field];
      const max = LIMITS[kind][limitName]?.value;
      if (max === undefined || typeof v !== 'string' || v.length <= max) continue;
      out.push({ what: `the ${name} must be at most ${max} characters`, got: `${v.length} characters`, fix: 'shorten it' });
    }
    return out;
  },
};

const PAYLOAD_FORMATS = ['1.0', '2.0'];

/** A Lambda proxy: AWS_PROXY without a subtype (HTTP APIs). */
export function isLambdaProxy(f: IntegrationFacts): boolean {
  return f.type === 'AWS_PROXY' && f.subtype === undefined;
}

const payloadSupported: Rule = {
  code: 'PayloadFormatVersionNotSupported',
  catalogue: ['C50', 'C85'],
  appliesTo: ['HTTP', 'WEBSOCKET'],
  severity: 'error',
  onlyWhen: ['payloadFormatVersion'],
  summary: 'the payload format version is 1.0 or 2.0, and 2.0 only for HTTP API Lambda proxy integrations (WebSocket: 1.0 only)',
  check(f, kind) {
    const v = f.payloadFormatVersion;
    if (!isKnown(v)) return [];
    if (kind === 'WEBSOCKET') {
      return v === '1.0' ? [] : one('WebSocket integrations only support payload format version 1.0', q(v), 'remove PayloadFormatVersion, or set it to "1.0"');
    }
    if (!PAYLOAD_FORMATS.includes(v)) return one(`the payload format version must be ${oneOf(PAYLOAD_FORMATS)}`, q(v), 'use "2.0" for Lambda functions, "1.0" otherwise');
    if (v === '1.0' || isLambdaProxy(f) || !isKnown(f.type)) return [];
    const what = f.subtype !== undefined
      ? `AWS service integrations (subtype ${q(textOf(f.subtype))}) support payload format "1.0" only ("Operation: … is not supported")`
      : 'HTTP_PROXY integrations support payload format "1.0" only';
    return one(what, q(v), 'set the payload format version to "1.0"');
  },
};

const routesQuota: Rule = {
  code: 'RoutesPerApiAboveDefaultQuota',
  catalogue: ['C81', 'C98'],
  appliesTo: ['HTTP', 'WEBSOCKET'],
  subjects: ['api'],
  severity: 'warning',
  onlyWhen: ['routeCount'],
  summary: 'an HTTP or WebSocket API has at most 300 routes unless the account\'s "Routes per API" quota is raised',
  check(f, kind) {
    const max = LIMITS[kind].routesPerApi.value;
    if (f.routeCount === undefined || f.routeCount <= max) return [];
    return one(
      `${kindName(kind)} have at most ${max} routes by default (Service Quotas: "Routes per API", increasable)`,
      `${f.routeCount} routes`,
      'request the increase before deploying, then acknowledge this warning; or use a greedy {proxy+} route',
    );
  },
};

/** Rules every API kind needs. */
export const COMMON_RULES: readonly Rule[] = [
  integrationType, timeoutRange, timeoutQuota, connectionType, vpcLinkWithoutId, idWithoutVpcLink, privateType,
  methodRequired, methodVerb, lambdaPost, uriMissing, uriNotUrl, uriPort, uriNotServiceArn, awsProxyLambda, privateUri,
  credentialsRequired, credentialsArn, valueTooLong, passthrough, contentHandling,
  payloadSupported, routesQuota,
];
