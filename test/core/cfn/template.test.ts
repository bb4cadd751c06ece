// The template graph (Ref, GetAtt, Sub, Join) and the OpenAPI field mapping that the CLI, the plugin and the aspect share.
import { definitionFindings } from '../../../src/core/cfn/check';
import { TemplateGraph } from '../../../src/core/cfn/template';

const TEMPLATE = {
  Resources: {
    Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: { ProtocolType: 'WEBSOCKET' } },
    Integration: { Type: 'AWS::ApiGatewayV2::Integration', Properties: { ApiId: { Ref: 'Api' }, IntegrationType: 'MOCK' } },
    Other: { Type: 'AWS::ApiGatewayV2::Integration', Properties: { ApiId: { Ref: 'Api' }, IntegrationType: 'MOCK' } },
  },
};

describe('TemplateGraph', () => {
  const graph = new TemplateGraph(TEMPLATE);
  const integration = graph.resources.get('Integration')!;
  const other = graph.resources.get('Other')!;

  test.each([
    ['Ref', { Ref: 'Integration' }],
    ['Fn::GetAtt (list)', { 'Fn::GetAtt': ['Integration', 'IntegrationId'] }],
    ['Fn::GetAtt (dotted)', { 'Fn::GetAtt': 'Integration.IntegrationId' }],
  ])('%s refers to the resource as a whole', (_, value) => {
    expect(graph.targetOf(value)).toBe(integration);
  });

  test.each([
    ['Fn::Join', { 'Fn::Join': ['/', ['integrations', { Ref: 'Integration' }]] }, [integration]],
    ['Fn::Sub (string)', { 'Fn::Sub': 'integrations/${Integration}' }, [integration]],
    ['Fn::Sub (list, with a variable)', { 'Fn::Sub': ['integrations/${Id}/${Other}', { Id: { Ref: 'Integration' } }] }, [other, integration]],
    ['Fn::Sub escaped ${!Literal}', { 'Fn::Sub': 'integrations/${!Integration}' }, []],
    ['a parameter or pseudo parameter', { 'Fn::Sub': '${AWS::Region}/${Unknown}' }, []],
  ])('%s: every resource it mentions (route targets)', (_, value, expected) => {
    expect(graph.targetsIn(value)).toEqual(expected);
  });

  test('anything that is not a resource of the template has no type', () => {
    expect(graph.typeOf(integration)).toBe('AWS::ApiGatewayV2::Integration');
    expect(graph.typeOf({ logicalId: 'Integration', type: 'AWS::ApiGatewayV2::Integration', properties: {} })).toBeUndefined();
    expect(new TemplateGraph({ Resources: 'not an object' }).resources.size).toBe(0);
  });
});

describe('OpenAPI fields of HTTP APIs', () => {
  const definition = (extension: Record<string, unknown>) => ({
    openapi: '3.0.1',
    info: { title: 't', version: '1' },
    paths: { '/a': { get: { 'x-amazon-apigateway-integration': { type: 'http_proxy', httpMethod: 'GET', uri: 'https://example.com', payloadFormatVersion: '1.0', ...extension } } } },
  });

  test('responseParameters keyed by status code become the CloudFormation mapping lists', () => {
    const findings = definitionFindings(definition({ responseParameters: { 200: { 'bad:thing': 'x', 'overwrite:statuscode': '204' } } }), 'HTTP', '', {}, '');
    expect(findings.map(f => [f.path, f.code, f.message])).toEqual([['paths./a.get', 'ResponseParameterInvalid', expect.stringContaining('got "bad:thing"')]]);
  });

  test('tlsConfig.serverNameToVerify is read (a warning on a public integration); without it the integration is silent', () => {
    const findings = definitionFindings(definition({ tlsConfig: { serverNameToVerify: 'example.com' } }), 'HTTP', '', {}, '');
    expect(findings.map(f => [f.code, f.severity])).toEqual([['ServerNameOnPublicIntegration', 'warning']]);
    expect(definitionFindings(definition({}), 'HTTP', '', {}, '')).toEqual([]);
  });
});
