// OpenAPI definitions that hashicorp/terraform-provider-aws acceptance tests import into real AWS
// (aws_api_gateway_rest_api.body, aws_apigatewayv2_api.body) and then read back: AWS accepted them.
// Replayed through the template reader (a RestApi/Api resource's Body) and the document reader (a
// YAML file, as the CLI reads it): none may get an error from us.
import { verdictOf } from './support';
import { definitionFindings } from '../../../src/core/cfn/check';
import { parseDocument } from '../../../src/core/cfn/documents';

/** The swagger body the provider's rest_api_test.go configs share (an HTTP GET with a numeric statusCode). */
function swagger(path: string, extra: Record<string, unknown> = {}): object {
  return {
    swagger: '2.0',
    info: { title: 'test', version: '2017-04-20T04:08:08Z' },
    schemes: ['https'],
    paths: {
      [path]: {
        get: {
          'responses': { 200: { description: 'OK' } },
          'x-amazon-apigateway-integration': { httpMethod: 'GET', type: 'HTTP', responses: { default: { statusCode: 200 } }, uri: 'https://api.example.com/' },
        },
      },
    },
    ...extra,
  };
}

// https://github.com/hashicorp/terraform-provider-aws/blob/main/internal/service/apigateway/rest_api_test.go
const REST_BODIES: [string, Record<string, unknown>][] = [
  ['TestAccAPIGatewayRestAPI_body (config _body, /test)', { Body: swagger('/test') }],
  ['TestAccAPIGatewayRestAPI_Policy_overrideBody (config _policyOverrideBody, /test2)', { Body: swagger('/test2') }],
  ['TestAccAPIGatewayRestAPI_parameters (config _parameters1, basepath prepend)', { Body: swagger('/test', { basePath: '/foo/bar/baz' }), Parameters: { basepath: 'prepend' } }],
  ['TestAccAPIGatewayRestAPI_endpointConfiguration VPC endpoint ids set by body (PRIVATE)', {
    Body: swagger('/test', { 'x-amazon-apigateway-endpoint-configuration': { vpcEndpointIds: ['vpce-0123456789abcdef0'] } }), EndpointConfiguration: { Types: ['PRIVATE'] },
  }],
];

/** The OpenAPI 3 body of the provider's apigatewayv2 api_test.go configs: HTTP_PROXY GET https://www.google.de. */
function openapi3(path: string, payloadFormatVersion: unknown = '1.0', extra: Record<string, unknown> = {}): object {
  return {
    openapi: '3.0.1',
    info: { title: 'x_DIFFERENT', version: '1.0' },
    paths: { [path]: { get: { 'x-amazon-apigateway-integration': { type: 'HTTP_PROXY', httpMethod: 'GET', payloadFormatVersion, uri: 'https://www.google.de' }, ...extra } } },
  };
}

// https://github.com/hashicorp/terraform-provider-aws/blob/main/internal/service/apigatewayv2/api_test.go
const HTTP_BODIES: [string, object][] = [
  ['TestAccAPIGatewayV2API_openAPI (config _OpenAPI)', openapi3('/test')],
  ['TestAccAPIGatewayV2API_openAPI (config _UpdatedOpenAPI2)', openapi3('/update')],
  // a response whose schema $ref names no model: imported with a warning when fail_on_warnings is off
  ['TestAccAPIGatewayV2API_failOnWarnings (config _FailOnWarnings, warnings allowed)', openapi3('/update', '1.0', {
    responses: { 200: { description: 'Response description', content: { 'application/json': { schema: { $ref: '#/components/schemas/ModelThatDoesNotExist' } } } } },
  })],
];

describe('OpenAPI bodies the Terraform provider\'s acceptance tests imported into AWS', () => {
  test.each(REST_BODIES)('REST %s: no error', (_, props) => {
    expect(verdictOf({ Api: { Type: 'AWS::ApiGateway::RestApi', Properties: { Name: 'recorded', ...props } } }).errors).toEqual([]);
  });

  test.each(HTTP_BODIES)('HTTP %s: no error', (_, body) => {
    expect(verdictOf({ Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'recorded', ProtocolType: 'HTTP', Body: body } } }).errors).toEqual([]);
  });

  // TestAccAPIGatewayV2API_openAPIYAML... (configs _UpdatedOpenAPIYAML, _OpenAPIYAML_corsConfigurationUpdated, _OpenAPIYAML_tagsUpdated):
  // the YAML body writes payloadFormatVersion unquoted (1.0, a YAML number), and AWS imports it
  test.each([['unquoted', '1.0'], ['quoted', "'1.0'"]])('HTTP YAML body with payloadFormatVersion %s: no error', (_, version) => {
    const yaml = [
      '---', 'openapi: 3.0.1', 'info:', '  title: x_DIFFERENT', '  version: 2.0', 'paths:', '  "/update":', '    get:',
      '      x-amazon-apigateway-integration:', '        type: HTTP_PROXY', '        httpMethod: GET', `        payloadFormatVersion: ${version}`, '        uri: https://www.google.de', '',
    ].join('\n');
    const findings = definitionFindings(parseDocument(yaml), 'HTTP', 'body.yaml', {}, '');
    expect(findings.filter(f => f.severity === 'error').map(f => f.code)).toEqual([]);
  });
});
