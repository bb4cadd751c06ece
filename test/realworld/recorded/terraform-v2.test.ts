// HTTP and WebSocket integrations from hashicorp/terraform-provider-aws acceptance tests: each
// configuration is applied against real AWS and read back, so AWS accepted it. Replayed through the
// template reader: none of them may get an error from us.
import { LAMBDA_URI, v2Template, v2Verdict, verdictOf } from './support';

type Protocol = 'HTTP' | 'WEBSOCKET';

/** A provider `response_parameters` block's `mappings`, in CloudFormation's shape. */
function responseMappings(m: Record<string, string>): object {
  return { ResponseParameters: Object.entries(m).map(([Destination, Source]) => ({ Destination, Source })) };
}

// https://github.com/hashicorp/terraform-provider-aws/blob/main/internal/service/apigatewayv2/integration_test.go
const ACCEPTED: [string, Protocol, Record<string, unknown>][] = [
  ['TestAccAPIGatewayV2Integration_basicWebSocket (config _basic)', 'WEBSOCKET', { IntegrationType: 'MOCK' }],
  ['TestAccAPIGatewayV2Integration_basicHTTP (config _httpProxy)', 'HTTP', { IntegrationType: 'HTTP_PROXY', IntegrationMethod: 'GET', IntegrationUri: 'https://example.com', PayloadFormatVersion: '1.0' }],
  ['TestAccAPIGatewayV2Integration_dataMappingHTTP (config _dataMappingHTTP)', 'HTTP', {
    IntegrationType: 'HTTP_PROXY',
    IntegrationMethod: 'ANY',
    IntegrationUri: 'http://www.example.com',
    PayloadFormatVersion: '1.0',
    RequestParameters: { 'append:header.header1': '$context.requestId', 'remove:querystring.qs1': "''" },
    ResponseParameters: {
      500: responseMappings({ 'append:header.header1': '$context.requestId', 'overwrite:statuscode': '403' }),
      404: responseMappings({ 'append:header.error': '$stageVariables.environmentId' }),
    },
  }],
  ['TestAccAPIGatewayV2Integration_dataMappingHTTP (config _dataMappingHTTPUpdated)', 'HTTP', {
    IntegrationType: 'HTTP_PROXY',
    IntegrationMethod: 'ANY',
    IntegrationUri: 'http://www.example.com',
    PayloadFormatVersion: '1.0',
    RequestParameters: { 'append:header.header1': '$context.accountId', 'overwrite:header.header2': '$stageVariables.environmentId' },
    ResponseParameters: { 500: responseMappings({ 'append:header.header1': '$context.requestId', 'overwrite:statuscode': '403' }) },
  }],
  ['TestAccAPIGatewayV2Integration_integrationTypeHTTP (config _typeHTTP)', 'WEBSOCKET', {
    IntegrationType: 'HTTP',
    ConnectionType: 'INTERNET',
    ContentHandlingStrategy: 'CONVERT_TO_TEXT',
    IntegrationMethod: 'GET',
    IntegrationUri: 'http://www.example.com',
    PassthroughBehavior: 'WHEN_NO_MATCH',
    TemplateSelectionExpression: '$request.body.name',
    TimeoutInMillis: 28999,
    RequestParameters: { 'integration.request.querystring.stage': "'value1'" },
    RequestTemplates: { 'application/json': '' },
  }],
  // a 51 ms timeout, and a path parameter mapped on a WebSocket route
  ['TestAccAPIGatewayV2Integration_integrationTypeHTTP (config _typeHTTPUpdated)', 'WEBSOCKET', {
    IntegrationType: 'HTTP',
    ConnectionType: 'INTERNET',
    ContentHandlingStrategy: 'CONVERT_TO_BINARY',
    IntegrationMethod: 'POST',
    IntegrationUri: 'http://www.example.org',
    PassthroughBehavior: 'WHEN_NO_TEMPLATES',
    TemplateSelectionExpression: '$request.body.id',
    TimeoutInMillis: 51,
    RequestParameters: { 'integration.request.header.x-userid': "'value2'", 'integration.request.path.op': "'value3'" },
    RequestTemplates: { 'application/json': '#set($number=42)', 'application/xml': '#set($percent=$number/100)' },
  }],
  // type AWS without an integration method: AWS stored POST
  ['TestAccAPIGatewayV2Integration_lambdaWebSocket (config _lambdaWebSocket)', 'WEBSOCKET', {
    IntegrationType: 'AWS', ConnectionType: 'INTERNET', ContentHandlingStrategy: 'CONVERT_TO_TEXT', IntegrationUri: LAMBDA_URI, PassthroughBehavior: 'WHEN_NO_MATCH',
  }],
  ['TestAccAPIGatewayV2Integration_lambdaHTTP (config _lambdaHTTP)', 'HTTP', { IntegrationType: 'AWS_PROXY', ConnectionType: 'INTERNET', IntegrationUri: LAMBDA_URI, PayloadFormatVersion: '2.0' }],
  ...[0, 1].map((i): [string, Protocol, Record<string, unknown>] => [`TestAccAPIGatewayV2Integration_serviceIntegration (config _sqs, queue ${i})`, 'HTTP', {
    IntegrationType: 'AWS_PROXY',
    IntegrationSubtype: 'SQS-SendMessage',
    CredentialsArn: 'arn:aws:iam::111111111111:role/sqs',
    PayloadFormatVersion: '1.0',
    RequestParameters: { QueueUrl: `https://sqs.us-east-1.amazonaws.com/111111111111/queue-${i}`, MessageGroupId: '$request.body.authentication_key', MessageBody: '$request.body' },
  }]),
];

const LISTENER = 'arn:aws:elasticloadbalancing:us-east-1:111111111111:listener/net/nlb/50dc6c495c0c9188/f2f7dc8efc522ab2';

describe('v2 integrations the Terraform provider\'s acceptance tests applied against AWS', () => {
  test.each(ACCEPTED)('%s: no error', (_, protocol, integration) => {
    expect(v2Verdict(protocol, integration).errors).toEqual([]);
  });

  test.each([
    ['_vpcLinkHTTP', 'GET', 'www.example.com', { TimeoutInMillis: 29001 }],
    ['_vpcLinkHTTPUpdated', 'POST', 'www.example.org', {}],
  ])('TestAccAPIGatewayV2Integration_vpcLinkHTTP (config %s): an NLB listener through a VPC link v2, with TLS', (_, method, server, extra) => {
    const resources = v2Template('HTTP', {
      IntegrationType: 'HTTP_PROXY',
      ConnectionType: 'VPC_LINK',
      ConnectionId: { Ref: 'Link' },
      IntegrationMethod: method,
      IntegrationUri: LISTENER,
      PayloadFormatVersion: '1.0',
      TlsConfig: { ServerNameToVerify: server },
      ...extra,
    });
    resources.Link = { Type: 'AWS::ApiGatewayV2::VpcLink', Properties: { Name: 'link', SubnetIds: ['subnet-1'], SecurityGroupIds: ['sg-1'] } };
    expect(verdictOf(resources).errors).toEqual([]);
  });

  test('TestAccAPIGatewayV2Integration_vpcLinkWebSocket: HTTP_PROXY through a REST VPC link', () => {
    const resources = v2Template('WEBSOCKET', {
      IntegrationType: 'HTTP_PROXY',
      ConnectionType: 'VPC_LINK',
      ConnectionId: { Ref: 'Link' },
      ContentHandlingStrategy: 'CONVERT_TO_TEXT',
      IntegrationMethod: 'PUT',
      IntegrationUri: 'http://www.example.net',
      PassthroughBehavior: 'NEVER',
      TimeoutInMillis: 12345,
    });
    resources.Link = { Type: 'AWS::ApiGateway::VpcLink', Properties: { Name: 'link', TargetArns: ['arn:aws:elasticloadbalancing:us-east-1:111111111111:loadbalancer/net/nlb/50dc6c495c0c9188'] } };
    expect(verdictOf(resources).errors).toEqual([]);
  });
});

// https://github.com/hashicorp/terraform-provider-aws/blob/main/internal/service/apigatewayv2/integration_response_test.go
// (each on the MOCK integration of a WebSocket API, config testAccIntegrationConfig_basic)
const RESPONSES: [string, Record<string, unknown>][] = [
  ['TestAccAPIGatewayV2IntegrationResponse_basic (config _basic)', { IntegrationResponseKey: '/200/' }],
  ['TestAccAPIGatewayV2IntegrationResponse_allAttributes (config _allAttributes)', {
    IntegrationResponseKey: '$default', ContentHandlingStrategy: 'CONVERT_TO_TEXT', TemplateSelectionExpression: '$request.body.name', ResponseTemplates: { 'application/json': '' },
  }],
  ['TestAccAPIGatewayV2IntegrationResponse_allAttributes (config _allAttributesUpdated)', {
    IntegrationResponseKey: '/404/',
    ContentHandlingStrategy: 'CONVERT_TO_BINARY',
    TemplateSelectionExpression: '$request.body.id',
    ResponseTemplates: { 'application/json': '#set($number=42)', 'application/xml': '#set($percent=$number/100)' },
  }],
];

describe('WebSocket integration responses the Terraform provider\'s acceptance tests applied against AWS', () => {
  test.each(RESPONSES)('%s: no error', (_, response) => {
    expect(v2Verdict('WEBSOCKET', { IntegrationType: 'MOCK' }, [response]).errors).toEqual([]);
  });
});
