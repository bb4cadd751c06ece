// REST integrations recorded against real AWS by LocalStack's AWS-validated tests (snapshot files
// record what AWS answered). Each case rebuilds the request's configuration as a template and
// replays it through the rule table: AWS accepted -> no error from us; AWS refused -> our error.
import { LAMBDA_URI, REGION, ROLE, restVerdict, RestRequest } from './support';

type Case = [string, RestRequest];

// https://github.com/localstack/localstack/blob/main/tests/aws/services/apigateway/test_apigateway_integrations.py
//   test_put_integration_validation (snapshot test_apigateway_integrations.snapshot.json, recorded 06-06-2024)
// https://github.com/localstack/localstack/blob/main/tests/aws/services/apigateway/test_apigateway_integrations.py
//   test_put_integration_responses, test_put_integration_response_with_response_template,
//   test_http_integration_status_code_selection, TestApiGatewayHeaderRemapping (all @markers.aws.validated)
const ACCEPTED: Case[] = [
  ['test_put_integration_validation: MOCK without integrationHttpMethod', { integration: { Type: 'MOCK', Uri: 'http://example.com' } }],
  ['test_put_integration_validation: HTTP POST http://example.com', { integration: { Type: 'HTTP', IntegrationHttpMethod: 'POST', Uri: 'http://example.com' } }],
  ['test_put_integration_validation: HTTP_PROXY POST http://example.com', { integration: { Type: 'HTTP_PROXY', IntegrationHttpMethod: 'POST', Uri: 'http://example.com' } }],
  ['test_put_integration_validation: AWS s3:path/b/k with credentials', { integration: { Type: 'AWS', IntegrationHttpMethod: 'POST', Uri: `arn:aws:apigateway:${REGION}:s3:path/b/k`, Credentials: ROLE } }],
  ['test_put_integration_validation: AWS Lambda invocation without credentials', { integration: { Type: 'AWS', IntegrationHttpMethod: 'POST', Uri: LAMBDA_URI } }],
  ['test_put_integration_validation: AWS_PROXY Lambda invocation without credentials', { integration: { Type: 'AWS_PROXY', IntegrationHttpMethod: 'POST', Uri: LAMBDA_URI } }],
  ['test_put_integration_responses: HTTP with a 2\\d{2} integration response and empty templates', {
    methodResponses: [{ StatusCode: '200' }],
    integration: { Type: 'HTTP', IntegrationHttpMethod: 'POST', Uri: 'http://httpbin.org/post', IntegrationResponses: [{ StatusCode: '200', SelectionPattern: '2\\d{2}', ResponseTemplates: {} }] },
  }],
  ['test_put_integration_responses: integration response with CONVERT_TO_BINARY', {
    httpMethod: 'PUT',
    methodResponses: [{ StatusCode: '200' }],
    integration: { Type: 'HTTP', IntegrationHttpMethod: 'POST', Uri: 'http://httpbin.org/post', IntegrationResponses: [{ StatusCode: '200', SelectionPattern: '2\\d{2}', ContentHandling: 'CONVERT_TO_BINARY' }] },
  }],
  ['test_put_integration_response_with_response_template: selection pattern "foobar", a JSON template', {
    methodResponses: [{ StatusCode: '200' }],
    integration: { Type: 'HTTP', IntegrationHttpMethod: 'POST', Uri: 'http://httpbin.org/post', IntegrationResponses: [{ StatusCode: '200', SelectionPattern: 'foobar', ResponseTemplates: { 'application/json': '{"data": "test"}' } }] },
  }],
  ['test_http_integration_status_code_selection: HTTP GET .../status/{status}, 4\\d{2} -> 400', {
    pathPart: '{status}',
    requestParameters: { 'method.request.path.status': true },
    methodResponses: [{ StatusCode: '200' }, { StatusCode: '400' }],
    integration: {
      Type: 'HTTP',
      IntegrationHttpMethod: 'GET',
      Uri: 'http://httpbin.org/status/{status}',
      RequestParameters: { 'integration.request.path.status': 'method.request.path.status' },
      IntegrationResponses: [{ StatusCode: '200' }, { StatusCode: '400', SelectionPattern: '4\\d{2}' }],
    },
  }],
];

/** Every header TestApiGatewayHeaderRemapping maps (REQUEST_PARAMETERS and HEADERS of the test file). */
const HEADERS = ['Accept', 'Accept-Charset', 'Accept-Encoding', 'Age', 'Authorization', 'Connection', 'Content-Encoding', 'Content-Length',
  'Content-MD5', 'Content-Type', 'Date', 'Expect', 'Host', 'Max-Forwards', 'Pragma', 'Proxy-Authenticate', 'Range', 'Referer', 'Server', 'TE',
  'Transfer-Encoding', 'Trailer', 'Upgrade', 'User-Agent', 'Via', 'Warn', 'WWW-Authenticate'];

function remapping(type: string, uri: string, requestParameters: Record<string, string>): RestRequest {
  return {
    endpointTypes: ['REGIONAL'],
    requestParameters: Object.fromEntries(HEADERS.map(h => [`method.request.header.${h}`, false])),
    methodResponses: [{ StatusCode: '200', ResponseParameters: Object.fromEntries(HEADERS.map(h => [`method.response.header.${h}`, true])) }],
    integration: {
      Type: type,
      IntegrationHttpMethod: 'POST',
      Uri: uri,
      ...(type.startsWith('AWS') ? { Credentials: ROLE } : {}),
      RequestParameters: requestParameters,
      RequestTemplates: { 'application/json': `{${HEADERS.map(h => `"${h}": "$input.params('${h}')"`).join(',')}}` },
      IntegrationResponses: [{ StatusCode: '200', ResponseParameters: Object.fromEntries(HEADERS.map(h => [`method.response.header.${h}`, `'response_param_${h}'`])) }],
    },
  };
}

/** The full mapping, without the headers the test maps on routes of their own. */
function fullMapping(special: string[]): Record<string, string> {
  const all: Record<string, string> = Object.fromEntries(HEADERS.map(h => [`integration.request.header.${h}`, h === 'Host' ? 'method.request.header.Host' : `'request_params_${h}'`]));
  for (const h of special) delete all[`integration.request.header.${h}`];
  return all;
}

const HTTP_SPECIAL = ['Content-Length', 'Transfer-Encoding'];
const AWS_SPECIAL = [...HTTP_SPECIAL, 'Authorization', 'Connection', 'Expect', 'Proxy-Authenticate', 'TE'];
const ECHO = 'https://httpbin.org/post';

// TestApiGatewayHeaderRemapping::test_apigateway_header_remapping_http[HTTP|HTTP_PROXY] and
// test_apigateway_header_remapping_aws[AWS|AWS_PROXY]: every PutIntegration of the fixture
// create_apigateway_with_header_remapping succeeded and the stage was deployed (the special routes
// answer 500 at request time: a deploy-time error on them would be false).
for (const type of ['HTTP', 'HTTP_PROXY']) {
  ACCEPTED.push([`test_apigateway_header_remapping_http[${type}]: full header mapping`, remapping(type, ECHO, fullMapping(HTTP_SPECIAL))]);
  for (const h of HTTP_SPECIAL) ACCEPTED.push([`test_apigateway_header_remapping_http[${type}]: ${h} alone`, remapping(type, ECHO, { [`integration.request.header.${h}`]: '\'x\'' })]);
}
for (const type of ['AWS', 'AWS_PROXY']) {
  ACCEPTED.push([`test_apigateway_header_remapping_aws[${type}]: full header mapping`, remapping(type, LAMBDA_URI, fullMapping(AWS_SPECIAL))]);
  for (const h of AWS_SPECIAL) ACCEPTED.push([`test_apigateway_header_remapping_aws[${type}]: ${h} alone`, remapping(type, LAMBDA_URI, { [`integration.request.header.${h}`]: '\'x\'' })]);
}

// test_put_integration_validation, snapshot keys required-integration-method-*, no-s3-support-AWS_PROXY,
// invalid-uri-*: the BadRequestException messages AWS answered, and the rule that says the same.
/** [snapshot key, request, AWS's message, our rule]. */
const REFUSED: [string, RestRequest, string, string][] = [
  ['required-integration-method-HTTP', { integration: { Type: 'HTTP', Uri: 'http://example.com' } }, 'Enumeration value for HttpMethod must be non-empty', 'IntegrationMethodRequired'],
  ['required-integration-method-HTTP_PROXY', { integration: { Type: 'HTTP_PROXY', Uri: 'http://example.com' } }, 'Enumeration value for HttpMethod must be non-empty', 'IntegrationMethodRequired'],
  ['required-integration-method-AWS', { integration: { Type: 'AWS', Uri: 'http://example.com' } }, 'Enumeration value for HttpMethod must be non-empty', 'IntegrationMethodRequired'],
  ['no-s3-support-AWS_PROXY', { integration: { Type: 'AWS_PROXY', IntegrationHttpMethod: 'POST', Uri: `arn:aws:apigateway:${REGION}:s3:path/b/k`, Credentials: ROLE } }, "Integrations of type 'AWS_PROXY' currently only supports Lambda function and Firehose stream invocations.", 'AwsProxyNotLambda'],
  ['invalid-uri-HTTP', { integration: { Type: 'HTTP', IntegrationHttpMethod: 'POST', Uri: 'non-valid-http' } }, 'Invalid HTTP endpoint specified for URI', 'IntegrationUriNotHttpUrl'],
  ['invalid-uri-HTTP_PROXY', { integration: { Type: 'HTTP_PROXY', IntegrationHttpMethod: 'POST', Uri: 'non-valid-http' } }, 'Invalid HTTP endpoint specified for URI', 'IntegrationUriNotHttpUrl'],
  ['invalid-uri-not-an-arn', { integration: { Type: 'AWS', IntegrationHttpMethod: 'POST', Uri: 'non-valid-arn' } }, 'Invalid ARN specified in the request', 'IntegrationUriNotServiceArn'],
  ['invalid-uri-invalid-arn', { integration: { Type: 'AWS', IntegrationHttpMethod: 'POST', Uri: 'arn:aws:iam::0000000000:role/service-role/asdf' } }, 'AWS ARN for integration must contain path or action', 'IntegrationUriNotServiceArn'],
];

describe('REST requests AWS accepted (LocalStack AWS-validated tests)', () => {
  test.each(ACCEPTED)('%s: no error', (_, request) => {
    expect(restVerdict(request).errors).toEqual([]);
  });
});

describe('REST requests AWS refused (LocalStack AWS-validated snapshots)', () => {
  test.each(REFUSED)('%s: our error', (_, request, _message, code) => {
    expect(restVerdict(request).errors).toContain(code);
  });
});
