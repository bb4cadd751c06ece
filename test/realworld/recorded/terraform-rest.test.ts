// REST integrations from hashicorp/terraform-provider-aws acceptance tests: each configuration below
// is one that an acceptance test applies against real AWS and then reads back, so AWS accepted it.
// Replayed through the template reader: none of them may get an error from us.
import { restTemplate, restVerdict, RestRequest, verdictOf } from './support';

const BASE_TEMPLATES = { 'application/json': '', 'application/xml': "#set($inputRoot = $input.path('$'))\n{ }" };
const STATIC_HEADERS = { 'integration.request.header.X-Authorization': "'static'", 'integration.request.header.X-Foo': "'Bar'" };

/** An HTTP GET integration to https://www.google.de, as the provider's tests write it. */
function google(extra: Record<string, unknown>, method: Partial<RestRequest> = {}): RestRequest {
  return {
    pathPart: 'test',
    ...method,
    integration: { Type: 'HTTP', Uri: 'https://www.google.de', IntegrationHttpMethod: 'GET', PassthroughBehavior: 'WHEN_NO_MATCH', ...extra },
  };
}

function querystrings(names: string[]): Record<string, string> {
  return Object.fromEntries(names.map(n => [`integration.request.querystring.${n}`, `method.request.querystring.${n}`]));
}

function declared(names: string[]): Record<string, boolean> {
  return Object.fromEntries(names.map(n => [`method.request.querystring.${n}`, false]));
}

/** testAccIntegrationConfig_Parameters_requestCacheKeyUpdate with the given query strings. */
function cacheKeyUpdate(names: string[]): RestRequest {
  return {
    pathPart: '{param}',
    httpMethod: 'ANY',
    requestParameters: { 'method.request.path.proxy': true, ...declared(names) },
    integration: {
      Type: 'HTTP_PROXY',
      IntegrationHttpMethod: 'ANY',
      Uri: 'https://www.google.de',
      TimeoutInMillis: 2000,
      RequestParameters: { 'integration.request.path.proxy': 'method.request.path.proxy', 'integration.request.header.Host': "'method.request.querystring.name'", ...querystrings(names) },
      CacheKeyParameters: ['method.request.path.proxy', 'integration.request.path.proxy', 'integration.request.header.Host',
        ...names.map(n => `integration.request.querystring.${n}`), ...names.map(n => `method.request.querystring.${n}`)],
    },
  };
}

// https://github.com/hashicorp/terraform-provider-aws/blob/main/internal/service/apigateway/integration_test.go
const ACCEPTED: [string, RestRequest][] = [
  ['TestAccAPIGatewayIntegration_basic (config _basic)', google({ ContentHandling: 'CONVERT_TO_TEXT', RequestTemplates: BASE_TEMPLATES, RequestParameters: STATIC_HEADERS })],
  // a JSON template that is not JSON ('bar without its closing quote) and an HTML one: AWS stores them
  ['TestAccAPIGatewayIntegration_basic (config _update)', google({
    ContentHandling: 'CONVERT_TO_TEXT',
    TimeoutInMillis: 2000,
    RequestTemplates: { 'application/json': "{'foobar': 'bar}", 'text/html': '<html>Foo</html>' },
    RequestParameters: { 'integration.request.header.X-Authorization': "'updated'", 'integration.request.header.X-FooBar': "'Baz'" },
  })],
  ['TestAccAPIGatewayIntegration_basic (config _updateURI)', google({ Uri: 'https://www.google.de/updated', ContentHandling: 'CONVERT_TO_TEXT', TimeoutInMillis: 2000, RequestTemplates: BASE_TEMPLATES, RequestParameters: STATIC_HEADERS })],
  ['TestAccAPIGatewayIntegration_basic (config _updateNoTemplates)', google({ ContentHandling: 'CONVERT_TO_TEXT', TimeoutInMillis: 2000 })],
  ['TestAccAPIGatewayIntegration_contentHandling (config _updateContentHandling)', google({ ContentHandling: 'CONVERT_TO_BINARY', TimeoutInMillis: 2000, RequestTemplates: BASE_TEMPLATES, RequestParameters: STATIC_HEADERS })],
  ['TestAccAPIGatewayIntegration_contentHandling (config _removeContentHandling)', google({ TimeoutInMillis: 2000, RequestTemplates: BASE_TEMPLATES, RequestParameters: STATIC_HEADERS })],
  ['TestAccAPIGatewayIntegration_Parameters_cacheKey', google({
    ContentHandling: 'CONVERT_TO_TEXT',
    TimeoutInMillis: 2000,
    RequestTemplates: BASE_TEMPLATES,
    RequestParameters: { ...STATIC_HEADERS, 'integration.request.path.param': 'method.request.path.param' },
    CacheKeyParameters: ['method.request.path.param'],
    CacheNamespace: 'foobar',
  }, { pathPart: '{param}', requestParameters: { 'method.request.path.param': true } })],
  ['TestAccAPIGatewayIntegration_Parameters_cacheKeyUpdate', google({
    ContentHandling: 'CONVERT_TO_TEXT',
    TimeoutInMillis: 2000,
    RequestTemplates: BASE_TEMPLATES,
    RequestParameters: { ...STATIC_HEADERS, 'integration.request.path.param': 'method.request.path.param' },
    CacheKeyParameters: ['method.request.path.param', 'method.request.querystring.test1'],
    CacheNamespace: 'foobar',
  }, { pathPart: '{param}', requestParameters: { 'method.request.path.param': false, 'method.request.querystring.test1': true } })],
  // the resource's path is /{param}, and the method declares no path parameter
  ['TestAccAPIGatewayIntegration_Parameters_requestUpdate (3 query strings)', {
    pathPart: '{param}',
    requestParameters: declared(['X-Some-Header-1', 'X-Some-Header-2', 'X-Some-Header-3']),
    integration: { Type: 'HTTP_PROXY', IntegrationHttpMethod: 'ANY', Uri: 'https://www.google.de', TimeoutInMillis: 2000, RequestParameters: querystrings(['X-Some-Header-1', 'X-Some-Header-2', 'X-Some-Header-3']) },
  }],
  // /{param} with a method.request.path.proxy the path does not have; integration.request.* cache keys
  ['TestAccAPIGatewayIntegration_Parameters_requestCacheKeyUpdate (step 1)', cacheKeyUpdate(['X-Some-Header-1', 'X-Some-Header-2', 'X-Some-Header-3'])],
  ['TestAccAPIGatewayIntegration_Parameters_requestCacheKeyUpdate (step 4)', cacheKeyUpdate(['X-Some-Header-1', 'X-Some-Header-4', 'X-Some-Header-5', 'X-Some-Header-6', 'X-Some-Header-7'])],
  ['TestAccAPIGatewayIntegration_Parameters_requestCacheKeyUpdate (step 5)', cacheKeyUpdate(['X-Some-Header-2'])],
  ['TestAccAPIGatewayIntegration_integrationType (config _typeInternet)', google({ ContentHandling: 'CONVERT_TO_TEXT' })],
  // method.request.path.param declared on /test, a path without {param}
  ['TestAccAPIGatewayIntegration_TLS_insecureSkipVerification (method of the config)', google({ ContentHandling: 'CONVERT_TO_TEXT' }, { requestParameters: { 'method.request.path.param': true } })],
  ...['STREAM', 'BUFFERED'].map((mode): [string, RestRequest] => [`TestAccAPIGatewayIntegration_responseTransferMode (${mode})`, {
    pathPart: 'resource',
    httpMethod: 'ANY',
    integration: { Type: 'HTTP_PROXY', IntegrationHttpMethod: 'ANY', Uri: 'https://example.com', ResponseTransferMode: mode },
  }]),
];

describe('REST integrations the Terraform provider\'s acceptance tests applied against AWS', () => {
  test.each(ACCEPTED)('%s: no error', (_, request) => {
    expect(restVerdict(request).errors).toEqual([]);
  });

  test('TestAccAPIGatewayIntegration_integrationType (config _typeVPCLink): HTTP through a REST VPC link', () => {
    const resources = restTemplate(google({ ContentHandling: 'CONVERT_TO_TEXT', ConnectionType: 'VPC_LINK', ConnectionId: { Ref: 'Link' } }));
    resources.Link = { Type: 'AWS::ApiGateway::VpcLink', Properties: { Name: 'link', TargetArns: ['arn:aws:elasticloadbalancing:us-east-1:111111111111:loadbalancer/net/nlb/50dc6c495c0c9188'] } };
    expect(verdictOf(resources).errors).toEqual([]);
  });

  test.each(['test', 'test2'])('TestAccAPIGatewayIntegration_vpcLinkV2WithALB / _vpcLinkV2Update (target %s): VPC link v2 with an ALB target', (lb) => {
    const resources = restTemplate({
      pathPart: 'test',
      integration: {
        Type: 'HTTP_PROXY',
        IntegrationHttpMethod: 'GET',
        Uri: 'http://example.com',
        ConnectionType: 'VPC_LINK',
        ConnectionId: { Ref: 'Link' },
        IntegrationTarget: `arn:aws:elasticloadbalancing:us-east-1:111111111111:loadbalancer/app/${lb}/50dc6c495c0c9188`,
      },
    });
    resources.Link = { Type: 'AWS::ApiGatewayV2::VpcLink', Properties: { Name: 'link', SubnetIds: ['subnet-1', 'subnet-2'], SecurityGroupIds: ['sg-1'] } };
    expect(verdictOf(resources).errors).toEqual([]);
  });
});
