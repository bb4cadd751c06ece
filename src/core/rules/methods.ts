import { ApiKind, IntegrationFacts, isKnown, textOf } from '../facts';
import { oneOf, q } from '../format';
import { looksLikeLambdaUri } from '../uris';
import { HTTP_METHODS } from '../verbs';
import { knownType } from './shared';
import { API, CFN_METHOD_INTEGRATION, GH, LS, LS_INTEGRATION_VALIDATION, PUT_INTEGRATION, V2_INTEGRATIONS } from './sources';
import { Rule, one } from './types';

/** HTTP methods: the verb the integration calls the back end with, the method's own verb, and the methods a deployment needs (C02, C03, C41, C48, C51, C52, C83). */

/** Types that need an integration method, per kind (C02, C52, C83). */
function needsMethod(f: IntegrationFacts, kind: ApiKind): boolean {
  const t = knownType(f);
  if (t === undefined) return false;
  if (kind === 'HTTP') return t === 'HTTP_PROXY';
  // WebSocket Lambda integrations (proxy or not) deploy without one: the service calls Lambda with POST.
  if (kind === 'WEBSOCKET' && (t === 'AWS_PROXY' || t === 'AWS' && looksLikeLambdaUri(textOf(f.uri) ?? ''))) return false;
  return t !== 'MOCK';
}

const methodRequired: Rule = {
  code: 'IntegrationMethodRequired',
  catalogue: ['C02', 'C52', 'C83'],
  appliesTo: ['REST', 'HTTP', 'WEBSOCKET'],
  severity: 'error',
  docs: CFN_METHOD_INTEGRATION,
  evidence: {
    says: 'PutIntegration (HTTP, HTTP_PROXY, AWS without one): "Enumeration value for HttpMethod must be non-empty"; CloudFormation documents '
      + 'IntegrationHttpMethod as required for every type but MOCK; HTTP APIs, reported for HTTP_PROXY without one: "HttpMethod parameter method '
      + 'must be specified for integrationType HTTPPROXY"; a WebSocket AWS integration to Lambda without one deploys (read back as POST)',
    source: `${LS_INTEGRATION_VALIDATION}; ${CFN_METHOD_INTEGRATION}; ${GH}/hashicorp/terraform-provider-aws/blob/main/internal/service/apigatewayv2/integration_test.go (TestAccAPIGatewayV2Integration_lambdaWebSocket)`,
  },
  summary: 'the integration HTTP method is given where the type needs one (REST: every type but MOCK; HTTP APIs: HTTP_PROXY; WebSocket: HTTP, HTTP_PROXY, AWS but to Lambda)',
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
  docs: PUT_INTEGRATION,
  evidence: {
    says: 'PutIntegration reads the integration method as an enumeration of HTTP verbs (an empty one gets "Enumeration value for HttpMethod must be '
      + 'non-empty"); no rejection text for an unknown verb is recorded, and v2 IntegrationMethod is a free string',
    source: `${LS_INTEGRATION_VALIDATION}; ${V2_INTEGRATIONS}`,
  },
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
  docs: CFN_METHOD_INTEGRATION,
  evidence: {
    says: 'Documented: Lambda integrations must use integration method POST. Not refused at deploy: every request then fails, Lambda answering '
      + 'AccessDeniedException "Unable to determine service/operation name to be authorized" and the client getting 500',
    source: `${CFN_METHOD_INTEGRATION}; ${GH}/aws/serverless-application-model/issues/430`,
  },
  summary: 'Lambda back ends are called with POST, whatever the method\'s own verb',
  check(f) {
    const text = textOf(f.uri);
    if (text === undefined || !looksLikeLambdaUri(text) || !isKnown(f.integrationMethod) || f.integrationMethod === '') return [];
    if (f.integrationMethod.toUpperCase() === 'POST') return [];
    return one('Lambda functions are invoked with POST (any other verb fails every request with "Unable to determine service/operation name to be authorized")', q(f.integrationMethod), 'set the integration method to POST; the route or method keeps its own verb');
  },
};

const methodOwnVerb: Rule = {
  code: 'MethodHttpMethodInvalid',
  catalogue: ['C41'],
  appliesTo: ['REST'],
  subjects: ['integration', 'method'],
  severity: 'error',
  onlyWhen: ['method'],
  docs: `${API}/API_PutMethod.html`,
  evidence: {
    says: 'PutMethod: "Invalid HttpMethod specified. Valid options are GET,PUT,POST,DELETE,PATCH,OPTIONS,HEAD,ANY"',
    source: `${LS}/test_apigateway_api.snapshot.json (TestApiGatewayApiMethod::test_put_method_validation, recorded 2024-04-15)`,
  },
  summary: `the method's own HTTP method is ${HTTP_METHODS.slice(0, -1).join(', ')} or ${HTTP_METHODS[HTTP_METHODS.length - 1]}`,
  check(f) {
    const m = f.method?.httpMethod;
    if (!isKnown(m) || HTTP_METHODS.includes(m)) return [];
    return [{ what: `the method's HTTP method must be ${oneOf(HTTP_METHODS)}`, got: q(m), fix: 'use one of these (upper case)' }];
  },
};

const deployable: Rule = {
  code: 'RestApiNotDeployable',
  catalogue: ['C48'],
  appliesTo: ['REST'],
  subjects: ['api'],
  severity: 'error',
  onlyWhen: ['deployed'],
  docs: `${API}/API_CreateDeployment.html`,
  evidence: {
    says: 'CreateDeployment: "No integration defined for method" (a method without integration); "The REST API doesn\'t contain any methods" (no method)',
    source: `${API}/API_CreateDeployment.html; ${GH}/serverless/serverless/issues/11748; ${GH}/cloudtools/troposphere/issues/496`,
  },
  summary: 'a deployed REST API has at least one method, and every method has an integration',
  check(f) {
    if (f.deployed !== true) return [];
    if (f.methodCount === 0) {
      return [{ what: 'a deployment needs at least one method ("The REST API doesn\'t contain any methods")', got: 'no methods', fix: 'add a method, or deploy the API once it has one' }];
    }
    const missing = f.methodsWithoutIntegration ?? [];
    if (missing.length === 0) return [];
    return [{
      what: 'every method of a deployed REST API needs an integration ("No integration defined for method")',
      got: `no integration on ${missing.map(p => q(p)).join(', ')}`,
      fix: 'give each method an integration (a MOCK integration answers without a back end)',
    }];
  },
};

/**
 * The rules that need the method's own declarations (request parameters, method responses).
 * Typed constructs run these at synth against the `CfnMethod`, after the integration itself was
 * judged at bind.
 */
export const REST_METHOD_RULE_CODES: readonly string[] = [
  'MethodRequestParameterUndeclared', 'MethodPathParameterNotInPath', 'CacheKeyParameterInvalid', 'MethodResponseMissing', 'ResponseParameterUndeclared',
  'MethodRequestParameterKeyInvalid', 'MethodRequestParameterNameNotUnique', 'MethodResponseParameterInvalid', 'StatusCodeInvalid',
  'ResponseStatusCodeDuplicated', 'ResponseStatusCodeRepeated',
];

export const METHOD_RULES: readonly Rule[] = [
  methodRequired, methodVerb, lambdaPost, methodOwnVerb, deployable,
];
